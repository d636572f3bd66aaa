/**
 * Money, percentage and date mentions grouped by value: "14,3 G$" and "14,3 milliards de
 * dollars" are one entity of 14.3 billion USD, named by its most explicit (longest) mention
 * and linked to an existing entity of the article with the same type and value.
 */
import type { Entity } from '../model'
import type { Range } from './ranges'
import type { SuggestedValue } from './types'

/** A figure or a date found in the text, with its entity type. */
export interface ValuedHit extends Range {
  type: 'money' | 'percentage' | 'date'
  value: SuggestedValue
}

/** One value and all its mentions. */
export interface ValuedEntity {
  type: ValuedHit['type']
  name: string
  value: SuggestedValue
  mentions: Range[]
  entityId?: string
}

function sameValue(a: SuggestedValue, b: Entity['value'] | SuggestedValue | undefined): boolean {
  if (!b || a.kind !== b.kind) return false
  if (a.kind === 'money' && b.kind === 'money')
    return a.amount === b.amount && a.currency === b.currency
  if (a.kind === 'percentage' && b.kind === 'percentage') return a.percent === b.percent
  if (a.kind === 'date' && b.kind === 'date') {
    return a.date === b.date && b.until === a.until
  }
  return false
}

/** Groups hits of equal type and value, in order of first mention. */
export function groupByValue(
  hits: readonly ValuedHit[],
  text: string,
  entities: readonly Entity[]
): ValuedEntity[] {
  const groups: ValuedEntity[] = []
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const range = { start: hit.start, end: hit.end }
    const written = text.slice(hit.start, hit.end)
    const group = groups.find((g) => g.type === hit.type && sameValue(g.value, hit.value))
    if (group) {
      group.mentions.push(range)
      if (written.length > group.name.length) group.name = written
      continue
    }
    const known = entities.find((e) => e.type === hit.type && sameValue(hit.value, e.value))
    const entity: ValuedEntity = {
      type: hit.type,
      name: written,
      value: hit.value,
      mentions: [range]
    }
    if (known) entity.entityId = known.id
    groups.push(entity)
  }
  return groups
}
