/**
 * Dates written in French or English news copy, each with its ISO value read against the
 * article's date: "12 juin 2025", "mai 2024", "April 2025", "2019", "mi-juin" (an interval,
 * 11–20 June of the nearest June), "en avril" (the nearest April), "fin 2024", "Q3 2024",
 * "l'an dernier". Relative day words ("hier", "lundi dernier", "last Tuesday") are read by
 * chrono-node, whose French and English parsers know them; the month-and-year forms and
 * bare years it does not read in French are matched here.
 */
import * as chrono from 'chrono-node'
import { overlaps, type Range } from './ranges'
import type { DateValue, SuggestLanguage } from './types'

/** A date found in the text. */
export interface DateHit extends Range {
  value: DateValue
}

const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['janvier', 1],
  ['january', 1],
  ['février', 2],
  ['fevrier', 2],
  ['february', 2],
  ['mars', 3],
  ['march', 3],
  ['avril', 4],
  ['april', 4],
  ['mai', 5],
  ['may', 5],
  ['juin', 6],
  ['june', 6],
  ['juillet', 7],
  ['july', 7],
  ['août', 8],
  ['aout', 8],
  ['august', 8],
  ['septembre', 9],
  ['september', 9],
  ['octobre', 10],
  ['october', 10],
  ['novembre', 11],
  ['november', 11],
  ['décembre', 12],
  ['decembre', 12],
  ['december', 12],
  ['janv', 1],
  ['jan', 1],
  ['févr', 2],
  ['feb', 2],
  ['avr', 4],
  ['apr', 4],
  ['juil', 7],
  ['jul', 7],
  ['aug', 8],
  ['sept', 9],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['déc', 12],
  ['dec', 12]
]
const MONTH = MONTH_NAMES.map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .join('|')

function monthOf(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '')
  return MONTH_NAMES.find(([n]) => n === key)?.[1] ?? 0
}

const pad = (n: number): string => String(n).padStart(2, '0')
const B = String.raw`(?<![\p{L}\p{N}])`
const E = String.raw`(?![\p{L}\p{N}])`

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function dayIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The article's date as numbers. */
interface Reference {
  year: number
  month: number
  day: number
}

/** The year of the month nearest the article's date (within six months either way). */
function nearestYear(ref: Reference, month: number): number {
  const diff = month - ref.month
  if (diff > 6) return ref.year - 1
  if (diff < -6) return ref.year + 1
  return ref.year
}

/** "début", "mi-", "fin" of a month: thirds of it. */
function partOfMonth(part: string, year: number, month: number): DateValue {
  const p = part.toLowerCase()
  const [from, to] = /^(mi|mid)/.test(p)
    ? [11, 20]
    : /^(fin|late|end)/.test(p)
      ? [21, lastDay(year, month)]
      : [1, 10]
  return {
    kind: 'date',
    date: `${year}-${pad(month)}-${pad(from)}`,
    until: `${year}-${pad(month)}-${pad(to)}`
  }
}

/** "début", "mi-", "fin" of a year: January–April, May–August, September–December. */
function partOfYear(part: string, year: number): DateValue {
  const p = part.toLowerCase()
  const [from, to] = /^(mi|mid)/.test(p) ? [5, 8] : /^(fin|late|end)/.test(p) ? [9, 12] : [1, 4]
  return { kind: 'date', date: `${year}-${pad(from)}`, until: `${year}-${pad(to)}` }
}

/** First and last month of each season as a newsroom writes it. */
const SEASONS: Record<string, [number, number]> = {
  printemps: [3, 6],
  spring: [3, 6],
  été: [6, 9],
  summer: [6, 9],
  automne: [9, 12],
  autumn: [9, 12],
  fall: [9, 12],
  hiver: [12, 3],
  winter: [12, 3]
}

const QUARTER_WORDS: Record<string, number> = {
  premier: 1,
  first: 1,
  deuxième: 2,
  second: 2,
  troisième: 3,
  third: 3,
  quatrième: 4,
  dernier: 4,
  fourth: 4
}

/** What may follow a four-digit number that makes it a count, not a year. */
const NOT_A_YEAR_AFTER = new RegExp(
  String.raw`^(?:\s?(?:%|[$€£]|\d)|[.,]\d|\s+(?:millions?|milliards?|billions?|thousands?|mille|dollars?|euros?|livres|pounds|employés|employees|salariés|workers|personnes|people|habitants|residents|km|kilomètres|kilometres|miles|tonnes|tons|voix|votes|mètres|metres|meters|unités|units|exemplaires|copies|points|pts|postes|jobs|emplois|logements|homes)${E})`,
  'iu'
)

/** Every date of the text, in reading order, none overlapping another. */
export function findDates(text: string, language: SuggestLanguage, articleDate: string): DateHit[] {
  const [y, m, d] = articleDate.split('-').map(Number)
  const ref: Reference = { year: y, month: m, day: d }
  const hits: DateHit[] = []
  const add = (start: number, end: number, value: DateValue | undefined): void => {
    if (!value) return
    const range = { start, end }
    if (hits.some((h) => overlaps(h, range))) return
    hits.push({ ...range, value })
  }
  const each = (pattern: string, flags: string, take: (m: RegExpMatchArray) => void): void => {
    for (const match of text.matchAll(new RegExp(pattern, flags))) take(match)
  }
  const monthFlags = language === 'en' ? 'gu' : 'giu'
  // English month names are capitalised; lower-case "may" is the verb.
  const month = language === 'en' ? `(?:${capitalised(MONTH)})` : `(?:${MONTH})`

  // 2025-06-12
  each(B + String.raw`(\d{4})-(\d{2})-(\d{2})` + E, 'gu', (x) =>
    add(x.index!, x.index! + x[0].length, dated(dayIso(+x[1], +x[2], +x[3])))
  )
  // 12 juin 2025, 1er mai 2024, 12 June 2025
  each(
    B + String.raw`(\d{1,2})(?:er|re|st|nd|rd|th)?\s+(${month})\.?,?\s+(\d{4})` + E,
    monthFlags,
    (x) => add(x.index!, x.index! + x[0].length, dated(dayIso(+x[3], monthOf(x[2]), +x[1])))
  )
  // June 12, 2025
  each(B + String.raw`(${month})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + E, monthFlags, (x) =>
    add(x.index!, x.index! + x[0].length, dated(dayIso(+x[3], monthOf(x[1]), +x[2])))
  )
  // mi-juin 2025, début mai, late April, mid-June
  each(
    B +
      String.raw`(mi-|mid-|début\s+|fin\s+|early\s+|late\s+|mid\s+|end\s+of\s+)(${month})(?:\s+(\d{4}))?` +
      E,
    language === 'en' ? 'giu' : 'giu',
    (x) => {
      const mo = monthOf(x[2])
      if (language === 'en' && !/^\p{Lu}/u.test(x[2])) return
      const year = x[3] ? +x[3] : nearestYear(ref, mo)
      add(x.index!, x.index! + x[0].length, partOfMonth(x[1].trim(), year, mo))
    }
  )
  // printemps 2026, summer 2025, l'hiver 2024 (northern seasons, by whole months)
  each(
    B +
      String.raw`(printemps|été|automne|hiver|spring|summer|autumn|fall|winter)\s+(?:de\s+|of\s+)?(\d{4})` +
      E,
    'giu',
    (x) => {
      const [from, to] = SEASONS[x[1].toLowerCase()]
      const year = +x[2]
      add(x.index!, x.index! + x[0].length, {
        kind: 'date',
        date: `${year}-${pad(from)}`,
        until: to < from ? `${year + 1}-${pad(to)}` : `${year}-${pad(to)}`
      })
    }
  )
  // Q3 2024, troisième trimestre 2024, third quarter of 2024
  each(
    B +
      String.raw`(?:Q([1-4])\s+|(premier|deuxième|troisième|quatrième|dernier|first|second|third|fourth)\s+(?:trimestre|quarter)\s+(?:de\s+|of\s+)?)(\d{4})` +
      E,
    'giu',
    (x) => {
      const q = x[1] ? +x[1] : QUARTER_WORDS[x[2].toLowerCase()]
      const year = +x[3]
      const from = (q - 1) * 3 + 1
      add(x.index!, x.index! + x[0].length, {
        kind: 'date',
        date: `${year}-${pad(from)}`,
        until: `${year}-${pad(from + 2)}`
      })
    }
  )
  // premier semestre 2025, second half of 2024, H1 2025: six months
  each(
    B +
      String.raw`(?:H([12])\s+|(premier|1er|second|deuxième|2e|first|second)\s+(?:semestre|half)\s+(?:de\s+|of\s+)?)(\d{4})` +
      E,
    'giu',
    (x) => {
      const half = x[1] ? +x[1] : /^(premier|1er|first)$/iu.test(x[2]) ? 1 : 2
      const year = +x[3]
      const from = half === 1 ? 1 : 7
      add(x.index!, x.index! + x[0].length, {
        kind: 'date',
        date: `${year}-${pad(from)}`,
        until: `${year}-${pad(from + 5)}`
      })
    }
  )
  // mai 2024, April 2025, juin de 2024
  each(B + String.raw`(${month})\.?\s+(?:de\s+|d['’]|of\s+)?(\d{4})` + E, monthFlags, (x) =>
    add(x.index!, x.index! + x[0].length, monthValue(+x[2], monthOf(x[1])))
  )
  // 12 juin, June 12 (the nearest one)
  each(B + String.raw`(\d{1,2})(?:er|re|st|nd|rd|th)?\s+(${month})` + E, monthFlags, (x) => {
    const mo = monthOf(x[2])
    add(x.index!, x.index! + x[0].length, dated(dayIso(nearestYear(ref, mo), mo, +x[1])))
  })
  each(B + String.raw`(${month})\s+(\d{1,2})(?:st|nd|rd|th)?` + E, monthFlags, (x) => {
    const mo = monthOf(x[1])
    add(x.index!, x.index! + x[0].length, dated(dayIso(nearestYear(ref, mo), mo, +x[2])))
  })
  // début 2024, fin 2024, mi-2025, early 2025
  each(B + String.raw`(début|fin|mi-|mid-|early|late|end\s+of)\s*(\d{4})` + E, 'giu', (x) =>
    add(x.index!, x.index! + x[0].length, partOfYear(x[1], +x[2]))
  )
  // entre mars et mai, between March and May, de mars à mai: both months, in one year
  each(
    String.raw`(?<![\p{L}])(?:entre|between|de|from)\s+(${month})\s+(?:et|and|à|au|to|until)\s+(${month})` +
      E,
    'giu',
    (x) => {
      if (language === 'en' && !(/^\p{Lu}/u.test(x[1]) && /^\p{Lu}/u.test(x[2]))) return
      const [m1, m2] = [monthOf(x[1]), monthOf(x[2])]
      const endYear = nearestYear(ref, m2)
      const startYear = m1 <= m2 ? endYear : endYear - 1
      const first = x.index! + x[0].indexOf(x[1], x[0].search(/\s/u))
      const second = x.index! + x[0].length - x[2].length
      add(first, first + x[1].length, monthValue(startYear, m1))
      add(second, second + x[2].length, monthValue(endYear, m2))
    }
  )
  // en avril, in April, depuis mars, since March: the month only (the nearest one)
  each(
    String.raw`(?<![\p{L}])(?:en|in|depuis|since|d['’]|au\s+mois\s+d['’e]|le\s+mois\s+de|until|by|from|jusqu['’]en|dès)\s+(${month})` +
      E,
    monthFlags === 'gu' ? 'giu' : 'giu',
    (x) => {
      const name = x[1]
      if (language === 'en' && !/^\p{Lu}/u.test(name)) return
      const start = x.index! + x[0].length - name.length
      const mo = monthOf(name)
      add(start, start + name.length, monthValue(nearestYear(ref, mo), mo))
    }
  )
  // l'an dernier, last year, cette année, next year
  each(
    String.raw`(?<![\p{L}])(l['’]an\s+dernier|l['’]année\s+dernière|l['’]an\s+passé|l['’]année\s+passée|last\s+year|l['’]an\s+prochain|l['’]année\s+prochaine|next\s+year|cette\s+année|this\s+year)` +
      E,
    'giu',
    (x) => {
      const w = x[1].toLowerCase()
      const year = /dernier|dernière|passé|last/.test(w)
        ? ref.year - 1
        : /prochain|next/.test(w)
          ? ref.year + 1
          : ref.year
      add(x.index!, x.index! + x[0].length, { kind: 'date', date: String(year) })
    }
  )
  // Relative days: hier, lundi dernier, last Tuesday, yesterday.
  for (const r of relativeDays(text, language, ref)) add(r.start, r.end, r.value)
  // 2019, en 2019, depuis 2019
  each(String.raw`(?<![\p{L}\p{N}$€£.,]|\d\s)(19\d{2}|20\d{2})(?![\p{L}\p{N}])`, 'gu', (x) => {
    const after = text.slice(x.index! + 4, x.index! + 40)
    if (NOT_A_YEAR_AFTER.test(after)) return
    add(x.index!, x.index! + 4, { kind: 'date', date: x[1] })
  })

  return hits.sort((a, b) => a.start - b.start)
}

function capitalised(alternatives: string): string {
  return alternatives
    .split('|')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('|')
}

function dated(iso: string | undefined): DateValue | undefined {
  return iso ? { kind: 'date', date: iso } : undefined
}

function monthValue(year: number, month: number): DateValue | undefined {
  return month >= 1 && month <= 12 && year >= 1000
    ? { kind: 'date', date: `${year}-${pad(month)}` }
    : undefined
}

/** Words that make a chrono-node match a relative day rather than a time or a number. */
const RELATIVE_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:hier|avant-hier|aujourd['’]hui|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])`,
  'iu'
)

function relativeDays(text: string, language: SuggestLanguage, ref: Reference): DateHit[] {
  const parser = language === 'fr' ? chrono.fr : chrono.en
  const reference = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12))
  const hits: DateHit[] = []
  for (const r of parser.parse(text, { instant: reference, timezone: 0 })) {
    // chrono keeps the punctuation after a day ("on Friday,"): it is not part of the date.
    const found = r.text.replace(/[,;:]+$/u, '')
    // chrono joins lists ("last Tuesday, yesterday") into one result; a list is left out.
    if (!RELATIVE_DAY.test(found) || found.includes(',')) continue
    // "on Tuesday morning" is dated by "Tuesday": the preposition and the hour stay out.
    const lead = /^(?:on|le|ce|this)\s+/iu.exec(found)?.[0].length ?? 0
    const tail =
      /\s+(?:morning|afternoon|evening|night|matin|après-midi|soir)$/iu.exec(found)?.[0].length ?? 0
    const day = found.slice(lead, found.length - tail)
    const weekday = bareWeekday(day)
    const iso =
      weekday !== undefined
        ? weekdayIso(ref, weekday, futureBefore(text, r.index + lead))
        : dayIso(
            r.start.get('year') ?? ref.year,
            r.start.get('month') ?? 0,
            r.start.get('day') ?? 0
          )
    if (iso) {
      hits.push({
        start: r.index + lead,
        end: r.index + found.length - tail,
        value: { kind: 'date', date: iso }
      })
    }
  }
  return hits
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  dimanche: 0,
  monday: 1,
  lundi: 1,
  tuesday: 2,
  mardi: 2,
  wednesday: 3,
  mercredi: 3,
  thursday: 4,
  jeudi: 4,
  friday: 5,
  vendredi: 5,
  saturday: 6,
  samedi: 6
}

/** The day of the week of a weekday written alone ("Tuesday", "mardi"), else undefined. */
function bareWeekday(words: string): number | undefined {
  return WEEKDAYS[words.toLowerCase()]
}

/** Words that put what follows in the future: "is due to resume on Tuesday", "doit … jeudi". */
const FUTURE_CUES = new RegExp(
  String.raw`(?<![\p{L}])(?:will|won['’]t|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+set|are\s+set|is\s+scheduled|are\s+scheduled|plans?\s+to|planned|going\s+to|doit|doivent|devra|devront|va|vont|prévu|prévue|prévus|prévues|aura\s+lieu|auront\s+lieu|se\s+tiendra|se\s+réunira|se\s+réuniront)(?![\p{L}])`,
  'iu'
)

/** True when the sentence before `position` speaks of the future. */
function futureBefore(text: string, position: number): boolean {
  const before = text.slice(Math.max(0, position - 200), position)
  const sentence = before.split(/[.!?\n]\s/u).pop() ?? before
  return FUTURE_CUES.test(sentence)
}

/**
 * A weekday named alone is in the article's own week: the article's day when it is that
 * day, else the last such day before it, or the next one when the sentence speaks of the
 * future ("Talks are due to resume on Tuesday").
 */
function weekdayIso(ref: Reference, weekday: number, future: boolean): string | undefined {
  const base = Date.UTC(ref.year, ref.month - 1, ref.day)
  const today = new Date(base).getUTCDay()
  let shift = 0
  if (weekday !== today) {
    shift = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
  }
  const d = new Date(base + shift * 86_400_000)
  return dayIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}
