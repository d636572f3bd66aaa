import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, contract, ErrorCode, parseRequest } from '@shared/contract'
import { TOKEN_HEADER } from '@shared/webHost'
import { writeFigures } from '../testing/figures.testkit'
import { folderSnapshot } from '../testing/folderSnapshot.testkit'
import { malformedRequest, validRequest } from '../testing/hostilePayloads.testkit'
import { startWebHost, type WebHost } from './server'

/** Requests per channel over real HTTP (slower than in-process: a few milliseconds each). */
const RUNS_PER_CHANNEL = 40
const RAW_BODIES = 100

let root: string
let library: string
let host: WebHost
let articleId: string
let fuzzed = 0

async function post(channel: string, body: string | Uint8Array, type = 'application/json') {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': type, [TOKEN_HEADER]: host.token },
    body
  })
  return { status: response.status, text: await response.text() }
}

/** The answer is a typed error result, whatever the status. */
function expectTypedError(answer: { status: number; text: string }): void {
  const parsed = JSON.parse(answer.text) as { ok: boolean; error: { code: string } }
  expect(parsed.ok).toBe(false)
  expect(ErrorCode.options).toContain(parsed.error.code)
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsroom-http-fuzz-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head></head></html>')
  library = join(root, 'library')
  host = await startWebHost({ folder: library, rendererDir, log: () => undefined })
  const listing = await post('listLibrary', '{}')
  articleId = (JSON.parse(listing.text) as { value: { articles: { id: string }[] } }).value
    .articles[0].id
})

afterAll(async () => {
  await host.close()
  await rm(root, { recursive: true, force: true })
  await writeFigures('http-fuzz', { payloadsFuzzed: fuzzed })
})

function isJsonObject(body: string | Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(
      typeof body === 'string' ? body : Buffer.from(body).toString()
    )
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

/** JSON of a request, or undefined for values JSON cannot carry (BigInt). */
function json(request: unknown): string | undefined {
  try {
    return JSON.stringify(request)
  } catch {
    return undefined
  }
}

// Real HTTP on a busy machine: give each channel time.
describe('fuzzing the web host over HTTP', { timeout: 60_000 }, () => {
  it.each(CHANNELS)('%s answers malformed JSON requests with typed errors', async (channel) => {
    const before = await folderSnapshot(library)
    const bodies = malformedRequest(channel, validRequest(channel, articleId), { huge: false })
      .map(json)
      // JSON turns some malformed values (a Map, a Date) into valid ones: keep the rest.
      .filter((body): body is string => body !== undefined)
      .filter((body) => !parseRequest(channel, contract[channel].request, JSON.parse(body)).ok)
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const answer = await post(channel, body)
        fuzzed += 1
        expectTypedError(answer)
      }),
      { numRuns: RUNS_PER_CHANNEL }
    )
    expect(await folderSnapshot(library)).toEqual(before)
  })

  it('answers raw bytes, broken JSON and deep nesting with typed errors', async () => {
    const before = await folderSnapshot(library)
    const raw = fc
      .oneof(
        fc.uint8Array({ minLength: 1, maxLength: 2_000 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 500 }),
        fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n)),
        fc.integer({ min: 33, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n))
      )
      // A stray "{}" is a valid request; the JSON cases above cover those.
      .filter((body) => !isJsonObject(body))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), raw, async (channel, body) => {
        fuzzed += 1
        const answer = await post(channel, body)
        expect([200, 400]).toContain(answer.status)
        expectTypedError(answer)
      }),
      { numRuns: RAW_BODIES }
    )
    expect(await folderSnapshot(library)).toEqual(before)
    const after = await post('listLibrary', '{}')
    expect(JSON.parse(after.text)).toMatchObject({ ok: true })
  })
})
