import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '@shared/contract'
import { readAnnotationFileAt } from './annotationFile'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-annotation-file-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readAnnotationFileAt', () => {
  it('reads UTF-8 text as it is, without normalising it', async () => {
    // "é" as e + combining accent must stay two code points: offsets count them.
    const text = '{"text":"Cafe\u0301 🙂"}'
    await writeFile(join(dir, 'a.jsonld'), text, 'utf8')
    expect(await readAnnotationFileAt(join(dir, 'a.jsonld'))).toEqual({
      fileName: 'a.jsonld',
      text
    })
  })

  it('refuses a file over the limit before reading it', async () => {
    await writeFile(join(dir, 'big.json'), Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20))
    await expect(readAnnotationFileAt(join(dir, 'big.json'))).rejects.toMatchObject({
      code: 'too-large'
    })
  })

  it('refuses non-UTF-8 bytes, a folder and a missing file, each with its reason', async () => {
    await writeFile(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]))
    await expect(readAnnotationFileAt(join(dir, 'latin1.json'))).rejects.toMatchObject({
      code: 'unsupported'
    })
    await mkdir(join(dir, 'folder.json'))
    await expect(readAnnotationFileAt(join(dir, 'folder.json'))).rejects.toMatchObject({
      code: 'invalid-input'
    })
    await expect(readAnnotationFileAt(join(dir, 'gone.json'))).rejects.toMatchObject({ code: 'io' })
  })
})
