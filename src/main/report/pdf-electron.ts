/**
 * The fact-check report as PDF in the desktop app: the HTML file is loaded into a hidden,
 * script-less window and printed by Chromium (`webContents.printToPDF`), so the PDF is the
 * report's own print stylesheet on A4. Electron only (the web host never imports this), and
 * the Save dialog that names the PDF, with the HTML written beside it.
 */
import { BrowserWindow, app, dialog } from 'electron'
import { dirname, join } from 'node:path'
import { REPORT_SUFFIX } from '@shared/report/factCheckReport'
import type { ReportTarget } from './reportExport'

/** Prints an HTML file to PDF bytes in a hidden window that runs no script. */
export async function printHtmlFileToPdf(htmlPath: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      // As for the main window: no middle-click navigation from the report's links.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    await window.loadFile(htmlPath)
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true
    })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    window.destroy()
  }
}

/** The Save dialog for a report's PDF; the HTML goes beside it with the same name. */
export function saveReportDialogTarget(window: () => BrowserWindow | null): ReportTarget {
  let lastFolder: string | undefined
  return {
    async choose({ stem }) {
      const folder = lastFolder ?? app.getPath('documents')
      const options = {
        title: 'Save the fact-check report',
        defaultPath: join(folder, `${stem}.fact-check.pdf`),
        buttonLabel: 'Save',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
        message: 'The report is saved as PDF, with the same report as HTML beside it.'
      }
      const parent = window()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      lastFolder = dirname(result.filePath)
      const pdf = /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`
      return { pdf, html: pdf.replace(/(\.fact-check)?\.pdf$/i, REPORT_SUFFIX) }
    }
  }
}
