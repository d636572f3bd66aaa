/**
 * The desktop app's Save and Open dialogs for export and import. Electron only (the web
 * host never imports this file). The dialogs are sheets of the window that asked, and the
 * Save dialog starts in the folder of the last export (Documents at first).
 */
import { BrowserWindow, app, dialog, type FileFilter, type WebContents } from 'electron'
import { dirname, join } from 'node:path'
import type { ExportFormat } from '@shared/export'
import { readAnnotationFileAt } from './annotationFile'
import { pathsForChosen, proposedFileName, type ExportTarget } from './exportTarget'

const FILTERS: Record<ExportFormat, FileFilter[]> = {
  native: [{ name: 'Newsroom annotations (JSON)', extensions: ['json'] }],
  w3c: [{ name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] }],
  csv: [{ name: 'CSV for spreadsheets', extensions: ['csv'] }],
  claimreview: [{ name: 'schema.org ClaimReview (JSON-LD)', extensions: ['jsonld', 'json'] }]
}

const TITLES: Record<ExportFormat, string> = {
  native: 'Export as Newsroom JSON',
  w3c: 'Export as W3C Web Annotation JSON-LD',
  csv: 'Export as CSV (two files: NAME.quotes.csv and NAME.entities.csv)',
  claimreview: 'Export the verdicts as schema.org ClaimReview JSON-LD'
}

/** The Save dialog as an export target; `window` is the window to attach it to. */
export function saveDialogTarget(window: () => BrowserWindow | null): ExportTarget {
  let lastFolder: string | undefined
  return {
    async choose(request) {
      const folder = lastFolder ?? app.getPath('documents')
      const options = {
        title: TITLES[request.format],
        defaultPath: join(folder, proposedFileName(request)),
        buttonLabel: 'Export',
        filters: FILTERS[request.format],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
        message:
          request.format === 'csv'
            ? 'Quotes and entities go to two files that start with the name you choose.'
            : undefined
      }
      const parent = window()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      lastFolder = dirname(result.filePath)
      return pathsForChosen(result.filePath, request)
    }
  }
}

/** The Open dialog for an annotation file, read and checked; `cancelled` when closed. */
export async function openAnnotationFileDialog(
  sender: WebContents
): Promise<{ cancelled: true } | { cancelled: false; fileName: string; text: string }> {
  const parent = BrowserWindow.fromWebContents(sender)
  const options = {
    title: 'Import annotations',
    buttonLabel: 'Import',
    filters: [
      { name: 'Annotation files', extensions: ['json', 'jsonld'] },
      { name: 'All files', extensions: ['*'] }
    ],
    properties: ['openFile'] as 'openFile'[]
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  const path = result.filePaths[0]
  if (result.canceled || !path) return { cancelled: true }
  return { cancelled: false, ...(await readAnnotationFileAt(path)) }
}
