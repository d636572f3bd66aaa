/**
 * The desk's memory over a real library folder: search, queue and entity pages follow every
 * save, import, rename and deletion without rereading the folder.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/contract'
import { followUpArticle, scaleAiArticle } from './memoryArticles'
import { Library } from '../../src/main/library/Library'
import { createReportExport, folderReportTarget } from '../../src/main/report/reportExport'
import { LibraryMemory } from '../../src/main/memory/LibraryMemory'
import { entityKey } from '../../src/shared/memory/entityKey'

/** Jason Droege's library-wide key (his registry id). */
const DROEGE = entityKey({ type: 'person', name: 'Jason Droege' })

let folder: string
let library: Library
let memory: LibraryMemory

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsroom-memory-'))
  library = await Library.open({ folder })
  memory = new LibraryMemory(library)
})

afterEach(async () => {
  memory.close()
  await library.close()
  await rm(folder, { recursive: true, force: true })
})

const articleIds = async (query: string) =>
  (await memory.search(query)).articles.map((a) => a.articleId).sort()

describe('LibraryMemory', () => {
  it('reads the library from cold, then follows adoptions, saves, renames and deletions', async () => {
    const { summary: scale } = await library.adopt(scaleAiArticle())
    // The seeded sample has the same text, without annotations: both are found.
    expect(await articleIds('equivoque')).toHaveLength(2)

    const { summary: follow } = await library.adopt(followUpArticle('needs-checking'))
    expect(await articleIds('clients devant')).toEqual([follow.id])

    const file = await library.open(follow.id)
    await library.save(follow.id, {
      entities: file.entities,
      annotations: [],
      blocks: [file.blocks[0], { type: 'paragraph', text: 'Jason Droege a tout démenti.' }]
    })
    expect(await articleIds('clients devant')).toEqual([])
    expect(await articleIds('démenti')).toEqual([follow.id])

    await library.rename(scale.id, 'Scale AI, la note de Droege')
    const renamed = (await memory.search('equivoque')).articles.find(
      (a) => a.articleId === scale.id
    )
    expect(renamed?.title).toBe('Scale AI, la note de Droege')

    const before = await articleIds('droege')
    await library.delete(scale.id)
    expect(await articleIds('droege')).toEqual(before.filter((id) => id !== scale.id))
    expect(before).toContain(scale.id)
  })

  it('queues what needs checking across articles, by speaker', async () => {
    await library.adopt(scaleAiArticle())
    const { summary: follow } = await library.adopt(followUpArticle('needs-checking'))
    const queue = await memory.queue({ speakerKey: DROEGE })
    expect(queue.total).toBe(7)
    expect(queue.items.filter((i) => i.articleId === follow.id)).toHaveLength(1)

    const file = await library.open(follow.id)
    const verified = file.annotations.map((a) =>
      a.kind === 'quote' ? { ...a, status: 'verified' as const } : a
    )
    await library.save(follow.id, { entities: file.entities, annotations: verified })
    expect((await memory.queue({ speakerKey: DROEGE })).total).toBe(6)
    expect((await memory.queue({ statuses: ['verified'] })).items[0].articleId).toBe(follow.id)
    // The library listing counts what each article still has to check.
    const listed = (await library.list()).articles.find((a) => a.id === follow.id)
    expect(listed?.toCheck).toBe(0)
  })

  it('shows a speaker’s quotes from every article on one entity page', async () => {
    const { summary: scale } = await library.adopt(scaleAiArticle())
    const { summary: follow } = await library.adopt(followUpArticle('verified'))
    const page = await memory.entity({ articleId: scale.id, entityId: 'jason-droege' })
    expect(page.articles.map((a) => a.id).sort()).toEqual([scale.id, follow.id].sort())
    expect(page.quotes.filter((q) => q.status === 'verified').map((q) => q.articleId)).toEqual([
      follow.id
    ])
    await expect(memory.entity({ key: 'person:nobody' })).rejects.toBeInstanceOf(AppError)
  })
})

describe('the report export', () => {
  it('writes the fact-check report into the exports folder, in the language asked', async () => {
    const { summary } = await library.adopt(scaleAiArticle())
    const exportsFolder = join(folder, 'exports')
    const exportReport = createReportExport({
      library,
      target: folderReportTarget(exportsFolder),
      now: () => new Date('2026-06-21T09:00:00Z')
    })
    const { files } = await exportReport({ id: summary.id, language: 'fr' })
    expect(files).toHaveLength(1)
    expect(files[0].path.endsWith('.fact-check.html')).toBe(true)
    const html = await readFile(files[0].path, 'utf8')
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('Citations par locuteur')
    expect(html).not.toMatch(/<script/i)
  })
})
