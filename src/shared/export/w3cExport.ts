/**
 * W3C Web Annotation JSON-LD (`*.jsonld`), the way out: the annotations of an article as an
 * AnnotationCollection that any Web Annotation tool can read. Each item's motivation, bodies
 * and terms come from its kind's entry in the kinds table (`annotations/kinds.ts`); this file
 * does what every kind shares. Targets carry a TextQuoteSelector and a TextPositionSelector
 * (code points over the article's NFC text); an orphan carries only the quote and its
 * `lastPosition`. Each entity is described once, in the collection's `entities`; a mention's
 * body and a speaker name it by its IRI.
 */
import { kindOf, type W3cWriteContext } from '../annotations/kinds'
import type { Annotation, ArticleFile, Entity, TextTarget } from '../model'
import { ItemsOnDemand, jsonPieces, withFinalNewline } from './jsonPieces'
import { toNativeDocument, type ExportOptions, type NativeExport, type NativeHead } from './native'
import type { NativeDocument } from './nativeSchema'
import { entityNode, mint, W3C_CONTEXT, type W3cCollection } from './w3cVocabulary'

/** Who made or changed items, as nodes: one per name, shared by the items (a desk is a few people). */
class Agents {
  private readonly byName = new Map<string, Record<string, string>>()

  of(name: string): Record<string, string> | undefined {
    if (!name) return undefined
    let node = this.byName.get(name)
    if (!node) this.byName.set(name, (node = { type: 'Person', name }))
    return node
  }
}

/** The annotation, written with `target`, as a Web Annotation. */
function annotationItem(
  annotation: Annotation,
  target: TextTarget,
  context: W3cWriteContext,
  agents: Agents,
  articleIri: string
): Record<string, unknown> {
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix, suffix: target.suffix }
  ]
  if (!annotation.orphaned)
    selectors.push({ type: 'TextPositionSelector', start: target.start, end: target.end })

  const kind = kindOf(annotation)
  const written = kind.w3c.write(annotation, context)
  const item: Record<string, unknown> = {
    id: mint('annotation', annotation.id),
    type: 'Annotation',
    annotationKind: annotation.kind,
    motivation: kind.w3c.motivation,
    body: written.body,
    ...written.terms
  }
  item.created = annotation.createdAt
  const creator = agents.of(annotation.createdBy)
  if (creator) item.creator = creator
  item.modified = annotation.updatedAt
  const modifier = agents.of(annotation.updatedBy)
  if (modifier) item.modifiedBy = modifier
  if (annotation.orphaned) {
    item.orphaned = true
    item.lastPosition = { start: target.start, end: target.end }
  }
  item.target = { source: articleIri, selector: selectors }
  return item
}

/** The items of one export: an annotation, with the target it is written with, as an item. */
type ItemMaker = (annotation: Annotation, target: TextTarget) => Record<string, unknown>

/** The item maker of a document: what every item shares is made once, here. */
function itemMaker(head: NativeHead): ItemMaker {
  const articleIri = mint('article', head.article.id)
  const entities = new Map(head.entities.map((e) => [e.id, e]))
  // Each entity's node is written once, in `entities`; items name it by its IRI (thousands
  // of mentions of a few dozen entities would otherwise spell out the same node each time).
  const iris = new Map(head.entities.map((e) => [e, mint('entity', e.id)]))
  // One context for every item: nothing in it depends on the annotation.
  const context: W3cWriteContext = {
    entities,
    entityIri: (entity: Entity): string => iris.get(entity) ?? mint('entity', entity.id),
    annotationIri: (id) => mint('annotation', id)
  }
  const agents = new Agents()
  return (annotation, target) => annotationItem(annotation, target, context, agents, articleIri)
}

/** The collection of a document, around its items (an array, or items made on demand). */
function collection(head: NativeHead, total: number, items: unknown): W3cCollection {
  const articleIri = mint('article', head.article.id)
  return {
    '@context': W3C_CONTEXT,
    id: `${articleIri}:annotations`,
    type: 'AnnotationCollection',
    label: head.article.title,
    generated: head.exportedAt,
    generator: { type: 'Software', name: 'newsroom-annotator' },
    article: {
      id: articleIri,
      type: 'Text',
      label: head.article.title,
      ...(head.article.language ? { language: head.article.language } : {}),
      created: head.article.createdAt,
      modified: head.article.updatedAt
    },
    entities: head.entities.map(entityNode),
    total,
    first: { type: 'AnnotationPage', startIndex: 0, items }
  }
}

/** The AnnotationCollection of a checked native document. */
export function w3cFromNative(doc: NativeDocument): W3cCollection {
  const item = itemMaker(doc)
  const items = doc.annotations.map((a) => item(a, a.target))
  return collection(doc, items.length, items)
}

/** An article as a W3C AnnotationCollection (checked through the native export first). */
export function toW3cCollection(file: ArticleFile, options: ExportOptions = {}): W3cCollection {
  return w3cFromNative(toNativeDocument(file, options))
}

/**
 * The text of a `*.jsonld` file: compact JSON with a final newline. Indenting it doubled the
 * size of a long article's file (items nest six levels deep, a line per selector field) and
 * the time to write it; the file is read by tools, and any JSON viewer indents it.
 */
export function serializeW3c(collection: W3cCollection): string {
  return JSON.stringify(collection) + '\n'
}

/** Items per piece of {@link w3cPieces} (see `nativePieces` for the size). */
const ITEMS_PER_PIECE = 64

/**
 * The file's text in pieces, the items made and stringified a batch at a time, for a writer
 * that writes each piece while the next is made. Joined, they are the text
 * {@link serializeW3c} gives the collection of the whole document ({@link w3cFromNative}).
 * The items are made from the article's annotations as the export holds them: no native
 * annotation is made on the way.
 */
export function w3cPieces(exported: NativeExport, batch = ITEMS_PER_PIECE): Iterable<string> {
  const item = itemMaker(exported.head)
  const items = new ItemsOnDemand(exported.annotationCount, (from, to) => {
    const made: Record<string, unknown>[] = []
    for (let i = from; i < to; i++) made.push(item(exported.annotation(i), exported.target(i)))
    return made
  })
  const whole = collection(exported.head, exported.annotationCount, items)
  return withFinalNewline(jsonPieces(whole, 0, { path: ['first', 'items'], batch }))
}

/** An article as the text of a `*.jsonld` file. */
export function exportW3c(file: ArticleFile, options: ExportOptions = {}): string {
  return serializeW3c(toW3cCollection(file, options))
}
