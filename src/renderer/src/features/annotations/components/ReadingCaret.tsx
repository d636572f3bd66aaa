/**
 * The cursor of the read-only article. Browsers draw no caret in text that cannot be edited,
 * so the keyboard cursor (moved by the arrow keys, see caret.ts) is drawn here: a thin bar at
 * the selection's head while the article has the focus and nothing is selected. It is an
 * overlay, so the article's DOM is not touched. What the caret enters is said aloud by
 * {@link CaretAnnouncer}.
 */
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import type { EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { useEditorState } from '@renderer/editor/EditorSession'
import { isEditingText } from '../annotateUi'
import { CaretAnnouncer } from './CaretAnnouncer'

/**
 * The editor state while reading, null in "Edit text" (the browser draws the caret then):
 * typing makes a new state on every key, and re-rendering for it would be a React commit per
 * key, which walks the whole editable article to save the selection.
 */
export const readingState = (state: EditorState): EditorState | null =>
  isEditingText(state) ? null : state

interface Place {
  left: number
  top: number
  height: number
}

/** The reading-mode caret of one view. */
export function ReadingCaret(props: { view: EditorView }) {
  const { view } = props
  const state = useEditorState(readingState, null)
  const [focused, setFocused] = useState(() => view.hasFocus())
  const [tick, setTick] = useState(0)

  useEffect(() => {
    const onFocus = () => setFocused(true)
    const onBlur = () => setFocused(false)
    // No caret to move in "Edit text" (leaving it places the caret afresh).
    const onMove = () => {
      if (readingState(view.state)) setTick((n) => n + 1)
    }
    view.dom.addEventListener('focus', onFocus)
    view.dom.addEventListener('blur', onBlur)
    window.addEventListener('scroll', onMove, true)
    window.addEventListener('resize', onMove)
    return () => {
      view.dom.removeEventListener('focus', onFocus)
      view.dom.removeEventListener('blur', onBlur)
      window.removeEventListener('scroll', onMove, true)
      window.removeEventListener('resize', onMove)
    }
  }, [view])

  const [place, setPlace] = useState<Place | null>(null)
  useEffect(() => {
    if (!state || !focused || !state.selection.empty) {
      setPlace(null)
      return
    }
    try {
      const rect = view.coordsAtPos(state.selection.head)
      // Not over the toolbar or the panes when the cursor is scrolled out of the article.
      const frame = (view.dom.closest('main') ?? view.dom).getBoundingClientRect()
      const visible = rect.bottom > frame.top && rect.top < frame.bottom
      setPlace(
        visible
          ? { left: rect.left, top: rect.top, height: Math.max(12, rect.bottom - rect.top) }
          : null
      )
    } catch {
      setPlace(null)
    }
  }, [state, focused, view, tick])

  return (
    <>
      <CaretAnnouncer view={view} />
      {place &&
        createPortal(
          <span
            className="reading-caret"
            aria-hidden="true"
            style={{ left: place.left, top: place.top, height: place.height }}
          />,
          document.body
        )}
    </>
  )
}
