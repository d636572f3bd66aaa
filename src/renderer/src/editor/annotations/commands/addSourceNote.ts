/** Attaches a source note to the selection (a span can carry several). */
import type { Command } from 'prosemirror-state'
import { newSourceNote, type SourceNoteFields } from '@shared/annotations/factory'
import { addAnnotations } from '../layer'
import { layerCommand, targetRange, type RangeOption } from './run'

/** Options of {@link addSourceNote}. */
export interface AddSourceNoteOptions extends RangeOption {
  /** The new note's id (generated when absent). */
  id?: string
}

/** Adds a source note; a URL other than http(s) is refused (reported through `onError`). */
export function addSourceNote(
  fields: SourceNoteFields,
  options: AddSourceNoteOptions = {}
): Command {
  return layerCommand('addSourceNote', ({ state, layer, config, stamp }) => {
    const { from, to } = targetRange(state, options)
    const note = newSourceNote(config.target(state.doc, from, to), fields, {
      author: stamp.by,
      now: new Date(stamp.at),
      id: options.id
    })
    return {
      layer: addAnnotations(layer, state.doc, [{ annotation: note, from, to }]),
      ids: [note.id]
    }
  })
}
