/**
 * The slim toolbar over the article: the features' actions in groups (annotate, edit, file,
 * help: each action says its group), each button showing its key and its tooltip naming it.
 * Where the bar is narrow (CSS container queries in layout.css), a button with an icon shows
 * the icon instead of its label and an entity type shows its key cap in its colour, so the
 * whole bar stays one row at 1280 pixels; narrower still, whole groups wrap.
 * Arrow keys move between all the buttons (one tab stop for the whole toolbar, as ARIA's
 * toolbar pattern asks); the editor gets the focus back after an action, so the reader's
 * selection stays where it was.
 */
import { useCallback, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import type { EditorState } from 'prosemirror-state'
import { TOOLBAR_GROUPS, type ToolbarAction } from '../features/types'
import { useT } from '../i18n/I18n'
import { useEditorState, useEditorView } from '../editor/EditorSession'
import { TOOLBAR_ICONS } from './icons'

/** The actions in group order, each group's in the order the features gave them. */
export function groupActions(
  actions: readonly ToolbarAction[]
): { group: ToolbarAction['group']; actions: ToolbarAction[] }[] {
  return TOOLBAR_GROUPS.map((group) => ({
    group,
    actions: actions.filter((a) => a.group === group)
  })).filter((g) => g.actions.length > 0)
}

/** True for a key with modifiers ("Ctrl+Z", "⌘⇧Z"), which a narrow bar leaves to the tooltip. */
function isChord(shortcut: string): boolean {
  return shortcut.length > 1 && /[+⌘⇧]/.test(shortcut)
}

/**
 * What the buttons show for an editor state, two characters an action in toolbar order:
 * enabled ('1' or '0'), then pressed ('t', 'f', or '-' for a button that is not a toggle).
 * A string, so that the toolbar re-renders only when one of them changes: a key typed in
 * "Edit text" makes a new state every time but changes none of them, and any React commit
 * while the article has the focus walks the whole editable article to save the selection.
 */
export function buttonStates(actions: readonly ToolbarAction[], state: EditorState): string {
  let states = ''
  for (const { actions: inGroup } of groupActions(actions))
    for (const action of inGroup) {
      const active = action.isActive?.(state)
      states += (action.isEnabled?.(state) ?? true) ? '1' : '0'
      states += active === undefined ? '-' : active ? 't' : 'f'
    }
  return states
}

/** The toolbar (`role="toolbar"`); renders nothing while there are no actions. */
export function Toolbar(props: { actions: readonly ToolbarAction[] }) {
  const t = useT()
  const { actions } = props
  const view = useEditorView()
  const states = useEditorState(
    useCallback((state: EditorState) => buttonStates(actions, state), [actions]),
    ''
  )
  const [focusIndex, setFocusIndex] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const groups = groupActions(actions)
  const ordered = groups.flatMap((g) => g.actions)
  if (ordered.length === 0) return <div className="toolbar toolbar-empty" />

  // No state (no article shown): every button is off.
  const enabled = ordered.map((_, i) => view !== null && states[2 * i] === '1')
  const last = Math.min(focusIndex, ordered.length - 1)

  /** The next enabled button from `from` going `step` (+1 or -1), wrapping around. */
  function nextEnabled(from: number, step: number): number {
    for (let k = 1; k <= ordered.length; k++) {
      const i = (((from + step * k) % ordered.length) + ordered.length) % ordered.length
      if (enabled[i]) return i
    }
    return from
  }

  // The toolbar's one tab stop: the last button focused, or the next one that is enabled.
  const current = enabled[last] ? last : nextEnabled(last, 1)

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, () => number> = {
      ArrowRight: () => nextEnabled(current, 1),
      ArrowLeft: () => nextEnabled(current, -1),
      // Disabled buttons cannot take the focus: the arrows and Home/End step over them.
      Home: () => nextEnabled(-1, 1),
      End: () => nextEnabled(ordered.length, -1)
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    const next = move()
    setFocusIndex(next)
    buttons.current[next]?.focus()
  }

  function button(action: ToolbarAction, i: number) {
    const pressed = states[2 * i + 1]
    const active = pressed === 't' ? true : pressed === 'f' ? false : undefined
    const Icon = action.icon ? TOOLBAR_ICONS[action.icon] : null
    return (
      <button
        key={action.id}
        ref={(el) => {
          buttons.current[i] = el
        }}
        type="button"
        className="toolbar-button"
        data-icon={Icon ? '' : undefined}
        data-type={action.color ? '' : undefined}
        // Without an icon, a single key is the button where the bar is narrow (types, Help).
        data-keycap={!Icon && action.shortcut && !isChord(action.shortcut) ? '' : undefined}
        // React sets this through the CSSOM, which the CSP allows (no style attribute).
        style={action.color ? ({ '--swatch': action.color } as CSSProperties) : undefined}
        tabIndex={i === current ? 0 : -1}
        disabled={!enabled[i]}
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
        {Icon && <Icon />}
        {action.color && <span className="swatch" aria-hidden="true" />}
        <span className="toolbar-label">{action.label}</span>
        {action.shortcut && (
          <kbd
            className={isChord(action.shortcut) ? 'toolbar-key is-chord' : 'toolbar-key'}
            aria-hidden="true"
          >
            {action.shortcut}
          </kbd>
        )}
      </button>
    )
  }

  let index = 0
  return (
    <div className="toolbar" role="toolbar" aria-label={t.toolbarLabel} onKeyDown={onKeyDown}>
      {groups.map((g) => (
        <div
          key={g.group}
          className="toolbar-group"
          role="group"
          aria-label={t.toolbarGroups[g.group]}
        >
          {g.actions.map((action) => button(action, index++))}
        </div>
      ))}
    </div>
  )
}
