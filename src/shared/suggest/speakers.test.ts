import { describe, expect, it } from 'vitest'
import { blocksFromPlainText } from '../articleFromText'
import { suggest } from './suggest'

function speakers(text: string, language: 'fr' | 'en'): [string, string | undefined][] {
  const s = suggest({ blocks: blocksFromPlainText(text), language, articleDate: '2025-06-20' })
  return s.quotes.map((q) => [q.span.text, q.speaker?.name])
}

describe('speaker of a quote', () => {
  it('reads the French cues: "a déclaré X", "selon X", "X a affirmé", "a précisé que"', () => {
    const text = [
      '« Nous ne vendrons pas cette usine à perte », a déclaré Jean Dupont, le maire de la ville.',
      'Selon Claire Martin, « le dossier avance enfin dans la bonne direction ».',
      'Paul Girard a affirmé : « Rien ne sera décidé avant la rentrée de septembre ».',
      'Dupont a précisé que « la vente sera examinée en conseil municipal ».'
    ].join('\n\n')
    expect(speakers(text, 'fr')).toEqual([
      ['Nous ne vendrons pas cette usine à perte', 'Jean Dupont'],
      ['le dossier avance enfin dans la bonne direction', 'Claire Martin'],
      ['Rien ne sera décidé avant la rentrée de septembre', 'Paul Girard'],
      ['la vente sera examinée en conseil municipal', 'Jean Dupont']
    ])
  })

  it('reads the English cues: "X said", "said X", a pronoun, "according to X"', () => {
    const text = [
      'Sarah Lindqvist, the chief executive, spoke first. "We are not selling the plant," Lindqvist said.',
      '"The unions were never consulted on any of this," said Tom Okafor, a shop steward.',
      '"It is a sad day for the town," he said.',
      'According to Maria Lopez, "the deal was signed last night in London."'
    ].join('\n\n')
    expect(speakers(text, 'en')).toEqual([
      ['We are not selling the plant,', 'Sarah Lindqvist'],
      ['The unions were never consulted on any of this,', 'Tom Okafor'],
      ['It is a sad day for the town,', 'Tom Okafor'],
      ['the deal was signed last night in London.', 'Maria Lopez']
    ])
  })

  it('gives a spokesperson’s words to the organisation', () => {
    const text =
      'Hutchison Ports called the strike disappointing. "We remain ready to talk at any time," a company spokesperson said.'
    expect(speakers(text, 'en')).toEqual([
      ['We remain ready to talk at any time,', 'Hutchison Ports']
    ])
  })

  it('leaves a quote without a speaker when no person is named before it', () => {
    expect(
      speakers('« Personne ne sait ce qui va se passer demain », lit-on sur une pancarte.', 'fr')
    ).toEqual([['Personne ne sait ce qui va se passer demain', undefined]])
  })
})
