import { describe, expect, it } from 'vitest'
import { blocks, find, makeState } from '@renderer/editor/annotations/testing'
import { charStep, wordStep } from './caret'

const state = makeState(blocks('# Le titre', 'Jason Droege, a dit l’entreprise 🙂 ici.'))

describe('reading-mode caret steps', () => {
  it('moves by a character, crossing from one block to the next', () => {
    const titleEnd = find(state, 'titre').to
    const paragraph = find(state, 'Jason').from
    expect(charStep(state, titleEnd, 1)).toBe(paragraph)
    expect(charStep(state, paragraph, -1)).toBe(titleEnd)
    expect(charStep(state, paragraph, 1)).toBe(paragraph + 1)
  })

  it('steps over a whole emoji (two UTF-16 units)', () => {
    const before = find(state, '🙂').from
    expect(charStep(state, before, 1)).toBe(before + 2)
    expect(charStep(state, before + 2, -1)).toBe(before)
  })

  it('moves by words: to the end of the next, to the start of the previous', () => {
    const start = find(state, 'Jason').from
    const afterJason = wordStep(state, start, 1)
    expect(afterJason).toBe(find(state, 'Jason').to)
    expect(wordStep(state, afterJason, 1)).toBe(find(state, 'Droege').to)
    // The apostrophe separates "l" from "entreprise".
    const apostrophe = find(state, 'entreprise').from
    expect(wordStep(state, apostrophe, -1)).toBe(find(state, 'l’').from)
    expect(wordStep(state, find(state, 'Droege').to, -1)).toBe(find(state, 'Droege').from)
  })

  it('stays put at the very start and end of the article', () => {
    const first = find(state, 'Le').from
    expect(charStep(state, first, -1)).toBe(first)
    const last = find(state, 'ici.').to
    expect(wordStep(state, last, 1)).toBe(last)
  })
})
