/**
 * Export and import of annotated articles for the contract's `exportArticle` and
 * `importAnnotations` rows: the shared exporter and readers (src/shared/export) over the
 * Library, with the files placed by an {@link ExportTarget}. Nothing here knows about
 * Electron or HTTP, so the same code serves the desktop app, the web host and the tests.
 */
import {
  AppError,
  MAX_IMPORT_BYTES,
  type AnnotationImport,
  type ExportedFileInfo,
  type ExportFormatName
} from '@shared/contract'
import {
  applyW3c,
  articleFromNative,
  exportArticle,
  fileStem,
  FormatError,
  readAnnotationFile
} from '@shared/export'
import type { ReanchorReport } from '@shared/anchoring/reanchor'
import type { ArticleSummary } from '@shared/model'
import { formatBytes } from '../import/decode'
import type { Library } from '../library/Library'
import type { ExportTarget } from './exportTarget'
import { writeFilesAtomically } from './writeFiles'

/** What the exchange works with. */
export interface ExchangeDeps {
  library: Library
  /** Where exports go (the Save dialog, or a folder). */
  target: ExportTarget
  /** The clock, for `exportedAt`; tests pass a fixed one. */
  now?: () => Date
}

/** Most orphans listed in an import's answer (the counts are always complete). */
export const MAX_LISTED_ORPHANS = 1000

/** The answer of an export: the files written, or a cancelled dialog. */
export interface ExportOutcome {
  cancelled: boolean
  files: ExportedFileInfo[]
}

/** Export and import over one library. */
export interface Exchange {
  exportArticle(request: {
    id: string
    format: ExportFormatName
    articleUrl?: string
  }): Promise<ExportOutcome>
  importAnnotations(request: {
    fileName: string
    text: string
    ontoArticleId?: string
  }): Promise<AnnotationImport>
}

/** The refusal of a file that cannot be read, naming its first problems with their paths. */
function refused(fileName: string, error: FormatError): AppError {
  return new AppError(
    'invalid-input',
    `"${fileName}" cannot be imported. ${error.message}. Nothing was changed.`
  )
}

/** The report part of a W3C import's answer. */
type ImportReport = Extract<AnnotationImport, { kind: 'w3c' }>['report']

/** The figures of a re-anchoring report as the contract carries them. */
function reportSummary(report: ReanchorReport): ImportReport {
  return {
    total: report.total,
    exact: report.exact,
    fuzzy: report.fuzzy,
    orphan: report.orphan,
    orphans: report.rows
      .filter((row) => row.status === 'orphan')
      .slice(0, MAX_LISTED_ORPHANS)
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        exact: row.before.exact,
        ...(row.reason ? { reason: row.reason } : {})
      }))
  }
}

function summaryOf(file: {
  article: { id: string; title: string; updatedAt: string }
  annotations: readonly unknown[]
}): ArticleSummary {
  return {
    id: file.article.id,
    title: file.article.title,
    updatedAt: file.article.updatedAt,
    annotationCount: file.annotations.length
  }
}

/** The export and import operations over a library. */
export function createExchange(deps: ExchangeDeps): Exchange {
  const { library, target } = deps
  const now = deps.now ?? (() => new Date())

  async function exportOne(request: {
    id: string
    format: ExportFormatName
    articleUrl?: string
  }): Promise<ExportOutcome> {
    const file = await library.read(request.id)
    // ClaimReview markup is signed by the organisation named in the library's settings.
    const claimReview =
      request.format === 'claimreview'
        ? {
            organisation: (await library.getSettings()).organisationName,
            articleUrl: request.articleUrl ?? ''
          }
        : undefined
    let rendered
    try {
      // The library checked the article against its schema when it read the file; the
      // export is checked against the JSON Schema and the offsets rule before any write.
      rendered = exportArticle(file, request.format, {
        exportedAt: now().toISOString(),
        articleChecked: true,
        ...(claimReview ? { claimReview } : {})
      })
    } catch (error) {
      if (!(error instanceof FormatError)) throw error
      throw new AppError(
        // What ClaimReview lacks (an organisation, an address) is the user's to give.
        request.format === 'claimreview' ? 'invalid-input' : 'internal',
        `"${file.article.title}" cannot be exported: ${error.message}. Nothing was written.`
      )
    }
    const paths = await target.choose({
      title: file.article.title,
      format: request.format,
      stem: fileStem(file.article.title),
      suffixes: rendered.map((f) => f.suffix)
    })
    if (!paths) return { cancelled: true, files: [] }
    if (paths.length !== rendered.length) {
      throw new AppError('internal', 'The export target gave the wrong number of file names.')
    }
    const files = await writeFilesAtomically(
      rendered.map((f, i) => ({ path: paths[i], content: f.pieces() }))
    )
    return { cancelled: false, files }
  }

  async function importFile(request: {
    fileName: string
    text: string
    ontoArticleId?: string
  }): Promise<AnnotationImport> {
    const fileName = request.fileName.split(/[\\/]/).pop() || request.fileName
    const size = Buffer.byteLength(request.text, 'utf8')
    if (size > MAX_IMPORT_BYTES) {
      throw new AppError(
        'too-large',
        `"${fileName}" is ${formatBytes(size)}; the largest annotation file that can be ` +
          `imported is ${formatBytes(MAX_IMPORT_BYTES)}. Nothing was changed.`
      )
    }
    let read
    try {
      read = readAnnotationFile(request.text)
    } catch (error) {
      if (error instanceof FormatError) throw refused(fileName, error)
      throw error
    }

    if (read.kind === 'native') {
      let file
      try {
        file = articleFromNative(read.doc)
      } catch (error) {
        if (error instanceof FormatError) throw refused(fileName, error)
        throw error
      }
      const { summary, idChanged } = await library.adopt(file)
      return { kind: 'native', article: summary, idChanged, entityCount: file.entities.length }
    }

    const onto = request.ontoArticleId
    if (!onto) {
      throw new AppError(
        'invalid-input',
        `"${fileName}" is a W3C Web Annotation file: it holds annotations but not the ` +
          "article's text. Open the article it belongs to and import it there. Nothing was changed."
      )
    }
    let report: ReanchorReport | undefined
    let saved
    try {
      saved = await library.replaceAnnotations(onto, (current) => {
        const applied = applyW3c(read.value, current)
        report = applied.report
        return applied.file
      })
    } catch (error) {
      if (error instanceof FormatError) throw refused(fileName, error)
      throw error
    }
    return {
      kind: 'w3c',
      article: summaryOf(saved),
      entityCount: saved.entities.length,
      report: reportSummary(report!)
    }
  }

  return { exportArticle: exportOne, importAnnotations: importFile }
}
