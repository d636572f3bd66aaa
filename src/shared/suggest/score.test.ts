import { describe, expect, it } from 'vitest'
import { GoldArticle } from './gold'
import { precision, recall, scoreArticle } from './score'
import type { ArticleSuggestions } from './types'

const gold = GoldArticle.parse({
  language: 'en',
  articleDate: '2025-06-16',
  quotes: [
    { text: 'This is the missing piece', speaker: 'Mette Lindholm' },
    { text: 'We like what we see', speaker: 'Mette Lindholm' }
  ],
  money: [{ text: '$6bn', amount: 6e9, currency: 'USD' }],
  percentages: [],
  dates: [],
  people: [{ name: 'Mette Lindholm', aliases: ['Lindholm'] }],
  organisations: [{ name: 'Northwind Energy', aliases: ['Northwind'] }],
  ambiguous: ['London Gateway']
})

const span = (text: string) => ({ start: 0, end: text.length, text })

describe('scoreArticle', () => {
  it('counts matches per kind, with aliases, splits and ambiguous names', () => {
    const suggestions: ArticleSuggestions = {
      language: 'en',
      articleDate: '2025-06-16',
      quotes: [
        {
          kind: 'quote',
          key: 'a',
          span: span('This is the missing piece,'),
          speaker: { name: 'Lindholm', cue: 'verb' }
        },
        {
          kind: 'quote',
          key: 'b',
          span: span('We like what we see.'),
          speaker: { name: 'Northwind', cue: 'nearest-person' }
        },
        { kind: 'quote', key: 'c', span: span('not a quote at all really') }
      ],
      entities: [
        {
          kind: 'entity',
          key: 'm',
          type: 'money',
          name: '$6bn',
          value: { kind: 'money', amount: 6e9, currency: 'USD' },
          mentions: [span('$6bn'), span('$6bn')]
        },
        {
          kind: 'entity',
          key: 'o1',
          type: 'organisation',
          name: 'Northwind',
          mentions: [span('Northwind')]
        },
        {
          kind: 'entity',
          key: 'o2',
          type: 'organisation',
          name: 'Northwind Energy',
          mentions: [span('Northwind Energy')]
        },
        {
          kind: 'entity',
          key: 'o3',
          type: 'organisation',
          name: 'London Gateway',
          mentions: [span('London Gateway')]
        }
      ],
      checks: []
    }
    const s = scoreArticle(gold, suggestions)
    expect(s.quotes).toEqual({ matched: 2, suggested: 3, expected: 2 })
    expect(s.speakers).toEqual({ matched: 1, suggested: 2, expected: 2 })
    expect(s.money).toEqual({ matched: 1, suggested: 2, expected: 1 })
    expect(s.organisations).toEqual({ matched: 1, suggested: 2, expected: 1 })
    expect(s.people).toEqual({ matched: 0, suggested: 0, expected: 1 })
    expect(precision(s.people)).toBe(1)
    expect(recall(s.people)).toBe(0)
  })
})
