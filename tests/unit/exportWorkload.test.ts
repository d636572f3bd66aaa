import { describe, expect, it } from 'vitest'
import {
  checkedForExport,
  nativePieces,
  serializeNative,
  toNativeDocument,
  w3cPieces
} from '../../src/shared/export'
import { referenceW3cText } from '../../src/shared/export/w3cReference.testkit'
import { workloadArticle } from '../../bench/workload'

const AT = '2026-11-30T12:00:00.000Z'

describe('exports of the benchmark workload articles', () => {
  for (const count of [1000, 10000]) {
    it(`W3C with ${count} annotations is byte for byte the collection built as objects`, () => {
      const file = workloadArticle(count)
      const text = [...w3cPieces(checkedForExport(file, { exportedAt: AT }))].join('')
      expect(text).toBe(referenceW3cText(toNativeDocument(file, { exportedAt: AT })))
    })

    it(`native with ${count} annotations is byte for byte the document built as objects`, () => {
      const file = workloadArticle(count)
      const text = [...nativePieces(checkedForExport(file, { exportedAt: AT }))].join('')
      expect(text).toBe(serializeNative(toNativeDocument(file, { exportedAt: AT })))
    })
  }
})
