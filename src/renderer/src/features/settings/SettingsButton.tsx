/**
 * How the settings open: a gear button in the bar over the article, Ctrl+, (Cmd+, on a Mac)
 * anywhere in the window, and File › Settings… in the desktop app's menu. It also keeps the
 * entity type colours of the page in step with the settings, as it is always mounted.
 */
import { useEffect, useState } from 'react'
import { useT } from '@renderer/i18n/I18n'
import { SettingsDialog } from './SettingsDialog'
import { useEntityTypeStyles } from './entityTypeStyles'

function GearIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={
          'M6.9 1.5h2.2l.3 1.8 1.2.6 1.6-.9 1.5 1.5-.9 1.6.5 1.2 1.8.4v2.2l-1.8.3-.5 1.2.9 1.6' +
          '-1.5 1.5-1.6-.9-1.2.5-.3 1.8H6.9l-.3-1.8-1.2-.5-1.6.9-1.5-1.5.9-1.6-.5-1.2-1.8-.3V6.9' +
          'l1.8-.4.5-1.2-.9-1.6 1.5-1.5 1.6.9 1.2-.6z'
        }
        fill="none"
        stroke="currentColor"
        strokeWidth="1.2"
        strokeLinejoin="round"
      />
      <circle cx="8" cy="8" r="2.1" fill="none" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  )
}

/** True for Ctrl+, (Cmd+, on a Mac), the usual shortcut of an app's settings. */
function isSettingsShortcut(event: KeyboardEvent): boolean {
  return event.key === ',' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
}

/** The gear button and the settings dialog it opens. */
export function SettingsButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  useEntityTypeStyles()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSettingsShortcut(event)) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKey)
    // In the desktop app, File › Settings… arrives as a menu command.
    const unsubscribe = window.newsroom?.onMenuCommand(({ command }) => {
      if (command === 'openSettings') setOpen(true)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      unsubscribe?.()
    }
  }, [])

  return (
    <>
      <button
        type="button"
        className="icon-button settings-button"
        aria-label={t.settingsOpen}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+Comma"
        title={t.settingsTip}
        onClick={() => setOpen(true)}
      >
        <GearIcon />
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}
