/**
 * The slim toolbar over the article: one button per feature action, each showing its key.
 * Arrow keys move between the buttons (one tab stop for the whole toolbar, as ARIA's toolbar
 * pattern asks); the editor gets the focus back after an action, so the reader's selection
 * stays where it was.
 */
import { useRef, useState, type KeyboardEvent } from 'react'
import type { ToolbarAction } from '../features/types'
import { useT } from '../i18n/I18n'
import { useEditorSnapshot } from '../editor/EditorSession'

/** The toolbar (`role="toolbar"`); renders nothing while there are no actions. */
export function Toolbar(props: { actions: readonly ToolbarAction[] }) {
  const t = useT()
  const { view, state } = useEditorSnapshot()
  const [focusIndex, setFocusIndex] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const { actions } = props
  if (actions.length === 0) return <div className="toolbar toolbar-empty" />

  const current = Math.min(focusIndex, actions.length - 1)

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -Infinity,
      End: Infinity
    }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    const next =
      move === -Infinity
        ? 0
        : move === Infinity
          ? actions.length - 1
          : (current + move + actions.length) % actions.length
    setFocusIndex(next)
    buttons.current[next]?.focus()
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t.toolbarLabel} onKeyDown={onKeyDown}>
      {actions.map((action, i) => {
        const enabled = view !== null && state !== null && (action.isEnabled?.(state) ?? true)
        const active = state && action.isActive ? action.isActive(state) : undefined
        return (
          <button
            key={action.id}
            ref={(el) => {
              buttons.current[i] = el
            }}
            type="button"
            className="toolbar-button"
            tabIndex={i === current ? 0 : -1}
            disabled={!enabled}
            aria-pressed={active}
            aria-keyshortcuts={action.shortcut}
            title={action.description ?? action.label}
            // Keep the editor's selection and focus when the button is clicked.
            onMouseDown={(e) => e.preventDefault()}
            onFocus={() => setFocusIndex(i)}
            onClick={() => {
              if (!view) return
              action.run(view)
              view.focus()
            }}
          >
            {action.color && (
              // React sets this through the CSSOM, which the CSP allows (no style attribute).
              <span
                className="swatch"
                style={{ backgroundColor: action.color }}
                aria-hidden="true"
              />
            )}
            <span className="toolbar-label">{action.label}</span>
            {action.shortcut && (
              <kbd className="toolbar-key" aria-hidden="true">
                {action.shortcut}
              </kbd>
            )}
          </button>
        )
      })}
    </div>
  )
}
