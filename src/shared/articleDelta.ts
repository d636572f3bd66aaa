/**
 * A save that carries only what changed since the previous one (the `saveArticleChanges`
 * row of the contract): a long article with thousands of annotations is megabytes of JSON,
 * and sending all of it after every pause in typing held the page's thread for most of a
 * second. A change is a splice of whole blocks plus the annotations and entities put or
 * removed; the annotations it does not name keep their target, moved by the length of the
 * changed text when they stand after it.
 *
 * That rule only holds for an annotation whose quote and context (QUOTE_CONTEXT code points
 * either side) lie wholly before or wholly after the changed text. The sender must put every
 * live annotation within that reach; {@link applyArticleDelta} refuses a change that left one
 * out rather than guess its target, so the sender falls back to a whole save.
 */
import type { Annotation, Block, Entity } from './model'
import { BLOCK_SEPARATOR, QUOTE_CONTEXT } from './text'

/** What a change needs of an annotation to move it: its id, whether it is live, where. */
export interface Anchored {
  id: string
  orphaned?: boolean
  target: { start: number; end: number }
}

/**
 * Everything a save writes: the text, the entities and the annotations. (The assist's worker
 * holds lighter records, `A`, with only what it reads.)
 */
export interface ArticleLayer<A extends Anchored = Annotation> {
  blocks: Block[]
  entities: Entity[]
  annotations: A[]
  /** The assist's rejected suggestion keys; absent leaves the saved ones as they are. */
  rejectedSuggestions?: string[]
}

/** Blocks [start, start + deleteCount) of the earlier text replaced by `blocks`. */
export interface BlockSplice {
  start: number
  deleteCount: number
  blocks: Block[]
}

/** What changed between two saves of one article. */
export interface ArticleDelta {
  text?: BlockSplice
  entities: { put: Entity[]; remove: string[] }
  annotations: { put: Annotation[]; remove: string[] }
  rejectedSuggestions?: string[]
}

/**
 * Where a splice changed the plain text (code points): everything before `head` is as it
 * was, and so is everything from `oldEnd` on in the earlier text, which now starts at
 * `oldEnd + shift`. The separators beside the spliced blocks count as changed.
 */
export interface ChangedText {
  head: number
  oldEnd: number
  shift: number
}

const SEPARATOR = [...BLOCK_SEPARATOR].length

/**
 * The changed text of a splice, from the code-point lengths of the earlier blocks and of the
 * blocks put in.
 */
export function changedText(
  oldLengths: readonly number[],
  splice: { start: number; deleteCount: number },
  newLengths: readonly number[]
): ChangedText {
  const total = (lengths: readonly number[]) =>
    lengths.reduce((sum, n) => sum + n, 0) + SEPARATOR * Math.max(0, lengths.length - 1)
  const oldTotal = total(oldLengths)
  const before = oldLengths.slice(0, splice.start)
  const after = oldLengths.slice(splice.start + splice.deleteCount)
  const head = before.length ? total(before) : 0
  const tail = after.length ? total(after) : 0
  const newTotal = total([...before, ...newLengths, ...after])
  return { head, oldEnd: oldTotal - tail, shift: newTotal - oldTotal }
}

/**
 * Whether a target's quote or context reaches into the changed text (so it may have changed
 * with it). Targets wholly before or after keep their quote and context.
 */
export function nearChange(target: Anchored['target'], change: ChangedText): boolean {
  return target.end + QUOTE_CONTEXT > change.head && target.start - QUOTE_CONTEXT < change.oldEnd
}

/**
 * An annotation a change does not put, as the change leaves it: where it stood before the
 * changed text, moved by the change's length after it (orphans keep their last offsets).
 */
export function keptThrough<A extends Anchored>(a: A, change: ChangedText | null): A {
  if (!change || a.orphaned || change.shift === 0 || a.target.end + QUOTE_CONTEXT <= change.head)
    return a
  return {
    ...a,
    target: {
      ...a.target,
      start: a.target.start + change.shift,
      end: a.target.end + change.shift
    }
  }
}

/** Why a change could not be applied to its base: the sender should save the whole article. */
export class DeltaMismatch extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeltaMismatch'
  }
}

/** Code points of a string. */
function codePoints(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** Applies puts and removals to records keyed by id (order kept; new ones at the end). */
function upsert<T extends { id: string }>(
  base: readonly T[],
  put: readonly T[],
  remove: readonly string[],
  keep: (record: T) => T
): T[] {
  const removed = new Set(remove)
  const replaced = new Map(put.map((r) => [r.id, r]))
  const result: T[] = []
  for (const record of base) {
    if (removed.has(record.id)) continue
    const next = replaced.get(record.id)
    if (next) {
      result.push(next)
      replaced.delete(record.id)
    } else result.push(keep(record))
  }
  for (const record of replaced.values()) if (!removed.has(record.id)) result.push(record)
  return result
}

/**
 * The layer a change makes of its base: the same as a whole save of the result. Throws a
 * {@link DeltaMismatch} when the splice does not fit the base's blocks or a live annotation
 * near the changed text was not put. `known` is the splice's changed text when the caller
 * has measured it already (the editor keeps every block's length; counting code points
 * over the whole article again would cost what the change saves).
 */
export function applyArticleDelta<A extends Anchored = Annotation>(
  base: ArticleLayer<A>,
  delta: ArticleDelta & { annotations: { put: A[] } },
  known?: ChangedText
): ArticleLayer<A> {
  let blocks = base.blocks
  let change: ChangedText | null = null
  if (delta.text) {
    const { start, deleteCount, blocks: inserted } = delta.text
    if (start + deleteCount > base.blocks.length) {
      throw new DeltaMismatch(
        `The change replaces blocks ${start}–${start + deleteCount} of ${base.blocks.length}.`
      )
    }
    blocks = [
      ...base.blocks.slice(0, start),
      ...inserted,
      ...base.blocks.slice(start + deleteCount)
    ]
    change =
      known ??
      changedText(
        base.blocks.map((b) => codePoints(b.text)),
        delta.text,
        inserted.map((b) => codePoints(b.text))
      )
  }
  const put = new Set(delta.annotations.put.map((a) => a.id))
  const gone = new Set(delta.annotations.remove)
  const keep = (a: A): A => keptThrough(a, change)
  if (change) {
    for (const a of base.annotations) {
      if (a.orphaned || put.has(a.id) || gone.has(a.id)) continue
      if (nearChange(a.target, change)) {
        throw new DeltaMismatch(
          `Annotation ${a.id} stands by the changed text but the change does not say where it is now.`
        )
      }
    }
  }
  return {
    blocks,
    entities: upsert(base.entities, delta.entities.put, delta.entities.remove, (e) => e),
    annotations: upsert(base.annotations, delta.annotations.put, delta.annotations.remove, keep),
    // As in a whole save: absent leaves the rejections saved before as they are.
    ...(delta.rejectedSuggestions ? { rejectedSuggestions: delta.rejectedSuggestions } : {})
  }
}
