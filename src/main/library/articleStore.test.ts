import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticleStore } from './articleStore'
import { articlePath, libraryLayout, type LibraryLayout } from './layout'
import { sampleArticle } from './seed'

describe('ArticleStore, after a write', () => {
  let folder: string
  let layout: LibraryLayout

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'article-store-'))
    layout = libraryLayout(folder)
    await mkdir(layout.articles, { recursive: true })
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('reads back what it wrote without parsing the file again', async () => {
    const store = new ArticleStore(layout)
    const file = sampleArticle('scale-ai-meta', new Date(0))
    await store.write('scale-ai-meta', file)
    const read = await store.read('scale-ai-meta')
    expect(read.status).toBe('ok')
    // The very object written: a parse would have made a new one.
    expect(read.status === 'ok' && read.file).toBe(file)
  })

  it('reads the file again once another program has written it', async () => {
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
  })
})
