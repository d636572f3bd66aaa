/**
 * The UI store and its actions for React components.
 *
 *   const articles = useUiState((s) => s.library.articles)
 *   const { openArticle } = useActions()
 *
 * A selector must return a value already in the state (or a primitive), not a new object,
 * or the component re-renders on every change.
 */
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { UiActions, UiStore } from './actions'
import type { UiState } from './uiState'

interface StoreValue {
  store: UiStore
  actions: UiActions
}

const StoreContext = createContext<StoreValue | null>(null)

/** Makes a store and its actions available to the components below. */
export function StoreProvider(props: StoreValue & { children: ReactNode }) {
  const { store, actions } = props
  return <StoreContext.Provider value={{ store, actions }}>{props.children}</StoreContext.Provider>
}

function useStoreValue(): StoreValue {
  const value = useContext(StoreContext)
  if (!value) throw new Error('useUiState and useActions need a <StoreProvider> above them')
  return value
}

/** A slice of the UI state; the component re-renders when the slice changes. */
export function useUiState<T>(selector: (state: UiState) => T): T {
  const { store } = useStoreValue()
  const read = useCallback(() => selector(store.getState()), [store, selector])
  return useSyncExternalStore(store.subscribe, read, read)
}

/** The UI actions (open, create, import, rename, trash, save…). */
export function useActions(): UiActions {
  return useStoreValue().actions
}
