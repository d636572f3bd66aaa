import { describe, expect, it } from 'vitest'
import { CodePointIndex, codePointLength, plainText, truncate } from './text'

describe('CodePointIndex', () => {
  const text = 'a😀b👩🏽c é\u00a0d'
  const index = new CodePointIndex(text)

  it('counts code points, not UTF-16 units', () => {
    expect(index.length).toBe([...text].length)
    expect(codePointLength(text)).toBe([...text].length)
  })

  it('converts both ways over every code point', () => {
    const points = [...text]
    let utf16 = 0
    for (let cp = 0; cp <= points.length; cp++) {
      expect(index.toUtf16(cp)).toBe(utf16)
      expect(index.toCodePoint(utf16)).toBe(cp)
      utf16 += points[cp]?.length ?? 0
    }
  })

  it('counts a lone surrogate as one code point, as the string iterator does', () => {
    for (const odd of ['a\uD800😀b', '\uDE00😀\uD83D', '😀\uD83D', 'x\uD83D\uD83Dy😀']) {
      const points = [...odd]
      const oddIndex = new CodePointIndex(odd)
      expect(oddIndex.length).toBe(points.length)
      let utf16 = 0
      for (let cp = 0; cp <= points.length; cp++) {
        expect(oddIndex.toUtf16(cp)).toBe(utf16)
        utf16 += points[cp]?.length ?? 0
      }
    }
  })

  it('slices and targets by code points', () => {
    const target = index.target(1, 3)
    expect(target.exact).toBe([...text].slice(1, 3).join(''))
    expect(target.prefix).toBe('a')
    expect(target.suffix).toBe([...text].slice(3).join(''))
  })
})

describe('plainText', () => {
  it('joins blocks with a blank line', () => {
    expect(
      plainText([
        { type: 'headline', text: 'Titre' },
        { type: 'paragraph', text: 'Corps' }
      ])
    ).toBe('Titre\n\nCorps')
  })
})

describe('truncate', () => {
  it('keeps a text that fits as it is', () => {
    expect(truncate('Droege', 6)).toBe('Droege')
    expect(truncate('', 3)).toBe('')
  })

  it('cuts to at most max code points, the ellipsis included', () => {
    expect(truncate('x'.repeat(70), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(codePointLength(truncate('😀'.repeat(20), 5))).toBe(5)
  })

  it('never splits an emoji, its skin tone or a family sequence', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab😀…')
    // 👩🏽 is two code points: it goes whole or not at all.
    expect(truncate('ab👩🏽cd', 4)).toBe('ab…')
    expect(truncate('ab👩🏽cd', 5)).toBe('ab👩🏽…')
    const family = '👨\u200d👩\u200d👧'
    expect(truncate(`a${family}b`, 4)).toBe('a…')
  })

  it('never leaves a combining accent behind nor takes a letter without it', () => {
    const decomposed = 'cafe\u0301 noir'
    expect(truncate(decomposed, 5)).toBe('caf…')
    expect(truncate(decomposed, 6)).toBe('cafe\u0301…')
  })

  it('folds white space on request and cuts at a word on request', () => {
    expect(truncate('  un\n\ntexte   long ', 40, { flatten: true })).toBe('un texte long')
    expect(truncate('Meta investit dans Scale AI', 16, { atWord: true })).toBe('Meta investit…')
    // No space in the second half: cut where the length says.
    expect(truncate('Meta Superintelligence', 16, { atWord: true })).toBe('Meta Superintel…')
  })
})
