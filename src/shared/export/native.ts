/**
 * The native export (`*.newsroom.json`): an article file as a self-contained, documented
 * JSON document whose offsets count code points over its own `text`, and back.
 *
 * Export → import gives the article file back exactly; import → export gives the same file
 * except `exportedAt`. Every export is checked before anyone writes it: the article against
 * the article schema (once: not again when the library read and checked it), the document
 * against the published JSON Schema (ajv), and for consistency (offsets inside the text,
 * `exact` equal to the text at the offsets, mentions pointing at entities). A file read back
 * is checked the same three ways, with the native zod schemas in place of the article's.
 */
import {
  ArticleFile,
  ARTICLE_SCHEMA_VERSION,
  type Annotation,
  type ArticleFile as ArticleFileType,
  type TextTarget
} from '../model'
import { entityRefOf } from '../annotations/kinds'
import { BLOCK_SEPARATOR, CodePointIndex, codePointLength, plainText, truncate } from '../text'
import { ItemsOnDemand, jsonPieces, withFinalNewline } from './jsonPieces'
import { jsonSchemaProblems } from './jsonSchemaCheck'
import {
  NATIVE_FORMAT,
  NATIVE_VERSION,
  NativeDocument,
  type NativeAnnotation,
  type NativeBlock,
  type NativeEntity
} from './nativeSchema'
import {
  describeJsonSyntaxError,
  FormatError,
  jsonPath,
  problemsFromZod,
  type Problem
} from './problems'

/** Options of an export. */
export interface ExportOptions {
  /** When the export is made (ISO 8601); now by default. Tests and fixtures pin it. */
  exportedAt?: string
  /**
   * The article is the result of the article schema (`ArticleFile`) and nothing changed it
   * since: the library's copy of a file it read. Its schema check is then not run again;
   * the export itself is still checked against the JSON Schema and for consistency.
   */
  articleChecked?: boolean
}

/** A native document but its annotations: what comes before them in the file. */
export type NativeHead = Omit<NativeDocument, 'annotations'>

/**
 * An article checked for a native or W3C export: the document's head made, its annotations
 * kept as the article holds them with the target each is written with. Each annotation is
 * made in the format's shape only when it is asked for, so that a writer can make and write
 * a few at a time (see `ItemsOnDemand`); {@link document} makes them all.
 */
export class NativeExport {
  constructor(
    readonly head: NativeHead,
    private readonly annotations: readonly Annotation[],
    private readonly index: CodePointIndex,
    /** 1 where the annotation's target is made from the text (see {@link isFresh}). */
    private readonly fresh: Uint8Array
  ) {}

  get annotationCount(): number {
    return this.annotations.length
  }

  /** The annotation as the article holds it (its target may be stale: see {@link target}). */
  annotation(i: number): Annotation {
    return this.annotations[i]
  }

  /** The target annotation `i` is written with. */
  target(i: number): TextTarget {
    const { target } = this.annotations[i]
    return this.fresh[i] ? this.index.target(target.start, target.end) : target
  }

  /** Annotations `from` to `to` (excluded) in the format's shape. */
  nativeAnnotations(from: number, to: number): NativeAnnotation[] {
    const out: NativeAnnotation[] = []
    for (let i = from; i < to; i++) out.push(nativeAnnotation(this.annotations[i], this.target(i)))
    return out
  }

  /** The whole document. */
  document(): NativeDocument {
    return { ...this.head, annotations: this.nativeAnnotations(0, this.annotations.length) }
  }
}

/**
 * An article checked for export; throws {@link FormatError} when it is not sound.
 *
 * Each check runs once, where it protects something: the article against its schema (unless
 * `articleChecked` says the reader did that already); the document against the published
 * JSON Schema, the contract a reader of the file checks; and what no schema can say, the
 * offsets and references. Blocks and the prefix and suffix of an anchored annotation are
 * taken from the text here, so they agree with it by construction and are not checked again.
 */
export function checkedForExport(file: ArticleFileType, options: ExportOptions = {}): NativeExport {
  const article = options.articleChecked ? file : checkedArticle(file)
  const text = plainText(article.blocks)
  const index = new CodePointIndex(text)
  const problems: Problem[] = []
  if (text.normalize('NFC') !== text) {
    problems.push({ path: '$.text', message: 'is not in Unicode NFC; offsets would be ambiguous' })
  }

  // Blocks tile the text by construction: their offsets are those of the text just joined,
  // counted in UTF-16 units and turned into code points by the index (no second scan).
  const blocks: NativeBlock[] = []
  let utf16 = 0
  for (const block of article.blocks) {
    const end = utf16 + block.text.length
    blocks.push({ type: block.type, start: index.toCodePoint(utf16), end: index.toCodePoint(end) })
    utf16 = end + BLOCK_SEPARATOR.length
  }

  const head: NativeHead = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    article: article.article,
    text,
    blocks,
    entities: article.entities
  }
  const { annotations } = article
  // The JSON Schema first: the consistency checks below rely on the types it checks. It
  // checks objects, not JSON text: the same verdict for plain data, and stricter for
  // anything JSON would turn into something else (see jsonSchemaCheck.ts). The annotations
  // are checked as the article holds them: the format's shape has the same properties with
  // the same values, in another order, but for a fresh target's prefix and suffix, strings
  // either way; so the verdict is the document's, without making it.
  const schemaProblems = jsonSchemaProblems({ ...head, annotations })
  if (schemaProblems.length) {
    throw new FormatError(
      'schema',
      'The article cannot be exported: the export does not validate against the JSON Schema',
      schemaProblems
    )
  }
  problems.push(...referenceProblems(head.entities, annotations))
  const fresh = new Uint8Array(annotations.length)
  annotations.forEach((annotation, i) => {
    // A fresh target matches the text by construction; any other is checked in full.
    if (isFresh(annotation, index)) fresh[i] = 1
    else problems.push(...targetProblems(annotation, index, ['annotations', i]))
  })
  if (problems.length) {
    throw new FormatError('inconsistent', 'The article cannot be exported', problems)
  }
  return new NativeExport(head, annotations, index, fresh)
}

/** The native document of an article, checked (see {@link checkedForExport}). */
export function toNativeDocument(
  file: ArticleFileType,
  options: ExportOptions = {}
): NativeDocument {
  return checkedForExport(file, options).document()
}

/** An article that has not been through the article schema, through it. */
function checkedArticle(file: ArticleFileType): ArticleFileType {
  const parsed = ArticleFile.safeParse(file)
  if (!parsed.success) {
    throw new FormatError(
      'schema',
      'The article cannot be exported: it does not match the article format',
      problemsFromZod(parsed.error)
    )
  }
  return parsed.data
}

/**
 * An annotation as the format writes it: its id and kind, then its own fields, then where it
 * is and who made it, the order of the format's schemas (so the file is the same, byte for
 * byte, as when the document went through them; a property test holds it), with the
 * target it is written with ({@link NativeExport.target}). A property the format does not
 * name stays among its own fields, for the JSON Schema to refuse.
 */
function nativeAnnotation(annotation: Annotation, target: TextTarget): NativeAnnotation {
  const given = annotation as unknown as Record<string, unknown>
  // Built key by key: a rest pattern (`{ id, kind, ...own }`) took four times as long.
  const out: Record<string, unknown> = { id: annotation.id, kind: annotation.kind }
  for (const key in given) if (!PLACED_KEYS.has(key)) out[key] = given[key]
  out.target = target
  for (const key of WHERE_AND_WHO) out[key] = given[key]
  return out as NativeAnnotation
}

/** What every annotation ends with in the format: where it is, who made it and when. */
const WHERE_AND_WHO = ['orphaned', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt'] as const
const PLACED_KEYS: ReadonlySet<string> = new Set(['id', 'kind', 'target', ...WHERE_AND_WHO])

/**
 * True for an anchored annotation that quotes the text at its offsets: its target is then
 * written as the text has it (`index.target`), prefix and suffix included.
 */
function isFresh(annotation: Annotation, index: CodePointIndex): boolean {
  const { start, end, exact } = annotation.target
  if (annotation.orphaned || !Number.isInteger(start) || !Number.isInteger(end)) return false
  if (start < 0 || end < start || end > index.length || typeof exact !== 'string') return false
  return index.slice(start, end) === exact
}

/** The file's text: two-space indented JSON with a final newline. */
export function serializeNative(doc: NativeDocument): string {
  return JSON.stringify(doc, null, 2) + '\n'
}

/**
 * Annotations per piece of {@link nativePieces}: some 40,000 characters, small enough that
 * each piece is made, encoded and dropped while young, large enough that a piece's fixed
 * costs do not count.
 */
const ANNOTATIONS_PER_PIECE = 64

/**
 * The file's text in pieces, the annotations made and stringified a batch at a time, for a
 * writer that writes each piece while the next is made. Joined, they are the text
 * {@link serializeNative} gives the whole document.
 */
export function nativePieces(
  exported: NativeExport,
  batch = ANNOTATIONS_PER_PIECE
): Iterable<string> {
  const annotations = new ItemsOnDemand(exported.annotationCount, (from, to) =>
    exported.nativeAnnotations(from, to)
  )
  return withFinalNewline(
    jsonPieces({ ...exported.head, annotations }, 2, { path: ['annotations'], batch })
  )
}

/** An article as the text of a `*.newsroom.json` file, checked before it is returned. */
export function exportNative(file: ArticleFileType, options: ExportOptions = {}): string {
  return serializeNative(toNativeDocument(file, options))
}

/**
 * Consistency problems of a document that already matches the schema: everything a JSON
 * Schema cannot say. Empty when the document is sound.
 */
export function nativeProblems(doc: NativeDocument): Problem[] {
  const problems: Problem[] = []
  const { text } = doc
  if (text.normalize('NFC') !== text) {
    problems.push({ path: '$.text', message: 'is not in Unicode NFC; offsets would be ambiguous' })
  }
  const index = new CodePointIndex(text)
  const separator = codePointLength(BLOCK_SEPARATOR)

  let expected = 0
  doc.blocks.forEach((block, i) => {
    const at = ['blocks', i] as const
    if (block.start !== expected) {
      const after =
        i === 0 ? 'the first block starts at 0' : 'two code points after the previous block'
      problems.push({ path: jsonPath([...at, 'start']), message: `must be ${expected} (${after})` })
    } else if (i > 0 && index.slice(block.start - separator, block.start) !== BLOCK_SEPARATOR) {
      problems.push({
        path: jsonPath([...at, 'start']),
        message: 'the block must follow a blank line ("\\n\\n") in text'
      })
    }
    if (block.end < block.start) {
      problems.push({ path: jsonPath([...at, 'end']), message: `is before start (${block.start})` })
    } else if (block.end > index.length) {
      problems.push({
        path: jsonPath([...at, 'end']),
        message: `is past the end of text (${index.length} code points)`
      })
    }
    expected = Math.max(block.end, block.start) + separator
  })
  const last = doc.blocks[doc.blocks.length - 1]
  if (last && last.end !== index.length && last.end <= index.length) {
    problems.push({
      path: jsonPath(['blocks', doc.blocks.length - 1, 'end']),
      message: `must be ${index.length}: the last block ends the text`
    })
  }

  problems.push(...referenceProblems(doc.entities, doc.annotations))
  doc.annotations.forEach((annotation, i) => {
    problems.push(...targetProblems(annotation, index, ['annotations', i]))
  })
  return problems
}

/** Duplicate ids, and mentions and speakers that name no entity of the document. */
function referenceProblems(
  entities: readonly NativeEntity[],
  annotations: readonly Annotation[]
): Problem[] {
  const problems: Problem[] = []
  const entityIds = new Set<string>()
  entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) {
      problems.push({
        path: jsonPath(['entities', i, 'id']),
        message: `duplicate entity id "${entity.id}"`
      })
    }
    entityIds.add(entity.id)
  })
  const annotationIds = new Set<string>()
  annotations.forEach((annotation, i) => {
    const at = ['annotations', i] as const
    if (annotationIds.has(annotation.id)) {
      problems.push({
        path: jsonPath([...at, 'id']),
        message: `duplicate annotation id "${annotation.id}"`
      })
    }
    annotationIds.add(annotation.id)
    const ref = entityRefOf(annotation)
    if (ref && !entityIds.has(ref.id)) {
      problems.push({
        path: jsonPath([...at, ref.field]),
        message: `no entity has the id "${ref.id}"`
      })
    }
  })
  return problems
}

/** Where an annotation's target disagrees with the text. */
function targetProblems(
  annotation: Annotation,
  index: CodePointIndex,
  at: readonly (string | number)[]
): Problem[] {
  const { start, end, exact, prefix, suffix } = annotation.target
  const path = (key: string): string => jsonPath([...at, 'target', key])
  if (end < start) return [{ path: path('end'), message: `is before start (${start})` }]
  if (end > index.length) {
    return [{ path: path('end'), message: `is past the end of text (${index.length} code points)` }]
  }
  if (annotation.orphaned) return []
  const found = index.slice(start, end)
  if (found !== exact) {
    return [
      {
        path: path('exact'),
        message: `annotation "${annotation.id}" quotes ${quoteForMessage(exact)} but the text at ${start}–${end} is ${quoteForMessage(found)}`
      }
    ]
  }
  // Compare only as much text as the context holds: slicing from 0 would make the check
  // quadratic over an article with thousands of annotations.
  const problems: Problem[] = []
  const before = codePointLength(prefix)
  if (before > start || index.slice(start - before, start) !== prefix) {
    problems.push({
      path: path('prefix'),
      message: 'does not match the text just before the quote'
    })
  }
  const after = codePointLength(suffix)
  if (end + after > index.length || index.slice(end, end + after) !== suffix) {
    problems.push({ path: path('suffix'), message: 'does not match the text just after the quote' })
  }
  return problems
}

/** A short quoted excerpt for an error message. */
function quoteForMessage(s: string): string {
  return JSON.stringify(truncate(s, 41))
}

/** The article file a checked native document stands for. */
export function articleFromNative(doc: NativeDocument): ArticleFileType {
  const index = new CodePointIndex(doc.text)
  const candidate = {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: doc.article,
    blocks: doc.blocks.map((b) => ({ type: b.type, text: index.slice(b.start, b.end) })),
    entities: doc.entities,
    annotations: doc.annotations
  }
  const parsed = ArticleFile.safeParse(candidate)
  if (!parsed.success) {
    throw new FormatError(
      'schema',
      'The file is not a valid article',
      problemsFromZod(parsed.error).map((p) => ({
        // The article file and the export share their paths except for the version field.
        path: p.path.replace(/^\$\.schemaVersion/, '$.version'),
        message: p.message
      }))
    )
  }
  return parsed.data
}

/** True for a value that looks like a W3C Web Annotation document rather than ours. */
export function looksLikeW3c(value: unknown): boolean {
  if (!isObject(value)) return false
  const type = value.type
  const types = Array.isArray(type) ? type : [type]
  return (
    '@context' in value &&
    types.some((t) => t === 'AnnotationCollection' || t === 'Annotation' || t === 'AnnotationPage')
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parses JSON text with a message that gives the line and column of a syntax error. */
export function parseJsonText(text: string): unknown {
  const clean = text.replace(/^\ufeff/, '')
  try {
    return JSON.parse(clean)
  } catch (error) {
    throw new FormatError(
      'invalid-json',
      `The file is not valid JSON: ${describeJsonSyntaxError(clean, error)}`
    )
  }
}

/**
 * A parsed JSON value as a checked native document: right format and version, valid
 * against the schemas, consistent. Throws {@link FormatError} naming the first problems.
 */
export function checkNativeValue(value: unknown): NativeDocument {
  if (!isObject(value)) {
    throw new FormatError('unknown-format', 'The file does not hold a JSON object')
  }
  if (value.format !== NATIVE_FORMAT) {
    if (looksLikeW3c(value)) {
      throw new FormatError(
        'unknown-format',
        'This is a W3C Web Annotation file, not a newsroom-annotations file: apply it to an ' +
          'article (it is re-anchored by quote) instead of importing it as an article'
      )
    }
    if ('schemaVersion' in value && 'blocks' in value) {
      throw new FormatError(
        'unknown-format',
        'This is an article file from a library, not an export: use --library with --article'
      )
    }
    throw new FormatError('unknown-format', 'Unknown format', [
      {
        path: '$.format',
        message: `is ${value.format === undefined ? 'missing' : JSON.stringify(value.format)}; expected "${NATIVE_FORMAT}"`
      }
    ])
  }
  if (value.version !== NATIVE_VERSION) {
    const version = value.version
    const newer = typeof version === 'number' && version > NATIVE_VERSION
    throw new FormatError(
      'unsupported-version',
      newer
        ? `Format version ${version} is newer than this app reads (version ${NATIVE_VERSION}); update the app`
        : 'Unsupported format version',
      newer
        ? []
        : [
            {
              path: '$.version',
              message: `is ${JSON.stringify(version)}; expected ${NATIVE_VERSION}`
            }
          ]
    )
  }
  const parsed = NativeDocument.safeParse(value)
  if (!parsed.success) {
    throw new FormatError(
      'schema',
      'The file does not match the newsroom-annotations schema',
      problemsFromZod(parsed.error)
    )
  }
  const schemaProblems = jsonSchemaProblems(value)
  if (schemaProblems.length) {
    throw new FormatError(
      'schema',
      'The file does not validate against the JSON Schema',
      schemaProblems
    )
  }
  const inconsistent = nativeProblems(parsed.data)
  if (inconsistent.length) {
    throw new FormatError('inconsistent', 'The file is not consistent', inconsistent)
  }
  return parsed.data
}

/** The checked native document in the text of a `*.newsroom.json` file. */
export function parseNativeDocument(text: string): NativeDocument {
  return checkNativeValue(parseJsonText(text))
}

/** The article file a `*.newsroom.json` file restores, exactly as it was exported. */
export function importNative(text: string): ArticleFileType {
  return articleFromNative(parseNativeDocument(text))
}
