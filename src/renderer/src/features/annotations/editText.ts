/**
 * "Edit text": the article view becomes editable to fix a typo, then read-only again.
 *
 * The shell's view is made with `editable: () => false` as a direct prop, which outranks any
 * plugin's `editable`; this plugin's view therefore replaces that prop once (setProps keeps
 * every other prop) with one that follows the feature's edit mode. While editing, the base
 * editing keys (Enter, Backspace, Delete…) apply, the caret shows, and spell checking is on;
 * annotations are mapped through each edit by the annotation plugin, and one whose whole
 * text is deleted becomes an orphan.
 *
 * A typed character is not left to the browser: the key is taken (ProseMirror's
 * `handleKeyPress`) and the same character is inserted in the task after it. Left to the
 * browser, the insertion and ProseMirror putting the selection back each made Chromium count
 * the characters from the top of the page to the caret (see `afterInputEvent`): 22 ms of a
 * 37 ms key at 30,000 annotations, growing with the text above the caret. Composition
 * (dead keys, input methods) never reaches `handleKeyPress` and stays the browser's. While
 * keys type, the paragraph typed in is the editing host (see `typingBlock`).
 */
import { baseKeymap } from 'prosemirror-commands'
import { keymap } from 'prosemirror-keymap'
import { Plugin } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { afterInputEvent } from '@renderer/editor/afterInputEvent'
import { isEditingText } from './annotateUi'
import { typeInBlockSoon, typingBlockPlugin } from './typingBlock'

/** Inserts a typed character where the selection is when the work runs, as ProseMirror would. */
function insertTyped(view: EditorView, text: string): void {
  if (view.isDestroyed || !view.editable) return
  const { from, to } = view.state.selection
  const typed = () => view.state.tr.insertText(text, from, to).scrollIntoView()
  if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, typed)))
    view.dispatch(typed())
  typeInBlockSoon(view)
}

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
          : { spellcheck: 'false' },
      // Only called while the view is editable, for a key that types a character.
      handleKeyPress(view, event) {
        const text = String.fromCharCode(event.charCode)
        if (/[\r\n]/.test(text)) return false
        afterInputEvent(() => insertTyped(view, text))
        return true
      }
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
  return [editable, typingBlockPlugin(), keymap(baseKeymap)]
}
