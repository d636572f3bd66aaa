/** Deletes annotations, live or orphaned (the panel's delete, an orphan's "delete"). */
import type { Command } from 'prosemirror-state'
import { AnnotationError } from '@shared/annotations/factory'
import { removeAnnotations } from '../layer'
import { layerCommand } from './run'

/** Deletes one annotation or several, in one undo step. Unknown ids are refused. */
export function deleteAnnotation(ids: string | readonly string[]): Command {
  const list = typeof ids === 'string' ? [ids] : [...ids]
  return layerCommand('deleteAnnotation', ({ layer }) => {
    const unknown = list.find((id) => !layer.annotations.has(id))
    if (unknown !== undefined) throw new AnnotationError(`No annotation with id ${unknown}`)
    if (!list.length) return null
    return { layer: removeAnnotations(layer, list), ids: list }
  })
}
