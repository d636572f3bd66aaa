import fc from 'fast-check'
import { EditorState } from 'prosemirror-state'
import { describe, expect, it, vi } from 'vitest'
import { applyArticleDelta } from '@shared/articleDelta'
import type { Annotation, ArticleFile } from '@shared/model'
import * as annotations from '@renderer/editor/annotations'
import { tagEntity } from '@renderer/editor/annotations'
import { blocks, makeState, run, SCALE_TEXTS, select } from '@renderer/editor/annotations/testing'
import { openedDraft } from '@renderer/store/articleDraft'
import { openedStateOf, openedStatePlugin } from './openedState'
import { StateDraft } from './stateDraft'
import { applyEdit, articleFileOf, edit, sorted } from './stateDraft.testkit'

// Counted: working out the whole saved layer is what the first save no longer does.
vi.mock('@renderer/editor/annotations', async (importOriginal) => {
  const actual = await importOriginal<typeof annotations>()
  return { ...actual, toArticle: vi.fn(actual.toArticle) }
})

const TEXTS = [
  ...SCALE_TEXTS,
  'Fin du texte, loin de tout le reste, sans aucune mention à cet endroit.'
]

/** The file of an article with mentions on several words, as the editor saves it. */
function savedFile(): ArticleFile {
  let state = makeState(blocks(...TEXTS))
  for (const [word, nth] of [
    ['Meta', 0],
    ['Meta', 1],
    ['Scale', 1],
    ['Jason Droege', 0],
    ['OpenAI', 0],
    ['Alexandr Wang', 0],
    ['juin', 0]
  ] as const)
    state = run(select(state, word, nth), tagEntity(word === 'juin' ? 'date' : 'person'))
  return articleFileOf(state)
}

/** An annotation of `file` by its quote, changed by `change`. */
function changed(
  file: ArticleFile,
  exact: string,
  change: (a: Annotation) => Annotation
): ArticleFile {
  const at = file.annotations.findIndex((a) => a.target.exact === exact)
  expect(at).toBeGreaterThanOrEqual(0)
  const list = [...file.annotations]
  list[at] = change(list[at])
  return { ...file, annotations: list }
}

/**
 * A file the editor opens otherwise than it reads: a quote whose range begins in the break
 * before its paragraph (narrowed to the paragraph's text), one not at its offsets any more
 * (found again), one whose text is gone (kept as an orphan), one with a context written
 * otherwise.
 */
function fileToNormalise(): ArticleFile {
  let file = savedFile()
  file = changed(file, 'Alexandr Wang', (a) => ({
    ...a,
    target: { ...a.target, start: a.target.start + 3, end: a.target.end + 3 }
  }))
  file = changed(file, 'Jason Droege', (a) => ({
    ...a,
    target: { ...a.target, exact: 'Mark Zuckerberg' }
  }))
  file = changed(file, 'OpenAI', (a) => ({ ...a, target: { ...a.target, prefix: 'pour ' } }))
  // The second "Meta" opens its paragraph: its range is made to begin in the break before.
  const second = file.annotations.filter((a) => a.target.exact === 'Meta')[1]
  file = {
    ...file,
    annotations: file.annotations.map((a) =>
      a === second
        ? {
            ...a,
            target: {
              ...a.target,
              start: a.target.start - 1,
              exact: `\n${a.target.exact}`,
              prefix: a.target.prefix.slice(0, -1)
            }
          }
        : a
    )
  }
  return file
}

/** The editor state opened from `file`, as the annotation feature opens it. */
function openedFrom(file: ArticleFile): EditorState {
  const state = makeState(file.blocks, { entities: file.entities, annotations: file.annotations })
  return EditorState.create({
    doc: state.doc,
    plugins: [...state.plugins, openedStatePlugin(file)]
  })
}

/** A new mention of the n-th `word`, as a tag key makes it. */
function tag(state: EditorState, word: string, nth = 0): EditorState {
  return run(select(state, word, nth), tagEntity('organisation'))
}

const toArticle = vi.mocked(annotations.toArticle)

describe('the first save after opening', () => {
  it('sends what changed since opening without working out the whole layer', () => {
    const file = savedFile()
    const opened = openedFrom(file)
    // What the page does in idle moments after opening.
    expect(openedStateOf(opened)!.changes()).toMatchObject({
      entities: new Set(),
      annotations: new Set()
    })
    const state = tag(opened, 'Fin')
    toArticle.mockClear()
    const delta = new StateDraft(state).since(openedDraft(file))
    expect(toArticle).not.toHaveBeenCalled()
    expect(delta.annotations.put.map((a) => a.target.exact)).toEqual(['Fin'])
    expect(delta.entities.put).toHaveLength(1)
    expect(delta.text).toBeUndefined()
    const rebuilt = applyArticleDelta(file, delta)
    expect(sorted(rebuilt)).toEqual(sorted(new StateDraft(state).full()))
  })

  it('still writes what opening changed: quotes found again, narrowed, orphaned', () => {
    const file = fileToNormalise()
    const opened = openedFrom(file)
    const found = openedStateOf(opened)!.changes()!
    const state = tag(opened, 'Fin')
    toArticle.mockClear()
    const delta = new StateDraft(state).since(openedDraft(file))
    expect(toArticle).not.toHaveBeenCalled()
    expect(found.annotations.size).toBe(4)
    // The four opening changed, and the new mention; the others are as the file has them.
    const put = new Map(delta.annotations.put.map((a) => [a.target.exact, a]))
    expect([...put.keys()].sort()).toEqual(
      ['Alexandr Wang', 'Mark Zuckerberg', 'Meta', 'OpenAI', 'Fin'].sort()
    )
    expect(put.get('Mark Zuckerberg')!.orphaned).toBe(true)
    expect(put.get('OpenAI')!.target.prefix).toBe('ang, étiquette des données pour ')
    expect(put.get('Meta')!.target).toMatchObject({
      exact: 'Meta',
      prefix: 'Meta prend 49 % de Scale AI\n\n'
    })
    const rebuilt = applyArticleDelta(file, delta)
    expect(sorted(rebuilt)).toEqual(sorted(new StateDraft(state).full()))
  })

  it('rebuilds, from the file, the whole save after any edits made since opening', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const file = fileToNormalise()
        let state = openedFrom(file)
        for (const e of edits) state = applyEdit(state, e)
        const delta = new StateDraft(state).since(openedDraft(file))
        expect(sorted(applyArticleDelta(file, delta))).toEqual(sorted(new StateDraft(state).full()))
      }),
      { numRuns: 60 }
    )
  }, 30_000)

  it('compares by value against a file the editor was not opened from', () => {
    const file = savedFile()
    const state = tag(openedFrom(file), 'Fin')
    const other = { ...file, annotations: [...file.annotations] }
    toArticle.mockClear()
    const delta = new StateDraft(state).since(openedDraft(other))
    expect(toArticle).toHaveBeenCalled()
    expect(delta.annotations.put.map((a) => a.target.exact)).toEqual(['Fin'])
  })

  it('compares a slice at a time, and the save compares what is left', () => {
    const file = fileToNormalise()
    const opened = openedStateOf(openedFrom(file))!
    expect(opened.compare(() => false)).toBe(file.annotations.length <= 128)
    expect(opened.changes()!.annotations.size).toBe(4)
    expect(opened.done).toBe(true)
  })
})
