/**
 * One writer per library folder, and no silent overwrite of a file another program changed:
 * a second Library on a held folder only reads; a save over a changed file is refused until
 * the user chooses.
 */
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/contract'
import type { ArticleFile } from '@shared/model'
import { Library, READ_ONLY_NOTICE } from './Library'

let folder: string
const opened: Library[] = []

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-writers-'))
})

afterEach(async () => {
  for (const library of opened.splice(0)) await library.close()
  await rm(folder, { recursive: true, force: true })
})

async function open(): Promise<Library> {
  const library = await Library.open({ folder })
  opened.push(library)
  return library
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  return 'resolved'
}

const articlePath = (id: string) => join(folder, 'articles', `${id}.json`)

/** Every file under the folder with its bytes, to prove nothing was written. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path] = await readFile(path, 'utf-8')
  }
  return files
}

describe('one writer per library folder', () => {
  it('opens a held folder read-only: it reads, and refuses every change', async () => {
    const owner = await open()
    const { id } = await owner.create({ text: 'Titre\n\nTexte.' })
    const file = await owner.open(id)
    expect(owner.access()).toEqual({ readOnly: false })

    const reader = await open()
    const access = reader.access()
    expect(access.readOnly).toBe(true)
    expect(access.reason).toContain(`process ${process.pid}`)
    expect((await reader.list()).articles.map((a) => a.id)).toContain(id)
    expect((await reader.open(id)).article.title).toBe('Titre')

    const before = await snapshot()
    const layer = { entities: file.entities, annotations: file.annotations }
    expect(await code(reader.save(id, layer))).toBe('read-only')
    const refusal = await reader.rename(id, 'Autre').catch((e: unknown) => e as AppError)
    expect((refusal as AppError).message).toMatch(new RegExp(`^${READ_ONLY_NOTICE}`))
    expect(await code(reader.rename(id, 'Autre'))).toBe('read-only')
    expect(await code(reader.delete(id))).toBe('read-only')
    expect(await code(reader.create({ text: 'Nouveau' }))).toBe('read-only')
    expect(await code(reader.updateSettings({ authorName: 'Bea' }))).toBe('read-only')
    expect(await code(reader.restore(id, 'x'))).toBe('read-only')
    // A damaged file is reported but left for the writer to deal with.
    await writeFile(articlePath('broken'), '{ torn')
    const damaged = (await reader.list()).damaged
    expect(damaged.map((d) => d.fileName)).toEqual(['articles/broken.json'])
    expect(await snapshot()).toEqual({ ...before, [articlePath('broken')]: '{ torn' })

    // Once the owner lets go, the next opening writes.
    await owner.close()
    const next = await open()
    expect(next.access()).toEqual({ readOnly: false })
    expect(await code(next.rename(id, 'Autre'))).toBe('resolved')
  })
})

describe('a file changed on disk under the app', () => {
  it('refuses to save over it until the user keeps their version', async () => {
    const library = await open()
    const { id } = await library.create({ text: 'Titre\n\nTexte.' })
    const mine = await library.open(id)

    // Another program (a sync client) writes a different version.
    const theirs: ArticleFile = { ...mine, article: { ...mine.article, title: 'Leur titre' } }
    await writeFile(articlePath(id), JSON.stringify(theirs, null, 2))
    const layer = {
      entities: [{ id: 'e1', type: 'person', name: 'Ana', aliases: [] }],
      annotations: []
    }
    expect(await code(library.save(id, layer))).toBe('changed-on-disk')
    expect(JSON.parse(await readFile(articlePath(id), 'utf-8'))).toEqual(theirs)

    // "Keep mine": the save goes through, and their version is kept in the history.
    await library.overwriteChanged(id)
    expect(await code(library.save(id, layer))).toBe('resolved')
    const versions = await library.versions(id)
    expect(versions.map((v) => [v.event, v.title])).toEqual([
      ['saved', 'Leur titre'], // the save keeps the file's title (renames are separate)
      ['found-on-disk', 'Leur titre'],
      ['saved', 'Titre']
    ])
  })

  it('still refuses after the article was read for an export', async () => {
    const library = await open()
    const { id } = await library.create({ text: 'Titre\n\nTexte.' })
    const mine = await library.open(id)
    const theirs: ArticleFile = { ...mine, article: { ...mine.article, title: 'Leur titre' } }
    await writeFile(articlePath(id), JSON.stringify(theirs, null, 2))
    // The export reads their version; the editor still started from mine.
    expect((await library.read(id)).article.title).toBe('Leur titre')
    expect(await code(library.save(id, { entities: [], annotations: [] }))).toBe('changed-on-disk')
  })

  it('saves after "reload theirs", and ignores a touch that changed no content', async () => {
    const library = await open()
    const { id } = await library.create({ text: 'Titre\n\nTexte.' })
    const mine = await library.open(id)
    await writeFile(
      articlePath(id),
      JSON.stringify({ ...mine, article: { ...mine.article, title: 'Leur titre' } })
    )
    expect(await code(library.save(id, { entities: [], annotations: [] }))).toBe('changed-on-disk')
    const reloaded = await library.open(id)
    expect(reloaded.article.title).toBe('Leur titre')
    expect(await code(library.save(id, { entities: [], annotations: [] }))).toBe('resolved')

    const later = new Date(Date.now() + 60_000)
    await utimes(articlePath(id), later, later)
    expect(await code(library.save(id, { entities: [], annotations: [] }))).toBe('resolved')
  })
})
