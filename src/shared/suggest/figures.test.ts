import { describe, expect, it } from 'vitest'
import { findMoneyHits, findPercentageHits } from './figures'

describe('figures', () => {
  it('reads French and English amounts of money with the precision they are written to', () => {
    const fr =
      'Meta a payé 14,3 G$, soit 14,3 milliards de dollars ; environ 29 milliards de dollars.'
    const en = 'Meta paid $14.3bn, or 14.3 billion dollars.'
    const frHits = findMoneyHits(fr, 'fr')
    const enHits = findMoneyHits(en, 'en')
    const hits = [...frHits.slice(0, 2), ...enHits, frHits[2]]
    expect([
      ...frHits.map((h) => fr.slice(h.start, h.end)),
      ...enHits.map((h) => en.slice(h.start, h.end))
    ]).toEqual([
      '14,3 G$',
      '14,3 milliards de dollars',
      '29 milliards de dollars',
      '$14.3bn',
      '14.3 billion dollars'
    ])
    for (const h of hits.slice(0, 4)) {
      expect(h.value).toEqual({ kind: 'money', amount: 14.3e9, currency: 'USD' })
      expect(h.unit).toBeCloseTo(1e8)
    }
    expect(hits[4].unit).toBeCloseTo(1e9)
    expect(hits[4].approximate).toBe(true)
    expect(hits[0].approximate).toBe(false)
  })

  it('reads a French "billion" as a thousand milliards', () => {
    const [hit] = findMoneyHits('un déficit de 1,2 billion d’euros', 'fr')
    expect(hit.value).toEqual({ kind: 'money', amount: 1.2e12, currency: 'EUR' })
  })

  it('reads percentages as a fraction too', () => {
    const text = 'Une participation de 49 %, 12,5 pour cent, 3.5 per cent, 7%.'
    expect(
      findPercentageHits(text, 'fr').map((h) => [text.slice(h.start, h.end), h.value])
    ).toEqual([
      ['49 %', { kind: 'percentage', percent: 49, fraction: 0.49 }],
      ['12,5 pour cent', { kind: 'percentage', percent: 12.5, fraction: 0.125 }],
      ['3.5 per cent', { kind: 'percentage', percent: 3.5, fraction: 0.035 }],
      ['7%', { kind: 'percentage', percent: 7, fraction: 0.07 }]
    ])
  })
})
