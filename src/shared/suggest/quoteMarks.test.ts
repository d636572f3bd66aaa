import { describe, expect, it } from 'vitest'
import { quotedPassages } from './quoteMarks'

const inner = (text: string): string[] =>
  quotedPassages(text).map((q) => text.slice(q.inner.start, q.inner.end))

describe('quotedPassages', () => {
  it('reads « », “ ” and straight quotes, without the marks and their spaces', () => {
    const text =
      'Il a dit « nous ne vendrons pas cette usine ». She said “we will not sell the plant” and "we mean it this time".'
    expect(inner(text)).toEqual([
      'nous ne vendrons pas cette usine',
      'we will not sell the plant',
      'we mean it this time'
    ])
  })

  it('leaves out a term or a name in quotation marks', () => {
    const text =
      'La nouvelle unité de « superintelligence » et le modèle « Behemoth » ; the "Project Nova" plan.'
    expect(inner(text)).toEqual([])
  })

  it('keeps a quote with a nested one whole', () => {
    const text = '« Il m’a dit “je pars demain matin”, puis il est parti », raconte-t-elle.'
    expect(inner(text)).toEqual(['Il m’a dit “je pars demain matin”, puis il est parti'])
  })

  it('does not pair marks across paragraphs', () => {
    const text =
      '« Une citation qui ne se ferme pas\n\nAutre paragraphe » et « une vraie citation ici »'
    expect(inner(text)).toEqual(['une vraie citation ici'])
  })
})
