/**
 * The HTTP side of the loopback web host: it serves the built renderer and answers every
 * contract channel at `POST /api/<channel>` with a JSON `Result`, only for requests that
 * carry the per-run token and name this host by its loopback address. It knows nothing of
 * the library: the handlers come from the caller (see `server.ts`), so its checks can be
 * tested with plain handlers and real HTTP requests.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import {
  contract,
  dispatch,
  type AppErrorShape,
  type Channel,
  type ContractHandlers,
  type Result
} from '@shared/contract'
import { MAX_REQUEST_CHARS } from '@shared/limits'
import { API_PREFIX, TOKEN_HEADER, TOKEN_META_NAME } from '@shared/webHost'
import { CONTENT_SECURITY_POLICY } from '../csp'
import { answerBytes } from './answerBytes'

/**
 * Largest request body the host reads: the contract's whole-request limit (limits.ts), counted
 * in bytes here. The largest import (5 MiB as base64) fits well under it.
 */
export const MAX_BODY_BYTES = MAX_REQUEST_CHARS

/** Query parameter that carries the token in the address the host prints. */
export const TOKEN_QUERY = 'token'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm'
}

/** Where the host writes what it notices (refused requests, handler failures). */
export type WebHostLog = (message: string) => void

/** What {@link listenContractServer} needs: the handlers and the built renderer. */
export interface ContractServerOptions {
  handlers: ContractHandlers
  /** Folder of the built renderer (out/renderer), holding index.html. */
  rendererDir: string
  /** 0 (the default) lets the system pick a free port. */
  port?: number
  /** Per-run secret; a fresh random one when omitted. */
  token?: string
  log?: WebHostLog
  /** Slow-client limits; {@link DEFAULT_TIMEOUTS} when omitted (tests pass short ones). */
  timeouts?: Partial<ServerTimeouts>
}

/**
 * How long a client may take, so a slow or stalled one cannot hold a connection open: the
 * headers, the whole request with its body, and an idle kept-alive connection. A request over
 * its time is answered 408 and its connection closed.
 */
export interface ServerTimeouts {
  headersMs: number
  requestMs: number
  keepAliveMs: number
  /** How often Node checks the two limits above (it checks none in between). */
  checkEveryMs: number
}

/** A 16 MiB body arrives over loopback in well under a second; these leave room to spare. */
export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000
}

/** A running host. */
export interface ContractServer {
  /** Address to open in a browser; it carries the token so index.html can be served. */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** A fresh per-run token: 32 random bytes as hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex')
}

/** Compares two secrets in time independent of where they differ. */
export function sameSecret(given: string | undefined | null, expected: string): boolean {
  const a = Buffer.from(given ?? '', 'utf8')
  const b = Buffer.from(expected, 'utf8')
  // timingSafeEqual needs equal lengths; compare b with itself so a wrong length costs the same.
  if (a.length !== b.length) {
    timingSafeEqual(b, b)
    return false
  }
  return timingSafeEqual(a, b)
}

/** True when `name` is a row of the contract (own keys only: no `__proto__` or `toString`). */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * Resolves a URL path inside `root`, or returns null when it would leave it (`..`, encoded
 * separators, NUL bytes, absolute paths). Symlinks are checked by the caller with realpath.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  if (decoded.split('/').some((segment) => segment === '..')) return null
  const target = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  const rel = relative(root, target)
  if (rel.startsWith('..') || isAbsolute(rel)) return null
  return target
}

/** Adds the token meta element to index.html (the token is hex, so needs no escaping). */
export function injectToken(indexHtml: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}">`
  const head = /<head[^>]*>/i.exec(indexHtml)
  if (head) {
    const at = head.index + head[0].length
    return indexHtml.slice(0, at) + meta + indexHtml.slice(at)
  }
  return meta + indexHtml
}

/** Sent on every response. The CSP is the app's own, so both hosts enforce one policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  // index.html carries the token and the build changes under a running host: never cache.
  'Cache-Control': 'no-store'
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: AppErrorShape
  ) {
    super(error.message)
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const tooLarge = new HttpFailure(413, {
      code: 'too-large',
      message: `The request is larger than ${Math.round(limit / 1024 / 1024)} MiB.`
    })
    if (declared > limit) {
      reject(tooLarge)
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        reject(tooLarge)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!failed) resolveBody(Buffer.concat(chunks))
    })
    req.on('error', (error) => {
      if (!failed) reject(error)
    })
  })
}

/**
 * Starts the host on 127.0.0.1 (never another interface) and resolves once it listens.
 */
export async function listenContractServer(
  options: ContractServerOptions
): Promise<ContractServer> {
  const log: WebHostLog = options.log ?? ((message) => console.error(`[web-host] ${message}`))
  const token = options.token ?? newToken()
  const rendererDir = resolve(options.rendererDir)
  const indexPath = resolve(rendererDir, 'index.html')
  let rendererRoot: string
  let indexHtml: string
  try {
    rendererRoot = await realpath(rendererDir)
    indexHtml = await readFile(indexPath, 'utf8')
  } catch {
    throw new Error(
      `No built renderer at ${indexPath}. Run "npm run build" first, then start the host again.`
    )
  }
  const servedIndex = injectToken(indexHtml, token)
  let port = 0

  const send = (
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    extra: Record<string, string> = {}
  ): void => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra })
    res.end(res.req.method === 'HEAD' ? undefined : body)
  }
  const sendJson = (res: ServerResponse, status: number, result: Result<unknown>): void => {
    // Encoded once: Node would measure a string's UTF-8 length, then encode it (an opened
    // article is megabytes, and its JSON is kept while the file is unchanged).
    send(res, status, answerBytes(result), 'application/json; charset=utf-8')
  }
  const refuse = (res: ServerResponse, status: number, error: AppErrorShape): void => {
    sendJson(res, status, { ok: false, error })
  }

  // DNS rebinding defence: a page on another site that resolves its name to 127.0.0.1 still
  // sends its own name in Host, so only the two loopback spellings of this port are served.
  const hostAllowed = (host: string | undefined): boolean =>
    host === `127.0.0.1:${port}` || host === `localhost:${port}`

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST')
      refuse(res, 405, { code: 'invalid-input', message: 'Only POST is accepted on /api.' })
      return
    }
    const origin = req.headers.origin
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      log(`refused ${path}: foreign Origin ${origin}`)
      refuse(res, 403, { code: 'forbidden', message: 'Requests from another origin are refused.' })
      return
    }
    const given = req.headers[TOKEN_HEADER]
    if (!sameSecret(typeof given === 'string' ? given : undefined, token)) {
      log(`refused ${path}: missing or wrong token`)
      refuse(res, 403, { code: 'forbidden', message: 'Missing or wrong access token.' })
      return
    }
    // A JSON content type cannot be sent cross-origin without a preflight, which this host
    // never answers: one more wall in front of the token.
    const type = req.headers['content-type'] ?? ''
    if (!/^application\/json\b/i.test(type)) {
      refuse(res, 415, { code: 'invalid-input', message: 'Send the request as application/json.' })
      return
    }
    const name = path.slice(API_PREFIX.length)
    if (!isChannel(name)) {
      refuse(res, 404, { code: 'not-found', message: `No such channel: ${name.slice(0, 80)}` })
      return
    }
    const raw = await readBody(req, MAX_BODY_BYTES)
    let request: unknown = {}
    if (raw.length > 0) {
      try {
        request = JSON.parse(raw.toString('utf8'))
      } catch {
        refuse(res, 400, { code: 'invalid-input', message: 'The request body is not valid JSON.' })
        return
      }
    }
    const handler = options.handlers[name] as (request: unknown) => Promise<unknown>
    const result = await dispatch(name, request, handler as never)
    if (!result.ok && result.error.code === 'internal')
      log(`${name} failed: ${result.error.message}`)
    sendJson(res, 200, result)
  }

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
      return
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // index.html carries the token, so it is only handed to whoever already holds it.
      if (!sameSecret(url.searchParams.get(TOKEN_QUERY), token)) {
        send(
          res,
          403,
          'Open the address the web host printed: it carries the access token.',
          'text/plain; charset=utf-8'
        )
        return
      }
      send(res, 200, servedIndex, CONTENT_TYPES['.html'])
      return
    }
    const notFound = () => send(res, 404, 'Not found', 'text/plain; charset=utf-8')
    const target = resolveInside(rendererRoot, url.pathname)
    if (!target) {
      notFound()
      return
    }
    let real: string
    try {
      real = await realpath(target)
      if (!real.startsWith(rendererRoot + sep) || !(await stat(real)).isFile()) {
        notFound()
        return
      }
    } catch {
      notFound()
      return
    }
    const body = await readFile(real)
    send(res, 200, body, CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream')
  }

  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const server: Server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkEveryMs
    },
    (req, res) => {
      const work = async () => {
        if (!hostAllowed(req.headers.host)) {
          log(`refused ${req.method} ${req.url}: Host ${req.headers.host ?? '(none)'}`)
          send(
            res,
            403,
            'This host only answers to 127.0.0.1 and localhost.',
            'text/plain; charset=utf-8'
          )
          return
        }
        const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
        if (url.pathname.startsWith(API_PREFIX)) await handleApi(req, res, url.pathname)
        else await handleStatic(req, res, url)
      }
      work().catch((error: unknown) => {
        const failure =
          error instanceof HttpFailure
            ? error
            : new HttpFailure(500, {
                code: 'internal',
                message: error instanceof Error ? error.message : String(error)
              })
        if (failure.status === 500) log(`internal error on ${req.url}: ${failure.message}`)
        if (res.headersSent) {
          res.destroy()
          return
        }
        // Drop the rest of an oversized body instead of reading it.
        if (failure.status === 413) res.setHeader('Connection', 'close')
        refuse(res, failure.status, failure.error)
      })
    }
  )

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose())
        server.closeAllConnections()
      })
  }
}
