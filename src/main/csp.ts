/**
 * The renderer's Content-Security-Policy, in one place. Electron main sends it as a response
 * header (this matters for the dev server, which serves no meta tag of its own making), the
 * loopback web host can send the same header, and src/renderer/index.html carries it as a
 * `<meta http-equiv="Content-Security-Policy">` tag; csp.test.ts fails if the two drift apart.
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
 * The policy for a given renderer source. Under the electron-vite dev server the React refresh
 * preamble is an inline script and hot reload talks over a WebSocket to the same host, so dev
 * alone allows those two things; a built app always gets the strict policy above.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY
  const dev = new URL(devServerUrl)
  const ws = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`
  )
}
