/**
 * The history of a check: every change of a quote's, claim's or source note's status, and of
 * a claim's verdict, recorded as who, when, from, to and an optional comment. Recorded in one
 * place, {@link withCheckChanges}, which the factory calls for a new annotation and
 * `patchAnnotation` for every edit, so no dialog has to remember to do it.
 *
 * The history is append-only and each entry has its own id: two replicas that changed the
 * same status each append their entry, and {@link mergeCheckHistories} keeps both.
 */
import { CheckedField, type Annotation, type CheckChange } from '../model'
import { newId } from './ids'

/** Who makes the change and when (ISO time). */
export interface ChangeStamp {
  by: string
  at: string
}

/** A checked field's value, read loosely: mentions have none, older source notes no status. */
function valueOf(annotation: Annotation | null, field: CheckedField): string | null | undefined {
  if (!annotation || !(field in annotation)) return undefined
  const value = (annotation as unknown as Record<string, unknown>)[field]
  return typeof value === 'string' ? value : value === null ? null : undefined
}

/** The history of an annotation, oldest first (empty for kinds that are not checked). */
export function checkHistoryOf(annotation: Annotation): readonly CheckChange[] {
  return 'checkHistory' in annotation ? (annotation.checkHistory ?? []) : []
}

/**
 * `after` with one history entry appended per checked field whose value differs from
 * `before` (null: a new annotation, whose first status is recorded unless it is the default
 * "needs checking" and whose first verdict is recorded once given). `after` is returned
 * unchanged when nothing checked changed.
 */
export function withCheckChanges<T extends Annotation>(
  before: Annotation | null,
  after: T,
  stamp: ChangeStamp,
  comment?: string
): T {
  const entries: CheckChange[] = []
  const why = comment?.trim()
  for (const field of CheckedField.options) {
    const to = valueOf(after, field)
    if (to === undefined) continue
    const from = before ? (valueOf(before, field) ?? null) : null
    if (from === to) continue
    if (!before && (to === null || (field === 'status' && to === 'needs-checking'))) continue
    entries.push({
      id: newId(),
      field,
      from,
      to,
      by: stamp.by,
      at: stamp.at,
      ...(why ? { comment: why } : {})
    })
  }
  if (!entries.length) return after
  return { ...after, checkHistory: [...checkHistoryOf(after), ...entries] }
}

/** Oldest first; entries made at the same instant in a fixed order (by id). */
function byTime(a: CheckChange, b: CheckChange): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Two histories of the same annotation as one: every entry of either, once (entries are
 * keyed by id), oldest first. What a merge of two replicas' edits must do so that neither
 * editor's change of status is lost.
 */
export function mergeCheckHistories(
  a: readonly CheckChange[],
  b: readonly CheckChange[]
): CheckChange[] {
  const byId = new Map<string, CheckChange>()
  for (const entry of [...a, ...b]) if (!byId.has(entry.id)) byId.set(entry.id, entry)
  return [...byId.values()].sort(byTime)
}
