/**
 * The step that records an annotation-layer change in the document's history.
 *
 * prosemirror-history only records document steps, and undo must cover annotation actions
 * and text edits in one consistent history. Keeping the layer in a
 * document attribute (DocAttrStep) has two costs here: the view treats a changed doc
 * attribute as a changed document node and redraws the whole article (a few hundred
 * thousand characters, on every keystroke), and the schema would have to declare the
 * attribute. So the layer lives in plugin state, and this custom step carries the layer
 * value before and after a change, exactly as DocAttrStep carries an attribute's old and new
 * value: it leaves the document untouched (an empty step map), inverts to the swap, and the
 * plugin's reducer adopts its `after` value.
 *
 * Every transaction that changes the layer holds one: annotation commands put it in
 * themselves, and for text edits the plugin appends one (appendTransaction), which history
 * groups into the same undo event. Undoing therefore restores the exact layer from before
 * the event (orphans re-attached, ranges exactly as they were), rather than re-mapping ranges
 * backwards, which cannot recover a range whose text was deleted.
 *
 * Values are immutable and share structure (maps are copied only by annotation actions, the
 * decoration tree only along the changed path), so history holds snapshots cheaply.
 */
import type { Node } from 'prosemirror-model'
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform'
import type { AnnotationLayer } from './layer'

/** Replaces the annotation layer `before` with `after`; the document is unchanged. */
export class LayerStep extends Step {
  constructor(
    readonly before: AnnotationLayer,
    readonly after: AnnotationLayer
  ) {
    super()
  }

  /** The document is not changed. */
  apply(doc: Node): StepResult {
    return StepResult.ok(doc)
  }

  /** Maps no positions. */
  override getMap(): StepMap {
    return StepMap.empty
  }

  /** The swap back. */
  invert(): LayerStep {
    return new LayerStep(this.after, this.before)
  }

  /**
   * Unchanged, as DocAttrStep does: the value is a whole snapshot. (Its ranges would go
   * stale only if text changes were kept out of history with `addToHistory: false` between
   * an action and its undo; the editor does not do that.)
   */
  map(_mapping: Mappable): LayerStep {
    return this
  }

  /** Two layer changes in a row are one change (keeps history small). */
  override merge(other: Step): Step | null {
    return other instanceof LayerStep && other.before === this.after
      ? new LayerStep(this.before, other.after)
      : null
  }

  /** Layers are not serialised with steps (there is no collaborative editing). */
  toJSON(): { stepType: string } {
    return { stepType: 'annotationLayer' }
  }
}

/** Index of the last layer step of a transaction's steps, or -1. */
export function lastLayerStep(steps: readonly Step[]): number {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i] instanceof LayerStep) return i
  return -1
}

/** True when a transaction changes the text (any step other than a layer step). */
export function changesText(steps: readonly Step[]): boolean {
  return steps.some((s) => !(s instanceof LayerStep))
}
