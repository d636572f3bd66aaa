/**
 * Re-anchoring benchmark (not a test): `npx tsx bench/reanchor.ts`.
 *
 * 1. The annotated sample after 500 generated copy-edit passes (words swapped, sentences
 *    inserted and deleted, words changed): how many annotations whose words survived come
 *    back exactly there, and how many land on other words (must be 0).
 * 2. The long article with 10,000 annotations after a copy-edit pass of 60 changes spread
 *    over it: the time to re-anchor all of them (median of 5), against re-anchoring onto the
 *    unchanged text in the same run (the floor: every annotation found at its position).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { copyEdit, copyEditPass, expectedPlace } from '@shared/anchoring/copyEdit.testkit'
import { reanchorAnnotations } from '@shared/anchoring/reanchor'
import { articleFromNative, parseNativeDocument } from '@shared/export/native'
import type { Annotation } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import { against, median, report, type BenchRow } from './results'
import { seededRandom, workloadArticle } from './workload'

/** Recovered, survived and misplaced annotations of one re-anchoring against the truth. */
function score(
  before: readonly Annotation[],
  after: readonly Annotation[],
  edited: ReturnType<typeof copyEdit>
) {
  let survived = 0
  let recovered = 0
  let misplaced = 0
  before.forEach((a, i) => {
    const expected = expectedPlace(a, edited)
    const landed = after[i].orphaned ? null : after[i].target
    if (expected === 'deleted') {
      if (landed) misplaced++
    } else if (expected !== 'damaged') {
      survived++
      if (!landed) return
      if (landed.start === expected.start && landed.end === expected.end) recovered++
      else misplaced++
    }
  })
  return { survived, recovered, misplaced }
}

const rows: BenchRow[] = []

// 1. The sample, many passes.
const fixture = readFileSync(
  resolve(import.meta.dirname, '../tests/fixtures/scale-ai-meta.annotated.newsroom.json'),
  'utf8'
)
const sample = articleFromNative(parseNativeDocument(fixture))
const sampleText = plainText(sample.blocks)
let survived = 0
let recovered = 0
let misplaced = 0
for (const edits of fc.sample(copyEditPass, { numRuns: 500, seed: 42 })) {
  const edited = copyEdit(sampleText, sample.annotations, edits)
  const { annotations } = reanchorAnnotations(sample.annotations, edited.text)
  const s = score(sample.annotations, annotations, edited)
  survived += s.survived
  recovered += s.recovered
  misplaced += s.misplaced
}
rows.push(
  {
    workload: 'sample, 500 copy-edit passes',
    metric: 'survived annotations recovered',
    value: (100 * recovered) / survived,
    unit: '%'
  },
  {
    workload: 'sample, 500 copy-edit passes',
    metric: 'annotations on other words',
    value: misplaced,
    unit: 'count'
  }
)

// 2. The long article, 10,000 annotations.
const article = workloadArticle(10_000)
const text = plainText(article.blocks)
const random = seededRandom(3)
const length = new CodePointIndex(text).length
const kinds = ['replace-word', 'swap-words', 'insert-sentence', 'delete-sentence'] as const
const edits = Array.from({ length: 60 }, (_, i) => {
  const kind = kinds[i % kinds.length]
  const at = Math.floor(random() * length)
  if (kind === 'replace-word') return { kind, at, word: 'désormais' }
  if (kind === 'insert-sentence')
    return { kind, at, sentence: 'Cette précision a été ajoutée après la publication.' }
  return { kind, at }
})
const edited = copyEdit(text, article.annotations, edits)
const time = (onto: string) => {
  const samples: number[] = []
  let result!: ReturnType<typeof reanchorAnnotations>
  for (let run = 0; run < 5; run++) {
    // CPU time of this process: the figure that does not depend on what else the machine
    // runs (re-anchoring is single-threaded, so on a quiet machine it is the wall time too).
    const t0 = process.cpuUsage()
    result = reanchorAnnotations(article.annotations, onto)
    const used = process.cpuUsage(t0)
    samples.push((used.user + used.system) / 1000)
  }
  return { ms: median(samples), result }
}
const unchanged = time(text)
const corrected = time(edited.text)
const s = score(article.annotations, corrected.result.annotations, edited)
rows.push(
  against({
    workload: 'long article, 10,000 annotations',
    metric: 're-anchor after a copy-edit pass (CPU)',
    value: corrected.ms,
    unit: 'ms',
    baseline: unchanged.ms
  }),
  {
    workload: 'long article, 10,000 annotations',
    metric: 'survived annotations recovered',
    value: (100 * s.recovered) / s.survived,
    unit: '%'
  },
  {
    workload: 'long article, 10,000 annotations',
    metric: 'annotations on other words',
    value: s.misplaced,
    unit: 'count'
  }
)
report(rows)
