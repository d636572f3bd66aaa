import { describe, expect, it } from 'vitest'
import type { ArticleFile, EntityValue } from '../model'
import { exportArticle, exportedText } from './index'
import { articleFromNative, importNative, parseNativeDocument } from './native'
import { importW3c } from './w3cImport'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const base = articleFromNative(parseNativeDocument(FIXTURE))

/** The fixture with values changed as an editor would in the entity dialog. */
function edited(values: Record<string, EntityValue>): ArticleFile {
  return {
    ...base,
    entities: base.entities.map((e) => (values[e.id] ? { ...e, value: values[e.id] } : e))
  }
}

const file = edited({
  'meta-investment-amount': { kind: 'money', amount: 14.5e9, currency: 'EUR' },
  'meta-stake-percentage': { kind: 'percentage', percent: 49.5 },
  'date-mid-june-2025': { kind: 'date', date: '2025-06-11', until: '2025-06-20' }
})

const content = (format: 'native' | 'w3c' | 'csv', suffix: string): string =>
  exportedText(exportArticle(file, format).find((f) => f.suffix === suffix)!)

describe('edited values in every export', () => {
  it('native: the values as edited, a date interval with its end, read back the same', () => {
    const text = content('native', '.newsroom.json')
    const back = importNative(text)
    const value = (id: string) => back.entities.find((e) => e.id === id)?.value
    expect(value('meta-investment-amount')).toEqual({
      kind: 'money',
      amount: 14.5e9,
      currency: 'EUR'
    })
    expect(value('meta-stake-percentage')).toEqual({ kind: 'percentage', percent: 49.5 })
    expect(value('date-mid-june-2025')).toEqual({
      kind: 'date',
      date: '2025-06-11',
      until: '2025-06-20'
    })
  })

  it('W3C: the interval and the fraction are in the entity node, and read back', () => {
    const text = content('w3c', '.jsonld')
    const nodes = (JSON.parse(text) as { entities: Record<string, unknown>[] }).entities
    const valueOf = (name: string) => nodes.find((n) => n.name === name)?.normalizedValue
    expect(valueOf('49 %')).toEqual({ valueKind: 'percentage', percent: 49.5, fraction: 0.495 })
    expect(valueOf('mi-juin 2025')).toEqual({
      valueKind: 'date',
      date: '2025-06-11',
      until: '2025-06-20'
    })
    const { file: back } = importW3c(text, base)
    expect(back.entities.find((e) => e.id === 'date-mid-june-2025')?.value).toEqual({
      kind: 'date',
      date: '2025-06-11',
      until: '2025-06-20'
    })
    expect(back.entities.find((e) => e.id === 'meta-investment-amount')?.value).toEqual({
      kind: 'money',
      amount: 14.5e9,
      currency: 'EUR'
    })
  })

  it('CSV: one value cell per entity, an interval in ISO 8601 interval notation', () => {
    const csv = content('csv', '.entities.csv')
    expect(csv).toContain('14500000000 EUR')
    expect(csv).toContain('49.5 %')
    expect(csv).toContain('2025-06-11/2025-06-20')
  })

  it('refuses a date interval whose dates are not ISO dates', () => {
    const bad = edited({
      'date-mid-june-2025': { kind: 'date', date: '2025-06-11', until: '20 juin' }
    })
    expect(() => exportArticle(bad, 'native')).toThrow(/until/)
  })
})
