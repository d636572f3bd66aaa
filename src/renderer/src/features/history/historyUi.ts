/**
 * Whether the History dialog is open, kept outside React so the toolbar button (built by the
 * feature, outside the panel's component tree) can open it.
 */

/** A tiny external store of one flag, for `useSyncExternalStore`. */
export class HistoryUi {
  private open = false
  private readonly listeners = new Set<() => void>()

  /** True while the dialog is shown. */
  get = (): boolean => this.open

  /** Calls `listener` when the flag changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Shows or hides the dialog. */
  set(open: boolean): void {
    if (this.open === open) return
    this.open = open
    for (const listener of [...this.listeners]) listener()
  }
}

/** The one History dialog of the window. */
export const historyUi = new HistoryUi()
