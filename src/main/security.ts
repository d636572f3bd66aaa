/**
 * Pure security decisions for the main process (no electron import, so they are unit tested).
 * security-electron.ts applies them to sessions and web contents.
 */

/** Where the app's own renderer may legitimately come from. */
export interface RendererOrigin {
  /** file:// URL of the built renderer folder (out/renderer/), ending in a slash. */
  rendererDirUrl: string
  /** The electron-vite dev server URL, in development only. */
  devServerUrl?: string
}

/**
 * True when `url` is a page of the app's own renderer: a file under the built renderer folder,
 * or the dev server's origin. Anything else (another file, another origin, about:blank, a
 * data: URL) is refused the privileged IPC bridge.
 */
export function isAppRendererUrl(url: string | undefined | null, origin: RendererOrigin): boolean {
  if (!url) return false
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return false
  }
  if (origin.devServerUrl) {
    const dev = new URL(origin.devServerUrl)
    if (target.origin === dev.origin) return true
  }
  if (target.protocol !== 'file:') return false
  const dir = new URL(origin.rendererDirUrl)
  const dirPath = dir.pathname.endsWith('/') ? dir.pathname : `${dir.pathname}/`
  // The URL parser has already resolved `..` and `%2e%2e` segments, so a prefix test on the
  // normalised path cannot be escaped. The host must match too (UNC paths on Windows).
  return target.host === dir.host && target.pathname.startsWith(dirPath)
}

/**
 * The URL to hand to the system browser for a window.open / link request, or null when it is
 * not a well-formed http(s) URL (javascript:, file:, custom schemes and garbage are dropped).
 */
export function externalHttpUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (!parsed.hostname) return null
  return parsed.href
}

/**
 * Whether a navigation of the app's window may proceed. Only same-document navigations
 * (fragments, history API) are allowed: the app is a single page and never leaves it.
 */
export function mayNavigate(details: { isSameDocument: boolean }): boolean {
  return details.isSameDocument
}

/** The parts of an IPC sender frame the trust check looks at (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string
  parent: unknown
}

/**
 * True when an IPC message comes from the top frame of the app's own page. A null frame (it
 * navigated away or was destroyed before the message was handled) is not trusted.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  origin: RendererOrigin
): boolean {
  if (!frame) return false
  if (frame.parent !== null) return false
  return isAppRendererUrl(frame.url, origin)
}
