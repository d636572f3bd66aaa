/**
 * How a decoration set was made from an earlier one: mapped through a text edit, or with
 * some decorations removed and others added (an annotation action). The layer records this
 * for every set it derives, so that the drawing window can bring the part it draws up to
 * date with the same small change instead of cutting the window out of the whole set again
 * after every key press and every tag (that cut grows with the annotations of the article).
 *
 * Kept beside the sets in a WeakMap: a set no longer referenced takes its record with it.
 */
import type { Node } from 'prosemirror-model'
import type { Mapping } from 'prosemirror-transform'
import type { Decoration, DecorationSet } from 'prosemirror-view'

/** One set made from `base`: mapped through an edit, or changed by hand. */
export type Derivation =
  | { base: DecorationSet; mapping: Mapping; doc: Node }
  | {
      base: DecorationSet
      removed: readonly Decoration[]
      added: readonly Decoration[]
      /** The document the added decorations are on (null when none were added). */
      doc: Node | null
    }

const lineage = new WeakMap<DecorationSet, Derivation>()

/** `before` mapped through `mapping` onto `doc` (options as DecorationSet.map's), recorded. */
export function mapDecorations(
  before: DecorationSet,
  mapping: Mapping,
  doc: Node,
  options?: { onRemove?: (spec: unknown) => void }
): DecorationSet {
  const after = before.map(mapping, doc, options)
  if (after !== before) lineage.set(after, { base: before, mapping, doc })
  return after
}

/**
 * `before` without `removed` and with `added` (on `doc`, which may be null when nothing is
 * added), recorded. DecorationSet.remove blanks out the array it is given, hence the copies.
 */
export function changeDecorations(
  before: DecorationSet,
  removed: readonly Decoration[],
  added: readonly Decoration[],
  doc: Node | null
): DecorationSet {
  let after = removed.length ? before.remove([...removed]) : before
  if (added.length && doc) after = after.add(doc, [...added])
  if (after !== before) lineage.set(after, { base: before, removed: [...removed], added, doc })
  return after
}

/** How `set` was made, if it was recorded. */
export function derivationOf(set: DecorationSet): Derivation | undefined {
  return lineage.get(set)
}
