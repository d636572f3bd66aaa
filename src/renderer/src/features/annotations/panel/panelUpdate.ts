/**
 * The panel's rows kept up to date from one list of annotations to the next. Built from
 * scratch, every tab walks every annotation: at 30,000 annotations that rebuild, and the
 * virtualiser measuring the shown list again because its rows were new, followed each tag.
 * A tag only adds mentions, which only the entities tab shows (as counts): when the new list
 * is the last one with live mentions put in, and nothing else changed (the same filters and
 * entity types, every entity the same record or new), the other tabs keep their rows (the
 * same arrays, so the shown list has nothing to redraw) and only the entities tab is counted
 * again, from the last counts.
 */
import type { AnnotationItem } from '@renderer/editor/annotations/queries/listAnnotations'
import {
  buildPanelTallied,
  entityRowsOf,
  type EntityRow,
  type PanelFilters,
  type PanelModel,
  type PanelSource,
  type PanelTally
} from './panelModel'

/** One build of the panel: what it was built from, its rows and its counts. */
export interface PanelBuild {
  source: PanelSource
  filters: PanelFilters
  model: PanelModel
  tally: PanelTally
}

/**
 * The live mentions `items` has beyond `before`, when it is `before` (the same item objects,
 * in the same order) with only those put in; null otherwise. One pass of comparisons.
 */
function addedMentions(
  before: readonly AnnotationItem[],
  items: readonly AnnotationItem[]
): AnnotationItem[] | null {
  if (items.length <= before.length) return null
  const added: AnnotationItem[] = []
  let i = 0
  for (const item of items) {
    if (i < before.length && item === before[i]) {
      i++
      continue
    }
    if (item.range === null || item.annotation.kind !== 'mention') return null
    added.push(item)
  }
  return i === before.length ? added : null
}

/**
 * True when `entities` holds every entity of `before` as the same record: entities were only
 * added, and none of them is one that the other tabs' rows missed when they were built.
 */
function entitiesOnlyAdded(previous: PanelBuild, source: PanelSource): boolean {
  const before = previous.source.entities
  const { entities } = source
  if (entities === before) return true
  if (entities.size < before.size) return false
  for (const [id, entity] of before) if (entities.get(id) !== entity) return false
  for (const id of previous.tally.unresolved) if (entities.has(id)) return false
  return true
}

/** True when `a` comes before `b` in reading order (both live); null when they tie. */
function readsBefore(a: AnnotationItem, b: AnnotationItem): boolean | null {
  const x = a.range!
  const y = b.range!
  if (x.from !== y.from) return x.from < y.from
  if (x.to !== y.to) return x.to > y.to
  return null
}

/**
 * The panel of `source` under `filters`, from `previous` when only mentions were added since
 * (see the module comment); built from scratch otherwise.
 */
export function updatePanel(
  previous: PanelBuild | null,
  source: PanelSource,
  filters: PanelFilters
): PanelBuild {
  if (
    !previous ||
    previous.filters !== filters ||
    previous.source.entityTypes !== source.entityTypes ||
    !entitiesOnlyAdded(previous, source)
  ) {
    return { source, filters, ...buildPanelTallied(source, filters) }
  }
  if (previous.source.items === source.items && previous.source.entities === source.entities)
    return previous
  const added = addedMentions(previous.source.items, source.items)
  if (!added) return { source, filters, ...buildPanelTallied(source, filters) }
  const tally: PanelTally = {
    ...previous.tally,
    mentionCount: new Map(previous.tally.mentionCount),
    firstMention: new Map(previous.tally.firstMention)
  }
  for (const item of added) {
    const id = (item.annotation as { entityId: string }).entityId
    tally.mentionCount.set(id, (tally.mentionCount.get(id) ?? 0) + 1)
    const first = tally.firstMention.get(id)
    const before = first ? readsBefore(item, first) : true
    // Two mentions of one entity over the same words: which the list has first is its own.
    if (before === null) return { source, filters, ...buildPanelTallied(source, filters) }
    if (before) tally.firstMention.set(id, item)
  }
  const { model } = previous
  const reuse = new Map<string, EntityRow>()
  for (const row of model.rows.entities) if (row.kind === 'entity') reuse.set(row.key, row)
  const entities = entityRowsOf(source, filters, tally, reuse)
  return {
    source,
    filters,
    tally,
    model: {
      rows: { ...model.rows, entities },
      counts: { ...model.counts, entities: entities.length },
      totals: { ...model.totals, entities: source.entities.size }
    }
  }
}
