/** Marks the selection as a quote, attributed to a speaker (created if new). */
import type { Command } from 'prosemirror-state'
import { newQuote } from '@shared/annotations/factory'
import type { QuoteKind, QuoteStatus } from '@shared/model'
import { addAnnotations } from '../layer'
import { resolveEntity, type EntityRef } from './entityRef'
import { layerCommand, targetRange, type RangeOption } from './run'

/** What the quote says beyond its text. */
export interface AddQuoteOptions extends RangeOption {
  /** The speaker: an entity by id, or by name (a person, created if new); null: not yet known. */
  speaker?: EntityRef | null
  /** Direct by default. */
  quoteKind?: QuoteKind
  /** Needs checking by default. */
  status?: QuoteStatus
  comment?: string
  /** Who checks it; empty: nobody yet. */
  assignee?: string
  /** The new quote's id (generated when absent). */
  id?: string
}

/** Adds a quote over the selection; with a new speaker, both are one undo step. */
export function addQuote(options: AddQuoteOptions = {}): Command {
  return layerCommand('addQuote', ({ state, layer, config, stamp }) => {
    const { from, to } = targetRange(state, options)
    let next = layer
    let speakerId: string | null = null
    const ids: string[] = []
    if (options.speaker) {
      const speaker = resolveEntity(layer, options.speaker, 'person')
      next = speaker.layer
      speakerId = speaker.entity.id
      if (speaker.created) ids.push(speakerId)
    }
    const quote = newQuote(
      config.target(state.doc, from, to),
      {
        speakerId,
        quoteKind: options.quoteKind,
        status: options.status,
        comment: options.comment,
        assignee: options.assignee
      },
      { author: stamp.by, now: new Date(stamp.at), id: options.id }
    )
    ids.unshift(quote.id)
    return { layer: addAnnotations(next, state.doc, [{ annotation: quote, from, to }]), ids }
  })
}
