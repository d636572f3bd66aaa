/**
 * The feature's key bindings. The article view is read-only outside "Edit text", and
 * ProseMirror ignores `keymap` plugins in a read-only view, so every binding goes through
 * `readOnlyKeymap`: history (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), the single keys of the actions
 * and of the entity types (read from the settings at each key press, since they can be
 * edited), F2 and Escape for "Edit text", and the reading-mode caret keys.
 *
 * While the text is edited, single keys type letters: their bindings step aside.
 */
import type { Command } from 'prosemirror-state'
import type { Plugin } from 'prosemirror-state'
import { readOnlyKeymap } from '@renderer/editor/readOnlyKeymap'
import type { AnnotateActions } from './annotateActions'
import { caretBindings } from './caret'
import type { AnnotateSession } from './session'
import { ACTION_KEYS, EDIT_TEXT_KEY, isMac, type KeyedAction } from './shortcuts'
import { isEditingText } from './annotateUi'

/** The command a single key runs now: a fixed action first, else an entity type's key. */
export function commandForKey(
  key: string,
  actions: AnnotateActions,
  session: AnnotateSession
): Command | null {
  const fixed = (Object.keys(ACTION_KEYS) as KeyedAction[]).find((a) => ACTION_KEYS[a] === key)
  if (fixed) return actions[fixed]
  const type = session.ctx.settings().entityTypes.find((t) => t.key === key)
  return type ? actions.tagAs(type.id) : null
}

/** The key binding plugins of one article. */
export function annotateKeymaps(session: AnnotateSession, actions: AnnotateActions): Plugin[] {
  const history = readOnlyKeymap({
    'Mod-z': actions.undo,
    'Shift-Mod-z': actions.redo,
    'Mod-y': actions.redo
  })
  const single: Record<string, Command> = {}
  const keys = new Set<string>([...'abcdefghijklmnopqrstuvwxyz0123456789', ACTION_KEYS.help])
  for (const key of keys) {
    single[key] = (state, dispatch, view) => {
      if (isEditingText(state)) return false
      const command = commandForKey(key, actions, session)
      return command ? command(state, dispatch, view) : false
    }
  }
  single[EDIT_TEXT_KEY] = actions.toggleEditText
  single.Escape = actions.stopEditText
  return [history, readOnlyKeymap({ ...single, ...caretBindings(isMac()) })]
}
