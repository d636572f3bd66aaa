/**
 * Which library-wide view is open over the window (the verification queue, an entity page),
 * kept outside React so that a search hit, a queue row and an entity page can open one
 * another without sharing a parent component.
 */
import { useSyncExternalStore } from 'react'
import type { RequestOf } from '@shared/contract'

/** A library-wide view shown as a dialog. */
export type DeskDialog = { kind: 'queue' } | { kind: 'entity'; request: RequestOf<'entityPage'> }

let current: DeskDialog | null = null
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Shows a view (replacing the one shown), or closes it with null. */
export function showDeskDialog(dialog: DeskDialog | null): void {
  current = dialog
  for (const listener of [...listeners]) listener()
}

/** The view shown now. */
export function useDeskDialog(): DeskDialog | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current
  )
}
