import { describe, expect, it } from 'vitest'
import { checkSentence } from './arithmetic'
import { findMoneyHits, findPercentageHits } from './figures'
import type { SuggestLanguage } from './types'

function check(text: string, language: SuggestLanguage) {
  return checkSentence(
    text,
    { start: 0, end: text.length },
    findMoneyHits(text, language),
    findPercentageHits(text, language),
    language
  )
}

describe('figures checked against each other', () => {
  it('finds that 14.3 billion for 49 % agrees with a valuation of 29 billion', () => {
    const [c] = check(
      'L’investissement de 14,3 milliards de dollars de Meta pour une participation de 49 %, ce qui valorise la firme à 29 milliards de dollars.',
      'fr'
    )
    expect(c.relation).toBe('stake')
    expect(c.verdict).toBe('agrees')
    expect(c.expected).toBeCloseTo(29.18e9, -7)
    expect(c.explanation).toContain('29,2 milliards de dollars')
  })

  it('explains a valuation the stake does not support', () => {
    const [c] = check('The fund takes 20% for €45m, which values the company at €300m.', 'en')
    expect(c.verdict).toBe('disagrees')
    expect(c.expected).toBeCloseTo(225e6, -3)
    expect(c.explanation).toMatch(/225 million euros.*€300m|225 million euros.*300 million euros/)
  })

  it('checks a stated total, with the rounding of each figure', () => {
    const agrees = check(
      'The overspend breaks down into £12m on agency staff, £20m on drugs and £16m on IT, a total of £48m.',
      'en'
    )
    expect(agrees.map((c) => [c.relation, c.verdict])).toEqual([['total', 'agrees']])
    const disagrees = check(
      'Le financement se répartit entre 90 millions d’euros, 40 millions d’euros et 26 millions d’euros, soit 166 millions d’euros au total.',
      'fr'
    )
    expect(disagrees.map((c) => [c.relation, c.verdict])).toEqual([['total', 'disagrees']])
    expect(disagrees[0].expected).toBe(156e6)
  })

  it('checks a change stated as an amount or a percentage', () => {
    const ok = check(
      'Le coût passe de 120 millions d’euros à 156 millions d’euros, soit une hausse de 30 %.',
      'fr'
    )
    expect(ok.map((c) => [c.relation, c.verdict])).toEqual([['difference', 'agrees']])
    const wrong = check('The bill fell from £31m to £25m, a fall of 29%.', 'en')
    expect(wrong.map((c) => [c.relation, c.verdict])).toEqual([['difference', 'disagrees']])
    const points = check('Le taux est passé de 10 % à 12 %, soit une hausse de 2 %.', 'fr')
    expect(points.map((c) => c.verdict)).toEqual(['agrees'])
  })

  it('says nothing where the text states no relation', () => {
    expect(check('Scale AI était évaluée à 14 milliards de dollars en mai 2024.', 'fr')).toEqual([])
    expect(check('Revenue rose to $11.7bn from $10.9bn and margins reached 12%.', 'en')).toEqual([])
  })
})
