/**
 * `npm run desk:soak`: ten simulated editors (Hocuspocus provider clients) on two desk
 * server processes over one `redis-server`, all on loopback, make 5,000 annotations and 200
 * text edits while their connections drop at random; then every replica, the two servers'
 * included, must hold the same article with exact anchors. Exits 1 on any divergence.
 * Bounded: it stops by itself after at most ten minutes.
 *
 * It prints the counts; the propagation time, from an editor's local change to the moment
 * every other connected editor holds it (p50/p95), and per delivery, split by whether the
 * two editors are on the same server or on different ones (the Redis hop); the catch-up time
 * of an editor who was disconnected when the change was made, from the moment its connection
 * is back; and the figures that explain them: the delay of the soak's own event loop (the
 * ten clients share it), each server's update checks and event-loop delay, and the CPU time
 * of every process.
 *
 * Options: --annotations N (5000), --edits N (200), --editors N (10), --rate N actions a
 * second (20, already more than ten people do; the soak's own loop must keep up with it or
 * the propagation times measure the loop), --cpu-prof DIR (CPU profiles of the two servers,
 * written there when they stop).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
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
import {
  STAGE_FILE,
  STAGE_LINE,
  updateKey,
  watchGarbageCollection,
  type StageTimes
} from '../src/desk-server/stageFigures'
import type { DeskEditor } from '../src/desk-server/users'

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: '5000' },
    edits: { type: 'string', default: '200' },
    editors: { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' },
    'cpu-prof': { type: 'string' }
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

/** How long a reconnecting editor may take to be synced before the soak drops that socket: as long as the provider lets an open connection stay silent. */
const STUCK_AFTER_MS = 30_000
/** Reconnections that opened a socket but never got synced, dropped and tried again. */
let stuckReconnects = 0

/**
 * Connects an editor again once the old socket is closed: the provider ignores a connect
 * while its socket still counts as connected, and would then never come back. On a loaded
 * machine the provider now and then opens a socket and never authenticates on it (it waits
 * for the server's first message without a timeout); an app would drop such a socket, and
 * so does the soak, counting it.
 */
async function reconnect(editor: Editor): Promise<void> {
  const socket = editor.provider.configuration.websocketProvider
  await until('the old socket closed', () => socket.status !== 'connected', 60_000)
  editor.online = true
  editor.reconnectStarted = performance.now()
  if (process.env.SOAK_DEBUG) {
    console.error(`${editor.name} reconnecting from ${socket.status}`)
    socket.on('status', ({ status }: { status: string }) =>
      console.error(`${editor.name} ${status}`)
    )
    socket.on('close', ({ event }: { event: { code: number; reason: string } }) =>
      console.error(`${editor.name} close ${event.code} ${event.reason}`)
    )
  }
  void socket.connect()
  const epoch = editor.epoch
  let since = performance.now()
  while (editor.epoch === epoch && editor.online && Date.now() < DEADLINE) {
    const { provider } = editor
    if (provider.isAuthenticated && provider.isSynced) return
    if (performance.now() - since > STUCK_AFTER_MS) {
      stuckReconnects++
      if (process.env.SOAK_DEBUG)
        console.error(`${editor.name} stuck: socket ${socket.status}, dropping it`)
      // The provider's own retry opens the next socket.
      ;(socket.webSocket as WebSocket | null)?.terminate()
      since = performance.now()
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

interface Editor {
  name: string
  token: string
  url: string
  /** Which of the two servers this editor is connected to. */
  server: number
  doc: Y.Doc
  provider: HocuspocusProvider
  /** False from the moment the soak drops the connection until it asks for it again. */
  online: boolean
  /** Whether the socket is open now, as the provider reports it. */
  connected: boolean
  /** When the soak last asked for the connection again. */
  reconnectStarted: number
  /** Bumped at every disconnect: a change and its receipt in one epoch saw no outage. */
  epoch: number
}

/** An annotation as made: when, by whom, and who was connected at that moment. */
interface Made {
  at: number
  /** The change's name in every process (see updateKey), to find it in the servers' stage times. */
  key: string | null
  by: number
  epochs: number[]
  connected: boolean[]
  /** Every other editor that was connected when it was made, and when each got it. */
  live: Map<number, number | null>
}

/** CPU seconds a process has used so far, from /proc (Linux), or NaN elsewhere. */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime, fields 14 and 15 of the whole line, in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return NaN
  }
}

/**
 * Microseconds so far in which some runnable task on this machine waited for a CPU (Linux
 * pressure stall information), or NaN where the kernel does not report it.
 */
function cpuWaitMicroseconds(): number {
  try {
    const some = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0]
    return Number(/total=(\d+)/.exec(some)?.[1] ?? NaN)
  } catch {
    return NaN
  }
}

/** The stage times a desk server wrote on stopping, or none when it wrote none. */
function readStages(path: string): StageTimes {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as StageTimes
  } catch {
    return {}
  }
}

/** Named spans of one delivery's time, in ms, in the order the change passes them. */
type Split = Record<string, number>

/**
 * Splits each live delivery into the stages of its path, from the servers' stage times:
 * author to its server; then, on one server, that server to the other editor; across Redis,
 * the first server's handling until it publishes, Redis to the second server, its applying,
 * and the second server to the editor. Each server-to-editor span holds the send, the
 * loopback and the receiving process' wait for its event loop.
 */
function splitDeliveries(
  deliveries: { made: Made; to: number; at: number }[],
  serverOf: (editor: number) => number,
  stages: StageTimes[]
): { same: Split[]; across: Split[]; unmatched: number } {
  const origin = performance.timeOrigin
  const same: Split[] = []
  const across: Split[] = []
  let unmatched = 0
  for (const d of deliveries) {
    const a = serverOf(d.made.by)
    const b = serverOf(d.to)
    const A = d.made.key ? stages[a][d.made.key] : undefined
    const B = d.made.key ? stages[b][d.made.key] : undefined
    const made = d.made.at + origin
    const got = d.at + origin
    if (!A?.received) unmatched++
    else if (a === b)
      same.push({
        total: got - made,
        'editor→server': A.received - made,
        'server→editor': got - A.received
      })
    else if (A.published && B?.fromRedis && B.appliedFromRedis)
      across.push({
        total: got - made,
        'editor→server A': A.received - made,
        'A: check, apply, publish': A.published - A.received,
        'Redis→server B': B.fromRedis - A.published,
        'B: apply': B.appliedFromRedis - B.fromRedis,
        'server B→editor': got - B.appliedFromRedis
      })
    else unmatched++
  }
  return { same, across, unmatched }
}

/** For each stage: its p50 and p95 over all deliveries, and its mean over the slowest 5 %. */
function stageLines(splits: Split[]): string[] {
  if (!splits.length) return ['    none']
  const byTotal = [...splits].sort((x, y) => x.total - y.total)
  const tail = byTotal.slice(Math.floor(byTotal.length * 0.95))
  return Object.keys(splits[0])
    .filter((k) => k !== 'total')
    .map((k) => {
      const sorted = splits.map((s) => s[k]).sort((x, y) => x - y)
      const tailMean = tail.reduce((sum, s) => sum + s[k], 0) / tail.length
      return (
        `    ${k.padEnd(26)} p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(sorted, 95).toFixed(1)} ms; in the slowest 5 %: mean ${tailMean.toFixed(1)} ms`
      )
    })
}

function figures(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return 'none'
  return (
    `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
    `max ${sorted[sorted.length - 1].toFixed(1)} ms over ${sorted.length}`
  )
}

async function main(): Promise<{ code: number; print: () => void }> {
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
      startDesk({
        dataDir: join(dir, `server-${n}`),
        usersFile,
        redisUrl: redis.url,
        stats: true,
        nodeOptions: values['cpu-prof']
          ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`]
          : []
      })
    )
  )
  const editors: Editor[] = people.map((p, i) => {
    const url = servers[i % 2].url
    const doc = new Y.Doc()
    const editor: Editor = {
      ...p,
      url,
      server: i % 2,
      doc,
      provider: connect(url, DOC, p.token, doc),
      online: true,
      connected: false,
      reconnectStarted: 0,
      epoch: 0
    }
    editor.provider.configuration.websocketProvider.on(
      'status',
      ({ status }: { status: string }) => {
        editor.connected = status === 'connected'
      }
    )
    return editor
  })
  const loop = monitorEventLoopDelay({ resolution: 10 })
  const cpuAtStart = process.cpuUsage()
  let cpu: Record<string, number> = {}
  const stopAll = async (): Promise<void> => {
    for (const e of editors) e.provider.destroy()
    cpu = {
      'server 1': cpuSecondsOf(servers[0].process.pid),
      'server 2': cpuSecondsOf(servers[1].process.pid),
      'redis-server': cpuSecondsOf(redis.process.pid)
    }
    await Promise.all(servers.map((s) => s.stop()))
    await redis.stop()
  }

  try {
    await until('every editor connected', () => editors.every((e) => e.provider.isSynced), 60_000)
    writeArticle(editors[0].doc, article(), editors[0].name)
    await until('the article everywhere', () => editors.every((e) => readArticle(e.doc).ok), 60_000)

    // Propagation: when each annotation was made, and when each other editor first held it.
    const madeAt = new Map<string, Made>()
    const updateSizes: number[] = []
    let lastLocalKey: string | null = null
    for (const e of editors)
      e.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== e.name) return
        updateSizes.push(update.length)
        lastLocalKey = updateKey(update)
      })
    /** Each live delivery, for splitting its time into stages once the servers stopped. */
    const deliveries: { made: Made; to: number; at: number }[] = []
    const sameServer: number[] = []
    const acrossServers: number[] = []
    const catchUps: number[] = []
    editors.forEach((editor, i) => {
      annotationMap(editor.doc).observe((event) => {
        const now = performance.now()
        for (const [id, change] of event.changes.keys) {
          if (change.action !== 'add') continue
          const made = madeAt.get(id)
          if (!made || made.by === i) continue
          const author = editors[made.by]
          const live =
            made.connected[i] &&
            made.connected[made.by] &&
            made.epochs[i] === editor.epoch &&
            made.epochs[made.by] === author.epoch
          if (live) {
            made.live.set(i, now - made.at)
            deliveries.push({ made, to: i, at: now })
            ;(author.server === editor.server ? sameServer : acrossServers).push(now - made.at)
            continue
          }
          // One side was disconnected meanwhile: counted from when both came back, so that
          // the time to open a socket, authenticate and sync is in it.
          made.live.delete(i)
          let since = made.at
          if (made.epochs[i] !== editor.epoch || !made.connected[i])
            since = Math.max(since, editor.reconnectStarted)
          if (made.epochs[made.by] !== author.epoch || !made.connected[made.by])
            since = Math.max(since, author.reconnectStarted)
          catchUps.push(now - since)
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
    const waitAtStart = cpuWaitMicroseconds()
    loop.enable()
    const collector = watchGarbageCollection()
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
      // Connected: authenticated and synced on an open socket, so that changes reach it live.
      const connected = editors.map(
        (e) => e.online && e.connected && e.provider.isAuthenticated && e.provider.isSynced
      )
      const made: Made = {
        at: performance.now(),
        key: null,
        by: who,
        epochs: editors.map((e) => e.epoch),
        connected,
        live: new Map(
          editors.flatMap((_, k) => (k !== who && connected[k] ? [[k, null] as const] : []))
        )
      }
      madeAt.set(id, made)
      lastLocalKey = null
      putAnnotation(editor.doc, annotation, undefined, editor.name)
      made.key = lastLocalKey
      annotationsMade++
    }
    const actingSeconds = (performance.now() - started) / 1000
    const waitShare = (cpuWaitMicroseconds() - waitAtStart) / 1e6 / actingSeconds
    loop.disable()
    const gc = collector.stop()

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

    // To every other connected editor: the last of them to hold it.
    const toEveryone: number[] = []
    let missed = 0
    for (const made of madeAt.values()) {
      if (!made.connected[made.by] || made.live.size === 0) continue
      const times = [...made.live.values()]
      if (times.some((t) => t === null)) missed++
      else toEveryone.push(Math.max(...(times as number[])))
    }
    const orphans = reference.ok ? reference.file.annotations.filter((a) => a.orphaned).length : 0
    // What a change costs to cross Redis now (its own update), against the state-vector
    // exchange the published extension made for each one: a sync step 2 over the whole
    // article, whose delete set walks every item.
    const final = editors[0].doc
    const vector = Y.encodeStateVector(final)
    const stepTimes: number[] = []
    let stepBytes = 0
    for (let k = 0; k < 5; k++) {
      const t = performance.now()
      stepBytes = Y.encodeStateAsUpdate(final, vector).length
      stepTimes.push(performance.now() - t)
    }
    stepTimes.sort((a, b) => a - b)
    updateSizes.sort((a, b) => a - b)
    const soakCpu = process.cpuUsage(cpuAtStart)
    // Read once the servers stopped and wrote their stage times (in print, below).
    const stageFiles = servers.map((_, n) => join(dir, `server-${n + 1}`, STAGE_FILE))
    const ms = (ns: number): string => (ns / 1e6).toFixed(1)
    return {
      code: divergences === 0 && inexact === 0 ? 0 : 1,
      print: () => {
        console.log(`desk soak: ${EDITORS} editors on 2 desk servers over redis-server (loopback)`)
        console.log(`annotations:   ${annotationsMade} (${orphans} orphaned by deleted text)`)
        console.log(`text edits:    ${editsMade}`)
        console.log(
          `disconnects:   ${disconnects} (and ${stuckReconnects} reconnections that never got synced within ${STUCK_AFTER_MS / 1000} s, dropped and tried again)`
        )
        console.log(
          `acting time:   ${actingSeconds.toFixed(1)} s, ${((annotationsMade + editsMade) / actingSeconds).toFixed(1)} actions/s of ${RATE} asked`
        )
        console.log(`propagation to every other connected editor (per annotation):`)
        console.log(`  ${figures(toEveryone)}; ${missed} never reached a connected editor`)
        console.log(`propagation per delivery, one editor to another:`)
        console.log(`  same server:   ${figures(sameServer)}`)
        console.log(`  across Redis:  ${figures(acrossServers)}`)
        console.log(`catch-up after reconnecting (from asking to reconnect to holding it):`)
        console.log(`  ${figures(catchUps)}`)
        console.log(`replicas:      ${replicas.length} (${EDITORS} editors, 2 servers)`)
        console.log(`inexact anchors: ${inexact}`)
        console.log(`divergences:   ${divergences}`)
        for (const p of problems.slice(0, 10)) console.log(`  ${p}`)
        console.log(`stages:`)
        console.log(
          `  the machine: some task waited for a CPU ${(waitShare * 100).toFixed(0)}% of the acting time (Linux CPU pressure; other work on a shared machine shows here)`
        )
        console.log(
          `  soak (the ${EDITORS} clients): event-loop delay p50 ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms while acting; garbage collection ${gc.count} pauses, ${(gc.totalMs / 1000).toFixed(1)} s in all, max ${gc.maxMs.toFixed(0)} ms; CPU ${((soakCpu.user + soakCpu.system) / 1e6).toFixed(1)} s`
        )
        servers.forEach((server, i) => {
          const line = server
            .output()
            .split('\n')
            .find((l) => l.includes(STAGE_LINE))
          const f = line
            ? JSON.parse(line.slice(line.indexOf(STAGE_LINE) + STAGE_LINE.length))
            : null
          console.log(
            f
              ? `  server ${i + 1}: ${f.checks} update checks p50 ${f.checkP50Ms} ms, p95 ${f.checkP95Ms} ms, ${f.checkTotalS} s in all; event-loop delay p50 ${f.loopDelayP50Ms} ms, p99 ${f.loopDelayP99Ms} ms, max ${f.loopDelayMaxMs} ms; CPU ${f.cpuS} s`
              : `  server ${i + 1}: no figures printed`
          )
          if (f)
            console.log(
              `    garbage collection ${f.gcPauses} pauses, ${f.gcTotalS} s in all, max ${f.gcMaxMs} ms; ${f.stores} writes to its database p50 ${f.storeP50Ms} ms, max ${f.storeMaxMs} ms; ${f.catchUps} editors caught up; ` +
                `${f.stalls} event-loop stalls over 100 ms (${f.stallTotalS} s in all, max ${f.stallMaxMs} ms), ` +
                `${f.stallsDuringStore} of them during a write, ${f.stallsDuringCatchUp} during a catch-up`
            )
        })
        const split = splitDeliveries(
          deliveries,
          (k) => editors[k].server,
          stageFiles.map(readStages)
        )
        console.log(
          `  where a live delivery's time goes (${split.unmatched} not found in the servers' stage times):`
        )
        console.log(`  on one server (${split.same.length}):`)
        for (const line of stageLines(split.same)) console.log(line)
        console.log(`  across Redis (${split.across.length}):`)
        for (const line of stageLines(split.across)) console.log(line)
        console.log(`  redis-server: CPU ${cpu['redis-server'].toFixed(1)} s`)
        console.log(
          `  an annotation across Redis: its own update, median ${percentile(updateSizes, 50)} bytes; ` +
            `a sync step 2 over the final article (the published extension made two per change ` +
            `and other server) writes ${(stepBytes / 1024).toFixed(1)} kB in ${stepTimes[2].toFixed(1)} ms`
        )
      }
    }
  } finally {
    await stopAll()
  }
}

main().then(
  ({ code, print }) => {
    // After the servers stopped: they print their own figures on stopping.
    print()
    process.exit(code)
  },
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  }
)
