/**
 * The assist's suggestions for the open article, as ProseMirror plugin state: read when the
 * article opens and again once the text or the annotations have stopped changing, minus what
 * the editor has accepted or rejected, and drawn apart from annotations as dashed underlines.
 *
 * Reading the article takes about a second on a long one, so it never runs in a transaction:
 * the plugin's view asks a worker (`suggestOffThread`) after a pause, and the answer comes
 * back as a transaction of its own. Meanwhile a text edit maps the dashed underlines with
 * the text and marks the list `stale`: its offsets describe the text before the edit, so
 * nothing is accepted from it until the new reading arrives.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node } from 'prosemirror-model'
import type { ArticleSuggestions, Suggestion } from '@shared/suggest/types'
import type { ArticleLayer } from '@shared/articleDelta'
import {
  articleConversions,
  layerOf,
  offsetsOf,
  positionsOf,
  type AnnotationSpec
} from '@renderer/editor/annotations'
import { docToBlocks } from '@renderer/editor/document'
import { createDecorationSet } from '@renderer/editor/annotations/decorationTree'
import { mapDecorations } from '@renderer/editor/annotations/lineage'
import { drawingWindowOf } from '@renderer/editor/annotations/plugin'
import { afterPaintWhenIdle } from '@renderer/components/afterPaintWhenIdle'
import { StateDraft } from '../annotations/stateDraft'
import type { ArticleFeatureContext } from '../types'
import { stopReading, suggestDraft } from './suggestOffThread'
import type { ReadAnnotation } from './suggestProtocol'

/** What the plugin keeps. */
export interface SuggestionsState {
  all: ArticleSuggestions
  /** Keys accepted or rejected in this session, and the rejected ones saved before. */
  done: ReadonlySet<string>
  /** Every rejected key, saved with the article. */
  rejected: readonly string[]
  decorations: DecorationSet
  /** True while `all` was read from an older text (its offsets are out of date). */
  stale: boolean
  /** False until the first reading of the article has arrived. */
  read: boolean
  /** Counts the changes suggestions depend on (text, annotations): what a reading is of. */
  generation: number
}

/** What a transaction can tell the plugin. */
export interface SuggestionsMeta {
  accepted?: string[]
  rejected?: string[]
  /** A reading of the article at `generation`, from the worker. */
  read?: { generation: number; all: ArticleSuggestions }
}

/** How long the text and annotations stay still before the assist reads them again. */
export const SUGGEST_PAUSE_MS = 600

export const suggestionsKey = new PluginKey<SuggestionsState>('suggestions')

/** The plugin state, or undefined when the plugin is not installed. */
export function suggestionsOf(state: EditorState): SuggestionsState | undefined {
  return suggestionsKey.getState(state)
}

/** The suggestions still waiting for the editor's choice, in reading order per kind. */
export function pendingOf(s: SuggestionsState): Suggestion[] {
  return [
    ...s.all.quotes,
    ...s.all.entities,
    ...s.all.checks.filter((c) => c.verdict === 'disagrees')
  ].filter((x) => !s.done.has(x.key))
}

/**
 * What the assist reads of the article of `state`: where the quotes and mentions are, in one
 * walk of the decorations (whole records with fresh quotes for every annotation took a few
 * hundred milliseconds at 30,000 annotations).
 */
function gather(state: EditorState): ArticleLayer<ReadAnnotation> {
  const layer = layerOf(state)
  const annotations: ReadAnnotation[] = []
  const read = (s: AnnotationSpec) =>
    s.part === 'span' && (s.kind === 'quote' || s.kind === 'mention')
  for (const d of layer.decorations.find(undefined, undefined, read)) {
    const { kind, id } = d.spec as AnnotationSpec
    const target = offsetsOf(state.doc, d.from, d.to, articleConversions)
    annotations.push({ id, kind, orphaned: false, target })
  }
  return { blocks: docToBlocks(state.doc), entities: [...layer.entities.values()], annotations }
}

/**
 * Reads the article of `state` in a worker. The worker keeps what it read: after a pause in
 * the annotator's work it is sent only what changed since (a paragraph and the annotations by
 * it), gathered on the page's thread in time proportional to the change.
 */
function compute(
  state: EditorState,
  ctx: ArticleFeatureContext,
  reader: object
): Promise<ArticleSuggestions> {
  const dating = {
    language: ctx.opened.article.language,
    articleDate: ctx.opened.article.createdAt.slice(0, 10)
  }
  return suggestDraft(new StateDraft(state), dating, () => gather(state), reader)
}

function draw(doc: Node, all: ArticleSuggestions, done: ReadonlySet<string>): DecorationSet {
  const decorations: Decoration[] = []
  const add = (start: number, end: number, kind: string, key: string): void => {
    const { from, to } = positionsOf(doc, start, end, articleConversions)
    if (to > from) {
      decorations.push(
        Decoration.inline(from, to, {
          class: `suggested suggested-${kind}`,
          'data-suggestion': key
        })
      )
    }
  }
  for (const q of all.quotes) if (!done.has(q.key)) add(q.span.start, q.span.end, 'quote', q.key)
  for (const e of all.entities) {
    if (done.has(e.key)) continue
    for (const m of e.mentions) add(m.start, m.end, e.type, e.key)
  }
  return createDecorationSet(doc, decorations)
}

const NOTHING_YET = (ctx: ArticleFeatureContext): ArticleSuggestions => ({
  language: ctx.opened.article.language?.startsWith('fr') ? 'fr' : 'en',
  articleDate: ctx.opened.article.createdAt.slice(0, 10),
  quotes: [],
  entities: [],
  checks: []
})

/** The plugin for one open article. */
export function suggestionsPlugin(ctx: ArticleFeatureContext): Plugin<SuggestionsState> {
  const rejected = ctx.opened.rejectedSuggestions ?? []
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: () => ({
        all: NOTHING_YET(ctx),
        done: new Set(rejected),
        rejected,
        decorations: DecorationSet.empty,
        stale: true,
        read: false,
        generation: 0
      }),
      apply: (tr: Transaction, value, _old, next) => {
        const meta = tr.getMeta(suggestionsKey) as SuggestionsMeta | undefined
        if (!meta && !tr.docChanged) return value
        let { all, done, rejected: saved, decorations, stale, read, generation } = value
        let redraw = false
        if (meta?.accepted?.length || meta?.rejected?.length) {
          done = new Set([...done, ...(meta.accepted ?? []), ...(meta.rejected ?? [])])
          if (meta.rejected?.length) saved = [...new Set([...saved, ...meta.rejected])]
          redraw = true
        }
        if (tr.docChanged) {
          // Annotations changed (a layer step) or the text did: either may change what is
          // suggested, so read again after the pause. Only a text edit moves offsets.
          generation++
          if (tr.doc !== tr.before) {
            stale = true
            decorations = mapDecorations(decorations, tr.mapping, tr.doc)
          }
        }
        // A reading of the state as it is now (nothing changed since it was asked for).
        if (meta?.read && meta.read.generation === generation) {
          all = meta.read.all
          stale = false
          read = true
          redraw = true
        }
        if (redraw) decorations = draw(next.doc, all, done)
        return { all, done, rejected: saved, decorations, stale, read, generation }
      }
    },
    view: (view) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      let asked = -1
      let live = true
      // This view's readings: the worker is sent only what changed since this view's last.
      const reader = {}
      const ask = (): void => {
        const state = view.state
        const s = suggestionsKey.getState(state)
        if (!live || !s || s.generation === asked) return
        const generation = s.generation
        asked = generation
        compute(state, ctx, reader).then(
          (all) => {
            const now = suggestionsKey.getState(view.state)
            if (!live || view.isDestroyed || now?.generation !== generation) return
            const tr = view.state.tr.setMeta(suggestionsKey, { read: { generation, all } })
            view.dispatch(tr.setMeta('addToHistory', false))
          },
          () => {
            // A reading that failed leaves the last suggestions as they were.
            asked = -1
          }
        )
      }
      // The first reading waits until the article is painted and the page is idle: what the
      // worker is handed (the whole article and where every quote and mention is) is gathered
      // and copied on the page's thread, about 50 ms at 10,000 annotations, which would
      // otherwise delay the first paint and the editor's first click.
      const first = afterPaintWhenIdle(ask)
      return {
        update(view, previous) {
          const s = suggestionsKey.getState(view.state)
          if (!s || s.generation === suggestionsKey.getState(previous)?.generation) return
          clearTimeout(timer)
          timer = setTimeout(ask, SUGGEST_PAUSE_MS)
        },
        destroy() {
          live = false
          clearTimeout(timer)
          first.cancel()
          stopReading(reader)
        }
      }
    },
    props: {
      // Like highlights, dashed underlines are drawn near the viewport only: on a long
      // article the assist finds thousands of names.
      decorations: (state) => {
        const all = suggestionsKey.getState(state)?.decorations
        const drawing = drawingWindowOf(state)
        return all && drawing ? drawing.visible(all, state) : all
      }
    }
  })
}
