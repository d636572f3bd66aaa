/**
 * While the editor types in Edit text, the paragraph typed in is the page's editing host, not
 * the whole article.
 *
 * After every key Chromium rebuilds, for input methods, the plain text of the whole editing
 * host the caret is in (`CachedTextInputInfo`, a walk of every node of the host), and its
 * selection sync counts characters from the host's start. With the article as one host that
 * is 611,883 characters and every drawn highlight on the long article, a key at a time. Made
 * its own host, a paragraph costs what a short article would.
 *
 * A paragraph as host cannot hold a selection that leaves it, and the browser's caret cannot
 * walk out of it; so the article is one host again (the mode is left) as soon as anything but
 * typing starts: a pointer press, a navigation or shortcut key, a selection that is not a
 * caret, leaving Edit text. The mode is entered again after the next typed character has
 * been painted, so a run of keys after a click costs one key at the old price.
 *
 * The mode lives in the plugin's state and shows as a class on the article (the CSS makes the
 * article read-only and each block read-write while it is set): ProseMirror applies it before
 * it puts the selection back, so a selection is never written into a mode that cannot hold it.
 */
import { Plugin, PluginKey, TextSelection, type EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { selectionRead } from '@renderer/editor/selectionRead'
import { isEditingText } from './annotateUi'

const typingBlock = new PluginKey<boolean>('typing in one block')

/** The class that makes each block of the article its own editing host. */
const TYPES_IN_BLOCK = 'types-in-block'

/** Keys that keep the mode: they type or delete within the text (joins are ProseMirror's). */
function keepsBlock(event: KeyboardEvent): boolean {
  if (event.isComposing) return true
  if (event.ctrlKey || event.metaKey) return false
  return (
    event.key.length === 1 ||
    ['Backspace', 'Delete', 'Enter', 'Shift', 'Dead', 'Process', 'AltGraph'].includes(event.key)
  )
}

/** Whether the state can be typed into with a paragraph as host: a caret in Edit text. */
function canTypeInBlock(state: EditorState): boolean {
  const { selection } = state
  return isEditingText(state) && selection instanceof TextSelection && selection.empty
}

function isTypingInBlock(state: EditorState): boolean {
  return typingBlock.getState(state) === true
}

/** The element of the top-level block of the article that holds `pos`. */
function blockElementAt(view: EditorView, pos: number): HTMLElement | null {
  const element = view.nodeDOM(view.state.doc.resolve(pos).before(1))
  return element instanceof HTMLElement ? element : null
}

function setMode(view: EditorView, inBlock: boolean): void {
  if (view.isDestroyed || isTypingInBlock(view.state) === inBlock) return
  view.dispatch(view.state.tr.setMeta(typingBlock, inBlock))
}

/**
 * After a typed character: once its frame has been painted, the paragraph becomes the host
 * (the switch restyles the article, which the key's own frame should not wait for).
 */
export function typeInBlockSoon(view: EditorView): void {
  if (isTypingInBlock(view.state)) return
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (view.isDestroyed || view.composing || !view.hasFocus()) return
      // A key that moved the caret (an arrow) may not have been read yet: switching now would
      // put the caret back where the state has it. The next typed key tries again.
      const page = document.getSelection()
      if (!page?.isCollapsed || !page.focusNode || !view.dom.contains(page.focusNode)) return
      if (canTypeInBlock(view.state) && selectionRead(view, page)) setMode(view, true)
    })
  )
}

export function typingBlockPlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: typingBlock,
    state: {
      init: () => false,
      apply(tr, inBlock, _old, state) {
        const asked: unknown = tr.getMeta(typingBlock)
        if (asked !== undefined) return asked === true && canTypeInBlock(state)
        return inBlock && canTypeInBlock(state)
      }
    },
    props: {
      attributes: (state): Record<string, string> =>
        isTypingInBlock(state) ? { class: TYPES_IN_BLOCK } : {},
      handleDOMEvents: {
        // Before the browser starts a selection, which may cross paragraphs.
        mousedown(view) {
          setMode(view, false)
          return false
        },
        keydown(view, event) {
          if (!keepsBlock(event)) setMode(view, false)
          return false
        }
      }
    },
    view(view) {
      const originalHasFocus = view.hasFocus.bind(view)
      // ProseMirror takes the view as focused only when the article itself is the focused
      // element; while a paragraph is the host, the paragraph is.
      view.hasFocus = () =>
        originalHasFocus() ||
        (isTypingInBlock(view.state) && view.root.activeElement?.parentElement === view.dom)
      // Focus moving from the article to one of its paragraphs (or back) is not the editor
      // losing the focus: ProseMirror must not hear of it.
      const withinArticle = (event: FocusEvent) => {
        if (event.relatedTarget instanceof Node && view.dom.contains(event.relatedTarget))
          event.stopImmediatePropagation()
      }
      // A paragraph losing the focus to something outside the article is the editor losing
      // it: ProseMirror listens on the article only, so it is told.
      const leftArticle = (event: FocusEvent) => {
        if (event.target === view.dom || !isTypingInBlock(view.state)) return
        const to = event.relatedTarget
        if (to instanceof Node && view.dom.contains(to)) return
        // The window losing the focus keeps the caret where it is, to come back to.
        if (!to && !document.hasFocus()) return
        setMode(view, false)
        view.dom.dispatchEvent(new FocusEvent('blur', { relatedTarget: to }))
      }
      view.dom.addEventListener('blur', withinArticle, { capture: true })
      view.dom.addEventListener('focusout', leftArticle)
      return {
        update(view, previous) {
          const active = view.root.activeElement
          if (isTypingInBlock(view.state)) {
            // Entered, or the caret went to another paragraph (Enter, a join, a click in
            // another paragraph's text set from a script): the caret's paragraph is the host.
            const block = blockElementAt(view, view.state.selection.head)
            if (block && active !== block) block.focus({ preventScroll: true })
          } else if (
            isTypingInBlock(previous) &&
            active instanceof HTMLElement &&
            active.parentElement === view.dom
          ) {
            // The paragraph is no longer a host and cannot keep the focus: the article takes
            // it, with the selection where it is.
            view.dom.focus({ preventScroll: true })
          }
        },
        destroy() {
          view.dom.removeEventListener('blur', withinArticle, { capture: true })
          view.dom.removeEventListener('focusout', leftArticle)
          view.hasFocus = originalHasFocus
        }
      }
    }
  })
}
