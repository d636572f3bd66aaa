/**
 * The text of the block around a position, found by binary search. `doc.resolve` finds a
 * position's block by walking the blocks from the top (ProseMirror caches only the last few
 * positions), so placing 30,000 annotations on a 1,000-paragraph article walked some fifty
 * million blocks; this keeps where every block starts, once per document.
 */
import type { Node } from 'prosemirror-model'

/** Where each top-level block of a document starts (documents are immutable). */
const startsOf = new WeakMap<Node, number[]>()

/** Where each top-level block of `doc` starts, in order (kept per document). */
export function blockStarts(doc: Node): readonly number[] {
  let starts = startsOf.get(doc)
  if (!starts) {
    starts = []
    doc.forEach((_child, offset) => starts!.push(offset))
    startsOf.set(doc, starts)
  }
  return starts
}

/** The index of the last block starting before `pos`, or -1 (a binary search of `starts`). */
export function blockBefore(starts: readonly number[], pos: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] < pos) lo = mid
    else hi = mid - 1
  }
  return starts.length && starts[lo] < pos ? lo : -1
}

/**
 * The text of the top-level text block whose content holds `pos` (at its edges included),
 * and the position where that content starts; null when `pos` is between blocks or the
 * block's content is not one run of plain text (the callers then resolve it the slow way).
 */
export function blockTextAt(doc: Node, pos: number): { text: string; start: number } | null {
  const starts = blockStarts(doc)
  const lo = blockBefore(starts, pos)
  if (lo < 0) return null
  const block = doc.child(lo)
  const start = starts[lo] + 1
  if (!block.isTextblock || pos > start + block.content.size) return null
  if (block.childCount === 0) return { text: '', start }
  const only = block.firstChild!
  return block.childCount === 1 && only.isText ? { text: only.text!, start } : null
}
