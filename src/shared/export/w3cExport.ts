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
import { CodePointIndex } from '../text'
import { ItemsAsText, jsonPieces, withFinalNewline } from './jsonPieces'
import { jsonString, jsonStringContent } from './jsonText'
import { checkedForExport, NativeExport, type ExportOptions, type NativeHead } from './native'
import type { NativeDocument } from './nativeSchema'
import { entityNode, ID_PREFIX, mint, W3C_CONTEXT, type W3cCollection } from './w3cVocabulary'

/**
 * Who made or changed items, as the JSON text of their nodes: one per name, shared by the
 * items (a desk is a few people).
 */
class Agents {
  private readonly byName = new Map<string, string>()

  of(name: string): string | undefined {
    if (!name) return undefined
    let node = this.byName.get(name)
    if (node === undefined) {
      node = '{"type":"Person","name":' + jsonString(name) + '}'
      this.byName.set(name, node)
    }
    return node
  }
}

/** The text of every item up to its id's own part. */
const ITEM_OPENING = '{"id":"' + ID_PREFIX.annotation

/** What every item of one export shares. */
interface ItemContext {
  kinds: W3cWriteContext
  agents: Agents
  /** By kind: the item's text from its type to the opening of its bodies. */
  kindOpenings: Map<Annotation['kind'], string>
  /** The text of an item's target up to its quote: the article's IRI, the selector's opening. */
  targetOpening: string
}

/**
 * The annotation, written with `target`, as the JSON text of a Web Annotation: its id, type,
 * kind and motivation, the bodies and terms its kind writes, who made and changed it when,
 * where it was last if it is an orphan, and its target.
 */
function annotationItem(annotation: Annotation, target: TextTarget, shared: ItemContext): string {
  const kind = kindOf(annotation)
  let opening = shared.kindOpenings.get(annotation.kind)
  if (opening === undefined) {
    opening =
      '","type":"Annotation","annotationKind":' +
      jsonString(annotation.kind) +
      ',"motivation":' +
      jsonString(kind.w3c.motivation) +
      ',"body":'
    shared.kindOpenings.set(annotation.kind, opening)
  }
  const written = kind.w3c.write(annotation, shared.kinds)
  const creator = shared.agents.of(annotation.createdBy)
  const modifier = shared.agents.of(annotation.updatedBy)
  // The JSON Schema checked the annotation before any of it is written: its offsets are
  // integers, whose text is JSON's, and its dates match the date-time pattern, which leaves
  // nothing in them to escape; nor does a minted IRI have anything (it is percent-encoded).
  const offsets = '"start":' + target.start + ',"end":' + target.end
  return (
    // mint('annotation', id), its prefix in the constant text.
    ITEM_OPENING +
    encodeURIComponent(annotation.id) +
    opening +
    written.body +
    written.terms +
    ',"created":"' +
    annotation.createdAt +
    (creator ? '","creator":' + creator + ',"modified":"' : '","modified":"') +
    annotation.updatedAt +
    (modifier ? '","modifiedBy":' + modifier : '"') +
    (annotation.orphaned ? ',"orphaned":true,"lastPosition":{' + offsets + '}' : '') +
    shared.targetOpening +
    jsonStringContent(target.exact) +
    '","prefix":"' +
    jsonStringContent(target.prefix) +
    '","suffix":"' +
    jsonStringContent(target.suffix) +
    // An orphan keeps its quote only: its offsets are where the text was.
    (annotation.orphaned ? '"}]}}' : '"},{"type":"TextPositionSelector",' + offsets + '}]}}')
  )
}

/** The items' text of one export: an annotation, with the target it is written with, as an item. */
type ItemWriter = (annotation: Annotation, target: TextTarget) => string

/** The item writer of a document: what every item shares is made once, here. */
function itemWriter(head: NativeHead): ItemWriter {
  const articleIri = mint('article', head.article.id)
  const entities = new Map(head.entities.map((e) => [e.id, e]))
  // Each entity's node is written once, in `entities`; items name it by its IRI (thousands
  // of mentions of a few dozen entities would otherwise spell out the same node each time).
  const iris = new Map(head.entities.map((e) => [e, jsonString(mint('entity', e.id))]))
  const once = new Map<Entity, string>()
  const shared: ItemContext = {
    // One context for every item: nothing in it depends on the annotation.
    kinds: {
      entities,
      entityIriText: (entity) => iris.get(entity) ?? jsonString(mint('entity', entity.id)),
      annotationIri: (id) => mint('annotation', id),
      onceFor: (entity, make) => {
        let text = once.get(entity)
        if (text === undefined) once.set(entity, (text = make()))
        return text
      }
    },
    agents: new Agents(),
    kindOpenings: new Map(),
    targetOpening:
      ',"target":{"source":' +
      jsonString(articleIri) +
      ',"selector":[{"type":"TextQuoteSelector","exact":"'
  }
  return (annotation, target) => annotationItem(annotation, target, shared)
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

/**
 * The AnnotationCollection of a checked native document, as objects: the file's text read
 * back (the export writes text; tests and tools that look into a collection read this).
 */
export function w3cFromNative(doc: NativeDocument): W3cCollection {
  const { annotations, ...head } = doc
  const exported = new NativeExport(
    head,
    annotations,
    new CodePointIndex(doc.text),
    // Every target as the document has it.
    new Uint8Array(annotations.length)
  )
  return JSON.parse([...w3cPieces(exported)].join('')) as W3cCollection
}

/** An article as a W3C AnnotationCollection (checked through the native export first). */
export function toW3cCollection(file: ArticleFile, options: ExportOptions = {}): W3cCollection {
  return JSON.parse(exportW3c(file, options)) as W3cCollection
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
 * The file's text in pieces, the items written a batch at a time, for a writer that writes
 * each piece while the next is made: the text {@link serializeW3c} gives the collection (a
 * property test holds it to the collection built as objects and stringified). The items are
 * written from the article's annotations as the export holds them: no native annotation
 * and no item object is made on the way.
 */
export function w3cPieces(exported: NativeExport, batch = ITEMS_PER_PIECE): Iterable<string> {
  const item = itemWriter(exported.head)
  const items = new ItemsAsText(exported.annotationCount, (from, to) => {
    // Joined, not added up: the join copies each item's text once into one flat string,
    // where a piece added up item by item is a tree of thousands of short strings that the
    // writer would have to walk character by character.
    const texts: string[] = []
    for (let i = from; i < to; i++) texts.push(item(exported.annotation(i), exported.target(i)))
    return texts.join(',')
  })
  const whole = collection(exported.head, exported.annotationCount, items)
  return withFinalNewline(jsonPieces(whole, 0, { path: ['first', 'items'], batch }))
}

/** An article as the text of a `*.jsonld` file. */
export function exportW3c(file: ArticleFile, options: ExportOptions = {}): string {
  return [...w3cPieces(checkedForExport(file, options))].join('')
}
