/**
 * The one IPC contract: every channel between the renderer and the main process, with a
 * runtime schema for its request and its response. Main registers a handler per row,
 * preload exposes one method per row, and the loopback web host serves the same rows over
 * HTTP. Adding a feature that crosses processes means adding one row here.
 */
import { z } from 'zod'
import { OrphanReason } from './anchoring/anchorRules'
import {
  DeskArticleStatus,
  DeskOverview,
  DeskSettingsChange,
  DeskSettingsView
} from './desk/deskSchemas'
import {
  ANNOTATION_KINDS,
  Annotation,
  ArticleFile,
  ArticleSummary,
  Block,
  DamagedFile,
  Entity,
  HttpUrl,
  LibrarySettings,
  EntityTypeDef,
  UiLanguage
} from './model'
import {
  MAX_ALIASES,
  MAX_ANNOTATIONS,
  MAX_ARTICLE_CHARS,
  MAX_BLOCKS,
  MAX_CONTEXT_CHARS,
  MAX_ENTITIES,
  MAX_ENTITY_TYPES,
  MAX_AUTHOR_CHARS,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_NOTE_TITLE_CHARS,
  MAX_STAMP_CHARS,
  MAX_TITLE_CHARS,
  requestSizeProblem
} from './limits'
import {
  EntityPageSchema,
  LibraryEntityChangeSchema,
  LibraryEntityListingSchema,
  LibrarySearchResultSchema,
  QueueFilterSchema,
  QueueViewSchema
} from './memory/schemas'

/** Largest file the importer accepts (bytes, before decoding). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
/** Largest pasted text accepted (UTF-16 units): a whole article. */
export const MAX_PASTE_CHARS = MAX_ARTICLE_CHARS

const ArticleId = z.string().min(1).max(MAX_ID_CHARS)
/** An entity's id in the library's registry. */
const RegistryId = z.string().min(1).max(MAX_ID_CHARS)
/** Most articles one split names (a library's worth). */
const MAX_SPLIT_ARTICLES = 100_000
const Title = z
  .string()
  .max(MAX_TITLE_CHARS)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'A title cannot be empty'))

/** Adds a `too_big` issue when a string is longer than `max`. */
function checkLength(
  ctx: z.RefinementCtx,
  value: string | undefined,
  max: number,
  path: (string | number)[]
): void {
  if (value === undefined || value.length <= max) return
  ctx.addIssue({
    code: 'too_big',
    origin: 'string',
    maximum: max,
    inclusive: true,
    input: value,
    path,
    message: `Too long: ${value.length} characters, at most ${max}`
  })
}

/**
 * The limits inside a saved layer (see limits.ts): every name, note, quote and id, and the
 * text of the article as a whole. The model's own schemas stay unbounded so that a file on
 * disk is always readable; what crosses the contract is bounded here.
 */
function checkLayerLimits(
  request: { entities: Entity[]; annotations: Annotation[]; blocks?: Block[] },
  ctx: z.RefinementCtx
): void {
  request.entities.forEach((entity, i) => {
    const at = ['entities', i]
    checkLength(ctx, entity.id, MAX_ID_CHARS, [...at, 'id'])
    checkLength(ctx, entity.type, MAX_NAME_CHARS, [...at, 'type'])
    checkLength(ctx, entity.name, MAX_NAME_CHARS, [...at, 'name'])
    if (entity.aliases.length > MAX_ALIASES) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'array',
        maximum: MAX_ALIASES,
        inclusive: true,
        input: entity.aliases,
        path: [...at, 'aliases'],
        message: `Too many aliases: ${entity.aliases.length}, at most ${MAX_ALIASES}`
      })
    }
    entity.aliases.forEach((alias, j) =>
      checkLength(ctx, alias, MAX_NAME_CHARS, [...at, 'aliases', j])
    )
  })
  request.annotations.forEach((a, i) => {
    const at = ['annotations', i]
    checkLength(ctx, a.id, MAX_ID_CHARS, [...at, 'id'])
    checkLength(ctx, a.target.exact, MAX_ARTICLE_CHARS, [...at, 'target', 'exact'])
    checkLength(ctx, a.target.prefix, MAX_CONTEXT_CHARS, [...at, 'target', 'prefix'])
    checkLength(ctx, a.target.suffix, MAX_CONTEXT_CHARS, [...at, 'target', 'suffix'])
    for (const field of ['createdBy', 'updatedBy'] as const)
      checkLength(ctx, a[field], MAX_NAME_CHARS, [...at, field])
    for (const field of ['createdAt', 'updatedAt'] as const)
      checkLength(ctx, a[field], MAX_STAMP_CHARS, [...at, field])
    if (a.kind === 'quote') {
      checkLength(ctx, a.speakerId ?? undefined, MAX_ID_CHARS, [...at, 'speakerId'])
      checkLength(ctx, a.comment, MAX_NOTE_CHARS, [...at, 'comment'])
    } else if (a.kind === 'mention') {
      checkLength(ctx, a.entityId, MAX_ID_CHARS, [...at, 'entityId'])
    } else if (a.kind === 'source-note') {
      checkLength(ctx, a.text, MAX_NOTE_CHARS, [...at, 'text'])
      checkLength(ctx, a.title, MAX_NOTE_TITLE_CHARS, [...at, 'title'])
    } else if (a.kind === 'claim') {
      checkLength(ctx, a.speakerId ?? undefined, MAX_ID_CHARS, [...at, 'speakerId'])
      checkLength(ctx, a.rationale, MAX_NOTE_CHARS, [...at, 'rationale'])
      a.sourceNoteIds.forEach((id, i) =>
        checkLength(ctx, id, MAX_ID_CHARS, [...at, 'sourceNoteIds', i])
      )
    }
  })
  if (request.blocks) {
    const total = request.blocks.reduce((sum, block) => sum + block.text.length, 0)
    if (total > MAX_ARTICLE_CHARS) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: MAX_ARTICLE_CHARS,
        inclusive: true,
        input: total,
        path: ['blocks'],
        message: `The article text is ${total} characters, at most ${MAX_ARTICLE_CHARS}`
      })
    }
  }
}

export const LibraryListing = z.object({
  folder: z.string(),
  articles: z.array(ArticleSummary),
  damaged: z.array(DamagedFile)
})
export type LibraryListing = z.infer<typeof LibraryListing>

/** The export formats (as in src/shared/export, kept here so the renderer need not load it). */
export const ExportFormatName = z.enum(['native', 'w3c', 'csv', 'claimreview'])
export type ExportFormatName = z.infer<typeof ExportFormatName>

/** Largest annotation file `importAnnotations` takes (UTF-16 units; main checks bytes too). */
export const MAX_ANNOTATION_FILE_CHARS = MAX_IMPORT_BYTES

/** One file an export wrote: where, and how large (bytes of UTF-8). */
export const ExportedFileInfo = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative()
})
export type ExportedFileInfo = z.infer<typeof ExportedFileInfo>

/** What an annotation import did: a new article, or a W3C file applied to an article. */
export const AnnotationImport = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('native'),
    article: ArticleSummary,
    /** The file's article id was taken in this library, so the article got a new one. */
    idChanged: z.boolean(),
    entityCount: z.number().int().nonnegative()
  }),
  z.object({
    kind: z.literal('w3c'),
    article: ArticleSummary,
    entityCount: z.number().int().nonnegative(),
    report: z.object({
      total: z.number().int().nonnegative(),
      exact: z.number().int().nonnegative(),
      fuzzy: z.number().int().nonnegative(),
      orphan: z.number().int().nonnegative(),
      /** The annotations that found no place, with the quote they had. */
      orphans: z.array(
        z.object({
          id: z.string(),
          kind: z.literal(ANNOTATION_KINDS),
          exact: z.string(),
          /** Why it found no place (see `ORPHAN_REASONS` in src/shared/anchoring). */
          reason: OrphanReason.optional()
        })
      )
    })
  })
])
export type AnnotationImport = z.infer<typeof AnnotationImport>

/** Who may write to the library folder: this process, or (read-only) someone else. */
export const LibraryAccess = z.object({
  readOnly: z.boolean(),
  /** Why the library is read-only, in words for the user. */
  reason: z.string().optional()
})
export type LibraryAccess = z.infer<typeof LibraryAccess>

/** One kept version of an article, as the History dialog lists it. */
export const ArticleVersion = z.object({
  /** Names the version for `restoreArticleVersion`. */
  id: z.string(),
  savedAt: z.string(),
  /** The author name set in the settings when it was saved, if any. */
  author: z.string().nullable(),
  /** `found-on-disk`: a version another program wrote, kept before the app wrote over it. */
  event: z.enum(['saved', 'restored', 'found-on-disk']),
  /** For a restore: when the version it brought back had been saved. */
  restoredFrom: z.string().optional(),
  title: z.string(),
  quotes: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  /** True for the version that is the article file now. */
  current: z.boolean()
})
export type ArticleVersion = z.infer<typeof ArticleVersion>

/**
 * What the main process answers to each opening and save of an article: it names the content
 * the editor now holds, so that the next save can send only what changed since
 * (`saveArticleChanges`).
 */
const Revision = z.string().min(1).max(64)

/** An article as opened in the editor, with the revision its next changes are against. */
export const OpenedArticle = ArticleFile.extend({ revision: Revision.optional() })
export type OpenedArticle = z.infer<typeof OpenedArticle>

/**
 * Values a contract schema produced, with that schema. A parse gives a new object, and
 * nothing changes one in place afterwards (the library hands the same read of an unchanged
 * file out again), so such a value still matches: `dispatch` sends it without parsing it
 * again. An article file is checked once, when it is read from disk, and not a second time
 * on its way to the editor (about 20 ms at 10,000 annotations).
 */
const produced = new WeakMap<object, z.ZodType>()

/** Parses `value` with `schema` and remembers the result as that schema's (see {@link produced}). */
export function parseAndRemember<T extends z.ZodType>(
  schema: T,
  value: unknown
): z.ZodSafeParseResult<z.output<T>> {
  const parsed = schema.safeParse(value)
  if (parsed.success && typeof parsed.data === 'object' && parsed.data !== null)
    produced.set(parsed.data, schema)
  return parsed
}

/** Whether `value` is what `schema` produced (see {@link produced}). */
function producedBy(schema: z.ZodType, value: unknown): boolean {
  return typeof value === 'object' && value !== null && produced.get(value) === schema
}

/**
 * The answer to `openArticle`: `file` with the revision of its opening. When the article
 * schema produced `file` (it was checked when read) and the revision is one, `dispatch` sends
 * it as it is; anything else it checks whole, as every response.
 */
export function openedArticle(file: ArticleFile, revision: string): OpenedArticle {
  const opened: OpenedArticle = { ...file, revision }
  if (producedBy(ArticleFile, file) && Revision.safeParse(revision).success) {
    produced.set(opened, OpenedArticle)
    openedFrom.set(opened, { file, revision })
  }
  return opened
}

/** The checked file and the revision each checked opening answer was made of. */
const openedFrom = new WeakMap<object, { file: ArticleFile; revision: string }>()

/**
 * The file and revision `value` was made of by {@link openedArticle}, when it is such an
 * answer (checked, and unchanged since, as every value {@link produced} remembers): a host can
 * then reuse what it already made of the file (the web host's JSON of it).
 */
export function openedParts(value: unknown): { file: ArticleFile; revision: string } | undefined {
  return typeof value === 'object' && value !== null && producedBy(OpenedArticle, value)
    ? openedFrom.get(value)
    : undefined
}

/** What a save answers. */
const SavedArticle = z.object({
  updatedAt: z.string(),
  /**
   * Entity id → registry id of the saved entities linked to the library's registry, so
   * the open editor knows at once what an entity tagged since opening stands for.
   */
  registryIds: z.record(z.string(), z.string()).optional(),
  /** The revision of what was saved: the base of the next `saveArticleChanges`. */
  revision: Revision.optional(),
  /**
   * The article's line in the library list as saved (its counts): the editor need not work
   * out the whole saved layer again to show them.
   */
  summary: ArticleSummary.optional()
})

/** Rejected suggestion keys, as a save carries them. */
const RejectedSuggestions = z.array(z.string().min(1).max(2000)).max(10000)

/** Longest version id accepted (a file name made from a timestamp). */
const VersionId = z.string().min(1).max(64)

export const contract = {
  /** The articles in the library and any damaged files found in it. */
  listLibrary: { request: z.object({}), response: LibraryListing },
  /** One article with its blocks, entities and annotations. */
  openArticle: { request: z.object({ id: ArticleId }), response: OpenedArticle },
  /** A new article from pasted text (first line is the title, blank lines split paragraphs). */
  createArticle: {
    request: z.object({
      text: z.string().max(MAX_PASTE_CHARS),
      title: z.string().max(MAX_TITLE_CHARS).optional()
    }),
    response: ArticleSummary
  },
  /** A new article from a .txt, .md or .html file the user picked. */
  importArticle: {
    request: z.object({
      fileName: z.string().min(1).max(255),
      // base64 of at most MAX_IMPORT_BYTES; the handler rejects larger files with a message.
      contentBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8 + 1024)
    }),
    response: ArticleSummary
  },
  renameArticle: { request: z.object({ id: ArticleId, title: Title }), response: ArticleSummary },
  /** Moves the article file to the library's trash folder. */
  deleteArticle: {
    request: z.object({ id: ArticleId }),
    response: z.object({ trashedAs: z.string() })
  },
  /** Saves the annotation layer (and, after "Edit text", the corrected blocks). */
  saveArticle: {
    request: z
      .object({
        id: ArticleId,
        entities: z.array(Entity).max(MAX_ENTITIES),
        annotations: z.array(Annotation).max(MAX_ANNOTATIONS),
        blocks: z.array(Block).min(1).max(MAX_BLOCKS).optional(),
        /** The assist's rejected suggestion keys; absent leaves the saved ones as they are. */
        rejectedSuggestions: RejectedSuggestions.optional()
      })
      .superRefine(checkLayerLimits),
    response: SavedArticle
  },
  /**
   * Saves what changed since `base` (the revision the last save or the opening answered):
   * blocks spliced, annotations and entities put or removed, the annotations not named moved
   * with the text (see src/shared/articleDelta.ts). Main applies it to what it holds of that
   * revision and saves the result exactly as `saveArticle` would. Refused with `base-changed`
   * (nothing written) when it no longer holds that revision: the editor then saves the whole.
   */
  saveArticleChanges: {
    request: z
      .object({
        id: ArticleId,
        base: Revision,
        text: z
          .object({
            start: z.number().int().nonnegative().max(MAX_BLOCKS),
            deleteCount: z.number().int().nonnegative().max(MAX_BLOCKS),
            blocks: z.array(Block).max(MAX_BLOCKS)
          })
          .optional(),
        entities: z.object({
          put: z.array(Entity).max(MAX_ENTITIES),
          remove: z.array(z.string().max(MAX_ID_CHARS)).max(MAX_ENTITIES)
        }),
        annotations: z.object({
          put: z.array(Annotation).max(MAX_ANNOTATIONS),
          remove: z.array(z.string().max(MAX_ID_CHARS)).max(MAX_ANNOTATIONS)
        }),
        rejectedSuggestions: RejectedSuggestions.optional()
      })
      .superRefine((request, ctx) =>
        checkLayerLimits(
          {
            entities: request.entities.put,
            annotations: request.annotations.put,
            blocks: request.text?.blocks
          },
          ctx
        )
      ),
    response: SavedArticle
  },
  getSettings: { request: z.object({}), response: LibrarySettings },
  updateSettings: {
    request: z.object({
      entityTypes: z.array(EntityTypeDef).min(1).max(MAX_ENTITY_TYPES).optional(),
      authorName: z.string().max(MAX_AUTHOR_CHARS).optional(),
      language: UiLanguage.optional(),
      organisationName: z.string().max(120).optional()
    }),
    response: LibrarySettings
  },
  /** Opens an http(s) link in the system browser, after main has parsed and checked it. */
  openExternal: {
    request: z.object({ url: HttpUrl }),
    response: z.object({ opened: z.boolean() })
  },
  /**
   * Writes an article in one format (checked against the JSON Schema first) where the export
   * target says: the Save dialog in Electron, the library's exports/ folder in the web host,
   * or the folder of NEWSROOM_EXPORT_DIR. `cancelled` when the user closed the dialog.
   */
  exportArticle: {
    request: z.object({
      id: ArticleId,
      format: ExportFormatName,
      /** ClaimReview only: the published article's address. */
      articleUrl: HttpUrl.optional()
    }),
    response: z.object({ cancelled: z.boolean(), files: z.array(ExportedFileInfo) })
  },
  /**
   * Reads an annotation file: a native `*.newsroom.json` becomes a new article (a new id if
   * its id is taken); a W3C `*.jsonld` replaces the layer of `ontoArticleId`, re-anchored by
   * quote. A file that cannot be read is refused with its first problems; nothing is written.
   */
  importAnnotations: {
    request: z.object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(MAX_ANNOTATION_FILE_CHARS + 1024),
      ontoArticleId: ArticleId.optional()
    }),
    response: AnnotationImport
  },
  /**
   * Finds words and "phrases" in every article's text, quotes, notes and entity names (case
   * and accents folded); the articles best first, each with its passages found.
   */
  searchLibrary: {
    request: z.object({ query: z.string().max(500) }),
    response: LibrarySearchResultSchema
  },
  /**
   * What is still to check across the library (by default: needs checking or disputed),
   * under a filter, with the choices each filter offers.
   */
  verificationQueue: { request: QueueFilterSchema, response: QueueViewSchema },
  /**
   * One person or organisation across the library (by its registry id; a merged-away id finds
   * the entity it went into): its mentions and, for a speaker, every quote with kind, status
   * and date, with the registry's name, aliases, description and Wikidata id.
   */
  entityPage: {
    request: z.union([
      z.object({ key: z.string().min(1).max(400) }),
      z.object({ articleId: ArticleId, entityId: z.string().min(1).max(200) })
    ]),
    response: EntityPageSchema
  },
  /**
   * The library's registry of entities (people, organisations, places, products, events),
   * whichever article they were created in, with how many articles use each: what the
   * entity pickers offer in every article.
   */
  libraryEntities: {
    request: z.object({}),
    response: z.object({ entities: z.array(LibraryEntityListingSchema) })
  },
  /**
   * Renames or edits an entity once for the whole library: the registry, then every article
   * that uses it (a renamed entity keeps its old name as an alias unless `aliases` is given).
   */
  updateLibraryEntity: {
    request: z.object({
      id: RegistryId,
      name: z.string().max(MAX_NAME_CHARS).optional(),
      type: z.string().min(1).max(MAX_NAME_CHARS).optional(),
      aliases: z.array(z.string().max(MAX_NAME_CHARS)).max(MAX_ALIASES).optional(),
      description: z.string().max(MAX_NOTE_CHARS).optional(),
      wikidataId: z
        .string()
        .max(20)
        .regex(/^(Q[1-9]\d*)?$/i)
        .optional()
    }),
    response: LibraryEntityChangeSchema
  },
  /** Merges `goneId` into `keepId`: every mention and quote of either, in every article, follows. */
  mergeLibraryEntities: {
    request: z.object({ keepId: RegistryId, goneId: RegistryId }),
    response: LibraryEntityChangeSchema
  },
  /**
   * Splits an entity into a new one called `name`: in the articles named, all its mentions;
   * or, mention by mention, the mentions (and quotes or claims it speaks) chosen in any article.
   */
  splitLibraryEntity: {
    request: z
      .object({
        id: RegistryId,
        articleIds: z.array(ArticleId).max(MAX_SPLIT_ARTICLES).optional(),
        mentions: z
          .array(
            z.object({ articleId: ArticleId, annotationId: z.string().min(1).max(MAX_ID_CHARS) })
          )
          .max(MAX_SPLIT_ARTICLES)
          .optional(),
        name: z.string().min(1).max(MAX_NAME_CHARS)
      })
      .refine((r) => (r.articleIds?.length ?? 0) + (r.mentions?.length ?? 0) > 0, {
        message: 'Choose at least one article or mention to split off.'
      }),
    response: LibraryEntityChangeSchema
  },
  /**
   * Writes an article's fact-check report (self-contained HTML, in `language`) where the
   * report target says: the exports folder in the web host, the Save dialog in Electron,
   * which also prints it to PDF.
   */
  exportReport: {
    request: z.object({ id: ArticleId, language: z.enum(['en', 'fr']) }),
    response: z.object({ cancelled: z.boolean(), files: z.array(ExportedFileInfo) })
  },
  /**
   * Whether this process writes to the library folder. Read-only when another window or
   * another editor holds it: every change is then refused with a `read-only` error.
   */
  getLibraryAccess: { request: z.object({}), response: LibraryAccess },
  /** The kept versions of an article, newest first (the first is the file as it is now). */
  listArticleVersions: {
    request: z.object({ id: ArticleId }),
    response: z.object({ versions: z.array(ArticleVersion) })
  },
  /**
   * Makes an earlier version the article's content again; the restore is itself a new
   * version, so restoring the one before it undoes it. Answers the article as now saved.
   */
  restoreArticleVersion: {
    request: z.object({ id: ArticleId, versionId: VersionId }),
    response: OpenedArticle
  },
  /**
   * After a `changed-on-disk` refusal, the user chose to keep the version in the app: the
   * next save writes over the file (the other program's version is kept in the history).
   */
  overwriteChangedArticle: {
    request: z.object({ id: ArticleId }),
    response: z.object({ id: z.string() })
  },
  /** The desk settings: address and name, and whether an access token is saved (never it). */
  getDeskSettings: { request: z.object({}), response: DeskSettingsView },
  /**
   * Saves the desk settings and reconnects with them. The address must be ws:// or wss://
   * (or empty for no desk); an absent token keeps the saved one, an empty one removes it.
   */
  saveDeskSettings: { request: DeskSettingsChange, response: DeskSettingsView },
  /** Puts an article on the desk: the other editors' apps take a copy and changes cross. */
  shareArticle: { request: z.object({ id: ArticleId }), response: DeskArticleStatus },
  /**
   * How each shared article stands with the desk and how many times others' changes were
   * written to it; the renderer asks twice a second and reloads what changed. The request
   * carries the open article's selection, which the others see (awareness).
   */
  deskStatus: {
    request: z.object({
      selection: z
        .object({
          id: ArticleId,
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative()
        })
        .refine((s) => s.end >= s.start, 'A selection ends after it starts.')
        .optional()
    }),
    response: DeskOverview
  },
  /**
   * Stops sharing an article from this library: the file stays, changes stop crossing, and
   * sharing it again sends only what changed here since. The desk keeps it for the others.
   */
  stopSharing: { request: z.object({ id: ArticleId }), response: z.object({ id: z.string() }) },
  /**
   * Undo or redo on a shared article: only this editor's own changes are taken back (others'
   * made since stay). `changed` is false when there was nothing of theirs to undo or redo.
   */
  deskUndo: {
    request: z.object({ id: ArticleId, direction: z.enum(['undo', 'redo']) }),
    response: z.object({ changed: z.boolean() })
  }
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>

export type Contract = typeof contract
export type Channel = keyof Contract
export const CHANNELS = Object.keys(contract) as Channel[]

/** What the caller sends (before defaults and transforms). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>
/** What a handler receives after parsing. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>

export const ErrorCode = z.enum([
  'invalid-input',
  'not-found',
  'damaged',
  'too-large',
  'unsupported',
  'io',
  'forbidden',
  'internal',
  /** Another window or editor writes to this library folder; this one only reads. */
  'read-only',
  /** The article file changed on disk since the app read it; nothing was written. */
  'changed-on-disk',
  /**
   * A save of changes only named a revision main no longer holds (another window saved, the
   * app restarted): nothing was written, and the editor saves the whole article instead.
   */
  'base-changed'
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** A failure as it crosses a process boundary: never a raw exception. */
export const AppErrorShape = z.object({ code: ErrorCode, message: z.string() })
export type AppErrorShape = z.infer<typeof AppErrorShape>

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/** The API the renderer sees: one method per channel. */
export type NewsroomApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
}

/** The IPC channel name used for a contract row. */
export function ipcChannel(channel: Channel): string {
  return `newsroom:${channel}`
}

/** An error a handler throws on purpose; the dispatcher turns it into a typed result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** Human-readable summary of the first problems in a zod error, with their paths. */
export function describeIssues(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.length ? '$.' + issue.path.join('.') : '$'}: ${issue.message}`)
    .join('; ')
}

/**
 * Parses a request against its schema: over a limit (the whole request, or one string or
 * array in it) it is refused as 'too-large', otherwise as 'invalid-input' when it does not
 * match; the refusal names the first problems with their paths.
 */
export function parseRequest<T extends z.ZodType>(
  channel: string,
  schema: T,
  rawRequest: unknown
): Result<z.output<T>> {
  const oversized = requestSizeProblem(rawRequest)
  if (oversized) {
    return {
      ok: false,
      error: { code: 'too-large', message: `Request for ${channel} refused: ${oversized}.` }
    }
  }
  const parsed = schema.safeParse(rawRequest)
  if (parsed.success) return { ok: true, value: parsed.data }
  const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big')
  return {
    ok: false,
    error: {
      code: tooBig ? 'too-large' : 'invalid-input',
      message: `Request for ${channel} ${tooBig ? 'refused' : 'rejected'}: ${describeIssues(parsed.error)}`
    }
  }
}

/**
 * Parses a request, runs the handler and parses its response; every failure becomes a
 * typed error. Used by the Electron IPC registration and by the loopback web host alike.
 */
export async function dispatch<C extends Channel>(
  channel: C,
  rawRequest: unknown,
  handler: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>
): Promise<Result<ResponseOf<C>>> {
  const row = contract[channel]
  const parsed = parseRequest(channel, row.request, rawRequest)
  if (!parsed.ok) return parsed
  try {
    const value = await handler(parsed.value as ParsedRequestOf<C>)
    if (producedBy(row.response, value)) return { ok: true, value: value as ResponseOf<C> }
    const checked = row.response.safeParse(value)
    if (!checked.success) {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Response for ${channel} broke the contract: ${describeIssues(checked.error)}`
        }
      }
    }
    return { ok: true, value: checked.data as ResponseOf<C> }
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, error: { code: error.code, message: error.message } }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message } }
  }
}

/** The handlers main implements: one per contract row. */
export type ContractHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>
}

// ---------------------------------------------------------------------------------------------
// The desktop window's own traffic (Electron only). Kept apart from `contract` on purpose: those
// rows are library operations that the loopback web host serves as well, while these concern
// one window's lifecycle and menu, which only exist in Electron.

/** A menu item the user chose; the renderer decides what each one does. */
export const MenuCommand = z.enum([
  'newArticle',
  'importArticle',
  'exportArticle',
  'importAnnotations',
  'showShortcuts',
  'openSettings'
])
export type MenuCommand = z.infer<typeof MenuCommand>

/**
 * Main → renderer events, with the schema of their payload. Preload exposes one subscription
 * method per row (`onMenuCommand`, `onBeforeClose`) that hands the listener only the parsed
 * payload and returns an unsubscribe function.
 */
export const events = {
  /** The user picked an application menu item (or pressed its accelerator). */
  menuCommand: z.object({ command: MenuCommand }),
  /**
   * The window is about to close: flush pending saves, then call `readyToClose`. Main closes
   * anyway after `timeoutMs` if no answer comes (a hung renderer must not trap the user).
   */
  beforeClose: z.object({ timeoutMs: z.number().int().positive() })
} as const satisfies Record<string, z.ZodType>

export type Events = typeof events
export type EventName = keyof Events
export const EVENT_NAMES = Object.keys(events) as EventName[]
export type EventPayload<E extends EventName> = z.output<Events[E]>

/** The IPC channel name used for a main → renderer event. */
export function ipcEventChannel(name: EventName): string {
  return `newsroom-event:${name}`
}

/** The subscription method preload exposes for an event: `menuCommand` → `onMenuCommand`. */
export function eventMethodName<E extends EventName>(name: E): `on${Capitalize<E>}` {
  return `on${name[0].toUpperCase()}${name.slice(1)}` as `on${Capitalize<E>}`
}

/** One subscription method per event; each returns its unsubscribe function. */
export type NewsroomEvents = {
  [E in EventName as `on${Capitalize<E>}`]: (
    listener: (payload: EventPayload<E>) => void
  ) => () => void
}

/**
 * Renderer → main calls about the window itself, answered by the window code in main (not by
 * the library handlers, so `ContractHandlers` does not grow). Same Result shape as `contract`.
 */
export const windowContract = {
  /**
   * Answer to `beforeClose`. `flushed: false` means a save failed: main then asks the user
   * whether to close anyway instead of losing work silently.
   */
  readyToClose: {
    request: z.object({ flushed: z.boolean() }),
    response: z.object({ closing: z.boolean() })
  },
  /**
   * Shows the system's Open dialog for an annotation file (.newsroom.json, .jsonld) and reads
   * it as UTF-8 text, refusing files over the import limit. Desktop only: the browser host
   * uses a file input instead.
   */
  openAnnotationFile: {
    request: z.object({}),
    response: z.discriminatedUnion('cancelled', [
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), fileName: z.string(), text: z.string() })
    ])
  }
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>

export type WindowContract = typeof windowContract
export type WindowChannel = keyof WindowContract
export const WINDOW_CHANNELS = Object.keys(windowContract) as WindowChannel[]

/** The IPC channel name used for a window row. */
export function ipcWindowChannel(channel: WindowChannel): string {
  return `newsroom-window:${channel}`
}

/** The window calls as the renderer sees them. */
export type NewsroomWindowApi = {
  [C in WindowChannel]: (
    request: z.input<WindowContract[C]['request']>
  ) => Promise<Result<z.output<WindowContract[C]['response']>>>
}

/** Everything the Electron preload exposes as `window.newsroom`. */
export type NewsroomDesktopApi = NewsroomApi & NewsroomWindowApi & NewsroomEvents
