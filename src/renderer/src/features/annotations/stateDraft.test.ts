import fc from 'fast-check'
import type { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { applyArticleDelta } from '@shared/articleDelta'
import { tagEntity } from '@renderer/editor/annotations'
import {
  apply,
  blocks,
  makeState,
  run,
  SCALE_TEXTS,
  select
} from '@renderer/editor/annotations/testing'
import { openedDraft } from '@renderer/store/articleDraft'
import { StateDraft } from './stateDraft'
import { applyEdit, articleFileOf, edit, sorted } from './stateDraft.testkit'

const TEXTS = [...SCALE_TEXTS, 'Fin.']

/** An article with mentions tagged on several words of every paragraph. */
function tagged(): EditorState {
  let state = makeState(blocks(...TEXTS))
  for (const [word, type] of [
    ['Meta', 'organisation'],
    ['Scale', 'organisation'],
    ['Jason Droege', 'person'],
    ['OpenAI', 'organisation'],
    ['Alexandr Wang', 'person'],
    ['juin', 'date']
  ] as const) {
    state = run(select(state, word), tagEntity(type))
  }
  for (const nth of [1, 2, 3]) state = run(select(state, 'Scale', nth), tagEntity('organisation'))
  return state
}

describe('StateDraft', () => {
  it('sends, against the state saved before, changes that rebuild the whole save exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (saves) => {
          let state = tagged()
          let base = new StateDraft(state)
          base.full()
          for (const edits of saves) {
            for (const e of edits) state = applyEdit(state, e)
            const draft = new StateDraft(state)
            const delta = draft.since(base)
            const rebuilt = applyArticleDelta(base.full(), delta)
            expect(sorted(rebuilt)).toEqual(sorted(new StateDraft(state).full()))
            base = draft
          }
        }
      ),
      { numRuns: 100 }
    )
    // The machine running the suite may be busy: a hundred runs take about a second alone.
  }, 30_000)

  it('after typing one character, sends one block and only the annotations near it', () => {
    let state = tagged()
    const base = new StateDraft(state)
    base.full()
    const at = state.doc.child(0).nodeSize + 1
    state = apply(state, state.tr.insertText('x', at))
    const delta = new StateDraft(state).since(base)
    expect(delta.text).toEqual({
      start: 1,
      deleteCount: 1,
      blocks: [{ type: 'paragraph', text: `x${TEXTS[1]}` }]
    })
    // The edited paragraph's, and those whose context reaches into it: the headline's, and
    // the next paragraph's first two; not those further on.
    expect(delta.annotations.put.map((a) => a.target.exact).sort()).toEqual(
      ['Meta', 'Scale', 'Scale', 'Jason Droege', 'Scale', 'Alexandr Wang'].sort()
    )
    expect(delta.entities.put).toEqual([])
  })

  it('against the article as opened, compares the whole layer by value once', () => {
    const state = tagged()
    const opened = openedDraft(articleFileOf(state))
    const moved = apply(state, state.tr.insertText('Hier, ', state.doc.child(0).nodeSize + 1))
    const delta = new StateDraft(moved).since(opened)
    const rebuilt = applyArticleDelta(opened.full(), delta)
    expect(sorted(rebuilt)).toEqual(sorted(new StateDraft(moved).full()))
    // Those only moved by the edit are not sent: main moves them as the text moved. Sent are
    // the edited paragraph's, and those whose context reaches into it (as after a save).
    expect(delta.annotations.put.map((a) => a.target.exact).sort()).toEqual(
      ['Meta', 'Scale', 'Scale', 'Jason Droege', 'Scale', 'Alexandr Wang'].sort()
    )
  })
})
