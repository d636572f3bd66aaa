/**
 * Changes a quote from its dialog in one undoable step: the speaker (an existing entity, or
 * a new person created on the way), the kind, the status, the comment and the assignee. The
 * change is stamped with who made it and when (`updatedBy`, `updatedAt`); a change of status
 * goes into the check's history with `checkComment`.
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
  /** Who checks it; '' for nobody. */
  assignee?: string
  /** Why the status changed, kept in the history. */
  checkComment?: string
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
      comment: fields.comment ?? old.comment,
      assignee: fields.assignee !== undefined ? fields.assignee.trim() : (old.assignee ?? '')
    }
    const unchanged =
      next === layer &&
      patch.speakerId === old.speakerId &&
      patch.quoteKind === old.quoteKind &&
      patch.status === old.status &&
      patch.comment === old.comment &&
      patch.assignee === (old.assignee ?? '')
    if (unchanged) return null
    const quote = patchAnnotation(old, patch, stamp, fields.checkComment)
    return { layer: putAnnotations(next, state.doc, [quote]), ids }
  })
}
