import { describe, expect, it } from 'vitest'
import { CodePointIndex, codePointLength, plainText } from './text'

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
