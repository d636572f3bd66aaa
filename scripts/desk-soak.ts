/**
 * `npm run desk:soak`: ten simulated editors (Hocuspocus provider clients) on two desk
 * server processes over one `redis-server`, all on loopback, make 5,000 annotations and 200
 * text edits while their connections drop at random; then every replica, the two servers'
 * included, must hold the same article with exact anchors. Exits 1 on any divergence.
 * Bounded: it stops by itself after at most ten minutes.
 *
 * The editors run in `--client-processes` Node processes (`scripts/desk-soak-editors.ts`):
 * one by default, as the soak always ran; a real desk has each editor in an app of their own,
 * which two or more processes come closer to.
 *
 * What it measures (also in docs/desk.md):
 * - propagation: from the moment an editor makes a change to the moment another editor's
 *   replica holds it, for the pairs of editors that were both connected (authenticated and
 *   synced) when the change was made and stayed connected until it arrived; per change, the
 *   time until every such editor holds it; per delivery, split by same server or across Redis
 *   and by stage (editor → server → Redis → server → editor, from the servers' stage times);
 * - catch-up, reported apart: a change made while the author or the receiver was
 *   disconnected, or either dropped before it arrived, from the moment the one that was away
 *   asked to reconnect to the moment the receiver holds it;
 * - what explains those: the machine's CPU pressure, each process' event-loop delay, stalls,
 *   garbage-collection pauses and CPU time, the servers' update checks and database writes.
 *
 * Options: --annotations N (5000), --edits N (200), --editors N (10), --rate N actions a
 * second (20, already more than ten people do), --client-processes N (1), --cpu-prof DIR
 * (CPU profiles of the two servers, written there when they stop).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as Y from 'yjs'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import { annotationMap, readArticle, writeArticle } from '@shared/desk/articleDoc'
import {
  connect,
  startDesk,
  startRedis,
  tempDir,
  until,
  writeUsers
} from '../src/desk-server/processes.testkit'
import { STAGE_FILE, STAGE_LINE, now, type StageTimes } from '../src/desk-server/stageFigures'
import type { DeskEditor } from '../src/desk-server/users'
import {
  SOAK_WORDS,
  randomSource,
  type EditorsPlan,
  type EditorsReport,
  type FromEditors,
  type Span,
  type ToEditors
} from './desk-soak-editors'

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: '5000' },
    edits: { type: 'string', default: '200' },
    editors: { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' },
    'client-processes': { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' }
  }
})
const ANNOTATIONS = Number(values.annotations)
const EDITS = Number(values.edits)
const EDITORS = Number(values.editors)
const RATE = Number(values.rate)
const CLIENT_PROCESSES = Math.max(1, Math.min(EDITORS, Number(values['client-processes'])))
const DEADLINE = Date.now() + 10 * 60_000
const DOC = 'soak-article'
const SEED = 20261129
const ROOT = resolve(import.meta.dirname, '..')

const random = randomSource(SEED)
const pick = (n: number): number => Math.floor(random() * n)

function sentence(n: number): string {
  return Array.from({ length: n }, () => SOAK_WORDS[pick(SOAK_WORDS.length)]).join(' ')
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

/** The whole soak's plan: who acts when, who drops their connection when and for how long. */
function plan(): Pick<EditorsPlan, 'actions' | 'disconnects'> {
  const kinds: ('annotate' | 'edit')[] = [
    ...Array<'annotate'>(ANNOTATIONS).fill('annotate'),
    ...Array<'edit'>(EDITS).fill('edit')
  ]
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = pick(i + 1)
    ;[kinds[i], kinds[j]] = [kinds[j], kinds[i]]
  }
  const actions: EditorsPlan['actions'] = []
  const disconnects: EditorsPlan['disconnects'] = []
  kinds.forEach((kind, n) => {
    // About one action in a hundred drops an editor's connection for a moment.
    if (random() < 0.01) disconnects.push({ n, who: pick(EDITORS), forMs: 200 + pick(1300) })
    actions.push({ n, kind, who: pick(EDITORS) })
  })
  return { actions, disconnects }
}

function debug(line: string): void {
  if (process.env.SOAK_DEBUG) console.error(`${new Date().toISOString()} soak: ${line}`)
}

/** A process of editors, and the next message of each type it sends. */
class EditorsProcess {
  private readonly waiting = new Map<string, (message: FromEditors) => void>()
  private readonly arrived = new Map<string, FromEditors>()
  readonly child: ChildProcess

  constructor(planFile: string) {
    this.child = fork(join(ROOT, 'scripts', 'desk-soak-editors.ts'), [planFile], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    // A process that ends without its report fails the soak instead of leaving it waiting.
    this.child.once('exit', (code) => {
      const failed: FromEditors = {
        type: 'failed',
        message: `exited with ${code} before reporting`
      }
      for (const w of this.waiting.values()) w(failed)
      this.waiting.clear()
      this.arrived.set('report', this.arrived.get('report') ?? failed)
    })
    this.child.on('message', (message: FromEditors) => {
      const waiter = this.waiting.get(message.type) ?? this.waiting.get('failed')
      if (message.type === 'failed') {
        for (const w of this.waiting.values()) w(message)
        this.waiting.clear()
      } else if (waiter) {
        this.waiting.delete(message.type)
        waiter(message)
      } else this.arrived.set(message.type, message)
    })
  }

  send(message: ToEditors): void {
    this.child.send(message)
  }

  async next<T extends FromEditors['type']>(type: T): Promise<Extract<FromEditors, { type: T }>> {
    const message =
      this.arrived.get(type) ??
      (await new Promise<FromEditors>((done) => this.waiting.set(type, done)))
    this.arrived.delete(type)
    if (message.type === 'failed') throw new Error(`An editors' process failed: ${message.message}`)
    return message as Extract<FromEditors, { type: T }>
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
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
  deliveries: Delivery[],
  serverOf: (editor: number) => number,
  stages: StageTimes[]
): { same: Split[]; across: Split[]; unmatched: number } {
  const same: Split[] = []
  const across: Split[] = []
  let unmatched = 0
  for (const d of deliveries) {
    const a = serverOf(d.made.by)
    const b = serverOf(d.to)
    const A = d.made.key ? stages[a][d.made.key] : undefined
    const B = d.made.key ? stages[b][d.made.key] : undefined
    const made = d.made.at
    const got = d.at
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

/** One editor's copy holding another's change while both were connected throughout. */
interface Delivery {
  made: { key: string | null; at: number; by: number }
  to: number
  at: number
}

/** The span an editor was connected in at `t`, if any. */
function spanAt(spans: Span[], t: number): Span | undefined {
  return spans.find((s) => s.from <= t && s.to > t)
}

/** When the editor last asked to reconnect at or before `t` (its first connection counts). */
function askedBefore(spans: Span[], t: number): number {
  let asked = -Infinity
  for (const s of spans) if (s.asked <= t) asked = Math.max(asked, s.asked)
  return asked
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
  const serverOf = (editor: number): number => editor % 2
  const processes: EditorsProcess[] = []
  let cpu: Record<string, number> = {}
  const stopAll = async (): Promise<void> => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill()
    cpu = {
      'server 1': cpuSecondsOf(servers[0].process.pid),
      'server 2': cpuSecondsOf(servers[1].process.pid),
      'redis-server': cpuSecondsOf(redis.process.pid)
    }
    await Promise.all(servers.map((s) => s.stop()))
    await redis.stop()
  }

  try {
    // The article, written once by a client of its own.
    const setup = connect(servers[0].url, DOC, people[0].token)
    await until('the first client synced', () => setup.isSynced, 60_000)
    writeArticle(setup.document, article(), people[0].name)
    await until('the article stored', () => !setup.hasUnsyncedChanges, 60_000)
    setup.destroy()

    debug('article written')
    const { actions, disconnects: planned } = plan()
    for (let w = 0; w < CLIENT_PROCESSES; w++) {
      const mine = (k: number): boolean => k % CLIENT_PROCESSES === w
      const planFile = join(dir, `editors-${w + 1}.json`)
      writeFileSync(
        planFile,
        JSON.stringify({
          doc: DOC,
          editors: people.flatMap((person, index) =>
            mine(index)
              ? [
                  {
                    index,
                    name: person.name,
                    token: person.token,
                    url: servers[serverOf(index)].url
                  }
                ]
              : []
          ),
          actions: actions.filter((a) => mine(a.who)),
          disconnects: planned.filter((d) => mine(d.who)),
          rate: RATE,
          seed: SEED + 1 + w,
          deadline: DEADLINE
        } satisfies EditorsPlan)
      )
      processes.push(new EditorsProcess(planFile))
    }
    debug('editors started')
    await Promise.all(processes.map((p) => p.next('ready')))
    debug('editors ready')
    const started = now() + 500
    const waitAtStart = cpuWaitMicroseconds()
    for (const p of processes) p.send({ type: 'start', at: started })
    const acted = await Promise.all(processes.map((p) => p.next('acted')))
    debug('acted')
    const actingSeconds = (now() - started) / 1000
    const waitShare = (cpuWaitMicroseconds() - waitAtStart) / 1e6 / actingSeconds
    const annotationsMade = acted.reduce((sum, a) => sum + a.annotations, 0)
    for (const p of processes) p.send({ type: 'settle', annotations: annotationsMade })
    const reports: EditorsReport[] = (
      await Promise.all(processes.map((p) => p.next('report')))
    ).map((m) => m.report)

    // The servers' own copies, read through fresh clients.
    const probes = servers.map((s, i) => connect(s.url, DOC, people[i].token))
    await until('probes synced', () => probes.every((p) => p.isSynced), 60_000)
    await until(
      'probes complete',
      () => probes.every((p) => annotationMap(p.document).size === annotationsMade),
      60_000
    ).catch(() => undefined)

    const editorDocs: { name: string; doc: Y.Doc }[] = people.map((person, index) => {
      const doc = new Y.Doc()
      const report = reports.find((r) => r.states[index] !== undefined)!
      Y.applyUpdate(doc, Buffer.from(report.states[index], 'base64'))
      return { name: person.name, doc }
    })
    const replicas = [
      ...editorDocs,
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

    // Live deliveries and catch-ups, from when each change was made and each copy held it.
    const spans: Record<number, Span[]> = Object.assign({}, ...reports.map((r) => r.spans))
    const made = new Map(reports.flatMap((r) => r.made.map((m) => [m.id, m] as const)))
    const deliveries: Delivery[] = []
    const catchUps: number[] = []
    const liveTimes = new Map<string, number[]>()
    const received = new Set<string>()
    for (const r of reports)
      for (const receipt of r.receipts) {
        const m = made.get(receipt.id)
        if (!m) continue
        received.add(`${receipt.id} ${receipt.to}`)
        const authorSpan = spanAt(spans[m.by] ?? [], m.at)
        const receiverSpan = spanAt(spans[receipt.to] ?? [], m.at)
        const live =
          authorSpan && receiverSpan && authorSpan.to > receipt.at && receiverSpan.to > receipt.at
        if (live) {
          deliveries.push({ made: m, to: receipt.to, at: receipt.at })
          const times = liveTimes.get(m.id) ?? []
          times.push(receipt.at - m.at)
          liveTimes.set(m.id, times)
          continue
        }
        // One side was away meanwhile: counted from when it asked to come back, so that the
        // time to open a socket, authenticate and sync is in it.
        let since = m.at
        if (!(receiverSpan && receiverSpan.to > receipt.at))
          since = Math.max(since, askedBefore(spans[receipt.to] ?? [], receipt.at))
        if (!(authorSpan && authorSpan.to > receipt.at))
          since = Math.max(since, askedBefore(spans[m.by] ?? [], receipt.at))
        catchUps.push(receipt.at - since)
      }
    const sameServer = deliveries
      .filter((d) => serverOf(d.made.by) === serverOf(d.to))
      .map((d) => d.at - d.made.at)
    const acrossServers = deliveries
      .filter((d) => serverOf(d.made.by) !== serverOf(d.to))
      .map((d) => d.at - d.made.at)
    // Per change: the last of the editors connected throughout to hold it; a change that one
    // of them, connected to the end, never got, is counted as missed.
    const toEveryone: number[] = []
    let missed = 0
    for (const m of made.values()) {
      const authorSpan = spanAt(spans[m.by] ?? [], m.at)
      if (!authorSpan) continue
      for (let k = 0; k < EDITORS; k++) {
        const s = k === m.by ? undefined : spanAt(spans[k] ?? [], m.at)
        if (s && s.to === authorSpan.to && !received.has(`${m.id} ${k}`)) missed++
      }
      const times = liveTimes.get(m.id)
      if (times) toEveryone.push(Math.max(...times))
    }
    const orphans = reference.ok ? reference.file.annotations.filter((a) => a.orphaned).length : 0
    const editsMade = reports.reduce((sum, r) => sum + r.edits, 0)
    const disconnects = reports.reduce((sum, r) => sum + r.disconnects, 0)
    const stuck = reports.reduce((sum, r) => sum + r.stuckReconnects, 0)
    const stageFiles = servers.map((_, n) => join(dir, `server-${n + 1}`, STAGE_FILE))
    return {
      code: divergences === 0 && inexact === 0 && missed === 0 ? 0 : 1,
      print: () => {
        console.log(
          `desk soak: ${EDITORS} editors in ${CLIENT_PROCESSES} Node process${CLIENT_PROCESSES > 1 ? 'es' : ''} on 2 desk servers over redis-server (loopback)`
        )
        console.log(
          'propagation: from an editor making a change to another editor holding it, for editors both connected when it was made and until it arrived;'
        )
        console.log(
          'catch-up, apart: changes made or arriving while one of the two was away, from its asking to reconnect'
        )
        console.log(`annotations:   ${annotationsMade} (${orphans} orphaned by deleted text)`)
        console.log(`text edits:    ${editsMade}`)
        console.log(
          `disconnects:   ${disconnects} (and ${stuck} reconnections that never got synced within 30 s, dropped and tried again)`
        )
        console.log(
          `acting time:   ${actingSeconds.toFixed(1)} s, ${((annotationsMade + editsMade) / actingSeconds).toFixed(1)} actions/s of ${RATE} asked`
        )
        console.log(`propagation to every other connected editor (per annotation):`)
        console.log(`  ${figures(toEveryone)}; ${missed} deliveries to a connected editor missing`)
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
        reports.forEach((r, w) =>
          console.log(
            `  editors' process ${w + 1} (${Object.keys(r.states).length} editors): event-loop delay p50 ${r.loop.p50.toFixed(1)} ms, p99 ${r.loop.p99.toFixed(1)} ms, max ${r.loop.max.toFixed(1)} ms while acting; garbage collection ${r.gc.count} pauses, ${(r.gc.totalMs / 1000).toFixed(1)} s in all, max ${r.gc.maxMs.toFixed(0)} ms; CPU ${r.cpuS.toFixed(1)} s`
          )
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
        const split = splitDeliveries(deliveries, serverOf, stageFiles.map(readStages))
        console.log(
          `  where a live delivery's time goes (${split.unmatched} not found in the servers' stage times):`
        )
        console.log(`  on one server (${split.same.length}):`)
        for (const line of stageLines(split.same)) console.log(line)
        console.log(`  across Redis (${split.across.length}):`)
        for (const line of stageLines(split.across)) console.log(line)
        console.log(`  redis-server: CPU ${cpu['redis-server'].toFixed(1)} s`)
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
