import { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { blocksToDoc } from '@renderer/editor/document'
import {
  annotateUiOf,
  annotateUiPlugin,
  closeDialog,
  isEditingText,
  openDialog,
  setEditing
} from './annotateUi'

function fresh() {
  return EditorState.create({
    doc: blocksToDoc([{ type: 'paragraph', text: 'Meta investit dans Scale.' }]),
    plugins: [annotateUiPlugin()]
  })
}

describe('annotate UI state', () => {
  it('opens and closes dialogs, and maps their range through text edits', () => {
    let state = fresh()
    state = state.apply(openDialog(state, { kind: 'quote', from: 6, to: 14 }))
    expect(annotateUiOf(state).dialog).toEqual({ kind: 'quote', from: 6, to: 14 })
    state = state.apply(state.tr.insertText('Hier, ', 1))
    expect(annotateUiOf(state).dialog).toEqual({ kind: 'quote', from: 12, to: 20 })
    state = state.apply(closeDialog(state))
    expect(annotateUiOf(state).dialog).toBeNull()
  })

  it('turns Edit text on and off, without touching the history', () => {
    let state = fresh()
    expect(isEditingText(state)).toBe(false)
    const on = setEditing(state, true)
    expect(on.getMeta('addToHistory')).toBe(false)
    state = state.apply(on)
    expect(isEditingText(state)).toBe(true)
    const same = state.apply(setEditing(state, true))
    expect(annotateUiOf(same)).toBe(annotateUiOf(state))
    state = state.apply(setEditing(state, false))
    expect(isEditingText(state)).toBe(false)
  })
})
