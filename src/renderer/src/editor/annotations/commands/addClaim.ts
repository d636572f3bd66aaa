/** Marks the selection as a claim to check. */
import type { Command } from 'prosemirror-state'
import { newClaim, type ClaimFields } from '@shared/annotations/factory'
import { addAnnotations } from '../layer'
import { layerCommand, targetRange, type RangeOption } from './run'

/** Options of {@link addClaim}. */
export interface AddClaimOptions extends RangeOption {
  /** The new claim's id (generated when absent). */
  id?: string
}

/** Adds a claim over the selection (or the given range); a speaker must be an entity. */
export function addClaim(fields: ClaimFields, options: AddClaimOptions = {}): Command {
  return layerCommand('addClaim', ({ state, layer, config, stamp }) => {
    const { from, to } = targetRange(state, options)
    const claim = newClaim(config.target(state.doc, from, to), fields, {
      author: stamp.by,
      now: new Date(stamp.at),
      id: options.id
    })
    return {
      layer: addAnnotations(layer, state.doc, [{ annotation: claim, from, to }]),
      ids: [claim.id]
    }
  })
}
