/**
 * The app's side of the desk in main: two replicas, each with its own library folder, on a
 * real desk server process. Changes cross within two seconds and reach the article file
 * callback; work done while the desk is down is kept in the state file and merges on return.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArticleFile } from '../../src/shared/model'
import { quoteOver, testArticle } from '../../src/shared/desk/articles.testkit'
import { CodePointIndex, plainText } from '../../src/shared/text'
import { DeskReplica, type DeskStatus } from '../../src/main/desk/deskReplica'
import {
  startDesk,
  tempDir,
  until,
  writeUsers,
  type DeskProcess
} from '../../src/desk-server/processes.testkit'

const ANA = { name: 'Ana', token: 'ana-token-0123456789', role: 'editor' as const }
const BEN = { name: 'Ben', token: 'ben-token-0123456789', role: 'editor' as const }

const article = () => testArticle('shared-1')

function withQuote(file: ArticleFile, id: string, words: string, by: string): ArticleFile {
  return { ...file, annotations: [...file.annotations, quoteOver(file, id, words, by)] }
}

describe('desk replica in main, against a real desk server', () => {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const clean of cleanups.reverse()) await clean()
    cleanups.length = 0
  })

  async function setUp(): Promise<{ desk: DeskProcess; dataDir: string; usersFile: string }> {
    const dir = tempDir()
    const usersFile = join(dir, 'users.json')
    writeUsers(usersFile, [ANA, BEN])
    const dataDir = join(dir, 'desk')
    const desk = await startDesk({ dataDir, usersFile })
    cleanups.push(() => desk.stop())
    return { desk, dataDir, usersFile }
  }

  function replica(url: string, who: typeof ANA, initial?: ArticleFile) {
    const library = tempDir('library-')
    const files: ArticleFile[] = []
    const editors: (string | null)[] = []
    const statuses: DeskStatus[] = []
    const open = (): DeskReplica => {
      const r = new DeskReplica({
        url,
        token: who.token,
        editor: who.name,
        articleId: 'shared-1',
        stateFile: join(library, 'shared-1.ydoc'),
        initial,
        onRemoteChange: (file, by) => {
          files.push(file)
          editors.push(by)
        },
        onStatus: (status) => statuses.push(status)
      })
      cleanups.push(() => r.close())
      return r
    }
    return { library, files, statuses, editors, open }
  }

  it('carries A’s quote to B within two seconds, as a whole article file', async () => {
    const { desk } = await setUp()
    const a = replica(desk.url, ANA, article())
    const b = replica(desk.url, BEN)
    const ra = a.open()
    const rb = b.open()
    await until('B has the article', () => b.files.length > 0)
    expect(b.files.at(-1)).toEqual(article())

    const started = Date.now()
    ra.localChange(withQuote(ra.current()!, 'quote-ana', 'Jason Droege', 'Ana'))
    await until('the quote on B', () => b.files.at(-1)?.annotations.length === 1, 2_000)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(b.files.at(-1)!.annotations[0].target.exact).toBe('Jason Droege')
    await until('A synced', () => ra.status().state === 'synced')
    expect(rb.current()).toEqual(ra.current())
    expect(existsSync(join(a.library, 'shared-1.ydoc'))).toBe(true)
  }, 60_000)

  it('keeps work done while the desk is down and merges it when the desk is back', async () => {
    const { desk, dataDir, usersFile } = await setUp()
    const a = replica(desk.url, ANA, article())
    const b = replica(desk.url, BEN)
    let ra = a.open()
    const rb = b.open()
    await until('B has the article', () => b.files.length > 0)
    await until('A synced', () => ra.status().state === 'synced')

    await desk.stop()
    await until('A offline', () => ra.status().state === 'offline')
    // Both annotate; B also corrects the text before A's quote.
    ra.localChange(withQuote(ra.current()!, 'quote-ana', 'independent', 'Ana'))
    const fileB = withQuote(rb.current()!, 'quote-ben', 'Meta', 'Ben')
    fileB.blocks[1] = {
      type: 'paragraph',
      text: 'Jason Droege said that the company stays independent.'
    }
    rb.localChange(fileB)
    const offline = ra.status()
    expect(offline).toMatchObject({ state: 'offline' })
    expect((offline as { waiting: number }).waiting).toBeGreaterThan(0)
    // A quits the app while offline: her work is in the state file.
    ra.close()

    const back = await startDesk({ dataDir, usersFile, port: desk.port })
    cleanups.push(() => back.stop())
    ra = a.open()
    await until(
      'both hold both quotes',
      () => ra.current()?.annotations.length === 2 && rb.current()?.annotations.length === 2,
      20_000
    )
    const merged = ra.current()!
    expect(rb.current()).toEqual(merged)
    expect(merged.blocks[1].text).toBe('Jason Droege said that the company stays independent.')
    const index = new CodePointIndex(plainText(merged.blocks))
    for (const q of merged.annotations)
      expect(index.slice(q.target.start, q.target.end)).toBe(q.target.exact)
    expect(merged.annotations.map((q) => q.target.exact).sort()).toEqual(['Meta', 'independent'])
  }, 90_000)

  it('undoes only the editor’s own save: B’s quote made since stays on both sides', async () => {
    const { desk } = await setUp()
    const a = replica(desk.url, ANA, article())
    const b = replica(desk.url, BEN)
    const ra = a.open()
    const rb = b.open()
    await until('B has the article', () => b.files.length > 0)
    expect(ra.undoable()).toEqual({ canUndo: false, canRedo: false })

    // A saves a quote from the view she opened; B then quotes other words.
    const seenByA = ra.state()
    ra.changeFrom(seenByA, withQuote(ra.current()!, 'quote-ana', 'Jason Droege', 'Ana'))
    await until('A’s quote on B', () => b.files.at(-1)?.annotations.length === 1)
    // B's file says whose change it is.
    expect(b.editors.at(-1)).toBe('Ana')
    rb.changeFrom(rb.state(), withQuote(rb.current()!, 'quote-ben', 'Meta', 'Ben'))
    await until('B’s quote on A', () => a.files.at(-1)?.annotations.length === 2)
    expect(a.editors.at(-1)).toBe('Ben')
    // B's change is not A's to undo.
    expect(ra.undoable()).toEqual({ canUndo: true, canRedo: false })
    // A save that changes nothing (the app saving before a reload) is no step of its own.
    ra.changeFrom(ra.state(), ra.current()!)

    expect(ra.step('undo')).toBe(true)
    const ids = (r: DeskReplica) => r.current()!.annotations.map((q) => q.id)
    expect(ids(ra)).toEqual(['quote-ben'])
    await until('the undo on B', () => ids(rb).length === 1)
    expect(ids(rb)).toEqual(['quote-ben'])
    expect(ra.undoable()).toEqual({ canUndo: false, canRedo: true })
    // Nothing more of A's to undo: B's quote stays; an empty save keeps the redo.
    expect(ra.step('undo')).toBe(false)
    expect(ids(ra)).toEqual(['quote-ben'])
    ra.changeFrom(ra.state(), ra.current()!)
    expect(ra.undoable()).toEqual({ canUndo: false, canRedo: true })

    expect(ra.step('redo')).toBe(true)
    await until('the redo on B', () => ids(rb).length === 2)
    expect(ra.current()).toEqual(rb.current())
    expect(rb.current()!.annotations.find((q) => q.id === 'quote-ana')!.target.exact).toBe(
      'Jason Droege'
    )
  }, 60_000)
})
