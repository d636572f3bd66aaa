import { describe, expect, it } from 'vitest'
import { dispatch, openedArticle } from './contract'
import { migrateArticleFile } from './migrations'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from './model'

const now = '2026-01-01T00:00:00.000Z'

/** An article file as it lies on disk: plain JSON, not yet checked. */
function onDisk(): ArticleFile {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: { id: 'a1', title: 'T', origin: { kind: 'paste' }, createdAt: now, updatedAt: now },
    blocks: [{ type: 'headline', text: 'T' }],
    entities: [],
    annotations: []
  }
}

/** The file as the library reads it: checked against the article schema. */
function readFromDisk(raw: unknown): ArticleFile {
  const migrated = migrateArticleFile(raw)
  if ('error' in migrated) throw new Error(migrated.error)
  return migrated.file
}

describe('an article file is checked once on its way to the editor', () => {
  it('sends a file checked when it was read as it is, with its revision', async () => {
    const file = readFromDisk(onDisk())
    const result = await dispatch('openArticle', { id: 'a1' }, () => openedArticle(file, 'r1'))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.revision).toBe('r1')
    // Parsing again would have made new arrays.
    expect(result.value.blocks).toBe(file.blocks)
    expect(result.value.annotations).toBe(file.annotations)
  })

  it('checks a file that was not checked when read, with a clear message', async () => {
    const bad = { ...onDisk(), blocks: [] }
    const result = await dispatch('openArticle', { id: 'a1' }, () => openedArticle(bad, 'r1'))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/broke the contract: \$\.blocks/)
  })

  it('still checks the revision of a file checked when read', async () => {
    const file = readFromDisk(onDisk())
    const result = await dispatch('openArticle', { id: 'a1' }, () => openedArticle(file, ''))
    expect(result.ok).toBe(false)
  })

  it('checks a response the handler built itself', async () => {
    const file = readFromDisk(onDisk())
    const result = await dispatch('openArticle', { id: 'a1' }, async () => ({
      ...file,
      blocks: []
    }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/broke the contract/)
  })
})
