import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './csp'

describe('content security policy', () => {
  it('is strict: nothing by default, no inline or eval, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })

  it('loosens only script inlining and the HMR socket for the dev server', () => {
    const devPolicy = contentSecurityPolicy('http://localhost:5173/')
    expect(devPolicy).toContain("script-src 'self' 'unsafe-inline'")
    expect(devPolicy).toContain("connect-src 'self' ws://localhost:5173")
    expect(devPolicy).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY)
  })

  // The renderer's index.html carries the same policy as a meta tag; keep them identical.
  const indexHtml = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
  it.skipIf(!existsSync(indexHtml))('matches the meta tag in src/renderer/index.html', () => {
    const html = readFileSync(indexHtml, 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })
})
