/**
 * The contract's `exportReport` row: an article's fact-check report (src/shared/report)
 * written where the report target says. In the web host and pipelines that is the exports
 * folder; in Electron the Save dialog picks the PDF's name, the HTML goes beside it and the
 * PDF is printed from it by Chromium (see pdf-electron.ts). Nothing here knows Electron.
 */
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError, type ExportedFileInfo } from '@shared/contract'
import { fileStem } from '@shared/export'
import { factCheckReport, REPORT_SUFFIX } from '@shared/report/factCheckReport'
import type { ReportLanguage } from '@shared/report/reportStrings'
import type { Library } from '../library/Library'
import { writeFilesAtomically } from '../exchange/writeFiles'

/** Where a report goes: the HTML file, and the PDF beside it when the host can print. */
export interface ReportPaths {
  html: string
  pdf: string | null
}

/** Picks where a report is written; null when the user cancelled. */
export interface ReportTarget {
  choose(request: { title: string; stem: string }): Promise<ReportPaths | null>
}

/**
 * Writes `<folder>/<stem>.fact-check.html` (the web host, NEWSROOM_EXPORT_DIR), and with
 * `withPdf` (a desktop host that can print) `<stem>.fact-check.pdf` beside it.
 */
export function folderReportTarget(
  folder: string,
  options: { withPdf?: boolean } = {}
): ReportTarget {
  return {
    choose: async ({ stem }) => ({
      html: join(folder, stem + REPORT_SUFFIX),
      pdf: options.withPdf ? join(folder, `${stem}.fact-check.pdf`) : null
    })
  }
}

/** What the report export works with. */
export interface ReportExportDeps {
  library: Library
  target: ReportTarget
  /** Prints a written HTML file to PDF bytes (Electron's `webContents.printToPDF`). */
  printToPdf?: (htmlPath: string) => Promise<Uint8Array>
  now?: () => Date
}

/** Writes bytes atomically (temporary file, then rename). */
async function writeBytes(path: string, bytes: Uint8Array): Promise<ExportedFileInfo> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, bytes)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    const why = error instanceof Error ? error.message : String(error)
    throw new AppError('io', `The PDF could not be written (${why}).`)
  }
  return { path, bytes: bytes.byteLength }
}

/** The `exportReport` operation over a library. */
export function createReportExport(deps: ReportExportDeps) {
  const now = deps.now ?? (() => new Date())
  return async function exportReport(request: {
    id: string
    language: ReportLanguage
  }): Promise<{ cancelled: boolean; files: ExportedFileInfo[] }> {
    const file = await deps.library.open(request.id)
    const settings = await deps.library.getSettings()
    const html = factCheckReport(file, {
      language: request.language,
      generatedAt: now(),
      entityTypes: settings.entityTypes,
      organisation: settings.organisationName || undefined
    })
    const paths = await deps.target.choose({
      title: file.article.title,
      stem: fileStem(file.article.title)
    })
    if (!paths) return { cancelled: true, files: [] }
    const files = await writeFilesAtomically([{ path: paths.html, content: html }])
    if (paths.pdf && deps.printToPdf) {
      const pdf = await deps.printToPdf(paths.html)
      files.push(await writeBytes(paths.pdf, pdf))
    }
    return { cancelled: false, files }
  }
}
