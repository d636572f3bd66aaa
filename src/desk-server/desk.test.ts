/**
 * The desk server as editors meet it: real `redis-server`, real desk processes started as
 * `npm run desk` starts them, real Hocuspocus provider clients over WebSockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import * as Y from 'yjs'
import type { HocuspocusProvider } from '@hocuspocus/provider'
import type { ArticleFile, Quote } from '@shared/model'
import { quoteOver, readOrThrow as read, testArticle } from '@shared/desk/articles.testkit'
import { annotationMap, readArticle, writeArticle } from '@shared/desk/articleDoc'
import {
  connect,
  redisConnection,
  startDesk,
  startRedis,
  tempDir,
  until,
  writeUsers,
  type DeskProcess,
  type Running
} from './processes.testkit'
import type { DeskEditor } from './users'

const ANA: DeskEditor = { name: 'Ana', token: 'ana-token-0123456789', role: 'editor' }
const BEN: DeskEditor = { name: 'Ben', token: 'ben-token-0123456789', role: 'editor' }
const RITA: DeskEditor = { name: 'Rita', token: 'rita-token-012345678', role: 'read-only' }

const article = (id: string) => testArticle(id)

function hasQuote(doc: Y.Doc, id: string): boolean {
  return annotationMap(doc).has(id)
}

describe('desk server over Redis, with real processes', () => {
  let redis: Running & { url: string }
  let first: DeskProcess
  let second: DeskProcess
  let usersFile: string
  const providers: HocuspocusProvider[] = []
  const open = (...args: Parameters<typeof connect>): HocuspocusProvider => {
    const provider = connect(...args)
    providers.push(provider)
    return provider
  }

  beforeAll(async () => {
    redis = await startRedis()
    const dir = tempDir()
    usersFile = join(dir, 'users.json')
    writeUsers(usersFile, [ANA, BEN, RITA])
    ;[first, second] = await Promise.all([
      startDesk({ dataDir: join(dir, 'one'), usersFile, redisUrl: redis.url }),
      startDesk({ dataDir: join(dir, 'two'), usersFile, redisUrl: redis.url })
    ])
  }, 120_000)

  afterAll(async () => {
    for (const provider of providers) provider.destroy()
    await Promise.all([first?.stop(), second?.stop()])
    await redis?.stop()
  })

  it('carries an article from the first server to the second, and a quote back', async () => {
    const a = open(first.url, 'crossing', ANA.token)
    const b = open(second.url, 'crossing', BEN.token)
    await until('both synced', () => a.isSynced && b.isSynced)
    writeArticle(a.document, article('crossing'), 'Ana')
    await until('the article on B', () => readArticle(b.document).ok)
    expect(read(b.document)).toEqual(read(a.document))

    const fileB = read(b.document)
    fileB.annotations.push(quoteOver(fileB, 'quote-ben', 'Jason Droege', 'Ben'))
    writeArticle(b.document, fileB, 'Ben')
    await until('the quote on A', () => hasQuote(a.document, 'quote-ben'))
    expect(read(a.document).annotations[0].target.exact).toBe('Jason Droege')
  }, 120_000)

  it('refuses a connection with a bad token', async () => {
    let refused = false
    const doc = new Y.Doc()
    open(first.url, 'crossing', 'not-a-token-at-all-000', doc, {
      onAuthenticationFailed: () => (refused = true)
    })
    await until('authentication refused', () => refused)
    expect(doc.getArray('blocks').length).toBe(0)
    expect(first.output()).toMatch(/refused a connection to crossing: unknown token/)
  }, 90_000)

  it('lets a read-only editor see the article but not change it', async () => {
    const a = open(first.url, 'read-only', ANA.token)
    await until('A synced', () => a.isSynced)
    writeArticle(a.document, article('read-only'), 'Ana')
    const rita = open(second.url, 'read-only', RITA.token)
    await until('the article reaches Rita', () => readArticle(rita.document).ok)

    const fileR = read(rita.document)
    fileR.annotations.push(quoteOver(fileR, 'quote-rita', 'Droege', 'Rita'))
    writeArticle(rita.document, fileR, 'Rita')
    // A later change by Ana arrives everywhere; Rita's never does.
    const fileA = read(a.document)
    fileA.annotations.push(quoteOver(fileA, 'quote-ana', 'Scale AI', 'Ana'))
    writeArticle(a.document, fileA, 'Ana')
    await until('Ana’s quote reaches Rita', () => hasQuote(rita.document, 'quote-ana'))
    const fresh = open(second.url, 'read-only', BEN.token)
    await until(
      'a fresh copy synced',
      () => fresh.isSynced && hasQuote(fresh.document, 'quote-ana')
    )
    expect(hasQuote(fresh.document, 'quote-rita')).toBe(false)
    expect(hasQuote(a.document, 'quote-rita')).toBe(false)
  }, 120_000)

  it('refuses and logs an update that would make the article invalid, and keeps the good one', async () => {
    const a = open(first.url, 'malformed', ANA.token)
    await until('A synced', () => a.isSynced)
    const file = article('malformed')
    file.annotations.push(quoteOver(file, 'quote-1', 'Jason Droege', 'Ana'))
    writeArticle(a.document, file, 'Ana')

    const closes: string[] = []
    const bad = open(first.url, 'malformed', BEN.token, new Y.Doc(), {
      onClose: (_code, reason) => closes.push(reason)
    })
    await until('B synced', () => bad.isSynced && hasQuote(bad.document, 'quote-1'))
    // A status the schema does not know, written straight into the shared map.
    const quote = annotationMap(bad.document).get('quote-1') as Y.Map<unknown>
    quote.set('status', 'banana')
    await until('B cut off', () =>
      closes.some((r) => /update would make the article invalid/.test(r))
    )
    bad.destroy()
    expect(first.output()).toMatch(/refused an update from Ben to malformed: .*status/)

    const fresh = open(second.url, 'malformed', ANA.token)
    await until('a fresh copy synced', () => fresh.isSynced && hasQuote(fresh.document, 'quote-1'))
    expect((read(fresh.document).annotations[0] as Quote).status).toBe('needs-checking')
    expect((read(a.document).annotations[0] as Quote).status).toBe('needs-checking')
  }, 120_000)

  it('refuses a message larger than the bound', async () => {
    const dir = tempDir()
    const small = await startDesk({ dataDir: join(dir, 'data'), usersFile, maxMessageMb: 0.01 })
    try {
      const closes: number[] = []
      const a = open(small.url, 'big', ANA.token, new Y.Doc(), {
        onClose: (code) => closes.push(code)
      })
      await until('A synced', () => a.isSynced)
      const file = article('big')
      file.blocks.push({ type: 'paragraph', text: 'x'.repeat(20_000) })
      writeArticle(a.document, file, 'Ana')
      await until('A cut off for a message too large', () => closes.includes(1009))
    } finally {
      await small.stop()
    }
  }, 120_000)

  it('cuts an editor off at once when their token is revoked', async () => {
    const closes: number[] = []
    let refused = false
    const ben = open(second.url, 'revoked', BEN.token, new Y.Doc(), {
      onClose: (code) => closes.push(code),
      onAuthenticationFailed: () => (refused = true)
    })
    await until('Ben synced', () => ben.isSynced)
    writeUsers(usersFile, [ANA, RITA])
    try {
      await until('Ben cut off', () => closes.includes(4401), 5_000)
      expect(second.output()).toMatch(/cut off Ben: token revoked/)
      // His app tries again at once, and is refused.
      await until('Ben refused on reconnecting', () => refused, 5_000)
    } finally {
      const reads = (): number => second.output().match(/read 3 editors/g)?.length ?? 0
      const before = reads()
      writeUsers(usersFile, [ANA, BEN, RITA])
      // The next tests need Ben back.
      await until('Ben restored', () => reads() > before)
    }
  }, 90_000)

  it('catches up on a change Redis lost while a server was not listening', async () => {
    const a = open(first.url, 'lost', ANA.token)
    const b = open(second.url, 'lost', BEN.token)
    await until('both synced', () => a.isSynced && b.isSynced)
    writeArticle(a.document, article('lost'), 'Ana')
    await until('the article on B', () => readArticle(b.document).ok)

    // Both servers lose their subscriptions and Redis refuses them back for a while: what is
    // published meanwhile reaches nobody (publish and subscribe keeps nothing).
    const control = await redisConnection(redis.url)
    try {
      const clients = Number(/connected_clients:(\d+)/.exec(await control.send('INFO clients'))![1])
      // Room for the servers' publishing connections and this one, not their subscribers.
      expect(await control.send(`CONFIG SET maxclients ${clients - 2}`)).toMatch(/OK/)
      expect(await control.send('CLIENT KILL TYPE pubsub')).toMatch(/:2/)
      const fileA = read(a.document)
      fileA.annotations.push(quoteOver(fileA, 'quote-lost', 'Jason Droege', 'Ana'))
      writeArticle(a.document, fileA, 'Ana')
      await until('A’s change acknowledged', () => !a.hasUnsyncedChanges)
      await new Promise((r) => setTimeout(r, 500))
      expect(hasQuote(b.document, 'quote-lost')).toBe(false)
    } finally {
      await control.send('CONFIG SET maxclients 10000')
      control.close()
    }
    // Nobody changes anything more: the servers compare their copies by themselves.
    await until('the lost quote on B', () => hasQuote(b.document, 'quote-lost'))
    expect(read(b.document)).toEqual(read(a.document))
  }, 120_000)

  it('when the first server dies mid-session, an editor reconnects to the second and loses nothing', async () => {
    const docA = new Y.Doc()
    const a = open(first.url, 'failover', ANA.token, docA)
    const b = open(second.url, 'failover', BEN.token)
    await until('both synced', () => a.isSynced && b.isSynced)
    writeArticle(docA, article('failover'), 'Ana')
    await until('the article on B', () => readArticle(b.document).ok)
    // Changes cross both ways between the two servers.
    const withBen = read(b.document)
    withBen.annotations.push(quoteOver(withBen, 'quote-ben', 'Jason Droege', 'Ben'))
    writeArticle(b.document, withBen, 'Ben')
    await until('Ben’s quote on A', () => hasQuote(docA, 'quote-ben'))

    // Ana quotes, and her server dies at once: her change may or may not have left it.
    const withAna = read(docA)
    withAna.annotations.push(quoteOver(withAna, 'quote-ana', 'company', 'Ana'))
    writeArticle(docA, withAna, 'Ana')
    await first.stop('SIGKILL')
    // Both keep working while Ana's server is gone...
    const offline = read(docA)
    offline.annotations.push(quoteOver(offline, 'quote-offline', 'independent', 'Ana'))
    writeArticle(docA, offline, 'Ana')
    const meanwhile = read(b.document)
    meanwhile.annotations.push(quoteOver(meanwhile, 'quote-meanwhile', 'Scale AI', 'Ben'))
    writeArticle(b.document, meanwhile, 'Ben')
    a.destroy()
    // ...and her app connects to the other server (a load balancer does this in production).
    const again = open(second.url, 'failover', ANA.token, docA)
    const all = ['quote-ben', 'quote-ana', 'quote-offline', 'quote-meanwhile']
    await until('everything on B', () => all.every((id) => hasQuote(b.document, id)))
    await until('everything on A', () => again.isSynced && all.every((id) => hasQuote(docA, id)))
    expect(read(docA)).toEqual(read(b.document))
    // The second server's own copy holds it all too, as a newcomer sees.
    const fresh = open(second.url, 'failover', BEN.token)
    await until('a fresh copy synced', () => fresh.isSynced && readArticle(fresh.document).ok)
    await until('a fresh copy complete', () => all.every((id) => hasQuote(fresh.document, id)))
    expect(read(fresh.document)).toEqual(read(docA))
    // Every quote on its own words, whatever order the concurrent ones settled in.
    const exact = Object.fromEntries(read(docA).annotations.map((q) => [q.id, q.target.exact]))
    expect(exact).toEqual({
      'quote-ben': 'Jason Droege',
      'quote-ana': 'company',
      'quote-offline': 'independent',
      'quote-meanwhile': 'Scale AI'
    })
  }, 120_000)
})

describe('desk server persistence', () => {
  /**
   * Ana writes to article `name` on a desk, which is then stopped with `signal`; a desk
   * started again on the same data folder must give back quote `kept` on "independent".
   */
  async function restarted(
    name: string,
    signal: NodeJS.Signals,
    work: (doc: Y.Doc, file: ArticleFile) => Promise<void>,
    kept: string
  ): Promise<void> {
    const dir = tempDir()
    const usersFile = join(dir, 'users.json')
    writeUsers(usersFile, [ANA])
    const dataDir = join(dir, 'data')
    let desk = await startDesk({ dataDir, usersFile })
    const a = connect(desk.url, name, ANA.token)
    try {
      await until('A synced', () => a.isSynced)
      await work(a.document, article(name))
      await until('A’s changes acknowledged', () => !a.hasUnsyncedChanges)
    } finally {
      a.destroy()
      await desk.stop(signal)
    }
    desk = await startDesk({ dataDir, usersFile })
    const b = connect(desk.url, name, ANA.token)
    try {
      await until('the article back', () => b.isSynced && hasQuote(b.document, kept))
      const quote = read(b.document).annotations.find((q) => q.id === kept)
      expect(quote?.target.exact).toBe('independent')
    } finally {
      b.destroy()
      await desk.stop()
    }
  }

  it('keeps articles in its SQLite file across a restart', async () => {
    // A clean stop writes every open article to the database.
    await restarted(
      'kept',
      'SIGTERM',
      async (doc, file) => {
        file.annotations.push(quoteOver(file, 'quote-kept', 'independent', 'Ana'))
        writeArticle(doc, file, 'Ana')
      },
      'quote-kept'
    )
  }, 120_000)

  it('keeps a change made more than half a second before the process is killed', async () => {
    await restarted(
      'killed',
      'SIGKILL',
      async (doc, file) => {
        file.annotations.push(quoteOver(file, 'quote-before-kill', 'independent', 'Ana'))
        writeArticle(doc, file, 'Ana')
        // Ana goes on working for two seconds: a whole-state write a second after the last
        // change would not have come yet.
        for (let n = 0; n < 10; n++) {
          await new Promise((r) => setTimeout(r, 200))
          file.annotations.push(quoteOver(file, `quote-${n}`, 'company', 'Ana'))
          writeArticle(doc, file, 'Ana')
        }
      },
      'quote-before-kill'
    )
  }, 120_000)
})
