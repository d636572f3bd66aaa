/**
 * Re-anchoring: putting annotations back on a text that changed outside the editor (a
 * corrected version of the article), using each one's quote selector.
 *
 * For each annotation, in order, the first rule that succeeds wins:
 * 1. position: the old offsets still hold the quote (a quote shorter than
 *    {@link MIN_UNIQUE_QUOTE} must also agree with its prefix or suffix there) → exact;
 * 2. context: prefix + quote + suffix, then prefix + quote, then quote + suffix, occur once
 *    in the new text → exact;
 * 3. unique quote: the quote occurs exactly once, and is at least
 *    {@link MIN_UNIQUE_QUOTE} code points long or agrees with its recorded context on one
 *    side → exact (a lone "Meta" left in the text is no evidence on its own);
 * 4. bracket: the whole recorded prefix and suffix (each at least
 *    {@link MIN_BRACKET_CONTEXT} code points) both occur once, in that order, with some text
 *    between them (at most twice the quote's length plus 32) → that text, fuzzy: the words
 *    were rewritten in place ("14,3 G$" → "14,3 milliards $ US");
 * 5. best match: the best-scoring candidate (quote 50, prefix 20, suffix 20, position 2,
 *    as Hypothesis weighs them; see `matchQuote.ts`) whose score reaches
 *    {@link MIN_MATCH_SCORE} and whose prefix or suffix agrees with the text around it to
 *    at least {@link MIN_SIDE_SIMILARITY} → exact if the text there equals the quote, fuzzy
 *    otherwise;
 * 6. otherwise the annotation is an orphan: it keeps its last quote, is flagged `orphaned`
 *    and is reported, never dropped.
 *
 * Offsets are code points over the new text; targets of anchored annotations get a fresh
 * prefix and suffix from the new text.
 */
import type { Annotation, Block, TextTarget } from '../model'
import { CodePointIndex, plainText } from '../text'
import { editDistance, exactOccurrences, rankCandidates, scoreCandidate } from './matchQuote'

/**
 * Lowest score a best-match candidate needs (0–1). With the prefix and suffix intact this
 * accepts a quote of which about 55 % survived; with one side of context intact, about
 * 82 %; with no context agreeing, nothing (see {@link MIN_SIDE_SIMILARITY}). So an edited
 * quote stays put, while a deleted mention of "Meta" does not jump to another "Meta".
 */
export const MIN_MATCH_SCORE = 0.75

/**
 * A best match must also agree with the recorded context on at least one side this well
 * (0–1). Context similarity is lenient (a shared word scores), so without this a deleted
 * "Meta" whose neighbours happen to share the word "investissement" with another "Meta"'s
 * would move there instead of becoming an orphan.
 */
export const MIN_SIDE_SIMILARITY = 0.75

/** Shortest quote that rules 1 and 3 accept without looking at its context, in code points. */
export const MIN_UNIQUE_QUOTE = 8

/**
 * Shortest prefix and suffix (code points) that may bracket a rewritten quote: long enough
 * that occurring once in the text is meaningful.
 */
export const MIN_BRACKET_CONTEXT = 16

/** How an annotation found its place again. */
export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan'

/** Which rule decided (see the module comment). */
export type AnchorMethod =
  'position' | 'context' | 'unique-quote' | 'bracket' | 'best-match' | 'none' | 'was-orphaned'

/** Where one target lands in a new text. */
export interface AnchorOutcome {
  status: AnchorStatus
  method: AnchorMethod
  /** The new target; for an orphan, the old quote at the old position clamped to the text. */
  target: TextTarget
  /** Score of the best candidate, for rule 5 (also given when it was too low). */
  score?: number
  /** Edit distance between the old quote and the anchored text (0 for exact). */
  errors?: number
}

/** Options of {@link anchorTarget} and {@link reanchorAnnotations}. */
export interface AnchorOptions {
  /** Lowest accepted best-match score; {@link MIN_MATCH_SCORE} by default. */
  minScore?: number
}

/** The new text, indexed once for all annotations. */
function indexOf(text: string | CodePointIndex): CodePointIndex {
  return typeof text === 'string' ? new CodePointIndex(text) : text
}

/** A UTF-16 range widened so that it never splits a surrogate pair, in code points. */
function codePointRange(index: CodePointIndex, start: number, end: number): [number, number] {
  const { text } = index
  const isLow = (i: number): boolean => {
    const c = text.charCodeAt(i)
    return c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800
  }
  const e = end < text.length && isLow(end) ? end + 1 : end
  return [index.toCodePoint(start), index.toCodePoint(e)]
}

/** The unique exact occurrence of a string, or undefined (none or several). */
function uniqueOccurrence(text: string, needle: string): number | undefined {
  const found = exactOccurrences(text, needle, 2)
  return found.length === 1 ? found[0] : undefined
}

/** The code-point range between a unique prefix and a unique suffix that follows it. */
function bracket(index: CodePointIndex, target: TextTarget): [number, number] | undefined {
  const { prefix, suffix, exact } = target
  if ([...prefix].length < MIN_BRACKET_CONTEXT || [...suffix].length < MIN_BRACKET_CONTEXT) return
  const before = uniqueOccurrence(index.text, prefix)
  const after = uniqueOccurrence(index.text, suffix)
  if (before === undefined || after === undefined) return
  const start = before + prefix.length
  if (after <= start || after - start > exact.length * 2 + 32) return
  return codePointRange(index, start, after)
}

/** Finds where a target belongs in a new text. */
export function anchorTarget(
  target: TextTarget,
  newText: string | CodePointIndex,
  options: AnchorOptions = {}
): AnchorOutcome {
  const index = indexOf(newText)
  const text = index.text
  const { exact, prefix, suffix } = target
  const anchored = (
    start: number,
    end: number,
    method: AnchorMethod,
    extra: Partial<AnchorOutcome> = {}
  ) => {
    const next = index.target(start, end)
    const errors = next.exact === exact ? 0 : editDistance(exact, next.exact)
    const status: AnchorStatus = errors === 0 ? 'exact' : 'fuzzy'
    return { status, method, target: next, errors, ...extra }
  }

  // Whether the text around a UTF-16 range agrees with the recorded context on one side.
  const agreesAround = (from: number, to: number) => {
    const here = scoreCandidate(
      text,
      exact,
      { start: from, end: to, errors: 0 },
      { prefix, suffix }
    )
    return Math.max(here.prefixSimilarity, here.suffixSimilarity) >= MIN_SIDE_SIMILARITY
  }
  // Long quotes are evidence on their own; a short one ("Meta", "2019") needs its context.
  const long = [...exact].length >= MIN_UNIQUE_QUOTE

  // 1. The old position still holds the quote (a short one, with some of its context).
  if (target.end <= index.length && index.slice(target.start, target.end) === exact) {
    const from = index.toUtf16(target.start)
    if ((exact !== '' && long) || agreesAround(from, index.toUtf16(target.end))) {
      return anchored(target.start, target.end, 'position')
    }
  }

  // 2. The quote with its context occurs once. 3. The quote alone occurs once.
  const tries: [string, number][] = [
    [prefix + exact + suffix, prefix.length],
    [prefix + exact, prefix.length],
    [exact + suffix, 0]
  ]
  for (const [needle, lead] of tries) {
    if (needle === exact || (!exact && needle === '')) continue
    const at = uniqueOccurrence(text, needle)
    if (at !== undefined) {
      const [s, e] = codePointRange(index, at + lead, at + lead + exact.length)
      return anchored(s, e, 'context')
    }
  }
  if (exact) {
    const at = uniqueOccurrence(text, exact)
    if (at !== undefined) {
      if (long || agreesAround(at, at + exact.length)) {
        const [s, e] = codePointRange(index, at, at + exact.length)
        return anchored(s, e, 'unique-quote')
      }
    }
  }

  // 4. The quote was rewritten between an intact prefix and suffix.
  const bracketed = bracket(index, target)
  if (bracketed) return anchored(bracketed[0], bracketed[1], 'bracket')

  // 5. The best approximate match, if it is good enough.
  const hint = index.toUtf16(Math.min(target.start, index.length))
  const ranked = exact ? rankCandidates(text, exact, { prefix, suffix, hint }) : []
  const minScore = options.minScore ?? MIN_MATCH_SCORE
  const best =
    ranked.find((m) => Math.max(m.prefixSimilarity, m.suffixSimilarity) >= MIN_SIDE_SIMILARITY) ??
    ranked[0]
  if (
    best &&
    best.score >= minScore &&
    Math.max(best.prefixSimilarity, best.suffixSimilarity) >= MIN_SIDE_SIMILARITY
  ) {
    const [s, e] = codePointRange(index, best.start, best.end)
    return anchored(s, e, 'best-match', { score: best.score })
  }

  // 6. An orphan keeps its last quote, at the old place clamped to the new text.
  const at = Math.min(target.start, index.length)
  return {
    status: 'orphan',
    method: 'none',
    target: { start: at, end: at, exact, prefix, suffix },
    ...(best ? { score: best.score } : {})
  }
}

/** One line of a re-anchoring report. */
export interface AnchorReportRow {
  id: string
  kind: Annotation['kind']
  status: AnchorStatus
  method: AnchorMethod
  /** The quote before re-anchoring. */
  before: { start: number; end: number; exact: string }
  /** Where it landed; null for an orphan. */
  after: { start: number; end: number; exact: string } | null
  score?: number
  errors?: number
}

/** How a set of annotations re-anchored, with the figures the user sees. */
export interface ReanchorReport {
  total: number
  exact: number
  fuzzy: number
  orphan: number
  rows: AnchorReportRow[]
}

/** Options of {@link reanchorAnnotations}. */
export interface ReanchorOptions extends AnchorOptions {
  /**
   * Also try to anchor annotations that were already orphans. Off by default: an orphan's
   * position is not a selector, and re-importing must not move what the editor left alone.
   */
  retryOrphans?: boolean
}

/** Re-anchors every annotation on a new text and reports the outcome of each. */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  newText: string | CodePointIndex,
  options: ReanchorOptions = {}
): { annotations: Annotation[]; report: ReanchorReport } {
  const index = indexOf(newText)
  const rows: AnchorReportRow[] = []
  const next = annotations.map((annotation): Annotation => {
    const before = {
      start: annotation.target.start,
      end: annotation.target.end,
      exact: annotation.target.exact
    }
    if (annotation.orphaned && !options.retryOrphans) {
      const at = Math.min(annotation.target.start, index.length)
      const end = Math.min(Math.max(annotation.target.end, at), index.length)
      rows.push({
        id: annotation.id,
        kind: annotation.kind,
        status: 'orphan',
        method: 'was-orphaned',
        before,
        after: null
      })
      return { ...annotation, target: { ...annotation.target, start: at, end } }
    }
    const outcome = anchorTarget(annotation.target, index, options)
    rows.push({
      id: annotation.id,
      kind: annotation.kind,
      status: outcome.status,
      method: outcome.method,
      before,
      after:
        outcome.status === 'orphan'
          ? null
          : { start: outcome.target.start, end: outcome.target.end, exact: outcome.target.exact },
      ...(outcome.score !== undefined ? { score: outcome.score } : {}),
      ...(outcome.errors !== undefined ? { errors: outcome.errors } : {})
    })
    return { ...annotation, target: outcome.target, orphaned: outcome.status === 'orphan' }
  })
  const count = (status: AnchorStatus) => rows.filter((r) => r.status === status).length
  return {
    annotations: next,
    report: {
      total: rows.length,
      exact: count('exact'),
      fuzzy: count('fuzzy'),
      orphan: count('orphan'),
      rows
    }
  }
}

/** The annotations of an article re-anchored onto new blocks (a corrected text). */
export function reanchorOntoBlocks(
  annotations: readonly Annotation[],
  blocks: readonly Block[],
  options: ReanchorOptions = {}
): { annotations: Annotation[]; report: ReanchorReport } {
  return reanchorAnnotations(annotations, plainText(blocks), options)
}

/** "12 exact, 3 fuzzy, 1 orphaned (of 16)". */
export function summarizeReport(report: ReanchorReport): string {
  const { exact, fuzzy, orphan, total } = report
  return `${exact} exact, ${fuzzy} fuzzy, ${orphan} orphaned (of ${total})`
}
