/**
 * The notice above the article while another window or editor holds the library: this
 * window only reads, and says so before anyone tries to change something.
 */
import { useT } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import './access.css'

/** "Open in another window or by another editor: read-only", with main's detail. */
export function ReadOnlyBanner() {
  const t = useT()
  const access = useUiState((s) => s.access)
  if (!access.readOnly) return null
  return (
    <section className="read-only-banner" role="status" aria-label={t.readOnlyBanner}>
      <strong>{t.readOnlyBanner}</strong>
      {access.reason && <p>{access.reason}</p>}
    </section>
  )
}
