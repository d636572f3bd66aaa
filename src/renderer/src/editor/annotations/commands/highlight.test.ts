import { describe, expect, it, vi } from 'vitest'
import type { DecorationSet } from 'prosemirror-view'
import type { EditorView } from 'prosemirror-view'
import { annotationOverlayKey, annotationsKey, annotationsState } from '../plugin'
import { blocks, find, makeState, run, select, typeAt } from '../testing'
import { flash, highlightEntity, revealAnnotation } from './highlight'
import { tagEntity } from './tagEntity'
import { mentionCandidates } from '../queries/mentionCandidates'
import { tagOccurrences } from './tagOccurrences'

const TEXT = 'Meta investit. Meta attend. Scale reste.'

function overlay(state: ReturnType<typeof makeState>) {
  const plugin = annotationOverlayKey.get(state)!
  return (plugin.props.decorations!.call(plugin, state) as DecorationSet).find()
}

function setup() {
  let state = run(
    select(makeState(blocks(TEXT)), 'Meta'),
    tagEntity('organisation', undefined, { id: 'm1' })
  )
  const entityId = (annotationsState(state).layer.annotations.get('m1') as { entityId: string })
    .entityId
  state = run(
    state,
    tagOccurrences({ id: entityId }, 'organisation', mentionCandidates(state, entityId))
  )
  state = run(select(state, 'Scale'), tagEntity('organisation', undefined, { id: 's1' }))
  return { state, entityId }
}

describe('highlightEntity and flash', () => {
  it('light up every mention of the entity, follow edits, and turn off', () => {
    const { state: start, entityId } = setup()
    let state = run(start, highlightEntity(entityId))
    expect(overlay(state).map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['Meta', 'Meta'])
    state = typeAt(state, 1, 'Oui. ')
    expect(overlay(state).map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['Meta', 'Meta'])
    state = run(state, highlightEntity(null))
    expect(overlay(state)).toEqual([])
  })

  it('flash marks one annotation, anew each time, and refuses an orphan or unknown id', () => {
    let { state } = setup()
    state = run(state, flash('s1'))
    const first = overlay(state)
    expect(first.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['Scale'])
    state = run(state, flash('s1'))
    expect(annotationsState(state).flashSeq).toBe(2)
    expect(flash('nope')(state)).toBe(false)
    state = run(state, flash(null))
    expect(overlay(state)).toEqual([])
  })

  it('revealAnnotation moves the cursor there and flashes it, outside history', () => {
    let { state } = setup()
    state = run(state, revealAnnotation('s1'))
    expect(state.selection.from).toBe(find(state, 'Scale').from)
    expect(annotationsState(state).flashId).toBe('s1')
  })

  it('clears a flash by itself after flashMs (plugin view side effect)', () => {
    vi.useFakeTimers()
    try {
      const { state } = setup()
      let current = state
      const view = {
        get state() {
          return current
        },
        dispatch(tr: Parameters<EditorView['dispatch']>[0]) {
          current = current.apply(tr)
        }
      }
      const spec = annotationsKey.get(state)!.spec
      const pluginView = spec.view!(view as unknown as EditorView)
      current = run(current, flash('s1'))
      pluginView.update!(view as unknown as EditorView, state)
      expect(annotationsState(current).flashId).toBe('s1')
      vi.advanceTimersByTime(2000)
      expect(annotationsState(current).flashId).toBeNull()
      pluginView.destroy!()
    } finally {
      vi.useRealTimers()
    }
  })
})
