/**
 * Opening an article at a passage (a search hit, a queue item, a quote on an entity page):
 * the passage is asked for here, the article opens, and once its editor exists a plugin
 * selects the passage, gives the article the focus and scrolls the passage to the middle
 * of the page. If the article is already open the plugin, which listens, does it at once.
 */
import { Plugin, TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { articleConversions, positionsOf } from '@renderer/editor/annotations/conversions'
import type { UiActions } from '@renderer/store/actions'
import type { ArticleFeature } from '../types'

/** A passage of an article to show: code points over its plain text. */
export interface RevealRequest {
  articleId: string
  start: number
  end: number
}

let pending: RevealRequest | null = null
const listeners = new Set<() => void>()

/** Takes the pending request for `articleId`, if that is the one asked for. */
function take(articleId: string): RevealRequest | null {
  if (pending?.articleId !== articleId) return null
  const request = pending
  pending = null
  return request
}

/** Opens the article and selects the passage in it. */
export async function openAtPassage(actions: UiActions, request: RevealRequest): Promise<void> {
  pending = request
  for (const listener of [...listeners]) listener()
  await actions.openArticle(request.articleId)
}

/** Selects a passage of the open article, gives it the focus and scrolls it to the middle. */
export function selectPassage(
  view: EditorView,
  request: Pick<RevealRequest, 'start' | 'end'>
): void {
  const { doc } = view.state
  const { from, to } = positionsOf(doc, request.start, request.end, articleConversions)
  const selection = TextSelection.create(doc, from, Math.min(to, doc.content.size))
  // view.focus() does nothing in a read-only view; the article takes the focus itself, so
  // the selection is drawn (and the keys work from there).
  view.dom.focus({ preventScroll: true })
  view.dispatch(
    view.state.tr.setSelection(selection).scrollIntoView().setMeta('addToHistory', false)
  )
  // ProseMirror draws the selection of a read-only view only once the page's selection is
  // already inside it: put it there.
  const anchor = view.domAtPos(from)
  const head = view.domAtPos(selection.to)
  document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset)
  // ProseMirror scrolls just enough to show the selection; a reader wants it in the middle.
  const at = view.domAtPos(from)
  const element = at.node instanceof Element ? at.node : at.node.parentElement
  element?.scrollIntoView({ block: 'center', inline: 'nearest' })
}

/** The plugin that carries out a request for this article. */
function revealPlugin(articleId: string): Plugin {
  return new Plugin({
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const apply = () => {
        clearTimeout(timer)
        // After the workspace has scrolled a newly opened article to its top.
        timer = setTimeout(() => {
          const request = take(articleId)
          if (request && !view.isDestroyed) selectPassage(view, request)
        }, 0)
      }
      listeners.add(apply)
      apply()
      return {
        destroy() {
          clearTimeout(timer)
          listeners.delete(apply)
        }
      }
    }
  })
}

/** Registered in features/registry.ts: no toolbar, no panel, only the plugin. */
export const revealFeature: ArticleFeature = {
  id: 'reveal',
  plugins: (ctx) => [revealPlugin(ctx.articleId)]
}
