/**
 * Keeps the reader's place when the open article is rebuilt from the desk (others' changes
 * arrived, or the editor's own undo came back): the selection of the old editor, as it last
 * stood (as code points, which the desk keeps exact), is set again in the new editor, without
 * moving the page; the focus goes back if the article had it, and "Edit text" stays on if it
 * was (what was typed is saved before the rebuild).
 *
 * Rebuilds go one after another. The desk's poll and an undo can ask for one at the same
 * moment; each notes the place from the editor the previous one made, once that editor has its
 * place back. Noted any earlier, the place would come from an editor without the focus yet,
 * and the next Ctrl+Z would go nowhere.
 */
import { Plugin, TextSelection, type EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { layerOf } from '@renderer/editor/annotations'
import { isEditingText, setEditing } from '../annotations/annotateUi'
import { flushAll } from '../annotations/closeFlush'
import { holdKeys, releaseKeys } from './heldKeys'
import {
  articleConversions,
  offsetsOf,
  positionsOf
} from '@renderer/editor/annotations/conversions'

/**
 * The place to keep: the editor the article is rebuilt from, read when the new editor is made,
 * so that a selection the reader makes while the article is fetched again is the one kept.
 */
interface KeptSelection {
  articleId: string
  from: EditorView
  /** The article had the focus: give it back, with the page's own selection. */
  focused: boolean
}

/** An editor of an article, and the moment its kept place is set (at once when none was). */
interface ArticleEditor {
  articleId: string
  view: EditorView
  placed: Promise<void>
}

/** How long a rebuild waits for its new editor; a reload that fails makes none. */
const NEW_EDITOR_WAIT_MS = 2_000

let kept: KeptSelection | null = null
let current: ArticleEditor | null = null
const waitingForEditor = new Set<() => void>()
let rebuilds: Promise<void> = Promise.resolve()

/** How many times a rebuild reads the file again while the reader keeps changing the article. */
const REBUILD_ATTEMPTS = 5

function noteSelection(view: EditorView, articleId: string): void {
  if (view.isDestroyed) return
  kept = { articleId, from: view, focused: view.hasFocus() }
}

/** What the reader can change in an editor: the text, the annotations and the entities. */
function articleOf(state: EditorState) {
  const { annotations, entities } = layerOf(state)
  return { doc: state.doc, annotations, entities }
}

/** Resolves when the next editor is made, or after `ms`. */
function nextEditor(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      waitingForEditor.delete(done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    waitingForEditor.add(done)
  })
}

/**
 * Rebuilds the open article `articleId` with `reload` (which reads the file again and shows
 * it unless `stillWanted` says no by then), the reader's place kept; after the rebuilds asked
 * for before it. What is pending is saved first. When the reader changes the text or the
 * annotations while the file is read, that version would lose the change: it is not shown, the
 * change is saved and the file read again. False when the article was not shown again.
 */
export function rebuildKeepingPlace(
  articleId: string,
  reload: (stillWanted: () => boolean) => Promise<boolean>
): Promise<boolean> {
  const run = rebuilds.then(() =>
    rebuildFromFile(articleId, reload).finally(() =>
      // Keys held while the editor was rebuilt go to the new one, or are let go with none:
      // whatever happened, the keyboard is never left held.
      releaseKeys(current?.view ?? null)
    )
  )
  rebuilds = run.then(
    () => undefined,
    () => undefined
  )
  return run
}

/** One rebuild: saved, read and shown again, until a version read is one the reader has seen. */
async function rebuildFromFile(
  articleId: string,
  reload: (stillWanted: () => boolean) => Promise<boolean>
): Promise<boolean> {
  for (let attempt = 0; attempt < REBUILD_ATTEMPTS; attempt++) {
    await flushAll()
    const before = current?.articleId === articleId ? current : null
    if (before) {
      await before.placed
      noteSelection(before.view, articleId)
    }
    const noted = before && articleOf(before.view.state)
    const unchanged = (): boolean => {
      if (!before || !noted || before.view.isDestroyed) return true
      const now = articleOf(before.view.state)
      return (
        now.doc === noted.doc &&
        now.annotations === noted.annotations &&
        now.entities === noted.entities
      )
    }
    const made = nextEditor(NEW_EDITOR_WAIT_MS)
    if (await reload(unchanged)) {
      await made
      if (current && current !== before) await current.placed
      return true
    }
    if (unchanged()) return false
  }
  return false
}

function restore(view: EditorView, selection: KeptSelection): void {
  // The old editor's last state: destroyed, it still holds the reader's last selection and mode.
  const old = selection.from.state
  // "Edit text" was on: it stays on, so the editor goes on typing where they were.
  if (isEditingText(old) && !isEditingText(view.state)) view.dispatch(setEditing(view.state, true))
  const place = offsetsOf(old.doc, old.selection.from, old.selection.to, articleConversions)
  const { doc } = view.state
  const { from, to } = positionsOf(doc, place.start, place.end, articleConversions)
  const size = doc.content.size
  const next = TextSelection.create(doc, Math.min(from, size), Math.min(to, size))
  view.dispatch(view.state.tr.setSelection(next).setMeta('addToHistory', false))
  if (!selection.focused) return
  view.dom.focus({ preventScroll: true })
  // A read-only view draws its selection only once the page's selection is inside it.
  const anchor = view.domAtPos(next.from)
  const head = view.domAtPos(next.to)
  document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset)
  releaseKeys(view)
}

/** Sets the kept selection in the editor of `articleId` once it exists. */
export function keepSelectionPlugin(articleId: string): Plugin {
  return new Plugin({
    view(view) {
      const selection = kept?.articleId === articleId ? kept : null
      kept = null
      let timer: ReturnType<typeof setTimeout> | undefined
      let placedNow = (): void => undefined
      const placed = selection
        ? new Promise<void>((resolve) => {
            placedNow = resolve
            timer = setTimeout(() => {
              if (!view.isDestroyed) restore(view, selection)
              resolve()
            }, 0)
          })
        : Promise.resolve()
      const editor: ArticleEditor = { articleId, view, placed }
      current = editor
      for (const done of [...waitingForEditor]) done()
      return {
        destroy: () => {
          clearTimeout(timer)
          placedNow()
          // The focused editor goes for the rebuilt one: keys pressed meanwhile wait for it.
          if (kept?.from === view && kept.focused) holdKeys()
          if (current === editor) current = null
        }
      }
    }
  })
}
