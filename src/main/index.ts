/**
 * Electron main entry: one instance, one locked-down window, the library opened from the
 * folder the launch asked for, and the contract's handlers registered over IPC.
 *
 * Launch options (see appPaths.ts): `--user-data-dir=DIR` / NEWSROOM_USER_DATA isolates a run
 * (tests), `--library=DIR` / NEWSROOM_LIBRARY picks the library folder (default
 * `<userData>/library`). The log is `<userData>/logs/main.log`.
 */
import { fileURLToPath } from 'node:url'
import { BrowserWindow, Menu, app, dialog, session } from 'electron'
import { folderTarget } from './exchange/exportTarget'
import { openAnnotationFileDialog, saveDialogTarget } from './exchange/dialogs'
import { exportDirOverride } from './exchange/launch'
import { Desk } from './desk/Desk'
import { deskSettingsPath } from './desk/deskSettingsFile'
import { createHandlers } from './handlers'
import { printHtmlFileToPdf, saveReportDialogTarget } from './report/pdf-electron'
import { folderReportTarget } from './report/reportExport'
import { registerIpc } from './ipc'
import { Library } from './library/Library'
import { createMainLog } from './log'
import { menuTemplate } from './menu'
import {
  devServerUrl,
  libraryFolder,
  mainLogFile,
  parseLaunchOptions,
  windowStateFile
} from './appPaths'
import type { RendererOrigin } from './security'
import { hardenAllWebContents, hardenSession, openExternalSafely } from './security-electron'
import { closeGuardFor, createMainWindow, sendEvent } from './window'

const launch = parseLaunchOptions(process.argv.slice(1), process.env)
// Before anything reads userData (the single-instance lock is keyed on it too, so isolated
// test runs do not collide with each other or with the user's own instance).
if (launch.userDataDir) app.setPath('userData', launch.userDataDir)

const log = createMainLog(mainLogFile(app.getPath('userData')))
process.on('uncaughtException', (error) => log.error('Uncaught exception', error))
process.on('unhandledRejection', (reason) => log.error('Unhandled rejection', reason))

const devUrl = devServerUrl(process.env, app.isPackaged)
const origin: RendererOrigin = {
  rendererDirUrl: new URL('../renderer/', import.meta.url).href,
  devServerUrl: devUrl
}

let mainWindow: BrowserWindow | null = null
let library: Library | null = null
let desk: Desk | null = null
let quitting = false

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this userData: it gets focused (below) and this one leaves.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('will-quit', (event) => {
    // Let the library finish the writes it has started before the process goes.
    const open = library
    if (!open) return
    library = null
    event.preventDefault()
    const openDesk = desk
    desk = null
    void Promise.resolve(openDesk?.close())
      .catch((error: unknown) => log.error('The desk did not close cleanly', error))
      .then(() => open.close())
      .catch((error: unknown) => log.error('The library did not close cleanly', error))
      .finally(() => app.quit())
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow()
  })
  hardenAllWebContents(log)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('The app could not start.', error))
}

async function start(): Promise<void> {
  log.info(`Starting ${app.getName()} ${app.getVersion()} (Electron ${process.versions.electron})`)
  launch.warnings.forEach((warning) => log.warn(warning))
  hardenSession(session.defaultSession, { devServerUrl: devUrl, log })
  chooseSpellingLanguages()

  const folder = libraryFolder(launch, app.getPath('userData'))
  try {
    library = await Library.open({ folder, log: (message: string) => log.info(message) })
  } catch (error) {
    fail(`The library at ${folder} could not be opened.`, error)
    return
  }
  log.info(`Library open at ${folder}`)
  desk = await Desk.open({
    library,
    settingsFile: deskSettingsPath(app.getPath('userData')),
    log: (message: string) => log.info(message)
  })

  // --export-dir / NEWSROOM_EXPORT_DIR: exports go straight to that folder (tests, pipelines).
  const exportDir = exportDirOverride(process.argv.slice(1), process.env)
  if (exportDir) log.info(`Exports go to ${exportDir} (no Save dialog)`)
  const exportTarget = exportDir
    ? folderTarget(exportDir)
    : saveDialogTarget(() => BrowserWindow.getFocusedWindow() ?? mainWindow)

  registerIpc({
    handlers: createHandlers({
      library,
      desk,
      openExternal: (url) => openExternalSafely(url, log),
      exportTarget,
      // Reports are saved as PDF too on the desktop, printed by Chromium from the HTML.
      reportTarget: exportDir
        ? folderReportTarget(exportDir, { withPdf: true })
        : saveReportDialogTarget(() => BrowserWindow.getFocusedWindow() ?? mainWindow),
      printToPdf: printHtmlFileToPdf
    }),
    windowHandlers: {
      readyToClose: async ({ flushed }, sender) => {
        const guard = closeGuardFor(sender)
        return { closing: guard ? await guard.onReadyToClose(flushed) : false }
      },
      openAnnotationFile: (_request, sender) => openAnnotationFileDialog(sender)
    },
    origin,
    log
  })

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        appName: app.getName(),
        isDev: Boolean(devUrl),
        isMac: process.platform === 'darwin',
        send: (command) => {
          const target = BrowserWindow.getFocusedWindow() ?? mainWindow
          if (target && !target.isDestroyed())
            sendEvent(target.webContents, 'menuCommand', { command })
        }
      })
    )
  )
  mainWindow = openWindow()
}

function openWindow(): BrowserWindow {
  const window = createMainWindow({
    preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    rendererIndexFile: fileURLToPath(new URL('../renderer/index.html', import.meta.url)),
    devServerUrl: devUrl,
    stateFile: windowStateFile(app.getPath('userData')),
    log
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  return window
}

/** Tells the user plainly what went wrong and where the log is, then exits. */
function fail(summary: string, error: unknown): void {
  log.error(summary, error)
  const reason = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Newsroom Annotator', `${summary}\n\n${reason}\n\nDetails are in ${log.file}`)
  app.exit(1)
}

/** French and English spelling where the platform offers them (Linux and Windows). */
function chooseSpellingLanguages(): void {
  if (process.platform === 'darwin') return
  try {
    const available = session.defaultSession.availableSpellCheckerLanguages
    const wanted = ['fr', 'fr-FR', 'en-US', 'en-GB'].filter((code) => available.includes(code))
    if (wanted.length) session.defaultSession.setSpellCheckerLanguages(wanted)
  } catch (error) {
    log.warn('Spelling languages unavailable', error)
  }
}
