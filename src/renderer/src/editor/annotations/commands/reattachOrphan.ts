/** Puts an orphan back on the text: the annotator selects where it belongs now. */
import type { Command } from 'prosemirror-state'
import { AnnotationError } from '@shared/annotations/factory'
import { reattachAnnotation } from '../layer'
import { layerCommand, targetRange, type RangeOption } from './run'

/** Re-attaches orphan `id` to the selection (or `range`), with a fresh target. */
export function reattachOrphan(id: string, options: RangeOption = {}): Command {
  return layerCommand('reattachOrphan', ({ state, layer, config, stamp }) => {
    const old = layer.annotations.get(id)
    if (!old) throw new AnnotationError(`No annotation with id ${id}`)
    if (!old.orphaned) throw new AnnotationError('Only an orphaned annotation can be re-attached')
    const { from, to } = targetRange(state, options)
    const annotation = {
      ...old,
      orphaned: false,
      target: config.target(state.doc, from, to),
      updatedBy: stamp.by,
      updatedAt: stamp.at
    }
    return { layer: reattachAnnotation(layer, state.doc, annotation, from, to), ids: [id] }
  })
}
