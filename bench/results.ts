/**
 * The benchmarks' shared output: a table on the terminal and rows in `bench/results.json`
 * (`{ workload, metric, value, unit, baseline?, ratio? }`, with the machine and versions
 * beside them), merged by workload and metric so that each script updates its own rows.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'

/** One measured figure; `ratio` is value / baseline, both measured in the same run. */
export interface BenchRow {
  workload: string
  metric: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
}

const RESULTS = resolve(import.meta.dirname, 'results.json')

/** The median of some samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** A percentile (0–100) of some samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** A row with its ratio to a baseline measured in the same run. */
export function against(row: Omit<BenchRow, 'ratio'>): BenchRow {
  return row.baseline ? { ...row, ratio: row.value / row.baseline } : row
}

/** Prints rows as a table and merges them into bench/results.json. */
export function report(rows: readonly BenchRow[]): void {
  const fmt = (n: number | undefined) =>
    n === undefined ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)
  for (const r of rows) {
    const ratio = r.ratio === undefined ? '' : `  ${r.ratio.toFixed(2)}× of ${fmt(r.baseline)}`
    console.log(
      `${r.workload.padEnd(28)} ${r.metric.padEnd(40)} ${fmt(r.value).padStart(10)} ${r.unit}${ratio}`
    )
  }
  const previous = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { rows: BenchRow[] }).rows
    : []
  const key = (r: BenchRow) => `${r.workload}\u0000${r.metric}`
  const fresh = new Set(rows.map(key))
  const merged = [...previous.filter((r) => !fresh.has(key(r))), ...rows]
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
    measuredAt: new Date().toISOString()
  }
  writeFileSync(RESULTS, JSON.stringify({ machine, rows: merged }, null, 2) + '\n')
}
