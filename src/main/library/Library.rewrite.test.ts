/**
 * One article's part of a library-wide change (rewriteLinked), and the reads it relies on: a
 * file this process has just written is not parsed again, but one another program changed
 * since always is.
 */
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ArticleFile } from '@shared/model'
import { Library } from './Library'

let folder: string
let library: Library

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-rewrite-'))
  let tick = Date.UTC(2026, 5, 15, 9, 0, 0)
  library = await Library.open({ folder, now: () => new Date((tick += 1000)) })
})

afterEach(async () => {
  await library.close()
  await rm(folder, { recursive: true, force: true })
})

const path = (id: string) => join(folder, 'articles', `${id}.json`)
const onDisk = async (id: string): Promise<ArticleFile> =>
  JSON.parse(await readFile(path(id), 'utf-8')) as ArticleFile

it('writes nothing and keeps no version when the change has nothing to change', async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte.' })
  const before = await readFile(path(id), 'utf-8')
  const versions = (await library.versions(id)).length
  await library.rewriteLinked(id, () => null)
  expect(await readFile(path(id), 'utf-8')).toBe(before)
  expect(await library.versions(id)).toHaveLength(versions)
})

it('writes the change durably and keeps it as a version that reads back whole', async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte.' })
  const entity = { id: 'e1', type: 'person', name: 'Jason Droege', aliases: [] }
  const written = await library.rewriteLinked(id, () => ({
    entities: [entity],
    annotations: []
  }))
  expect((await onDisk(id)).entities).toEqual([entity])
  const [newest] = await library.versions(id)
  expect(newest).toMatchObject({ current: true, entities: 1 })
  // The version, restored, is the article as written (its content was spliced in as hashed).
  await library.rewriteLinked(id, () => ({ entities: [], annotations: [] }))
  const restored = await library.restore(id, newest.id)
  expect(restored.entities).toEqual(written.entities)
})

it(
  'reads again a file rewritten in place to the same size and modification time',
  {
    timeout: 10_000
  },
  async () => {
    const { id } = await library.create({ text: 'Titre\n\nLe texte.' })
    // A settled file (its times well past), read once: what it held is kept, so the next read
    // need not parse it. The change time cannot be set back, so wait for it to settle.
    const old = new Date(Date.now() - 60_000)
    await utimes(path(id), old, old)
    await new Promise((done) => setTimeout(done, 2600))
    expect((await library.open(id)).article.title).toBe('Titre')
    // Another program writes it in place (same inode, same length) and puts the time back.
    const text = await readFile(path(id), 'utf-8')
    await writeFile(path(id), text.replace('"title": "Titre"', '"title": "Tutre"'))
    await utimes(path(id), old, old)
    expect((await library.open(id)).article.title).toBe('Tutre')
  }
)

it('reads again a file rewritten just after it was read, within the clock tick', async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte.' })
  expect((await library.open(id)).article.title).toBe('Titre')
  const text = await readFile(path(id), 'utf-8')
  await writeFile(path(id), text.replace('"title": "Titre"', '"title": "Tutre"'))
  expect((await library.open(id)).article.title).toBe('Tutre')
})

it('does not parse again a file read just after it was written, while it is unchanged', async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte.' })
  // Its times are too recent to trust, so the bytes tell: the same bytes, the same article.
  const first = await library.read(id)
  expect(await library.read(id)).toBe(first)
  const text = await readFile(path(id), 'utf-8')
  await writeFile(path(id), text.replace('"title": "Titre"', '"title": "Tutre"'))
  expect((await library.read(id)).article.title).toBe('Tutre')
})
