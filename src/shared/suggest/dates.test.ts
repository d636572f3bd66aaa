import { describe, expect, it } from 'vitest'
import { findDates } from './dates'
import type { SuggestLanguage } from './types'

const dates = (text: string, language: SuggestLanguage, articleDate = '2025-06-20') =>
  findDates(text, language, articleDate).map((h) => [
    text.slice(h.start, h.end),
    h.value.until ? `${h.value.date}/${h.value.until}` : h.value.date
  ])

describe('findDates', () => {
  it('reads French dates against the article date', () => {
    expect(
      dates(
        'À la mi-juin, client depuis 2019, lancés en avril, financement en mai 2024, le 12 juin 2025, hier, lundi dernier, fin 2024, l’an dernier, au printemps 2026.',
        'fr'
      )
    ).toEqual([
      ['mi-juin', '2025-06-11/2025-06-20'],
      ['2019', '2019'],
      ['avril', '2025-04'],
      ['mai 2024', '2024-05'],
      ['12 juin 2025', '2025-06-12'],
      ['hier', '2025-06-19'],
      ['lundi dernier', '2025-06-16'],
      ['fin 2024', '2024-09/2024-12'],
      ['l’an dernier', '2024'],
      ['printemps 2026', '2026-03/2026-06']
    ])
  })

  it('reads English dates, and leaves the verb "may" alone', () => {
    expect(
      dates(
        'It may launch in April 2025, on June 12, 2025, or on Tuesday morning; early 2024, Q3 2024, the first quarter of 2026, last year, in September.',
        'en'
      )
    ).toEqual([
      ['April 2025', '2025-04'],
      ['June 12, 2025', '2025-06-12'],
      ['Tuesday', '2025-06-17'],
      ['early 2024', '2024-01/2024-04'],
      ['Q3 2024', '2024-07/2024-09'],
      ['first quarter of 2026', '2026-01/2026-03'],
      ['last year', '2024'],
      ['September', '2025-09']
    ])
  })

  it('puts a month without a year in the nearest year', () => {
    expect(dates('Sales fell in December.', 'en', '2025-02-10')).toEqual([['December', '2024-12']])
    expect(dates('Les travaux débuteront le 3 novembre.', 'fr', '2025-06-19')).toEqual([
      ['3 novembre', '2025-11-03']
    ])
  })

  it('does not take a count for a year', () => {
    expect(dates('The port employs 1,900 people and 2019 employees joined; 2020 %.', 'en')).toEqual(
      []
    )
  })

  it('reads both months of a range, in one year', () => {
    expect(
      dates('Un déficit de pluie entre mars et mai, puis de novembre à février.', 'fr')
    ).toEqual([
      ['mars', '2025-03'],
      ['mai', '2025-05'],
      ['novembre', '2024-11'],
      ['février', '2025-02']
    ])
    expect(dates('Sales fell between March and May.', 'en')).toEqual([
      ['March', '2025-03'],
      ['May', '2025-05']
    ])
  })

  it('puts a weekday in the article’s week: today, the last one, or the next when the sentence looks ahead', () => {
    // 2025-07-18 is a Friday.
    expect(
      dates(
        'Flights were cancelled on Friday, the union said. Pilots voted on Tuesday. Talks are due to resume on Tuesday.',
        'en',
        '2025-07-18'
      )
    ).toEqual([
      ['Friday', '2025-07-18'],
      ['Tuesday', '2025-07-15'],
      ['Tuesday', '2025-07-22']
    ])
    expect(
      dates('Le syndicat a voté jeudi. La direction doit répondre lundi.', 'fr', '2025-07-18')
    ).toEqual([
      ['jeudi', '2025-07-17'],
      ['lundi', '2025-07-21']
    ])
  })

  it('reads half-years as six months', () => {
    expect(
      dates('Ventes en hausse au premier semestre 2025, puis au second semestre 2025.', 'fr')
    ).toEqual([
      ['premier semestre 2025', '2025-01/2025-06'],
      ['second semestre 2025', '2025-07/2025-12']
    ])
    expect(dates('Profit fell in the first half of 2024 and in H2 2024.', 'en')).toEqual([
      ['first half of 2024', '2024-01/2024-06'],
      ['H2 2024', '2024-07/2024-12']
    ])
  })
})
