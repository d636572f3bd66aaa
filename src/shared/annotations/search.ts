/**
 * Type-ahead over the entity registry, for the "link to an existing entity" picker: typing
 * "droe", "Droege" or "jason d" finds Jason Droege; "elysee" finds "Élysée". Matching is
 * accent- and case-insensitive ({@link foldForSearch}); results are ranked so the entity the
 * annotator most likely means comes first.
 */
import type { Entity } from '../model'
import { foldForSearch, foldedWords } from './fold'

/** One result of {@link findEntities}. */
export interface EntityMatch {
  entity: Entity
  /** Higher is better; see the ranking in {@link findEntities}. */
  score: number
  /** The name or alias that matched, as written in the registry. */
  matched: string
}

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /** Only entities of this type (or these types). */
  type?: string | readonly string[]
  /** At most this many results (default 10). */
  limit?: number
  /** Mention counts by entity id: among equal matches, the more mentioned come first. */
  counts?: ReadonlyMap<string, number>
}

/** How well one folded label matches the folded query (0 when it does not). */
function labelScore(label: string, query: string): number {
  if (label === query) return 100
  if (label.startsWith(query)) return 80
  const words = foldedWords(label)
  const queryWords = foldedWords(query)
  if (words.some((w) => w.startsWith(query))) return 60
  // Every word typed starts some word of the label, in any order: "droege jas".
  if (queryWords.length > 1 && queryWords.every((q) => words.some((w) => w.startsWith(q))))
    return 50
  if (label.includes(query)) return 30
  return 0
}

/**
 * Entities matching a typed query, best first. A name scores a little above an alias that
 * matches as well; ties go to the more mentioned entity, then the shorter name, then
 * alphabetical order. An empty query lists entities by mentions then name.
 */
export function findEntities(
  entities: Iterable<Entity>,
  query: string,
  options: FindEntitiesOptions = {}
): EntityMatch[] {
  const q = foldForSearch(query)
  const types =
    options.type === undefined
      ? undefined
      : new Set(typeof options.type === 'string' ? [options.type] : options.type)
  const counts = options.counts
  const results: EntityMatch[] = []
  for (const entity of entities) {
    if (types && !types.has(entity.type)) continue
    if (!q) {
      results.push({ entity, score: 1, matched: entity.name })
      continue
    }
    let best = labelScore(foldForSearch(entity.name), q)
    let matched = entity.name
    if (best) best += 5
    for (const alias of entity.aliases) {
      const s = labelScore(foldForSearch(alias), q)
      if (s > best) {
        best = s
        matched = alias
      }
    }
    if (best > 0) results.push({ entity, score: best, matched })
  }
  results.sort(
    (a, b) =>
      b.score - a.score ||
      (counts?.get(b.entity.id) ?? 0) - (counts?.get(a.entity.id) ?? 0) ||
      a.entity.name.length - b.entity.name.length ||
      a.entity.name.localeCompare(b.entity.name)
  )
  return results.slice(0, options.limit ?? 10)
}
