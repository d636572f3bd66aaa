/**
 * The one role=alert region of the window: damaged library files, and any step that failed,
 * each saying what went wrong and what to do. Present only while there is something to say,
 * so that its appearance is what gets announced.
 */
import { useI18n } from '../i18n/I18n'
import { useActions, useUiState } from '../store/StoreContext'

/** Joins a folder and a name with the folder's own separator (Windows or POSIX). */
export function childPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/'
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`
}

/** The folder part of a path (everything before the last separator). */
function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut > 0 ? path.slice(0, cut) : path
}

/** The window's alerts (`role="alert"`). */
export function AlertRegion() {
  const { t } = useI18n()
  const actions = useActions()
  const alerts = useUiState((s) => s.alerts)
  const library = useUiState((s) => s.library)
  const damageDismissed = useUiState((s) => s.damageDismissed)
  const damaged = damageDismissed ? [] : library.damaged
  if (alerts.length === 0 && damaged.length === 0) return null

  const quarantine = damaged.length
    ? parentPath(damaged[0].quarantinedAs)
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
            <button type="button" className="button button-small" onClick={() => actions.dismissAlert(alert.id)}>
              {t.dismiss}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
