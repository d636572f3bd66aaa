/**
 * What a durable save costs (not a test): the library's writer (unique temp file, fsync,
 * rename, fsync of the folder) against the raw write-and-rename of the same bytes, which is
 * what lowdb's steno did before. Medians of several runs, both measured in this run on the
 * same disk. Run it with `npx tsx scripts/bench-durable-write.ts [folder]` (default: a
 * temporary folder; pass a folder on the disk a library lives on to measure that disk).
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { writeFileDurably } from '../src/main/library/durableFile'

const RUNS = 7
const WRITES_PER_RUN = 40
/** A small article, a long annotated one, a very large one. */
const SIZES = [8 * 1024, 256 * 1024, 2 * 1024 * 1024]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function timeWrites(write: (i: number) => Promise<void>): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < WRITES_PER_RUN; i++) await write(i)
  return (performance.now() - start) / WRITES_PER_RUN
}

async function main(): Promise<void> {
  const parent = process.argv[2] ? resolve(process.argv[2]) : tmpdir()
  const dir = await mkdtemp(join(parent, 'bench-durable-'))
  console.log(
    `durable write vs raw write+rename, ${RUNS} runs of ${WRITES_PER_RUN} writes, in ${dir}`
  )
  try {
    for (const size of SIZES) {
      const text = JSON.stringify({ body: 'x'.repeat(size) })
      const target = join(dir, 'article.json')
      const raw: number[] = []
      const durable: number[] = []
      for (let run = 0; run < RUNS; run++) {
        // Alternate which goes first, so neither always meets a warm or a busy disk.
        const rawRun = () =>
          timeWrites(async () => {
            const temp = join(dir, '.article.json.tmp')
            await writeFile(temp, text)
            await rename(temp, target)
          })
        const durableRun = () => timeWrites(() => writeFileDurably(target, text))
        if (run % 2) {
          durable.push(await durableRun())
          raw.push(await rawRun())
        } else {
          raw.push(await rawRun())
          durable.push(await durableRun())
        }
      }
      const r = median(raw)
      const d = median(durable)
      console.log(
        `${String(size / 1024).padStart(5)} KiB: raw ${r.toFixed(3)} ms, durable ${d.toFixed(3)} ms ` +
          `per write (medians): ${(d / r).toFixed(2)}× (target ≤ 1.5×)`
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
