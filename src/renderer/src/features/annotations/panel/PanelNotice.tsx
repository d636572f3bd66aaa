/**
 * The line under the panel's lists: what the last action did ("Deleted Meta.") and, after a
 * delete, an Undo that stands while nothing else has changed. Always in the page, so screen
 * readers announce each new notice (politely).
 */
import type { Messages } from '@renderer/i18n/strings'
import type { PanelNotice as Notice } from './panelState'

export function PanelNotice(props: {
  t: Messages
  notice: Notice<unknown> | null
  onUndo(): void
}) {
  const { notice } = props
  return (
    <div className="panel-notice" aria-live="polite">
      {notice && (
        <>
          <span key={notice.serial}>{notice.text}</span>
          {notice.undoWhile !== null && (
            <button type="button" className="button button-small" onClick={props.onUndo}>
              {props.t.panelUndo}
            </button>
          )}
        </>
      )}
    </div>
  )
}
