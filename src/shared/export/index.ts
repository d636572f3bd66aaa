/**
 * Export and import of annotated articles: the public API that main's contract handlers
 * and the command-line tools call. Pure functions over strings; the callers do the files.
 */
import type { ArticleFile } from '../model'
import { isWindowsReservedName } from '../windowsNames'
import {
  claimReviewsFromNative,
  serializeClaimReviews,
  type ClaimReviewOptions
} from './claimReview'
import { csvFromNative } from './csv'
import {
  looksLikeW3c,
  parseJsonText,
  nativePieces,
  checkNativeValue,
  checkedForExport,
  type ExportOptions
} from './native'
import type { NativeDocument } from './nativeSchema'
import { w3cPieces } from './w3cExport'

export * from './problems'
export * from './nativeSchema'
export * from './native'
export * from './w3cVocabulary'
export * from './w3cExport'
export * from './w3cImport'
export * from './csv'
export * from './claimReview'

/** The export formats. */
export const EXPORT_FORMATS = ['native', 'w3c', 'csv', 'claimreview'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** One file an export produces. */
export interface ExportedFile {
  /** What ends the file name: ".newsroom.json", ".jsonld", ".quotes.csv", ".entities.csv" (a sheet per kind that has one, then entities). */
  suffix: string
  mediaType: string
  /**
   * The file's text in pieces, made as they are asked for (a native or W3C export of a long
   * article is tens of megabytes: a writer puts each piece on the disk while the next is
   * made). The document behind them is checked already; making them cannot fail.
   */
  pieces(): Iterable<string>
}

/** The whole text of an exported file. */
export function exportedText(file: ExportedFile): string {
  let text = ''
  for (const piece of file.pieces()) text += piece
  return text
}

/** A file whose text is made whole. */
function wholeFile(suffix: string, mediaType: string, content: string): ExportedFile {
  return { suffix, mediaType, pieces: () => [content] }
}

/** What an export may need beyond the article: the ClaimReview's organisation and address. */
export interface ArticleExportOptions extends ExportOptions {
  claimReview?: ClaimReviewOptions
}

/**
 * An article in one format, checked (schemas, JSON Schema, offsets) before anything is
 * returned: one file for native, W3C and ClaimReview, a sheet per file for CSV.
 * Throws `FormatError` naming the first problems.
 */
export function exportArticle(
  file: ArticleFile,
  format: ExportFormat,
  options: ArticleExportOptions = {}
): ExportedFile[] {
  const exported = checkedForExport(file, options)
  switch (format) {
    // The head of the text is made here, so anything wrong shows before a file is chosen;
    // the annotations (items) are made and stringified as they are written.
    case 'native': {
      const pieces = nativePieces(exported)
      return [{ suffix: '.newsroom.json', mediaType: 'application/json', pieces: () => pieces }]
    }
    case 'w3c': {
      const pieces = w3cPieces(exported)
      return [
        {
          suffix: '.jsonld',
          mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
          pieces: () => pieces
        }
      ]
    }
    case 'claimreview':
    case 'csv':
      return filesFromNative(exported.document(), format, options)
  }
}

/** The files of a checked native document as CSV sheets or ClaimReview markup. */
function filesFromNative(
  doc: NativeDocument,
  format: 'csv' | 'claimreview',
  options: ArticleExportOptions
): ExportedFile[] {
  switch (format) {
    case 'claimreview':
      return [
        wholeFile(
          '.claimreview.jsonld',
          'application/ld+json',
          serializeClaimReviews(
            claimReviewsFromNative(doc, options.claimReview ?? { organisation: '', articleUrl: '' })
          )
        )
      ]
    case 'csv':
      return Object.entries(csvFromNative(doc)).map(([sheet, content]) =>
        wholeFile(`.${sheet}.csv`, 'text/csv; charset=utf-8', content)
      )
  }
}

/**
 * A file name stem from an article title: lowercase ASCII words joined by hyphens, never a
 * name Windows reserves (an article titled "Con" exports as `con-article...`).
 */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  if (!stem) return 'article'
  return isWindowsReservedName(stem) ? `${stem}-article` : stem
}

/** What an annotation file turned out to be. */
export type AnnotationFile =
  { kind: 'native'; doc: NativeDocument } | { kind: 'w3c'; value: unknown }

/**
 * Reads the text of an annotation file and tells a native export from a W3C one by its
 * content (not its name). A native file is fully checked; a W3C file is checked when it is
 * applied to an article. Throws `FormatError`.
 */
export function readAnnotationFile(text: string): AnnotationFile {
  const value = parseJsonText(text)
  if (looksLikeW3c(value)) return { kind: 'w3c', value }
  return { kind: 'native', doc: checkNativeValue(value) }
}
