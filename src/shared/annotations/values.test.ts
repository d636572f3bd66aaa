import { describe, expect, it } from 'vitest'
import {
  decimalText,
  detectLocale,
  parseDate,
  parseEntityValue,
  parseMoney,
  parsePercentage
} from './values'

const money = (amount: number, currency = 'USD') => ({ kind: 'money', amount, currency })

describe('parseMoney', () => {
  it.each([
    ['14,3 G$', money(14.3e9)],
    ['14,3 milliards de dollars', money(14.3e9)],
    ['29 milliards de dollars', money(29e9)],
    ['$14.3 billion', money(14.3e9)],
    ['US$14.3bn', money(14.3e9)],
    ['14.3 billion dollars', money(14.3e9)],
    ['14 milliards $', money(14e9)],
    ['3 millions d’euros', money(3e6, 'EUR')],
    ['2,5 M€', money(2.5e6, 'EUR')],
    ['€2m', money(2e6, 'EUR')],
    ['£3.5 million', money(3.5e6, 'GBP')],
    ['1 500 000 $', money(1.5e6)],
    ['1\u202f500 $', money(1500)],
    ['$1,500,000', money(1.5e6)],
    ['14,3 G$ US', money(14.3e9)],
    ['10 milliards de dollars canadiens', money(10e9, 'CAD')],
    ['C$10 million', money(10e6, 'CAD')],
    ['USD 14.3 billion', money(14.3e9)],
    ['2 billions de dollars', money(2e12)],
    ['500 millions de yens', money(500e6, 'JPY')],
    ['la participation de 14,3 G$ de Meta', money(14.3e9)]
  ])('reads %s', (text, value) => {
    expect(parseMoney(text)).toEqual(value)
  })

  it.each(['1 500 employés', '14,3 milliards', 'Meta', '49 %', ''])(
    'gives nothing for %s (no currency)',
    (text) => {
      expect(parseMoney(text)).toBeUndefined()
    }
  )
})

describe('parsePercentage', () => {
  it.each([
    ['49 %', 49],
    ['49%', 49],
    ['une participation de 49 %', 49],
    ['12,5 pour cent', 12.5],
    ['3.5 per cent', 3.5],
    ['3.5 percent', 3.5],
    ['-2,4 %', -2.4]
  ])('reads %s', (text, percent) => {
    expect(parsePercentage(text)).toEqual({ kind: 'percentage', percent })
  })

  it('gives nothing without a percent sign or word', () => {
    expect(parsePercentage('49 employés')).toBeUndefined()
  })
})

describe('parseDate', () => {
  it.each([
    ['mai 2024', '2024-05'],
    ['en mai 2024', '2024-05'],
    ['May 2024', '2024-05'],
    ['2019', '2019'],
    ['depuis 2019', '2019'],
    ['12 juin 2025', '2025-06-12'],
    ['1er mai 2024', '2024-05-01'],
    ['June 12, 2025', '2025-06-12'],
    ['12 June 2025', '2025-06-12'],
    ['2024-05-12', '2024-05-12'],
    ['12/06/2025', '2025-06-12'],
    ['déc. 2023', '2023-12'],
    ['août 2021', '2021-08']
  ])('reads %s', (text, date) => {
    expect(parseDate(text)).toEqual({ kind: 'date', date })
  })

  it('reads a month-first numeric date in English text', () => {
    expect(parseDate('06/12/2025', { locale: 'en' })).toEqual({ kind: 'date', date: '2025-06-12' })
  })

  it('refuses impossible dates', () => {
    expect(parseDate('31 février 2024')).toBeUndefined()
    expect(parseDate('2024-13-01')).toBeUndefined()
  })

  it('reads a bare year only when the text is about little else, unless asked', () => {
    expect(parseDate('client de longue date depuis 2019')).toBeUndefined()
    expect(parseDate('client de longue date depuis 2019', { anyYear: true })).toEqual({
      kind: 'date',
      date: '2019'
    })
  })
})

describe('decimalText and detectLocale', () => {
  it('reads separators by convention', () => {
    expect(decimalText('14,3')).toBe('14.3')
    expect(decimalText('1,500', 'en')).toBe('1500')
    expect(decimalText('1,500', 'fr')).toBe('1.500')
    expect(decimalText('1.234,5')).toBe('1234.5')
    expect(decimalText('1,234.5')).toBe('1234.5')
    expect(decimalText('1 500')).toBe('1500')
    expect(decimalText('abc')).toBeUndefined()
  })

  it('tells French from English by their cues', () => {
    expect(detectLocale('14,3 milliards de dollars')).toBe('fr')
    expect(detectLocale('$14.3 billion')).toBe('en')
    expect(detectLocale('42')).toBeUndefined()
  })
})

describe('parseEntityValue', () => {
  it('uses the parser of the entity type', () => {
    expect(parseEntityValue('14,3 G$', 'money')).toEqual(money(14.3e9))
    expect(parseEntityValue('49 %', 'percentage')).toEqual({ kind: 'percentage', percent: 49 })
    expect(parseEntityValue('depuis longtemps, 2019', 'date')).toEqual({
      kind: 'date',
      date: '2019'
    })
    expect(parseEntityValue('Jason Droege', 'person')).toBeUndefined()
    expect(parseEntityValue('49 %', 'money')).toBeUndefined()
  })

  it('tries money, percentage then date without a type', () => {
    expect(parseEntityValue('14,3 G$')).toEqual(money(14.3e9))
    expect(parseEntityValue('49 %')).toEqual({ kind: 'percentage', percent: 49 })
    expect(parseEntityValue('mai 2024')).toEqual({ kind: 'date', date: '2024-05' })
    expect(parseEntityValue('Scale AI')).toBeUndefined()
  })
})
