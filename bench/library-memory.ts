/**
 * Benchmark of the desk's memory (not part of npm test):
 *   npm run bench:library
 *
 * Writes a library of 1,000 articles (about five million characters, 50,000 annotations,
 * 2,000 distinct entities) into a temporary folder, then measures with the app's own code:
 *   - indexing from cold: opening the library and reading every article into the search
 *     index and the queue (LibraryMemory.ready), against the floor of reading and
 *     JSON-parsing the same files;
 *   - query p50/p95 over 300 queries (words, prefixes, phrases, accents folded), against a
 *     scan of every article's folded text per query (what the index replaces);
 *   - opening the verification queue, against rebuilding it from the articles each time;
 *   - merging two entities: not measured, there is no library-wide registry yet.
 * Targets: query p95 < 50 ms, opening the queue < 200 ms. On a shared machine wall-clock
 * times grow with the load average (printed first); the process's own CPU time is printed
 * beside them, and the ratios compare work measured in the same run.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { foldForSearch } from '../src/shared/annotations/fold'
import { queueItemsOf, queueView } from '../src/shared/desk/queue'
import type { Annotation, ArticleFile, Entity } from '../src/shared/model'
import { BLOCK_SEPARATOR } from '../src/shared/text'
import { Library } from '../src/main/library/Library'
import { LibraryMemory } from '../src/main/memory/LibraryMemory'

const ARTICLES = 1000
const PARAGRAPHS = 8
const WORDS_PER_PARAGRAPH = 75
const ANNOTATIONS_PER_ARTICLE = 50
const ENTITY_POOL = 2000
const ENTITIES_PER_ARTICLE = 12

/** A small deterministic generator, so every run measures the same library. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}
const rand = random(20260620)
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]

const SYLLABLES = [
  'ré',
  'pa',
  'li',
  'con',
  'tra',
  'mé',
  'vo',
  'ser',
  'dé',
  'ca',
  'ti',
  'on',
  'men',
  'té',
  'gar',
  'qui',
  'ver',
  'sa',
  'lo',
  'é',
  'nu',
  'bri',
  'fi',
  'sté'
]
const VOCABULARY = (() => {
  const words = new Set<string>()
  while (words.size < 6000) {
    const n = 2 + Math.floor(rand() * 3)
    words.add(Array.from({ length: n }, () => pick(SYLLABLES)).join(''))
  }
  return [...words]
})()
const FIRST = [
  'Jason',
  'Alexandr',
  'Mark',
  'Claire',
  'Amélie',
  'Hélène',
  'Rémi',
  'Noé',
  'Inès',
  'Zoé'
]
const ENTITIES: Omit<Entity, 'id'>[] = Array.from({ length: ENTITY_POOL }, (_, i) =>
  i % 2 === 0
    ? { type: 'person', name: `${pick(FIRST)} ${VOCABULARY[i]}`, aliases: [] }
    : { type: 'organisation', name: `${VOCABULARY[i].toUpperCase()} Group`, aliases: [] }
)

const AT = '2026-06-20T10:00:00.000Z'

function article(n: number): ArticleFile {
  const entities: Entity[] = []
  const chosen = new Set<number>()
  // Two entities of the pool are this article's own, so every one of the 2,000 is used.
  chosen.add((2 * n) % ENTITY_POOL)
  chosen.add((2 * n + 1) % ENTITY_POOL)
  while (chosen.size < ENTITIES_PER_ARTICLE) chosen.add(Math.floor(rand() * ENTITY_POOL))
  for (const i of chosen) entities.push({ id: `e${i}`, ...ENTITIES[i] })
  const blocks = [
    { type: 'headline' as const, text: `Article ${n} : ${pick(VOCABULARY)} et ${pick(VOCABULARY)}` }
  ]
  for (let p = 0; p < PARAGRAPHS; p++) {
    const words: string[] = []
    for (let w = 0; w < WORDS_PER_PARAGRAPH; w++) {
      words.push(w % 15 === 7 ? pick(entities).name : pick(VOCABULARY))
    }
    blocks.push({ type: 'paragraph' as const, text: words.join(' ') + '.' })
  }
  const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
  const points = [...text]
  // Word starts, to put annotations on whole words (the text is all BMP, so UTF-16 = points).
  const starts: number[] = []
  for (let i = 0; i < points.length; i++) {
    if (/\p{L}/u.test(points[i]) && (i === 0 || points[i - 1] === ' ')) starts.push(i)
  }
  const annotations: Annotation[] = []
  for (let a = 0; a < ANNOTATIONS_PER_ARTICLE; a++) {
    const start = pick(starts)
    const end = Math.min(points.length, start + 12 + Math.floor(rand() * 60))
    const target = {
      start,
      end,
      exact: points.slice(start, end).join(''),
      prefix: points.slice(Math.max(0, start - 32), start).join(''),
      suffix: points.slice(end, end + 32).join('')
    }
    const base = {
      id: `a${n}-${a}`,
      target,
      orphaned: false,
      createdBy: 'Bench',
      createdAt: AT,
      updatedBy: 'Bench',
      updatedAt: AT
    }
    const roll = a % 5
    if (roll < 2) {
      annotations.push({
        ...base,
        kind: 'quote',
        speakerId: pick(entities).id,
        quoteKind: 'direct',
        status: pick(['needs-checking', 'verified', 'disputed'] as const),
        comment: ''
      })
    } else if (roll < 4) {
      annotations.push({ ...base, kind: 'mention', entityId: pick(entities).id })
    } else {
      annotations.push({
        ...base,
        kind: 'source-note',
        text: `Note ${pick(VOCABULARY)}`,
        sourceKind: 'document',
        title: pick(VOCABULARY)
      })
    }
  }
  return {
    schemaVersion: 1,
    article: {
      id: `bench-${n}`,
      title: `Article ${n}`,
      origin: { kind: 'paste' },
      createdAt: AT,
      updatedAt: new Date(Date.parse(AT) + n * 1000).toISOString()
    },
    blocks,
    entities,
    annotations
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`

async function main(): Promise<void> {
  const [load] = (await import('node:os')).loadavg()
  console.log(
    `Machine: ${(await import('node:os')).cpus().length} cores, load average ${load.toFixed(1)}`
  )
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-bench-library-'))
  try {
    await mkdir(join(folder, 'articles'), { recursive: true })
    // A library.json with a seeded sample, so opening the folder does not add the sample.
    await writeFile(
      join(folder, 'library.json'),
      JSON.stringify({ schemaVersion: 1, sampleSeededAt: AT })
    )
    let characters = 0
    let annotations = 0
    const names = new Set<string>()
    for (let n = 0; n < ARTICLES; n++) {
      const file = article(n)
      characters += file.blocks.reduce((sum, b) => sum + b.text.length, 0)
      annotations += file.annotations.length
      file.entities.forEach((e) => names.add(`${e.type}:${e.name}`))
      await writeFile(join(folder, 'articles', `${file.article.id}.json`), JSON.stringify(file))
    }
    console.log(
      `Library: ${ARTICLES} articles, ${(characters / 1e6).toFixed(2)} M characters, ${annotations} annotations, ${names.size} distinct entities`
    )

    // Floor: read and parse every file, nothing else.
    let t = performance.now()
    const parsed: ArticleFile[] = []
    for (const name of await readdir(join(folder, 'articles'))) {
      parsed.push(JSON.parse(await readFile(join(folder, 'articles', name), 'utf8')) as ArticleFile)
    }
    const floor = performance.now() - t

    t = performance.now()
    let cpu = process.cpuUsage()
    const library = await Library.open({ folder })
    const memory = new LibraryMemory(library)
    await memory.ready()
    const cold = performance.now() - t
    console.log(
      `Indexing from cold: ${ms(cold)} wall, ${ms(process.cpuUsage(cpu).user / 1000)} CPU (read + JSON.parse alone: ${ms(floor)}, ratio ${(cold / floor).toFixed(1)}×)`
    )

    // Queries: single words, prefixes being typed, two words, phrases, accents dropped.
    const queries: string[] = []
    for (let i = 0; i < 300; i++) {
      const word = pick(VOCABULARY)
      const kind = i % 5
      if (kind === 0) queries.push(word)
      else if (kind === 1) queries.push(word.slice(0, 4))
      else if (kind === 2) queries.push(`${word} ${pick(VOCABULARY)}`)
      else if (kind === 3) queries.push(`"${pick(ENTITIES).name}"`)
      else queries.push(foldForSearch(word))
    }
    const times: number[] = []
    let found = 0
    cpu = process.cpuUsage()
    for (const query of queries) {
      const q0 = performance.now()
      const result = await memory.search(query)
      times.push(performance.now() - q0)
      if (result.total > 0) found++
    }
    const queryCpu = process.cpuUsage(cpu).user / 1000 / queries.length
    times.sort((a, b) => a - b)

    // Baseline: fold every article's text and look for the query's words, per query.
    const scanTimes: number[] = []
    for (const query of queries.slice(0, 40)) {
      const words = foldForSearch(query.replace(/"/g, '')).split(' ')
      const q0 = performance.now()
      let hits = 0
      for (const file of parsed) {
        const folded = foldForSearch(file.blocks.map((b) => b.text).join(' '))
        if (words.every((w) => folded.includes(w))) hits++
      }
      scanTimes.push(performance.now() - q0)
      if (hits < 0) console.log(hits)
    }
    scanTimes.sort((a, b) => a - b)
    const p50 = percentile(times, 50)
    const p95 = percentile(times, 95)
    const scan50 = percentile(scanTimes, 50)
    console.log(
      `Query (${queries.length} queries, ${found} with hits): p50 ${ms(p50)}, p95 ${ms(p95)} (target p95 < 50 ms: ${p95 < 50 ? 'met' : 'MISSED'}), mean CPU ${ms(queryCpu)} per query; scanning every article per query: p50 ${ms(scan50)}, ratio ${(scan50 / p50).toFixed(0)}× faster`
    )

    const queueTimes: number[] = []
    let total = 0
    cpu = process.cpuUsage()
    for (let i = 0; i < 20; i++) {
      const q0 = performance.now()
      const view = await memory.queue({})
      queueTimes.push(performance.now() - q0)
      total = view.total
    }
    const queueCpu = process.cpuUsage(cpu).user / 1000 / 20
    queueTimes.sort((a, b) => a - b)
    const rebuild: number[] = []
    for (let i = 0; i < 5; i++) {
      const q0 = performance.now()
      queueView(parsed.map(queueItemsOf), {}, 1000)
      rebuild.push(performance.now() - q0)
    }
    rebuild.sort((a, b) => a - b)
    const queue50 = percentile(queueTimes, 50)
    const queueMax = queueTimes[queueTimes.length - 1]
    console.log(
      `Opening the queue (${total} items to check): p50 ${ms(queue50)}, worst ${ms(queueMax)} (target < 200 ms: ${queueMax < 200 ? 'met' : 'MISSED'}), mean CPU ${ms(queueCpu)}; rebuilding it from the articles: p50 ${ms(percentile(rebuild, 50))}, ratio ${(percentile(rebuild, 50) / queue50).toFixed(1)}×`
    )
    console.log(
      'Merging two entities used in 300 articles: not measured (no library-wide registry yet).'
    )
    memory.close()
    await library.close()
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

await main()
