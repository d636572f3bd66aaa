import { describe, expect, it } from 'vitest'
import { DEFAULT_ENTITY_TYPES } from '@shared/model'
import {
  assignLanes,
  cssIdent,
  MAX_LANES,
  SPEAKER_SLOTS,
  speakerClass,
  speakerSlot,
  typeClass
} from './decorations'
import { entityTypeCss } from './styles'

describe('decoration helpers', () => {
  it('give each speaker a stable palette slot', () => {
    const slots = ['a', 'b', 'c', 'droege', 'wang', 'zuckerberg'].map(speakerSlot)
    expect(slots.every((s) => s !== null && s >= 0 && s < SPEAKER_SLOTS)).toBe(true)
    expect(speakerSlot('droege')).toBe(speakerSlot('droege'))
    expect(new Set(slots).size).toBeGreaterThan(1)
    expect(speakerClass(null)).toBe('ann-speaker-none')
  })

  it('keep class names safe', () => {
    expect(cssIdent('Person "x"')).toBe('person--x-')
    expect(typeClass('organisation')).toBe('ann-type-organisation')
    expect(typeClass(undefined)).toBe('ann-type-unknown')
  })

  it('assign underline lanes so overlapping quotes and notes stack', () => {
    const lanes = assignLanes([
      { id: 'outer', from: 0, to: 100 },
      { id: 'inner', from: 10, to: 20 },
      { id: 'later', from: 30, to: 40 },
      { id: 'deep', from: 12, to: 18 },
      { id: 'deeper', from: 13, to: 17 },
      { id: 'deepest', from: 14, to: 16 },
      { id: 'after', from: 100, to: 120 }
    ])
    expect(Object.fromEntries(lanes)).toEqual({
      outer: 0,
      inner: 1,
      deep: 2,
      deeper: 3,
      deepest: MAX_LANES - 1,
      later: 1,
      after: 0
    })
  })

  it('make per-type CSS with variables, no inline styles', () => {
    const css = entityTypeCss(DEFAULT_ENTITY_TYPES)
    expect(css).toContain('--ann-type-person: #2f6fdb;')
    expect(css).toContain(
      ".ann-type-money { --ann-color: var(--ann-type-money); --ann-glyph: 'M'; }"
    )
  })
})
