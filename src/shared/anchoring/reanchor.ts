/**
 * Re-anchoring: putting annotations back on a text that changed outside the editor (a
 * corrected version of the article), using each one's quote selector.
 *
 * Three passes over the annotations in the order of the old text (the rules themselves are
 * in `anchorRules.ts`):
 * 1. strong rules, each annotation on its own evidence; an annotation whose old offsets no
 *    longer hold its quote also tries them moved by the shift of the last annotation placed
 *    before it, so that text inserted or deleted early in the article costs one look, not a
 *    search of the whole text, for every annotation after it;
 * 2. weak rules for the rest, each inside the window between the new places of its strongly
 *    placed neighbours: a short name whose context was edited on both sides comes back
 *    where its neighbours say it must be, and nothing jumps over them;
 * 3. two annotations of the same kind about the same entity (or speaker) that were apart and
 *    now land on the very same words: the one with the weaker evidence becomes an orphan
 *    (a mention in a deleted sentence does not double another mention of that name).
 * What finds no place is an orphan: it keeps its last quote, is flagged `orphaned`, and the
 * report says why; nothing is ever dropped.
 */
import type { Annotation, Block } from '../model'
import { CodePointIndex, plainText } from '../text'
import {
  anchorStrongly,
  anchorWeakly,
  type AnchorMethod,
  type AnchorOptions,
  type AnchorOutcome,
  type AnchorStatus,
  type AnchorWindow,
  type OrphanReason
} from './anchorRules'

export {
  anchorTarget,
  MIN_BRACKET_CONTEXT,
  MIN_MATCH_SCORE,
  MIN_SIDE_SIMILARITY,
  MIN_UNIQUE_QUOTE,
  NEIGHBOUR_TOLERANCE,
  ORPHAN_REASONS,
  OrphanReason,
  type AnchorMethod,
  type AnchorOptions,
  type AnchorOutcome,
  type AnchorStatus
} from './anchorRules'

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
  /** For an orphan: why it found no place. */
  reason?: OrphanReason
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

/** A strongly placed annotation: its old and new ranges, sorted by old start. */
interface Placed {
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
}

/** The last entry whose old start is at most `at` (entries sorted by old start), or -1. */
function lastAtOrBefore(placed: readonly Placed[], at: number): number {
  let lo = 0
  let hi = placed.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (placed[mid].oldStart <= at) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The window between the new places of an annotation's strongly placed neighbours. */
function windowFor(placed: readonly Placed[], start: number, end: number, length: number) {
  const window: AnchorWindow = { lo: 0, hi: length }
  const p = lastAtOrBefore(placed, start)
  if (p >= 0) {
    const prev = placed[p]
    const after = prev.oldEnd <= start
    window.lo = after ? prev.newEnd : prev.newStart
    window.oldLo = after ? prev.oldEnd : prev.oldStart
  }
  // The first entry that starts at or after the annotation's end.
  let n = lastAtOrBefore(placed, end - 1) + 1
  while (n < placed.length && placed[n].oldStart < end) n++
  if (n < placed.length) {
    window.hi = placed[n].newStart
    window.oldHi = placed[n].oldStart
  }
  return window
}

/** Rank of a method's evidence: lower is stronger. */
const STRENGTH: Record<AnchorMethod, number> = {
  position: 0,
  'shifted-position': 0,
  context: 1,
  bracket: 2,
  'unique-quote': 3,
  neighbours: 4,
  'best-match': 5,
  none: 9,
  'was-orphaned': 9
}

/** What an annotation is about, for telling two annotations of one thing apart. */
function referent(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'mention':
      return `mention:${annotation.entityId}`
    case 'quote':
      return `quote:${annotation.speakerId ?? ''}`
    default:
      return annotation.kind
  }
}

/** Pass 3: of two annotations about one thing landing on the same words, keep the stronger. */
function settleDoubles(
  annotations: readonly Annotation[],
  outcomes: (AnchorOutcome | undefined)[]
): void {
  const byPlace = new Map<string, number>()
  annotations.forEach((annotation, i) => {
    const outcome = outcomes[i]
    if (!outcome || outcome.status === 'orphan') return
    const key = `${referent(annotation)}@${outcome.target.start}:${outcome.target.end}`
    const other = byPlace.get(key)
    if (other === undefined) {
      byPlace.set(key, i)
      return
    }
    const before = annotations[other].target
    // Two that were already on the same words stay together (a deliberate double).
    if (before.start === annotation.target.start && before.end === annotation.target.end) return
    const weaker =
      STRENGTH[outcomes[other]!.method] <= STRENGTH[outcome.method]
        ? i
        : (byPlace.set(key, i), other)
    const lost = outcomes[weaker]!
    const at = Math.min(annotations[weaker].target.start, lost.target.start)
    outcomes[weaker] = {
      status: 'orphan',
      method: 'none',
      target: { ...annotations[weaker].target, start: at, end: at },
      reason: 'taken'
    }
  })
}

/** Re-anchors every annotation on a new text and reports the outcome of each. */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  newText: string | CodePointIndex,
  options: ReanchorOptions = {}
): { annotations: Annotation[]; report: ReanchorReport } {
  const index = typeof newText === 'string' ? new CodePointIndex(newText) : newText
  const skipped = (a: Annotation) => a.orphaned && !options.retryOrphans
  const order = annotations
    .map((_, i) => i)
    .sort((a, b) => annotations[a].target.start - annotations[b].target.start || a - b)
  const outcomes: (AnchorOutcome | undefined)[] = new Array(annotations.length)

  // Pass 1: strong rules, with the shift of the last placed annotation as a hint.
  const placed: Placed[] = []
  let shift = 0
  for (const i of order) {
    const annotation = annotations[i]
    if (skipped(annotation)) continue
    const outcome = anchorStrongly(annotation.target, index, shift)
    if (!outcome) continue
    outcomes[i] = outcome
    const { start, end } = annotation.target
    shift = outcome.target.start - start
    placed.push({
      oldStart: start,
      oldEnd: end,
      newStart: outcome.target.start,
      newEnd: outcome.target.end
    })
  }
  placed.sort((a, b) => a.oldStart - b.oldStart || a.oldEnd - b.oldEnd)

  // Pass 2: weak rules between the strongly placed neighbours.
  for (const i of order) {
    const annotation = annotations[i]
    if (skipped(annotation) || outcomes[i]) continue
    const { start, end } = annotation.target
    outcomes[i] = anchorWeakly(
      annotation.target,
      index,
      windowFor(placed, start, end, index.length),
      options
    )
  }

  // Pass 3: no two annotations of one thing on the same words unless they were before.
  settleDoubles(annotations, outcomes)

  const rows: AnchorReportRow[] = []
  const next = annotations.map((annotation, i): Annotation => {
    const before = {
      start: annotation.target.start,
      end: annotation.target.end,
      exact: annotation.target.exact
    }
    const outcome = outcomes[i]
    if (!outcome) {
      const at = Math.min(annotation.target.start, index.length)
      const end = Math.min(Math.max(annotation.target.end, at), index.length)
      rows.push({
        id: annotation.id,
        kind: annotation.kind,
        status: 'orphan',
        method: 'was-orphaned',
        before,
        after: null,
        reason: 'was-orphaned'
      })
      return { ...annotation, target: { ...annotation.target, start: at, end } }
    }
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
      ...(outcome.errors !== undefined ? { errors: outcome.errors } : {}),
      ...(outcome.reason !== undefined ? { reason: outcome.reason } : {})
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
