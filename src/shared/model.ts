/**
 * The domain model: an article, its entity registry and its stand-off annotations, as
 * runtime schemas (zod) with the TypeScript types derived from them. Everything that
 * crosses a process boundary or is read from disk is parsed with these schemas.
 *
 * Offsets in a {@link TextTarget} are Unicode code points over the article's plain text
 * (see `text.ts`), never UTF-16 units, so that they mean the same in every language.
 */
import { z } from 'zod'

/**
 * Version of the on-disk article file; bump it and add a migration in `migrations.ts`.
 * Version 2 links entities to the library's registry (`registryId`) and adds `description`.
 */
export const ARTICLE_SCHEMA_VERSION = 2

/** Kinds of block an article is made of, in reading order. */
export const BlockType = z.enum(['headline', 'standfirst', 'heading', 'paragraph', 'source'])
export type BlockType = z.infer<typeof BlockType>

/** One block of the article: plain text only, no markup survives import. */
export const Block = z.object({
  type: BlockType,
  text: z.string()
})
export type Block = z.infer<typeof Block>

export const IsoDateTime = z.string().min(1)

/** Where an article came from. */
export const ArticleOrigin = z.object({
  kind: z.enum(['sample', 'paste', 'import']),
  fileName: z.string().optional(),
  format: z.enum(['txt', 'md', 'html']).optional()
})
export type ArticleOrigin = z.infer<typeof ArticleOrigin>

/** Identity and bookkeeping of an article. */
export const ArticleMeta = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  language: z.string().optional(),
  origin: ArticleOrigin,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

/** An ISO 8601 calendar date as precise as the text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/**
 * A normalised value for an entity such as "14,3 G$" or "49 %". A date may be an interval:
 * "mi-juin" is `date` 2025-06-11 `until` 2025-06-20 (inclusive); `until` is optional, so
 * files without it read as before.
 */
export const EntityValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('money'), amount: z.number(), currency: z.string().length(3) }),
  z.object({ kind: z.literal('percentage'), percent: z.number() }),
  z.object({
    kind: z.literal('date'),
    date: z.string().regex(ISO_PARTIAL_DATE),
    until: z.string().regex(ISO_PARTIAL_DATE).optional()
  }),
  z.object({ kind: z.literal('quantity'), amount: z.number(), unit: z.string().optional() })
])
export type EntityValue = z.infer<typeof EntityValue>

/** Built-in entity types; the set can be edited per library (see {@link EntityTypeDef}). */
export const DEFAULT_ENTITY_TYPE_IDS = [
  'person',
  'organisation',
  'place',
  'money',
  'percentage',
  'date',
  'product',
  'event',
  'other'
] as const

/** An entity type as the annotator sees it: a name, a colour and a one-key shortcut. */
export const EntityTypeDef = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1).max(40),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  key: z.string().regex(/^[a-z0-9]$/)
})
export type EntityTypeDef = z.infer<typeof EntityTypeDef>

/** A canonical entity: every mention of it, and every quote it speaks, points here. */
export const Entity = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional(),
  value: EntityValue.optional(),
  /** Who or what it is, in a sentence ("interim CEO of Scale AI since June 2025"). */
  description: z.string().optional(),
  /**
   * The entity's id in the library's registry (`entities.json`): the same person in every
   * article. The article keeps a copy of the registry's fields so that its file (and its
   * export) stays self-contained. Absent for values (money, percentages, dates).
   */
  registryId: z.string().min(1).optional()
})
export type Entity = z.infer<typeof Entity>

/**
 * Where an annotation points, twice: by position (code points over the plain text) and by
 * quote (`exact` with up to 32 code points of context either side), as in the W3C Web
 * Annotation model. The quote lets an annotation re-anchor when the text changes.
 */
export const TextTarget = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string()
  })
  .refine((t) => t.end >= t.start, { message: 'end must not be before start', path: ['end'] })
export type TextTarget = z.infer<typeof TextTarget>

const annotationBase = {
  id: z.string().min(1),
  target: TextTarget,
  /** True once the text under the annotation was deleted; the target keeps the last quote. */
  orphaned: z.boolean().default(false),
  createdBy: z.string(),
  createdAt: IsoDateTime,
  updatedBy: z.string(),
  updatedAt: IsoDateTime
}

export const QuoteKind = z.enum(['direct', 'indirect', 'paraphrase'])
export type QuoteKind = z.infer<typeof QuoteKind>
export const QuoteStatus = z.enum(['needs-checking', 'verified', 'disputed'])
export type QuoteStatus = z.infer<typeof QuoteStatus>

/** Who is on the check of a quote, claim or source note: a name, as in `createdBy`. */
export const Assignee = z.string().trim().min(1).max(80)

/** The fields of a check whose every change is recorded: a status, a claim's verdict. */
export const CheckedField = z.enum(['status', 'verdict'])
export type CheckedField = z.infer<typeof CheckedField>

/**
 * One change of a check: who changed which field, when, from what to what, and why. Entries
 * are only ever appended, each with its own id, so two replicas that each recorded a change
 * merge into a list holding both (see `annotations/checkHistory.ts`).
 */
export const CheckChange = z.object({
  id: z.string().min(1),
  field: CheckedField,
  /** The value before; null for a verdict not yet given. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  by: z.string(),
  at: IsoDateTime,
  /** Why, in the editor's words ("Confirmed by the press office"); absent when none given. */
  comment: z.string().max(2000).optional()
})
export type CheckChange = z.infer<typeof CheckChange>

/** What every checked annotation adds: an assignee and the history of its check. */
const checkFields = {
  assignee: Assignee.optional(),
  /** Oldest first; absent until the first change (files written before it have none). */
  checkHistory: z.array(CheckChange).optional()
}

/** A quotation attributed to a speaker (an entity, usually a person). */
export const Quote = z.object({
  ...annotationBase,
  kind: z.literal('quote'),
  speakerId: z.string().nullable(),
  quoteKind: QuoteKind,
  status: QuoteStatus,
  comment: z.string().default(''),
  ...checkFields
})
export type Quote = z.infer<typeof Quote>

/** One mention in the text of a canonical entity. */
export const EntityMention = z.object({
  ...annotationBase,
  kind: z.literal('mention'),
  entityId: z.string().min(1)
})
export type EntityMention = z.infer<typeof EntityMention>

export const SourceKind = z.enum([
  'document',
  'interview',
  'press-release',
  'filing',
  'web-page',
  'social-post',
  'other'
])
export type SourceKind = z.infer<typeof SourceKind>

/** Only web links a newsroom can open safely. */
export const HttpUrl = z
  .string()
  .max(2048)
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return url.protocol === 'http:' || url.protocol === 'https:'
      } catch {
        return false
      }
    },
    { message: 'Only http and https addresses are accepted' }
  )

/** Where a fact comes from: a memo, an interview, a filing, a web page. */
export const SourceNote = z.object({
  ...annotationBase,
  kind: z.literal('source-note'),
  text: z.string(),
  sourceKind: SourceKind,
  title: z.string().default(''),
  url: HttpUrl.optional(),
  consultedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Whether the source itself was checked; notes written before it have none. */
  status: QuoteStatus.optional(),
  ...checkFields
})
export type SourceNote = z.infer<typeof SourceNote>

export const ClaimVerdict = z.enum(['true', 'mostly-true', 'misleading', 'false', 'unverifiable'])
export type ClaimVerdict = z.infer<typeof ClaimVerdict>

/**
 * A factual statement to check ("représente le deuxième plus important investissement de
 * Meta"): who makes it, the verdict once checked, why, and the source notes that back it. Its
 * status uses the same words as a quote's (needs checking, verified, disputed).
 */
export const Claim = z.object({
  ...annotationBase,
  kind: z.literal('claim'),
  speakerId: z.string().nullable().default(null),
  status: QuoteStatus,
  verdict: ClaimVerdict.nullable().default(null),
  rationale: z.string().default(''),
  sourceNoteIds: z.array(z.string().min(1)).default([]),
  ...checkFields
})
export type Claim = z.infer<typeof Claim>

export const Annotation = z.discriminatedUnion('kind', [Quote, EntityMention, SourceNote, Claim])
export type Annotation = z.infer<typeof Annotation>
export type AnnotationKind = Annotation['kind']
/** The annotation of one kind: `AnnotationOf<'quote'>` is {@link Quote}. */
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>
/** Every annotation kind, read from the union itself so that no list is typed twice. */
export const ANNOTATION_KINDS: readonly AnnotationKind[] = Annotation.options.map(
  (option) => option.shape.kind.value
)

/** The whole article file as stored in the library (one lowdb JSON file per article). */
export const ArticleFile = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  article: ArticleMeta,
  blocks: z.array(Block).min(1),
  entities: z.array(Entity).default([]),
  annotations: z.array(Annotation).default([]),
  /**
   * Keys of the newsroom assist's suggestions the editor rejected for this article (see
   * docs/suggestions.md), so they are not offered again. Absent until the first rejection.
   */
  rejectedSuggestions: z.array(z.string().min(1).max(2000)).max(10000).optional()
})
export type ArticleFile = z.infer<typeof ArticleFile>

/** One row of the library listing. */
export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string(),
  updatedAt: IsoDateTime,
  annotationCount: z.number().int().nonnegative(),
  /** Quotes (and other checked kinds) that still need checking or are disputed. */
  toCheck: z.number().int().nonnegative().optional()
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

/** A file in the library that could not be read; it has been moved to quarantine. */
export const DamagedFile = z.object({
  fileName: z.string(),
  quarantinedAs: z.string(),
  reason: z.string(),
  detectedAt: IsoDateTime,
  /** Where the version put back in its place came from (a kept version), if one was. */
  restoredFrom: z.string().optional()
})
export type DamagedFile = z.infer<typeof DamagedFile>

export const UiLanguage = z.enum(['system', 'en', 'fr'])
export type UiLanguage = z.infer<typeof UiLanguage>

/** Settings kept with the library (`library.json`): shared by everyone using the folder. */
export const LibrarySettings = z.object({
  schemaVersion: z.literal(1),
  entityTypes: z.array(EntityTypeDef).min(1),
  authorName: z.string().max(80).default(''),
  language: UiLanguage.default('system'),
  /**
   * The newsroom that publishes the fact checks: the author of a ClaimReview, named in the
   * fact-check report. Absent from older libraries, hence the default.
   */
  organisationName: z.string().max(120).default('')
})
export type LibrarySettings = z.infer<typeof LibrarySettings>

/** The default entity types, colours chosen to keep 4.5:1 text contrast as light tints. */
export const DEFAULT_ENTITY_TYPES: EntityTypeDef[] = [
  { id: 'person', name: 'Person', color: '#2f6fdb', key: 'p' },
  { id: 'organisation', name: 'Organisation', color: '#1d8a5a', key: 'o' },
  { id: 'place', name: 'Place', color: '#b35c00', key: 'l' },
  { id: 'money', name: 'Money', color: '#8a6d00', key: 'm' },
  { id: 'percentage', name: 'Percentage', color: '#a63d8f', key: 'c' },
  { id: 'date', name: 'Date', color: '#5b55c9', key: 'd' },
  { id: 'product', name: 'Product', color: '#0f7f8c', key: 'r' },
  { id: 'event', name: 'Event', color: '#c0392b', key: 'e' },
  { id: 'other', name: 'Other', color: '#6b6b6b', key: 'x' }
]

export function defaultLibrarySettings(): LibrarySettings {
  return {
    schemaVersion: 1,
    entityTypes: DEFAULT_ENTITY_TYPES.map((t) => ({ ...t })),
    authorName: '',
    language: 'system',
    organisationName: ''
  }
}
