/**
 * Helpers for the annotation layer's tests (not shipped: only *.test.ts files import this).
 * States are built with the editor's real schema and conversions, history included, and
 * every transaction goes through `applyTransaction` so appendTransaction runs as in a view.
 */
import { history, redo, undo } from 'prosemirror-history'
import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state'
import { expect } from 'vitest'
import type { Annotation, Block, Entity } from '@shared/model'
import { fromArticle } from './article'
import { articleConversions } from './conversions'
import { annotationPlugins, type AnnotationsConfig } from './plugin'

/** A fixed clock and author, so records are predictable. */
export const TEST_NOW = new Date('2025-06-20T10:00:00.000Z')

/**
 * The paragraphs of a short article about Scale AI where the same names recur from paragraph
 * to paragraph (a headline first): the text of the save and opening tests.
 */
export const SCALE_TEXTS: readonly string[] = [
  '# Meta prend 49 % de Scale AI',
  'Meta investit 14,3 milliards de dollars dans Scale, selon Jason Droege.',
  'Scale AI, fondée par Alexandr Wang, étiquette des données pour OpenAI.',
  'Jason Droege dirige Scale depuis juin ; Meta garde un siège.'
]

/** Paragraph blocks from strings (the first may be a headline with `# `). */
export function blocks(...texts: string[]): Block[] {
  return texts.map((t) =>
    t.startsWith('# ') ? { type: 'headline', text: t.slice(2) } : { type: 'paragraph', text: t }
  )
}

/** An editor state over these blocks with history and the annotation plugins. */
export function makeState(
  content: Block[],
  options: {
    entities?: Entity[]
    annotations?: Annotation[]
    config?: Partial<AnnotationsConfig>
  } = {}
): EditorState {
  const { doc, layer } = fromArticle(
    { blocks: content, entities: options.entities ?? [], annotations: options.annotations ?? [] },
    articleConversions
  )
  return EditorState.create({
    doc,
    plugins: [
      history(),
      ...annotationPlugins({
        conversions: articleConversions,
        layer,
        author: () => 'Léa',
        now: () => TEST_NOW,
        ...options.config
      })
    ]
  })
}

/** Applies a transaction as a view would (appended transactions included). */
export function apply(state: EditorState, tr: Transaction): EditorState {
  return state.applyTransaction(tr).state
}

/** Runs a command that must succeed, and returns the new state. */
export function run(state: EditorState, command: Command): EditorState {
  let next = state
  const ok = command(state, (tr) => {
    next = apply(next, tr)
  })
  expect(ok, 'the command should run').toBe(true)
  return next
}

/** The position range of the n-th occurrence of `text` (within one block). */
export function find(state: EditorState, text: string, nth = 0): { from: number; to: number } {
  let seen = 0
  let found: { from: number; to: number } | null = null
  state.doc.descendants((node, pos) => {
    if (found || !node.isText) return !found
    let i = node.text!.indexOf(text)
    while (i >= 0 && !found) {
      if (seen++ === nth) found = { from: pos + i, to: pos + i + text.length }
      i = node.text!.indexOf(text, i + 1)
    }
    return false
  })
  if (!found) throw new Error(`“${text}” (${nth}) is not in the document`)
  return found
}

/** The state with `text` (its n-th occurrence) selected. */
export function select(state: EditorState, text: string, nth = 0): EditorState {
  const { from, to } = find(state, text, nth)
  return apply(state, state.tr.setSelection(TextSelection.create(state.doc, from, to)))
}

/** Types text at a position (replacing [from, to) when given). */
export function typeAt(state: EditorState, from: number, text: string, to = from): EditorState {
  return apply(state, state.tr.insertText(text, from, to))
}

/** Deletes [from, to). */
export function remove(state: EditorState, from: number, to: number): EditorState {
  return apply(state, state.tr.delete(from, to))
}

/** Undoes the last event (must be possible). */
export function undoState(state: EditorState): EditorState {
  return run(state, undo)
}

/** Redoes the last undone event (must be possible). */
export function redoState(state: EditorState): EditorState {
  return run(state, redo)
}
