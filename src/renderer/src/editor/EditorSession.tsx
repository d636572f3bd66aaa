/**
 * The live editor of the open article, shared with the components around it (toolbar,
 * annotation panel) that are not inside the editor's React subtree. `ArticleEditor`
 * publishes its view and every new state here; components read them with the hooks below.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import type { EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'

/** The current view and state, both null while no article is shown. */
export interface EditorSnapshot {
  view: EditorView | null
  state: EditorState | null
}

/** A tiny external store of the editor's view and state. */
export class EditorSession {
  private snapshot: EditorSnapshot = { view: null, state: null }
  private readonly listeners = new Set<() => void>()

  /** The current view and state (a new object whenever either changes). */
  getSnapshot = (): EditorSnapshot => this.snapshot

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Set while listeners have not yet heard of the current snapshot. */
  private pending: (() => void) | null = null

  /**
   * Publishes a view and its state (the editor calls this after every transaction). With
   * `deferred` (a text edit), the snapshot is current at once for whoever reads it, but the
   * listeners hear of it only after the next frame is painted, once per frame however many
   * edits came: a React commit on every keystroke saves and restores the DOM selection by
   * walking the whole editable article, which costs a frame on a long one.
   */
  publish(view: EditorView | null, state: EditorState | null, deferred = false): void {
    if (this.snapshot.view === view && this.snapshot.state === state) return
    this.snapshot = { view, state }
    if (!deferred) return this.notify()
    if (this.pending) return
    let cancelled = false
    const frame = requestAnimationFrame(() => {
      // The timer runs after the frame just drawn is painted.
      setTimeout(() => {
        if (!cancelled) this.notify()
      }, 0)
    })
    this.pending = () => {
      cancelled = true
      cancelAnimationFrame(frame)
    }
  }

  private notify(): void {
    this.pending?.()
    this.pending = null
    for (const listener of [...this.listeners]) listener()
  }
}

/** The session of this window; the article workspace provides it. */
export const EditorSessionContext = createContext<EditorSession>(new EditorSession())

/** The editor's view and state; re-renders on every transaction. */
export function useEditorSnapshot(): EditorSnapshot {
  const session = useContext(EditorSessionContext)
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot)
}

/** The editor's view, or null when no article is shown. */
export function useEditorView(): EditorView | null {
  const session = useContext(EditorSessionContext)
  const read = useCallback(() => session.getSnapshot().view, [session])
  return useSyncExternalStore(session.subscribe, read, read)
}

/**
 * A value derived from the editor state (for example a plugin's state); re-renders only
 * when the derived value changes. Returns `fallback` while no article is shown. `select`
 * must return a value that stays the same object while nothing changed (a plugin state, a
 * primitive), never a new object or array per call, or React re-renders without end.
 */
export function useEditorState<T>(select: (state: EditorState) => T, fallback: T): T {
  const session = useContext(EditorSessionContext)
  const read = useCallback(() => {
    const { state } = session.getSnapshot()
    return state ? select(state) : fallback
  }, [session, select, fallback])
  return useSyncExternalStore(session.subscribe, read, read)
}
