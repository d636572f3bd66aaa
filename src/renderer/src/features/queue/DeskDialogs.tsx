/**
 * The library-wide views over the window, and the button that opens the queue: mounted by
 * the library pane, so they are there whatever article is open (or none).
 */
import { useI18n } from '@renderer/i18n/I18n'
import { useUiState } from '@renderer/store/StoreContext'
import { showDeskDialog, useDeskDialog } from '../deskDialogs'
import { EntityPageDialog } from '../entity/EntityPageDialog'
import { QueueDialog } from './QueueDialog'

/** The open library-wide view, if any. */
export function DeskDialogs() {
  const dialog = useDeskDialog()
  if (dialog?.kind === 'queue') return <QueueDialog />
  if (dialog?.kind === 'entity') return <EntityPageDialog request={dialog.request} />
  return null
}

/** "To check (n)": opens the verification queue; n counts the library's open checks. */
export function QueueButton() {
  const { t } = useI18n()
  const articles = useUiState((s) => s.library.articles)
  const open = articles.reduce((n, a) => n + (a.toCheck ?? 0), 0)
  return (
    <button
      type="button"
      className="button"
      title={t.queueButtonTip}
      onClick={() => showDeskDialog({ kind: 'queue' })}
    >
      {t.queueButton}
      {open > 0 && <span className="queue-badge"> {open}</span>}
    </button>
  )
}
