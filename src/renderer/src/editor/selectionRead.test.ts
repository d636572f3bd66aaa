import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { blocksToDoc } from './document'
import { selectionRead, type PageSelection, type SelectionView } from './selectionRead'

/** Stand-ins for DOM nodes: the view's text, and something elsewhere on the page. */
const inView = { name: 'text in the view' } as unknown as Node
const elsewhere = { name: 'a panel' } as unknown as Node

/** A view whose text node maps an offset to the position one after it (as in a paragraph). */
function viewWith(state: EditorState): SelectionView {
  return {
    state,
    dom: { contains: (node: Node | null) => node === inView } as unknown as HTMLElement,
    posAtDOM: (node: Node, offset: number) => {
      if (node !== inView) throw new Error('not in the view')
      return offset + 1
    }
  }
}

function page(anchor: number, head = anchor, node: Node = inView): PageSelection {
  return { anchorNode: node, anchorOffset: anchor, focusNode: node, focusOffset: head }
}

const doc = blocksToDoc([{ type: 'paragraph', text: 'Scale demeure indépendante' }])
const selecting = (anchor: number, head: number) =>
  EditorState.create({ doc, selection: TextSelection.create(doc, anchor, head) })

describe('whether the editor has read the page selection', () => {
  it('is true when the page shows the state’s selection', () => {
    expect(selectionRead(viewWith(selecting(3, 8)), page(2, 7))).toBe(true)
  })

  it('is false when the page has a selection the state does not have yet', () => {
    const view = viewWith(selecting(3, 8))
    expect(selectionRead(view, page(10, 15))).toBe(false)
    expect(selectionRead(view, page(2, 9))).toBe(false)
    // Same ends, the other way round: the head is where the user is extending.
    expect(selectionRead(view, page(7, 2))).toBe(false)
  })

  it('has nothing to lose when the selection is elsewhere, absent, or not text', () => {
    const view = viewWith(selecting(3, 8))
    expect(selectionRead(view, page(0, 0, elsewhere))).toBe(true)
    expect(selectionRead(view, null)).toBe(true)
    const block = viewWith(EditorState.create({ doc, selection: NodeSelection.create(doc, 0) }))
    expect(selectionRead(block, page(4, 9))).toBe(true)
  })
})
