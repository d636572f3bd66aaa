import { describe, expect, it } from 'vitest'
import { ReplaceStep, StepMap } from 'prosemirror-transform'
import { Slice } from 'prosemirror-model'
import { EMPTY_LAYER } from './layer'
import { changesText, lastLayerStep, LayerStep } from './layerStep'
import { blocks, makeState } from './testing'

describe('LayerStep', () => {
  const a = EMPTY_LAYER
  const b = { ...EMPTY_LAYER }
  const c = { ...EMPTY_LAYER }

  it('leaves the document alone and maps nothing', () => {
    const doc = makeState(blocks('Texte')).doc
    expect(new LayerStep(a, b).apply(doc).doc).toBe(doc)
    expect(new LayerStep(a, b).getMap()).toBe(StepMap.empty)
  })

  it('inverts to the swap and merges consecutive changes', () => {
    const step = new LayerStep(a, b)
    const inverse = step.invert()
    expect([inverse.before, inverse.after]).toEqual([b, a])
    const merged = step.merge(new LayerStep(b, c)) as LayerStep
    expect([merged.before, merged.after]).toEqual([a, c])
    expect(step.merge(new LayerStep(c, a))).toBeNull()
  })

  it('is told apart from text steps', () => {
    const text = new ReplaceStep(1, 1, Slice.empty)
    expect(lastLayerStep([text, new LayerStep(a, b), text])).toBe(1)
    expect(lastLayerStep([text])).toBe(-1)
    expect(changesText([new LayerStep(a, b)])).toBe(false)
    expect(changesText([new LayerStep(a, b), text])).toBe(true)
  })
})
