/**
 * Re-anchoring after copy-edit passes over the annotated sample: words swapped, sentences
 * inserted and deleted, short phrases changed, each pass applied so that the truth is known
 * (see `copyEdit.testkit.ts`). Two promises, checked on every pass: no annotation ever lands
 * on other words than its own, and nearly every annotation whose words survived comes back
 * exactly there (at least 99 % over all passes, as Hypothesis manages).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleFromNative, parseNativeDocument } from '../export/native'
import { plainText } from '../text'
import { reanchorAnnotations } from './reanchor'
import { copyEdit, copyEditPass, expectedPlace } from './copyEdit.testkit'
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const RUNS = 300

describe('re-anchoring after a copy-edit pass', { timeout: 120_000 }, () => {
  const article = articleFromNative(parseNativeDocument(FIXTURE))
  const text = plainText(article.blocks)

  it('never lands on other words, and brings back at least 99 % of what survived', () => {
    let survived = 0
    let recovered = 0
    const lost: string[] = []
    fc.assert(
      fc.property(copyEditPass, (edits) => {
        const edited = copyEdit(text, article.annotations, edits)
        const points = [...edited.text]
        const { annotations, report } = reanchorAnnotations(article.annotations, edited.text)
        annotations.forEach((after, i) => {
          const before = article.annotations[i]
          const expected = expectedPlace(before, edited)
          const landed = after.orphaned ? null : after.target
          if (landed) {
            expect(points.slice(landed.start, landed.end).join('')).toBe(landed.exact)
          }
          if (expected === 'deleted') {
            expect(landed, `${before.id} was deleted but landed`).toBeNull()
          } else if (expected === 'damaged') {
            if (landed) {
              const survivors = Array.from(
                edited.newIndexOf.subarray(before.target.start, before.target.end)
              ).filter((n) => n >= 0)
              const overlaps = survivors.some((n) => n >= landed.start && n < landed.end)
              expect(overlaps, `${before.id} landed away from what is left of it`).toBe(true)
            }
          } else {
            survived++
            if (landed) {
              expect(
                { start: landed.start, end: landed.end },
                `${before.id} landed on other words`
              ).toEqual(expected)
              recovered++
            } else {
              const row = report.rows[i]
              lost.push(`${before.id} ${JSON.stringify(before.target.exact)}: ${row.reason}`)
            }
          }
        })
      }),
      { numRuns: RUNS, seed: 20261129 }
    )
    const recall = recovered / survived
    expect(recall, `lost ${lost.length}: ${lost.slice(0, 12).join('; ')}`).toBeGreaterThanOrEqual(
      0.99
    )
  })
})
