/**
 * The W3C Web Annotation vocabulary as this app writes and reads it: the contexts and our own
 * terms, the shapes of what a file holds (zod, loose: other tools add terms of their own), the
 * identifiers we mint, and an entity as a node. The export (`w3cExport.ts`) and the import
 * (`w3cImport.ts`) share these; what each annotation kind writes and reads is in its entry of
 * the kinds table (`annotations/kinds.ts`). The mapping is documented with examples in
 * docs/export-format.md.
 */
import { z } from 'zod'
import { ANNOTATION_KINDS, EntityValue, type Entity } from '../model'
import { fractionOf } from '../annotations/values'

/** The Web Annotation context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** Namespace of our own terms. A URN: it names the vocabulary without promising a web page. */
export const NEWSROOM_VOCAB = 'urn:newsroom-annotator:vocab#'

/** Prefixes of the identifiers we mint for articles, entities and annotations. */
export const ID_PREFIX = {
  article: 'urn:newsroom-annotator:article:',
  entity: 'urn:newsroom-annotator:entity:',
  annotation: 'urn:newsroom-annotator:annotation:',
  change: 'urn:newsroom-annotator:change:'
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
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  annotationKind: 'nra:annotationKind',
  speaker: { '@id': 'nra:speaker', '@type': '@id' },
  quoteKind: 'nra:quoteKind',
  quoteStatus: 'nra:quoteStatus',
  claimStatus: 'nra:claimStatus',
  verdict: 'nra:verdict',
  backedBy: { '@id': 'nra:backedBy', '@type': '@id', '@container': '@set' },
  sourceStatus: 'nra:sourceStatus',
  assignee: { '@id': 'nra:assignee', '@type': '@id' },
  checkHistory: { '@id': 'nra:checkHistory', '@container': '@list' },
  CheckChange: 'nra:CheckChange',
  checkedField: 'nra:checkedField',
  from: 'nra:from',
  to: 'nra:to',
  comment: 'rdfs:comment',
  Entity: 'nra:Entity',
  entityType: 'nra:entityType',
  aliases: { '@id': 'skos:altLabel', '@container': '@set' },
  sameAs: { '@id': 'owl:sameAs', '@type': '@id' },
  normalizedValue: 'nra:normalizedValue',
  valueKind: 'nra:valueKind',
  amount: 'nra:amount',
  currency: 'nra:currency',
  percent: 'nra:percent',
  fraction: 'nra:fraction',
  date: 'nra:date',
  until: 'nra:until',
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

export const Agent = z.looseObject({ type: z.string().optional(), name: z.string() })

export const EntityNode = z.looseObject({
  id: z.string().min(1),
  type: z.literal('Entity'),
  entityType: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  sameAs: z.string().optional(),
  normalizedValue: z
    .looseObject({
      valueKind: z.literal(EntityValue.options.map((option) => option.shape.kind.value)),
      amount: z.number().optional(),
      currency: z.string().optional(),
      percent: z.number().optional(),
      fraction: z.number().optional(),
      date: z.string().optional(),
      until: z.string().optional(),
      unit: z.string().optional()
    })
    .optional()
})
export type EntityNode = z.infer<typeof EntityNode>

export const TextualBody = z.looseObject({
  type: z.literal('TextualBody'),
  purpose: z.string().optional(),
  value: z.string(),
  format: z.string().optional()
})

export const SpecificResourceBody = z.looseObject({
  type: z.literal('SpecificResource'),
  purpose: z.string().optional(),
  source: z.union([z.string(), z.looseObject({})]),
  sourceKind: z.string().optional(),
  consulted: z.string().optional()
})

export const Body = z.union([TextualBody, SpecificResourceBody])

/** Who speaks: the entity's node, or the IRI of one described elsewhere in the file. */
export const Speaker = z.union([EntityNode, z.string()])

export const TextQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional()
})
export const TextPositionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
})
const OtherSelector = z.looseObject({ type: z.string() })

export const W3cAnnotation = z.looseObject({
  id: z.string().min(1),
  type: z.union([
    z.literal('Annotation'),
    z.array(z.string()).refine((t) => t.includes('Annotation'))
  ]),
  annotationKind: z.literal(ANNOTATION_KINDS).optional(),
  motivation: z.union([z.string(), z.array(z.string())]),
  created: z.string().optional(),
  modified: z.string().optional(),
  creator: Agent.optional(),
  modifiedBy: Agent.optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  speaker: Speaker.optional(),
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
export type W3cAnnotation = z.infer<typeof W3cAnnotation>

export const W3cCollectionShape = z.looseObject({
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

/** A W3C export as built by `toW3cCollection`. */
export type W3cCollection = Record<string, unknown>

/** One body of an annotation as read. */
export type W3cBody = z.infer<typeof Body>

// ----- Identifiers and entity nodes --------------------------------------------------------------

/** A URN for one of our ids (percent-encoded, so any id is safe in it). */
export function mint(kind: keyof typeof ID_PREFIX, id: string): string {
  return ID_PREFIX[kind] + encodeURIComponent(id)
}

/** Our id back from a URN we minted; any other IRI is kept whole as the id. */
export function unmint(kind: keyof typeof ID_PREFIX, iri: string): string {
  if (!iri.startsWith(ID_PREFIX[kind])) return iri
  try {
    return decodeURIComponent(iri.slice(ID_PREFIX[kind].length))
  } catch {
    return iri
  }
}

function valueNode(value: EntityValue): Record<string, unknown> {
  const { kind, ...rest } = value
  // A percentage also as a fraction (0.49 for 49 %), which most data tools expect; read
  // back from `percent` only, so the two cannot disagree in the app.
  if (value.kind === 'percentage') return { valueKind: kind, ...rest, fraction: fractionOf(value) }
  return { valueKind: kind, ...rest }
}

export function entityNode(entity: Entity): EntityNode {
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

/** An entity back from its node. */
export function entityFromNode(node: EntityNode): Entity {
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
    value = { kind: 'date', date: v.date, ...(v.until ? { until: v.until } : {}) }
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

/** A JSON-LD value that may be one item or a list, as a list. */
export function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
