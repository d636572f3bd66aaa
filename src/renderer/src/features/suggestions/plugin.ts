/**
 * The assist's suggestions for the open article, as ProseMirror plugin state: computed when
 * the article opens (and again after a text edit), minus what the editor has accepted or
 * rejected, and drawn apart from annotations as dashed underlines.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Node } from 'prosemirror-model'
import { suggest } from '@shared/suggest/suggest'
import type { ArticleSuggestions, Suggestion } from '@shared/suggest/types'
import { articleConversions, positionsOf, toArticle } from '@renderer/editor/annotations'
import { docToBlocks } from '@renderer/editor/document'
import type { ArticleFeatureContext } from '../types'

/** What the plugin keeps. */
export interface SuggestionsState {
  all: ArticleSuggestions
  /** Keys accepted or rejected in this session, and the rejected ones saved before. */
  done: ReadonlySet<string>
  /** Every rejected key, saved with the article. */
  rejected: readonly string[]
  decorations: DecorationSet
}

/** What a transaction can tell the plugin. */
export interface SuggestionsMeta {
  accepted?: string[]
  rejected?: string[]
}

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

function compute(state: EditorState, ctx: ArticleFeatureContext): ArticleSuggestions {
  const { entities, annotations } = toArticle(state, articleConversions)
  return suggest({
    blocks: docToBlocks(state.doc),
    language: ctx.opened.article.language,
    articleDate: ctx.opened.article.createdAt.slice(0, 10),
    entities,
    annotations
  })
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
  return DecorationSet.create(doc, decorations)
}

/** The plugin for one open article. */
export function suggestionsPlugin(ctx: ArticleFeatureContext): Plugin<SuggestionsState> {
  const rejected = ctx.opened.rejectedSuggestions ?? []
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: (_config, state) => {
        const all = compute(state, ctx)
        const done = new Set(rejected)
        return { all, done, rejected, decorations: draw(state.doc, all, done) }
      },
      apply: (tr: Transaction, value, _old, next) => {
        const meta = tr.getMeta(suggestionsKey) as SuggestionsMeta | undefined
        if (!meta && !tr.docChanged) return value
        let { all, done, rejected: saved } = value
        if (meta) {
          done = new Set([...done, ...(meta.accepted ?? []), ...(meta.rejected ?? [])])
          if (meta.rejected?.length) saved = [...new Set([...saved, ...meta.rejected])]
        }
        // After a text edit the offsets moved: read the new text again.
        if (tr.docChanged) all = compute(next, ctx)
        return { all, done, rejected: saved, decorations: draw(next.doc, all, done) }
      }
    },
    props: {
      decorations: (state) => suggestionsKey.getState(state)?.decorations
    }
  })
}
