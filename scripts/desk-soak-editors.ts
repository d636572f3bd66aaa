/**
 * One Node process of the desk soak's simulated editors, started by `scripts/desk-soak.ts`
 * (with `--client-processes N`, the editors are spread over N of these, as a real desk has
 * each editor in an app of their own). Each editor is a Hocuspocus provider client with its
 * own Y.Doc; this process makes the annotations and text edits the soak planned for its
 * editors, at their planned moments, drops their connections when planned, and records when
 * each change was made, when each of its editors first held each other editor's change, and
 * when each editor was connected. It reports all of it, with its editors' final states.
 */
import { readFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type WebSocket from 'ws'
import * as Y from 'yjs'
import type { HocuspocusProvider } from '@hocuspocus/provider'
import type { Annotation, ArticleFile } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import { annotationMap, blockArray, putAnnotation, readArticle } from '@shared/desk/articleDoc'
import { connect, until } from '../src/desk-server/processes.testkit'
import { now, updateKey, watchGarbageCollection } from '../src/desk-server/stageFigures'

export const SOAK_WORDS = [
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

/** A deterministic random source, so that a failing run can be run again. */
export function randomSource(start: number): () => number {
  let seed = start
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
}

export interface PlannedEditor {
  index: number
  name: string
  token: string
  url: string
}

/** What one process of editors is to do; times are ms since the epoch. */
export interface EditorsPlan {
  doc: string
  editors: PlannedEditor[]
  /** Action n is due at start + n / rate seconds. */
  actions: { n: number; kind: 'annotate' | 'edit'; who: number }[]
  /** Before action n, editor `who` loses its connection for `forMs`. */
  disconnects: { n: number; who: number; forMs: number }[]
  rate: number
  seed: number
  deadline: number
}

/** When an editor was connected (authenticated and synced) and when the soak asked for it. */
export interface Span {
  asked: number
  from: number
  to: number
}

export interface EditorsReport {
  made: { id: string; key: string | null; at: number; by: number }[]
  /** When editor `to` first held annotation `id`, made by another editor. */
  receipts: { id: string; to: number; at: number }[]
  spans: Record<number, Span[]>
  annotations: number
  edits: number
  disconnects: number
  stuckReconnects: number
  loop: { p50: number; p99: number; max: number }
  gc: { count: number; totalMs: number; maxMs: number }
  cpuS: number
  /** Each editor's final Yjs state, base64. */
  states: Record<number, string>
}

export type ToEditors = { type: 'start'; at: number } | { type: 'settle'; annotations: number }
export type FromEditors =
  | { type: 'ready' }
  | { type: 'acted'; annotations: number }
  | { type: 'report'; report: EditorsReport }
  | { type: 'failed'; message: string }

/** How long a reconnecting editor may take to be synced before the soak drops that socket: as long as the provider lets an open connection stay silent. */
const STUCK_AFTER_MS = 30_000

interface Editor extends PlannedEditor {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** False from the moment the soak drops the connection until it asks for it again. */
  online: boolean
  spans: Span[]
  asked: number
}

function debug(line: string): void {
  if (process.env.SOAK_DEBUG) console.error(`${new Date().toISOString()} editors: ${line}`)
}

/** Resolves once the message is handed over: a large report is cut off by a disconnect before that. */
function send(message: FromEditors): Promise<void> {
  return new Promise((done) => {
    if (!process.send) done()
    else process.send(message, undefined, {}, () => done())
  })
}

function nextMessage<T extends ToEditors['type']>(
  type: T
): Promise<Extract<ToEditors, { type: T }>> {
  return new Promise((done) => {
    const listen = (message: ToEditors): void => {
      if (message.type !== type) return
      process.off('message', listen)
      done(message as Extract<ToEditors, { type: T }>)
    }
    process.on('message', listen)
  })
}

function openSpan(editor: Editor): void {
  const last = editor.spans[editor.spans.length - 1]
  if (last && last.to === Infinity) return
  editor.spans.push({ asked: editor.asked, from: now(), to: Infinity })
}

function closeSpan(editor: Editor): void {
  const last = editor.spans[editor.spans.length - 1]
  if (last && last.to === Infinity) last.to = now()
}

async function run(): Promise<void> {
  // The plan comes as a file: a message sent before this process listens would be lost.
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as EditorsPlan
  const random = randomSource(plan.seed)
  const pick = (n: number): number => Math.floor(random() * n)
  let stuckReconnects = 0

  const editors = new Map<number, Editor>()
  for (const p of plan.editors) {
    const doc = new Y.Doc()
    const editor: Editor = {
      ...p,
      doc,
      provider: connect(p.url, plan.doc, p.token, doc),
      online: true,
      spans: [],
      asked: now()
    }
    editor.provider.on('synced', () => {
      if (editor.online && editor.provider.isAuthenticated) openSpan(editor)
    })
    editor.provider.on('close', () => closeSpan(editor))
    editors.set(p.index, editor)
  }
  const all = [...editors.values()]
  debug(`${all.map((e) => e.index)} connecting`)
  await until('every editor synced', () => all.every((e) => e.provider.isSynced), 60_000)
  await until('the article everywhere', () => all.every((e) => readArticle(e.doc).ok), 120_000)
  for (const e of all) if (e.provider.isSynced) openSpan(e)

  const made: EditorsReport['made'] = []
  const receipts: EditorsReport['receipts'] = []
  /** The name of the change an editor's last local update made (set by the update handler). */
  const local: { key: string | null } = { key: null }
  for (const e of all) {
    e.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === e.name) local.key = updateKey(update)
    })
    annotationMap(e.doc).observe((event) => {
      const at = now()
      for (const [id, change] of event.changes.keys) {
        if (change.action !== 'add' || !id.startsWith('a-')) continue
        if (Number(id.split('-')[1]) !== e.index) receipts.push({ id, to: e.index, at })
      }
    })
  }

  /**
   * Connects an editor again once the old socket is closed: the provider ignores a connect
   * while its socket still counts as connected, and would then never come back. On a loaded
   * machine the provider now and then opens a socket and never authenticates on it (it waits
   * for the server's first message without a timeout); an app would drop such a socket, and
   * so does the soak, counting it.
   */
  const reconnect = async (editor: Editor): Promise<void> => {
    const socket = editor.provider.configuration.websocketProvider
    await until('the old socket closed', () => socket.status !== 'connected', 60_000)
    editor.online = true
    editor.asked = now()
    void socket.connect()
    let since = performance.now()
    while (editor.online && Date.now() < plan.deadline) {
      if (editor.provider.isAuthenticated && editor.provider.isSynced) return
      if (performance.now() - since > STUCK_AFTER_MS) {
        stuckReconnects++
        // The provider's own retry opens the next socket.
        ;(socket.webSocket as WebSocket | null)?.terminate()
        since = performance.now()
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  void send({ type: 'ready' })
  const { at: started } = await nextMessage('start')
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const collector = watchGarbageCollection()
  const cpuAtStart = process.cpuUsage()
  const reconnecting: Promise<void>[] = []
  const disconnectsBefore = new Map(plan.disconnects.map((d) => [d.n, d]))
  let annotations = 0
  let edits = 0
  let disconnects = 0
  for (const action of plan.actions) {
    if (Date.now() > plan.deadline) throw new Error('The soak ran past its ten minutes.')
    // Keep to the rate: the editors are people, not a loop.
    const wait = started + (action.n * 1000) / plan.rate - now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))

    const drop = disconnectsBefore.get(action.n)
    const dropped = drop ? editors.get(drop.who) : undefined
    if (drop && dropped?.online) {
      disconnects++
      dropped.online = false
      closeSpan(dropped)
      dropped.provider.disconnect()
      // Dropped, not closed politely: the close handshake would wait for a busy server.
      ;(dropped.provider.configuration.websocketProvider.webSocket as WebSocket | null)?.terminate()
      const again = dropped
      reconnecting.push(new Promise((r) => setTimeout(r, drop.forMs)).then(() => reconnect(again)))
    }

    const editor = editors.get(action.who)!
    const blocks = blockArray(editor.doc)
    const blockIndex = 1 + pick(blocks.length - 1)
    const text = blocks.get(blockIndex).get('text') as Y.Text
    const words = new CodePointIndex(text.toString())
    if (action.kind === 'edit') {
      const at = pick(words.length + 1)
      if (random() < 0.5 || words.length < 10) {
        text.insert(words.toUtf16(at), ` ${SOAK_WORDS[pick(SOAK_WORDS.length)]}`)
      } else {
        const from = Math.min(at, words.length - 3)
        text.delete(words.toUtf16(from), words.toUtf16(from + 3) - words.toUtf16(from))
      }
      edits++
      continue
    }
    const file = { blocks: blocks.toArray().map((b) => ({ text: String(b.get('text')) })) }
    const plain = new CodePointIndex(plainText(file.blocks as ArticleFile['blocks']))
    let offset = 0
    for (let b = 0; b < blockIndex; b++) offset += [...file.blocks[b].text].length + 2
    const start = offset + pick(Math.max(1, words.length - 12))
    const end = Math.min(offset + words.length, start + 1 + pick(12))
    const id = `a-${action.who}-${action.n}`
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
    local.key = null
    const at = now()
    putAnnotation(editor.doc, annotation, undefined, editor.name)
    made.push({ id, key: local.key, at, by: action.who })
    annotations++
  }
  loop.disable()
  const gc = collector.stop()
  const cpu = process.cpuUsage(cpuAtStart)
  void send({ type: 'acted', annotations })

  const { annotations: expected } = await nextMessage('settle')
  debug(`settling on ${expected} annotations`)
  await Promise.all(reconnecting)
  debug('reconnected')
  await until(
    'every editor synced',
    () => all.every((e) => e.provider.isSynced && !e.provider.hasUnsyncedChanges),
    120_000
  )
  await until(
    'every annotation everywhere',
    () => all.every((e) => annotationMap(e.doc).size === expected),
    120_000
  ).catch(() => undefined)
  debug(`holding ${all.map((e) => annotationMap(e.doc).size)}`)
  for (const e of all) closeSpan(e)
  const ms = (ns: number): number => ns / 1e6
  await send({
    type: 'report',
    report: {
      made,
      receipts,
      spans: Object.fromEntries(all.map((e) => [e.index, e.spans])),
      annotations,
      edits,
      disconnects,
      stuckReconnects,
      loop: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
      gc,
      cpuS: (cpu.user + cpu.system) / 1e6,
      states: Object.fromEntries(
        all.map((e) => [e.index, Buffer.from(Y.encodeStateAsUpdate(e.doc)).toString('base64')])
      )
    }
  })
  for (const e of all) e.provider.destroy()
}

run().then(
  () => process.disconnect?.(),
  async (error: Error) => {
    await send({ type: 'failed', message: error.message })
    process.disconnect?.()
  }
)
