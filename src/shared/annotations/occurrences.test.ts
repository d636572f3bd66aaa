import { describe, expect, it } from 'vitest'
import { findAllOccurrences, findOccurrences } from './occurrences'

const at = (text: string, found: { start: number; end: number }[]) =>
  found.map((o) => [...text].slice(o.start, o.end).join(''))

describe('findOccurrences', () => {
  const text = 'Meta, le Metaverse et META. Selon Meta\u00a0: « Meta » ; métadonnées de Meta.'

  it('matches whole words only', () => {
    const found = findOccurrences(text, 'Meta')
    expect(found).toHaveLength(4)
    expect(at(text, found)).toEqual(['Meta', 'Meta', 'Meta', 'Meta'])
    expect(found.every((o) => o.exact === 'Meta')).toBe(true)
  })

  it('can ignore case', () => {
    expect(findOccurrences(text, 'meta', { caseSensitive: false })).toHaveLength(5)
  })

  it('counts code points, not UTF-16 units', () => {
    const t = '😀 Meta 👩🏽 Meta'
    const found = findOccurrences(t, 'Meta')
    expect(found.map((o) => o.start)).toEqual([2, 10])
    expect(at(t, found)).toEqual(['Meta', 'Meta'])
  })

  it('treats French spaces, apostrophes and hyphens as one', () => {
    const t =
      "l’entreprise, l'entreprise ; 14,3\u202fG$ et 14,3 G$. " + 'Jean-Pierre, Jean\u2011Pierre'
    expect(findOccurrences(t, "l'entreprise")).toHaveLength(2)
    expect(findOccurrences(t, '14,3 G$').map((o) => o.exact)).toEqual(['14,3\u202fG$', '14,3 G$'])
    expect(findOccurrences(t, 'Jean-Pierre')).toHaveLength(2)
  })

  it('normalises to NFC and can ignore accents', () => {
    const t = 'L’Élysée et l’Elysee et l’E\u0301lysée'
    expect(findOccurrences(t, 'Élysée')).toHaveLength(2)
    expect(findOccurrences(t, 'Elysee', { ignoreAccents: true })).toHaveLength(3)
  })

  it('skips occurrences overlapping ranges already tagged', () => {
    const t = 'Jason Droege dit. Droege ajoute. Droege conclut.'
    const found = findOccurrences(t, 'Droege', {
      skip: [
        { start: 0, end: 12 },
        { start: 18, end: 24 }
      ]
    })
    expect(found.map((o) => o.start)).toEqual([33])
  })

  it('does not cross a block break, and finds nothing for a blank phrase', () => {
    expect(findOccurrences('Scale\n\nAI', 'Scale AI')).toEqual([])
    expect(findOccurrences('Scale AI', '  ')).toEqual([])
  })
})

describe('findAllOccurrences', () => {
  it('prefers the longer phrase where two overlap', () => {
    const t = 'Jason Droege dit. Droege ajoute.'
    const found = findAllOccurrences(t, ['Droege', 'Jason Droege'])
    expect(at(t, found)).toEqual(['Jason Droege', 'Droege'])
  })
})
