/** Edits an annotation's fields from the panel: a quote's speaker or status, a note's URL… */
import type { Command } from 'prosemirror-state'
import { AnnotationError, patchAnnotation, type AnnotationPatch } from '@shared/annotations/factory'
import { entityRefOf } from '@shared/annotations/kinds'
import { putAnnotations } from '../layer'
import { layerCommand } from './run'

/**
 * Changes some fields of an annotation (live or orphaned) and stamps the change. A speaker or
 * entity id must name an existing entity; a note's URL must be http or https. A change of
 * status or verdict goes into the check's history with `checkComment`.
 */
export function updateAnnotation(
  id: string,
  patch: AnnotationPatch,
  checkComment?: string
): Command {
  return layerCommand('updateAnnotation', ({ state, layer, stamp }) => {
    const old = layer.annotations.get(id)
    if (!old) throw new AnnotationError(`No annotation with id ${id}`)
    const next = patchAnnotation(old, patch, stamp, checkComment)
    const ref = entityRefOf(next)
    if (ref && !layer.entities.has(ref.id)) throw new AnnotationError(`No entity with id ${ref.id}`)
    return { layer: putAnnotations(layer, state.doc, [next]), ids: [id] }
  })
}
