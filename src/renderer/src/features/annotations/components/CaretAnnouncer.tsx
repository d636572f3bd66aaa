/**
 * Tells a screen reader what the reading caret has entered: when the cursor moves into a
 * highlight, a polite live region says what it is ("Person · Jason Droege", "Quote · Jason
 * Droege · Direct · Needs checking", "Source note · Memo (Document)"), innermost first; moving
 * within the same highlights says nothing again, and leaving them clears the region so the
 * next entry is heard even when it is the same one.
 */
import { useEffect, useRef, useState } from 'react'
import type { EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { annotationsAt, annotationsKey, EMPTY_LAYER } from '@renderer/editor/annotations'
import { useEditorState } from '@renderer/editor/EditorSession'
import { useT } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import { describeAnnotation } from '../describe'
import { isEditingText } from '../annotateUi'
import { readingState } from './ReadingCaret'

/** The layer's entities while reading; none in "Edit text", where nothing is announced. */
const readingEntities = (state: EditorState) =>
  isEditingText(state)
    ? EMPTY_LAYER.entities
    : (annotationsKey.getState(state)?.layer ?? EMPTY_LAYER).entities

/** The annotations the collapsed caret is inside (before their last character), innermost first. */
function entered(state: EditorState) {
  if (!state.selection.empty) return []
  const pos = state.selection.head
  return annotationsAt(state, pos).filter((hit) => hit.from <= pos && pos < hit.to)
}

/** The live region of the reading caret (rendered beside the caret). */
export function CaretAnnouncer(props: { view: EditorView }) {
  const t = useT()
  // Neither changes while typing in "Edit text" (see readingState).
  const state = useEditorState(readingState, null)
  const entities = useEditorState(readingEntities, EMPTY_LAYER.entities)
  const types = useUiState((s) => s.settings.entityTypes)
  const [message, setMessage] = useState('')
  const inside = useRef('')

  useEffect(() => {
    const hits = state && props.view.hasFocus() ? entered(state) : []
    const key = hits.map((h) => h.annotation.id).join(' ')
    if (key === inside.current) return
    inside.current = key
    setMessage(
      hits.map((h) => describeAnnotation(h.annotation, entities, types, t).summary).join('; ')
    )
  }, [state, props.view, entities, types, t])

  return (
    <p className="visually-hidden" aria-live="polite" data-announcer="caret">
      {message}
    </p>
  )
}
