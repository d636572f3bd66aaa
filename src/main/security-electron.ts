/**
 * Applies the security decisions of security.ts to Electron: every web contents is kept on the
 * app's one page, new windows and webviews are refused, links meant for the world go to the
 * system browser, every permission is denied, and responses carry the app's CSP.
 */
import { app, shell, type Session, type WebContents } from 'electron'
import { contentSecurityPolicy } from './csp'
import type { MainLog } from './log'
import { externalHttpUrl, mayNavigate } from './security'

/**
 * Opens an http(s) URL in the system browser after parsing and checking it; false when the
 * URL was refused or the system could not open it.
 */
export async function openExternalSafely(url: string, log?: MainLog): Promise<boolean> {
  const checked = externalHttpUrl(url)
  if (!checked) {
    log?.warn(`Refused to open a non-http(s) URL externally: ${url.slice(0, 200)}`)
    return false
  }
  try {
    // Reviewed: `checked` is an http(s) URL that externalHttpUrl parsed and rebuilt.
    await shell.openExternal(checked) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return true
  } catch (error) {
    log?.warn(`The system could not open ${checked}`, error)
    return false
  }
}

/** Locks down one web contents: no navigation away, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, log?: MainLog): void {
  contents.on('will-navigate', (event) => {
    if (mayNavigate(event)) return
    event.preventDefault()
    log?.warn(`Blocked navigation to ${event.url.slice(0, 200)}`)
  })
  contents.on('will-redirect', (event) => {
    if (mayNavigate(event)) return
    event.preventDefault()
    log?.warn(`Blocked redirect to ${event.url.slice(0, 200)}`)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log?.warn('Blocked a <webview>')
  })
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new app window; a link to the web opens in the user's browser instead.
    if (externalHttpUrl(url)) void openExternalSafely(url, log)
    else log?.warn(`Blocked window.open of ${url.slice(0, 200)}`)
    return { action: 'deny' }
  })
}

/** Hardens every web contents the app will ever create, including any added later. */
export function hardenAllWebContents(log?: MainLog): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log))
}

/**
 * Denies every permission and sends the CSP header on every response of `session` (the dev
 * variant when the renderer comes from the dev server; see csp.ts).
 */
export function hardenSession(
  session: Session,
  options: { devServerUrl?: string; log?: MainLog }
): void {
  const { devServerUrl, log } = options
  const policy = contentSecurityPolicy(devServerUrl)
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log?.warn(`Denied permission request: ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [policy]
      }
    })
  })
}
