import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFilesAtomically } from './writeFiles'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-files-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFilesAtomically', () => {
  it('writes text longer than one encoded chunk as UTF-8, and says its size in bytes', async () => {
    // About 11 MB of UTF-8: several chunks, with two-, three- and four-byte characters at
    // every offset (a chunk boundary inside a surrogate pair would corrupt the emoji), and a
    // lone surrogate, which UTF-8 cannot hold and becomes U+FFFD as Buffer.from makes it.
    const line = 'Scale AI « indépendante » 😀 l’entreprise 14,3 G$\n'
    const content = Array.from({ length: 200_000 }, (_, i) => line.slice(i % 7)).join('') + '\ud800'
    const path = join(dir, 'long.newsroom.json')
    const [written] = await writeFilesAtomically([{ path, content }])
    const bytes = await readFile(path)
    const expected = Buffer.from(content, 'utf8')
    expect(expected.byteLength).toBeGreaterThan(2 * (4 << 20))
    expect(bytes.equals(expected)).toBe(true)
    expect(written).toEqual({ path, bytes: expected.byteLength })
    expect(await readdir(dir)).toEqual(['long.newsroom.json'])
  })

  it('writes an empty file', async () => {
    const path = join(dir, 'empty.csv')
    expect(await writeFilesAtomically([{ path, content: '' }])).toEqual([{ path, bytes: 0 }])
    expect((await readFile(path)).byteLength).toBe(0)
  })
})
