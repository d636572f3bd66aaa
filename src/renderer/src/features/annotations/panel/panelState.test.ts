import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/model'
import { NO_FILTERS } from './panelModel'
import { initialPanelState, reducePanel, tabAfterKey, type PanelAction } from './panelState'

// Versions stand for annotation layers: only their identity matters to the reducer.
const v1 = { layer: 1 }
const v2 = { layer: 2 }
type V = typeof v1

const play = (...actions: PanelAction<V>[]) =>
  actions.reduce(reducePanel<V>, initialPanelState<V>())

describe('panel state', () => {
  it('opens on the quotes tab with nothing filtered, active, open or said', () => {
    const s = initialPanelState<V>()
    expect(s.tab).toBe('quotes')
    expect(s.filters).toEqual(NO_FILTERS)
    expect(s.active.orphans).toEqual({ key: null, index: -1 })
    expect([s.editing, s.notice, s.focusWhenShown, s.focusRequest]).toEqual([null, null, null, 0])
  })

  it('moves between tabs with the arrow keys, wrapping, and Home and End', () => {
    expect(tabAfterKey('quotes', 'ArrowRight')).toBe('claims')
    expect(tabAfterKey('claims', 'ArrowRight')).toBe('entities')
    expect(tabAfterKey('quotes', 'ArrowLeft')).toBe('orphans')
    expect(tabAfterKey('orphans', 'ArrowRight')).toBe('quotes')
    expect(tabAfterKey('notes', 'Home')).toBe('quotes')
    expect(tabAfterKey('entities', 'End')).toBe('orphans')
    expect(tabAfterKey('entities', 'a')).toBeNull()
  })

  it('keeps each tab its own active row, and asks for the focus only when told', () => {
    let s = play({ type: 'activate', key: 'q1', index: 1, focus: false })
    expect(s.active.quotes).toEqual({ key: 'q1', index: 1 })
    expect(s.focusRequest).toBe(0)
    s = reducePanel(s, { type: 'selectTab', tab: 'entities' })
    s = reducePanel(s, { type: 'activate', key: 'e3', index: 3, focus: true })
    expect(s.active.entities).toEqual({ key: 'e3', index: 3 })
    expect(s.active.quotes).toEqual({ key: 'q1', index: 1 })
    expect(s.focusRequest).toBe(1)
  })

  it('changes one filter at a time and keeps the others', () => {
    const s = play(
      { type: 'setFilter', change: { status: 'verified' } },
      { type: 'setFilter', change: { query: 'droege' } },
      { type: 'setFilter', change: { status: null } }
    )
    expect(s.filters).toEqual({ ...NO_FILTERS, query: 'droege' })
  })

  it('moves the focus back into the list only once the list shows the awaited layer', () => {
    let s = play({ type: 'focusWhenShown', version: v2 })
    expect(reducePanel(s, { type: 'shown', version: v1 })).toBe(s)
    s = reducePanel(s, { type: 'shown', version: v2 })
    expect(s.focusRequest).toBe(1)
    expect(s.focusWhenShown).toBeNull()
    // Shown again: no second focus.
    expect(reducePanel(s, { type: 'shown', version: v2 })).toBe(s)
  })

  it('offers Undo after a delete only while the layer has not changed since', () => {
    let s = play({ type: 'say', text: 'Deleted Meta.', undoWhile: v1 })
    expect(s.notice).toEqual({ serial: 1, text: 'Deleted Meta.', undoWhile: v1 })
    expect(reducePanel(s, { type: 'layerChanged', version: v1 })).toBe(s)
    s = reducePanel(s, { type: 'layerChanged', version: v2 })
    expect(s.notice).toBeNull()
  })

  it('keeps a plain notice through layer changes, and numbers each notice anew', () => {
    let s = play({ type: 'say', text: 'Re-attached.' }, { type: 'say', text: 'Re-attached.' })
    expect(s.notice).toEqual({ serial: 2, text: 'Re-attached.', undoWhile: null })
    s = reducePanel(s, { type: 'layerChanged', version: v2 })
    expect(s.notice?.serial).toBe(2)
    expect(reducePanel(s, { type: 'clearNotice' }).notice).toBeNull()
  })

  it('opens and closes the edit dialog of an annotation or an entity', () => {
    const quote = { id: 'q1', kind: 'quote' } as Annotation
    let s = play({ type: 'edit', editing: { kind: 'annotation', annotation: quote } })
    expect(s.editing).toEqual({ kind: 'annotation', annotation: quote })
    s = reducePanel(s, { type: 'edit', editing: { kind: 'entity', entityId: 'e1' } })
    expect(s.editing).toEqual({ kind: 'entity', entityId: 'e1' })
    s = reducePanel(s, { type: 'closeEdit' })
    expect(s.editing).toBeNull()
    expect(reducePanel(s, { type: 'closeEdit' })).toBe(s)
  })
})
