/**
 * People and organisations from the capitalised runs of the text: each run is classified
 * (the article's existing entities first, then compromise on English text, then the words
 * of the name and the words before it), and runs naming the same one are grouped: "Droege"
 * with "Jason Droege", "Scale" with "Scale AI". A name is offered when something says what
 * it is, or when the article repeats it.
 */
import type { Entity } from '../model'
import { englishNames, isFirstName, isOrganisationWord, isPlaceWord } from './lexicon'
import type { NameRun } from './names'
import { ORGANISATION_CUES, ORGANISATION_WORDS, PERSON_CUES } from './nameKinds'
import { overlaps, type Range } from './ranges'
import type { SuggestLanguage } from './types'

/** What a run of capitalised words names. */
export type NameType = 'person' | 'organisation' | 'place' | 'other' | 'unknown'

/** A run with what it names and how sure that is. */
export interface ClassifiedRun extends NameRun {
  type: NameType
  /** True when a cue, a lexicon or an existing entity says so; false for a guess. */
  sure: boolean
  entityId?: string
  /** The longer name this one is another name of ("Bpifrance" for the bank's full name). */
  aliasOf?: string
}

/** A person or an organisation and all its mentions. */
export interface NamedEntity {
  type: 'person' | 'organisation'
  name: string
  mentions: Range[]
  entityId?: string
}

/** What classification reads besides the runs. */
export interface NameContext {
  text: string
  language: SuggestLanguage
  entities: readonly Entity[]
  /** Runs named as the speaker of a quote by a speech verb: people, unless cued otherwise. */
  speakerStarts?: ReadonlySet<number>
}

/** A word of {@link ORGANISATION_WORDS}, singular or plural ("Ports", "Labs"). */
function isOrganisationNameWord(word: string): boolean {
  const w = word.toLowerCase()
  return ORGANISATION_WORDS.has(w) || (w.endsWith('s') && ORGANISATION_WORDS.has(w.slice(0, -1)))
}

const isAcronym = (w: string): boolean => /^\p{Lu}{2,6}$/u.test(w)
const hasInnerCapital = (w: string): boolean => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w)
const isTitleCase = (w: string): boolean =>
  /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(w)

function entityType(type: string): NameType {
  return type === 'person' || type === 'organisation' || type === 'place' ? type : 'other'
}

/** A title and its portfolio right before a name: "ministre de l’", "minister for ". */
const PORTFOLIO_BEFORE =
  /(?<![\p{L}])(?:ministre|minister|secretary|secrétaire\s+d['’]état)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?)$/iu

/** A ministry before its portfolio: "ministère de l’", "Ministry of". */
const MINISTRY_BEFORE =
  /(?<![\p{L}])(?:ministère|ministry)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?)$/iu

/** Common nouns for institutions that French and English write with a capital. */
const COMMON_INSTITUTIONS = new Set(
  'état etat state gouvernement government région département métropole commune république republic nation'.split(
    ' '
  )
)

/** "Météo-France": a hyphened word one part of which is a place and one is not. */
function hyphenedWithPlace(word: string): boolean {
  const parts = word.split('-')
  return parts.length >= 2 && parts.some(isPlaceWord) && !parts.every(isPlaceWord)
}

/**
 * "Banque publique d’investissement (Bpifrance)": a name in brackets right after an
 * organisation's is another name of it.
 */
function bracketedAliases(text: string, runs: ClassifiedRun[]): ClassifiedRun[] {
  const out = [...runs]
  for (let i = 1; i < out.length; i++) {
    const [host, run] = [out[i - 1], out[i]]
    // The host's name may go on in lower case up to the bracket ("… d’investissement (").
    const gap = BRACKET_GAP.exec(text.slice(host.end, run.start))
    if (host.type !== 'organisation' || !gap || text[run.end] !== ')' || run.words.length > 2) {
      continue
    }
    if (gap[1]) {
      const end = host.end + gap[1].length
      out[i - 1] = { ...host, end, text: text.slice(host.start, end) }
    }
    out[i] = { ...run, type: 'organisation', sure: true, aliasOf: out[i - 1].text }
  }
  return out
}

/**
 * Between an organisation's name and a bracketed other name: its lower-case rest, if any,
 * opened by "de", "of"… and at most four words ("de la transition écologique").
 */
const BRACKET_GAP =
  /^((?:\s(?:de\s+la|de\s+l['’]|de|du|des|d['’]|of(?:\s+the)?|for)\s?\p{Ll}+(?:\s\p{Ll}+){0,2})?) \($/u

/** Each run with its type. */
export function classifyRuns(ctx: NameContext, runs: readonly NameRun[]): ClassifiedRun[] {
  return bracketedAliases(ctx.text, classifyEach(ctx, runs))
}

function classifyEach(ctx: NameContext, runs: readonly NameRun[]): ClassifiedRun[] {
  const { text } = ctx
  const byName = new Map<string, Entity>()
  for (const e of ctx.entities) {
    for (const n of [e.name, ...e.aliases]) if (!byName.has(n)) byName.set(n, e)
  }
  const nlp = ctx.language === 'en' ? englishNames(text) : { people: [], organisations: [] }

  return runs.map((run): ClassifiedRun => {
    const known = byName.get(run.text)
    if (known) return { ...run, type: entityType(known.type), sure: true, entityId: known.id }
    const before = text.slice(Math.max(0, run.start - 40), run.start)
    const nearBefore = before.split(/[.;!?«»“”"]/).pop() ?? ''
    const lastWords = nearBefore.split(/\s+/).slice(-5).join(' ')
    const words = run.words

    const organisation = (): ClassifiedRun => ({ ...run, type: 'organisation', sure: true })
    const person = (): ClassifiedRun => ({ ...run, type: 'person', sure: true })

    // "la ministre de l’Agriculture": a portfolio in a person's title, not an organisation.
    if (PORTFOLIO_BEFORE.test(nearBefore)) return { ...run, type: 'other', sure: true }
    // "le ministère de l’Économie": the ministry's name starts at "ministère".
    const ministry = MINISTRY_BEFORE.exec(nearBefore)
    if (ministry) {
      const start = run.start - ministry[0].length
      return {
        ...run,
        start,
        text: text.slice(start, run.end),
        words: [...ministry[0].trim().split(/\s+/), ...words],
        type: 'organisation',
        sure: true
      }
    }
    // "l’État", "la Région": common nouns for an institution, written with a capital.
    if (words.length === 1 && COMMON_INSTITUTIONS.has(words[0].toLowerCase())) {
      return { ...run, type: 'other', sure: true }
    }

    if (
      words.some((w) => isOrganisationNameWord(w)) ||
      words.some(isAcronym) ||
      words.some(hasInnerCapital)
    ) {
      return organisation()
    }
    // "l’Insee", "l’Arcep": French puts an article before institutions, never before people.
    if (run.elision === 'l') return organisation()
    if (ORGANISATION_CUES.test(nearBefore)) return organisation()
    if (nlp.organisations.some((r) => overlaps(r, run))) return organisation()
    if (nlp.people.some((r) => overlaps(r, run))) return person()
    if (words.length >= 2 && isFirstName(words[0])) return person()
    if (PERSON_CUES.test(lastWords) && words.every(isTitleCase)) {
      // "le PDG de Scale": the role belongs to a person, the name after "de" is the employer.
      const employer = /(?<![\p{L}])(?:de|du|des|d['’]|l['’]|of|at|chez|for|pour)\s*$/iu.test(
        nearBefore
      )
      return employer ? organisation() : person()
    }
    // A speaker named by a speech verb outweighs compromise's list of company names
    // ("Dupont" is a surname before it is DuPont).
    if (ctx.speakerStarts?.has(run.start)) return person()
    if (words.some(isOrganisationWord)) return organisation()
    if (words.every(isPlaceWord)) return { ...run, type: 'place', sure: true }
    // "Météo-France", "Radio-Canada": a place joined to another word by a hyphen names a body.
    if (words.length === 1 && hyphenedWithPlace(words[0])) return organisation()
    // "France Info", "Air France": a place in a longer name is a company's, not a person's.
    if (words.length >= 2 && words.some(isPlaceWord)) return organisation()
    if (words.length >= 2 && words.length <= 4 && words.every(isTitleCase)) {
      return { ...run, type: 'person', sure: false }
    }
    return { ...run, type: 'unknown', sure: false }
  })
}

/** Comparable form of a name: NFC, curly apostrophes straight. */
const key = (name: string): string => name.normalize('NFC').replace(/’/g, "'")

/**
 * Groups classified runs into people and organisations. A single word that ends exactly one
 * person's full name is that person; a shorter name that starts exactly one organisation's
 * longer name is that organisation.
 */
export function groupNames(runs: readonly ClassifiedRun[]): NamedEntity[] {
  type Group = {
    type: NameType
    name: string
    runs: ClassifiedRun[]
    sure: boolean
    entityId?: string
  }
  const groups = new Map<string, Group>()
  // A bracketed other name ("(Bpifrance)") stands for its organisation wherever it recurs.
  const aliasOf = new Map<string, string>()
  for (const run of runs) {
    if (run.aliasOf) aliasOf.set(key(run.text), key(run.aliasOf))
    const k = aliasOf.get(key(run.text)) ?? key(run.text)
    const g = groups.get(k)
    if (!g) {
      groups.set(k, {
        type: run.type,
        name: run.text,
        runs: [run],
        sure: run.sure,
        entityId: run.entityId
      })
      continue
    }
    g.runs.push(run)
    if (!g.sure && run.sure) {
      g.type = run.type
      g.sure = true
    }
    g.entityId ??= run.entityId
  }

  // Fold shorter names into the one longer name they abbreviate.
  const all = [...groups.values()].sort((a, b) => b.runs[0].words.length - a.runs[0].words.length)
  for (const short of [...all]) {
    const words = short.runs[0].words
    if (short.entityId) continue
    const hosts = all.filter((long) => {
      if (long === short || long.runs[0].words.length <= words.length) return false
      const lw = long.runs[0].words
      if (long.type === 'person') return words.length === 1 && lw[lw.length - 1] === words[0]
      if (long.type === 'organisation') return words.every((w, i) => lw[i] === w)
      return false
    })
    if (
      hosts.length !== 1 ||
      (short.sure && short.type !== hosts[0].type && short.type !== 'unknown')
    ) {
      continue
    }
    const host = hosts[0]
    host.runs.push(...short.runs)
    host.sure ||= short.sure
    groups.delete(key(short.name))
    all.splice(all.indexOf(short), 1)
  }

  const result: NamedEntity[] = []
  for (const g of groups.values()) {
    let type = g.type
    // A guessed person's name repeated whole, never shortened to a surname, is more likely a
    // company's ("Baltic Grid … Baltic Grid").
    if (
      type === 'person' &&
      !g.sure &&
      g.runs.length >= 2 &&
      g.runs.every((r) => r.text === g.name)
    ) {
      type = 'organisation'
    }
    // A repeated name nothing else explains is most often a company in news copy.
    if (type === 'unknown' && g.runs.length >= 2) type = 'organisation'
    if (type !== 'person' && type !== 'organisation') continue
    if (!g.sure && g.runs.length < 2 && type !== 'person') continue
    const mentions = g.runs
      .map((r) => ({ start: r.start, end: r.end }))
      .sort((a, b) => a.start - b.start)
    const entity: NamedEntity = { type, name: g.name, mentions }
    if (g.entityId) entity.entityId = g.entityId
    result.push(entity)
  }
  return result.sort((a, b) => a.mentions[0].start - b.mentions[0].start)
}
