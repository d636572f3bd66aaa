import type { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ENTITY_TYPES } from '@shared/model'
import { addQuote } from '@renderer/editor/annotations/commands/addQuote'
import { tagEntity } from '@renderer/editor/annotations/commands/tagEntity'
import { addEntityAlias } from '@renderer/editor/annotations/commands/updateEntity'
import { layerOf } from '@renderer/editor/annotations/plugin'
import {
  updateAnnotationList,
  type AnnotationList
} from '@renderer/editor/annotations/queries/annotationList'
import { blocks, makeState, remove, run, select, find } from '@renderer/editor/annotations/testing'
import { buildPanel, NO_FILTERS, type PanelFilters } from './panelModel'
import { updatePanel, type PanelBuild } from './panelUpdate'

const TEXT =
  '« Scale demeure, sans équivoque, une entreprise indépendante », a dit Jason Droege. ' +
  'Meta détient 49 % de Scale AI. « Rien ne change », répète Droege. Selon Élysée, Meta paie.'

/** The panel's way: the list kept up to date from state to state, the panel from the list. */
class PanelFollower {
  private list: AnnotationList | null = null
  build: PanelBuild | null = null

  constructor(public filters: PanelFilters = NO_FILTERS) {}

  show(state: EditorState): PanelBuild {
    this.list = updateAnnotationList(this.list, state)
    const source = {
      items: this.list.items,
      entities: layerOf(state).entities,
      entityTypes: DEFAULT_ENTITY_TYPES
    }
    this.build = updatePanel(this.build, source, this.filters)
    // Always what a build from scratch says.
    expect(this.build.model).toEqual(buildPanel(source, this.filters))
    return this.build
  }
}

function quoted(): EditorState {
  let s = makeState(blocks(TEXT))
  s = run(
    select(s, 'Scale demeure, sans équivoque'),
    addQuote({ id: 'q1', speaker: { name: 'Jason Droege' } })
  )
  s = run(select(s, 'Rien ne change'), addQuote({ id: 'q2' }))
  // The speaker's mention, further on.
  return run(select(s, 'Droege', 1), tagEntity('person', { name: 'Jason Droege' }, { id: 'm1' }))
}

describe('updatePanel', () => {
  it('after a tag, keeps every tab but the entities as they were and recounts those', () => {
    const panel = new PanelFollower()
    let state = quoted()
    const before = panel.show(state).model
    state = run(select(state, 'Jason Droege'), tagEntity('person', undefined, { id: 'm2' }))
    state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm3' }))
    const after = panel.show(state).model
    for (const tab of ['quotes', 'claims', 'notes', 'orphans'] as const)
      expect(after.rows[tab]).toBe(before.rows[tab])
    expect(after.rows.entities.map((r) => r.kind === 'entity' && [r.key, r.mentions])).toEqual([
      [expect.any(String), 2],
      [expect.any(String), 1]
    ])
  })

  it('points an entity at its new first mention when the tag comes before the others', () => {
    const panel = new PanelFollower()
    let state = quoted()
    expect(panel.show(state).model.rows.entities[0]).toMatchObject({ firstMentionId: 'm1' })
    state = run(select(state, 'Jason Droege'), tagEntity('person', undefined, { id: 'm0' }))
    const { rows } = panel.show(state).model
    expect(rows.entities[0]).toMatchObject({ mentions: 2, firstMentionId: 'm0' })
  })

  it('keeps the rows of entities the tag did not change', () => {
    const panel = new PanelFollower()
    let state = quoted()
    const before = panel.show(state).model.rows.entities
    state = run(select(state, 'Meta'), tagEntity('organisation', undefined, { id: 'm3' }))
    const after = panel.show(state).model.rows.entities
    expect(after).toHaveLength(2)
    expect(after).toContain(before[0])
  })

  it('builds again from scratch what a tag alone cannot explain', () => {
    const panel = new PanelFollower()
    let state = quoted()
    const first = panel.show(state).model
    // A quote added: its tab changes.
    state = run(select(state, 'Meta paie'), addQuote({ id: 'q3' }))
    const quoted3 = panel.show(state).model
    expect(quoted3.rows.quotes).not.toBe(first.rows.quotes)
    expect(quoted3.counts.quotes).toBe(3)
    // An entity's record changed (an alias): the rows that show it are rebuilt.
    const droege = [...layerOf(state).entities.values()][0]
    state = run(state, addEntityAlias(droege.id, 'JD'))
    expect(panel.show(state).model.rows.quotes).not.toBe(quoted3.rows.quotes)
    // Another search: every tab is narrowed again.
    panel.filters = { ...NO_FILTERS, query: 'JD' }
    expect(panel.show(state).model.counts.quotes).toBe(1)
    // Text deleted under a mention: an orphan.
    const { from, to } = find(state, 'Droege', 1)
    state = remove(state, from, to)
    panel.filters = NO_FILTERS
    expect(panel.show(state).model.counts.orphans).toBe(1)
  })

  it('gives back the same build when nothing changed', () => {
    const panel = new PanelFollower()
    const state = quoted()
    const build = panel.show(state)
    expect(panel.show(state)).toBe(build)
  })
})
