import { describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/contract'
import { createHttpApi, parseHostAnswer, type FetchLike } from './api'

interface Sent {
  url: string
  headers: Record<string, string>
  body: string
}

function fakeFetch(status: number, body: string, sent: Sent[] = []): FetchLike {
  return async (url, init) => {
    sent.push({ url, headers: init.headers, body: init.body })
    return { status, text: async () => body }
  }
}

describe('createHttpApi', () => {
  it('has one method per contract channel', () => {
    const api = createHttpApi({ token: 't', fetch: fakeFetch(200, '{}') })
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
  })

  it('posts JSON with the token to /api/<channel> and returns the result', async () => {
    const sent: Sent[] = []
    const value = { updatedAt: '2025-06-20T10:00:00.000Z' }
    const api = createHttpApi({
      token: 'secret-token',
      baseUrl: 'http://127.0.0.1:4321',
      fetch: fakeFetch(200, JSON.stringify({ ok: true, value }), sent)
    })
    const result = await api.saveArticle({ id: 'a1', entities: [], annotations: [] })
    expect(result).toEqual({ ok: true, value })
    expect(sent[0].url).toBe('http://127.0.0.1:4321/api/saveArticle')
    expect(sent[0].headers['x-newsroom-token']).toBe('secret-token')
    expect(sent[0].headers['content-type']).toBe('application/json')
    expect(JSON.parse(sent[0].body)).toEqual({ id: 'a1', entities: [], annotations: [] })
  })

  it('passes a typed error through, whatever the HTTP status', async () => {
    const error = { code: 'too-large', message: 'The file is larger than 5 MB' }
    const api = createHttpApi({
      token: 't',
      fetch: fakeFetch(400, JSON.stringify({ ok: false, error }))
    })
    expect(await api.importArticle({ fileName: 'a.txt', contentBase64: '' })).toEqual({
      ok: false,
      error
    })
  })

  it('turns a network failure into an io error instead of throwing', async () => {
    const api = createHttpApi({
      token: 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch')
      }
    })
    const result = await api.listLibrary({})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('io')
      expect(result.error.message).toMatch(/Failed to fetch/)
    }
  })

  it('turns a body that cannot be read into an io error', async () => {
    const api = createHttpApi({
      token: 't',
      fetch: async () => ({
        status: 200,
        text: async () => {
          throw new Error('connection reset')
        }
      })
    })
    const result = await api.getSettings({})
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
  })
})

describe('parseHostAnswer', () => {
  it('reports a refused token as forbidden', () => {
    expect(parseHostAnswer('listLibrary', 403, 'Forbidden')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
  })

  it('reports an HTML page as an io error', () => {
    const result = parseHostAnswer('listLibrary', 502, '<html>Bad gateway</html>')
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
  })

  it('rejects a result whose error has an unknown code', () => {
    const body = JSON.stringify({ ok: false, error: { code: 'weird', message: 'x' } })
    expect(parseHostAnswer('listLibrary', 500, body)).toMatchObject({
      ok: false,
      error: { code: 'io' }
    })
  })

  it('rejects a success without a value', () => {
    expect(parseHostAnswer('listLibrary', 200, '{"ok":true}')).toMatchObject({ ok: false })
  })
})
