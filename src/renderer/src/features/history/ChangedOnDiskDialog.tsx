/**
 * The choice after a save was refused because the article file changed on disk (another
 * program, a sync client, another editor): reload their version, or keep mine (theirs stays
 * in the History). Nothing is written until the user chooses.
 */
import { useId, useState } from 'react'
import { Dialog } from '@renderer/components/Dialog'
import { useT } from '@renderer/i18n/I18n'
import { useActions } from '@renderer/store/StoreContext'
import { flushAll } from '../annotations/closeFlush'

/** The dialog; render it only while a conflict is waiting. */
export function ChangedOnDiskDialog(props: { message: string }) {
  const t = useT()
  const actions = useActions()
  const bodyId = useId()
  const [busy, setBusy] = useState(false)

  const choose = async (choice: 'theirs' | 'mine') => {
    setBusy(true)
    // Edits made since the refusal are refused too (the file is still theirs): settle them
    // before reloading, so none is written over their version afterwards.
    if (choice === 'theirs') await flushAll()
    await actions.resolveConflict(choice)
  }

  return (
    <Dialog
      title={t.conflictHeading}
      role="alertdialog"
      describedBy={bodyId}
      // A choice is needed: Escape leaves the question up rather than pick one silently.
      onClose={() => undefined}
    >
      <div id={bodyId} className="dialog-body history-body">
        <p>{t.conflictBody}</p>
        <p className="history-meta">{props.message}</p>
        <ul className="conflict-choices">
          <li>
            <strong>{t.conflictReload}</strong>: {t.conflictReloadHint}
          </li>
          <li>
            <strong>{t.conflictKeep}</strong>: {t.conflictKeepHint}
          </li>
        </ul>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          autoFocus
          disabled={busy}
          onClick={() => void choose('theirs')}
        >
          {t.conflictReload}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void choose('mine')}
        >
          {t.conflictKeep}
        </button>
      </div>
    </Dialog>
  )
}
