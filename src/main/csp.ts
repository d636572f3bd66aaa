/**
 * The renderer's Content-Security-Policy, in one place. Electron main sends it as a response
 * header (this matters for the dev server, which serves no meta tag of its own making), the
 * loopback web host can send the same header, and the renderer build injects it into index.html as a
 * `<meta http-equiv="Content-Security-Policy">` tag (see electron.vite.config.ts).
 */

/** Nothing but the app's own scripts, styles, fonts and images (plus data: images). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The same policy as a `<meta>` tag can carry it: browsers ignore (and warn about)
 * frame-ancestors there, so it is left out; the header keeps it.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/** The meta tag the renderer build injects into index.html. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`
}

/**
 * The policy for a given renderer source. Under the electron-vite dev server the React refresh
 * preamble is an inline script and hot reload talks over a WebSocket to the same host, so dev
 * alone allows those two things; a built app always gets the strict policy above.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY
  const dev = new URL(devServerUrl)
  const ws = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'"
  ).replace("connect-src 'self'", `connect-src 'self' ${ws}`)
}
