/**
 * The desk service in main over two real libraries and a real desk server process: an article
 * shared in one library reaches the other as an article file; saves cross both ways, merged
 * with what the other side did meanwhile; a desk version that breaks the schema is refused
 * and the good file stays.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { quoteOver } from '../../src/shared/desk/articles.testkit'
import type { ArticleFile } from '../../src/shared/model'
import { Desk } from '../../src/main/desk/Desk'
import { Library } from '../../src/main/library/Library'
import { startDesk, tempDir, until, writeUsers } from '../../src/desk-server/processes.testkit'

const ANA = { name: 'Ana', token: 'ana-token-0123456789', role: 'editor' as const }
const BEN = { name: 'Ben', token: 'ben-token-0123456789', role: 'editor' as const }
const READER = { name: 'Rita', token: 'rita-token-0123456789', role: 'read-only' as const }

describe('the desk service in main', () => {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const clean of cleanups.reverse()) await clean()
    cleanups.length = 0
  })

  async function editor(url: string, who: { name: string; token: string }) {
    const folder = tempDir('library-')
    const library = await Library.open({ folder })
    const log: string[] = []
    const desk = await Desk.open({
      library,
      settingsFile: join(tempDir('user-'), 'desk.json'),
      log: (line) => log.push(line)
    })
    cleanups.push(async () => {
      await desk.close()
      await library.close()
    })
    await desk.saveSettings({ url, name: who.name, token: who.token })
    const fileOnDisk = (id: string): ArticleFile =>
      JSON.parse(readFileSync(join(folder, 'articles', `${id}.json`), 'utf8')) as ArticleFile
    return { library, desk, log, folder, fileOnDisk }
  }

  async function setUp() {
    const dir = tempDir()
    const usersFile = join(dir, 'users.json')
    writeUsers(usersFile, [ANA, BEN, READER])
    const server = await startDesk({ dataDir: join(dir, 'data'), usersFile })
    cleanups.push(() => server.stop())
    return server
  }

  it('gives a shared article to the other library and carries saves both ways, merged', async () => {
    const server = await setUp()
    const a = await editor(server.url, ANA)
    const b = await editor(server.url, BEN)
    const id = (await a.library.list()).articles[0].id
    const opened = await a.library.open(id)
    a.desk.opened(opened)
    expect(a.desk.settingsView()).toEqual({ url: server.url, name: 'Ana', tokenSet: true })

    await a.desk.share(id)
    await until('B’s file', () => existsIn(b, id))
    const bOpened = await b.library.open(id)
    b.desk.opened(bOpened)
    expect(bOpened.blocks).toEqual(opened.blocks)

    // Both annotate from what they opened; neither has seen the other's quote.
    const quoteA = quoteOver(opened, 'quote-ana', 'Scale AI', 'Ana')
    await a.desk.save(id, {
      entities: opened.entities,
      annotations: [...opened.annotations, quoteA]
    })
    const quoteB = quoteOver(bOpened, 'quote-ben', 'Meta', 'Ben')
    await until('A’s quote in B’s file', () =>
      b.fileOnDisk(id).annotations.some((q) => q.id === 'quote-ana')
    )
    await b.desk.save(id, {
      entities: bOpened.entities,
      annotations: [...bOpened.annotations, quoteB]
    })
    // B's save was made without A's quote: the merge keeps it.
    expect(b.fileOnDisk(id).annotations.map((q) => q.id)).toContain('quote-ana')
    await until('B’s quote in A’s file', () =>
      a.fileOnDisk(id).annotations.some((q) => q.id === 'quote-ben')
    )
    const ids = (f: ArticleFile) => f.annotations.map((q) => q.id).sort()
    expect(ids(a.fileOnDisk(id))).toEqual(ids(b.fileOnDisk(id)))
    expect(a.desk.overview().articles[0].remoteRevision).toBeGreaterThan(0)
  }, 60_000)

  it('holds one connection to the desk per editor, however many articles are shared', async () => {
    const server = await setUp()
    const a = await editor(server.url, ANA)
    const b = await editor(server.url, BEN)
    const first = (await a.library.list()).articles[0].id
    const second = (await a.library.create({ text: 'Ferry timetable\n\nThe ferry runs hourly.' }))
      .id
    await a.desk.share(first)
    await a.desk.share(second)
    await until('both articles in B’s library', () => existsIn(b, first) && existsIn(b, second))
    await until('all synced', () =>
      [a, b].every((side) => {
        const { articles } = side.desk.overview()
        return articles.length === 2 && articles.every((x) => x.status.state === 'synced')
      })
    )
    // Two articles and the catalogue each, over one WebSocket per editor: two in all.
    const connections = execFileSync('ss', [
      '-Htn',
      'state',
      'established',
      `( dport = :${server.port} )`
    ])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
    expect(connections).toHaveLength(2)
  }, 60_000)

  it('applies a save made on an older text where the editor meant it, keeping the newer text', async () => {
    const server = await setUp()
    const a = await editor(server.url, ANA)
    const b = await editor(server.url, BEN)
    const id = (await a.library.list()).articles[0].id
    await a.desk.share(id)
    await until('B’s file', () => existsIn(b, id))
    const seenByA = await a.library.open(id)
    a.desk.opened(seenByA)
    const seenByB = await b.library.open(id)
    b.desk.opened(seenByB)

    // B corrects the headline; A, who has not seen it yet, quotes words after it.
    const corrected = seenByB.blocks.map((block, i) =>
      i === 0 ? { ...block, text: `Exclusive: ${block.text}` } : block
    )
    await b.desk.save(id, { entities: [], annotations: [], blocks: corrected })
    await until('A’s file has B’s text', () =>
      a.fileOnDisk(id).blocks[0].text.startsWith('Exclusive')
    )
    const quote = quoteOver(seenByA, 'quote-ana', 'Meta', 'Ana')
    await a.desk.save(id, { entities: seenByA.entities, annotations: [quote] })

    const file = a.fileOnDisk(id)
    expect(file.blocks[0].text.startsWith('Exclusive: ')).toBe(true)
    const [saved] = file.annotations
    const text = [...file.blocks.map((block) => block.text).join('\n\n')]
    expect(text.slice(saved.target.start, saved.target.end).join('')).toBe('Meta')
    expect(saved.target.start).toBe(quote.target.start + [...'Exclusive: '].length)
    await until('B has the quote', () =>
      b.fileOnDisk(id).annotations.some((q) => q.id === 'quote-ana')
    )
    expect(b.fileOnDisk(id).blocks).toEqual(file.blocks)
  }, 60_000)

  it('refuses a change from a read-only editor, with words saying what to do', async () => {
    const server = await setUp()
    const a = await editor(server.url, ANA)
    const r = await editor(server.url, READER)
    const id = (await a.library.list()).articles[0].id
    await a.desk.share(id)
    await until('the reader has it', () => existsIn(r, id))
    await until('the reader is told read-only', () =>
      r.desk.overview().articles.some((s) => s.id === id && s.readOnly)
    )
    const file = await r.library.open(id)
    r.desk.opened(file)
    await expect(
      r.desk.save(id, {
        entities: file.entities,
        annotations: [...file.annotations, quoteOver(file, 'q-r', 'Meta', 'Rita')]
      })
    ).rejects.toThrow(/read-only/)
  }, 60_000)

  it('refuses a desk version that breaks the schema and keeps the good file', async () => {
    const server = await setUp()
    const a = await editor(server.url, ANA)
    const id = (await a.library.list()).articles[0].id
    await a.desk.share(id)
    await until('synced', () => a.desk.overview().articles[0]?.status.state === 'synced')
    const before = a.fileOnDisk(id)
    // A bad Y.Doc state arriving from the desk: the article's meta loses its title.
    const inside = a.desk as unknown as { shared: Map<string, { replica: { doc: Y.Doc } }> }
    const replica = inside.shared.get(id)!.replica
    replica.doc.transact(() => replica.doc.getMap('article').set('title', 42), 'desk')
    await until('refused', () => a.desk.overview().articles[0].refusedChange !== undefined)
    expect(a.fileOnDisk(id)).toEqual(before)
    expect(a.log.join('\n')).toMatch(/Refused the desk's version/)
  }, 60_000)
})

function existsIn(side: { fileOnDisk: (id: string) => ArticleFile }, id: string): boolean {
  try {
    side.fileOnDisk(id)
    return true
  } catch {
    return false
  }
}
