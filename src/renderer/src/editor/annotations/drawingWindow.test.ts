import { EditorState, TextSelection } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import { blocksToDoc } from '../document'
import { DrawingWindow, FIRST_SCREEN, MARGIN } from './drawingWindow'
import { changeDecorations, mapDecorations } from './lineage'

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
  it('lets through the decorations of the first screen until it has been measured', () => {
    const { state, all } = longState()
    const drawing = new DrawingWindow()
    const drawn = drawing.visible(all, state).find()
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(all.find().length)
    expect(drawn.every((d) => d.from <= FIRST_SCREEN)).toBe(true)
    // The same set while neither the layer nor the window changed: the view redraws nothing.
    expect(drawing.visible(all, state)).toBe(drawing.visible(all, state))
  })

  it('draws around the selection too, wherever it is', () => {
    const { state, all } = longState()
    const end = state.doc.content.size - 10
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)))
    const drawn = new DrawingWindow().visible(all, selected).find()
    expect(drawn.some((d) => d.from > end - 600)).toBe(true)
    expect(drawn.some((d) => d.from < FIRST_SCREEN)).toBe(true)
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

  it('brings what it draws up to date through a text edit, the untouched paragraphs kept as they were', () => {
    const { state, all } = longState()
    const drawing = new DrawingWindow()
    const before = drawing.visible(all, state)
    // A character typed in the fifth paragraph.
    const at = 4 * 502 + 10
    const tr = state.tr.insertText('x', at)
    const next = state.apply(tr)
    const mapped = mapDecorations(all, tr.mapping, tr.doc)
    const after = drawing.visible(mapped, next)
    // The same decorations as cutting the window out of the whole set again…
    const fresh = new DrawingWindow().visible(mapped, next)
    const where = (set: DecorationSet) => set.find().map((d) => `${d.from}-${d.to}`)
    expect(where(after)).toEqual(where(fresh))
    expect(after.find().some((d) => d.from === 5 * 502 + 2)).toBe(true)
    // …but the view finds the other paragraphs' decorations unchanged, so redraws only one.
    const second = next.doc.child(1)
    expect(after.forChild(502, second)).toBe(before.forChild(502, state.doc.child(1)))
    expect(fresh.forChild(502, second)).not.toBe(before.forChild(502, state.doc.child(1)))
  })

  it('draws an added decoration in the window, and forgets a removed one', () => {
    const { state, all } = longState()
    const drawing = new DrawingWindow()
    drawing.visible(all, state)
    const near = Decoration.inline(20, 30, { class: 'added-near' })
    const far = Decoration.inline(90_000, 90_010, { class: 'added-far' })
    const added = changeDecorations(all, [], [near, far], state.doc)
    const drawn = drawing.visible(added, state).find()
    expect(
      drawn.map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class)
    ).toContain('added-near')
    expect(drawn.some((d) => d.from === 90_000)).toBe(false)
    const gone = added.find(20, 30, () => true).filter((d) => d.to === 30)
    const removed = changeDecorations(added, gone, [], null)
    expect(
      drawing
        .visible(removed, state)
        .find()
        .some((d) => d.from === 20)
    ).toBe(false)
  })
})
