import { describe, expect, it } from 'vitest'
import { DEFAULT_ENTITY_TYPES } from '@shared/model'
import { addClaim } from '@renderer/editor/annotations/commands/addClaim'
import { addQuote } from '@renderer/editor/annotations/commands/addQuote'
import { addSourceNote } from '@renderer/editor/annotations/commands/addSourceNote'
import { tagEntity } from '@renderer/editor/annotations/commands/tagEntity'
import { addEntityAlias } from '@renderer/editor/annotations/commands/updateEntity'
import { layerOf } from '@renderer/editor/annotations/plugin'
import { listAnnotations } from '@renderer/editor/annotations/queries/listAnnotations'
import { blocks, find, makeState, remove, run, select } from '@renderer/editor/annotations/testing'
import type { EditorState } from 'prosemirror-state'
import { BLOCK_SEPARATOR } from '@shared/text'
import {
  buildPanel,
  edgeItemIndex,
  followActive,
  nextItemIndex,
  NO_FILTERS,
  type PanelFilters
} from './panelModel'

const TEXT =
  '« Scale demeure, sans équivoque, une entreprise indépendante », a dit Jason Droege. ' +
  'Meta détient 49 % de Scale AI. « Rien ne change », répète Droege. Selon Élysée, Meta paie.'

function annotated(): EditorState {
  let s = makeState(blocks(TEXT))
  s = run(
    select(s, 'Scale demeure, sans équivoque'),
    addQuote({ id: 'q1', speaker: { name: 'Jason Droege' } })
  )
  s = run(
    select(s, 'Rien ne change'),
    addQuote({ id: 'q2', speaker: { name: 'Jason Droege' }, status: 'verified' })
  )
  s = run(select(s, 'Meta paie'), addQuote({ id: 'q3', quoteKind: 'paraphrase' }))
  s = run(select(s, 'Jason Droege'), tagEntity('person', undefined, { id: 'm1' }))
  s = run(select(s, 'Meta'), tagEntity('organisation', undefined, { id: 'm2' }))
  s = run(select(s, 'Meta', 1), tagEntity('organisation', undefined, { id: 'm3' }))
  s = run(select(s, 'Élysée'), tagEntity('place', undefined, { id: 'm4' }))
  s = run(
    select(s, '49 %'),
    addSourceNote(
      {
        text: 'Mémo interne de Meta',
        sourceKind: 'document',
        title: 'Mémo',
        url: 'https://example.org/memo'
      },
      { id: 'n1' }
    )
  )
  return s
}

function panel(state: EditorState, filters: Partial<PanelFilters> = {}) {
  const layer = layerOf(state)
  return buildPanel(
    { items: listAnnotations(state), entities: layer.entities, entityTypes: DEFAULT_ENTITY_TYPES },
    { ...NO_FILTERS, ...filters }
  )
}

const keys = (rows: { key: string }[]) => rows.map((r) => r.key)

describe('buildPanel', () => {
  it('groups quotes by speaker in reading order, quotes without a speaker last', () => {
    const state = annotated()
    const model = panel(state)
    const droege = [...layerOf(state).entities.values()].find((e) => e.name === 'Jason Droege')!
    expect(keys(model.rows.quotes)).toEqual([`group:${droege.id}`, 'q1', 'q2', 'group:', 'q3'])
    expect(model.rows.quotes[0]).toMatchObject({
      kind: 'group',
      count: 2,
      speaker: { name: 'Jason Droege' }
    })
    expect(model.counts.quotes).toBe(3)
  })

  it('lists entities with mention counts, most mentioned first, and the first mention', () => {
    const model = panel(annotated())
    const rows = model.rows.entities.map((r) =>
      r.kind === 'entity' ? [r.entity.name, r.mentions, r.quotes] : []
    )
    expect(rows).toEqual([
      ['Meta', 2, 0],
      ['Élysée', 1, 0],
      ['Jason Droege', 1, 2]
    ])
    expect(model.rows.entities[0]).toMatchObject({ firstMentionId: 'm2' })
  })

  it('searches quotes, speakers, entity names, aliases and notes, ignoring accents', () => {
    const state = annotated()
    expect(keys(panel(state, { query: 'equivoque' }).rows.quotes)).toContain('q1')
    expect(panel(state, { query: 'equivoque' }).counts.quotes).toBe(1)
    // A speaker's name finds their quotes.
    expect(panel(state, { query: 'droege' }).counts.quotes).toBe(2)
    expect(panel(state, { query: 'elysee' }).rows.entities.map((r) => r.key)).toHaveLength(1)
    expect(panel(state, { query: 'MÉMO interne' }).counts.notes).toBe(1)
    expect(panel(state, { query: 'example.org' }).counts.notes).toBe(1)
    expect(panel(state, { query: 'nowhere' }).counts).toEqual({
      quotes: 0,
      claims: 0,
      entities: 0,
      notes: 0,
      orphans: 0
    })
  })

  it('lists claims with their verdict and speaker, filtered by verdict and searched by rationale', () => {
    let state = annotated()
    const droege = [...layerOf(state).entities.values()].find((e) => e.name === 'Jason Droege')!
    state = run(
      select(state, 'Meta détient 49 %'),
      addClaim(
        { speakerId: droege.id, verdict: 'false', rationale: 'Le dépôt dit 39 %', assignee: 'Ana' },
        { id: 'c1' }
      )
    )
    state = run(select(state, 'Rien ne change'), addClaim({}, { id: 'c2' }))
    const model = panel(state)
    expect(model.rows.claims).toMatchObject([
      { kind: 'claim', key: 'c1', speaker: { name: 'Jason Droege' } },
      { kind: 'claim', key: 'c2', speaker: null }
    ])
    expect(model.counts.claims).toBe(2)
    expect(keys(panel(state, { verdict: 'false' }).rows.claims)).toEqual(['c1'])
    expect(keys(panel(state, { verdict: 'none' }).rows.claims)).toEqual(['c2'])
    expect(keys(panel(state, { query: 'depot 39' }).rows.claims)).toEqual(['c1'])
    expect(keys(panel(state, { query: 'ana' }).rows.claims)).toEqual(['c1'])
    // A claim is never listed as a quote or a note.
    expect(keys(model.rows.quotes)).not.toContain('c1')
    expect(keys(model.rows.notes)).toEqual(['n1'])
  })

  it('finds an entity by an alias and by its type name', () => {
    let state = annotated()
    const meta = [...layerOf(state).entities.values()].find((e) => e.name === 'Meta')!
    state = run(state, addEntityAlias(meta.id, 'Facebook'))
    expect(panel(state, { query: 'facebook' }).rows.entities.map((r) => r.key)).toEqual([meta.id])
    expect(panel(state, { query: 'organisation' }).rows.entities.map((r) => r.key)).toEqual([
      meta.id
    ])
  })

  it('filters by quote kind, status, entity type and source kind', () => {
    const state = annotated()
    expect(
      panel(state, { status: 'verified' })
        .rows.quotes.filter((r) => r.kind === 'quote')
        .map((r) => r.key)
    ).toEqual(['q2'])
    expect(panel(state, { quoteKind: 'paraphrase' }).counts.quotes).toBe(1)
    expect(panel(state, { entityType: 'place' }).counts.entities).toBe(1)
    expect(panel(state, { sourceKind: 'interview' }).counts.notes).toBe(0)
    expect(panel(state, { sourceKind: 'document' }).counts.notes).toBe(1)
    // Totals stay what the article holds, so the tab can say "1 of 3".
    expect(panel(state, { status: 'verified' }).totals.quotes).toBe(3)
  })

  it('lists orphans with their last quote and never in the other tabs', () => {
    let state = annotated()
    const { from, to } = find(state, 'Élysée')
    state = remove(state, from, to)
    const model = panel(state)
    expect(model.rows.orphans).toHaveLength(1)
    expect(model.rows.orphans[0]).toMatchObject({
      kind: 'orphan',
      key: 'm4',
      item: { text: 'Élysée' }
    })
    expect(model.rows.orphans[0]).toMatchObject({ entity: { name: 'Élysée' } })
    // The entity stays listed, with no live mention left.
    expect(
      model.rows.entities.find((r) => r.kind === 'entity' && r.entity.name === 'Élysée')
    ).toMatchObject({
      mentions: 0
    })
    expect(panel(state, { orphanKind: 'quote' }).counts.orphans).toBe(0)
    expect(panel(state, { query: 'elysee' }).counts.orphans).toBe(1)
  })
})

describe('keyboard movement over rows', () => {
  it('skips speaker headings and stops at the ends', () => {
    const rows = panel(annotated()).rows.quotes
    expect(edgeItemIndex(rows, 'first')).toBe(1)
    expect(nextItemIndex(rows, 2, 1)).toBe(4)
    expect(nextItemIndex(rows, 4, 1)).toBe(-1)
    expect(nextItemIndex(rows, 1, -1)).toBe(-1)
    expect(edgeItemIndex(rows, 'last')).toBe(4)
    expect(edgeItemIndex([], 'first')).toBe(-1)
  })

  it('keeps the active item by key, or the item at its place after a delete', () => {
    const rows = panel(annotated()).rows.quotes
    expect(followActive(rows, 'q2', 0)).toBe(2)
    expect(followActive(rows, 'gone', 3)).toBe(4)
    expect(followActive(rows, 'gone', 99)).toBe(4)
    expect(followActive([], 'gone', 3)).toBe(-1)
  })
})

describe('a panel with 10,000 annotations', () => {
  it('builds and searches every tab quickly', () => {
    // 2,500 paragraphs, each with two mentions, a quote and a note (all ASCII, so code
    // points and UTF-16 units agree), loaded in one batch as an article file would be.
    const sentences = Array.from(
      { length: 2500 },
      (_, i) => `Mot${i} Meta${i} dit « citation ${i} » ici.`
    )
    const entities = Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      type: 'organisation',
      name: `Org ${i}`,
      aliases: []
    }))
    const stamp = {
      createdBy: '',
      createdAt: '2025-01-01T00:00:00Z',
      updatedBy: '',
      updatedAt: '2025-01-01T00:00:00Z',
      orphaned: false
    }
    const annotations = []
    let offset = 0
    for (const [i, sentence] of sentences.entries()) {
      const at = (part: string) => {
        const start = offset + sentence.indexOf(part)
        return { start, end: start + part.length, exact: part, prefix: '', suffix: '' }
      }
      annotations.push(
        {
          ...stamp,
          id: `a${i}`,
          kind: 'mention' as const,
          entityId: `e${i % 100}`,
          target: at(`Mot${i}`)
        },
        {
          ...stamp,
          id: `b${i}`,
          kind: 'mention' as const,
          entityId: `e${(i + 1) % 100}`,
          target: at(`Meta${i}`)
        },
        {
          ...stamp,
          id: `c${i}`,
          kind: 'quote' as const,
          speakerId: `e${i % 100}`,
          quoteKind: 'direct' as const,
          status: 'needs-checking' as const,
          comment: '',
          target: at(`citation ${i}`)
        },
        {
          ...stamp,
          id: `d${i}`,
          kind: 'source-note' as const,
          text: `note ${i}`,
          sourceKind: 'other' as const,
          title: '',
          target: at('ici')
        }
      )
      offset += sentence.length + BLOCK_SEPARATOR.length
    }
    const state = makeState(
      sentences.map((text) => ({ type: 'paragraph' as const, text })),
      { entities, annotations }
    )
    const items = listAnnotations(state)
    expect(items).toHaveLength(10_000)
    expect(items.filter((i) => i.range === null)).toHaveLength(0)
    const source = { items, entities: layerOf(state).entities, entityTypes: DEFAULT_ENTITY_TYPES }
    const started = performance.now()
    const all = buildPanel(source)
    const searched = buildPanel(source, { ...NO_FILTERS, query: 'citation 1299' })
    const elapsed = performance.now() - started
    expect(all.counts).toEqual({
      quotes: 2500,
      claims: 0,
      entities: 100,
      notes: 2500,
      orphans: 0
    })
    expect(searched.rows.quotes.map((r) => r.key)).toEqual(['group:e99', 'c1299'])
    // Generous for a slow CI machine; typically a few tens of milliseconds.
    expect(elapsed).toBeLessThan(1000)
  }, 30_000)
})
