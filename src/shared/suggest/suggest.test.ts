import { describe, expect, it } from 'vitest'
import { articleFromScrapedText, blocksFromPlainText } from '../articleFromText'
import { newMention, newQuote, targetOf } from '../annotations/factory'
import { plainText } from '../text'
import { suggest } from './suggest'
// The sample as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import SAMPLE_TEXT from '../../../resources/articles/scale-ai-meta.fr.txt?raw'

const sample = articleFromScrapedText(SAMPLE_TEXT)

describe('suggest on the Scale AI sample', () => {
  const s = suggest({ blocks: sample.blocks, articleDate: '2025-06-20' })

  it('offers the three quotes in « », all said by Jason Droege, and not the single words', () => {
    expect(s.language).toBe('fr')
    expect(s.quotes.map((q) => [q.span.text.slice(0, 30), q.speaker?.name])).toEqual([
      ['contrairement à d’autres trans', 'Jason Droege'],
      ['Scale demeure, sans équivoque,', 'Jason Droege'],
      ['validation de la trajectoire q', 'Jason Droege']
    ])
    const all = s.quotes.map((q) => q.span.text).join(' ')
    expect(all).not.toContain('superintelligence')
    expect(all).not.toContain('Behemoth')
  })

  it('offers "14,3 G$" and "14,3 milliards de dollars" as one amount', () => {
    const stake = s.entities.find((e) => e.type === 'money' && e.name.startsWith('14,3'))
    expect(stake?.value).toEqual({ kind: 'money', amount: 14.3e9, currency: 'USD' })
    expect(stake?.mentions.map((m) => m.text)).toEqual([
      '14,3 G$',
      '14,3 milliards de dollars',
      '14,3 milliards de dollars'
    ])
    const share = s.entities.find((e) => e.type === 'percentage')
    expect(share?.value).toEqual({ kind: 'percentage', percent: 49, fraction: 0.49 })
    const dates = s.entities.filter((e) => e.type === 'date').map((e) => [e.name, e.value])
    expect(dates).toEqual([
      ['2019', { kind: 'date', date: '2019' }],
      ['mi-juin', { kind: 'date', date: '2025-06-11', until: '2025-06-20' }],
      ['avril', { kind: 'date', date: '2025-04' }],
      ['mai 2024', { kind: 'date', date: '2024-05' }]
    ])
  })

  it('finds that 14.3 billion for 49 % agrees with 29 billion', () => {
    expect(s.checks.map((c) => [c.relation, c.verdict])).toEqual([['stake', 'agrees']])
    expect(s.checks[0].spans.map((x) => x.text)).toEqual([
      '14,3 milliards de dollars',
      '49 %',
      '29 milliards de dollars'
    ])
  })

  it('gives offsets in code points over the plain text', () => {
    const text = plainText(sample.blocks)
    for (const q of s.quotes) {
      expect([...text].slice(q.span.start, q.span.end).join('')).toBe(q.span.text)
    }
  })

  it('does not offer again what is annotated already', () => {
    const text = plainText(sample.blocks)
    const quote = s.quotes[1]
    const money = s.entities.find((e) => e.type === 'money')!
    const ctx = { author: 'desk', now: new Date('2025-06-20T10:00:00Z') }
    const annotations = [
      newQuote(targetOf(text, quote.span), { speakerId: null }, ctx),
      ...money.mentions.map((m) => newMention(targetOf(text, m), 'amount', ctx))
    ]
    const again = suggest({ blocks: sample.blocks, articleDate: '2025-06-20', annotations })
    expect(again.quotes.map((q) => q.key)).not.toContain(quote.key)
    expect(again.quotes).toHaveLength(2)
    expect(again.entities.map((e) => e.key)).not.toContain(money.key)
  })
})

describe('suggest', () => {
  it('keeps keys stable when the text around a suggestion changes', () => {
    const one = suggest({
      blocks: blocksFromPlainText(
        '« Nous ne lâcherons rien sur les salaires », a déclaré Ana Ruiz.'
      ),
      articleDate: '2025-01-10'
    })
    const two = suggest({
      blocks: blocksFromPlainText(
        'Préambule 😀 ajouté.\n\n« Nous ne lâcherons rien sur les salaires », a déclaré Ana Ruiz.'
      ),
      articleDate: '2025-01-10'
    })
    expect(two.quotes[0].key).toBe(one.quotes[0].key)
    expect(two.quotes[0].span.start).toBe(one.quotes[0].span.start + 21)
  })
})
