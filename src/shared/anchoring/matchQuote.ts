/**
 * Finding a quote in a text that may have changed since it was annotated: the candidates,
 * and a score for each in the manner of the Hypothesis client (approx-string-match edit
 * distance on the quote, weighted with how well the text before and after agrees with the
 * recorded prefix and suffix, and a little with nearness to the old position).
 *
 * Everything here counts UTF-16 units, as approx-string-match does; `reanchor.ts` converts
 * to and from code points.
 */
import search from 'approx-string-match'

/** Weights of the score (as in Hypothesis): the quote matters most, position breaks ties. */
export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const

/** Most errors an approximate search allows (its cost grows with it). */
export const MAX_SEARCH_ERRORS = 256

/** At most this many occurrences of a prefix or suffix are used to place search windows. */
const MAX_CONTEXT_ANCHORS = 8

/**
 * At most this many occurrences (exact, or else approximate) are scored, the nearest to the
 * hint first, besides those next to the prefix and suffix: a short
 * quote can occur thousands of times in a long article, and scoring each would make
 * re-anchoring quadratic.
 */
export const MAX_EXACT_CANDIDATES = 64

/** Longest quote for which a candidate between prefix and suffix gets an edit distance. */
const MAX_BRACKET_LENGTH = 2000

/** A place the quote may now be, in UTF-16 units, with its edit distance to the quote. */
export interface QuoteCandidate {
  start: number
  end: number
  errors: number
}

/** A scored candidate: `score` is between 0 and 1, 1 for the quote and its context intact. */
export interface QuoteMatch extends QuoteCandidate {
  score: number
  /** 1 - errors / quote length, at least 0. */
  quoteSimilarity: number
  /** How well the text before the candidate agrees with the recorded prefix (0–1). */
  prefixSimilarity: number
  /** How well the text after the candidate agrees with the recorded suffix (0–1). */
  suffixSimilarity: number
}

/** What is known about where the quote was. */
export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** Expected start (UTF-16 units in the new text), usually the old start. */
  hint?: number
}

/** Every exact occurrence of `needle` in `text` (overlapping ones included). */
export function exactOccurrences(text: string, needle: string, limit = Infinity): number[] {
  const found: number[] = []
  if (!needle) return found
  let at = text.indexOf(needle)
  while (at !== -1 && found.length < limit) {
    found.push(at)
    at = text.indexOf(needle, at + 1)
  }
  return found
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (!a.length) return b.length
  if (!b.length) return a.length
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]
}

/**
 * How well `actual` agrees with `expected`, from 0 to 1: one minus the fewest errors with
 * which `expected` occurs in `actual`, over the length of `expected`. An empty expectation
 * always agrees.
 */
export function contextSimilarity(actual: string, expected: string): number {
  if (!expected) return 1
  if (!actual) return 0
  if (actual.includes(expected)) return 1
  const best = search(actual, expected, expected.length)
  if (!best.length) return 0
  return Math.max(0, 1 - best[0].errors / expected.length)
}

/** Approximate matches of `quote` in `text[from, to)`, shifted back into text offsets. */
function searchWindow(text: string, quote: string, from: number, to: number, maxErrors: number) {
  const start = Math.max(0, from)
  const end = Math.min(text.length, to)
  if (end - start <= 0) return []
  return search(text.slice(start, end), quote, maxErrors).map((m) => ({
    start: m.start + start,
    end: m.end + start,
    errors: m.errors
  }))
}

/**
 * The places worth scoring: every exact occurrence, else the closest approximate matches
 * over the whole text; and always the best matches in windows next to where the prefix and
 * suffix still occur and around the hint, plus the span between an intact prefix and suffix.
 * The windows matter because approx-string-match only returns the matches with the fewest
 * errors anywhere, which can be a look-alike far away while the edited quote sits in place.
 */
export function findCandidates(
  text: string,
  quote: string,
  context: QuoteContext = {}
): QuoteCandidate[] {
  if (!quote) return []
  const maxErrors = Math.min(MAX_SEARCH_ERRORS, Math.floor(quote.length / 2))
  const hint = context.hint ?? 0
  const candidates: QuoteCandidate[] = exactOccurrences(text, quote)
    .sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || a - b)
    .slice(0, MAX_EXACT_CANDIDATES)
    .map((start) => ({ start, end: start + quote.length, errors: 0 }))
  if (!candidates.length && maxErrors > 0) {
    const approximate = search(text, quote, maxErrors)
      .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start)
      .slice(0, MAX_EXACT_CANDIDATES)
    candidates.push(...approximate)
  }

  const reach = quote.length * 2 + 16
  const prefixEnds = context.prefix
    ? exactOccurrences(text, context.prefix, MAX_CONTEXT_ANCHORS).map(
        (p) => p + context.prefix!.length
      )
    : []
  const suffixStarts = context.suffix
    ? exactOccurrences(text, context.suffix, MAX_CONTEXT_ANCHORS)
    : []
  if (maxErrors > 0) {
    for (const p of prefixEnds)
      candidates.push(...searchWindow(text, quote, p, p + reach, maxErrors))
    for (const s of suffixStarts)
      candidates.push(...searchWindow(text, quote, s - reach, s, maxErrors))
    if (context.hint !== undefined) {
      const h = context.hint
      candidates.push(...searchWindow(text, quote, h - reach, h + reach, maxErrors))
    }
  }
  if (quote.length <= MAX_BRACKET_LENGTH) {
    for (const start of prefixEnds) {
      const end = suffixStarts.find((s) => s >= start && s - start <= reach)
      if (end !== undefined) {
        candidates.push({ start, end, errors: editDistance(quote, text.slice(start, end)) })
      }
    }
  }

  const seen = new Set<string>()
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The score of one candidate, between 0 and 1. */
export function scoreCandidate(
  text: string,
  quote: string,
  candidate: QuoteCandidate,
  context: QuoteContext = {}
): QuoteMatch {
  const quoteSimilarity = Math.max(0, 1 - candidate.errors / quote.length)
  const prefix = context.prefix ?? ''
  const suffix = context.suffix ?? ''
  const prefixScore = contextSimilarity(
    text.slice(Math.max(0, candidate.start - prefix.length), candidate.start),
    prefix
  )
  const suffixScore = contextSimilarity(
    text.slice(candidate.end, candidate.end + suffix.length),
    suffix
  )
  const positionScore =
    context.hint === undefined || !text.length
      ? 1
      : Math.max(0, 1 - Math.abs(candidate.start - context.hint) / text.length)
  const w = MATCH_WEIGHTS
  const score =
    (w.quote * quoteSimilarity +
      w.prefix * prefixScore +
      w.suffix * suffixScore +
      w.position * positionScore) /
    (w.quote + w.prefix + w.suffix + w.position)
  return {
    ...candidate,
    score,
    quoteSimilarity,
    prefixSimilarity: prefixScore,
    suffixSimilarity: suffixScore
  }
}

/** Orders matches best first: higher score, then fewer errors, then the earlier place. */
function compareMatches(a: QuoteMatch, b: QuoteMatch): number {
  return b.score - a.score || a.errors - b.errors || a.start - b.start
}

/** Every candidate for `quote` in `text`, scored, best first (deterministic on ties). */
export function rankCandidates(
  text: string,
  quote: string,
  context: QuoteContext = {}
): QuoteMatch[] {
  return findCandidates(text, quote, context)
    .map((candidate) => scoreCandidate(text, quote, candidate, context))
    .sort(compareMatches)
}

/**
 * The best-scoring place for `quote` in `text`, or null when there is no candidate at all.
 * No threshold here: the caller decides whether the score is good enough.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {}
): QuoteMatch | null {
  return rankCandidates(text, quote, context)[0] ?? null
}
