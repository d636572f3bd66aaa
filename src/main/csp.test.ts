import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  cspMetaTag
} from './csp'

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

  it('gives the meta tag the same policy less frame-ancestors, which a meta tag cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(META_CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'").toBe(CONTENT_SECURITY_POLICY)
    expect(cspMetaTag()).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`)
  })

  // The built index.html must carry the policy (the build injects it).
  const builtHtml = fileURLToPath(new URL('../../out/renderer/index.html', import.meta.url))
  it.skipIf(!existsSync(builtHtml))('is in the built out/renderer/index.html', () => {
    const html = readFileSync(builtHtml, 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY)
  })
})
