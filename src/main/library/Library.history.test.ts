/** Version history: every save kept, listed with counts and author, any version restorable. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { AppError } from '@shared/contract'
import type { ArticleFile } from '@shared/model'
import { Library } from './Library'
import { sourceNoteOn } from './sourceNote.testkit'
import { isArticleId } from './layout'

let folder: string
let library: Library

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-history-'))
  // A clock a second apart per call, so versions are in order and named apart.
  let tick = Date.UTC(2026, 5, 15, 9, 0, 0)
  library = await Library.open({ folder, now: () => new Date((tick += 1000)) })
})

afterEach(async () => {
  await library.close()
  await rm(folder, { recursive: true, force: true })
})

const onDisk = async (id: string): Promise<ArticleFile> =>
  JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf-8')) as ArticleFile

it('lists every save with its counts and restores an earlier one as a new, undoable version', async () => {
  await library.updateSettings({ authorName: 'Ana' })
  const { id } = await library.create({ text: 'Titre\n\nLe texte de l’article.' })
  const file = await library.open(id)
  await library.save(id, { entities: [], annotations: [sourceNoteOn(file, 'n1', 5)] })
  await library.save(id, {
    entities: [],
    annotations: [sourceNoteOn(file, 'n1', 5), sourceNoteOn(file, 'n2', 3)]
  })
  await library.rename(id, 'Titre changé')

  const versions = await library.versions(id)
  expect(versions.map((v) => [v.title, v.notes, v.author, v.current])).toEqual([
    ['Titre changé', 2, 'Ana', true],
    ['Titre', 2, 'Ana', false],
    ['Titre', 1, 'Ana', false],
    ['Titre', 0, 'Ana', false]
  ])

  // Restore the version with one note: title, text and layer come back, as a new version.
  const oneNote = versions[2]
  const restored = await library.restore(id, oneNote.id)
  expect(restored.annotations.map((a) => a.id)).toEqual(['n1'])
  expect(restored.article.title).toBe('Titre')
  const disk = await onDisk(id)
  expect(disk.annotations.map((a) => a.id)).toEqual(['n1'])
  expect(disk.article.title).toBe('Titre')
  expect(disk.article.createdAt).toBe(file.article.createdAt)

  const after = await library.versions(id)
  expect(after[0]).toMatchObject({
    event: 'restored',
    restoredFrom: oneNote.savedAt,
    current: true
  })
  expect(after).toHaveLength(5)

  // Restoring the version before the restore undoes it.
  await library.restore(id, after[1].id)
  expect((await onDisk(id)).article.title).toBe('Titre changé')
  expect((await onDisk(id)).annotations).toHaveLength(2)
})

it('refuses a version that is not kept, and leaves the file as it was', async () => {
  const { id } = await library.create({ text: 'Titre\n\nTexte.' })
  const before = await onDisk(id)
  const error = await library.restore(id, '2020-01-01T00-00-00-000Z').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe('not-found')
  expect(await onDisk(id)).toEqual(before)
})

it('refuses the names Windows reserves as article ids, in any case', () => {
  for (const name of ['CON', 'nul', 'com1', 'Com1', 'LPT9', 'aux.backup']) {
    expect(isArticleId(name), name).toBe(false)
  }
  for (const name of ['console', 'nullable', 'com10', 'V1StGXR8_Z5jdHi6B-myT']) {
    expect(isArticleId(name), name).toBe(true)
  }
})

it('gives an adopted article with a reserved id a fresh one', async () => {
  const { id } = await library.create({ text: 'Titre\n\nTexte.' })
  const file = await library.open(id)
  const { summary, idChanged } = await library.adopt({
    ...file,
    article: { ...file.article, id: 'NUL' }
  })
  expect(idChanged).toBe(true)
  expect(summary.id).not.toMatch(/^nul$/i)
})

it('writes nothing, and keeps no new version, for a save of what is already there', async () => {
  const { id } = await library.create({ text: 'Titre\n\nTexte.' })
  const file = await library.open(id)
  await library.save(id, { entities: [], annotations: [sourceNoteOn(file, 'n1', 5)] })
  const before = await onDisk(id)
  const { updatedAt } = await library.save(id, {
    entities: [],
    annotations: [sourceNoteOn(file, 'n1', 5)]
  })
  expect(updatedAt).toBe(before.article.updatedAt)
  expect(await onDisk(id)).toEqual(before)
  expect(await library.versions(id)).toHaveLength(2)
})
