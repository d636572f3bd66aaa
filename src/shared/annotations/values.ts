/**
 * Normalised values for money, percentage and date mentions, read from French and English
 * news text: "14,3 G$" and "$14.3 billion" are both { kind: 'money', amount: 14.3e9,
 * currency: 'USD' }, "49 %" is { kind: 'percentage', percent: 49 }, "mai 2024" is
 * { kind: 'date', date: '2024-05' }.
 *
 * Best effort by design: a value is offered to the annotator, who can correct it; anything
 * not understood gives `undefined`, never a guess dressed up as a fact. Numbers are built
 * from their decimal text (`Number('14.3e9')`) so amounts carry no floating-point noise.
 */
import type { EntityValue } from '../model'

/** Which conventions a number follows: "1,500" is 1.5 in French and 1500 in English. */
export type NumberLocale = 'fr' | 'en'

/** Options of the value parsers. */
export interface ValueOptions {
  /** Number and word conventions; detected from the text when absent. */
  locale?: NumberLocale
}

/** Entity types that carry a normalised value, and the value kind each one gets. */
export const VALUE_KIND_OF_TYPE: Readonly<Record<string, EntityValue['kind']>> = {
  money: 'money',
  percentage: 'percentage',
  date: 'date'
}

/** A number as written in news copy: "14,3", "1 500", "1,500,000", "14.3", "-2,5". */
const NUM = String.raw`[-−+]?\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|[-−+]?\d+(?:[.,]\d+)?`

/** Not preceded by a letter or digit (a Unicode-aware word start). */
const START = String.raw`(?<![\p{L}\p{N}])`
/** Not followed by a letter (a Unicode-aware word end). */
const END = String.raw`(?![\p{L}])`

/** Brings spaces and apostrophes to one form so the patterns stay readable. */
function prepare(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/[\u2019\u02bc]/g, "'")
}

const FRENCH_CUES = new RegExp(
  START +
    '(?:' +
    [
      'milliards?|millions?|mille|pour\\s?cent|dollars?\\s+(?:américains|canadiens)',
      "de|des|du|le|la|les|d'euros|en|depuis",
      'janv(?:ier)?|f[ée]vr(?:ier)?|mars|avril|mai|juin|juil(?:let)?|ao[ûu]t',
      'septembre|octobre|novembre|d[ée]cembre'
    ].join('|') +
    ')' +
    END +
    String.raw`|\d\s*(?:g|md|mds)\s*[$€]|\d\s+%|\d\s*€`,
  'iu'
)
const ENGLISH_CUES = new RegExp(
  START +
    '(?:' +
    [
      'billion|bn|thousand|per\\s?cent|percent|the|of|in|since',
      'january|february|march|april|may|june|july|august|september|october|november|december'
    ].join('|') +
    ')' +
    END +
    String.raw`|[$£€]\s*\d|\d%`,
  'iu'
)

/** Guesses the conventions of a short text from its words; undefined when nothing tells. */
export function detectLocale(text: string): NumberLocale | undefined {
  const t = prepare(text)
  const fr = FRENCH_CUES.test(t)
  const en = ENGLISH_CUES.test(t)
  if (fr && !en) return 'fr'
  if (en && !fr) return 'en'
  if (fr && en) return /\d,\d/.test(t) ? 'fr' : 'en'
  return undefined
}

/**
 * The decimal text of a written number ("14,3" → "14.3", "1 500" → "1500"), or undefined.
 * With both separators the last one is the decimal mark; a single comma before exactly
 * three digits is a thousands separator unless the text is French.
 */
export function decimalText(raw: string, locale?: NumberLocale): string | undefined {
  let s = raw
    .replace(/[\s\u00a0\u202f\u2009]/g, '')
    .replace('−', '-')
    .replace(/^\+/, '')
  const commas = s.split(',').length - 1
  const dots = s.split('.').length - 1
  if (commas && dots) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.'
    const thousands = decimal === ',' ? '.' : ','
    s = s.split(thousands).join('').replace(decimal, '.')
  } else if (commas > 1) {
    s = s.split(',').join('')
  } else if (commas === 1) {
    const after = s.slice(s.indexOf(',') + 1)
    s = after.length === 3 && locale !== 'fr' ? s.replace(',', '') : s.replace(',', '.')
  } else if (dots > 1) {
    s = s.split('.').join('')
  }
  return /^-?\d+(?:\.\d+)?$/.test(s) ? s : undefined
}

/** Currency written after the amount, longest forms first (order matters). */
const CURRENCY_AFTER: ReadonlyArray<readonly [string, string]> = [
  [String.raw`\$\s?(?:us|é\.?-?u\.?)` + END, 'USD'],
  [String.raw`\$\s?(?:can?|c)` + END, 'CAD'],
  [String.raw`dollars?\s+(?:américains|americains|us|des\s+états-unis)` + END, 'USD'],
  [String.raw`dollars?\s+(?:canadiens|can)` + END, 'CAD'],
  [String.raw`dollars?\s+australiens` + END, 'AUD'],
  [String.raw`(?:us|ca|c|a|au|hk)\$`, ''],
  [String.raw`\$`, 'USD'],
  [String.raw`dollars?` + END, 'USD'],
  ['€', 'EUR'],
  [String.raw`euros?` + END, 'EUR'],
  ['£', 'GBP'],
  [String.raw`(?:livres?|pounds?)(?:\s+sterling)?` + END, 'GBP'],
  ['¥', 'JPY'],
  [String.raw`yens?` + END, 'JPY'],
  [String.raw`(?:yuans?|renminbi)` + END, 'CNY'],
  [String.raw`(?:francs?\s+suisses?|swiss\s+francs?)` + END, 'CHF'],
  [String.raw`(?:usd|eur|gbp|jpy|cny|chf|cad|aud|hkd)` + END, '']
]

/** Currency written before the amount ("$14.3 billion", "US$2bn", "€2m", "USD 14.3"). */
const CURRENCY_BEFORE =
  String.raw`(?:us|ca|c|a|au|hk)\$|\$|€|£|¥|` +
  String.raw`(?<![\p{L}])(?:usd|eur|gbp|jpy|cny|chf|cad|aud|hkd)`

/** The ISO code of a currency as matched (symbols, words and codes). */
function currencyCode(matched: string, fallback: string): string {
  if (fallback) return fallback
  const m = matched.toLowerCase().replace(/\s+/g, '')
  const prefixed: Record<string, string> = {
    us$: 'USD',
    ca$: 'CAD',
    c$: 'CAD',
    a$: 'AUD',
    au$: 'AUD',
    hk$: 'HKD',
    $: 'USD',
    '€': 'EUR',
    '£': 'GBP',
    '¥': 'JPY'
  }
  return prefixed[m] ?? m.toUpperCase()
}

/** Scale words after an amount; "billion" depends on the language (see {@link scaleOf}). */
const SCALE_AFTER_CURRENCY =
  'milliards?|millions?|billions?|trillions?|thousands?|mille|mds?|mrds?|mio|bn|tn|mn|g|m|k|b'
const SCALE_BEFORE_WORD = 'billions?|millions?|thousands?|trillions?|milliards?|bn|tn|mn|mm|m|k|b'

/** Power of ten of a scale word, or undefined when it is not one. */
function scaleOf(
  word: string | undefined,
  locale: NumberLocale | undefined,
  french: boolean
): number {
  if (!word) return 0
  const w = word.toLowerCase().replace(/\.$/, '')
  if (/^(milliards?|mds?|mrds?|g|bn|b)$/.test(w)) return 9
  if (/^(millions?|mio|mn|mm|m)$/.test(w)) return 6
  if (/^(mille|thousands?|k)$/.test(w)) return 3
  if (/^(trillions?|tn)$/.test(w)) return 12
  if (/^billions?$/.test(w)) return french || locale === 'fr' ? 12 : 9
  return 0
}

/** A number and a power of ten as an exact double ("14.3", 9 → 14300000000). */
function scaled(decimal: string, power: number): number {
  return Number(`${decimal}e${power}`)
}

/**
 * A money amount from text such as "14,3 G$", "14,3 milliards de dollars", "$14.3 billion",
 * "US$2bn", "3 millions d'euros" or "€2m". Undefined when no currency is written.
 */
export function parseMoney(
  text: string,
  options: ValueOptions = {}
): Extract<EntityValue, { kind: 'money' }> | undefined {
  const best = findMoney(text, options)[0]
  return best ? { kind: 'money', amount: best.amount, currency: best.currency } : undefined
}

/** One amount of money found in a longer text, at UTF-16 `index` for `length` units. */
export interface MoneyMatch {
  index: number
  length: number
  amount: number
  currency: string
}

/**
 * Every amount of money written in a text, in reading order, longest first where two start
 * together. Indexes count over the text as given when it is NFC (the article text always is).
 */
export function findMoney(text: string, options: ValueOptions = {}): MoneyMatch[] {
  const t = prepare(text)
  const locale = options.locale ?? detectLocale(t)
  const found: MoneyMatch[] = []

  const after = new RegExp(
    String.raw`(${NUM})\s*` +
      String.raw`(?:(${SCALE_AFTER_CURRENCY})\.?(?![\p{L}$€£¥])\s*|(g|m|k)(?=[$€£]))?` +
      String.raw`((?:de|d')\s*)?(` +
      CURRENCY_AFTER.map(([p]) => p).join('|') +
      ')',
    'giu'
  )
  for (const m of t.matchAll(after)) {
    const decimal = decimalText(m[1], locale)
    const currencyText = m[5]
    const entry = CURRENCY_AFTER.find(([p]) => new RegExp(`^(?:${p})$`, 'iu').test(currencyText))
    if (decimal === undefined || !entry) continue
    const french = Boolean(m[4])
    const power = scaleOf(m[2] ?? m[3], locale, french)
    found.push({
      index: m.index ?? 0,
      length: m[0].length,
      amount: scaled(decimal, power),
      currency: currencyCode(currencyText, entry[1])
    })
  }

  const before = new RegExp(
    `(${CURRENCY_BEFORE})` + String.raw`\s*(${NUM})(?:\s*(${SCALE_BEFORE_WORD})\.?)?` + END,
    'giu'
  )
  for (const m of t.matchAll(before)) {
    const decimal = decimalText(m[2], locale ?? 'en')
    if (decimal === undefined) continue
    found.push({
      index: m.index ?? 0,
      length: m[0].length,
      amount: scaled(decimal, scaleOf(m[3], locale ?? 'en', false)),
      currency: currencyCode(m[1], '')
    })
  }

  found.sort((a, b) => a.index - b.index || b.length - a.length)
  return found
}

/** A percentage from "49 %", "49%", "12,5 pour cent", "3.5 per cent" or "3.5 percent". */
export function parsePercentage(
  text: string,
  options: ValueOptions = {}
): Extract<EntityValue, { kind: 'percentage' }> | undefined {
  const first = findPercentages(text, options)[0]
  return first ? { kind: 'percentage', percent: first.percent } : undefined
}

/** One percentage found in a longer text, at UTF-16 `index` for `length` units. */
export interface PercentageMatch {
  index: number
  length: number
  percent: number
}

/** Every percentage written in a text, in reading order (indexes as in {@link findMoney}). */
export function findPercentages(text: string, options: ValueOptions = {}): PercentageMatch[] {
  const t = prepare(text)
  const locale = options.locale ?? detectLocale(t)
  const pattern = new RegExp(
    START +
      `(${NUM})` +
      String.raw`\s*(?:%|pour\s*cent${END}|p\.\s*100|per\s*cent${END}|percent${END}|pct${END})`,
    'giu'
  )
  const found: PercentageMatch[] = []
  for (const m of t.matchAll(pattern)) {
    const decimal = decimalText(m[1], locale)
    if (decimal === undefined) continue
    found.push({ index: m.index ?? 0, length: m[0].length, percent: Number(decimal) })
  }
  return found
}

/** Month names and abbreviations in French and English, with their number. */
const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['janvier', 1],
  ['janv', 1],
  ['january', 1],
  ['jan', 1],
  ['février', 2],
  ['fevrier', 2],
  ['févr', 2],
  ['fevr', 2],
  ['fév', 2],
  ['fev', 2],
  ['february', 2],
  ['feb', 2],
  ['mars', 3],
  ['march', 3],
  ['mar', 3],
  ['avril', 4],
  ['avr', 4],
  ['april', 4],
  ['apr', 4],
  ['mai', 5],
  ['may', 5],
  ['juin', 6],
  ['june', 6],
  ['jun', 6],
  ['juillet', 7],
  ['juil', 7],
  ['july', 7],
  ['jul', 7],
  ['août', 8],
  ['aout', 8],
  ['august', 8],
  ['aug', 8],
  ['septembre', 9],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['octobre', 10],
  ['october', 10],
  ['oct', 10],
  ['novembre', 11],
  ['november', 11],
  ['nov', 11],
  ['décembre', 12],
  ['decembre', 12],
  ['december', 12],
  ['déc', 12],
  ['dec', 12]
]
const MONTH = MONTHS.map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .join('|')

function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '')
  return MONTHS.find(([m]) => m === n)?.[1] ?? 0
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** The ISO date of a year, month and day, when they make a real date. */
function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined
  if (month === undefined) return String(year)
  if (month < 1 || month > 12) return undefined
  if (day === undefined) return `${year}-${pad(month)}`
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCMonth() !== month - 1 || day < 1) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Words that may stand around a bare year without making it something else. */
const YEAR_FILLER_WORDS = "en in depuis since de d' l'an l'année année year the au début fin"
const YEAR_FILLER = new RegExp(
  `^(?:${YEAR_FILLER_WORDS.split(' ').join('|')}|mi-|early|late|mid-|[,.\\s])*$`,
  'iu'
)

/**
 * A date from "mai 2024", "12 juin 2025", "1er mai 2024", "June 12, 2025", "May 2024",
 * "2024-05-12", "12/06/2025" (day first in French, month first in English) or "2019".
 * A bare year is read only when the text is little more than the year, unless `anyYear`.
 */
export function parseDate(
  text: string,
  options: ValueOptions & { anyYear?: boolean } = {}
): Extract<EntityValue, { kind: 'date' }> | undefined {
  const t = prepare(text)
  const locale = options.locale ?? detectLocale(t)
  const make = (date: string | undefined): Extract<EntityValue, { kind: 'date' }> | undefined =>
    date ? { kind: 'date', date } : undefined

  let m = new RegExp(START + String.raw`(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)`, 'u').exec(t)
  if (m) return make(isoDate(+m[1], +m[2], m[3] === undefined ? undefined : +m[3]))

  m = new RegExp(
    START + String.raw`(\d{1,2})(?:er|re|e|st|nd|rd|th)?\s+(${MONTH})\.?\s+(\d{4})(?!\d)`,
    'iu'
  ).exec(t)
  if (m) return make(isoDate(+m[3], monthNumber(m[2]), +m[1]))

  m = new RegExp(
    START + String.raw`(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`,
    'iu'
  ).exec(t)
  if (m) return make(isoDate(+m[3], monthNumber(m[1]), +m[2]))

  m = new RegExp(START + String.raw`(${MONTH})\.?\s+(?:de\s+|d')?(\d{4})(?!\d)`, 'iu').exec(t)
  if (m) return make(isoDate(+m[2], monthNumber(m[1])))

  m = new RegExp(START + String.raw`(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)`, 'u').exec(t)
  if (m) {
    let [day, month] = [+m[1], +m[2]]
    const monthFirst = locale === 'en' ? month <= 12 && day <= 12 : false
    if (monthFirst || (month > 12 && day <= 12)) [day, month] = [month, day]
    return make(isoDate(+m[3], month, day))
  }

  m = new RegExp(START + String.raw`(1\d{3}|2\d{3})(?!\d)`, 'u').exec(t)
  if (m) {
    const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length)
    if (options.anyYear || YEAR_FILLER.test(rest)) return make(isoDate(+m[1]))
  }
  return undefined
}

/**
 * The normalised value of a mention's text for an entity type: money, percentage and date
 * types get their own parser; without a type each parser is tried in turn (money, then
 * percentage, then date). Other types, and text not understood, give undefined.
 */
export function parseEntityValue(
  text: string,
  type?: string,
  options: ValueOptions = {}
): EntityValue | undefined {
  if (type !== undefined) {
    switch (VALUE_KIND_OF_TYPE[type]) {
      case 'money':
        return parseMoney(text, options)
      case 'percentage':
        return parsePercentage(text, options)
      case 'date':
        return parseDate(text, { ...options, anyYear: true })
      default:
        return undefined
    }
  }
  return parseMoney(text, options) ?? parsePercentage(text, options) ?? parseDate(text, options)
}

/** A percentage as a fraction, without floating-point noise: 49 → 0.49, 14.3 → 0.143. */
export function fractionOf(value: Extract<EntityValue, { kind: 'percentage' }>): number {
  return Number((value.percent / 100).toPrecision(15))
}
