/**
 * `npm run desk:soak`: ten simulated editors (Hocuspocus provider clients) on two desk
 * server processes over one `redis-server`, all on loopback, make 5,000 annotations and 200
 * text edits while their connections drop at random; then every replica, the two servers'
 * included, must hold the same article with exact anchors. Prints the counts, the
 * propagation time from one editor to the others (p50/p95) and the divergences; exits 1 on
 * any divergence. Bounded: it stops by itself after at most ten minutes.
 *
 * Options: --annotations N (5000), --edits N (200), --editors N (10), --rate N actions a
 * second (20, already more than ten people do; the soak's own loop must keep up with it or
 * the propagation times measure the loop).
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type WebSocket from 'ws'
import * as Y from 'yjs'
import type { HocuspocusProvider } from '@hocuspocus/provider'
import { ARTICLE_SCHEMA_VERSION, type Annotation, type ArticleFile } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import {
  annotationMap,
  blockArray,
  putAnnotation,
  readArticle,
  writeArticle
} from '@shared/desk/articleDoc'
import {
  connect,
  startDesk,
  startRedis,
  tempDir,
  until,
  writeUsers
} from '../src/desk-server/processes.testkit'
import type { DeskEditor } from '../src/desk-server/users'

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: '5000' },
    edits: { type: 'string', default: '200' },
    editors: { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' }
  }
})
const ANNOTATIONS = Number(values.annotations)
const EDITS = Number(values.edits)
const EDITORS = Number(values.editors)
const RATE = Number(values.rate)
const DEADLINE = Date.now() + 10 * 60_000
const DOC = 'soak-article'

/** A deterministic random source, so that a failing run can be run again. */
let seed = 20261129
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const pick = (n: number): number => Math.floor(random() * n)

const WORDS = [
  'Scale',
  'AI',
  'Meta',
  'l’entreprise',
  '14,3\u202fG$',
  '49\u00a0%',
  '😀',
  'Zoë',
  '日本語'
]
function sentence(n: number): string {
  return Array.from({ length: n }, () => WORDS[pick(WORDS.length)]).join(' ')
}

function article(): ArticleFile {
  const AT = new Date().toISOString()
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: { id: DOC, title: 'Soak', origin: { kind: 'paste' }, createdAt: AT, updatedAt: AT },
    blocks: [
      { type: 'headline', text: 'Scale AI and Meta' },
      ...Array.from({ length: 30 }, () => ({ type: 'paragraph' as const, text: sentence(40) }))
    ],
    entities: [{ id: 'meta', type: 'organisation', name: 'Meta', aliases: [] }],
    annotations: []
  }
}

/**
 * Connects an editor again once the old socket is closed: the provider ignores a connect
 * while its socket still counts as connected, and would then never come back.
 */
async function reconnect(editor: Editor): Promise<void> {
  const socket = editor.provider.configuration.websocketProvider
  await until('the old socket closed', () => socket.status !== 'connected', 60_000)
  editor.online = true
  if (process.env.SOAK_DEBUG) {
    console.error(`${editor.name} reconnecting from ${socket.status}`)
    socket.on('status', ({ status }: { status: string }) =>
      console.error(`${editor.name} ${status}`)
    )
    socket.on('close', ({ event }: { event: { code: number; reason: string } }) =>
      console.error(`${editor.name} close ${event.code} ${event.reason}`)
    )
  }
  await socket.connect()
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

interface Editor {
  name: string
  token: string
  url: string
  doc: Y.Doc
  provider: HocuspocusProvider
  online: boolean
  /** Bumped at every disconnect, to leave out of the timings what arrived after one. */
  epoch: number
}

async function main(): Promise<number> {
  const redis = await startRedis()
  const dir = tempDir('desk-soak-')
  const usersFile = join(dir, 'users.json')
  const people: DeskEditor[] = Array.from({ length: EDITORS }, (_, i) => ({
    name: `Editor ${i + 1}`,
    token: `soak-token-${i}-0123456789`,
    role: 'editor'
  }))
  writeUsers(usersFile, people)
  const servers = await Promise.all(
    [1, 2].map((n) =>
      startDesk({ dataDir: join(dir, `server-${n}`), usersFile, redisUrl: redis.url })
    )
  )
  const editors: Editor[] = people.map((p, i) => {
    const url = servers[i % 2].url
    const doc = new Y.Doc()
    return { ...p, url, doc, provider: connect(url, DOC, p.token, doc), online: true, epoch: 0 }
  })
  const stopAll = async (): Promise<void> => {
    for (const e of editors) e.provider.destroy()
    await Promise.all(servers.map((s) => s.stop()))
    await redis.stop()
  }

  try {
    await until('every editor connected', () => editors.every((e) => e.provider.isSynced), 60_000)
    writeArticle(editors[0].doc, article(), editors[0].name)
    await until('the article everywhere', () => editors.every((e) => readArticle(e.doc).ok), 60_000)

    // Propagation: when each annotation was made, and when each other editor first saw it.
    const madeAt = new Map<string, { at: number; by: number; epochs: number[] }>()
    const delays: number[] = []
    editors.forEach((editor, i) => {
      annotationMap(editor.doc).observe((event) => {
        const now = performance.now()
        for (const [id, change] of event.changes.keys) {
          if (change.action !== 'add') continue
          const made = madeAt.get(id)
          if (!made || made.by === i) continue
          // Only pairs that stayed online throughout measure the desk, not the outage.
          if (made.epochs[i] !== editor.epoch || made.epochs[made.by] !== editors[made.by].epoch)
            continue
          if (!editor.online || !editors[made.by].online) continue
          delays.push(now - made.at)
        }
      })
    })

    const actions: ('annotate' | 'edit')[] = [
      ...Array<'annotate'>(ANNOTATIONS).fill('annotate'),
      ...Array<'edit'>(EDITS).fill('edit')
    ]
    for (let i = actions.length - 1; i > 0; i--) {
      const j = pick(i + 1)
      ;[actions[i], actions[j]] = [actions[j], actions[i]]
    }

    let disconnects = 0
    let annotationsMade = 0
    let editsMade = 0
    const started = performance.now()
    for (let n = 0; n < actions.length; n++) {
      if (Date.now() > DEADLINE) throw new Error('The soak ran past its ten minutes.')
      // Keep to the rate: the editors are people, not a loop.
      const due = started + (n * 1000) / RATE
      const wait = due - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))

      // About one action in a hundred drops an editor's connection for a moment.
      if (random() < 0.01) {
        const e = editors[pick(editors.length)]
        if (e.online) {
          disconnects++
          e.online = false
          e.epoch++
          e.provider.disconnect()
          // Dropped, not closed politely: the close handshake would wait for a busy server.
          ;(e.provider.configuration.websocketProvider.webSocket as WebSocket | null)?.terminate()
          setTimeout(() => void reconnect(e), 200 + pick(1300))
        }
      }

      const who = pick(editors.length)
      const editor = editors[who]
      const blocks = blockArray(editor.doc)
      const blockIndex = 1 + pick(blocks.length - 1)
      const text = blocks.get(blockIndex).get('text') as Y.Text
      const words = new CodePointIndex(text.toString())
      if (actions[n] === 'edit') {
        const at = pick(words.length + 1)
        if (random() < 0.5 || words.length < 10) {
          text.insert(words.toUtf16(at), ` ${WORDS[pick(WORDS.length)]}`)
        } else {
          const from = Math.min(at, words.length - 3)
          text.delete(words.toUtf16(from), words.toUtf16(from + 3) - words.toUtf16(from))
        }
        editsMade++
        continue
      }
      const file = { blocks: blocks.toArray().map((b) => ({ text: String(b.get('text')) })) }
      const plain = new CodePointIndex(plainText(file.blocks as ArticleFile['blocks']))
      let offset = 0
      for (let b = 0; b < blockIndex; b++) offset += [...file.blocks[b].text].length + 2
      const start = offset + pick(Math.max(1, words.length - 12))
      const end = Math.min(offset + words.length, start + 1 + pick(12))
      const id = `a-${who}-${n}`
      const AT = new Date().toISOString()
      const annotation: Annotation = {
        id,
        kind: 'mention',
        target: plain.target(start, end),
        orphaned: false,
        createdBy: editor.name,
        createdAt: AT,
        updatedBy: editor.name,
        updatedAt: AT,
        entityId: 'meta'
      }
      madeAt.set(id, { at: performance.now(), by: who, epochs: editors.map((e) => e.epoch) })
      putAnnotation(editor.doc, annotation, undefined, editor.name)
      annotationsMade++
    }
    const actingSeconds = (performance.now() - started) / 1000

    // Everyone back online; wait for the desk to settle.
    await until('every editor back online', () => editors.every((e) => e.online), 30_000)
    await until(
      'every editor synced',
      () => editors.every((e) => e.provider.isSynced && !e.provider.hasUnsyncedChanges),
      120_000
    ).catch((error: Error) => {
      for (const e of editors)
        console.error(
          `${e.name}: synced ${e.provider.isSynced}, unsynced ${e.provider.unsyncedChanges}, authenticated ${e.provider.isAuthenticated}, socket ${e.provider.configuration.websocketProvider.status}, epoch ${e.epoch}, online ${e.online}`
        )
      for (const s of servers) console.error(s.output().split('\n').slice(-15).join('\n'))
      throw error
    })
    const expected = (e: Editor): boolean => annotationMap(e.doc).size === annotationsMade
    await until('every annotation everywhere', () => editors.every(expected), 120_000).catch(
      () => undefined
    )
    // The servers' own copies, read through fresh clients.
    const probes = servers.map((s, i) => connect(s.url, DOC, people[i].token))
    await until('probes synced', () => probes.every((p) => p.isSynced), 60_000)
    await until(
      'probes complete',
      () => probes.every((p) => annotationMap(p.document).size === annotationsMade),
      60_000
    ).catch(() => undefined)

    const replicas = [
      ...editors.map((e) => ({ name: e.name, doc: e.doc })),
      ...probes.map((p, i) => ({ name: `server ${i + 1}`, doc: p.document }))
    ]
    const reference = readArticle(replicas[0].doc)
    let divergences = 0
    let inexact = 0
    const problems: string[] = []
    if (!reference.ok) {
      problems.push(`${replicas[0].name}: ${reference.problems[0]}`)
      divergences++
    } else {
      const refText = JSON.stringify(reference.file.blocks)
      const refById = new Map(reference.file.annotations.map((a) => [a.id, JSON.stringify(a)]))
      for (const replica of replicas) {
        const read = readArticle(replica.doc)
        if (!read.ok) {
          divergences++
          problems.push(`${replica.name}: ${read.problems[0]}`)
          continue
        }
        if (JSON.stringify(read.file.blocks) !== refText) {
          divergences++
          problems.push(`${replica.name}: the text differs`)
        }
        const index = new CodePointIndex(plainText(read.file.blocks))
        const seen = new Set<string>()
        for (const a of read.file.annotations) {
          seen.add(a.id)
          if (refById.get(a.id) !== JSON.stringify(a)) divergences++
          if (!a.orphaned && index.slice(a.target.start, a.target.end) !== a.target.exact) inexact++
        }
        for (const id of refById.keys()) if (!seen.has(id)) divergences++
      }
      if (reference.file.annotations.length !== annotationsMade) {
        problems.push(
          `${reference.file.annotations.length} annotations held, ${annotationsMade} made`
        )
        divergences += Math.abs(annotationsMade - reference.file.annotations.length)
      }
    }
    for (const p of probes) p.destroy()

    delays.sort((a, b) => a - b)
    const orphans = reference.ok ? reference.file.annotations.filter((a) => a.orphaned).length : 0
    console.log(`desk soak: ${EDITORS} editors on 2 desk servers over redis-server (loopback)`)
    console.log(`annotations:   ${annotationsMade} (${orphans} orphaned by deleted text)`)
    console.log(`text edits:    ${editsMade}`)
    console.log(`disconnects:   ${disconnects}`)
    console.log(`acting time:   ${actingSeconds.toFixed(1)} s at ${RATE} actions/s asked`)
    console.log(
      `propagation:   p50 ${percentile(delays, 50).toFixed(1)} ms, p95 ${percentile(delays, 95).toFixed(1)} ms, max ${delays[delays.length - 1]?.toFixed(1)} ms over ${delays.length} deliveries`
    )
    console.log(`replicas:      ${replicas.length} (${EDITORS} editors, 2 servers)`)
    console.log(`inexact anchors: ${inexact}`)
    console.log(`divergences:   ${divergences}`)
    for (const p of problems.slice(0, 10)) console.log(`  ${p}`)
    return divergences === 0 && inexact === 0 ? 0 : 1
  } finally {
    await stopAll()
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  }
)
