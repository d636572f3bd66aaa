/**
 * Article imports parsed off the main thread. A crafted HTML or Markdown file can keep a
 * parser busy for minutes (160,000 nested <div>, a 2 MB run of "*a"); parsed on the main
 * process's thread it would freeze the app. Files are parsed in worker threads with a time
 * budget and a memory ceiling: a worker over budget is terminated and the file refused with a
 * message that says what to do, while the main thread keeps answering.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { AppError } from '@shared/contract'
import { oversizedImport } from './decode'
import type { ImportedArticle } from './parseImport'
import type { WorkerReply, WorkerRequest } from './workerMessages'

/** How long one file may take to parse before it is refused. */
export const IMPORT_TIME_BUDGET_MS = 5_000
/** Time a worker may take to load its code before the budget for the file starts. */
const STARTUP_ALLOWANCE_MS = 10_000
/** Heap a parse may use; far above what a 5 MB article needs. */
export const IMPORT_MEMORY_BUDGET_MB = 512
/** Files parsed at once; more wait their turn (a burst of imports cannot spawn without end). */
export const IMPORT_CONCURRENCY = 2

/** Parses one imported file into an article, or explains why it cannot. */
export type ImportParser = (
  fileName: string,
  bytes: Uint8Array
) => Promise<ImportedArticle | AppError>

/** What a worker runs: a built script, or (from the sources) code given to `eval`. */
export type WorkerScript = { url: URL } | { code: string }

/** What the built worker is called beside the bundled main code (see electron.vite.config). */
const BUILT_WORKER = './import-worker.js'
const SOURCE_WORKER = './importWorker.ts'

/**
 * The built worker next to this module when running from out/main; from the sources (unit
 * tests, tsx scripts) the same entry point loaded through tsx, which a worker can only
 * register from code of its own. Names are held in constants so the bundler leaves
 * `new URL(…, import.meta.url)` alone.
 */
export function defaultWorkerScript(): WorkerScript {
  const built = new URL(BUILT_WORKER, import.meta.url)
  if (existsSync(built)) return { url: built }
  const source = JSON.stringify(new URL(SOURCE_WORKER, import.meta.url).href)
  return {
    code: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}) })`
  }
}

export interface WorkerParserOptions {
  timeBudgetMs?: number
  memoryBudgetMb?: number
  concurrency?: number
  script?: WorkerScript
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

/** Runs `run` when fewer than `limit` runs are under way, in the order asked. */
function queue(limit: number): <T>(run: () => Promise<T>) => Promise<T> {
  let active = 0
  const waiting: Array<() => void> = []
  return async (run) => {
    if (active >= limit) await new Promise<void>((go) => waiting.push(go))
    active += 1
    try {
      return await run()
    } finally {
      active -= 1
      waiting.shift()?.()
    }
  }
}

/** What a reader thread answered, or how it failed. */
type Outcome =
  | Exclude<WorkerReply, { ready: true }>
  | { crashed: Error & { code?: string } }
  | { exited: number }

/**
 * One worker thread that reads files, one at a time. It is kept for the next file after a
 * clean answer (loading the parsers costs more than most parses), and terminated after a
 * crash or an overrun. Unreferenced, so an idle reader never keeps the process alive.
 */
class ReaderThread {
  readonly ready: Promise<boolean>
  private readonly worker: Worker
  private answer?: (outcome: Outcome) => void

  constructor(script: WorkerScript, memoryBudgetMb: number) {
    this.worker = new Worker('url' in script ? script.url : script.code, {
      eval: 'code' in script,
      resourceLimits: { maxOldGenerationSizeMb: memoryBudgetMb },
      stdout: false,
      stderr: false
    })
    this.worker.unref()
    let started: (ok: boolean) => void = () => undefined
    this.ready = new Promise((resolve) => (started = resolve))
    const timer = setTimeout(() => started(false), STARTUP_ALLOWANCE_MS)
    const deliver = (outcome: Outcome): void => {
      const answer = this.answer
      this.answer = undefined
      answer?.(outcome)
    }
    this.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        clearTimeout(timer)
        started(true)
      } else deliver(reply)
    })
    this.worker.on('error', (error: Error) => {
      started(false)
      deliver({ crashed: error })
    })
    this.worker.on('exit', (code) => {
      started(false)
      deliver({ exited: code })
    })
  }

  read(request: WorkerRequest): Promise<Outcome> {
    return new Promise((resolve) => {
      this.answer = resolve
      this.worker.postMessage(request)
    })
  }

  stop(): void {
    this.answer = undefined
    void this.worker.terminate()
  }
}

/**
 * An {@link ImportParser} that parses files in worker threads within budget: at most
 * `concurrency` at once, each with `timeBudgetMs` from the moment its reader is ready.
 */
export function workerImportParser(options: WorkerParserOptions = {}): ImportParser {
  const timeBudgetMs = options.timeBudgetMs ?? IMPORT_TIME_BUDGET_MS
  const memoryBudgetMb = options.memoryBudgetMb ?? IMPORT_MEMORY_BUDGET_MB
  const inTurn = queue(options.concurrency ?? IMPORT_CONCURRENCY)
  const idle: ReaderThread[] = []
  let script: WorkerScript | undefined = options.script

  const overBudget = (fileName: string): AppError =>
    new AppError(
      'too-large',
      `"${fileName}" could not be read within ${seconds(timeBudgetMs)}: its markup is ` +
        'too deeply nested or too repetitive to be an article, so it was not imported. ' +
        'Open it in a browser or editor, copy the article text and paste it as a new article.'
    )

  const parseOnce = async (
    fileName: string,
    bytes: Uint8Array
  ): Promise<ImportedArticle | AppError> => {
    script ??= defaultWorkerScript()
    const reader = idle.pop() ?? new ReaderThread(script, memoryBudgetMb)
    if (!(await reader.ready)) {
      reader.stop()
      return new AppError('internal', `"${fileName}" could not be read: the reader did not start.`)
    }
    let timer: NodeJS.Timeout | undefined
    const overrun = new Promise<'overrun'>((resolve) => {
      timer = setTimeout(() => resolve('overrun'), timeBudgetMs)
    })
    // A copy of the bytes is sent: the caller's stay usable whatever happens to the worker.
    const outcome = await Promise.race([reader.read({ fileName, bytes }), overrun])
    clearTimeout(timer)
    if (outcome !== 'overrun' && 'ok' in outcome) {
      idle.push(reader)
      return outcome.ok ? outcome.article : new AppError(outcome.code, outcome.message)
    }
    reader.stop()
    if (outcome === 'overrun') return overBudget(fileName)
    if ('crashed' in outcome && outcome.crashed.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new AppError(
        'too-large',
        `"${fileName}" needs more memory to read than an import may use, so it was not ` +
          'imported. Copy the article text and paste it as a new article.'
      )
    }
    const why = 'crashed' in outcome ? outcome.crashed.message : `it stopped (${outcome.exited})`
    return new AppError('internal', `"${fileName}" could not be read: ${why}.`)
  }

  return (fileName, bytes) => {
    // Refused before a worker starts: the size check needs no parsing.
    const tooLarge = oversizedImport(fileName, bytes.byteLength)
    if (tooLarge) return Promise.resolve(tooLarge)
    return inTurn(() => parseOnce(fileName, bytes))
  }
}
