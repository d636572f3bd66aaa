import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type ContractHandlers } from '@shared/contract'
import { TOKEN_HEADER } from '@shared/webHost'
import { DEFAULT_TIMEOUTS, listenContractServer, type ContractServer } from './http'

/** Short limits, so a test waits a second, not the defaults' ten. */
const TIMEOUTS = { headersMs: 400, requestMs: 800, keepAliveMs: 300, checkEveryMs: 100 }
/** Far below the 150 s a slow body was measured to stay open without limits. */
const CLOSED_WITHIN_MS = 5_000

let root: string
let host: ContractServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'web-host-slow-'))
  await writeFile(join(root, 'index.html'), '<!doctype html><html><head></head></html>')
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [channel, async () => ({ articles: [], damaged: [], folder: '' })])
  ) as unknown as ContractHandlers
  host = await listenContractServer({
    handlers,
    rendererDir: root,
    timeouts: TIMEOUTS,
    log: () => undefined
  })
})

afterAll(async () => {
  await host.close()
  await rm(root, { recursive: true, force: true })
})

/** Opens a connection, writes `head`, and resolves with what came back once it closed. */
function closedAfter(head: string): Promise<{ reply: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    let reply = ''
    const socket: Socket = connect(host.port, '127.0.0.1', () => socket.write(head))
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (reply += chunk))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(guard)
      resolve({ reply, closedAfterMs: Date.now() - started })
    })
    const guard = setTimeout(() => {
      socket.destroy()
      reject(new Error(`still open after ${CLOSED_WITHIN_MS} ms`))
    }, CLOSED_WITHIN_MS)
  })
}

describe('slow clients', () => {
  it('has server limits by default', () => {
    expect(DEFAULT_TIMEOUTS.headersMs).toBeLessThanOrEqual(DEFAULT_TIMEOUTS.requestMs)
    expect(DEFAULT_TIMEOUTS.requestMs).toBeLessThanOrEqual(60_000)
  })

  it('closes a connection whose headers never finish', async () => {
    const { reply, closedAfterMs } = await closedAfter(
      `POST /api/listLibrary HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`
    )
    expect(reply).toMatch(/^HTTP\/1\.1 408/)
    expect(closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - 50)
  })

  it('closes a connection whose body never finishes', async () => {
    const { reply, closedAfterMs } = await closedAfter(
      `POST /api/listLibrary HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        `Content-Type: application/json\r\n${TOKEN_HEADER}: ${host.token}\r\n` +
        'Content-Length: 1000\r\n\r\n{"a":'
    )
    expect(reply).toMatch(/^HTTP\/1\.1 408/)
    expect(closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.requestMs - 50)
  })

  it('closes an idle kept-alive connection after answering', async () => {
    const { reply } = await closedAfter(
      `POST /api/listLibrary HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        `Content-Type: application/json\r\n${TOKEN_HEADER}: ${host.token}\r\n` +
        'Content-Length: 2\r\n\r\n{}'
    )
    expect(reply).toMatch(/^HTTP\/1\.1 200/)
  })
})
