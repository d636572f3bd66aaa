import { describe, expect, it } from 'vitest'
import {
  csvDocument,
  csvField,
  csvFromNative,
  ENTITY_COLUMNS,
  formatValue,
  QUOTE_COLUMNS
} from './csv'
import { parseNativeDocument } from './native'
import { parseCsv } from './csvReader.testkit'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

describe('CSV fields', () => {
  it('quotes commas, double quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(undefined)).toBe('')
    expect(csvField(42)).toBe('42')
  })

  it('neutralises formulas with an apostrophe', () => {
    for (const danger of ['=SUM(A1)', '+33 1', '-5', '@here', '\tx', '\rx']) {
      expect(csvField(danger).replace(/^"/, '').startsWith("'")).toBe(true)
    }
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('a=b')).toBe('a=b')
  })

  it('writes a BOM, CRLF after every record', () => {
    const text = csvDocument(['a', 'b'], [['1', 'x,y']])
    expect(text).toBe('\ufeffa,b\r\n1,"x,y"\r\n')
  })

  it('formats normalised values readably', () => {
    expect(formatValue({ kind: 'money', amount: 14.3e9, currency: 'USD' })).toBe('14300000000 USD')
    expect(formatValue({ kind: 'percentage', percent: 49 })).toBe('49 %')
    expect(formatValue({ kind: 'date', date: '2025-06' })).toBe('2025-06')
    expect(formatValue({ kind: 'quantity', amount: 1500, unit: 'employees' })).toBe(
      '1500 employees'
    )
    expect(formatValue(undefined)).toBe('')
  })
})

describe('CSV export of the fixture', () => {
  const doc = parseNativeDocument(FIXTURE)
  const { quotes, entities } = csvFromNative(doc)
  const points = [...doc.text]

  it('has one quote row per quote, with speaker, text and offsets that hold', () => {
    const rows = parseCsv(quotes)
    expect(rows[0]).toEqual([...QUOTE_COLUMNS])
    const body = rows.slice(1)
    expect(body).toHaveLength(doc.annotations.filter((a) => a.kind === 'quote').length)
    for (const [speaker, quote, kind, status, , start, end] of body) {
      expect(points.slice(Number(start), Number(end)).join('')).toBe(quote)
      expect(['direct', 'indirect', 'paraphrase']).toContain(kind)
      expect(status).toBe('needs-checking')
      expect(typeof speaker).toBe('string')
    }
    const memo = body.find((r) => r[1].startsWith('contrairement'))!
    expect(memo[0]).toBe('Jason Droege')
    expect(memo[2]).toBe('direct')
    const unattributed = body.find((r) => r[1].startsWith('si elle'))!
    expect(unattributed[0]).toBe('')
  })

  it('has one entity row per mention, with the entity described on each', () => {
    const rows = parseCsv(entities)
    expect(rows[0]).toEqual([...ENTITY_COLUMNS])
    const body = rows.slice(1)
    expect(body).toHaveLength(doc.annotations.filter((a) => a.kind === 'mention').length)
    for (const [, , , , , , mention, start, end] of body) {
      expect(points.slice(Number(start), Number(end)).join('')).toBe(mention)
    }
    const meta = body.filter((r) => r[0] === 'meta')
    expect(meta[0].slice(0, 6)).toEqual([
      'meta',
      'organisation',
      'Meta Platforms',
      'Meta',
      'Q380',
      ''
    ])
    expect(meta.map((r) => r[6])).toContain('la société')
    const stake = body.find((r) => r[0] === 'meta-investment-amount')!
    expect(stake[5]).toBe('14300000000 USD')
  })
})
