/**
 * The entity page: one person or organisation across the library. Its mentions in every
 * article, and for a speaker every quote with its kind, status and date, so the desk sees
 * what someone said everywhere and what of it was verified. Entities of different articles
 * are the same one when their {@link entityKey} (their registry id) is.
 */
import type { ArticleFile, Entity, QuoteKind, QuoteStatus } from '../model'
import { plainTextIndex, passageAround, type Passage } from './passage'
import { entityKey } from './entityKey'

/** One place the entity is named. */
export interface EntityPageMention {
  articleId: string
  articleTitle: string
  annotationId: string
  start: number
  end: number
  passage: Passage
}

/** One thing the entity said. */
export interface EntityPageQuote {
  articleId: string
  articleTitle: string
  annotationId: string
  text: string
  quoteKind: QuoteKind
  status: QuoteStatus
  /** When the quote was last changed (its status set, most often). */
  date: string
  comment: string
  start: number
  end: number
  orphaned: boolean
}

/** The entity page. */
export interface EntityPage {
  key: string
  name: string
  type: string
  aliases: string[]
  wikidataId: string | null
  articles: { id: string; title: string }[]
  mentions: EntityPageMention[]
  quotes: EntityPageQuote[]
}

/** The key of an entity of an article, or null when there is no such entity. */
export function entityKeyIn(file: ArticleFile, entityId: string): string | null {
  const entity = file.entities.find((e) => e.id === entityId)
  return entity ? entityKey(entity) : null
}

/**
 * The page of the entity with `key` over the given articles (most recently changed first is
 * the caller's order); null when no article has it. Mentions are cut at `maxMentions`.
 */
export function entityPage(
  files: Iterable<ArticleFile>,
  key: string,
  maxMentions = 500
): EntityPage | null {
  let first: Entity | undefined
  const aliases = new Set<string>()
  let wikidataId: string | null = null
  const articles: EntityPage['articles'] = []
  const mentions: EntityPageMention[] = []
  const quotes: EntityPageQuote[] = []
  for (const file of files) {
    const ids = new Set(file.entities.filter((e) => entityKey(e) === key).map((e) => e.id))
    if (!ids.size) continue
    for (const entity of file.entities) {
      if (!ids.has(entity.id)) continue
      first ??= entity
      entity.aliases.forEach((a) => aliases.add(a))
      wikidataId ??= entity.wikidataId ?? null
    }
    const title = file.article.title
    articles.push({ id: file.article.id, title })
    let text: ReturnType<typeof plainTextIndex> | undefined
    for (const annotation of file.annotations) {
      if (annotation.kind === 'mention' && ids.has(annotation.entityId)) {
        if (mentions.length >= maxMentions || annotation.orphaned) continue
        text ??= plainTextIndex(file.blocks)
        const { start, end } = annotation.target
        mentions.push({
          articleId: file.article.id,
          articleTitle: title,
          annotationId: annotation.id,
          start,
          end,
          passage: passageAround(text, start, end)
        })
      } else if (
        annotation.kind === 'quote' &&
        annotation.speakerId &&
        ids.has(annotation.speakerId)
      ) {
        quotes.push({
          articleId: file.article.id,
          articleTitle: title,
          annotationId: annotation.id,
          text: annotation.target.exact,
          quoteKind: annotation.quoteKind,
          status: annotation.status,
          date: annotation.updatedAt,
          comment: annotation.comment,
          start: annotation.target.start,
          end: annotation.target.end,
          orphaned: annotation.orphaned
        })
      }
    }
  }
  if (!first) return null
  aliases.delete(first.name)
  return {
    key,
    name: first.name,
    type: first.type,
    aliases: [...aliases],
    wikidataId,
    articles,
    mentions,
    quotes
  }
}
