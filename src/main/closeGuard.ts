/**
 * Closing a window flushes the article's pending saves first. The guard is the small state
 * machine behind that: the window's 'close' is held while the renderer flushes (event
 * `beforeClose`), released when it answers `readyToClose`, or after a timeout so a hung renderer
 * cannot trap the user. A failed flush asks the user before anything is lost. Pure (timers and
 * side effects are injected) so it is unit tested without Electron.
 */

/** What the guard needs from the window. */
export interface CloseGuardDeps {
  /** Sends `beforeClose` to the renderer; false when it cannot be reached (crashed, gone). */
  requestFlush(timeoutMs: number): boolean
  /** Closes the window for real (the guard lets this close through). */
  close(): void
  /** Asks the user whether to close although a save failed; true means close anyway. */
  confirmCloseWithUnsavedChanges(): Promise<boolean>
  /** How long to wait for the renderer, in milliseconds. */
  timeoutMs: number
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  /** Told about timeouts and user decisions, for the log. */
  note?: (message: string) => void
}

/** Where a window is in its closing. */
export type CloseState = 'open' | 'flushing' | 'confirming' | 'closing'

/** Default wait for the renderer's flush. */
export const CLOSE_FLUSH_TIMEOUT_MS = 3000

/** Holds a window's close until its renderer has flushed its saves. */
export class CloseGuard {
  private current: CloseState = 'open'
  private timer: unknown = undefined
  private readonly setTimer: (callback: () => void, ms: number) => unknown
  private readonly clearTimer: (handle: unknown) => void

  constructor(private readonly deps: CloseGuardDeps) {
    this.setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
    this.clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as NodeJS.Timeout))
  }

  /** The current state (for tests and the log). */
  get state(): CloseState {
    return this.current
  }

  /**
   * Call from the window's 'close' event. Returns true when the close may proceed; false means
   * the caller must `preventDefault()` (a flush is under way or was just started).
   */
  onCloseRequested(): boolean {
    if (this.current === 'closing') return true
    if (this.current !== 'open') return false
    this.current = 'flushing'
    if (!this.deps.requestFlush(this.deps.timeoutMs)) {
      this.deps.note?.('Renderer unreachable at close; closing without a flush.')
      this.current = 'closing'
      return true
    }
    this.timer = this.setTimer(() => {
      if (this.current !== 'flushing') return
      this.deps.note?.(
        `Renderer did not confirm its flush within ${this.deps.timeoutMs} ms; closing.`
      )
      this.release()
    }, this.deps.timeoutMs)
    return false
  }

  /**
   * The renderer's answer to `beforeClose`. Resolves to whether the window is now closing.
   * An answer nobody asked for is ignored: only a close the user started may close the window.
   */
  async onReadyToClose(flushed: boolean): Promise<boolean> {
    if (this.current !== 'flushing') return this.current === 'closing'
    this.clearTimer(this.timer)
    if (flushed) {
      this.release()
      return true
    }
    this.current = 'confirming'
    const closeAnyway = await this.deps.confirmCloseWithUnsavedChanges()
    this.deps.note?.(
      closeAnyway ? 'User closed despite unsaved changes.' : 'User kept the window open.'
    )
    if (!closeAnyway) {
      this.current = 'open'
      return false
    }
    this.release()
    return true
  }

  private release(): void {
    this.current = 'closing'
    this.deps.close()
  }
}
