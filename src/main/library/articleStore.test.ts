import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as migrations from '@shared/migrations'
import { migrateArticleFile } from '@shared/migrations'
import { ArticleStore } from './articleStore'
import { articlePath, libraryLayout, type LibraryLayout } from './layout'
import { sampleArticle } from './seed'
import { readContentHash, serialise } from './versionFolder'

// Counted, not replaced: the store still migrates and checks what it reads.
vi.mock('@shared/migrations', async (actual) => {
  const real = await actual<typeof migrations>()
  return { ...real, migrateArticleFile: vi.fn(real.migrateArticleFile) }
})

describe('ArticleStore, after a write', () => {
  let folder: string
  let layout: LibraryLayout

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'article-store-'))
    layout = libraryLayout(folder)
    await mkdir(layout.articles, { recursive: true })
    vi.mocked(migrateArticleFile).mockClear()
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('reads back what it wrote, parsed but not checked again, with its hash known', async () => {
    const store = new ArticleStore(layout)
    const file = sampleArticle('scale-ai-meta', new Date(0))
    await store.write('scale-ai-meta', file, { ...serialise(file), hash: 'the-hash-given' })
    const read = await store.read('scale-ai-meta')
    expect(read.status === 'ok' && read.file).toEqual(file)
    // Parsed: plain objects of its own, not the ones the write was given.
    expect(read.status === 'ok' && read.file).not.toBe(file)
    expect(migrateArticleFile).not.toHaveBeenCalled()
    // The hash given with the write, not one worked out again.
    expect(read.status === 'ok' && readContentHash(read.file)).toBe('the-hash-given')
  })

  it('hands a save the article it wrote, not parsed again, while the file holds its bytes', async () => {
    const store = new ArticleStore(layout)
    const file = sampleArticle('scale-ai-meta', new Date(0))
    await store.write('scale-ai-meta', file)
    const parse = vi.spyOn(JSON, 'parse')
    const read = await store.read('scale-ai-meta', { asWritten: true })
    expect(read.status === 'ok' && read.file).toBe(file)
    expect(read.status === 'ok' && read.raw).toBe(file)
    expect(parse).not.toHaveBeenCalled()
    expect(readContentHash(file)).toBe(serialise(file).hash)
    parse.mockRestore()
  })

  it('hashes a file it reads by its bytes, as the history compares it', async () => {
    const store = new ArticleStore(layout)
    const file = sampleArticle('scale-ai-meta', new Date(0))
    // Another program's layout: the hash is of the bytes read, not of the app's file text.
    const text = JSON.stringify(file)
    await writeFile(articlePath(layout, 'scale-ai-meta'), text)
    const read = await store.read('scale-ai-meta')
    const sha = createHash('sha256').update(Buffer.from(text)).digest('hex')
    expect(read.status === 'ok' && readContentHash(read.raw)).toBe(sha)
    expect(sha).not.toBe(serialise(file).hash)
  })

  it('reads the file again, and checks it, once another program has written it', async () => {
    const store = new ArticleStore(layout)
    const file = sampleArticle('scale-ai-meta', new Date(0))
    await store.write('scale-ai-meta', file)
    const path = articlePath(layout, 'scale-ai-meta')
    // Another program writes its version at once (within the same second as the write).
    const theirs = { ...file, article: { ...file.article, title: 'Their title' } }
    await writeFile(`${path}.theirs`, JSON.stringify(theirs))
    await rename(`${path}.theirs`, path)
    const read = await store.read('scale-ai-meta')
    expect(read.status === 'ok' && read.file.article.title).toBe('Their title')
    expect(migrateArticleFile).toHaveBeenCalledTimes(1)
  })

  it('keeps the text of the last files written only: older ones are read again in full', async () => {
    const store = new ArticleStore(layout)
    for (const id of ['first', 'second', 'third'])
      await store.write(id, sampleArticle(id, new Date(0)))
    await store.read('third')
    expect(migrateArticleFile).not.toHaveBeenCalled()
    await store.read('first')
    expect(migrateArticleFile).toHaveBeenCalledTimes(1)
  })
})
