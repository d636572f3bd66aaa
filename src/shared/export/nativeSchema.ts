/**
 * The native export format, `newsroom-annotations` version 1 (`*.newsroom.json`), as zod
 * schemas. The JSON Schema in `schemas/newsroom-annotations.v1.schema.json` is generated
 * from these (`npm run schema`), and a unit test fails when the committed file is stale, so
 * the code and the published schema cannot drift apart.
 *
 * The schemas are strict (unknown properties are errors): a file that carries a field this
 * version does not know would otherwise lose it silently on import.
 */
import { z } from 'zod'
import {
  ArticleOrigin,
  BlockType,
  CheckedField,
  ClaimVerdict,
  DEFAULT_ENTITY_TYPE_IDS,
  QuoteKind,
  QuoteStatus,
  SourceKind,
  type AnnotationKind
} from '../model'

/** Value of the `format` property of every native export. */
export const NATIVE_FORMAT = 'newsroom-annotations'
/** The format version this code writes and reads. */
export const NATIVE_VERSION = 1
/**
 * Titles, descriptions and `$defs` names of the schemas below. A registry of our own rather
 * than zod's global one, so that the ids cannot collide with any other module's.
 */
const nativeMeta = z.registry<{ id?: string; title?: string; description?: string }>()

/** The `$id` of the generated JSON Schema. */
export const NATIVE_SCHEMA_ID = 'urn:newsroom-annotator:schema:newsroom-annotations:v1'

const DateTime = z.iso
  .datetime({ offset: true })
  .register(nativeMeta, { description: 'ISO 8601 date and time, e.g. 2025-06-20T09:30:00.000Z.' })

const CodePointOffset = z.number().int().nonnegative().register(nativeMeta, {
  description: 'Offset in Unicode code points over `text` (not UTF-16 units, not bytes).'
})

/** Identity and bookkeeping of the exported article. */
export const NativeArticle = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .register(nativeMeta, { description: 'Identifier of the article in its library.' }),
    title: z.string().min(1),
    language: z
      .string()
      .min(1)
      .optional()
      .register(nativeMeta, { description: 'BCP 47 language tag of the text, e.g. "fr".' }),
    origin: z.strictObject({
      kind: z.enum(ArticleOrigin.shape.kind.options),
      fileName: z.string().optional(),
      format: z.enum(ArticleOrigin.shape.format.unwrap().options).optional()
    }),
    createdAt: DateTime,
    updatedAt: DateTime
  })
  .register(nativeMeta, {
    id: 'Article',
    description: 'The annotated article: identity and bookkeeping.'
  })

/** A block of the article as a range of `text`. */
export const NativeBlock = z
  .strictObject({
    type: z.enum(BlockType.options),
    start: CodePointOffset,
    end: CodePointOffset
  })
  .register(nativeMeta, {
    id: 'Block',
    description:
      'One block in reading order; its text is `text` from `start` to `end` (code points). ' +
      'Blocks are separated in `text` by a blank line ("\\n\\n").'
  })

/** The normalised value of an entity such as "14,3 G$" or "49 %". */
export const NativeEntityValue = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('money'),
      amount: z.number().register(nativeMeta, {
        description: 'Amount in units of the currency, e.g. 14300000000.'
      }),
      currency: z
        .string()
        .length(3)
        .register(nativeMeta, { description: 'ISO 4217 code, e.g. "USD".' })
    }),
    z.strictObject({
      kind: z.literal('percentage'),
      percent: z.number().register(nativeMeta, { description: '49 for "49 %".' })
    }),
    z.strictObject({
      kind: z.literal('date'),
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .register(nativeMeta, {
          description:
            'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text is; the start of an interval.'
        }),
      until: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .optional()
        .register(nativeMeta, {
          description:
            'End of an interval, inclusive, in the same forms ("mi-juin 2025": date 2025-06-11, until 2025-06-20).'
        })
    }),
    z.strictObject({
      kind: z.literal('quantity'),
      amount: z.number(),
      unit: z.string().optional()
    })
  ])
  .register(nativeMeta, {
    id: 'EntityValue',
    description: 'Normalised value of a money, percentage, date or quantity.'
  })

/** A canonical entity of the registry. */
export const NativeEntity = z
  .strictObject({
    id: z.string().min(1),
    type: z
      .string()
      .min(1)
      .register(nativeMeta, {
        description: `Entity type id; built-in types: ${DEFAULT_ENTITY_TYPE_IDS.join(', ')}.`
      }),
    name: z.string().min(1).register(nativeMeta, { description: 'Canonical name.' }),
    aliases: z
      .array(z.string())
      .register(nativeMeta, { description: 'Other names the entity goes by.' }),
    wikidataId: z
      .string()
      .regex(/^Q[1-9]\d*$/)
      .optional()
      .register(nativeMeta, {
        description:
          'Wikidata item id, e.g. "Q380"; the item is https://www.wikidata.org/entity/Q380.'
      }),
    value: NativeEntityValue.optional(),
    description: z
      .string()
      .optional()
      .register(nativeMeta, { description: 'Who or what it is, in a sentence.' }),
    registryId: z.string().min(1).optional().register(nativeMeta, {
      description:
        "The entity's id in the registry of the library it was exported from: the same person in every article of that library."
    })
  })
  .register(nativeMeta, {
    id: 'Entity',
    description: 'A canonical entity: every mention of it, and every quote it speaks, points here.'
  })

/** Where an annotation points: position selector and quote selector in one object. */
export const NativeTarget = z
  .strictObject({
    start: CodePointOffset,
    end: CodePointOffset,
    exact: z.string().register(nativeMeta, {
      description: 'The annotated text: [...text].slice(start, end).join("").'
    }),
    prefix: z
      .string()
      .register(nativeMeta, { description: 'Up to 32 code points of text just before `exact`.' }),
    suffix: z
      .string()
      .register(nativeMeta, { description: 'Up to 32 code points of text just after `exact`.' })
  })
  .register(nativeMeta, {
    id: 'Target',
    description:
      'Position selector (`start`, `end`) and quote selector (`exact`, `prefix`, `suffix`). ' +
      'Unless the annotation is orphaned, [...text].slice(start, end).join("") === exact.'
  })

const AnnotationId = z.string().min(1)

/** What every annotation has after its kind-specific fields: where it is, who, when. */
const annotationBase = {
  target: NativeTarget,
  orphaned: z.boolean().register(nativeMeta, {
    description:
      'True once the text under the annotation was deleted: `exact`, `prefix` and `suffix` ' +
      'keep the last quote, `start`/`end` where the text was; the offsets rule does not apply.'
  }),
  createdBy: z
    .string()
    .register(nativeMeta, { description: 'Name of the person who made the annotation.' }),
  createdAt: DateTime,
  updatedBy: z.string(),
  updatedAt: DateTime
}

/** One change of a check's status or a claim's verdict. */
export const NativeCheckChange = z
  .strictObject({
    id: z.string().min(1).register(nativeMeta, {
      description: 'Identifier of the change; merging two histories keeps one entry per id.'
    }),
    field: z.enum(CheckedField.options),
    from: z
      .string()
      .nullable()
      .register(nativeMeta, { description: 'The value before the change (null: none yet).' }),
    to: z.string().nullable(),
    by: z.string().register(nativeMeta, { description: 'Name of the person who changed it.' }),
    at: DateTime,
    comment: z
      .string()
      .max(2000)
      .optional()
      .register(nativeMeta, { description: 'Why, in the words of the person who changed it.' })
  })
  .register(nativeMeta, {
    id: 'CheckChange',
    description: "One change of a check's status or of a claim's verdict: who, when, from, to, why."
  })

/** What quotes, claims and source notes add: who is on the check, and its history. */
const checkFields = {
  assignee: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .register(nativeMeta, { description: 'Name of the person the check is assigned to.' }),
  checkHistory: z.array(NativeCheckChange).optional().register(nativeMeta, {
    description: "Every change of status (and of a claim's verdict), oldest first."
  })
}

/** A quotation attributed to a speaker. */
export const NativeQuote = z
  .strictObject({
    id: AnnotationId,
    kind: z.literal('quote'),
    speakerId: z.string().nullable().register(nativeMeta, {
      description: 'Id of the speaking entity, or null when the speaker is not identified.'
    }),
    quoteKind: z.enum(QuoteKind.options),
    status: z.enum(QuoteStatus.options),
    comment: z.string(),
    ...checkFields,
    ...annotationBase
  })
  .register(nativeMeta, {
    id: 'Quote',
    description: 'A quotation attributed to a speaker (an entity).'
  })

/** One mention of a canonical entity. */
export const NativeEntityMention = z
  .strictObject({
    id: AnnotationId,
    kind: z.literal('mention'),
    entityId: z
      .string()
      .min(1)
      .register(nativeMeta, { description: 'Id of the entity mentioned.' }),
    ...annotationBase
  })
  .register(nativeMeta, {
    id: 'EntityMention',
    description: 'One mention in the text of a canonical entity.'
  })

/** Where a fact comes from. */
export const NativeSourceNote = z
  .strictObject({
    id: AnnotationId,
    kind: z.literal('source-note'),
    text: z.string().register(nativeMeta, { description: "The note, in the annotator's words." }),
    sourceKind: z.enum(SourceKind.options),
    title: z.string(),
    url: z
      .string()
      .max(2048)
      .regex(/^https?:\/\/\S+$/)
      .optional()
      .register(nativeMeta, { description: 'http or https address of the source.' }),
    consultedAt: z.iso
      .date()
      .optional()
      .register(nativeMeta, { description: 'Day the source was consulted, YYYY-MM-DD.' }),
    status: z
      .enum(QuoteStatus.options)
      .optional()
      .register(nativeMeta, { description: 'Whether the source itself was checked.' }),
    ...checkFields,
    ...annotationBase
  })
  .register(nativeMeta, {
    id: 'SourceNote',
    description: 'Where a fact comes from: a memo, an interview, a filing, a web page.'
  })

/** A factual statement to check, with its verdict. */
export const NativeClaim = z
  .strictObject({
    id: AnnotationId,
    kind: z.literal('claim'),
    speakerId: z.string().nullable().register(nativeMeta, {
      description: 'Id of the entity that makes the claim, or null when none is named.'
    }),
    status: z.enum(QuoteStatus.options),
    verdict: z.enum(ClaimVerdict.options).nullable().register(nativeMeta, {
      description: 'The verdict once checked, or null while it is not.'
    }),
    rationale: z.string().register(nativeMeta, { description: 'Why that verdict.' }),
    sourceNoteIds: z.array(z.string().min(1)).register(nativeMeta, {
      description: 'Ids of the source notes that back the verdict.'
    }),
    ...checkFields,
    ...annotationBase
  })
  .register(nativeMeta, {
    id: 'Claim',
    description: 'A factual statement to check, with its verdict, rationale and sources.'
  })

/** Any annotation. */
export const NativeAnnotation = z.discriminatedUnion('kind', [
  NativeQuote,
  NativeEntityMention,
  NativeSourceNote,
  NativeClaim
])

/** Every kind of the model has its schema above: a kind missing from the union fails here. */
type KindsWithoutNativeSchema = Exclude<AnnotationKind, z.output<typeof NativeAnnotation>['kind']>
const _everyKindIsNative: [KindsWithoutNativeSchema] extends [never]
  ? true
  : KindsWithoutNativeSchema = true

/** A whole `*.newsroom.json` file. */
export const NativeDocument = z
  .strictObject({
    format: z.literal(NATIVE_FORMAT),
    version: z.literal(NATIVE_VERSION),
    exportedAt: DateTime,
    article: NativeArticle,
    text: z.string().register(nativeMeta, {
      description:
        'The article\'s plain text in Unicode NFC: the blocks\' text joined by a blank line ("\\n\\n").'
    }),
    blocks: z.array(NativeBlock).min(1),
    entities: z.array(NativeEntity),
    annotations: z.array(NativeAnnotation)
  })
  .register(nativeMeta, {
    title: 'Newsroom annotations, version 1',
    description:
      'An article with its entity registry and stand-off annotations (quotes, entity mentions, ' +
      'source notes). Offsets count Unicode code points over `text`.'
  })

export type NativeDocument = z.output<typeof NativeDocument>
export type NativeAnnotation = z.output<typeof NativeAnnotation>
export type NativeEntity = z.output<typeof NativeEntity>
export type NativeBlock = z.output<typeof NativeBlock>

/** The JSON Schema (draft 2020-12) of the native format, generated from the zod schemas. */
export function nativeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(NativeDocument, {
    target: 'draft-2020-12',
    metadata: nativeMeta
  }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return { $schema, $id: NATIVE_SCHEMA_ID, ...rest }
}
