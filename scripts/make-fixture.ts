/**
 * Writes tests/fixtures/scale-ai-meta.annotated.newsroom.json from the sample article
 * (`npm run fixture`). Every offset is found in the text by the builder, and the file is
 * checked like any export before it is written. Run it again whenever the sample cleaner
 * (src/shared/articleFromText.ts) changes; a unit test fails while the fixture is stale.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { exportNative } from '../src/shared/export/native'
import { writeFilesAtomically } from './cli/files'
import {
  buildScaleAiMetaFixture,
  FIXTURE_EXPORTED_AT,
  FIXTURE_PATH,
  SAMPLE_PATH
} from './fixture/scaleAiMeta'

const root = resolve(import.meta.dirname, '..')
const article = buildScaleAiMetaFixture(readFileSync(resolve(root, SAMPLE_PATH), 'utf8'))
const content = exportNative(article, { exportedAt: FIXTURE_EXPORTED_AT })
writeFilesAtomically([{ path: resolve(root, FIXTURE_PATH), content }])
const counts = new Map<string, number>()
for (const a of article.annotations) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1)
console.log(
  `Wrote ${FIXTURE_PATH}: ${article.entities.length} entities, ${article.annotations.length} annotations ` +
    `(${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})`
)
