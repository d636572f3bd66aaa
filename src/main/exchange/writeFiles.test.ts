import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeExportFs, writeFilesAtomically, type ExportFs } from './writeFiles'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-files-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFilesAtomically', () => {
  it('writes long text as UTF-8, whole or in pieces, and says its size in bytes', async () => {
    // About 11 MB of UTF-8, more than the write buffers hold, with two-, three- and
    // four-byte characters at every offset, and a lone surrogate, which UTF-8 cannot hold
    // and becomes U+FFFD as Buffer.from makes it.
    const line = 'Scale AI « indépendante » 😀 l’entreprise 14,3 G$\n'
    const lines = Array.from({ length: 200_000 }, (_, i) => line.slice(i % 7))
    const content = lines.join('') + '\ud800'
    const expected = Buffer.from(content, 'utf8')
    expect(expected.byteLength).toBeGreaterThan(2 * (4 << 20))
    const path = join(dir, 'long.newsroom.json')
    for (const given of [content, [...lines, '\ud800']]) {
      const [written] = await writeFilesAtomically([{ path, content: given }])
      expect((await readFile(path)).equals(expected)).toBe(true)
      expect(written).toEqual({ path, bytes: expected.byteLength })
      expect(await readdir(dir)).toEqual(['long.newsroom.json'])
    }
  })

  it('writes an empty file', async () => {
    const path = join(dir, 'empty.csv')
    expect(await writeFilesAtomically([{ path, content: '' }])).toEqual([{ path, bytes: 0 }])
    expect((await readFile(path)).byteLength).toBe(0)
  })
})

/** Node's file system, with each write and flush of the temporary file written down as it starts and ends. */
function recordingFs(
  events: string[],
  failOn?: { call: 'write' | 'fdatasync'; nth: number }
): ExportFs {
  const seen = { write: 0, fdatasync: 0 }
  return {
    ...nodeExportFs,
    async open(path, flags) {
      const handle = await nodeExportFs.open(path, flags)
      if (flags !== 'wx') return handle
      const step = async <T>(call: 'write' | 'fdatasync', run: () => Promise<T>): Promise<T> => {
        const nth = ++seen[call]
        events.push(`${call} ${nth} starts`)
        try {
          if (failOn?.call === call && failOn.nth === nth) throw new Error(`${call} ${nth} failed`)
          return await run()
        } finally {
          events.push(`${call} ${nth} ends`)
        }
      }
      return {
        ...handle,
        write: (buffer, offset, length, position) =>
          step('write', () => handle.write(buffer, offset, length, position)),
        datasync: () => step('fdatasync', () => handle.datasync()),
        sync: () => handle.sync(),
        writeFile: (data) => handle.writeFile(data),
        close: () => handle.close()
      }
    },
    async rename(from, to) {
      events.push('rename')
      await nodeExportFs.rename(from, to)
    }
  }
}

/** About 6 MB of export-like text in pieces of some 40,000 characters, astral characters included. */
function longPieces(): string[] {
  const item = '    {\n      "exact": "l’entreprise « indépendante » 😀",\n      "n": 14\n    }'
  return Array.from({ length: 150 }, (_, i) => `${i ? ',\n' : ''}${item.repeat(520)}`)
}

describe('writeFilesAtomically, text in pieces', () => {
  it('writes the pieces as the UTF-8 of their joined text, a piece longer than a buffer included', async () => {
    // One piece alone is longer than the buffers the pieces are gathered in.
    const pieces = ['{"a": "é"', ...longPieces(), '😀'.repeat(700_000), '\n']
    const path = join(dir, 'pieces.newsroom.json')
    const [written] = await writeFilesAtomically([{ path, content: pieces }])
    const expected = Buffer.from(pieces.join(''), 'utf8')
    expect((await readFile(path)).equals(expected)).toBe(true)
    expect(written).toEqual({ path, bytes: expected.byteLength })
    expect(await readdir(dir)).toEqual(['pieces.newsroom.json'])
  })

  it('starts flushing while it writes, and renames only after every write and the last flush', async () => {
    const events: string[] = []
    const path = join(dir, 'long.newsroom.json')
    await writeFilesAtomically([{ path, content: longPieces() }], recordingFs(events))
    const lastWriteStarts = events.findLastIndex((e) => /^write \d+ starts$/.test(e))
    const lastFlushStarts = events.findLastIndex((e) => /^fdatasync \d+ starts$/.test(e))
    // The disk flushed part of the file while the rest was still being made and written.
    expect(events.findIndex((e) => e === 'fdatasync 1 starts')).toBeLessThan(lastWriteStarts)
    // The last flush began when every write had ended and every earlier flush too.
    const before = events.slice(0, lastFlushStarts)
    for (const e of before.filter((e) => e.endsWith(' starts'))) {
      expect(before).toContain(e.replace(/starts$/, 'ends'))
    }
    expect(events.slice(lastFlushStarts)).toEqual([
      events[lastFlushStarts],
      events[lastFlushStarts].replace(/starts$/, 'ends'),
      'rename'
    ])
  })

  for (const failOn of [
    { call: 'write', nth: 3 },
    { call: 'fdatasync', nth: 1 }
  ] as const) {
    it(`keeps the previous export whole and leaves no partial file when ${failOn.call} ${failOn.nth} fails`, async () => {
      const path = join(dir, 'long.newsroom.json')
      await writeFile(path, 'the previous export')
      const events: string[] = []
      const failed = writeFilesAtomically(
        [{ path, content: longPieces() }],
        recordingFs(events, failOn)
      )
      await expect(failed).rejects.toThrow(
        `The export could not be written (${failOn.call} ${failOn.nth} failed). Nothing was written.`
      )
      expect(events).not.toContain('rename')
      expect(await readFile(path, 'utf8')).toBe('the previous export')
      expect(await readdir(dir)).toEqual(['long.newsroom.json'])
    })
  }

  it('keeps the previous export whole when making a piece fails halfway', async () => {
    const path = join(dir, 'long.newsroom.json')
    await writeFile(path, 'the previous export')
    function* failing(): Generator<string> {
      yield* longPieces().slice(0, 100)
      throw new Error('out of memory')
    }
    await expect(writeFilesAtomically([{ path, content: failing() }])).rejects.toThrow(
      'The export could not be written (out of memory). Nothing was written.'
    )
    expect(await readFile(path, 'utf8')).toBe('the previous export')
    expect(await readdir(dir)).toEqual(['long.newsroom.json'])
  })
})
