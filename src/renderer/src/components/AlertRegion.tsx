/**
 * The one role=alert region of the window: damaged library files, and any step that failed,
 * each saying what went wrong and what to do. Present only while there is something to say,
 * so that its appearance is what gets announced.
 */
import { useI18n } from '../i18n/I18n'
import { childPath, inLibrary, parentPath } from '@renderer/pathText'
import { useActions, useUiState } from '../store/StoreContext'

/** The window's alerts (`role="alert"`). */
export function AlertRegion() {
  const { t } = useI18n()
  const actions = useActions()
  const alerts = useUiState((s) => s.alerts)
  const library = useUiState((s) => s.library)
  const damageDismissed = useUiState((s) => s.damageDismissed)
  const damaged = damageDismissed ? [] : library.damaged
  if (alerts.length === 0 && damaged.length === 0) return null

  // Main reports quarantined files relative to the library folder; show the full folder.
  const quarantine = damaged.length
    ? inLibrary(library.folder, parentPath(damaged[0].quarantinedAs))
    : ''

  return (
    <div className="alerts" role="alert">
      {damaged.length > 0 && (
        <div className="alert">
          <p className="alert-text">
            {t.damagedFiles(
              damaged.map((f) => f.fileName),
              quarantine,
              childPath(library.folder, 'backups')
            )}
          </p>
          <div className="alert-actions">
            <button type="button" className="button button-small" onClick={actions.dismissDamage}>
              {t.dismiss}
            </button>
          </div>
        </div>
      )}
      {alerts.map((alert) => (
        <div className="alert" key={alert.id}>
          <p className="alert-text">{alert.text(t)}</p>
          <div className="alert-actions">
            {alert.retry && (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  actions.dismissAlert(alert.id)
                  alert.retry?.()
                }}
              >
                {t.retry}
              </button>
            )}
            <button
              type="button"
              className="button button-small"
              onClick={() => actions.dismissAlert(alert.id)}
            >
              {t.dismiss}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
