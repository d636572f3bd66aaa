/** Ids of annotations and entities: short random strings, unique within an article. */
import { nanoid } from 'nanoid'

/** Length of generated ids: 12 URL-safe characters, collision-free at article scale. */
export const ID_LENGTH = 12

/** A new id for an annotation or an entity. */
export function newId(): string {
  return nanoid(ID_LENGTH)
}
