import type { EditorView } from 'prosemirror-view'
import { describe, expect, it, vi } from 'vitest'
import { layerOf } from '@renderer/editor/annotations'
import { blocks, makeState } from '@renderer/editor/annotations/testing'
import { warmTagging, warmTaggingPlugin } from './warmTagging'

const TEXT =
  'Le PDG intérimaire de Scale AI, Jason Droege, a publiquement affirmé son indépendance.'

describe('warmTagging', () => {
  it('computes the tag of the first word and changes nothing', () => {
    const state = makeState(blocks('# 2025 : Scale AI', TEXT))
    const layer = layerOf(state)
    expect(warmTagging(state, 'person')).toBe(true)
    expect(layerOf(state)).toBe(layer)
    expect(layer.annotations.size).toBe(0)
    expect(layer.entities.size).toBe(0)
  })

  it('has nothing to compute on an article without words', () => {
    expect(warmTagging(makeState(blocks('2025, 42 %')), 'person')).toBe(false)
  })
})

describe('warmTaggingPlugin', () => {
  /** The plugin's view over a stand-in editor view of `state`. */
  function mount(plugin: ReturnType<typeof warmTaggingPlugin>) {
    const state = makeState(blocks(TEXT))
    const view = { state, isDestroyed: false } as unknown as EditorView
    return { state, view: plugin.spec.view!(view) }
  }

  it('warms tagging once the page is idle after the opening', async () => {
    vi.useFakeTimers()
    try {
      const warm = vi.fn(() => true)
      const { state } = mount(warmTaggingPlugin(() => 'person', warm))
      expect(warm).not.toHaveBeenCalled()
      await vi.runAllTimersAsync()
      expect(warm).toHaveBeenCalledExactlyOnceWith(state, 'person')
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not warm an article closed before the page was idle, nor without entity types', async () => {
    vi.useFakeTimers()
    try {
      const warm = vi.fn(() => true)
      mount(warmTaggingPlugin(() => 'person', warm)).view.destroy!()
      mount(warmTaggingPlugin(() => undefined, warm))
      await vi.runAllTimersAsync()
      expect(warm).not.toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })
})
