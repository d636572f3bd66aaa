import { describe, expect, it } from 'vitest'
import { externalHttpUrl, isAppRendererUrl, isTrustedSender, mayNavigate } from './security'

const built = { rendererDirUrl: 'file:///opt/app/out/renderer/' }
const dev = { ...built, devServerUrl: 'http://localhost:5173/' }

describe('isAppRendererUrl', () => {
  it('accepts pages under the built renderer folder', () => {
    expect(isAppRendererUrl('file:///opt/app/out/renderer/index.html', built)).toBe(true)
    expect(isAppRendererUrl('file:///opt/app/out/renderer/index.html#/article/1', built)).toBe(true)
  })

  it('refuses other files, including ones reached with dot segments', () => {
    expect(isAppRendererUrl('file:///opt/app/out/renderer-evil/index.html', built)).toBe(false)
    expect(isAppRendererUrl('file:///opt/app/out/renderer/../main/index.js', built)).toBe(false)
    expect(isAppRendererUrl('file:///opt/app/out/renderer/%2e%2e/x.html', built)).toBe(false)
    expect(isAppRendererUrl('file:///tmp/index.html', built)).toBe(false)
    expect(isAppRendererUrl('file://otherhost/opt/app/out/renderer/index.html', built)).toBe(false)
  })

  it('refuses web pages, blank pages and garbage', () => {
    for (const url of [
      'https://example.com/',
      'about:blank',
      'data:text/html,hi',
      '',
      'nonsense',
      null,
      undefined
    ]) {
      expect(isAppRendererUrl(url, built)).toBe(false)
    }
  })

  it('accepts the dev server origin only when one is configured', () => {
    expect(isAppRendererUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppRendererUrl('http://localhost:5173/', built)).toBe(false)
    expect(isAppRendererUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppRendererUrl('http://localhost.evil.com:5173/', dev)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const page = 'file:///opt/app/out/renderer/index.html'

  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender({ url: page, parent: null }, built)).toBe(true)
    expect(isTrustedSender({ url: page, parent: {} }, built)).toBe(false)
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, built)).toBe(false)
    expect(isTrustedSender(null, built)).toBe(false)
  })
})

describe('externalHttpUrl', () => {
  it('passes well-formed http(s) URLs, normalised', () => {
    expect(externalHttpUrl('https://www.lemonde.fr/a?b=1')).toBe('https://www.lemonde.fr/a?b=1')
    expect(externalHttpUrl('HTTP://Example.COM')).toBe('http://example.com/')
  })

  it('drops every other scheme and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'mailto:a@b.c',
      'http//x',
      ''
    ]) {
      expect(externalHttpUrl(url)).toBeNull()
    }
  })
})

describe('mayNavigate', () => {
  it('allows same-document navigations only', () => {
    expect(mayNavigate({ isSameDocument: true })).toBe(true)
    expect(mayNavigate({ isSameDocument: false })).toBe(false)
  })
})
