/**
 * A save serialises the article once: the article file and its version hold the same bytes,
 * and a later session finds the file the app wrote as its newest version by the bytes' hash,
 * without serialising the article again.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { Library } from './Library'
import { sourceNoteOn } from './sourceNote.testkit'

let folder: string
let library: Library
let tick = Date.UTC(2026, 5, 15, 9, 0, 0)
const now = () => new Date((tick += 1000))

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-save-bytes-'))
  library = await Library.open({ folder, now })
})

afterEach(async () => {
  vi.restoreAllMocks()
  await library.close()
  await rm(folder, { recursive: true, force: true })
})

const versionDir = (id: string) => join(folder, 'history', 'articles', id)
const versionNames = async (id: string) => (await readdir(versionDir(id))).sort()
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** JSON.stringify calls over a whole article (an object with annotations). */
function articleSerialisations(): () => number {
  const stringify = vi.spyOn(JSON, 'stringify')
  return () =>
    stringify.mock.calls.filter(
      ([value]) => typeof value === 'object' && value !== null && 'annotations' in value
    ).length
}

it('keeps as the version the bytes of the article file, serialised once, hashed as they are', async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte de l’article.' })
  const file = await library.open(id)
  const serialisations = articleSerialisations()
  const saved = await library.save(id, { entities: [], annotations: [sourceNoteOn(file, 'n1', 5)] })
  expect(serialisations()).toBe(1)
  // The list's line as saved, for the editor to show without counting the layer itself.
  expect(saved.summary).toMatchObject({ id, annotationCount: 1, updatedAt: saved.updatedAt })
  const article = await readFile(join(folder, 'articles', `${id}.json`))
  const newest = (await versionNames(id)).at(-1) as string
  const versionText = await readFile(join(versionDir(id), newest), 'utf-8')
  const version = JSON.parse(versionText) as { contentHash: string; contentLayout: string }
  expect(version.contentLayout).toBe('indented')
  expect(version.contentHash).toBe(sha256(article))
  // The article file's text, byte for byte, as the version's content.
  expect(versionText.endsWith(`"content": ${article.toString('utf-8')}\n}\n`)).toBe(true)
})

it("finds in a new session the file it wrote as the newest version, by the bytes' hash", async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte de l’article.' })
  const file = await library.open(id)
  await library.save(id, { entities: [], annotations: [sourceNoteOn(file, 'n1', 5)] })
  await library.close()
  library = await Library.open({ folder, now })
  const reopened = await library.open(id)
  const before = await versionNames(id)
  const serialisations = articleSerialisations()
  const parse = vi.spyOn(JSON, 'parse')
  await library.save(id, {
    entities: [],
    annotations: [sourceNoteOn(reopened, 'n1', 5), sourceNoteOn(reopened, 'n2', 3)]
  })
  // Only the save's own file text: the file read is not serialised to be compared.
  expect(serialisations()).toBe(1)
  // Nor is the newest version's content parsed to learn its hash: its header says it.
  const parsedVersions = parse.mock.calls.filter(
    ([text]) => text.includes('newsroom-version') && text.includes('"content"')
  )
  expect(parsedVersions).toEqual([])
  // One version more, the save's: no copy of the file as found on disk.
  expect(await versionNames(id)).toHaveLength(before.length + 1)
  const events = (await library.versions(id)).map((v) => v.event)
  expect(events).not.toContain('found-on-disk')
})

it('finds the file as the newest version an earlier app kept on one line', async () => {
  const { id } = await library.create({ text: 'Titre\n\nLe texte de l’article.' })
  await library.close()
  // The library as an earlier app left it: its one version holds the content's compact JSON.
  const dir = versionDir(id)
  for (const name of await readdir(dir)) await rm(join(dir, name))
  const content = JSON.parse(await readFile(join(folder, 'articles', `${id}.json`), 'utf-8'))
  const json = JSON.stringify(content)
  const header = {
    kind: 'newsroom-version',
    savedAt: '2026-06-15T08:00:00.000Z',
    author: null,
    event: 'saved',
    contentHash: createHash('sha256').update(json).digest('hex')
  }
  const head = JSON.stringify(header, null, 2)
  await writeFile(
    join(dir, '2026-06-15T08-00-00-000Z.json'),
    `${head.slice(0, -2)},\n  "content": ${json}\n}\n`
  )
  library = await Library.open({ folder, now })
  const file = await library.open(id)
  await library.save(id, { entities: [], annotations: [sourceNoteOn(file, 'n1', 5)] })
  const versions = await library.versions(id)
  expect(versions.map((v) => [v.event, v.current])).toEqual([
    ['saved', true],
    ['saved', false]
  ])
})
