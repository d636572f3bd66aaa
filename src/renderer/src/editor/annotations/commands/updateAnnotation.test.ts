import { describe, expect, it } from 'vitest'
import type { Decoration } from 'prosemirror-view'
import { speakerClass } from '../decorations'
import { layerOf } from '../plugin'
import { blocks, makeState, run, select, undoState } from '../testing'
import { addQuote } from './addQuote'
import { addSourceNote } from './addSourceNote'
import { updateAnnotation } from './updateAnnotation'

const TEXT = '« Scale demeure indépendante », a dit Jason Droege à ses employés.'
const entities = [
  { id: 'droege', type: 'person', name: 'Jason Droege', aliases: [] },
  { id: 'wang', type: 'person', name: 'Alexandr Wang', aliases: [] }
]
const attrs = (d: Decoration) =>
  (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs

describe('updateAnnotation', () => {
  it('changes a quote’s speaker and status, redraws it, stamps it, and undoes', () => {
    let state = makeState(blocks(TEXT), {
      entities,
      config: { now: () => new Date('2025-01-01T00:00:00Z') }
    })
    state = run(
      select(state, 'Scale demeure indépendante'),
      addQuote({ id: 'q1', speaker: { id: 'droege' } })
    )
    const before = layerOf(state).annotations.get('q1')!
    state = run(
      state,
      updateAnnotation('q1', { speakerId: 'wang', status: 'disputed', comment: 'À vérifier' })
    )
    const after = layerOf(state).annotations.get('q1')!
    expect(after).toMatchObject({
      speakerId: 'wang',
      status: 'disputed',
      comment: 'À vérifier',
      createdAt: before.createdAt
    })
    const span = layerOf(state)
      .decorations.find()
      .find((d) => attrs(d)['data-ann-kind'] === 'quote')!
    expect(attrs(span).class).toContain(speakerClass('wang'))
    expect(attrs(span).class).toContain('ann-status-disputed')
    state = undoState(state)
    expect(layerOf(state).annotations.get('q1')).toEqual(before)
  })

  it('refuses unknown entities, unknown fields and bad URLs', () => {
    let state = makeState(blocks(TEXT), { entities })
    state = run(
      select(state, 'Jason Droege'),
      addSourceNote({ text: 'x', sourceKind: 'interview' }, { id: 'n1' })
    )
    state = run(select(state, 'ses employés'), addQuote({ id: 'q1' }))
    expect(updateAnnotation('q1', { speakerId: 'nobody' })(state, () => {})).toBe(false)
    expect(updateAnnotation('q1', { entityId: 'droege' })(state, () => {})).toBe(false)
    expect(updateAnnotation('n1', { url: 'javascript:void(0)' })(state, () => {})).toBe(false)
    expect(updateAnnotation('zz', { status: 'verified' })(state, () => {})).toBe(false)
    state = run(state, updateAnnotation('n1', { url: 'http://example.org', title: 'Entretien' }))
    expect(layerOf(state).annotations.get('n1')).toMatchObject({
      url: 'http://example.org',
      title: 'Entretien'
    })
  })
})
