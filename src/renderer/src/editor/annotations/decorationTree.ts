/**
 * Builds a DecorationSet for a whole article in time n log(blocks), where the library's
 * `DecorationSet.create` takes time in blocks × decorations: for every block of the document
 * it scans every decoration not yet placed (at 30,000 annotations on a 1,000-paragraph
 * article that scan was most of the opening). Here each decoration finds its block by binary
 * search; each block's decorations are handed to `DecorationSet.create` for that block alone,
 * and the blocks' sets are put together as the document's set.
 *
 * The result is the very tree `DecorationSet.create(doc, decorations)` builds (the unit test
 * compares them). Putting the blocks' sets together uses two members prosemirror-view marks
 * internal (the set's constructor, a decoration's `copy`): they are used here only; without
 * `copy` (another version of the library) this falls back to `DecorationSet.create`, and a
 * changed constructor fails the unit test.
 */
import type { Node } from 'prosemirror-model'
import { DecorationSet, type Decoration } from 'prosemirror-view'
import { blockBefore, blockStarts } from './blockText'

/** Below this many decorations the library's own construction is as quick. */
const SMALL = 64

/** The parts of prosemirror-view used here that its typings do not show. */
type SetConstructor = new (
  local: readonly Decoration[],
  children: readonly (number | DecorationSet)[]
) => DecorationSet
interface Movable {
  copy(from: number, to: number): Decoration
}
interface SetInternals {
  local: readonly Decoration[]
  children: readonly unknown[]
}

/**
 * The decorations of `doc` as a set, as `DecorationSet.create(doc, decorations)` makes it,
 * in O(n log n). Does not modify `decorations`.
 */
export function createDecorationSet(doc: Node, decorations: readonly Decoration[]): DecorationSet {
  const sample = decorations[0] as Partial<Movable> | undefined
  if (decorations.length < SMALL || typeof sample?.copy !== 'function') {
    return DecorationSet.create(doc, [...decorations])
  }
  // Each decoration into the block that holds it whole, found by binary search.
  const starts = blockStarts(doc)
  const inBlock: (Decoration[] | undefined)[] = new Array(starts.length)
  const outside: Decoration[] = []
  for (const d of decorations) {
    const i = blockBefore(starts, d.from)
    const block = i < 0 ? null : doc.child(i)
    if (!block || block.isLeaf || d.to >= starts[i] + block.nodeSize) {
      outside.push(d)
      continue
    }
    const shift = starts[i] + 1
    ;(inBlock[i] ??= []).push((d as unknown as Movable).copy(d.from - shift, d.to - shift))
  }
  const children: (number | DecorationSet)[] = []
  for (let i = 0; i < starts.length; i++) {
    const inside = inBlock[i]
    if (!inside) continue
    const block = doc.child(i)
    const set = DecorationSet.create(block, inside)
    if (set !== DecorationSet.empty) children.push(starts[i], starts[i] + block.nodeSize, set)
  }
  // What lies across or between blocks: few, so the library's construction is quick here.
  const top = DecorationSet.create(doc, outside) as unknown as SetInternals
  if (top.children.length) return DecorationSet.create(doc, [...decorations])
  if (!children.length && !top.local.length) return DecorationSet.empty
  return new (DecorationSet as unknown as SetConstructor)(top.local, children)
}
