/**
 * The library's registry of entities over a real library folder: an entity tagged in one
 * article is known in the next, a rename rewrites every article file that uses it, a merge
 * moves every mention and quote of both, a split moves one article's; entities.json is
 * quarantined, never written over, when it cannot be read, and left alone when a newer app
 * wrote it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/contract'
import type { ArticleFile } from '@shared/model'
import { registryIdFor } from '@shared/memory/entityKey'
import { Library } from '../../src/main/library/Library'
import { LibraryEntities } from '../../src/main/memory/LibraryEntities'
import { LibraryMemory } from '../../src/main/memory/LibraryMemory'
import { followUpArticle, scaleAiArticle } from './memoryArticles'

let folder: string
let library: Library
let memory: LibraryMemory
let entities: LibraryEntities

async function openLibrary(): Promise<void> {
  library = await Library.open({ folder })
  memory = new LibraryMemory(library)
  entities = new LibraryEntities(library, memory)
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-registry-'))
  await openLibrary()
})

afterEach(async () => {
  memory.close()
  await library.close()
  await rm(folder, { recursive: true, force: true })
})

const onDisk = async (id: string): Promise<ArticleFile> =>
  JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf8')) as ArticleFile

const registryOnDisk = async () =>
  JSON.parse(await readFile(join(folder, 'entities.json'), 'utf8')) as {
    entities: { id: string; name: string; aliases: string[] }[]
    mergedInto: Record<string, string>
  }

/** Two articles that both quote Jason Droege (under different entity ids and cases). */
async function twoArticles(): Promise<{ scale: string; follow: string }> {
  const scale = (await library.adopt(scaleAiArticle())).summary.id
  const follow = (await library.adopt(followUpArticle('needs-checking'))).summary.id
  return { scale, follow }
}

const DROEGE = registryIdFor({ type: 'person', name: 'Jason Droege' })

describe('the library registry of entities', () => {
  it('links the same person in two articles to one registry entity, in the files on disk', async () => {
    const { scale, follow } = await twoArticles()
    const a = (await onDisk(scale)).entities.find((e) => e.id === 'jason-droege')
    const b = (await onDisk(follow)).entities.find((e) => e.id === 'droege-2')
    expect(a?.registryId).toBe(DROEGE)
    expect(b?.registryId).toBe(DROEGE)
    // The article's copy takes the registry's name: the first article named him first.
    expect(b?.name).toBe('Jason Droege')
    const listed = (await entities.list()).find((e) => e.id === DROEGE)
    expect(listed).toMatchObject({ name: 'Jason Droege', type: 'person', articles: 2 })
    expect((await registryOnDisk()).entities.some((e) => e.id === DROEGE)).toBe(true)
    // Values stay the article's own.
    expect((await entities.list()).some((e) => e.name === '49 %')).toBe(false)
  })

  it('offers an entity created in one article to the next, which links to it by id', async () => {
    const first = await library.create({ text: 'Premier\n\nNadia Benali parle.' })
    const text = await library.open(first.id)
    await library.save(first.id, {
      entities: [{ id: 'n1', type: 'person', name: 'Nadia Benali', aliases: ['Benali'] }],
      annotations: [],
      blocks: text.blocks
    })
    const offered = (await entities.list()).find((e) => e.name === 'Nadia Benali')
    expect(offered).toMatchObject({ aliases: ['Benali'], articles: 1 })
    const second = await library.create({ text: 'Second\n\nBenali répond.' })
    // The picker copies the registry entity into the second article, under the same id.
    await library.save(second.id, {
      entities: [
        {
          id: offered!.id,
          type: 'person',
          name: 'Nadia Benali',
          aliases: [],
          registryId: offered!.id
        }
      ],
      annotations: []
    })
    expect((await onDisk(second.id)).entities[0]).toMatchObject({
      registryId: offered!.id,
      aliases: ['Benali']
    })
    expect((await entities.list()).find((e) => e.id === offered!.id)?.articles).toBe(2)
  })

  it('renames once for every article file, keeping the old name as an alias', async () => {
    const { scale, follow } = await twoArticles()
    const change = await entities.update(DROEGE, {
      name: 'Jason R. Droege',
      description: 'Interim CEO of Scale AI',
      wikidataId: 'Q123'
    })
    expect(change).toMatchObject({ articles: 2, failed: [] })
    for (const id of [scale, follow]) {
      const copy = (await onDisk(id)).entities.find((e) => e.registryId === DROEGE)
      expect(copy).toMatchObject({
        name: 'Jason R. Droege',
        description: 'Interim CEO of Scale AI',
        wikidataId: 'Q123'
      })
      expect(copy?.aliases).toContain('Jason Droege')
    }
    const page = await entities.page({ key: DROEGE })
    expect(page).toMatchObject({ name: 'Jason R. Droege', description: 'Interim CEO of Scale AI' })
    // The new name and the aliases are found by search.
    expect((await memory.search('"Jason R. Droege"')).articles.length).toBe(2)
  })

  it('merges two entities: every mention and quote in every article follows, none lost', async () => {
    const { scale, follow } = await twoArticles()
    // A third article calls him "J. Droege", not yet one of his names: a separate entity.
    const third = (
      await library.adopt({
        ...followUpArticle(),
        article: { ...followUpArticle().article, id: 'third' },
        entities: [{ id: 'd', type: 'person', name: 'J. Droege', aliases: [] }],
        annotations: followUpArticle().annotations.map((a) =>
          a.kind === 'mention'
            ? { ...a, entityId: 'd' }
            : a.kind === 'quote'
              ? { ...a, speakerId: 'd' }
              : a
        )
      })
    ).summary.id
    const gone = registryIdFor({ type: 'person', name: 'J. Droege' })
    const before = await entities.page({ key: DROEGE })
    const goneBefore = await entities.page({ key: gone })
    const change = await entities.merge(DROEGE, gone)
    expect(change.articles).toBe(3)
    expect(change.entity.aliases).toContain('J. Droege')
    const after = await entities.page({ key: DROEGE })
    expect(after.mentions.length).toBe(before.mentions.length + goneBefore.mentions.length)
    expect(after.quotes.length).toBe(before.quotes.length + goneBefore.quotes.length)
    expect(after.articles.map((a) => a.id).sort()).toEqual([scale, follow, third].sort())
    // The merged-away id still finds the entity (a copy made before the merge, an export).
    expect((await entities.page({ key: gone })).key).toBe(DROEGE)
    const thirdFile = await onDisk(third)
    expect(thirdFile.entities).toEqual([expect.objectContaining({ id: 'd', registryId: DROEGE })])
    expect((await registryOnDisk()).mergedInto[gone]).toBe(DROEGE)
    expect((await registryOnDisk()).entities.some((e) => e.id === gone)).toBe(false)
  })

  it('merges two entities that one article holds both of with the article’s own merge', async () => {
    const { scale } = await twoArticles()
    const file = await library.open(scale)
    const wang = file.entities.find((e) => e.id === 'alexandr-wang')!
    const zuck = file.entities.find((e) => e.id === 'mark-zuckerberg')!
    const used = (id: string) =>
      file.annotations.filter(
        (a) =>
          (a.kind === 'mention' && a.entityId === id) || (a.kind === 'quote' && a.speakerId === id)
      ).length
    await entities.merge(wang.registryId!, zuck.registryId!)
    const merged = await onDisk(scale)
    expect(merged.entities.some((e) => e.id === 'mark-zuckerberg')).toBe(false)
    const now = merged.annotations.filter(
      (a) =>
        (a.kind === 'mention' && a.entityId === 'alexandr-wang') ||
        (a.kind === 'quote' && a.speakerId === 'alexandr-wang')
    ).length
    expect(now).toBe(used('alexandr-wang') + used('mark-zuckerberg'))
    expect(merged.annotations).toHaveLength(file.annotations.length)
  })

  it('splits an entity: the chosen articles get a new one, the others keep the original', async () => {
    const { scale, follow } = await twoArticles()
    const change = await entities.split(DROEGE, [follow], 'Jason Droege (homonyme)')
    expect(change.articles).toBe(1)
    const moved = (await onDisk(follow)).entities[0]
    expect(moved).toMatchObject({ registryId: change.entity.id, name: 'Jason Droege (homonyme)' })
    expect((await onDisk(scale)).entities.find((e) => e.id === 'jason-droege')?.registryId).toBe(
      DROEGE
    )
    expect((await entities.page({ key: DROEGE })).articles.map((a) => a.id)).toEqual([scale])
    await expect(entities.split(DROEGE, ['nowhere'], 'X')).rejects.toMatchObject({
      code: 'invalid-input'
    })
  })

  it('splits chosen mentions in any article off to a new entity; the rest keep the original', async () => {
    const { scale, follow } = await twoArticles()
    const before = await onDisk(scale)
    const uses = before.annotations.filter(
      (a) =>
        (a.kind === 'mention' && a.entityId === 'jason-droege') ||
        (a.kind === 'quote' && a.speakerId === 'jason-droege')
    )
    expect(uses.length).toBeGreaterThan(1)
    const [chosen, ...kept] = uses
    const change = await entities.splitMentions(
      DROEGE,
      [{ articleId: scale, annotationId: chosen.id }],
      'Jason Droege (homonyme)'
    )
    expect(change).toMatchObject({ articles: 1, failed: [] })
    const after = await onDisk(scale)
    const moved = after.annotations.find((a) => a.id === chosen.id)!
    const ref =
      moved.kind === 'mention' ? moved.entityId : (moved as { speakerId: string }).speakerId
    expect(after.entities.find((e) => e.id === ref)).toMatchObject({
      name: 'Jason Droege (homonyme)',
      registryId: change.entity.id
    })
    // The other uses in the same article, and the other article, keep the original.
    for (const a of kept) {
      const same = after.annotations.find((x) => x.id === a.id)!
      expect(
        same.kind === 'mention' ? same.entityId : (same as { speakerId: string }).speakerId
      ).toBe('jason-droege')
    }
    expect(after.entities.find((e) => e.id === 'jason-droege')?.registryId).toBe(DROEGE)
    expect((await onDisk(follow)).entities.find((e) => e.id === 'droege-2')?.registryId).toBe(
      DROEGE
    )
    expect(after.annotations).toHaveLength(before.annotations.length)
    // Both entity pages list the article; the new one only its moved use.
    expect((await entities.page({ key: change.entity.id })).articles.map((a) => a.id)).toEqual([
      scale
    ])
    await expect(
      entities.splitMentions(DROEGE, [{ articleId: scale, annotationId: 'nowhere' }], 'X')
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })

  it('quarantines an unreadable entities.json, never writes over it, and rebuilds it', async () => {
    await twoArticles()
    await entities.list()
    memory.close()
    await library.close()
    await writeFile(join(folder, 'entities.json'), '{ "schemaVersion": 1, "entities": [ broken')
    await openLibrary()
    const listed = await entities.list()
    expect(listed.find((e) => e.id === DROEGE)?.articles).toBe(2)
    const quarantined = await readdir(join(folder, 'quarantine'))
    expect(quarantined.some((n) => n.startsWith('entities.'))).toBe(true)
    const kept = quarantined.find((n) => n.startsWith('entities.'))!
    expect(await readFile(join(folder, 'quarantine', kept), 'utf8')).toContain('broken')
    const damaged = (await library.list()).damaged
    expect(damaged.some((d) => d.fileName === 'entities.json')).toBe(true)
  })

  it('leaves an entities.json from a newer app untouched and refuses library-wide changes', async () => {
    await twoArticles()
    memory.close()
    await library.close()
    const newer = JSON.stringify({ schemaVersion: 9, entities: 'something else' })
    await writeFile(join(folder, 'entities.json'), newer)
    await openLibrary()
    await expect(entities.update(DROEGE, { name: 'X' })).rejects.toBeInstanceOf(AppError)
    const file = await library.open('follow-up')
    await library.save('follow-up', { entities: file.entities, annotations: [] })
    expect(await readFile(join(folder, 'entities.json'), 'utf8')).toBe(newer)
  })

  it('reads version-1 files into the registry without writing them', async () => {
    const v1 = { ...followUpArticle(), schemaVersion: 1 }
    await mkdir(join(folder, 'articles'), { recursive: true })
    await writeFile(join(folder, 'articles', 'old.json'), JSON.stringify(v1))
    const listed = await entities.list()
    expect(listed.find((e) => e.id === DROEGE)).toMatchObject({ name: 'JASON DROEGE' })
    expect((await onDisk('old')).schemaVersion).toBe(1)
    // A rename upgrades the file as it rewrites it.
    await entities.update(DROEGE, { name: 'Jason Droege' })
    const upgraded = await onDisk('old')
    expect(upgraded.schemaVersion).toBe(2)
    expect(upgraded.entities[0]).toMatchObject({ name: 'Jason Droege', registryId: DROEGE })
  })
})
