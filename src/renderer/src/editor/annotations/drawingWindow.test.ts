import { EditorState, TextSelection } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import { blocksToDoc } from '../document'
import { DrawingWindow, MARGIN } from './drawingWindow'

/** A long article: 200 paragraphs of 500 characters, one decoration at each one's start. */
function longState() {
  const doc = blocksToDoc(
    Array.from({ length: 200 }, (_, i) => ({ type: 'paragraph', text: `${i}`.padEnd(500, '.') }))
  )
  const decorations: Decoration[] = []
  doc.forEach((_block, offset, i) => {
    decorations.push(Decoration.inline(offset + 1, offset + 3, { class: `p${i}` }))
  })
  return { state: EditorState.create({ doc }), all: DecorationSet.create(doc, decorations) }
}

/** What include() needs of a view: its state, and a redraw to count. */
function viewOf(state: EditorState) {
  const view = { state, redraws: 0, updateState: () => view.redraws++ }
  return view
}

describe('the drawing window', () => {
  it('lets through the decorations near the top of the article until it has been measured', () => {
    const { state, all } = longState()
    const drawing = new DrawingWindow()
    const drawn = drawing.visible(all, state).find()
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(all.find().length)
    expect(drawn.every((d) => d.from <= 2 * MARGIN)).toBe(true)
    // The same set while neither the layer nor the window changed: the view redraws nothing.
    expect(drawing.visible(all, state)).toBe(drawing.visible(all, state))
  })

  it('draws around the selection too, wherever it is', () => {
    const { state, all } = longState()
    const end = state.doc.content.size - 10
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)))
    const drawn = new DrawingWindow().visible(all, selected).find()
    expect(drawn.some((d) => d.from > end - 600)).toBe(true)
    expect(drawn.some((d) => d.from < 2 * MARGIN)).toBe(true)
  })

  it('moves to what a reveal needs, and redraws once', () => {
    const { state, all } = longState()
    const end = state.doc.content.size - 10
    // A reveal puts the selection on the annotation, then asks for it to be drawn.
    const revealed = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)))
    const drawing = new DrawingWindow()
    const view = viewOf(revealed)
    expect(drawing.include(view as unknown as EditorView, end, end)).toBe(true)
    expect(view.redraws).toBe(1)
    const drawn = drawing.visible(all, revealed).find()
    expect(drawn.some((d) => d.from > end - 600)).toBe(true)
    expect(drawn.every((d) => d.from >= end - MARGIN - 2)).toBe(true)
    // Already drawn: nothing moves.
    expect(drawing.include(view as unknown as EditorView, end - 5, end)).toBe(false)
    expect(view.redraws).toBe(1)
  })
})
