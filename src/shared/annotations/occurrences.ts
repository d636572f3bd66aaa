/**
 * Finding the other occurrences of a phrase in an article, for "Tag all mentions": whole
 * words only ("Meta" never matches inside "Metaverse" or "métadonnées"), Unicode-aware,
 * over NFC text, with the spaces and apostrophes of French typography treated as one.
 *
 * Offsets are code points over the article's plain text, like every stored offset.
 */
import { CodePointIndex } from '../text'

/** A code-point range of the plain text. */
export interface TextRange {
  start: number
  end: number
}

/** One occurrence found: its code-point range and the text as it is in the article. */
export interface Occurrence extends TextRange {
  exact: string
}

/** Options of {@link findOccurrences}. */
export interface OccurrenceOptions {
  /** Match case exactly (default true: "Scale" the company, not "scale" the noun). */
  caseSensitive?: boolean
  /** Let "Elysee" match "Élysée" (default false). */
  ignoreAccents?: boolean
  /**
   * Ranges to leave out, such as those already tagged with the same entity: an occurrence
   * overlapping one of them is not returned.
   */
  skip?: readonly TextRange[]
}

const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}_]`
/** Spaces inside a phrase match any run of horizontal spaces (not a block break). */
const SPACE_RUN = String.raw`[^\S\n\r]+`
const APOSTROPHE = String.raw`['\u2019\u02bc]`
const HYPHEN = String.raw`[-\u2010\u2011]`

/** Letters of a string without their accents, one UTF-16 unit kept for each unit. */
function stripAccentsInPlace(text: string): string {
  let out = ''
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '')
    out += base.length === ch.length ? base : ch
  }
  return out
}

/** The pattern of a phrase: escaped, with flexible spaces, apostrophes and hyphens. */
function phrasePattern(phrase: string): string {
  const parts: string[] = []
  for (const ch of phrase) {
    if (/\s/.test(ch)) {
      if (parts[parts.length - 1] !== SPACE_RUN) parts.push(SPACE_RUN)
    } else if (/['\u2019\u02bc]/.test(ch)) parts.push(APOSTROPHE)
    else if (/[-\u2010\u2011]/.test(ch)) parts.push(HYPHEN)
    else parts.push(ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  }
  return parts.join('')
}

/**
 * Every whole-word occurrence of `phrase` in `text`, in order, as code-point ranges. A
 * boundary is required only at an end of the phrase that is a letter or digit, so "14,3 G$"
 * is found before a full stop. Occurrences overlapping a `skip` range are left out.
 */
export function findOccurrences(
  text: string,
  phrase: string,
  options: OccurrenceOptions = {}
): Occurrence[] {
  const needle = phrase.normalize('NFC').trim()
  if (!needle) return []
  const haystack = text.normalize('NFC')
  const accentless = options.ignoreAccents === true
  const searched = accentless ? stripAccentsInPlace(haystack) : haystack
  const wanted = accentless ? stripAccentsInPlace(needle) : needle
  const wordStart = new RegExp(`^${WORD_CHAR}`, 'u').test(wanted)
  const wordEnd = new RegExp(`${WORD_CHAR}$`, 'u').test(wanted)
  const pattern = new RegExp(
    (wordStart ? `(?<!${WORD_CHAR})` : '') +
      phrasePattern(wanted) +
      (wordEnd ? `(?!${WORD_CHAR})` : ''),
    options.caseSensitive === false ? 'giu' : 'gu'
  )
  const index = new CodePointIndex(haystack)
  const skip = skipIndex(options.skip ?? [])
  const result: Occurrence[] = []
  for (const m of searched.matchAll(pattern)) {
    const from = m.index ?? 0
    const start = index.toCodePoint(from)
    const end = index.toCodePoint(from + m[0].length)
    if (overlapsAny(skip, start, end)) continue
    result.push({ start, end, exact: haystack.slice(from, from + m[0].length) })
  }
  return result
}

/** Ranges sorted by start, with the furthest end reached so far, for overlap tests. */
interface SkipIndex {
  sorted: readonly TextRange[]
  maxEnd: readonly number[]
}

function skipIndex(ranges: readonly TextRange[]): SkipIndex {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const maxEnd: number[] = []
  for (const r of sorted) maxEnd.push(Math.max(r.end, maxEnd[maxEnd.length - 1] ?? -Infinity))
  return { sorted, maxEnd }
}

/** True when [start, end) overlaps one of the ranges: O(log n) per test. */
function overlapsAny(index: SkipIndex, start: number, end: number): boolean {
  // Ranges starting before `end` are a prefix; one of them overlaps when it ends after start.
  let lo = 0
  let hi = index.sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (index.sorted[mid].start < end) lo = mid + 1
    else hi = mid
  }
  return lo > 0 && index.maxEnd[lo - 1] > start
}

/**
 * Occurrences of several phrases (an entity's name and aliases) without overlaps: where two
 * overlap, the one starting first wins, then the longer ("Jason Droege" over "Droege").
 */
export function findAllOccurrences(
  text: string,
  phrases: readonly string[],
  options: OccurrenceOptions = {}
): Occurrence[] {
  const all = phrases.flatMap((p) => findOccurrences(text, p, options))
  all.sort((a, b) => a.start - b.start || b.end - a.end)
  const result: Occurrence[] = []
  for (const o of all) {
    const last = result[result.length - 1]
    if (last && o.start < last.end) continue
    result.push(o)
  }
  return result
}
