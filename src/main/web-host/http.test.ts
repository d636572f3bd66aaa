import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError, CHANNELS, type ContractHandlers } from '@shared/contract'
import { TOKEN_HEADER, TOKEN_META_NAME } from '@shared/webHost'
import { CONTENT_SECURITY_POLICY } from '../csp'
import {
  listenContractServer,
  MAX_BODY_BYTES,
  resolveInside,
  sameSecret,
  type ContractServer
} from './http'

const INDEX = `<!doctype html><html><head><meta charset="utf-8">
<title>Newsroom</title></head><body><div id="root"></div></body></html>`

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request, so Host and Origin can be set to anything (fetch forbids that). */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString()
          })
        )
      }
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

let root: string
let rendererDir: string
let host: ContractServer
const calls: string[] = []

function api(channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(host.port, `/api/${channel}`, {
    method: 'POST',
    headers: {
      Host: `127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
      [TOKEN_HEADER]: host.token,
      ...headers
    },
    body: JSON.stringify(body)
  })
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'web-host-test-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), INDEX)
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}')
  await writeFile(join(root, 'secret.txt'), 'outside the renderer')
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'))
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (request: unknown) => {
        calls.push(channel)
        if (channel === 'openArticle') throw new AppError('not-found', 'No article with that id')
        if (channel === 'getSettings') return { nonsense: true }
        return { folder: '/lib', articles: [], damaged: [], echo: request }
      }
    ])
  ) as unknown as ContractHandlers
  host = await listenContractServer({ handlers, rendererDir, log: () => {} })
})

afterAll(async () => {
  await host?.close()
  await rm(root, { recursive: true, force: true })
})

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 with a random port and a 64-hex-digit token in its address', () => {
    expect(host.port).toBeGreaterThan(0)
    expect(host.token).toMatch(/^[0-9a-f]{64}$/)
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
  })

  it('answers a channel with the handler result for the right token, Host and Origin', async () => {
    const reply = await api('listLibrary', {}, { Origin: `http://127.0.0.1:${host.port}` })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { folder: '/lib', articles: [], damaged: [] }
    })
  })

  it('accepts localhost:<port> as Host and Origin', async () => {
    const reply = await api(
      'listLibrary',
      {},
      {
        Host: `localhost:${host.port}`,
        Origin: `http://localhost:${host.port}`
      }
    )
    expect(reply.status).toBe(200)
  })

  it('turns handler errors and contract breaches into typed results', async () => {
    expect(JSON.parse((await api('openArticle', { id: 'x' })).body)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No article with that id' }
    })
    const invalid = JSON.parse((await api('openArticle', { id: '' })).body)
    expect(invalid.ok).toBe(false)
    expect(invalid.error.code).toBe('invalid-input')
    const broken = JSON.parse((await api('getSettings', {})).body)
    expect(broken.error.code).toBe('internal')
  })

  it('refuses a wrong, missing or wrong-length token without calling the handler', async () => {
    const before = calls.length
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('0') ? '1' : '0')
    for (const token of [wrong, '', 'short']) {
      const reply = await api('listLibrary', {}, { [TOKEN_HEADER]: token })
      expect(reply.status).toBe(403)
      expect(JSON.parse(reply.body).error.code).toBe('forbidden')
    }
    const none = await send(host.port, '/api/listLibrary', {
      method: 'POST',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(none.status).toBe(403)
    expect(calls.length).toBe(before)
  })

  it('refuses a foreign Host (DNS rebinding) on the API and on static files', async () => {
    for (const hostHeader of [
      'evil.example:' + host.port,
      `127.0.0.1:${host.port + 1}`,
      '127.0.0.1'
    ]) {
      expect((await api('listLibrary', {}, { Host: hostHeader })).status).toBe(403)
      const page = await send(host.port, `/?token=${host.token}`, { headers: { Host: hostHeader } })
      expect(page.status).toBe(403)
      expect(page.body).not.toContain(host.token)
    }
  })

  it('refuses a foreign Origin, even with the right token', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${host.port + 1}`, 'null']) {
      const reply = await api('listLibrary', {}, { Origin: origin })
      expect(reply.status).toBe(403)
      expect(JSON.parse(reply.body).error.code).toBe('forbidden')
    }
  })

  it('answers an unknown channel with a 404 JSON error, prototype names included', async () => {
    for (const name of ['nope', '__proto__', 'toString', 'constructor']) {
      const reply = await api(name, {})
      expect(reply.status).toBe(404)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })

  it('accepts only POST with a JSON body on /api', async () => {
    const get = await send(host.port, '/api/listLibrary', {
      headers: { Host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token }
    })
    expect(get.status).toBe(405)
    expect(get.headers.allow).toBe('POST')
    const text = await api('listLibrary', {}, { 'Content-Type': 'text/plain' })
    expect(text.status).toBe(415)
    const bad = await send(host.port, '/api/listLibrary', {
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        [TOKEN_HEADER]: host.token
      },
      body: '{not json'
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error.code).toBe('invalid-input')
  })

  it('refuses a body over the size limit with 413 too-large', async () => {
    const reply = await api('createArticle', { text: 'x'.repeat(MAX_BODY_BYTES + 10) })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body).error.code).toBe('too-large')
  })

  it('serves index.html with the token meta only to a holder of the token', async () => {
    const page = await send(host.port, `/?token=${host.token}`, {
      headers: { Host: `127.0.0.1:${host.port}` }
    })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain(`<meta name="${TOKEN_META_NAME}" content="${host.token}">`)
    for (const path of ['/', '/index.html', '/?token=wrong']) {
      const refused = await send(host.port, path, { headers: { Host: `127.0.0.1:${host.port}` } })
      expect(refused.status).toBe(403)
      expect(refused.body).not.toContain(host.token)
    }
  })

  it('serves assets with their content types', async () => {
    const js = await send(host.port, '/assets/app.js', {
      headers: { Host: `localhost:${host.port}` }
    })
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(js.body).toBe('console.log("app")')
    const css = await send(host.port, '/assets/app.css', {
      headers: { Host: `localhost:${host.port}` }
    })
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    const missing = await send(host.port, '/assets/none.js', {
      headers: { Host: `localhost:${host.port}` }
    })
    expect(missing.status).toBe(404)
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/%00',
      '/%E0%A4%A',
      '/assets'
    ]) {
      const reply = await send(host.port, path, { headers: { Host: `127.0.0.1:${host.port}` } })
      expect(reply.status, path).toBe(404)
      expect(reply.body).not.toContain('outside the renderer')
    }
  })

  it('puts the security headers on every response, refusals included', async () => {
    const replies = [
      await send(host.port, '/assets/app.js', { headers: { Host: `127.0.0.1:${host.port}` } }),
      await send(host.port, '/nothing', { headers: { Host: `127.0.0.1:${host.port}` } }),
      await api('listLibrary', {}),
      await api('listLibrary', {}, { [TOKEN_HEADER]: 'wrong' }),
      await api('listLibrary', {}, { Host: 'evil.example' })
    ]
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
      expect(reply.headers['referrer-policy']).toBe('no-referrer')
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin')
      expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin')
    }
  })
})

describe('helpers', () => {
  it('compares secrets exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true)
    expect(sameSecret('abd', 'abc')).toBe(false)
    expect(sameSecret('ab', 'abc')).toBe(false)
    expect(sameSecret(undefined, 'abc')).toBe(false)
  })

  it('resolves paths inside the root only', () => {
    expect(resolveInside('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js')
    expect(resolveInside('/srv/r', '/a/../../etc/passwd')).toBeNull()
    expect(resolveInside('/srv/r', '/%2e%2e/x')).toBeNull()
  })
})
