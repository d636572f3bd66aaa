/** Ids of annotations and entities: short random strings, unique within an article. */
import { nanoid } from 'nanoid'

/** Length of generated ids: 12 URL-safe characters, collision-free at article scale. */
export const ID_LENGTH = 12

/**
 * A new id for an annotation, an entity or a check-history entry. Never starting with "-":
 * a CSV export prefixes such a cell with an apostrophe (it could be read as a formula), which
 * would change the id, and on a command line it reads as an option.
 */
export function newId(): string {
  let id = nanoid(ID_LENGTH)
  while (id.startsWith('-')) id = nanoid(ID_LENGTH)
  return id
}
