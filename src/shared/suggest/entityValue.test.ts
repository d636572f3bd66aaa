import { describe, expect, it } from 'vitest'
import { EntityValue } from '../model'
import { entityValueOf } from './entityValue'

describe('entityValueOf', () => {
  it('keeps money and percentages, and keeps a date interval with both ends', () => {
    const values = [
      entityValueOf({ kind: 'money', amount: 14.3e9, currency: 'USD' }),
      entityValueOf({ kind: 'percentage', percent: 49, fraction: 0.49 }),
      entityValueOf({ kind: 'date', date: '2025-06-11', until: '2025-06-20' }),
      entityValueOf({ kind: 'date', date: '2024-09', until: '2024-12' }),
      entityValueOf({ kind: 'date', date: '2019' })
    ]
    expect(values).toEqual([
      { kind: 'money', amount: 14.3e9, currency: 'USD' },
      { kind: 'percentage', percent: 49 },
      { kind: 'date', date: '2025-06-11', until: '2025-06-20' },
      { kind: 'date', date: '2024-09', until: '2024-12' },
      { kind: 'date', date: '2019' }
    ])
    for (const v of values) expect(EntityValue.safeParse(v).success).toBe(true)
  })
})
