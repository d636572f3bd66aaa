/**
 * Changes a quote from its dialog in one undoable step: the speaker (an existing entity, or
 * a new person created on the way), the kind, the status and the comment. The change is
 * stamped with who made it and when (`updatedBy`, `updatedAt`).
 */
import type { Command } from 'prosemirror-state'
import { AnnotationError, patchAnnotation } from '@shared/annotations/factory'
import type { QuoteKind, QuoteStatus } from '@shared/model'
import { putAnnotations, resolveEntity, type EntityRef } from '@renderer/editor/annotations'
import { layerCommand } from '@renderer/editor/annotations/commands/run'

/** The fields of a quote's dialog. */
export interface QuoteFieldsEdit {
  /** An entity by id, a person by name (created if new), or null: no speaker. */
  speaker?: EntityRef | null
  quoteKind?: QuoteKind
  status?: QuoteStatus
  comment?: string
}

/** Updates quote `id`; a new speaker and the update are one step. */
export function editQuote(id: string, fields: QuoteFieldsEdit): Command {
  return layerCommand('editQuote', ({ state, layer, stamp }) => {
    const old = layer.annotations.get(id)
    if (!old || old.kind !== 'quote') throw new AnnotationError(`No quote with id ${id}`)
    let next = layer
    const ids = [id]
    let speakerId = old.speakerId
    if (fields.speaker !== undefined) {
      if (fields.speaker === null) speakerId = null
      else {
        const speaker = resolveEntity(layer, fields.speaker, 'person')
        next = speaker.layer
        speakerId = speaker.entity.id
        if (speaker.created) ids.push(speakerId)
      }
    }
    const patch = {
      speakerId,
      quoteKind: fields.quoteKind ?? old.quoteKind,
      status: fields.status ?? old.status,
      comment: fields.comment ?? old.comment
    }
    const unchanged =
      next === layer &&
      patch.speakerId === old.speakerId &&
      patch.quoteKind === old.quoteKind &&
      patch.status === old.status &&
      patch.comment === old.comment
    if (unchanged) return null
    return { layer: putAnnotations(next, state.doc, [patchAnnotation(old, patch, stamp)]), ids }
  })
}
