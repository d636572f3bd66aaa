import { describe, expect, it, vi } from 'vitest'
import { layerOf } from '../plugin'
import { annotationsAt } from '../queries/annotationsAt'
import { blocks, find, makeState, run, select } from '../testing'
import { addSourceNote } from './addSourceNote'

const TEXT = 'Scale AI est évaluée à 29 milliards de dollars.'

describe('addSourceNote', () => {
  it('attaches a note with its fields; a span can carry several', () => {
    let state = select(makeState(blocks(TEXT)), '29 milliards de dollars')
    state = run(
      state,
      addSourceNote(
        {
          text: 'Communiqué de Scale AI',
          sourceKind: 'press-release',
          title: 'Annonce',
          url: 'https://scale.com/blog',
          consultedAt: '2025-06-20'
        },
        { id: 'n1' }
      )
    )
    state = run(
      state,
      addSourceNote({ text: 'Dépôt réglementaire', sourceKind: 'filing' }, { id: 'n2' })
    )
    expect(layerOf(state).annotations.get('n1')).toMatchObject({
      kind: 'source-note',
      sourceKind: 'press-release',
      url: 'https://scale.com/blog',
      consultedAt: '2025-06-20',
      target: { exact: '29 milliards de dollars' }
    })
    const at = annotationsAt(state, find(state, 'milliards').from).map((h) => h.annotation.id)
    expect(at.sort()).toEqual(['n1', 'n2'])
  })

  it('refuses a URL that is not http or https, saying so', () => {
    const onError = vi.fn()
    const state = select(makeState(blocks(TEXT), { config: { onError } }), 'Scale AI')
    const ok = addSourceNote({ text: 'x', sourceKind: 'web-page', url: 'file:///etc/passwd' })(
      state,
      () => {}
    )
    expect(ok).toBe(false)
    expect(onError.mock.calls[0][0].message).toMatch(/Only http and https/)
  })
})
