/**
 * Property tests of the three export formats over random articles: text with emoji and other
 * astral characters, combining accents, no-break spaces; random overlapping annotation sets
 * with orphans; entity registries with normalised values.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArticleFile } from '../model'
import { plainText } from '../text'
import { annotatedArticle } from './arbitraries.testkit'
import { csvFromNative } from './csv'
import { parseCsv } from './csvReader.testkit'
import { jsonSchemaProblems } from './jsonSchemaCheck'
import { exportNative, importNative, toNativeDocument } from './native'
import { exportW3c } from './w3cExport'
import { importW3c } from './w3cImport'

/** Runs per property; the seed is printed by fast-check when one fails. */
export const PROPERTY_RUNS = 300

const AT = '2025-06-20T12:00:00.000Z'

/** Generous: the machines that run these are often busy with other suites. */
const PROPERTY_TIMEOUT = 120_000

/** `[...text].slice(start, end).join('')`: the offsets rule, spelled as any reader would. */
function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('')
}

/** The article as its export restores it (prefix and suffix taken from the text). */
function canonical(file: ArticleFile): ArticleFile {
  return importNative(exportNative(file, { exportedAt: AT }))
}

describe('native format (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('round-trips losslessly and re-exports identically', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const first = exportNative(file, { exportedAt: AT })
        const restored = importNative(first)
        expect(restored).toEqual(file)
        expect(exportNative(restored, { exportedAt: AT })).toBe(first)
      }),
      { numRuns: PROPERTY_RUNS }
    )
  })

  it('holds the offsets rule for every anchored annotation and validates against the JSON Schema', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const json = JSON.parse(exportNative(file, { exportedAt: AT }))
        expect(jsonSchemaProblems(json)).toEqual([])
        expect(json.text).toBe(plainText(file.blocks))
        for (const block of json.blocks) expect(block.end).toBeGreaterThanOrEqual(block.start)
        for (const a of json.annotations) {
          if (!a.orphaned)
            expect(slice(json.text, a.target.start, a.target.end)).toBe(a.target.exact)
          expect(a.target.end).toBeLessThanOrEqual([...json.text].length)
        }
      }),
      { numRuns: PROPERTY_RUNS }
    )
  })
})

describe('W3C format (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('round-trips onto the same article', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const expected = canonical(file)
        const { file: restored, report } = importW3c(exportW3c(file, { exportedAt: AT }), {
          ...expected,
          entities: [],
          annotations: []
        })
        expect(restored).toEqual(expected)
        expect(report.fuzzy).toBe(0)
        expect(report.orphan).toBe(file.annotations.filter((a) => a.orphaned).length)
      }),
      { numRuns: PROPERTY_RUNS }
    )
  })

  it('has position selectors that hold in code points', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const text = plainText(file.blocks)
        const collection = JSON.parse(exportW3c(file, { exportedAt: AT }))
        for (const item of collection.first.items) {
          const quote = item.target.selector.find(
            (s: { type: string }) => s.type === 'TextQuoteSelector'
          )
          const position = item.target.selector.find(
            (s: { type: string }) => s.type === 'TextPositionSelector'
          )
          expect(quote).toBeDefined()
          if (item.orphaned) expect(position).toBeUndefined()
          else expect(slice(text, position.start, position.end)).toBe(quote.exact)
        }
      }),
      { numRuns: PROPERTY_RUNS }
    )
  })
})

describe('CSV format (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('reads back as RFC 4180 with one row per quote and per mention, offsets holding', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const doc = toNativeDocument(file, { exportedAt: AT })
        const { quotes, entities } = csvFromNative(doc)
        const quoteRows = parseCsv(quotes).slice(1)
        const entityRows = parseCsv(entities).slice(1)
        const quoteCount = doc.annotations.filter((a) => a.kind === 'quote').length
        const mentionCount = doc.annotations.filter((a) => a.kind === 'mention').length
        const unmentioned = doc.entities.filter(
          (e) => !doc.annotations.some((a) => a.kind === 'mention' && a.entityId === e.id)
        ).length
        expect(quoteRows).toHaveLength(quoteCount)
        expect(entityRows).toHaveLength(mentionCount + unmentioned)
        const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)
        for (const row of [...quoteRows, ...entityRows]) {
          for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false)
        }
        for (const row of quoteRows) {
          if (row[5] !== '')
            expect(slice(doc.text, Number(row[5]), Number(row[6]))).toBe(unneutralised(row[1]))
        }
        for (const row of entityRows) {
          if (row[7] !== '')
            expect(slice(doc.text, Number(row[7]), Number(row[8]))).toBe(unneutralised(row[6]))
        }
      }),
      { numRuns: PROPERTY_RUNS }
    )
  })
})
