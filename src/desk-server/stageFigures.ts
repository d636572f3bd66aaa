/**
 * Where a desk process spends its time, for `--stats`: the update check per change, the
 * event loop's delay (how long a change waits behind others), the stalls of the loop and what
 * ran meanwhile (writing the document to the database, an editor's connection catching up),
 * the CPU time used, and when each change passed each stage of the path from one editor to
 * another. Printed as one line when the process stops, which the soak reads; the stage times
 * go to a file beside the database, which the soak joins with its own.
 */
import { writeFileSync } from 'node:fs'
import {
  monitorEventLoopDelay,
  performance,
  PerformanceObserver,
  type IntervalHistogram
} from 'node:perf_hooks'
import * as decoding from 'lib0/decoding'

export const STAGE_LINE = 'desk stages:'
export const STAGE_FILE = 'desk-stages.json'

/**
 * The stages a change passes in a desk process: received from an editor, published to
 * Redis, received from Redis, applied from Redis (and so sent to this process' editors).
 */
export type Stage = 'received' | 'published' | 'fromRedis' | 'appliedFromRedis'

/** Stage times of each change, by {@link updateKey}, in ms since the epoch. */
export type StageTimes = Record<string, Partial<Record<Stage, number>>>

/** Milliseconds since the epoch, with the precision of the monotonic clock: comparable across processes on one machine. */
export function now(): number {
  return performance.timeOrigin + performance.now()
}

/**
 * Names one change the same way in every process: the Yjs client and clock its first
 * structs start at (a Yjs update, format 1), or null for an update with no structs (only
 * deletions) or one that cannot be read.
 */
export function updateKey(update: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(update)
    if (decoding.readVarUint(decoder) === 0) return null
    decoding.readVarUint(decoder) // how many structs
    const client = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    return `${client}:${clock}`
  } catch {
    return null
  }
}

/** A stretch of time in which something held the event loop or was under way. */
interface Span {
  from: number
  to: number
}

/** Pauses of the garbage collector from now on: how many, their total and the longest, in ms. */
export function watchGarbageCollection(): {
  stop(): { count: number; totalMs: number; maxMs: number }
} {
  const pauses = { count: 0, totalMs: 0, maxMs: 0 }
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses.count++
      pauses.totalMs += entry.duration
      pauses.maxMs = Math.max(pauses.maxMs, entry.duration)
    }
  })
  observer.observe({ entryTypes: ['gc'] })
  return {
    stop() {
      observer.disconnect()
      return pauses
    }
  }
}

/** The loop is sampled this often; a sample this much late counts as a stall. */
const STALL_SAMPLE_MS = 20
const STALL_MS = 100

export class StageFigures {
  private readonly checks: number[] = []
  private readonly stores: Span[] = []
  private readonly stalls: Span[] = []
  private readonly catchUps: Span[] = []
  private readonly stages: StageTimes = {}
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 })
  private readonly cpuAtStart = process.cpuUsage()
  private readonly sampler: ReturnType<typeof setInterval>
  private readonly collector = watchGarbageCollection()

  constructor(private readonly stageFile?: string) {
    this.loop.enable()
    let last = now()
    this.sampler = setInterval(() => {
      const at = now()
      if (at - last > STALL_SAMPLE_MS + STALL_MS) this.stalls.push({ from: last, to: at })
      last = at
    }, STALL_SAMPLE_MS)
    this.sampler.unref()
  }

  /** Runs `check`, counting how long it took. */
  timeCheck<T>(check: () => T): T {
    const start = performance.now()
    try {
      return check()
    } finally {
      this.checks.push(performance.now() - start)
    }
  }

  /** Runs a write to the database, keeping when it ran. */
  timeWrite(write: () => void): void {
    const from = now()
    try {
      write()
    } finally {
      this.stores.push({ from, to: now() })
    }
  }

  /** An editor's connection caught up (its first sync) between `from` and now. */
  catchUp(from: number): void {
    this.catchUps.push({ from, to: now() })
  }

  /** The change `update` reached `stage` now. */
  mark(stage: Stage, update: Uint8Array): void {
    const key = updateKey(update)
    if (!key) return
    const times = (this.stages[key] ??= {})
    times[stage] ??= now()
  }

  /** One line: `desk stages: {json}`; the stage times go to the stage file. */
  line(): string {
    this.loop.disable()
    clearInterval(this.sampler)
    if (this.stageFile) writeFileSync(this.stageFile, JSON.stringify(this.stages))
    const sorted = [...this.checks].sort((a, b) => a - b)
    const at = (values: number[], p: number): number =>
      values.length ? values[Math.min(values.length - 1, Math.floor(p * values.length))] : 0
    const round = (value: number): number => Math.round(value * 100) / 100
    const storeMs = this.stores.map((s) => s.to - s.from).sort((a, b) => a - b)
    const overlaps = (stall: Span, spans: Span[]): boolean =>
      spans.some((s) => s.from < stall.to && s.to > stall.from)
    const stallMs = this.stalls.map((s) => s.to - s.from - STALL_SAMPLE_MS)
    const cpu = process.cpuUsage(this.cpuAtStart)
    const ms = (ns: number): number => Math.round(ns / 1e4) / 100
    const gc = this.collector.stop()
    const figures = {
      gcPauses: gc.count,
      gcTotalS: Math.round(gc.totalMs) / 1000,
      gcMaxMs: round(gc.maxMs),
      checks: sorted.length,
      checkP50Ms: round(at(sorted, 0.5)),
      checkP95Ms: round(at(sorted, 0.95)),
      checkTotalS: Math.round(sorted.reduce((s, d) => s + d, 0)) / 1000,
      stores: storeMs.length,
      storeP50Ms: round(at(storeMs, 0.5)),
      storeMaxMs: round(storeMs[storeMs.length - 1] ?? 0),
      catchUps: this.catchUps.length,
      stalls: this.stalls.length,
      stallTotalS: Math.round(stallMs.reduce((s, d) => s + d, 0)) / 1000,
      stallMaxMs: round(Math.max(0, ...stallMs)),
      stallsDuringStore: this.stalls.filter((s) => overlaps(s, this.stores)).length,
      stallsDuringCatchUp: this.stalls.filter((s) => overlaps(s, this.catchUps)).length,
      loopDelayP50Ms: ms(this.loop.percentile(50)),
      loopDelayP99Ms: ms(this.loop.percentile(99)),
      loopDelayMaxMs: ms(this.loop.max),
      cpuS: Math.round((cpu.user + cpu.system) / 1e4) / 100
    }
    return `${STAGE_LINE} ${JSON.stringify(figures)}`
  }
}
