import { describe, expect, it } from 'vitest'
import { layerOf, tagEntity } from '@renderer/editor/annotations'
import { linkToRegistry } from '@renderer/editor/annotations/commands/linkToRegistry'
import {
  blocks,
  find,
  makeState,
  remove,
  run,
  select,
  typeAt
} from '@renderer/editor/annotations/testing'
import type { ArticleChanges } from '@renderer/store/actions'
import { isDraft, type ArticleDraft } from '@renderer/store/articleDraft'
import { Autosave, changesOf } from './autosave'
import { StateDraft } from './stateDraft'

/** The whole of what a save hands over (a draft's whole layer and text). */
function whole(changes: ArticleChanges | ArticleDraft): ArticleChanges {
  return isDraft(changes) ? changes.full() : changes
}

/** An autosave with a hand-driven timer and recorded saves. */
function harness(direct: { ok: boolean } = { ok: true }) {
  const saves: ArticleChanges[] = []
  const drafts: ArticleDraft[] = []
  const directs: ArticleChanges[] = []
  let pending: (() => void) | null = null
  let delays: number[] = []
  const autosave = new Autosave({
    save: async (changes) => {
      saves.push(whole(changes))
      if (isDraft(changes)) drafts.push(changes)
    },
    saveDirect: async (changes) => {
      directs.push(changes)
      return direct.ok
        ? { ok: true, value: {} }
        : { ok: false, error: { code: 'io', message: 'disk full' } }
    },
    setTimer: (callback, ms) => {
      pending = callback
      delays.push(ms)
      return 1
    },
    clearTimer: () => {
      pending = null
    }
  })
  return {
    autosave,
    saves,
    drafts,
    directs,
    fire: () => {
      const callback = pending
      pending = null
      callback?.()
    },
    get delays() {
      return delays
    },
    reset: () => {
      delays = []
    }
  }
}

const TEXT = 'Meta investit dans Scale, selon Jason Droege.'

describe('changesOf', () => {
  it('keeps an orphan whose text went with the end of the article within the new text', () => {
    const opened = makeState(blocks('Un début assez long pour compter.', 'Fin : Meta conclut.'))
    const state = run(select(opened, 'Meta'), tagEntity('organisation'))
    const { from, to } = find(state, 'Fin : Meta conclut.')
    const changes = changesOf(remove(state, from, to), opened.doc)
    const text = changes.blocks!.map((b) => b.text).join('\n\n')
    const [orphan] = changes.annotations
    expect(orphan).toMatchObject({ orphaned: true, target: { exact: 'Meta' } })
    // The server refuses a target past the end of the text: it must not get one.
    expect(orphan.target.end).toBeLessThanOrEqual([...text].length)
    expect(orphan.target.start).toBeLessThanOrEqual(orphan.target.end)
  })
})

describe('Autosave', () => {
  it('writes nothing for the state the article opened with', () => {
    const h = harness()
    const state = makeState(blocks(TEXT))
    h.autosave.track(state)
    h.autosave.track(state)
    expect(h.autosave.pending).toBe(false)
    expect(h.saves).toEqual([])
  })

  it('debounces a burst of changes into one write of the layer, without the text', async () => {
    const h = harness()
    let state = makeState(blocks(TEXT))
    const opened = new StateDraft(state)
    h.autosave.track(state)
    state = run(select(state, 'Meta'), tagEntity('organisation'))
    h.autosave.track(state)
    state = run(select(state, 'Scale'), tagEntity('organisation'))
    h.autosave.track(state)
    expect(h.delays).toEqual([400, 400])
    expect(h.saves).toHaveLength(0)
    h.fire()
    await Promise.resolve()
    expect(h.saves).toHaveLength(1)
    expect(h.saves[0].annotations.map((a) => a.target.exact)).toEqual(['Meta', 'Scale'])
    // Only what changed goes: the two mentions, no text.
    const delta = h.drafts[0].since(opened)!
    expect(delta.text).toBeUndefined()
    expect(delta.annotations.put.map((a) => a.target.exact)).toEqual(['Meta', 'Scale'])
    // Nothing new: no second write.
    await h.autosave.flush()
    expect(h.saves).toHaveLength(1)
  })

  it('waits for a pause in typing before writing a text edit', () => {
    const h = harness()
    let state = makeState(blocks(TEXT))
    h.autosave.track(state)
    state = typeAt(state, find(state, 'Meta').from, 'H')
    h.autosave.track(state)
    state = run(select(state, 'Scale'), tagEntity('organisation'))
    h.autosave.track(state)
    expect(h.delays).toEqual([1500, 400])
  })

  it('sends the blocks once the text was edited, with fresh targets', async () => {
    const h = harness()
    let state = run(select(makeState(blocks(TEXT)), 'Scale'), tagEntity('organisation'))
    h.autosave.track(state)
    state = typeAt(state, find(state, 'Meta').from, 'Hier, ')
    h.autosave.track(state)
    await h.autosave.flush()
    expect(h.saves).toHaveLength(1)
    expect(h.saves[0].blocks).toEqual([{ type: 'paragraph', text: `Hier, ${TEXT}` }])
    expect(h.saves[0].annotations[0].target).toMatchObject({ start: 25, end: 30, exact: 'Scale' })
  })

  it('before the window closes: writes through the API and says whether it worked', async () => {
    const untouched = harness()
    untouched.autosave.track(makeState(blocks(TEXT)))
    expect(await untouched.autosave.flushForClose()).toBe(true)
    expect(untouched.directs).toEqual([])

    for (const ok of [true, false]) {
      const h = harness({ ok })
      let state = makeState(blocks(TEXT))
      h.autosave.track(state)
      state = run(select(state, 'Meta'), tagEntity('organisation'))
      h.autosave.track(state)
      expect(await h.autosave.flushForClose()).toBe(ok)
      expect(h.saves).toHaveLength(1)
      expect(h.directs).toHaveLength(1)
    }
  })

  it('on page hide, hands the changes to the keepalive save, else to the normal one', () => {
    for (const sent of [true, false]) {
      const unloads: ArticleChanges[] = []
      const saves: ArticleChanges[] = []
      const autosave = new Autosave({
        save: async (c) => {
          saves.push(whole(c))
        },
        saveDirect: async () => ({ ok: true, value: {} }),
        saveOnUnload: (c) => {
          unloads.push(c)
          return sent
        },
        setTimer: () => 1,
        clearTimer: () => undefined
      })
      let state = makeState(blocks(TEXT))
      autosave.track(state)
      state = run(select(state, 'Meta'), tagEntity('organisation'))
      autosave.track(state)
      autosave.flushOnUnload()
      expect(unloads).toHaveLength(1)
      expect(saves).toHaveLength(sent ? 0 : 1)
    }
  })
})

describe('registry ids from a save', () => {
  it('are handed to the editor, which takes them without writing again or adding an undo step', async () => {
    const saves: ArticleChanges[] = []
    let fire = null as (() => void) | null
    const autosave = new Autosave({
      save: async (draft) => {
        const changes = whole(draft)
        saves.push(changes)
        return Object.fromEntries(changes.entities.map((e) => [e.id, `ent-${e.name}`]))
      },
      saveDirect: async () => ({ ok: true, value: {} }),
      setTimer: (callback) => {
        fire = callback
        return 1
      },
      clearTimer: () => {
        fire = null
      }
    })
    let state = makeState(blocks(TEXT))
    autosave.track(state)
    state = run(select(state, 'Jason Droege'), tagEntity('person'))
    autosave.track(state)
    autosave.listenForLinks((ids) => {
      const before = layerOf(state)
      const tr = linkToRegistry(state, ids)!
      expect(tr.getMeta('addToHistory')).toBe(false)
      state = state.apply(tr)
      autosave.track(state)
      autosave.adoptLinked(before, state)
    })
    fire!()
    await autosave.flush()
    expect([...layerOf(state).entities.values()].map((e) => e.registryId)).toEqual([
      'ent-Jason Droege'
    ])
    // The linked layer is what was saved: nothing more to write.
    fire?.()
    await autosave.flush()
    expect(saves).toHaveLength(1)
  })
})
