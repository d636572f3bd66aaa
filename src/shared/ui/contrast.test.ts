import { describe, expect, it } from 'vitest'
import { contrastRatio, mix, parseHex, relativeLuminance, toHex } from './contrast'

describe('contrast', () => {
  it('gives the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10)
  })

  it('matches published reference values', () => {
    // #767676 on white is the classic lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
  })

  it('is symmetric', () => {
    expect(contrastRatio('#2f6fdb', '#fdfcf9')).toBe(contrastRatio('#fdfcf9', '#2f6fdb'))
  })

  it('parses short and long hex, and refuses anything else', () => {
    expect(parseHex('#fff')).toEqual({ r: 255, g: 255, b: 255 })
    expect(toHex(parseHex('#1D4F91'))).toBe('#1d4f91')
    expect(() => parseHex('blue')).toThrow(/Not a hex colour/)
  })

  it('mixes a tint over a background', () => {
    expect(toHex(mix('#000000', '#ffffff', 0.5))).toBe('#808080')
    expect(toHex(mix('#2f6fdb', '#ffffff', 0))).toBe('#ffffff')
    expect(toHex(mix('#2f6fdb', '#ffffff', 1))).toBe('#2f6fdb')
  })
})
