/**
 * Property tests of re-anchoring over random texts (emoji and other astral characters,
 * combining accents, no-break spaces) and random overlapping annotations.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../model'
import { CodePointIndex, plainText, QUOTE_CONTEXT } from '../text'
import { annotatedArticle, TEXT_PIECES } from '../export/arbitraries.testkit'
import { reanchorAnnotations } from './reanchor'

const RUNS = 300

/** Generous: the machines that run these are often busy with other suites. */
const PROPERTY_TIMEOUT = 120_000

/** `[...text].slice(start, end).join('')`. */
function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('')
}

/** Occurrences of `needle` in `text`. */
function count(text: string, needle: string): number {
  let n = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++
  return n
}

/** Every annotation is either anchored (offsets rule holds) or a flagged orphan, none lost. */
function expectSound(
  before: readonly Annotation[],
  after: readonly Annotation[],
  text: string
): void {
  expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id))
  for (const a of after) {
    if (!a.orphaned) expect(slice(text, a.target.start, a.target.end)).toBe(a.target.exact)
    expect(a.target.end).toBeLessThanOrEqual([...text].length)
  }
}

describe('re-anchoring (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('leaves an unchanged text exactly as it was', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const text = plainText(file.blocks)
        const { annotations, report } = reanchorAnnotations(file.annotations, text)
        expect(annotations).toEqual(file.annotations)
        expect(report.fuzzy).toBe(0)
        expect(report.orphan).toBe(file.annotations.filter((a) => a.orphaned).length)
      }),
      { numRuns: RUNS }
    )
  })

  it('follows an insertion: annotations away from it stay exact, at the shifted place when unique', () => {
    const insertion = fc
      .array(fc.constantFrom(...TEXT_PIECES), { minLength: 1, maxLength: 4 })
      .map((pieces) => ` ${pieces.join(' ')} `.normalize('NFC'))
    fc.assert(
      fc.property(
        annotatedArticle,
        insertion,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (file, inserted, where) => {
          const text = plainText(file.blocks)
          const points = [...text]
          const at = Math.floor(where * points.length)
          const next = points.slice(0, at).join('') + inserted + points.slice(at).join('')
          // NFC could merge a combining mark across the seam; the property is about plain edits.
          fc.pre(next.normalize('NFC') === next)
          const shift = [...inserted].length
          const { annotations, report } = reanchorAnnotations(file.annotations, next)
          expectSound(file.annotations, annotations, next)
          expect(report.total).toBe(file.annotations.length)
          file.annotations.forEach((before, i) => {
            const after = annotations[i]
            const { start, end, exact } = before.target
            const untouched =
              !before.orphaned &&
              exact !== '' &&
              (at <= start - QUOTE_CONTEXT || at >= end + QUOTE_CONTEXT)
            if (!untouched) return
            expect(report.rows[i].status).toBe('exact')
            expect(after.target.exact).toBe(exact)
            if (count(next, exact) === 1) {
              const moved = at <= start ? shift : 0
              expect([after.target.start, after.target.end]).toEqual([start + moved, end + moved])
            }
          })
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('re-anchors a quote with one character changed, fuzzily and in place', () => {
    fc.assert(
      fc.property(
        annotatedArticle,
        fc.nat(),
        fc.constantFrom('X', 'é', '😀', '\u00a0'),
        (file, pick, replacement) => {
          const text = plainText(file.blocks)
          const index = new CodePointIndex(text)
          const candidates = file.annotations.filter((a) => {
            const { start, end, exact, prefix, suffix } = a.target
            return (
              !a.orphaned &&
              end - start >= 12 &&
              count(text, exact) === 1 &&
              [...prefix].length === QUOTE_CONTEXT &&
              [...suffix].length === QUOTE_CONTEXT &&
              start >= 0 &&
              end <= index.length
            )
          })
          fc.pre(candidates.length > 0)
          const chosen = candidates[pick % candidates.length]
          const { start, end } = chosen.target
          const middle = start + Math.floor((end - start) / 2)
          const points = [...text]
          fc.pre(
            points[middle] !== replacement && !/[\u0300-\u036f]/.test(points[middle + 1] ?? '')
          )
          points[middle] = replacement
          const next = points.join('')
          fc.pre(next.normalize('NFC') === next)
          const { annotations, report } = reanchorAnnotations([chosen], next)
          expectSound([chosen], annotations, next)
          expect(report.rows[0].status).toBe('fuzzy')
          expect(Math.abs(annotations[0].target.start - start)).toBeLessThanOrEqual(1)
          expect(Math.abs(annotations[0].target.end - end)).toBeLessThanOrEqual(1)
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('never loses an annotation, whatever is deleted', () => {
    fc.assert(
      fc.property(
        annotatedArticle,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (file, where, length) => {
          const points = [...plainText(file.blocks)]
          const at = Math.floor(where * points.length)
          const next = (
            points.slice(0, at).join('') + points.slice(at + length).join('')
          ).normalize('NFC')
          const { annotations, report } = reanchorAnnotations(file.annotations, next)
          expectSound(file.annotations, annotations, next)
          expect(report.exact + report.fuzzy + report.orphan).toBe(file.annotations.length)
        }
      ),
      { numRuns: RUNS }
    )
  })
})
