/**
 * What every annotation command shares: compute the next layer with pure functions, and
 * dispatch it as one LayerStep (one undo step). Refusals (bad input, an entity in use) make
 * the command return false and are reported through the config's `onError`, in words for
 * the annotator; they never throw into the UI.
 */
import type { Command, EditorState } from 'prosemirror-state'
import { AnnotationError } from '@shared/annotations/factory'
import { RegistryError, type Stamp } from '@shared/annotations/registry'
import { normaliseRange, type AnnotationLayer } from '../layer'
import { LayerStep } from '../layerStep'
import { annotationsKey, configOf, layerOf, type ResolvedConfig } from '../plugin'

/** What a layer edit is given. */
export interface EditContext {
  state: EditorState
  layer: AnnotationLayer
  config: ResolvedConfig
  stamp: Stamp
}

/** What a layer edit gives back: the new layer and the ids it created or touched. */
export interface EditResult {
  layer: AnnotationLayer
  ids: string[]
}

/**
 * A command from a layer edit. The edit returns null (or the same layer) when there is
 * nothing to do, and throws AnnotationError or RegistryError to refuse.
 */
export function layerCommand(
  action: string,
  edit: (ctx: EditContext) => EditResult | null
): Command {
  return (state, dispatch) => {
    const config = configOf(state)
    const layer = layerOf(state)
    let result: EditResult | null
    try {
      result = edit({ state, layer, config, stamp: config.stamp() })
    } catch (error) {
      if (error instanceof AnnotationError || error instanceof RegistryError) {
        if (dispatch) config.onError?.(error)
        return false
      }
      throw error
    }
    if (!result || result.layer === layer) return false
    if (dispatch) {
      const tr = state.tr.step(new LayerStep(layer, result.layer))
      tr.setMeta(annotationsKey, { type: 'edit', action, ids: result.ids })
      dispatch(tr)
    }
    return true
  }
}

/** A position range, given or the selection's. */
export interface RangeOption {
  /** Defaults to the current selection. */
  range?: { from: number; to: number }
}

/** The range to annotate: the given one or the selection, narrowed to its text. */
export function targetRange(state: EditorState, option: RangeOption): { from: number; to: number } {
  const { from, to } = option.range ?? state.selection
  const range = normaliseRange(state.doc, from, to)
  if (!range) throw new AnnotationError('Select some text first')
  return range
}
