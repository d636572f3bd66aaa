/**
 * What the export and import dialogs show, kept outside React: an import that opens a new
 * article remounts the feature's panel (it is keyed by article), and its report must still
 * be there afterwards. The panel that is mounted also registers itself as the controller
 * the toolbar buttons and menu commands call.
 */
import type { AnnotationImport } from '@shared/contract'

/** The dialog of the exchange feature that is open, if any. */
export type ExchangeDialog =
  | { kind: 'export'; articleId: string }
  | {
      kind: 'confirm'
      fileName: string
      text: string
      articleId: string
      annotationCount: number
    }
  | { kind: 'busy'; fileName: string }
  | { kind: 'report'; fileName: string; outcome: AnnotationImport }
  | { kind: 'failed'; fileName: string; message: string }

/** What the toolbar buttons and menu commands ask of the mounted panel. */
export interface ExchangeController {
  openExport(): void
  /** Starts picking a file; must run inside the click that asked (the file chooser needs it). */
  startImport(): void
}

/** A tiny external store of the open dialog, for `useSyncExternalStore`. */
export class ExchangeUi {
  private dialog: ExchangeDialog | null = null
  private readonly listeners = new Set<() => void>()
  /** The panel of the open article, while one is mounted. */
  controller: ExchangeController | null = null

  /** The dialog shown now, or null. */
  get = (): ExchangeDialog | null => this.dialog

  /** Calls `listener` when the dialog changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Shows a dialog (replacing the one shown). */
  show(dialog: ExchangeDialog): void {
    this.set(dialog)
  }

  /** Closes the dialog. */
  close(): void {
    if (this.dialog) this.set(null)
  }

  private set(dialog: ExchangeDialog | null): void {
    this.dialog = dialog
    for (const listener of [...this.listeners]) listener()
  }
}

/** The window's one exchange UI. */
export const exchangeUi = new ExchangeUi()
