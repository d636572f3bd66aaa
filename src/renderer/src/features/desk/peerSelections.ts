/**
 * Others' selections in the article, drawn faintly in each one's presence colour with their
 * name on hover, from the desk's awareness (the overview main gives twice a second). A
 * selection goes when its editor selects nothing, closes the article or leaves the desk.
 *
 * Colours reach the page through one constructed stylesheet (the CSP allows no inline
 * style), one rule per editor shown: `.desk-peer-0 { --desk-peer: hsl(…) }`.
 */
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node } from 'prosemirror-model'
import type { DeskArticleStatus } from '@shared/desk/deskSchemas'
import { articleConversions, positionsOf } from '@renderer/editor/annotations/conversions'
import { deskWatch } from './deskWatch'

type Peer = DeskArticleStatus['present'][number]

const peersKey = new PluginKey<DecorationSet>('deskPeerSelections')

/** Presence colours as main makes them; anything else is not put into the stylesheet. */
const PRESENCE_COLOR = /^hsl\(\d{1,3} \d{1,3}% \d{1,3}%\)$/

let sheet: CSSStyleSheet | null = null

function applyPeerColors(peers: readonly Peer[]): void {
  if (typeof CSSStyleSheet === 'undefined' || typeof document === 'undefined') return
  if (!sheet) {
    sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  sheet.replaceSync(
    peers
      .map((p, i) =>
        PRESENCE_COLOR.test(p.color) ? `.desk-peer-${i} { --desk-peer: ${p.color}; }` : ''
      )
      .join('\n')
  )
}

/** The others with a selection in the article `articleId`, as the last overview says. */
function peersIn(articleId: string): Peer[] {
  const article = deskWatch.getSnapshot()?.articles.find((a) => a.id === articleId)
  return article?.present.filter((p) => p.selection) ?? []
}

function decorate(doc: Node, peers: readonly Peer[]): DecorationSet {
  const size = doc.content.size
  const decorations: Decoration[] = []
  peers.forEach((peer, i) => {
    if (!peer.selection) return
    const { from, to } = positionsOf(
      doc,
      peer.selection.start,
      peer.selection.end,
      articleConversions
    )
    if (Math.min(to, size) <= from) return
    decorations.push(
      Decoration.inline(from, Math.min(to, size), {
        nodeName: 'span',
        class: `desk-peer-selection desk-peer-${i}`,
        title: peer.name,
        'data-desk-peer': peer.name
      })
    )
  })
  return DecorationSet.create(doc, decorations)
}

/** The plugin that draws the others' selections in the article `articleId`. */
export function peerSelectionsPlugin(articleId: string): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: peersKey,
    state: {
      init: (_config, state: EditorState) => decorate(state.doc, peersIn(articleId)),
      apply(tr, set) {
        const peers = tr.getMeta(peersKey) as Peer[] | undefined
        return peers ? decorate(tr.doc, peers) : set.map(tr.mapping, tr.doc)
      }
    },
    props: {
      decorations: (state) => peersKey.getState(state)
    },
    view(view) {
      let shown = JSON.stringify(peersIn(articleId))
      applyPeerColors(peersIn(articleId))
      const stop = deskWatch.subscribe(() => {
        const peers = peersIn(articleId)
        const now = JSON.stringify(peers)
        if (now === shown || view.isDestroyed) return
        shown = now
        applyPeerColors(peers)
        view.dispatch(view.state.tr.setMeta(peersKey, peers).setMeta('addToHistory', false))
      })
      return { destroy: stop }
    }
  })
}
