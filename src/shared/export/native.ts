/**
 * The native export (`*.newsroom.json`): an article file as a self-contained, documented
 * JSON document whose offsets count code points over its own `text`, and back.
 *
 * Export → import gives the article file back exactly; import → export gives the same file
 * except `exportedAt`. Every export is checked three ways before anyone writes it: against
 * the zod schemas, against the generated JSON Schema (ajv), and for consistency (offsets
 * inside the text, `exact` equal to the text at the offsets, mentions pointing at entities).
 */
import {
  ArticleFile,
  ARTICLE_SCHEMA_VERSION,
  type Annotation,
  type ArticleFile as ArticleFileType
} from '../model'
import { entityRefOf } from '../annotations/kinds'
import { BLOCK_SEPARATOR, CodePointIndex, codePointLength, plainText, truncate } from '../text'
import { jsonSchemaProblems } from './jsonSchemaCheck'
import {
  NATIVE_FORMAT,
  NATIVE_VERSION,
  NativeDocument,
  type NativeAnnotation,
  type NativeBlock
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
}

/** The native document of an article, checked; throws {@link FormatError} when it is not sound. */
export function toNativeDocument(
  file: ArticleFileType,
  options: ExportOptions = {}
): NativeDocument {
  const parsed = ArticleFile.safeParse(file)
  if (!parsed.success) {
    throw new FormatError(
      'schema',
      'The article cannot be exported: it does not match the article format',
      problemsFromZod(parsed.error)
    )
  }
  const article = parsed.data
  const text = plainText(article.blocks)
  const index = new CodePointIndex(text)

  const blocks: NativeBlock[] = []
  let offset = 0
  const separator = codePointLength(BLOCK_SEPARATOR)
  for (const block of article.blocks) {
    const length = codePointLength(block.text)
    blocks.push({ type: block.type, start: offset, end: offset + length })
    offset += length + separator
  }

  const candidate = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    article: article.article,
    text,
    blocks,
    entities: article.entities,
    annotations: article.annotations.map((a) => withFreshContext(a, index))
  }
  const checked = NativeDocument.safeParse(candidate)
  if (!checked.success) {
    throw new FormatError(
      'schema',
      'The article cannot be exported: the export would not match the format',
      problemsFromZod(checked.error)
    )
  }
  const doc = checked.data
  const inconsistent = nativeProblems(doc)
  if (inconsistent.length) {
    throw new FormatError('inconsistent', 'The article cannot be exported', inconsistent)
  }
  // What ajv sees is what a reader of the file will see: the JSON, not the live object.
  const schemaProblems = jsonSchemaProblems(JSON.parse(JSON.stringify(doc)))
  if (schemaProblems.length) {
    throw new FormatError(
      'schema',
      'The export does not validate against the JSON Schema',
      schemaProblems
    )
  }
  return doc
}

/**
 * An anchored annotation with its prefix and suffix taken from the exported text, so that
 * the quote selector always describes the text it ships with. An annotation whose `exact`
 * does not match is left alone for {@link nativeProblems} to report.
 */
function withFreshContext(annotation: Annotation, index: CodePointIndex): Annotation {
  const { start, end, exact } = annotation.target
  if (annotation.orphaned || end < start || end > index.length) return annotation
  if (index.slice(start, end) !== exact) return annotation
  return { ...annotation, target: index.target(start, end) }
}

/** The file's text: two-space indented JSON with a final newline. */
export function serializeNative(doc: NativeDocument): string {
  return JSON.stringify(doc, null, 2) + '\n'
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

  const entityIds = new Set<string>()
  doc.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) {
      problems.push({
        path: jsonPath(['entities', i, 'id']),
        message: `duplicate entity id "${entity.id}"`
      })
    }
    entityIds.add(entity.id)
  })

  const annotationIds = new Set<string>()
  doc.annotations.forEach((annotation, i) => {
    const at = ['annotations', i] as const
    if (annotationIds.has(annotation.id)) {
      problems.push({
        path: jsonPath([...at, 'id']),
        message: `duplicate annotation id "${annotation.id}"`
      })
    }
    annotationIds.add(annotation.id)
    problems.push(...targetProblems(annotation, index, at))
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
  annotation: NativeAnnotation,
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
