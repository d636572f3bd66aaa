/**
 * "Edit text": the article view becomes editable to fix a typo, then read-only again.
 *
 * The shell's view is made with `editable: () => false` as a direct prop, which outranks any
 * plugin's `editable`; this plugin's view therefore replaces that prop once (setProps keeps
 * every other prop) with one that follows the feature's edit mode. While editing, the base
 * editing keys (Enter, Backspace, Delete…) apply, the caret shows, and spell checking is on;
 * annotations are mapped through each edit by the annotation plugin, and one whose whole
 * text is deleted becomes an orphan.
 */
import { baseKeymap } from 'prosemirror-commands'
import { keymap } from 'prosemirror-keymap'
import { Plugin } from 'prosemirror-state'
import { isEditingText } from './annotateUi'

/**
 * The plugins of "Edit text": editability, its look (a banner worded by `banner`, shown by
 * CSS), and the editing keys.
 */
export function editTextPlugins(banner: () => string): Plugin[] {
  const editable = new Plugin({
    props: {
      attributes: (state): Record<string, string> =>
        isEditingText(state)
          ? { class: 'is-editing-text', spellcheck: 'true', 'data-editing-banner': banner() }
          : { spellcheck: 'false' }
    },
    view(view) {
      let live = true
      // Not from inside the constructor: the view is still setting up its plugin views.
      queueMicrotask(() => {
        if (live && !view.isDestroyed) view.setProps({ editable: (state) => isEditingText(state) })
      })
      return {
        destroy() {
          live = false
        }
      }
    }
  })
  // keymap() plugins only run while the view is editable, which is exactly when these apply.
  return [editable, keymap(baseKeymap)]
}
