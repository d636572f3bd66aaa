/**
 * The W3C export as objects, then `JSON.stringify`: how the collection was built before its
 * items were written as JSON text directly (`w3cExport.ts`, the kinds' W3C writers). Tests
 * hold the export to it byte for byte; it is the mapping of docs/export-format.md spelled
 * out as plain objects, so a difference is a change of the format, not of its speed.
 */
import type { Annotation, AnnotationKind, Entity, QuoteKind, TextTarget } from '../model'
import type { NativeDocument } from './nativeSchema'
import { entityNode, mint, W3C_CONTEXT, WIKIDATA_ENTITY_PREFIX } from './w3cVocabulary'

type Item = Record<string, unknown>
interface Context {
  entities: ReadonlyMap<string, Entity>
  entityIri(entity: Entity): string
  annotationIri(id: string): string
}
interface Written {
  body: Record<string, unknown>[]
  terms?: Record<string, unknown>
}

const QUOTE_KIND_WORDS: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  indirect: 'Indirect quote',
  paraphrase: 'Paraphrase'
}

function textBody(purpose: string, value: string): Record<string, unknown> {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' }
}

interface Checked {
  assignee?: string
  checkHistory?: {
    id: string
    field: string
    from: string | null
    to: string | null
    by: string
    at: string
    comment?: string
  }[]
}

function checkTerms(a: Checked): Record<string, unknown> {
  const terms: Record<string, unknown> = {}
  if (a.assignee) terms.assignee = { type: 'Person', name: a.assignee }
  if (a.checkHistory?.length) {
    terms.checkHistory = a.checkHistory.map((change) => ({
      id: mint('change', change.id),
      type: 'CheckChange',
      checkedField: change.field,
      from: change.from,
      to: change.to,
      creator: { type: 'Person', name: change.by },
      created: change.at,
      ...(change.comment ? { comment: change.comment } : {})
    }))
  }
  return terms
}

type Of<K extends AnnotationKind> = Extract<Annotation, { kind: K }>

// Not a table every kind must be in (the kinds table is): a kind added later and missing
// here is named by the throw in annotationItem, the first time a test gives it one.
const WRITERS: {
  [K in AnnotationKind]?: { motivation: string; write(a: Of<K>, ctx: Context): Written }
} = {
  quote: {
    motivation: 'describing',
    write(a, ctx) {
      const speaker = a.speakerId !== null ? ctx.entities.get(a.speakerId) : undefined
      const who = speaker ? `by ${speaker.name}` : 'speaker not identified'
      return {
        body: [
          textBody('describing', `${QUOTE_KIND_WORDS[a.quoteKind]} ${who} (${a.status})`),
          ...(a.comment ? [textBody('commenting', a.comment)] : [])
        ],
        terms: {
          ...(speaker ? { speaker: ctx.entityIri(speaker) } : {}),
          quoteKind: a.quoteKind,
          quoteStatus: a.status,
          ...checkTerms(a)
        }
      }
    }
  },
  mention: {
    motivation: 'identifying',
    write(a, ctx) {
      const entity = ctx.entities.get(a.entityId)
      if (!entity) throw new Error(`Mention "${a.id}" points at no entity`)
      return {
        body: [
          { type: 'SpecificResource', purpose: 'identifying', source: ctx.entityIri(entity) },
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
      }
    }
  },
  'source-note': {
    motivation: 'commenting',
    write(a) {
      const source: Record<string, unknown> = {}
      if (a.url) source.id = a.url
      if (a.title) source.label = a.title
      return {
        body: [
          textBody('commenting', a.text),
          {
            type: 'SpecificResource',
            purpose: 'linking',
            sourceKind: a.sourceKind,
            source,
            ...(a.consultedAt ? { consulted: a.consultedAt } : {})
          }
        ],
        terms: { ...(a.status ? { sourceStatus: a.status } : {}), ...checkTerms(a) }
      }
    }
  },
  claim: {
    motivation: 'assessing',
    write(a, ctx) {
      const speaker = a.speakerId !== null ? ctx.entities.get(a.speakerId) : undefined
      const who = speaker ? ` by ${speaker.name}` : ''
      return {
        body: [
          textBody('assessing', `Claim${who}: ${a.verdict ?? 'no verdict yet'} (${a.status})`),
          ...(a.rationale ? [textBody('commenting', a.rationale)] : [])
        ],
        terms: {
          ...(speaker ? { speaker: ctx.entityIri(speaker) } : {}),
          claimStatus: a.status,
          ...(a.verdict ? { verdict: a.verdict } : {}),
          backedBy: a.sourceNoteIds.map(ctx.annotationIri),
          ...checkTerms(a)
        }
      }
    }
  }
}

function annotationItem(
  annotation: Annotation,
  target: TextTarget,
  context: Context,
  articleIri: string
): Item {
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix, suffix: target.suffix }
  ]
  if (!annotation.orphaned)
    selectors.push({ type: 'TextPositionSelector', start: target.start, end: target.end })
  const writer = WRITERS[annotation.kind] as
    { motivation: string; write(a: Annotation, ctx: Context): Written } | undefined
  if (!writer) throw new Error(`No reference W3C writer for the kind "${annotation.kind}"`)
  const written = writer.write(annotation, context)
  const item: Item = {
    id: mint('annotation', annotation.id),
    type: 'Annotation',
    annotationKind: annotation.kind,
    motivation: writer.motivation,
    body: written.body,
    ...written.terms
  }
  item.created = annotation.createdAt
  if (annotation.createdBy) item.creator = { type: 'Person', name: annotation.createdBy }
  item.modified = annotation.updatedAt
  if (annotation.updatedBy) item.modifiedBy = { type: 'Person', name: annotation.updatedBy }
  if (annotation.orphaned) {
    item.orphaned = true
    item.lastPosition = { start: target.start, end: target.end }
  }
  item.target = { source: articleIri, selector: selectors }
  return item
}

/** The text of the `*.jsonld` file of a checked native document, built the reference way. */
export function referenceW3cText(doc: NativeDocument): string {
  const articleIri = mint('article', doc.article.id)
  const entities = new Map(doc.entities.map((e) => [e.id, e]))
  const context: Context = {
    entities,
    entityIri: (entity) => mint('entity', entity.id),
    annotationIri: (id) => mint('annotation', id)
  }
  const items = doc.annotations.map((a) => annotationItem(a, a.target, context, articleIri))
  const collection = {
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
  return JSON.stringify(collection) + '\n'
}
