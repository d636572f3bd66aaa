import { describe, expect, it } from 'vitest'
import {
  ARTICLE_MIGRATIONS,
  migrateArticleFile,
  type MigrationPlan,
  type RawArticle
} from './migrations'
import { registryIdFor } from './memory/entityKey'

const now = '2026-01-01T00:00:00.000Z'

function v1File(): RawArticle {
  return {
    schemaVersion: 1,
    article: { id: 'a1', title: 'T', origin: { kind: 'paste' }, createdAt: now, updatedAt: now },
    blocks: [{ type: 'headline', text: 'T' }]
  }
}

/** A made-up version 0 kept a bare title and a list of paragraph strings. */
const fakePlan: MigrationPlan = {
  current: 2,
  oldest: 0,
  steps: {
    ...ARTICLE_MIGRATIONS,
    0: (file) => ({
      article: {
        id: file.id,
        title: file.title,
        origin: { kind: 'paste' },
        createdAt: file.created,
        updatedAt: file.created
      },
      blocks: (file.paragraphs as string[]).map((text) => ({ type: 'paragraph', text }))
    })
  }
}

describe('migrateArticleFile', () => {
  it('reads a current file and fills defaults', () => {
    const result = migrateArticleFile({ ...v1File(), schemaVersion: 2 })
    if (!('file' in result)) throw new Error(result.error)
    expect(result.migratedFrom).toBeUndefined()
    expect(result.file.entities).toEqual([])
    expect(result.file.annotations).toEqual([])
  })

  it('runs the steps from an older version', () => {
    const old = { schemaVersion: 0, id: 'x', title: 'Old', created: now, paragraphs: ['a', 'b'] }
    const result = migrateArticleFile(old, fakePlan)
    if (!('file' in result)) throw new Error(result.error)
    expect(result.migratedFrom).toBe(0)
    expect(result.file.schemaVersion).toBe(2)
    expect(result.file.article.title).toBe('Old')
    expect(result.file.blocks.map((b) => b.text)).toEqual(['a', 'b'])
    // The input object is not modified.
    expect(old.schemaVersion).toBe(0)
  })

  it('says when a step is missing or throws', () => {
    const missing = migrateArticleFile({ schemaVersion: 0 }, { ...fakePlan, steps: {} })
    expect('error' in missing && missing.error).toMatch(/No migration from format version 0/)
    const broken = migrateArticleFile({ schemaVersion: 0 }, fakePlan)
    expect('error' in broken && broken.error).toMatch(/Upgrading it from format version 0 failed/)
  })

  it('refuses a file from a newer version without calling it damaged', () => {
    const result = migrateArticleFile({ ...v1File(), schemaVersion: 7 })
    expect('error' in result).toBe(true)
    if (!('error' in result)) return
    expect(result.error).toMatch(/made by a newer version of the app/)
    expect(result.newer).toBe(true)
  })

  it('refuses versions older than the oldest readable one', () => {
    const result = migrateArticleFile({ ...v1File(), schemaVersion: 0 })
    expect('error' in result && result.error).toMatch(/can no longer read/)
  })

  it('describes what is wrong with a file that is not an article', () => {
    expect(migrateArticleFile([1, 2])).toMatchObject({
      error: expect.stringMatching(/JSON object/)
    })
    expect(migrateArticleFile({ hello: 1 })).toMatchObject({
      error: expect.stringMatching(/schemaVersion/)
    })
    const noBlocks = migrateArticleFile({ ...v1File(), blocks: [] })
    expect('error' in noBlocks && noBlocks.error).toMatch(/article format: \$\.blocks/)
  })
})

describe('version 1 → 2: entities linked to the library registry', () => {
  it('gives the same person in two version-1 files the same registry id', () => {
    const entity = (id: string, name: string) => ({ id, type: 'person', name, aliases: [] })
    const a = migrateArticleFile({ ...v1File(), entities: [entity('e1', 'Jason Droege')] })
    const b = migrateArticleFile({ ...v1File(), entities: [entity('x9', 'JASON  Dróege')] })
    const c = migrateArticleFile({ ...v1File(), entities: [entity('e1', 'Alexandr Wang')] })
    if (!('file' in a && 'file' in b && 'file' in c)) throw new Error('not migrated')
    const id = a.file.entities[0].registryId
    expect(id).toBeDefined()
    expect(id).toBe(registryIdFor({ type: 'person', name: 'Jason Droege' }))
    expect(b.file.entities[0].registryId).toBe(id)
    expect(c.file.entities[0].registryId).not.toBe(id)
  })
})
