import { describe, expect, it } from 'vitest'
import { addQuote, layerOf, tagEntity } from '@renderer/editor/annotations'
import {
  blocks,
  find,
  makeState,
  redoState,
  run,
  select,
  undoState
} from '@renderer/editor/annotations/testing'
import { editQuote } from './editQuote'
import { tagAllCandidates, tagAllTarget } from '../queries/tagAllTarget'
import { tagOccurrences } from './tagOccurrences'

const TEXT =
  'Meta investit dans Scale. Selon Meta, Scale reste indépendante ; la Metaverse non. ' +
  'Jason Droege parle, puis Droege répète.'

function entities(state: ReturnType<typeof makeState>) {
  return [...layerOf(state).entities.values()]
}

describe('tagOccurrences', () => {
  it('creates the entity and tags every range in one step that one undo reverts', () => {
    let state = makeState(blocks(TEXT))
    const ranges = [find(state, 'Meta', 0), find(state, 'Meta', 1)]
    state = run(
      state,
      tagOccurrences({ name: 'Meta', type: 'organisation' }, 'organisation', ranges)
    )
    expect(entities(state).map((e) => [e.name, e.type])).toEqual([['Meta', 'organisation']])
    expect([...layerOf(state).annotations.values()].map((a) => a.target.exact)).toEqual([
      'Meta',
      'Meta'
    ])
    state = undoState(state)
    expect(entities(state)).toEqual([])
    expect(layerOf(state).annotations.size).toBe(0)
    state = redoState(state)
    expect(layerOf(state).annotations.size).toBe(2)
  })

  it('leaves ranges already tagged with the entity alone, and does nothing with none left', () => {
    let state = run(select(makeState(blocks(TEXT)), 'Meta'), tagEntity('organisation'))
    const id = entities(state)[0].id
    const first = find(state, 'Meta', 0)
    const second = find(state, 'Meta', 1)
    state = run(state, tagOccurrences({ id }, 'organisation', [first, second]))
    expect(layerOf(state).annotations.size).toBe(2)
    const refused = tagOccurrences({ id }, 'organisation', [first, second])(state)
    expect(refused).toBe(false)
    expect(tagOccurrences({ id }, 'organisation', [])(state)).toBe(false)
  })
})

describe('tagAllTarget and tagAllCandidates', () => {
  it('uses the entity of the mention under the cursor, and offers its untagged names', () => {
    const state = run(select(makeState(blocks(TEXT)), 'Jason Droege'), tagEntity('person'))
    const inside = find(state, 'Droege', 0).from + 2
    const target = tagAllTarget(state, inside, inside)
    expect(target?.entity?.name).toBe('Jason Droege')
    // The name only: "Droege" alone is not an alias yet.
    expect(tagAllCandidates(state, target!).map((c) => c.exact)).toEqual([])
  })

  it('for untagged words: the entity named like them if any, else none; whole words only', () => {
    let state = makeState(blocks(TEXT))
    const { from, to } = find(state, 'Meta', 0)
    const target = tagAllTarget(state, from, to)
    expect(target).toEqual({ entity: null, words: 'Meta' })
    // "Metaverse" is not "Meta".
    expect(tagAllCandidates(state, target!).map((c) => c.exact)).toEqual(['Meta', 'Meta'])
    state = run(select(state, 'Meta', 1), tagEntity('organisation'))
    const named = tagAllTarget(state, from, to)
    expect(named?.entity?.name).toBe('Meta')
    expect(tagAllCandidates(state, named!).map((c) => c.from)).toEqual([from])
  })

  it('is null with nothing selected outside a mention', () => {
    const state = makeState(blocks(TEXT))
    const at = find(state, 'investit').from
    expect(tagAllTarget(state, at, at)).toBeNull()
  })
})

describe('editQuote', () => {
  it('creates a new speaker and updates the quote in one step, stamped with who and when', () => {
    let author = 'Léa'
    let now = new Date('2025-06-20T10:00:00.000Z')
    const config = { author: () => author, now: () => now }
    let state = run(
      select(makeState(blocks(TEXT), { config }), 'Scale reste indépendante'),
      addQuote({ id: 'q1' })
    )
    author = 'Paul'
    now = new Date('2025-06-21T08:30:00.000Z')
    state = run(
      state,
      editQuote('q1', { speaker: { name: 'Jason Droege', type: 'person' }, status: 'verified' })
    )
    const quote = layerOf(state).annotations.get('q1')!
    const speaker = entities(state)[0]
    expect(speaker).toMatchObject({ name: 'Jason Droege', type: 'person' })
    expect(quote).toMatchObject({
      speakerId: speaker.id,
      status: 'verified',
      quoteKind: 'direct',
      createdBy: 'Léa',
      createdAt: '2025-06-20T10:00:00.000Z',
      updatedBy: 'Paul',
      updatedAt: '2025-06-21T08:30:00.000Z'
    })
    // One undo: the speaker and the change go together.
    state = undoState(state)
    expect(entities(state)).toEqual([])
    expect(layerOf(state).annotations.get('q1')).toMatchObject({
      speakerId: null,
      status: 'needs-checking'
    })
  })

  it('refuses an unchanged edit and a mention id', () => {
    let state = run(select(makeState(blocks(TEXT)), 'Scale reste'), addQuote({ id: 'q1' }))
    expect(editQuote('q1', { status: 'needs-checking' })(state)).toBe(false)
    state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm1' }))
    expect(editQuote('m1', { status: 'verified' })(state)).toBe(false)
  })
})
