import { describe, expect, it } from 'vitest'
import { dateBounds, readAmount, readValueInput, valueInputOf } from './valueInput'

describe('readAmount', () => {
  it('reads amounts as digits or as news copy writes them', () => {
    expect(readAmount('14300000000', 'fr')).toBe(14.3e9)
    expect(readAmount('14 300 000 000', 'fr')).toBe(14.3e9)
    expect(readAmount('14,3 milliards', 'fr')).toBe(14.3e9)
    expect(readAmount('14.3bn', 'en')).toBe(14.3e9)
    expect(readAmount('$14.3 billion', 'en')).toBe(14.3e9)
    expect(readAmount('300m', 'en')).toBe(3e8)
  })

  it('refuses what is not an amount', () => {
    expect(readAmount('', 'en')).toBeUndefined()
    expect(readAmount('lots', 'en')).toBeUndefined()
    expect(readAmount('14 zillions', 'en')).toBeUndefined()
    expect(readAmount('1.2.3,4,5', 'en')).toBeUndefined()
  })
})

describe('readValueInput', () => {
  it('reads money as an amount and an ISO 4217 currency', () => {
    expect(readValueInput('money', { amount: '14,5 milliards', currency: 'eur' }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'money', amount: 14.5e9, currency: 'EUR' }
    })
    // The currency written in the amount fills an empty currency field.
    expect(readValueInput('money', { amount: '14,3 G$', currency: '' }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'money', amount: 14.3e9, currency: 'USD' }
    })
  })

  it('refuses a bad amount, a bad currency, or an amount without a currency', () => {
    expect(readValueInput('money', { amount: 'beaucoup', currency: 'USD' }, 'fr')).toEqual({
      ok: false,
      problem: 'amount'
    })
    expect(readValueInput('money', { amount: '12', currency: 'dollars' }, 'en')).toEqual({
      ok: false,
      problem: 'currency'
    })
    expect(readValueInput('money', { amount: '12', currency: '' }, 'en')).toEqual({
      ok: false,
      problem: 'incomplete'
    })
  })

  it('clears the value when every field is empty', () => {
    expect(readValueInput('money', { amount: ' ', currency: '' }, 'en')).toEqual({
      ok: true,
      value: null
    })
    expect(readValueInput('date', {}, 'en')).toEqual({ ok: true, value: null })
  })

  it('reads a percent with or without its sign, in either notation', () => {
    expect(readValueInput('percentage', { percent: '49 %' }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'percentage', percent: 49 }
    })
    expect(readValueInput('percentage', { percent: '12,5' }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'percentage', percent: 12.5 }
    })
    expect(readValueInput('percentage', { percent: 'half' }, 'en')).toEqual({
      ok: false,
      problem: 'percent'
    })
  })

  it('reads a date or an interval, and refuses impossible or reversed ones', () => {
    expect(readValueInput('date', { date: '2025-06-11', until: '2025-06-20' }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'date', date: '2025-06-11', until: '2025-06-20' }
    })
    expect(readValueInput('date', { date: '2024-05', until: '' }, 'fr')).toEqual({
      ok: true,
      value: { kind: 'date', date: '2024-05' }
    })
    // An interval inside its own month is allowed at mixed precision.
    expect(readValueInput('date', { date: '2025-06', until: '2025-06-10' }, 'fr').ok).toBe(true)
    const problem = (date: string, until = '') =>
      (readValueInput('date', { date, until }, 'en') as { problem?: string }).problem
    expect(problem('mid-June')).toBe('date')
    expect(problem('2025-02-30')).toBe('date')
    expect(problem('2025-13')).toBe('date')
    expect(problem('2025-06-11', 'June 20')).toBe('until')
    expect(problem('2025-06-20', '2025-06-11')).toBe('until-before-date')
    expect(problem('', '2025-06-11')).toBe('incomplete')
  })

  it('round-trips a value through the form fields', () => {
    const values = [
      { kind: 'money', amount: 14.3e9, currency: 'USD' },
      { kind: 'percentage', percent: 49 },
      { kind: 'date', date: '2025-06-11', until: '2025-06-20' }
    ] as const
    for (const v of values) {
      expect(readValueInput(v.kind, valueInputOf(v), 'en')).toEqual({ ok: true, value: v })
    }
  })
})

describe('dateBounds', () => {
  it('gives the first and last day of a year, a month or a day', () => {
    expect(dateBounds('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' })
    expect(dateBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' })
    expect(dateBounds('2025-06-12')).toEqual({ first: '2025-06-12', last: '2025-06-12' })
  })
})
