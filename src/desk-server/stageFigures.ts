/**
 * Where a desk process spends its time, for `--stats`: the update check per change, the
 * event loop's delay (how long a change waits behind others) and the CPU time used. Printed
 * as one line when the process stops, which the soak reads.
 */
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks'

export const STAGE_LINE = 'desk stages:'

export class StageFigures {
  private readonly checks: number[] = []
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 })
  private readonly cpuAtStart = process.cpuUsage()

  constructor() {
    this.loop.enable()
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

  /** One line: `desk stages: {json}`. */
  line(): string {
    this.loop.disable()
    const sorted = [...this.checks].sort((a, b) => a - b)
    const at = (p: number): number =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0
    const cpu = process.cpuUsage(this.cpuAtStart)
    const ms = (ns: number): number => Math.round(ns / 1e4) / 100
    const figures = {
      checks: sorted.length,
      checkP50Ms: Math.round(at(0.5) * 100) / 100,
      checkP95Ms: Math.round(at(0.95) * 100) / 100,
      checkTotalS: Math.round(sorted.reduce((s, d) => s + d, 0)) / 1000,
      loopDelayP50Ms: ms(this.loop.percentile(50)),
      loopDelayP99Ms: ms(this.loop.percentile(99)),
      loopDelayMaxMs: ms(this.loop.max),
      cpuS: Math.round((cpu.user + cpu.system) / 1e4) / 100
    }
    return `${STAGE_LINE} ${JSON.stringify(figures)}`
  }
}
