/**
 * What the window knows of the desk: the last overview main gave (which articles are shared,
 * how each stands with the desk, how many times others' changes were written), asked for
 * twice a second. Main has no way to push to the browser host, so the renderer asks; an answer
 * costs a few hundred bytes.
 */
import { useSyncExternalStore } from 'react'
import type { DeskArticleStatus, DeskOverview } from '@shared/desk/deskSchemas'

/** How often the window asks main how the desk stands. */
export const DESK_POLL_MS = 500

/** A tiny external store of the last desk overview. */
export class DeskWatch {
  private overview: DeskOverview | null = null
  private readonly listeners = new Set<() => void>()

  getSnapshot = (): DeskOverview | null => this.overview

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  set(overview: DeskOverview | null): void {
    if (JSON.stringify(overview) === JSON.stringify(this.overview)) return
    this.overview = overview
    for (const listener of [...this.listeners]) listener()
  }
}

/** The window's one desk watch. */
export const deskWatch = new DeskWatch()

/** The last desk overview (null before the first answer, or without a desk). */
export function useDeskOverview(): DeskOverview | null {
  return useSyncExternalStore(deskWatch.subscribe, deskWatch.getSnapshot)
}

/** How an article stands with the desk, or undefined when it is not shared. */
export function useDeskArticle(id: string | null): DeskArticleStatus | undefined {
  const overview = useDeskOverview()
  return id ? overview?.articles.find((a) => a.id === id) : undefined
}

/** What changed between two overviews that the window must act on. */
export function deskChanges(
  before: DeskOverview | null,
  after: DeskOverview,
  openId: string | null
): { relist: boolean; reloadOpen: boolean } {
  const relist = before !== null && before.libraryRevision !== after.libraryRevision
  const was = before?.articles.find((a) => a.id === openId)
  const now = after.articles.find((a) => a.id === openId)
  const reloadOpen = Boolean(was && now && now.remoteRevision !== was.remoteRevision)
  return { relist, reloadOpen }
}
