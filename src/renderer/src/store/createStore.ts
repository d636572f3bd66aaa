/**
 * A tiny external store: a value, a pure reducer and subscribers, read from React with
 * `useSyncExternalStore`. Enough for the UI state of one window; no library needed.
 */

/** A store of one immutable value changed only by dispatching actions through a reducer. */
export interface Store<S, A> {
  getState(): S
  dispatch(action: A): void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** Creates a store; `reducer` must be pure and return the same state when nothing changed. */
export function createStore<S, A>(reducer: (state: S, action: A) => S, initial: S): Store<S, A> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action)
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
