/**
 * Export benchmark (not a test): `npx tsx bench/export.ts`.
 *
 * The long workload article with 100 to 30,000 annotations, exported as native JSON and as
 * W3C JSON-LD through the app's own exchange (the article read from a real library folder,
 * the document built and checked against its schemas, the file written atomically into an
 * exports folder), medians of 5. The baseline, measured in the same run, is writing the
 * same bytes durably: what is left above it is the building and checking of the export.
 * The process's CPU time per export is reported beside it: on a machine shared with other
 * work the wall time waits for a core, the CPU time does not. The size of each file is
 * reported too. BENCH_COUNTS=100,10000 picks the counts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createExchange } from '../src/main/exchange/exchange'
import { folderTarget } from '../src/main/exchange/exportTarget'
import { writeFileDurably } from '../src/main/library/durableFile'
import { Library } from '../src/main/library/Library'
import { against, median, report, type BenchRow } from './results'
import { workloadArticle } from './workload'

const RUNS = 5
const COUNTS = (process.env.BENCH_COUNTS ?? '100,1000,10000,30000')
  .split(',')
  .map((n) => Number(n.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

/** Wall time and this process's CPU time (user + system) of a run, in ms. */
async function timedWithCpu(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage()
  const wall = await timed(run)
  const cpu = process.cpuUsage(cpuBefore)
  return { wall, cpu: (cpu.user + cpu.system) / 1000 }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'bench-export-'))
  const rows: BenchRow[] = []
  const folder = join(root, 'library')
  // The articles are adopted through one opening of the library and exported through another,
  // so that the export reads each from the folder, as after the app opens a library: the
  // library keeps what it has just written as the next read, and that would export the
  // generator's own objects instead.
  const ids = new Map<number, string>()
  const adopting = await Library.open({ folder })
  try {
    for (const count of COUNTS)
      ids.set(count, (await adopting.adopt(workloadArticle(count))).summary.id)
  } finally {
    await adopting.close()
  }
  const library = await Library.open({ folder })
  try {
    const exchange = createExchange({ library, target: folderTarget(join(root, 'exports')) })
    for (const count of COUNTS) {
      const summary = { id: ids.get(count)! }
      for (const format of ['native', 'w3c'] as const) {
        const exportRuns: number[] = []
        const cpuRuns: number[] = []
        const writeRuns: number[] = []
        let size = 0
        for (let run = 0; run < RUNS; run++) {
          let written = ''
          const { wall, cpu } = await timedWithCpu(async () => {
            const outcome = await exchange.exportArticle({ id: summary.id, format })
            written = outcome.files[0].path
            size = outcome.files[0].bytes
          })
          exportRuns.push(wall)
          cpuRuns.push(cpu)
          const bytes = await readFile(written, 'utf8')
          writeRuns.push(await timed(() => writeFileDurably(join(root, 'baseline.json'), bytes)))
        }
        rows.push(
          against({
            workload: `long article, ${count} annotations`,
            metric: `export ${format} vs durable write of its bytes`,
            value: median(exportRuns),
            unit: 'ms',
            baseline: median(writeRuns)
          }),
          {
            workload: `long article, ${count} annotations`,
            metric: `export ${format}, CPU time`,
            value: median(cpuRuns),
            unit: 'ms'
          },
          {
            workload: `long article, ${count} annotations`,
            metric: `export ${format}, file size`,
            value: size / 1e6,
            unit: 'MB'
          }
        )
      }
    }
  } finally {
    await library.close()
    await rm(root, { recursive: true, force: true })
  }
  report(rows)
  console.log(
    `load average over 1, 5, 15 min: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`
  )
  console.log('target: export under 100 ms at 10,000 annotations')
}

void main()
