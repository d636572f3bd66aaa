import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/contract'
import {
  ARTICLE_SCHEMA_VERSION,
  type Annotation,
  type ArticleFile,
  type Entity
} from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import { Library } from './Library'

let folder: string
const logs: string[] = []
/** The library open now: opening another closes it first, as an app restart would. */
let current: Library | undefined

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-library-'))
  logs.length = 0
})

afterEach(async () => {
  await current?.close()
  current = undefined
  await rm(folder, { recursive: true, force: true })
})

/** Opens the library, closing the one opened before (one writer per folder). */
async function open(): Promise<Library> {
  await current?.close()
  current = await Library.open({ folder, log: (m) => logs.push(m) })
  return current
}
const readJsonFile = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(path, 'utf8'))
const articleFile = (id: string): string => join(folder, 'articles', `${id}.json`)

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected the promise to reject')
}

/** A person entity and a mention of "Droege" in the given article. */
function droegeLayer(file: ArticleFile): { entities: Entity[]; annotations: Annotation[] } {
  const text = plainText(file.blocks)
  const index = new CodePointIndex(text)
  const start = index.toCodePoint(text.indexOf('Jason Droege'))
  const at = '2026-06-15T09:00:00.000Z'
  return {
    entities: [{ id: 'e1', type: 'person', name: 'Jason Droege', aliases: ['Droege'] }],
    annotations: [
      {
        id: 'a1',
        kind: 'mention',
        entityId: 'e1',
        target: index.target(start, start + 'Jason Droege'.length),
        orphaned: false,
        createdBy: 'test',
        createdAt: at,
        updatedBy: 'test',
        updatedAt: at
      }
    ]
  }
}

describe('Library: seeding', () => {
  it('seeds the Scale AI sample once, and never brings it back after deletion', async () => {
    const library = await open()
    const listing = await library.list()
    expect(listing.folder).toBe(folder)
    expect(listing.damaged).toEqual([])
    expect(listing.articles).toHaveLength(1)
    const [sample] = listing.articles
    expect(sample.title).toBe(
      'Scale AI promet son indépendance malgré la participation de 14,3 G$ de Meta'
    )
    const file = await library.open(sample.id)
    expect(file.article.origin).toEqual({
      kind: 'sample',
      fileName: 'scale-ai-meta.fr.txt',
      format: 'txt'
    })
    expect(file.article.language).toBe('fr')
    expect(file.blocks.map((b) => b.type)).toEqual([
      'headline',
      'standfirst',
      ...Array(6).fill('paragraph'),
      'source'
    ])
    const settings = (await readJsonFile(join(folder, 'library.json'))) as Record<string, unknown>
    expect(typeof settings.sampleSeededAt).toBe('string')

    // Reopening does not add a second copy.
    expect((await (await open()).list()).articles).toHaveLength(1)

    await library.delete(sample.id)
    expect((await (await open()).list()).articles).toEqual([])
    // Even without library.json, a library with something in its trash is not new.
    await unlink(join(folder, 'library.json'))
    expect((await (await open()).list()).articles).toEqual([])
  })

  it('does not seed a folder that already holds articles', async () => {
    const first = await open()
    const { id } = await first.create({ text: 'Mon article\n\nTexte.' })
    const [sampleId] = (await first.list()).articles.map((a) => a.id).filter((x) => x !== id)
    await first.delete(sampleId)
    await rm(join(folder, 'trash'), { recursive: true })
    await unlink(join(folder, 'library.json'))
    const listing = await (await open()).list()
    expect(listing.articles.map((a) => a.id)).toEqual([id])
  })
})

describe('Library: articles', () => {
  it('creates from pasted text, renames, and deletes to the trash', async () => {
    const library = await open()
    const created = await library.create({ text: 'Un titre\n\nPremier paragraphe.\n\nSecond.' })
    expect(created).toMatchObject({ title: 'Un titre', annotationCount: 0 })
    const onDisk = (await readJsonFile(articleFile(created.id))) as ArticleFile
    expect(onDisk.schemaVersion).toBe(ARTICLE_SCHEMA_VERSION)
    expect(onDisk.article.origin).toEqual({ kind: 'paste' })
    expect(onDisk.blocks).toEqual([
      { type: 'headline', text: 'Un titre' },
      { type: 'paragraph', text: 'Premier paragraphe.' },
      { type: 'paragraph', text: 'Second.' }
    ])

    const titled = await library.create({ text: 'Ligne\n\nCorps', title: '  Autre titre ' })
    expect(titled.title).toBe('Autre titre')

    const renamed = await library.rename(created.id, '  Nouveau titre ')
    expect(renamed.title).toBe('Nouveau titre')
    expect((await library.open(created.id)).blocks[0].text).toBe('Un titre')
    expect((await readJsonFile(articleFile(created.id))) as ArticleFile).toMatchObject({
      article: { title: 'Nouveau titre' }
    })

    const { trashedAs } = await library.delete(created.id)
    expect(trashedAs).toMatch(new RegExp(`^trash/${created.id}\\.[0-9TZ-]+\\.json$`))
    expect(existsSync(articleFile(created.id))).toBe(false)
    const trashed = (await readJsonFile(join(folder, trashedAs))) as ArticleFile
    expect(trashed.article.title).toBe('Nouveau titre')
    expect((await rejection(library.open(created.id))).code).toBe('not-found')
    expect((await rejection(library.delete(created.id))).code).toBe('not-found')
    expect((await library.list()).articles.map((a) => a.id)).not.toContain(created.id)
  })

  it('refuses empty text and ids that are not file names', async () => {
    const library = await open()
    expect((await rejection(library.create({ text: ' \n\n ' }))).code).toBe('invalid-input')
    expect((await rejection(library.open('../library'))).code).toBe('not-found')
    expect((await rejection(library.open('a/b'))).code).toBe('not-found')
    expect((await rejection(library.rename('nope', 'x'))).code).toBe('not-found')
    expect((await rejection(library.rename('nope', '   '))).code).toBe('invalid-input')
  })

  it('saves annotations, keeps every save as a version, a new instance sees it', async () => {
    const library = await open()
    await library.updateSettings({ authorName: 'Ana' })
    const [{ id }] = (await library.list()).articles
    const original = await library.open(id)
    const layer = droegeLayer(original)
    const { updatedAt } = await library.save(id, layer)

    // The history holds the seeded sample and this save, newest first.
    const versions = await library.versions(id)
    expect(versions.map((v) => [v.mentions, v.entities, v.author, v.current])).toEqual([
      [1, 1, 'Ana', true],
      [0, 0, null, false]
    ])
    const files = await readdir(join(folder, 'history', 'articles', id))
    expect(files).toHaveLength(2)
    const kept = (await readJsonFile(join(folder, 'history', 'articles', id, files[0]))) as {
      content: ArticleFile
    }
    expect(kept.content.annotations).toEqual([])

    const reopened = await (await open()).open(id)
    expect(reopened.article.updatedAt).toBe(updatedAt)
    expect(reopened.entities).toEqual(layer.entities)
    expect(reopened.annotations).toEqual(layer.annotations)
    expect((await library.list()).articles[0].annotationCount).toBe(1)
    // No temporary file is left beside the article, and no single backup is written.
    expect((await readdir(join(folder, 'articles'))).filter((n) => n.startsWith('.'))).toEqual([])
    expect(existsSync(join(folder, 'backups', `${id}.json`))).toBe(false)
  })

  it('keeps the assist’s rejected suggestions with the article until a save gives new ones', async () => {
    const library = await open()
    const { id } = await library.create({ text: 'Titre\n\nLe café est bon.' })
    await library.save(id, {
      entities: [],
      annotations: [],
      rejectedSuggestions: ['date:2019', 'quote:x', 'date:2019']
    })
    expect((await (await open()).open(id)).rejectedSuggestions).toEqual(['date:2019', 'quote:x'])
    // An autosave of the layer alone leaves them as they are.
    await library.save(id, { entities: [], annotations: [] })
    expect((await (await open()).open(id)).rejectedSuggestions).toEqual(['date:2019', 'quote:x'])
    await library.save(id, { entities: [], annotations: [], rejectedSuggestions: ['person:meta'] })
    expect((await (await open()).open(id)).rejectedSuggestions).toEqual(['person:meta'])
  })

  it('refuses annotations that do not fit the text, saves corrected blocks in NFC', async () => {
    const library = await open()
    const { id } = await library.create({ text: 'Titre\n\nLe cafe est bon.' })
    const file = await library.open(id)
    const layer = droegeLayer({ ...file, blocks: [{ type: 'paragraph', text: 'Jason Droege' }] })
    // "Jason Droege" is not at 0..12 in this article.
    const mismatch = await rejection(library.save(id, layer))
    expect(mismatch.code).toBe('invalid-input')
    expect(mismatch.message).toMatch(/quotes "Jason Droege" but the text at 0–12 reads "Titre/)

    const beyond = structuredClone(layer)
    beyond.annotations[0].target = { start: 10, end: 99, exact: 'x', prefix: '', suffix: '' }
    expect((await rejection(library.save(id, beyond))).message).toMatch(/past the end of the text/)

    const unknownEntity = structuredClone(layer)
    unknownEntity.entities = []
    unknownEntity.annotations[0].target = new CodePointIndex('Titre').target(0, 5)
    expect((await rejection(library.save(id, unknownEntity))).message).toMatch(
      /entity "e1", which is not in the registry/
    )
    // Nothing was written by the refused saves.
    expect(((await readJsonFile(articleFile(id))) as ArticleFile).annotations).toEqual([])

    const decomposed = 'Le cafe\u0301 est bon.'
    const blocks = [
      { type: 'headline' as const, text: 'Titre' },
      { type: 'paragraph' as const, text: decomposed }
    ]
    const index = new CodePointIndex(plainText(blocks).normalize('NFC'))
    const target = index.target(10, 14)
    expect(target.exact).toBe('café')
    const mention = { ...layer.annotations[0], target }
    await library.save(id, { entities: layer.entities, annotations: [mention], blocks })
    const saved = await library.open(id)
    expect(saved.blocks[1].text).toBe('Le café est bon.')
    expect(saved.annotations[0].target.exact).toBe('café')
  })

  it('serialises concurrent saves of one article', async () => {
    const library = await open()
    const [{ id }] = (await library.list()).articles
    const layer = droegeLayer(await library.open(id))
    const saves = Array.from({ length: 8 }, (_, n) =>
      library.save(id, {
        entities: [{ ...layer.entities[0], name: `Jason Droege ${n}` }],
        annotations: layer.annotations
      })
    )
    await Promise.all(saves)
    await library.close()
    const onDisk = (await readJsonFile(articleFile(id))) as ArticleFile
    expect(onDisk.entities[0].name).toBe('Jason Droege 7')
    const versions = await (await open()).versions(id)
    expect(versions).toHaveLength(9) // the sample, then the eight saves in order
    expect(versions.slice(0, 2).map((v) => v.current)).toEqual([true, false])
  })

  it('imports each format with its origin, and refuses bad files with a reason', async () => {
    const library = await open()
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s)
    const txt = await library.import('C:\\Users\\me\\note.txt', encode('\ufeffNote\n\nTexte.'))
    const md = await library.import('a.md', encode('# Titre MD\n\nTexte *md*.'))
    const html = await library.import(
      'page.html',
      encode('<html lang="fr"><body><article><h1>Titre HTML</h1><p>Texte.</p></article></body>')
    )
    expect([txt.title, md.title, html.title]).toEqual(['Note', 'Titre MD', 'Titre HTML'])
    expect((await library.open(txt.id)).article.origin).toEqual({
      kind: 'import',
      fileName: 'note.txt',
      format: 'txt'
    })
    expect((await library.open(md.id)).blocks[1].text).toBe('Texte md.')
    expect((await library.open(html.id)).article.language).toBe('fr')
    const binary = await rejection(library.import('x.txt', new Uint8Array([1, 0, 2])))
    expect(binary.code).toBe('unsupported')
    expect((await library.list()).articles).toHaveLength(4)
  })
})

describe('Library: damaged files', () => {
  it('quarantines an unreadable article, reports it, and keeps the others working', async () => {
    const library = await open()
    const good = await library.create({ text: 'Bon article\n\nTexte.' })
    const garbage = '{"schemaVersion": 1, "article": '
    await writeFile(articleFile('broken'), garbage)
    await writeFile(articleFile('wrong-shape'), JSON.stringify({ schemaVersion: 1, blocks: [] }))
    await writeFile(join(folder, 'articles', 'notes.txt'), 'not an article')

    const listing = await library.list()
    expect(listing.articles.map((a) => a.id)).toContain(good.id)
    expect(listing.articles).toHaveLength(2)
    expect(listing.damaged.map((d) => d.fileName).sort()).toEqual([
      'articles/broken.json',
      'articles/wrong-shape.json'
    ])
    const broken = listing.damaged.find((d) => d.fileName === 'articles/broken.json')!
    expect(broken.reason).toMatch(/not valid JSON/)
    expect(broken.reason).toMatch(/No earlier version of it was kept/)
    expect(broken.quarantinedAs).toMatch(/^quarantine\/broken\.[0-9TZ-]+\.json$/)
    // Nothing lost: the quarantined file holds exactly what was there.
    expect(await readFile(join(folder, broken.quarantinedAs), 'utf8')).toBe(garbage)
    expect(existsSync(articleFile('broken'))).toBe(false)
    const shape = listing.damaged.find((d) => d.fileName === 'articles/wrong-shape.json')!
    expect(shape.reason).toMatch(/does not match the article format/)

    expect((await library.open(good.id)).article.title).toBe('Bon article')
    expect((await rejection(library.open('broken'))).code).toBe('not-found')

    // The report survives a restart, and stops once the quarantined file is dealt with.
    const again = await open()
    expect((await again.list()).damaged).toHaveLength(2)
    await unlink(join(folder, broken.quarantinedAs))
    const remaining = (await again.list()).damaged.map((d) => d.fileName)
    expect(remaining).toEqual(['articles/wrong-shape.json'])
  })

  it('restores the last saved version from the history when the file is damaged', async () => {
    const library = await open()
    const [{ id }] = (await library.list()).articles
    const layer = droegeLayer(await library.open(id))
    await library.save(id, layer)
    await writeFile(articleFile(id), '\u0000\u0001 torn write')

    const fresh = await open()
    const file = await fresh.open(id)
    expect(file.annotations).toEqual(layer.annotations) // the last save, not the one before
    const { damaged } = await fresh.list()
    expect(damaged).toHaveLength(1)
    expect(damaged[0].reason).toMatch(new RegExp(`restored from history/articles/${id}/`))
    const quarantined = await readFile(join(folder, damaged[0].quarantinedAs), 'utf8')
    expect(quarantined).toBe('\u0000\u0001 torn write')
    expect(((await readJsonFile(articleFile(id))) as ArticleFile).annotations).toHaveLength(1)
  })

  it('falls back on the single backup an earlier app kept when there is no history', async () => {
    const library = await open()
    const [{ id }] = (await library.list()).articles
    const sample = await library.open(id)
    await rm(join(folder, 'history'), { recursive: true })
    await mkdir(join(folder, 'backups'), { recursive: true })
    await writeFile(join(folder, 'backups', `${id}.json`), JSON.stringify(sample))
    await writeFile(articleFile(id), '{ torn')

    const fresh = await open()
    expect((await fresh.open(id)).article.title).toBe(sample.article.title)
    expect((await fresh.list()).damaged[0].reason).toMatch(/restored from backups\//)
  })

  it('saves the version open in the app over a file damaged behind its back', async () => {
    const library = await open()
    const { id } = await library.create({ text: 'Titre\n\nTexte.' })
    await library.open(id)
    await writeFile(articleFile(id), 'oops')
    await library.rename(id, 'Renommé')
    expect(((await readJsonFile(articleFile(id))) as ArticleFile).article.title).toBe('Renommé')
    const { damaged } = await library.list()
    expect(damaged[0].reason).toMatch(/version open in the app was saved in its place/)
    expect(await readFile(join(folder, damaged[0].quarantinedAs), 'utf8')).toBe('oops')
  })

  it('leaves a file from a newer version in place and says so', async () => {
    const library = await open()
    const future = { schemaVersion: 9, article: { id: 'future' }, blocks: [] }
    await writeFile(articleFile('future'), JSON.stringify(future))
    const listing = await library.list()
    expect(listing.articles.map((a) => a.id)).not.toContain('future')
    expect(listing.damaged).toEqual([
      expect.objectContaining({
        fileName: 'articles/future.json',
        quarantinedAs: 'articles/future.json',
        reason: expect.stringMatching(/newer version of the app/)
      })
    ])
    const error = await rejection(library.open('future'))
    expect(error.code).toBe('unsupported')
    expect(await readJsonFile(articleFile('future'))).toEqual(future)
    expect(await readdir(join(folder, 'quarantine'))).toEqual([])
  })

  it('reports a file the system will not read without hiding the others', async () => {
    const library = await open()
    // A folder where an article file should be: reading it fails with EISDIR, like EACCES.
    await mkdir(articleFile('locked'))
    const listing = await library.list()
    expect(listing.articles).toHaveLength(1)
    expect(listing.damaged).toEqual([
      expect.objectContaining({
        fileName: 'articles/locked.json',
        quarantinedAs: 'articles/locked.json'
      })
    ])
    expect((await rejection(library.open('locked'))).code).toBe('io')
    expect(existsSync(articleFile('locked'))).toBe(true)
  })

  it('quarantines a damaged library.json, restores its last version and reports it', async () => {
    await (await open()).updateSettings({ authorName: 'Ana' })
    const articlesBefore = await readdir(join(folder, 'articles'))
    await writeFile(join(folder, 'library.json'), '{ "schemaVersion": 1, oops')

    const library = await open()
    const settings = await library.getSettings()
    expect(settings.authorName).toBe('Ana')
    expect(settings.entityTypes.length).toBeGreaterThan(0)
    const { damaged, articles } = await library.list()
    expect(damaged).toHaveLength(1)
    expect(damaged[0].fileName).toBe('library.json')
    expect(damaged[0].quarantinedAs).toMatch(/^quarantine\/library\.[0-9TZ-]+\.json$/)
    expect(damaged[0].reason).toMatch(/restored from its version saved/)
    expect(await readFile(join(folder, damaged[0].quarantinedAs), 'utf8')).toBe(
      '{ "schemaVersion": 1, oops'
    )
    // Not a new library: the sample is not added a second time.
    expect(articles).toHaveLength(1)
    expect(await readdir(join(folder, 'articles'))).toEqual(articlesBefore)
    // library.json is whole again, with the settings it had.
    expect(await readJsonFile(join(folder, 'library.json'))).toMatchObject({
      schemaVersion: 1,
      authorName: 'Ana'
    })
  })

  it('restores library.json from library.backup.json, the backup of an earlier app', async () => {
    const legacy = { schemaVersion: 1, authorName: 'Bea', language: 'fr', damaged: [] }
    const defaults = await (await open()).getSettings()
    await writeFile(
      join(folder, 'library.backup.json'),
      JSON.stringify({ ...legacy, entityTypes: defaults.entityTypes })
    )
    await rm(join(folder, 'history', 'library'), { recursive: true, force: true })
    await writeFile(join(folder, 'library.json'), '')
    const settings = await (await open()).getSettings()
    expect(settings).toMatchObject({ authorName: 'Bea', language: 'fr' })
  })

  it('starts from defaults when library.json is damaged and no version of it was kept', async () => {
    await (await open()).updateSettings({ authorName: 'Ana' })
    await rm(join(folder, 'history', 'library'), { recursive: true })
    await writeFile(join(folder, 'library.json'), 'null')
    const library = await open()
    expect((await library.getSettings()).authorName).toBe('')
    expect((await library.list()).damaged[0].reason).toMatch(/default settings are in use/)
  })
})

describe('Library: settings', () => {
  it('updates settings, keeps them across instances, refuses duplicate keys', async () => {
    const library = await open()
    const defaults = await library.getSettings()
    const updated = await library.updateSettings({ authorName: ' Ana ', language: 'fr' })
    expect(updated).toMatchObject({ authorName: 'Ana', language: 'fr' })
    expect(updated.entityTypes).toEqual(defaults.entityTypes)
    expect(await (await open()).getSettings()).toEqual(updated)

    const clash = [...defaults.entityTypes, { ...defaults.entityTypes[0], id: 'journalist' }]
    const error = await rejection(library.updateSettings({ entityTypes: clash }))
    expect(error.code).toBe('invalid-input')
    expect(error.message).toMatch(/use the key "p"/)
    expect(await library.getSettings()).toEqual(updated)
    expect((await readdir(join(folder, 'history', 'library'))).length).toBeGreaterThan(1)
  })

  it('does not write settings that a newer version of the app made', async () => {
    await open()
    const newer = { schemaVersion: 2, entityTypes: [], somethingNew: true }
    await writeFile(join(folder, 'library.json'), JSON.stringify(newer))
    const library = await open()
    expect((await rejection(library.updateSettings({ authorName: 'x' }))).code).toBe('unsupported')
    expect(await readJsonFile(join(folder, 'library.json'))).toEqual(newer)
    expect((await library.list()).damaged[0].reason).toMatch(/newer version of the app/)
  })
})
