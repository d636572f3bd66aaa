/**
 * What the annotation panel lists, as pure data: the rows of each tab (quotes grouped by
 * speaker, claims with their verdicts, entities with their mention counts, source notes,
 * orphans), narrowed by the
 * search box and the filters. No React and no DOM, so it is tested on its own and stays fast
 * on 10,000 annotations (one pass per tab; search keys are folded once per record and cached).
 */
import { foldForSearch } from '@shared/annotations/fold'
import type {
  Annotation,
  AnnotationKind,
  Claim,
  ClaimVerdict,
  Entity,
  EntityMention,
  EntityTypeDef,
  Quote,
  QuoteKind,
  QuoteStatus,
  SourceKind,
  SourceNote
} from '@shared/model'
import type { AnnotationItem } from '@renderer/editor/annotations/queries/listAnnotations'

/** The panel's tabs, in order. */
export const PANEL_TABS = ['quotes', 'claims', 'entities', 'notes', 'orphans'] as const
/** One tab of the panel. */
export type PanelTab = (typeof PANEL_TABS)[number]

/** The search box and the filters; null means "all". */
export interface PanelFilters {
  query: string
  /** Entities tab: only entities of this type. */
  entityType: string | null
  /** Quotes tab: only quotes of this kind. */
  quoteKind: QuoteKind | null
  /** Quotes tab: only quotes with this status. */
  status: QuoteStatus | null
  /** Claims tab: only claims with this verdict ('none': not given yet). */
  verdict: ClaimVerdict | 'none' | null
  /** Notes tab: only notes about this kind of source. */
  sourceKind: SourceKind | null
  /** Orphans tab: only orphans of this annotation kind. */
  orphanKind: AnnotationKind | null
}

/** Nothing filtered out. */
export const NO_FILTERS: PanelFilters = {
  query: '',
  entityType: null,
  quoteKind: null,
  status: null,
  verdict: null,
  sourceKind: null,
  orphanKind: null
}

/** A live annotation of one kind, as the panel shows it. */
export type ItemOf<A extends Annotation> = AnnotationItem & { annotation: A }

/** A speaker's heading over their quotes. */
export interface SpeakerGroupRow {
  kind: 'group'
  key: string
  speaker: Entity | null
  /** Quotes in this group after filtering. */
  count: number
}

/** One quote, under its speaker. */
export interface QuoteRow {
  kind: 'quote'
  key: string
  item: ItemOf<Quote>
  speaker: Entity | null
}

/** One claim, with who makes it. */
export interface ClaimRow {
  kind: 'claim'
  key: string
  item: ItemOf<Claim>
  speaker: Entity | null
}

/** One canonical entity. */
export interface EntityRow {
  kind: 'entity'
  key: string
  entity: Entity
  /** Live mentions in the article. */
  mentions: number
  /** Quotes it speaks (live). */
  quotes: number
  /** Its first live mention in reading order, where choosing it goes. */
  firstMentionId: string | null
}

/** One source note. */
export interface NoteRow {
  kind: 'note'
  key: string
  item: ItemOf<SourceNote>
}

/** An annotation whose text was deleted, with its last quote. */
export interface OrphanRow {
  kind: 'orphan'
  key: string
  item: AnnotationItem
  /** The entity of an orphaned mention, or the speaker of an orphaned quote. */
  entity: Entity | null
}

/** Any row of the panel. */
export type PanelRow = SpeakerGroupRow | QuoteRow | ClaimRow | EntityRow | NoteRow | OrphanRow

/** The rows that stand for something one can choose, edit or delete (all but headings). */
export type ItemRow = Exclude<PanelRow, SpeakerGroupRow>

/** True for a row one can choose (not a speaker's heading). */
export function isItemRow(row: PanelRow): row is ItemRow {
  return row.kind !== 'group'
}

/** What the panel is built from. */
export interface PanelSource {
  /** `listAnnotations(state)`: live ones in reading order, then orphans. */
  items: readonly AnnotationItem[]
  entities: ReadonlyMap<string, Entity>
  /** The library's entity types (for type names in the search). */
  entityTypes: readonly EntityTypeDef[]
}

/** The rows of every tab, and how many items each shows (headings not counted). */
export interface PanelModel {
  rows: Record<PanelTab, PanelRow[]>
  counts: Record<PanelTab, number>
  /** Items of each tab before the search and filters: "3 of 40". */
  totals: Record<PanelTab, number>
}

// Folded search keys, computed once per immutable record (a record is replaced, never
// mutated, when it changes), so typing in the search box costs one substring test per item.
const annotationKeys = new WeakMap<Annotation, { text: string; key: string }>()
const entityKeys = new WeakMap<Entity, string>()

function entityKey(entity: Entity): string {
  let key = entityKeys.get(entity)
  if (key === undefined) {
    key = foldForSearch([entity.name, ...entity.aliases, entity.wikidataId ?? ''].join('\n'))
    entityKeys.set(entity, key)
  }
  return key
}

function annotationKey(item: AnnotationItem): string {
  const cached = annotationKeys.get(item.annotation)
  if (cached && cached.text === item.text) return cached.key
  const a = item.annotation
  const parts = [item.text]
  if (a.kind === 'quote') parts.push(a.comment)
  if (a.kind === 'source-note') parts.push(a.text, a.title, a.url ?? '')
  if (a.kind === 'claim') parts.push(a.rationale)
  if ('assignee' in a && a.assignee) parts.push(a.assignee)
  const key = foldForSearch(parts.join('\n'))
  annotationKeys.set(a, { text: item.text, key })
  return key
}

/** The words of a search, folded; an item matches when it contains every one. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean)
}

function matches(haystacks: readonly string[], words: readonly string[]): boolean {
  return words.every((w) => haystacks.some((h) => h.includes(w)))
}

function typeName(types: readonly EntityTypeDef[], id: string): string {
  return types.find((t) => t.id === id)?.name ?? id
}

/** The entity an annotation is about: a mention's entity, a quote's speaker. */
function entityOf(a: Annotation, lookUp: (id: string) => Entity | null): Entity | null {
  if (a.kind === 'mention') return lookUp(a.entityId)
  if ((a.kind === 'quote' || a.kind === 'claim') && a.speakerId) return lookUp(a.speakerId)
  return null
}

/**
 * What a build counted over every item, beside the rows: what the next build needs to start
 * from this one when only mentions were added (see panelUpdate.ts).
 */
export interface PanelTally {
  /** Live mentions of each entity id. */
  mentionCount: Map<string, number>
  /** Live quotes spoken by each entity id. */
  quoteCount: Map<string, number>
  /** Each entity's first live mention in reading order. */
  firstMention: Map<string, AnnotationItem>
  /** Entity ids that quotes, claims or orphans point at and the entities do not hold. */
  unresolved: Set<string>
}

/**
 * Builds every tab's rows. Quotes are grouped by speaker, groups in the order their first
 * quote appears (quotes without a speaker last); entities are listed most mentioned first,
 * then by name; notes in reading order; orphans in stored order.
 */
export function buildPanel(source: PanelSource, filters: PanelFilters = NO_FILTERS): PanelModel {
  return buildPanelTallied(source, filters).model
}

/** {@link buildPanel}, with what it counted. */
export function buildPanelTallied(
  source: PanelSource,
  filters: PanelFilters = NO_FILTERS
): { model: PanelModel; tally: PanelTally } {
  const { items, entities } = source
  const words = searchWords(filters.query)
  const searching = words.length > 0

  const quoteGroups = new Map<string, QuoteRow[]>()
  const notes: NoteRow[] = []
  const claims: ClaimRow[] = []
  const orphans: OrphanRow[] = []
  const tally: PanelTally = {
    mentionCount: new Map(),
    quoteCount: new Map(),
    firstMention: new Map(),
    unresolved: new Set()
  }
  const { mentionCount, quoteCount, firstMention, unresolved } = tally
  /** The entity of an id, noting an id the entities do not hold. */
  const lookUp = (id: string): Entity | null => {
    const entity = entities.get(id)
    if (entity) return entity
    unresolved.add(id)
    return null
  }
  const totals: Record<PanelTab, number> = {
    quotes: 0,
    claims: 0,
    entities: entities.size,
    notes: 0,
    orphans: 0
  }

  for (const item of items) {
    const a = item.annotation
    if (item.range === null) {
      totals.orphans++
      if (filters.orphanKind && a.kind !== filters.orphanKind) continue
      const entity = entityOf(a, lookUp)
      if (searching && !matches([annotationKey(item), entity ? entityKey(entity) : ''], words))
        continue
      orphans.push({ kind: 'orphan', key: a.id, item, entity })
      continue
    }
    switch (a.kind) {
      case 'mention': {
        const id = (a as EntityMention).entityId
        mentionCount.set(id, (mentionCount.get(id) ?? 0) + 1)
        if (!firstMention.has(id)) firstMention.set(id, item)
        break
      }
      case 'quote': {
        totals.quotes++
        if (a.speakerId) quoteCount.set(a.speakerId, (quoteCount.get(a.speakerId) ?? 0) + 1)
        if (filters.quoteKind && a.quoteKind !== filters.quoteKind) break
        if (filters.status && a.status !== filters.status) break
        const speaker = a.speakerId ? lookUp(a.speakerId) : null
        if (searching && !matches([annotationKey(item), speaker ? entityKey(speaker) : ''], words))
          break
        const groupKey = speaker ? speaker.id : ''
        let group = quoteGroups.get(groupKey)
        if (!group) quoteGroups.set(groupKey, (group = []))
        group.push({ kind: 'quote', key: a.id, item: item as ItemOf<Quote>, speaker })
        break
      }
      case 'claim': {
        totals.claims++
        if (filters.verdict && (a.verdict ?? 'none') !== filters.verdict) break
        const speaker = a.speakerId ? lookUp(a.speakerId) : null
        if (searching && !matches([annotationKey(item), speaker ? entityKey(speaker) : ''], words))
          break
        claims.push({ kind: 'claim', key: a.id, item: item as ItemOf<Claim>, speaker })
        break
      }
      case 'source-note': {
        totals.notes++
        if (filters.sourceKind && a.sourceKind !== filters.sourceKind) break
        if (searching && !matches([annotationKey(item)], words)) break
        notes.push({ kind: 'note', key: a.id, item: item as ItemOf<SourceNote> })
        break
      }
    }
  }

  const quotes: PanelRow[] = []
  let quoteItems = 0
  const groupOrder = [...quoteGroups.keys()].sort((x, y) => (x === '' ? 1 : y === '' ? -1 : 0))
  for (const groupKey of groupOrder) {
    const group = quoteGroups.get(groupKey)!
    const speaker = group[0].speaker
    quotes.push({ kind: 'group', key: `group:${groupKey}`, speaker, count: group.length })
    quotes.push(...group)
    quoteItems += group.length
  }

  const entityRows = entityRowsOf(source, filters, tally)
  const model: PanelModel = {
    rows: { quotes, claims, entities: entityRows, notes, orphans },
    counts: {
      quotes: quoteItems,
      claims: claims.length,
      entities: entityRows.length,
      notes: notes.length,
      orphans: orphans.length
    },
    totals
  }
  return { model, tally }
}

/**
 * The entities tab's rows from the counts, most mentioned first. A row of `reuse` (the last
 * build's, by key) that says the same is kept, so the list has nothing to redraw for it.
 */
export function entityRowsOf(
  source: PanelSource,
  filters: PanelFilters,
  tally: PanelTally,
  reuse?: ReadonlyMap<string, EntityRow>
): EntityRow[] {
  const { entities, entityTypes } = source
  const words = searchWords(filters.query)
  const entityRows: EntityRow[] = []
  for (const entity of entities.values()) {
    if (filters.entityType && entity.type !== filters.entityType) continue
    if (words.length) {
      const type = foldForSearch(typeName(entityTypes, entity.type))
      if (!matches([entityKey(entity), type], words)) continue
    }
    const mentions = tally.mentionCount.get(entity.id) ?? 0
    const quotes = tally.quoteCount.get(entity.id) ?? 0
    const firstMentionId = tally.firstMention.get(entity.id)?.annotation.id ?? null
    const old = reuse?.get(entity.id)
    entityRows.push(
      old &&
        old.entity === entity &&
        old.mentions === mentions &&
        old.quotes === quotes &&
        old.firstMentionId === firstMentionId
        ? old
        : { kind: 'entity', key: entity.id, entity, mentions, quotes, firstMentionId }
    )
  }
  entityRows.sort(
    (x, y) =>
      y.mentions - x.mentions ||
      x.entity.name.localeCompare(y.entity.name) ||
      (x.key < y.key ? -1 : 1)
  )
  return entityRows
}

/** Index of the next item row from `from` going `step` (±1), or -1 when there is none. */
export function nextItemIndex(rows: readonly PanelRow[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) {
    if (isItemRow(rows[i])) return i
  }
  return -1
}

/** Index of the first (or last) item row, or -1 when there are none. */
export function edgeItemIndex(rows: readonly PanelRow[], edge: 'first' | 'last'): number {
  return edge === 'first' ? nextItemIndex(rows, -1, 1) : nextItemIndex(rows, rows.length, -1)
}

/**
 * Where the active row should be after the rows changed: the same item if it is still there
 * (found by key), else the item now at or before its old position, else -1.
 */
export function followActive(
  rows: readonly PanelRow[],
  activeKey: string | null,
  oldIndex: number
): number {
  if (activeKey !== null) {
    const same = rows.findIndex((r) => r.key === activeKey)
    if (same >= 0) return same
  }
  if (!rows.some(isItemRow)) return -1
  const at = Math.min(Math.max(oldIndex, 0), rows.length - 1)
  if (isItemRow(rows[at])) return at
  const after = nextItemIndex(rows, at, 1)
  return after >= 0 ? after : nextItemIndex(rows, at, -1)
}
