/**
 * What the library derives from an article file's content: its summary for the list, the
 * registry ids its entities are linked to, and whether two files hold the same content.
 */
import { countOpenChecks } from '@shared/memory/checks'
import type { ArticleFile, ArticleSummary } from '@shared/model'
import { sameJson } from '@shared/sameJson'

/** Longest title kept (the contract's limit for renames). */
const MAX_TITLE = 300

/** An article's line in the library list. */
export function summaryOf(file: ArticleFile): ArticleSummary {
  return {
    id: file.article.id,
    title: file.article.title,
    updatedAt: file.article.updatedAt,
    annotationCount: file.annotations.length,
    toCheck: countOpenChecks(file.annotations)
  }
}

/** Entity id → registry id of an article's linked entities. */
export function registryIdsOf(file: ArticleFile): Record<string, string> {
  const ids: Record<string, string> = {}
  for (const entity of file.entities) if (entity.registryId) ids[entity.id] = entity.registryId
  return ids
}

/** The same file but for the time it was last written. */
export function sameContent(a: ArticleFile, b: ArticleFile): boolean {
  return sameJson(
    { ...a, article: { ...a.article, updatedAt: '' } },
    { ...b, article: { ...b.article, updatedAt: '' } }
  )
}

/** A title trimmed and cut to the longest kept, by code points (never mid-character). */
export function clampTitle(title: string): string {
  const points = [...title.trim()]
  return points.length > MAX_TITLE ? points.slice(0, MAX_TITLE).join('') : points.join('')
}
