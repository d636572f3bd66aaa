/**
 * The one role=status element of the window: save status and notices ("Saved", "Moved to
 * trash"). Always in the page, so screen readers announce each new message politely.
 */
import { useT } from '../i18n/I18n'
import { useUiState } from '../store/StoreContext'

/** The window's status line (`role="status"`). */
export function StatusMessage() {
  const t = useT()
  const status = useUiState((s) => s.status)
  return (
    <p className="status pill" role="status">
      {/* Keyed by serial so the same words said twice are a new message. */}
      {status && <span key={status.serial}>{status.text(t)}</span>}
    </p>
  )
}
