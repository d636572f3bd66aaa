/**
 * Answering the window's `beforeClose` (Electron only): every open article's autosave writes
 * what is pending, then the renderer answers `readyToClose({ flushed })`. Installed once per
 * window, whether or not an article is open, so main never waits for its timeout for nothing.
 * In the browser host there is no such event; the autosave flushes on `visibilitychange` and
 * `pagehide` instead (see the autosave plugin).
 */
import type { NewsroomDesktopApi } from '@shared/contract'

type Flusher = () => Promise<boolean>

const flushers = new Set<Flusher>()
let installed = false

/** Subscribes to `beforeClose` once (a no-op outside Electron). */
export function installCloseFlush(bridge: NewsroomDesktopApi | undefined = desktopBridge()): void {
  if (installed || !bridge) return
  installed = true
  bridge.onBeforeClose(() => {
    void flushAll().then((flushed) => bridge.readyToClose({ flushed }))
  })
}

/** Runs every flusher; true when all of them got their work to disk. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((flush) => flush().catch(() => false)))
  return results.every(Boolean)
}

/** Adds a flusher for the window's close; returns the function that removes it. */
export function onWindowClose(flusher: Flusher): () => void {
  installCloseFlush()
  flushers.add(flusher)
  return () => {
    flushers.delete(flusher)
  }
}

function desktopBridge(): NewsroomDesktopApi | undefined {
  return typeof window === 'undefined' ? undefined : window.newsroom
}
