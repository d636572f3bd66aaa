/**
 * What a durable save costs (not a test): `npx tsx bench/durableWrite.ts [folder]`.
 *
 * The library's writer (a temp file of its own, fdatasync, rename, fsync of the folder)
 * against the raw write-and-rename of the same bytes (what lowdb's steno did before), both
 * measured in this run on the same disk, medians of several runs. The folder defaults to a
 * temporary one; pass a folder on the disk a library lives on to measure that disk.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeFileDurably } from '../src/main/library/durableFile'
import { against, median, report, type BenchRow } from './results'

const RUNS = 7
const WRITES_PER_RUN = 40
/** A small article, a long annotated one, a very large one. */
const SIZES_KIB = [8, 256, 2048]

async function timeWrites(write: () => Promise<void>): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < WRITES_PER_RUN; i++) await write()
  return (performance.now() - start) / WRITES_PER_RUN
}

async function main(): Promise<void> {
  const parent = process.argv[2] ? resolve(process.argv[2]) : tmpdir()
  const dir = await mkdtemp(join(parent, 'bench-durable-'))
  const rows: BenchRow[] = []
  try {
    for (const kib of SIZES_KIB) {
      const text = JSON.stringify({ body: 'x'.repeat(kib * 1024) })
      const target = join(dir, 'article.json')
      const rawRun = () =>
        timeWrites(async () => {
          const temp = join(dir, '.article.json.tmp')
          await writeFile(temp, text)
          await rename(temp, target)
        })
      const durableRun = () => timeWrites(() => writeFileDurably(target, text))
      const raw: number[] = []
      const durable: number[] = []
      for (let run = 0; run < RUNS; run++) {
        // Alternate which goes first, so neither always meets a warm or a busy disk.
        if (run % 2) {
          durable.push(await durableRun())
          raw.push(await rawRun())
        } else {
          raw.push(await rawRun())
          durable.push(await durableRun())
        }
      }
      rows.push(
        against({
          workload: `durable write ${kib} KiB`,
          metric: 'ms per write vs raw write+rename',
          value: median(durable),
          unit: 'ms',
          baseline: median(raw)
        })
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  report(rows)
  console.log('target: at most 1.5× the raw write+rename')
}

void main()
