import { describe, expect, it } from 'vitest'
import { layerOf, tagEntity } from '@renderer/editor/annotations'
import {
  blocks,
  find,
  makeState,
  remove,
  run,
  select,
  typeAt
} from '@renderer/editor/annotations/testing'
import { movedWithText } from './listedLayer'

const TEXT = 'Meta investit dans Scale, selon Jason Droege.'

describe('the layer the panel lists', () => {
  it('is held while only the text moves, and follows any change to the annotations', () => {
    const tagged = run(select(makeState(blocks(TEXT)), 'Scale'), tagEntity('organisation'))
    const typed = typeAt(tagged, find(tagged, 'Meta').from, 'Hier, ')
    expect(movedWithText(layerOf(tagged), layerOf(typed))).toBe(true)
    const retagged = run(select(typed, 'Meta'), tagEntity('organisation'))
    expect(movedWithText(layerOf(typed), layerOf(retagged))).toBe(false)
    // A deletion that takes a highlight's whole text orphans it: listed at once.
    const { from, to } = find(typed, 'Scale')
    expect(movedWithText(layerOf(typed), layerOf(remove(typed, from, to)))).toBe(false)
    expect(movedWithText(layerOf(typed), layerOf(typed))).toBe(false)
  })
})
