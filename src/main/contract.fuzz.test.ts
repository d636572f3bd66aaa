import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, dispatch, ErrorCode } from '@shared/contract'
import { createHandlers } from './handlers'
import { Library } from './library/Library'
import { writeFigures } from './testing/figures.testkit'
import { folderSnapshot } from './testing/folderSnapshot.testkit'
import { malformedRequest, prototypeShape, validRequest } from './testing/hostilePayloads.testkit'

/** Malformed requests per channel: thousands in all, a few seconds on two cores. */
const RUNS_PER_CHANNEL = 1_000

let folder: string
let handlers: ReturnType<typeof createHandlers>
let articleId: string
const opened: string[] = []
let fuzzed = 0

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-fuzz-'))
  const library = await Library.open({ folder })
  handlers = createHandlers({
    library,
    openExternal: async (url) => {
      opened.push(url)
      return true
    }
  })
  articleId = (await library.list()).articles[0].id
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
  await writeFigures('contract-fuzz', { payloadsFuzzed: fuzzed })
})

describe('fuzzing every channel of the contract', () => {
  const prototypesBefore = prototypeShape()

  it.each(CHANNELS)('%s answers every malformed request with a typed error', async (channel) => {
    const before = await folderSnapshot(folder)
    await fc.assert(
      fc.asyncProperty(
        malformedRequest(channel, validRequest(channel, articleId)),
        async (request) => {
          fuzzed += 1
          const result = await dispatch(channel, request, handlers[channel] as never)
          expect(result.ok).toBe(false)
          if (result.ok) return
          expect(ErrorCode.options).toContain(result.error.code)
          expect(typeof result.error.message).toBe('string')
          // A huge input is never echoed back whole.
          expect(result.error.message.length).toBeLessThan(2_000)
        }
      ),
      { numRuns: RUNS_PER_CHANNEL }
    )
    expect(await folderSnapshot(folder)).toEqual(before)
    expect(opened).toEqual([])
  })

  it('leaves the built-in prototypes as they were, and the library working', async () => {
    expect(prototypeShape()).toBe(prototypesBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const listing = await dispatch('listLibrary', {}, handlers.listLibrary)
    expect(listing).toMatchObject({ ok: true, value: { articles: [{ id: articleId }] } })
  })
})
