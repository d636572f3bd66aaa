/** Type-ahead for the "link to an existing entity" picker, ranked with mention counts. */
import type { EditorState } from 'prosemirror-state'
import { mentionCounts } from '@shared/annotations/registry'
import {
  findEntities,
  type EntityMatch,
  type FindEntitiesOptions
} from '@shared/annotations/search'
import { layerOf } from '../plugin'

/** Entities matching what the annotator typed, best first (see `findEntities`). */
export function suggestEntities(
  state: EditorState,
  query: string,
  options: Omit<FindEntitiesOptions, 'counts'> = {}
): EntityMatch[] {
  const layer = layerOf(state)
  return findEntities(layer.entities.values(), query, {
    ...options,
    counts: mentionCounts(layer.annotations)
  })
}
