/**
 * Real processes for the desk's tests and soak: a `redis-server` on a free loopback port and
 * desk servers started exactly as `npm run desk` starts them. Test support only.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { DeskEditor } from './users'

const ROOT = resolve(import.meta.dirname, '..', '..')

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

export interface Running {
  process: ChildProcess
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts a command and resolves once a line of its output matches `ready`. */
function startProcess(
  command: string,
  args: string[],
  ready: RegExp
): Promise<Running & { match: RegExpMatchArray }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let settled = false
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = output.match(ready)
      if (match && !settled) {
        settled = true
        done({
          process: child,
          match,
          output: () => output,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal)
            await exited
          }
        })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      if (!settled) {
        settled = true
        fail(new Error(`${command} exited with ${code} before it was ready:\n${output}`))
      }
    })
    setTimeout(() => {
      if (!settled) {
        settled = true
        child.kill('SIGKILL')
        fail(new Error(`${command} was not ready within 60 s:\n${output}`))
      }
    }, 60_000)
  })
}

export async function startRedis(): Promise<Running & { url: string }> {
  const port = await freePort()
  const redis = await startProcess(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    /Ready to accept connections/
  )
  return { ...redis, url: `redis://127.0.0.1:${port}` }
}

/**
 * One connection to Redis kept open, for commands that must still get through once Redis
 * refuses new connections. Sends inline commands and resolves with the raw reply.
 */
export async function redisConnection(
  url: string
): Promise<{ send(command: string): Promise<string>; close(): void }> {
  const { hostname, port } = new URL(url)
  const socket = createConnection({ host: hostname, port: Number(port) })
  await new Promise<void>((done, fail) => {
    socket.once('connect', done)
    socket.once('error', fail)
  })
  return {
    send: (command) =>
      new Promise((done) => {
        socket.once('data', (reply) => done(reply.toString()))
        socket.write(`${command}\r\n`)
      }),
    close: () => socket.destroy()
  }
}

export interface DeskProcess extends Running {
  url: string
  port: number
}

export async function startDesk(options: {
  dataDir: string
  usersFile: string
  redisUrl?: string
  port?: number
  maxMessageMb?: number
  stats?: boolean
  /** Options for the desk's Node, such as `--cpu-prof`. */
  nodeOptions?: string[]
}): Promise<DeskProcess> {
  const args = [
    ...(options.nodeOptions ?? []),
    '--import',
    'tsx',
    'src/desk-server/cli.ts',
    '--data',
    options.dataDir,
    '--users',
    options.usersFile,
    '--port',
    String(options.port ?? 0)
  ]
  if (options.redisUrl) args.push('--redis', options.redisUrl)
  if (options.maxMessageMb) args.push('--max-message-mb', String(options.maxMessageMb))
  if (options.stats) args.push('--stats')
  const desk = await startProcess(process.execPath, args, /desk listening on (ws:\/\/\S+:(\d+))/)
  return { ...desk, url: desk.match[1], port: Number(desk.match[2]) }
}

export function tempDir(prefix = 'desk-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function writeUsers(path: string, editors: DeskEditor[]): void {
  writeFileSync(path, JSON.stringify({ editors }, null, 2))
}

/**
 * WebSocket for the provider in Node. The provider closes a socket that is still connecting
 * when an attempt times out; `ws` reports that as an 'error' event, which Node throws when
 * nobody listens. The provider learns of the failure through its own handlers.
 */
class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => undefined)
  }
}

/** An editor's connection to one article on one desk server. */
export function connect(
  url: string,
  name: string,
  token: string,
  doc = new Y.Doc(),
  events: {
    onClose?: (code: number, reason: string) => void
    onAuthenticationFailed?: () => void
  } = {}
): HocuspocusProvider {
  // The provider hands these to the socket it makes; its type lists only the URL.
  const configuration = {
    url,
    name,
    token,
    document: doc,
    WebSocketPolyfill: NodeWebSocket,
    // Reconnect quickly: the tests kill servers on purpose.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    onClose: ({ event }: { event: { code: number; reason: string } }) =>
      events.onClose?.(event.code, event.reason),
    onAuthenticationFailed: () => events.onAuthenticationFailed?.()
  }
  return new HocuspocusProvider(configuration as unknown as HocuspocusProviderConfiguration)
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}
