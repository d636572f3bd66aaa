/**
 * W3C Web Annotation JSON-LD (`*.jsonld`): the annotations of an article as an
 * AnnotationCollection that any Web Annotation tool can read, and the way back onto an
 * article, re-anchoring each annotation by its quote.
 *
 * Mapping (documented with examples in docs/export-format.md):
 * - quote       → motivation `describing`: a TextualBody saying who said it; `speaker`,
 *                 `quoteKind`, `quoteStatus` from our context; the comment as a
 *                 `commenting` body;
 * - mention     → motivation `identifying`: a SpecificResource body whose source is the
 *                 canonical entity, a second one for its Wikidata item, and a `tagging`
 *                 TextualBody with the entity type;
 * - source note → motivation `commenting`: the note as a TextualBody and a `linking`
 *                 SpecificResource for the source (URL, title, `sourceKind`, `consulted`).
 * Targets carry a TextQuoteSelector and a TextPositionSelector (code points over the
 * article's NFC text); an orphan carries only the quote and its `lastPosition`.
 */
import { z } from 'zod'
import type { Annotation, ArticleFile, Entity, EntityValue, QuoteKind, SourceKind } from '../model'
import {
  reanchorAnnotations,
  type ReanchorOptions,
  type ReanchorReport
} from '../anchoring/reanchor'
import { plainText } from '../text'
import { toNativeDocument, parseJsonText, type ExportOptions } from './native'
import type { NativeDocument } from './nativeSchema'
import { FormatError, problemsFromZod } from './problems'

/** The Web Annotation context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** Namespace of our own terms. A URN: it names the vocabulary without promising a web page. */
export const NEWSROOM_VOCAB = 'urn:newsroom-annotator:vocab#'

/** Prefixes of the identifiers we mint for articles, entities and annotations. */
export const ID_PREFIX = {
  article: 'urn:newsroom-annotator:article:',
  entity: 'urn:newsroom-annotator:entity:',
  annotation: 'urn:newsroom-annotator:annotation:'
} as const

/** Where a Wikidata item lives as linked data. */
export const WIKIDATA_ENTITY_PREFIX = 'https://www.wikidata.org/entity/'

/**
 * Our context: the terms the Web Annotation vocabulary has no word for. Every term is
 * described in docs/export-format.md.
 */
export const NEWSROOM_CONTEXT = {
  nra: NEWSROOM_VOCAB,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  annotationKind: 'nra:annotationKind',
  speaker: { '@id': 'nra:speaker', '@type': '@id' },
  quoteKind: 'nra:quoteKind',
  quoteStatus: 'nra:quoteStatus',
  Entity: 'nra:Entity',
  entityType: 'nra:entityType',
  aliases: { '@id': 'skos:altLabel', '@container': '@set' },
  sameAs: { '@id': 'owl:sameAs', '@type': '@id' },
  normalizedValue: 'nra:normalizedValue',
  valueKind: 'nra:valueKind',
  amount: 'nra:amount',
  currency: 'nra:currency',
  percent: 'nra:percent',
  date: 'nra:date',
  unit: 'nra:unit',
  sourceKind: 'nra:sourceKind',
  consulted: { '@id': 'nra:consulted', '@type': 'xsd:date' },
  modifiedBy: { '@id': 'nra:modifiedBy', '@type': '@id' },
  orphaned: 'nra:orphaned',
  lastPosition: 'nra:lastPosition',
  article: { '@id': 'nra:article', '@type': '@id' },
  entities: { '@id': 'nra:entity', '@type': '@id', '@container': '@set' }
} as const

/** The `@context` of every W3C export. */
export const W3C_CONTEXT = [ANNO_CONTEXT, NEWSROOM_CONTEXT] as const

// ----- Shapes (used to build exports and to read files back) -----------------------------------

const Agent = z.looseObject({ type: z.string().optional(), name: z.string() })

const EntityNode = z.looseObject({
  id: z.string().min(1),
  type: z.literal('Entity'),
  entityType: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  sameAs: z.string().optional(),
  normalizedValue: z
    .looseObject({
      valueKind: z.enum(['money', 'percentage', 'date', 'quantity']),
      amount: z.number().optional(),
      currency: z.string().optional(),
      percent: z.number().optional(),
      date: z.string().optional(),
      unit: z.string().optional()
    })
    .optional()
})
type EntityNode = z.infer<typeof EntityNode>

const TextualBody = z.looseObject({
  type: z.literal('TextualBody'),
  purpose: z.string().optional(),
  value: z.string(),
  format: z.string().optional()
})

const SpecificResourceBody = z.looseObject({
  type: z.literal('SpecificResource'),
  purpose: z.string().optional(),
  source: z.union([z.string(), z.looseObject({})]),
  sourceKind: z.string().optional(),
  consulted: z.string().optional()
})

const Body = z.union([TextualBody, SpecificResourceBody])

const TextQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional()
})
const TextPositionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
})
const OtherSelector = z.looseObject({ type: z.string() })

const W3cAnnotation = z.looseObject({
  id: z.string().min(1),
  type: z.union([
    z.literal('Annotation'),
    z.array(z.string()).refine((t) => t.includes('Annotation'))
  ]),
  annotationKind: z.enum(['quote', 'mention', 'source-note']).optional(),
  motivation: z.union([z.string(), z.array(z.string())]),
  created: z.string().optional(),
  modified: z.string().optional(),
  creator: Agent.optional(),
  modifiedBy: Agent.optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  speaker: z.union([EntityNode, z.string()]).optional(),
  quoteKind: z.string().optional(),
  quoteStatus: z.string().optional(),
  orphaned: z.boolean().optional(),
  lastPosition: z
    .looseObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .optional(),
  target: z.looseObject({
    source: z.string().optional(),
    selector: z.union([
      z.array(z.union([TextQuoteSelector, TextPositionSelector, OtherSelector])),
      TextQuoteSelector
    ])
  })
})
type W3cAnnotation = z.infer<typeof W3cAnnotation>

const W3cCollection = z.looseObject({
  '@context': z.unknown(),
  type: z.literal('AnnotationCollection'),
  label: z.string().optional(),
  article: z
    .looseObject({
      id: z.string().optional(),
      label: z.string().optional(),
      language: z.string().optional(),
      created: z.string().optional(),
      modified: z.string().optional()
    })
    .optional(),
  entities: z.array(EntityNode).optional(),
  first: z.looseObject({
    type: z.literal('AnnotationPage').optional(),
    items: z.array(W3cAnnotation)
  })
})

/** A W3C export as built by {@link toW3cCollection}. */
export type W3cCollection = Record<string, unknown>

// ----- Export ------------------------------------------------------------------------------------

/** A URN for one of our ids (percent-encoded, so any id is safe in it). */
function mint(kind: keyof typeof ID_PREFIX, id: string): string {
  return ID_PREFIX[kind] + encodeURIComponent(id)
}

/** Our id back from a URN we minted; any other IRI is kept whole as the id. */
function unmint(kind: keyof typeof ID_PREFIX, iri: string): string {
  if (!iri.startsWith(ID_PREFIX[kind])) return iri
  try {
    return decodeURIComponent(iri.slice(ID_PREFIX[kind].length))
  } catch {
    return iri
  }
}

function valueNode(value: EntityValue): Record<string, unknown> {
  const { kind, ...rest } = value
  return { valueKind: kind, ...rest }
}

function entityNode(entity: Entity): EntityNode {
  return {
    id: mint('entity', entity.id),
    type: 'Entity',
    entityType: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.wikidataId ? { sameAs: WIKIDATA_ENTITY_PREFIX + entity.wikidataId } : {}),
    ...(entity.value
      ? { normalizedValue: valueNode(entity.value) as EntityNode['normalizedValue'] }
      : {})
  }
}

function agent(name: string): Record<string, string> | undefined {
  return name ? { type: 'Person', name } : undefined
}

const QUOTE_KIND_WORDS: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  indirect: 'Indirect quote',
  paraphrase: 'Paraphrase'
}

/** The annotation as a Web Annotation. */
function annotationItem(
  annotation: Annotation,
  entities: ReadonlyMap<string, Entity>,
  articleIri: string
): Record<string, unknown> {
  const { target } = annotation
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix, suffix: target.suffix }
  ]
  if (!annotation.orphaned)
    selectors.push({ type: 'TextPositionSelector', start: target.start, end: target.end })

  const item: Record<string, unknown> = {
    id: mint('annotation', annotation.id),
    type: 'Annotation',
    annotationKind: annotation.kind
  }
  if (annotation.kind === 'quote') {
    const speaker = annotation.speakerId !== null ? entities.get(annotation.speakerId) : undefined
    const who = speaker ? `by ${speaker.name}` : 'speaker not identified'
    item.motivation = 'describing'
    item.body = [
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: `${QUOTE_KIND_WORDS[annotation.quoteKind]} ${who} (${annotation.status})`,
        format: 'text/plain'
      },
      ...(annotation.comment
        ? [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              value: annotation.comment,
              format: 'text/plain'
            }
          ]
        : [])
    ]
    if (speaker) item.speaker = entityNode(speaker)
    item.quoteKind = annotation.quoteKind
    item.quoteStatus = annotation.status
  } else if (annotation.kind === 'mention') {
    const entity = entities.get(annotation.entityId)
    if (!entity)
      throw new FormatError('inconsistent', `Mention "${annotation.id}" points at no entity`)
    item.motivation = 'identifying'
    item.body = [
      { type: 'SpecificResource', purpose: 'identifying', source: entityNode(entity) },
      ...(entity.wikidataId
        ? [
            {
              type: 'SpecificResource',
              purpose: 'identifying',
              source: WIKIDATA_ENTITY_PREFIX + entity.wikidataId
            }
          ]
        : []),
      { type: 'TextualBody', purpose: 'tagging', value: entity.type }
    ]
  } else {
    item.motivation = 'commenting'
    const source: Record<string, unknown> = {}
    if (annotation.url) source.id = annotation.url
    if (annotation.title) source.label = annotation.title
    item.body = [
      { type: 'TextualBody', purpose: 'commenting', value: annotation.text, format: 'text/plain' },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        sourceKind: annotation.sourceKind,
        source,
        ...(annotation.consultedAt ? { consulted: annotation.consultedAt } : {})
      }
    ]
  }
  item.created = annotation.createdAt
  const creator = agent(annotation.createdBy)
  if (creator) item.creator = creator
  item.modified = annotation.updatedAt
  const modifier = agent(annotation.updatedBy)
  if (modifier) item.modifiedBy = modifier
  if (annotation.orphaned) {
    item.orphaned = true
    item.lastPosition = { start: target.start, end: target.end }
  }
  item.target = { source: articleIri, selector: selectors }
  return item
}

/** The AnnotationCollection of a checked native document. */
export function w3cFromNative(doc: NativeDocument): W3cCollection {
  const articleIri = mint('article', doc.article.id)
  const entities = new Map(doc.entities.map((e) => [e.id, e]))
  const items = doc.annotations.map((a) => annotationItem(a, entities, articleIri))
  return {
    '@context': W3C_CONTEXT,
    id: `${articleIri}:annotations`,
    type: 'AnnotationCollection',
    label: doc.article.title,
    generated: doc.exportedAt,
    generator: { type: 'Software', name: 'newsroom-annotator' },
    article: {
      id: articleIri,
      type: 'Text',
      label: doc.article.title,
      ...(doc.article.language ? { language: doc.article.language } : {}),
      created: doc.article.createdAt,
      modified: doc.article.updatedAt
    },
    entities: doc.entities.map(entityNode),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items }
  }
}

/** An article as a W3C AnnotationCollection (checked through the native export first). */
export function toW3cCollection(file: ArticleFile, options: ExportOptions = {}): W3cCollection {
  return w3cFromNative(toNativeDocument(file, options))
}

/** The text of a `*.jsonld` file. */
export function serializeW3c(collection: W3cCollection): string {
  return JSON.stringify(collection, null, 2) + '\n'
}

/** An article as the text of a `*.jsonld` file. */
export function exportW3c(file: ArticleFile, options: ExportOptions = {}): string {
  return serializeW3c(toW3cCollection(file, options))
}

// ----- Import ------------------------------------------------------------------------------------

/** What a W3C file holds once read: entities and annotations at their recorded places. */
export interface W3cContent {
  /** Article identity as the file gives it (from its `article` node). */
  article: {
    id?: string
    title?: string
    language?: string
    createdAt?: string
    updatedAt?: string
  }
  entities: Entity[]
  /** Targets as recorded; they still have to be anchored on the article's text. */
  annotations: Annotation[]
}

function entityFromNode(node: EntityNode): Entity {
  const wikidata = node.sameAs?.startsWith(WIKIDATA_ENTITY_PREFIX)
    ? node.sameAs.slice(WIKIDATA_ENTITY_PREFIX.length)
    : undefined
  const v = node.normalizedValue
  let value: EntityValue | undefined
  if (v?.valueKind === 'money' && v.amount !== undefined && v.currency) {
    value = { kind: 'money', amount: v.amount, currency: v.currency }
  } else if (v?.valueKind === 'percentage' && v.percent !== undefined) {
    value = { kind: 'percentage', percent: v.percent }
  } else if (v?.valueKind === 'date' && v.date) {
    value = { kind: 'date', date: v.date }
  } else if (v?.valueKind === 'quantity' && v.amount !== undefined) {
    value = {
      kind: 'quantity',
      amount: v.amount,
      ...(v.unit !== undefined ? { unit: v.unit } : {})
    }
  }
  return {
    id: unmint('entity', node.id),
    type: node.entityType,
    name: node.name,
    aliases: node.aliases ?? [],
    ...(wikidata ? { wikidataId: wikidata } : {}),
    ...(value ? { value } : {})
  }
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function kindOf(item: W3cAnnotation): Annotation['kind'] | undefined {
  if (item.annotationKind) return item.annotationKind
  const motivations = asArray(item.motivation)
  if (motivations.includes('identifying') || motivations.includes('tagging')) return 'mention'
  if (motivations.includes('commenting')) return 'source-note'
  if (motivations.includes('describing') || motivations.includes('highlighting')) return 'quote'
  return undefined
}

/** Reads the annotations of a W3C file without anchoring them. */
export function readW3c(value: unknown): W3cContent {
  const parsed = W3cCollection.safeParse(value)
  if (!parsed.success) {
    throw new FormatError(
      'schema',
      'The file is not a W3C AnnotationCollection as this app writes it',
      problemsFromZod(parsed.error)
    )
  }
  const collection = parsed.data
  const contexts = asArray(collection['@context'] as unknown)
  if (!contexts.includes(ANNO_CONTEXT)) {
    throw new FormatError('unknown-format', 'Unknown JSON-LD context', [
      { path: '$["@context"]', message: `must include "${ANNO_CONTEXT}"` }
    ])
  }

  const entities = new Map<string, Entity>()
  const remember = (node: EntityNode): Entity => {
    const entity = entityFromNode(node)
    if (!entities.has(entity.id)) entities.set(entity.id, entity)
    return entities.get(entity.id)!
  }
  for (const node of collection.entities ?? []) remember(node)

  const now = new Date().toISOString()
  const problems: { path: string; message: string }[] = []
  const annotations: Annotation[] = []
  collection.first.items.forEach((item, i) => {
    const at = `$.first.items[${i}]`
    const kind = kindOf(item)
    const selectors = asArray(item.target.selector)
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
      z.infer<typeof TextQuoteSelector> | undefined
    const position = selectors.find((s) => s.type === 'TextPositionSelector') as
      z.infer<typeof TextPositionSelector> | undefined
    if (!kind) {
      problems.push({
        path: `${at}.motivation`,
        message: 'says neither quote, mention nor source note'
      })
      return
    }
    if (!quote) {
      problems.push({
        path: `${at}.target.selector`,
        message: 'has no TextQuoteSelector to anchor by'
      })
      return
    }
    const place = position ?? item.lastPosition ?? { start: 0, end: 0 }
    const base = {
      id: unmint('annotation', item.id),
      target: {
        start: place.start,
        end: Math.max(place.start, place.end),
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? ''
      },
      orphaned: item.orphaned ?? false,
      createdBy: item.creator?.name ?? '',
      createdAt: item.created ?? now,
      updatedBy: item.modifiedBy?.name ?? '',
      updatedAt: item.modified ?? item.created ?? now
    }
    const bodies = asArray(item.body)
    if (kind === 'quote') {
      const speaker = item.speaker
      const speakerId =
        speaker === undefined
          ? null
          : typeof speaker === 'string'
            ? unmint('entity', speaker)
            : remember(speaker).id
      const comment = bodies.find((b) => b.type === 'TextualBody' && b.purpose === 'commenting')
      const quoteKind = (['direct', 'indirect', 'paraphrase'] as const).find(
        (k) => k === item.quoteKind
      )
      const status = (['needs-checking', 'verified', 'disputed'] as const).find(
        (s) => s === item.quoteStatus
      )
      annotations.push({
        ...base,
        kind: 'quote',
        speakerId,
        quoteKind: quoteKind ?? 'direct',
        status: status ?? 'needs-checking',
        comment: comment && comment.type === 'TextualBody' ? comment.value : ''
      })
    } else if (kind === 'mention') {
      const node = bodies
        .map((b) =>
          b.type === 'SpecificResource' && typeof b.source === 'object'
            ? EntityNode.safeParse(b.source)
            : null
        )
        .find((r) => r?.success)
      if (!node || !node.success) {
        problems.push({
          path: `${at}.body`,
          message: 'names no entity (a SpecificResource whose source is an Entity)'
        })
        return
      }
      annotations.push({ ...base, kind: 'mention', entityId: remember(node.data).id })
    } else {
      const note = bodies.find(
        (b) => b.type === 'TextualBody' && (b.purpose ?? 'commenting') === 'commenting'
      )
      const link = bodies.find((b) => b.type === 'SpecificResource')
      const source = link && link.type === 'SpecificResource' ? link.source : undefined
      const url =
        typeof source === 'string' ? source : typeof source?.id === 'string' ? source.id : undefined
      const title =
        typeof source === 'object' && typeof source.label === 'string' ? source.label : ''
      const kinds: SourceKind[] = [
        'document',
        'interview',
        'press-release',
        'filing',
        'web-page',
        'social-post',
        'other'
      ]
      const sourceKind =
        kinds.find((k) => link?.type === 'SpecificResource' && k === link.sourceKind) ?? 'other'
      const consulted = link?.type === 'SpecificResource' ? link.consulted : undefined
      annotations.push({
        ...base,
        kind: 'source-note',
        text: note && note.type === 'TextualBody' ? note.value : '',
        sourceKind,
        title,
        ...(url ? { url } : {}),
        ...(consulted ? { consultedAt: consulted } : {})
      })
    }
  })
  if (problems.length) throw new FormatError('schema', 'Some annotations cannot be read', problems)

  const article = collection.article
  return {
    article: {
      ...(article?.id ? { id: unmint('article', article.id) } : {}),
      ...((article?.label ?? collection.label)
        ? { title: article?.label ?? collection.label }
        : {}),
      ...(article?.language ? { language: article.language } : {}),
      ...(article?.created ? { createdAt: article.created } : {}),
      ...(article?.modified ? { updatedAt: article.modified } : {})
    },
    entities: [...entities.values()],
    annotations
  }
}

/** Result of applying a W3C file to an article. */
export interface W3cImport {
  /** The article with the file's entities and annotations, anchored on its text. */
  file: ArticleFile
  report: ReanchorReport
}

/**
 * Applies a W3C file (its text) to an article: the file's entities and annotations replace
 * the article's, each annotation re-anchored by its quote on the article's text (exactly,
 * fuzzily, or as a reported orphan). Throws {@link FormatError} for a file it cannot read.
 */
export function importW3c(
  text: string,
  onto: ArticleFile,
  options: ReanchorOptions = {}
): W3cImport {
  return applyW3c(parseJsonText(text), onto, options)
}

/** {@link importW3c} for a file already parsed as JSON. */
export function applyW3c(
  value: unknown,
  onto: ArticleFile,
  options: ReanchorOptions = {}
): W3cImport {
  const content = readW3c(value)
  const { annotations, report } = reanchorAnnotations(
    content.annotations,
    plainText(onto.blocks),
    options
  )
  const ids = new Set(content.entities.map((e) => e.id))
  const missing = annotations.flatMap((a, i) =>
    (a.kind === 'mention' && !ids.has(a.entityId)) ||
    (a.kind === 'quote' && a.speakerId !== null && !ids.has(a.speakerId))
      ? [{ path: `$.first.items[${i}]`, message: `points at an entity the file does not describe` }]
      : []
  )
  if (missing.length) throw new FormatError('inconsistent', 'The file is not consistent', missing)
  const file: ArticleFile = { ...onto, entities: content.entities, annotations }
  // The result must itself export cleanly; this throws with paths if it would not.
  toNativeDocument(file, { exportedAt: new Date().toISOString() })
  return { file, report }
}
