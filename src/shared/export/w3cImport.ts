/**
 * W3C Web Annotation JSON-LD (`*.jsonld`), the way back: reads an AnnotationCollection (ours,
 * or another tool's) and applies it to an article, re-anchoring each annotation by its quote.
 * What an item means is read by its kind's entry in the kinds table (`annotations/kinds.ts`),
 * the kind named by our `annotationKind` term or recognised from the motivation; an item no
 * kind recognises is refused with its path, never read as some other kind.
 */
import type { z } from 'zod'
import { annotationKinds, describeKind, entityRefOf } from '../annotations/kinds'
import {
  reanchorAnnotations,
  type ReanchorOptions,
  type ReanchorReport
} from '../anchoring/reanchor'
import {
  ANNOTATION_KINDS,
  type Annotation,
  type AnnotationKind,
  type ArticleFile,
  type Entity
} from '../model'
import { plainText } from '../text'
import { parseJsonText, toNativeDocument } from './native'
import { FormatError, problemsFromZod } from './problems'
import {
  ANNO_CONTEXT,
  asArray,
  entityFromNode,
  unmint,
  W3cCollectionShape,
  type EntityNode,
  type TextPositionSelector,
  type TextQuoteSelector,
  type W3cAnnotation
} from './w3cVocabulary'

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

/** The kind an item names, or the first whose motivations it has (files of other tools). */
function kindOfItem(item: W3cAnnotation): AnnotationKind | undefined {
  if (item.annotationKind) return item.annotationKind
  const motivations = asArray(item.motivation)
  return ANNOTATION_KINDS.find((kind) =>
    annotationKinds[kind].w3c.recognisedBy.some((m) => motivations.includes(m))
  )
}

/** Reads the annotations of a W3C file without anchoring them. */
export function readW3c(value: unknown): W3cContent {
  const parsed = W3cCollectionShape.safeParse(value)
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
    const kind = kindOfItem(item)
    const selectors = asArray(item.target.selector)
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
      z.infer<typeof TextQuoteSelector> | undefined
    const position = selectors.find((s) => s.type === 'TextPositionSelector') as
      z.infer<typeof TextPositionSelector> | undefined
    if (!kind) {
      problems.push({
        path: `${at}.motivation`,
        message: `says none of: ${ANNOTATION_KINDS.map((k) => annotationKinds[k].noun).join(', ')}`
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
    const fields = describeKind(kind).w3c.read({
      bodies: asArray(item.body),
      term: (name) => (item as Record<string, unknown>)[name],
      remember,
      entityId: (iri) => unmint('entity', iri),
      describedEntity: (iri) => entities.get(unmint('entity', iri)),
      annotationId: (iri) => unmint('annotation', iri)
    })
    if ('problem' in fields) {
      problems.push({ path: `${at}.${fields.problem.at}`, message: fields.problem.message })
      return
    }
    annotations.push({ ...base, ...fields } as Annotation)
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
  const missing = annotations.flatMap((a, i) => {
    const ref = entityRefOf(a)
    return ref && !ids.has(ref.id)
      ? [{ path: `$.first.items[${i}]`, message: `points at an entity the file does not describe` }]
      : []
  })
  if (missing.length) throw new FormatError('inconsistent', 'The file is not consistent', missing)
  const file: ArticleFile = { ...onto, entities: content.entities, annotations }
  // The result must itself export cleanly; this throws with paths if it would not.
  toNativeDocument(file, { exportedAt: new Date().toISOString() })
  return { file, report }
}
