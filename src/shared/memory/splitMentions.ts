/**
 * One article's part of splitting an entity for the whole library, mention by mention: the
 * chosen mentions (and quotes or claims it speaks) of the article's copies of one registry
 * entity move to a new copy of the entity split off; a copy left with nothing pointing at it
 * goes, so the article no longer counts among the original's. Pure: LibraryEntities applies
 * it to every article named, through the Library.
 */
import type { Stamp } from '../annotations/registry'
import { kindOf } from '../annotations/kinds'
import type { ArticleFile, Entity } from '../model'
import { copyOf, type LibraryEntity } from './libraryEntities'

/** What to split off in one article. */
export interface SplitOff {
  /** True for the article's copies of the entity being split. */
  isFrom(entity: Entity): boolean
  /** The registry record split off. */
  to: LibraryEntity
  /** The annotations (mentions, quotes, claims) to move, by id. */
  annotationIds: ReadonlySet<string>
  /** The id the new copy gets in the article. */
  newEntityId: string
  stamp: Stamp
}

/** The article with the chosen annotations moved to the new entity; null when none is here. */
export function splitOffMentions(file: ArticleFile, split: SplitOff): ArticleFile | null {
  const from = new Set(file.entities.filter((e) => split.isFrom(e)).map((e) => e.id))
  const copy = copyOf(
    { id: split.newEntityId, type: split.to.type, name: '', aliases: [] },
    split.to
  )
  let moved = 0
  const annotations = file.annotations.map((a) => {
    const link = kindOf(a).entityLink
    const id = link?.of(a)
    if (!link || !id || !from.has(id) || !split.annotationIds.has(a.id)) return a
    moved++
    return { ...link.to(a, copy.id), updatedBy: split.stamp.by, updatedAt: split.stamp.at }
  })
  if (!moved) return null
  const stillUsed = new Set(annotations.map((a) => kindOf(a).entityLink?.of(a)))
  const entities = file.entities.filter((e) => !from.has(e.id) || stillUsed.has(e.id))
  return { ...file, entities: [...entities, copy], annotations }
}
