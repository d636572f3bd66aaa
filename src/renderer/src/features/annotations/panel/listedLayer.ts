/**
 * The annotation layer the panel lists. A key press in "Edit text" makes a new layer only
 * because the highlights moved with the text; listing it again at every key press re-read
 * and re-sorted the panel's rows and committed React (which walks the whole editable article
 * to save its selection) between the key and its frame. While only the text moves, the panel
 * keeps the layer it lists and takes the latest once typing pauses; any other change (an
 * annotation or entity added, changed or gone) is listed at once. Rows act by annotation id,
 * so a row clicked meanwhile still goes to the right place.
 */
import type { EditorState } from 'prosemirror-state'
import { useCallback, useContext, useEffect, useReducer, useRef, useSyncExternalStore } from 'react'
import { EditorSessionContext } from '@renderer/editor/EditorSession'
import type { AnnotationLayer } from '@renderer/editor/annotations/layer'

/** How long typing pauses before the panel's list follows the text. */
export const LIST_AFTER_TYPING_MS = 300

/** True when `next` differs from `shown` only by where its highlights are. */
export function movedWithText(
  shown: AnnotationLayer | null,
  next: AnnotationLayer | null
): boolean {
  return (
    shown !== null &&
    next !== null &&
    shown !== next &&
    shown.annotations === next.annotations &&
    shown.entities === next.entities
  )
}

/** The layer of the editor's state to list, held while only the text moves. */
export function useListedLayer(
  select: (state: EditorState) => AnnotationLayer | null
): AnnotationLayer | null {
  const session = useContext(EditorSessionContext)
  const listed = useRef<AnnotationLayer | null>(null)
  const [, refresh] = useReducer((n: number) => n + 1, 0)
  const latest = useCallback(() => {
    const { state } = session.getSnapshot()
    return state ? select(state) : null
  }, [session, select])
  const read = useCallback(() => {
    const layer = latest()
    if (!movedWithText(listed.current, layer)) listed.current = layer
    return listed.current
  }, [latest])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = session.subscribe(() => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        const layer = latest()
        if (layer === listed.current) return
        listed.current = layer
        refresh()
      }, LIST_AFTER_TYPING_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [session, latest])
  return useSyncExternalStore(session.subscribe, read, read)
}
