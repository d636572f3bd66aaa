/**
 * Runtime schemas of what the library memory's contract rows carry (search results, the verification
 * queue, entity pages), checked like every other answer that crosses to the renderer.
 */
import { z } from 'zod'
import { CHECK_STATUSES } from './checks'
import { LibraryEntity } from './libraryEntities'

const Passage = z.object({ before: z.string(), match: z.string(), after: z.string() })
const Offset = z.number().int().nonnegative()

export const SearchHitSchema = z.object({
  kind: z.enum(['text', 'quote', 'source-note', 'entity']),
  annotationId: z.string().nullable(),
  label: z.string().nullable(),
  entityKey: z.string().nullable(),
  passage: Passage,
  start: Offset.nullable(),
  end: Offset.nullable()
})

export const LibrarySearchResultSchema = z.object({
  articles: z.array(
    z.object({
      articleId: z.string(),
      title: z.string(),
      count: z.number().int().nonnegative(),
      hits: z.array(SearchHitSchema)
    })
  ),
  total: z.number().int().nonnegative()
})

export const CheckStatusSchema = z.enum(CHECK_STATUSES)

export const QueueFilterSchema = z.object({
  statuses: z.array(CheckStatusSchema).max(10).optional(),
  kinds: z.array(z.string().max(40)).max(10).optional(),
  articleId: z.string().max(200).optional(),
  assignee: z.string().max(80).optional(),
  speakerKey: z.string().max(400).optional()
})

const QueueItemSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  annotationId: z.string(),
  kind: z.string(),
  status: CheckStatusSchema,
  assignee: z.string().nullable(),
  speakerKey: z.string().nullable(),
  speakerName: z.string().nullable(),
  quoteKind: z.string().nullable(),
  text: z.string(),
  start: Offset,
  end: Offset,
  orphaned: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string()
})

const Facets = z.array(
  z.object({ value: z.string(), label: z.string(), count: z.number().int().nonnegative() })
)

export const QueueViewSchema = z.object({
  items: z.array(QueueItemSchema),
  total: z.number().int().nonnegative(),
  facets: z.object({
    articles: Facets,
    speakers: Facets,
    assignees: Facets,
    kinds: Facets,
    statuses: Facets
  })
})

export const EntityPageSchema = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  wikidataId: z.string().nullable(),
  /** The registry's description of the entity, when it has one. */
  description: z.string().nullable().default(null),
  articles: z.array(z.object({ id: z.string(), title: z.string() })),
  mentions: z.array(
    z.object({
      articleId: z.string(),
      articleTitle: z.string(),
      annotationId: z.string(),
      start: Offset,
      end: Offset,
      passage: Passage
    })
  ),
  quotes: z.array(
    z.object({
      articleId: z.string(),
      articleTitle: z.string(),
      annotationId: z.string(),
      text: z.string(),
      quoteKind: z.enum(['direct', 'indirect', 'paraphrase']),
      status: z.enum(['needs-checking', 'verified', 'disputed']),
      date: z.string(),
      comment: z.string(),
      start: Offset,
      end: Offset,
      orphaned: z.boolean()
    })
  )
})

/** One entity of the library's registry, with how many articles use it. */
export const LibraryEntityListingSchema = LibraryEntity.extend({
  articles: z.number().int().nonnegative()
})

/** What a library-wide change to an entity did. */
export const LibraryEntityChangeSchema = z.object({
  entity: LibraryEntity,
  /** Articles rewritten. */
  articles: z.number().int().nonnegative(),
  /** Articles that could not be rewritten now; they follow at their next save. */
  failed: z.array(z.object({ articleId: z.string(), reason: z.string() }))
})
