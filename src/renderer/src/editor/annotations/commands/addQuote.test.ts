import { describe, expect, it, vi } from 'vitest'
import { layerOf } from '../plugin'
import { annotationText } from '../queries/rangeOf'
import { blocks, makeState, redoState, run, select, undoState } from '../testing'
import { addQuote } from './addQuote'

const TEXT =
  'Il a insisté : « Scale demeure, sans équivoque, une entreprise indépendante », ' +
  'dit Jason Droege.'
const QUOTE = 'Scale demeure, sans équivoque, une entreprise indépendante'

describe('addQuote', () => {
  it('marks the selection as a quote of a new speaker, in one undo step', () => {
    let state = select(makeState(blocks(TEXT)), QUOTE)
    state = run(
      state,
      addQuote({
        id: 'q1',
        speaker: { name: 'Jason Droege' },
        quoteKind: 'direct',
        status: 'verified'
      })
    )
    const layer = layerOf(state)
    const quote = layer.annotations.get('q1')!
    const speaker = [...layer.entities.values()][0]
    expect(speaker).toMatchObject({ type: 'person', name: 'Jason Droege' })
    expect(quote).toMatchObject({
      kind: 'quote',
      speakerId: speaker.id,
      status: 'verified',
      createdBy: 'Léa'
    })
    expect(quote.target.exact).toBe(QUOTE)
    expect(annotationText(state, 'q1')).toBe(QUOTE)

    state = undoState(state)
    expect(layerOf(state).annotations.size).toBe(0)
    expect(layerOf(state).entities.size).toBe(0)
    state = redoState(state)
    expect(layerOf(state).annotations.get('q1')).toEqual(quote)
  })

  it('reuses the person already in the registry, compared without accents or case', () => {
    let state = run(
      select(makeState(blocks(TEXT)), QUOTE),
      addQuote({ speaker: { name: 'Jason Droege' } })
    )
    state = run(select(state, 'Il a insisté'), addQuote({ speaker: { name: 'JASON DROEGE' } }))
    expect(layerOf(state).entities.size).toBe(1)
  })

  it('is refused without a selection or with an unknown speaker id, and says why', () => {
    const onError = vi.fn()
    const state = makeState(blocks(TEXT), { config: { onError } })
    expect(addQuote()(state)).toBe(false)
    expect(addQuote({ speaker: { id: 'nobody' } })(select(state, QUOTE), () => {})).toBe(false)
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'No entity with id nobody' })
    )
  })

  it('can run without a speaker (to be chosen later)', () => {
    const state = run(select(makeState(blocks(TEXT)), QUOTE), addQuote({ id: 'q1' }))
    expect(layerOf(state).annotations.get('q1')).toMatchObject({
      speakerId: null,
      quoteKind: 'direct',
      status: 'needs-checking'
    })
  })
})
