/**
 * The application menu. The template is built by a pure function (only electron *types* are
 * imported) so tests can check it; items that belong to the renderer send a `menuCommand`
 * event with a command id and let the renderer decide what to do.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/contract'

/** What the template depends on. */
export interface MenuOptions {
  appName: string
  /** Development build: adds reload and developer tools. */
  isDev: boolean
  /** macOS gets the app menu first and Cmd-based roles. */
  isMac: boolean
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void
}

/** The menu template: File, Edit, View, Help (plus the app menu on macOS). */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isDev, isMac, send } = options
  const command = (
    label: string,
    id: MenuCommand,
    accelerator?: string
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(id)
  })
  const sep: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            sep,
            { role: 'quit' }
          ]
        }
      ]
    : []

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Article…', 'newArticle', 'CmdOrCtrl+N'),
      command('Import…', 'importArticle', 'CmdOrCtrl+O'),
      command('Export…', 'exportArticle', 'CmdOrCtrl+Shift+E'),
      command('Import Annotations…', 'importAnnotations', 'CmdOrCtrl+Shift+O'),
      command('Settings…', 'openSettings', 'CmdOrCtrl+,'),
      sep,
      isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep]
    : []
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' }
    ]
  }

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [
      command('Keyboard Shortcuts', 'showShortcuts', 'CmdOrCtrl+/'),
      ...(isMac ? [] : [sep, { role: 'about' } as MenuItemConstructorOptions])
    ]
  }

  return [...appMenu, file, edit, view, help]
}
