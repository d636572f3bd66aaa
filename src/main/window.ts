/**
 * The app's one window: locked-down web preferences, remembered bounds, a spelling-aware
 * context menu, and a close that waits for the renderer to flush its saves (see closeGuard.ts).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import {
  BrowserWindow,
  Menu,
  dialog,
  nativeTheme,
  screen,
  type MenuItemConstructorOptions,
  type WebContents
} from 'electron'
import { events, ipcEventChannel, type EventName, type EventPayload } from '@shared/contract'
import { CLOSE_FLUSH_TIMEOUT_MS, CloseGuard } from './closeGuard'
import type { MainLog } from './log'
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  fitToDisplays,
  parseWindowState,
  type WindowState
} from './windowState'

/** What the window needs to know. */
export interface MainWindowOptions {
  /** Built preload script (out/preload/index.cjs). */
  preloadPath: string
  /** Built renderer page (out/renderer/index.html), loaded when there is no dev server. */
  rendererIndexFile: string
  /** The electron-vite dev server, in development. */
  devServerUrl?: string
  /** Where bounds are remembered. */
  stateFile: string
  log: MainLog
}

const guards = new WeakMap<WebContents, CloseGuard>()

/** The close guard of the window showing `contents`, if it has one. */
export function closeGuardFor(contents: WebContents): CloseGuard | undefined {
  return guards.get(contents)
}

/** Sends a main → renderer event after checking its payload against the `events` table. */
export function sendEvent<E extends EventName>(
  contents: WebContents,
  name: E,
  payload: EventPayload<E>
): void {
  if (contents.isDestroyed()) return
  contents.send(ipcEventChannel(name), events[name].parse(payload))
}

/** Creates, hardens and loads the main window. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { log } = options
  const saved = readWindowState(options.stateFile)
  const bounds =
    saved &&
    fitToDisplays(
      saved,
      screen.getAllDisplays().map((d) => d.workArea)
    )

  const window = new BrowserWindow({
    ...(bounds
      ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }
      : DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Newsroom Annotator',
    // The renderer's --bg (base.css), so the first frame does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#161514' : '#f1efe9',
    webPreferences: {
      // Reviewed: the preload only exposes the typed contract through contextBridge.
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      // Middle-click would open new windows (denied anyway): not even the event.
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: true
    }
  })
  if (bounds?.maximized) window.maximize()

  const contents = window.webContents
  let shown = false
  const show = (): void => {
    if (shown || window.isDestroyed()) return
    shown = true
    window.show()
  }
  window.once('ready-to-show', show)
  // A page that fails to load never becomes "ready"; show the window anyway so it can be closed.
  setTimeout(show, 5000).unref()

  const guard = new CloseGuard({
    timeoutMs: CLOSE_FLUSH_TIMEOUT_MS,
    requestFlush: (timeoutMs) => {
      if (contents.isDestroyed() || contents.isCrashed() || contents.isLoadingMainFrame())
        return false
      sendEvent(contents, 'beforeClose', { timeoutMs })
      return true
    },
    close: () => {
      if (!window.isDestroyed()) window.close()
    },
    confirmCloseWithUnsavedChanges: async () => {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        buttons: ['Keep Open', 'Close Anyway'],
        defaultId: 0,
        cancelId: 0,
        message: 'Some changes could not be saved.',
        detail:
          'If you close now, the changes that failed to save are lost. Keep the window open to try ' +
          'saving again; the log has the details.'
      })
      return response === 1
    },
    note: (message) => log.info(message)
  })
  guards.set(contents, guard)

  window.on('close', (event) => {
    if (!guard.onCloseRequested()) {
      event.preventDefault()
      return
    }
    writeWindowState(options.stateFile, window, log)
  })

  contents.on('render-process-gone', (_event, details) =>
    log.error(`Renderer gone: ${details.reason}`)
  )
  contents.on('did-fail-load', (_event, code, description, url) => {
    log.error(`Failed to load ${url}: ${description} (${code})`)
  })
  contents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = params.dictionarySuggestions.map((word) => ({
      label: word,
      click: () => contents.replaceMisspelling(word)
    }))
    if (params.misspelledWord) {
      items.push({
        label: 'Add to Dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord)
      })
    }
    if (items.length) items.push({ type: 'separator' })
    if (params.isEditable) items.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' })
    else if (params.selectionText) items.push({ role: 'copy' })
    if (items.length) Menu.buildFromTemplate(items).popup({ window })
  })

  if (options.devServerUrl)
    void window.loadURL(options.devServerUrl).catch((e) => log.error('Load failed', e))
  else void window.loadFile(options.rendererIndexFile).catch((e) => log.error('Load failed', e))
  return window
}

function readWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

function writeWindowState(file: string, window: BrowserWindow, log: MainLog): void {
  const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() }
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state), 'utf8')
    renameSync(`${file}.tmp`, file)
  } catch (error) {
    log.warn('Could not remember the window bounds', error)
  }
}
