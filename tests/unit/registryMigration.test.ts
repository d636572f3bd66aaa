/**
 * Upgrading the annotated fixture, saved as a version-1 library file, to version 2: its
 * people, organisations and products are linked to the library's registry, values are not,
 * and nothing else changes.
 */
import { describe, expect, it } from 'vitest'
import { registryIdFor } from '../../src/shared/memory/entityKey'
import { migrateArticleFile } from '../../src/shared/migrations'
import { scaleAiArticle } from './memoryArticles'

describe('the annotated fixture as a version-1 file', () => {
  it('links the annotated fixture’s entities, values excepted, and changes nothing else', () => {
    const current = scaleAiArticle()
    // The fixture as a version-1 library file: no registry ids yet.
    const v1 = {
      ...current,
      schemaVersion: 1,
      entities: current.entities.map(({ registryId: _drop, ...e }) => e)
    }
    const result = migrateArticleFile(v1)
    if (!('file' in result)) throw new Error(result.error)
    expect(result.migratedFrom).toBe(1)
    const byId = new Map(result.file.entities.map((e) => [e.id, e]))
    expect(byId.get('jason-droege')?.registryId).toBe(
      registryIdFor({ type: 'person', name: 'Jason Droege' })
    )
    expect(byId.get('meta')?.registryId).toMatch(/^ent-[0-9a-f]{14}$/)
    expect(byId.get('llama-4')?.registryId).toBeDefined()
    // "14,3 milliards de dollars" in two articles are two facts, not one thing.
    expect(byId.get('meta-investment-amount')?.registryId).toBeUndefined()
    expect(byId.get('date-2019')?.registryId).toBeUndefined()
    expect(byId.get('meta-stake-percentage')?.registryId).toBeUndefined()
    expect(result.file.annotations).toEqual(current.annotations)
    expect(result.file.blocks).toEqual(current.blocks)
    expect(result.file.entities.map(({ registryId: _r, ...e }) => e)).toEqual(v1.entities)
  })
})
