/**
 * Key bindings for the read-only article view. ProseMirror skips its keydown handling (and so
 * `keymap` plugins) while the view is not editable; this plugin runs the same bindings from
 * `handleDOMEvents.keydown`, which still fires. The view must be focusable (ArticleEditor
 * gives it tabindex=0) for key events to reach it.
 */
import { keydownHandler } from 'prosemirror-keymap'
import { Plugin, type Command } from 'prosemirror-state'

/**
 * A keymap plugin that works whether or not the view is editable (binding names as in
 * `keymap`, e.g. 'p', 'Shift-q', 'Mod-s').
 */
export function readOnlyKeymap(bindings: Record<string, Command>): Plugin {
  const handle = keydownHandler(bindings)
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown(view, event) {
          if (!handle(view, event)) return false
          event.preventDefault()
          return true
        }
      }
    }
  })
}
