/**
 * How annotations are drawn: inline decorations with classes and data attributes only (the
 * CSP forbids `style=`; colours come from CSS variables, see annotations.css).
 *
 * Why decorations and not the CSS Custom Highlight API: highlights paint ranges without
 * touching the DOM, but they cannot carry data attributes (hover could not say what is
 * there without a second lookup path), cannot draw the guillemet markers (no generated
 * content), cannot stack several underlines (one text-decoration per highlight), need a live
 * DOM Range per annotation rebuilt after every re-render of a paragraph, and cannot be tested
 * without a browser. Decorations do all of that, and stay fast because they are never rebuilt
 * wholesale: the set is created once when an article loads, then *mapped* through each
 * transaction (ProseMirror's DecorationSet is a tree per block with relative offsets, so
 * typing touches one block's subtree), and an annotation action redraws only its own
 * decorations. The view only re-renders the blocks whose decorations changed.
 *
 * Each annotation gets one inline decoration over its whole range (the "span": the index of
 * live ranges as well as the drawing) with `nodeName: 'span'`, so overlapping annotations
 * become nested spans, each with its own `data-ann-id`: tints mix, underlines stack (a lane
 * per overlapping quote or note), nothing hides anything. Quotes also get one-character
 * decorations on their first and last character (`ann-quote-open` / `ann-quote-close`), on
 * which CSS draws « and » with ::before/::after, so the markers are not text: copying, the
 * selection and `innerText` see only the article. Source notes get `ann-note-end` on their
 * last character for the margin marker. After each mention an empty widget
 * (`ann-mention-end` with the type's class) on which CSS sets the type's letter: types
 * differ by more than their colour.
 */
import type { Node } from 'prosemirror-model'
import { Decoration, type DecorationSet } from 'prosemirror-view'
import type { Annotation, AnnotationKind, AnnotationOf, Entity } from '@shared/model'
import { blockTextAt } from './blockText'

/** Underline lanes for overlapping quotes and notes; more overlaps share the last lane. */
export const MAX_LANES = 4

/** Speaker colours cycle through this many CSS variables (`--ann-speaker-0` …). */
export const SPEAKER_SLOTS = 8

/** Which part of an annotation a decoration draws. */
export type DecorationPart = 'span' | 'open' | 'close' | 'note-end' | 'mention-end'

/** The spec of every decoration the layer makes: whose it is and what part. */
export interface AnnotationSpec {
  id: string
  kind: AnnotationKind
  part: DecorationPart
  /** Underline lane of a quote's or note's span. */
  lane?: number
  /** Text typed at either edge stays outside the annotation. */
  inclusiveStart: false
  inclusiveEnd: false
}

/** The palette slot of a speaker: stable for an id, so the panel can use the same colour. */
export function speakerSlot(speakerId: string | null | undefined): number | null {
  if (!speakerId) return null
  // FNV-1a: cheap, stable across runs and processes.
  let h = 0x811c9dc5
  for (let i = 0; i < speakerId.length; i++) {
    h ^= speakerId.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % SPEAKER_SLOTS
}

/** A safe class-name fragment (entity type ids are already safe; this keeps it so). */
export function cssIdent(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '-')
}

/** The class of an entity type's tint: `ann-type-person`. */
export function typeClass(typeId: string | undefined): string {
  return `ann-type-${typeId ? cssIdent(typeId) : 'unknown'}`
}

/** The class of a speaker's colour: `ann-speaker-3`, or `ann-speaker-none`. */
export function speakerClass(speakerId: string | null | undefined): string {
  const slot = speakerSlot(speakerId)
  return `ann-speaker-${slot === null ? 'none' : slot}`
}

function spec(a: Annotation, part: DecorationPart, lane?: number): AnnotationSpec {
  const s: AnnotationSpec = {
    id: a.id,
    kind: a.kind,
    part,
    inclusiveStart: false,
    inclusiveEnd: false
  }
  if (lane !== undefined) s.lane = lane
  return s
}

/** True for specs made by this layer. */
export function isAnnotationSpec(value: unknown): value is AnnotationSpec {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AnnotationSpec).id === 'string' &&
    typeof (value as AnnotationSpec).part === 'string'
  )
}

/** True when a kind draws an underline and so takes a lane. */
export function takesLane(kind: AnnotationKind): boolean {
  return kindDecorations[kind].lane
}

/** Range of the first character (code point) of text in [from, to), if any. */
export function firstChar(doc: Node, from: number, to: number): [number, number] | null {
  if (from >= to) return null
  // Fast path: `from` in a block's text, before its end (the usual case).
  const block = blockTextAt(doc, from)
  if (block && from < block.start + block.text.length) {
    return [from, from + charSize(block.text, from - block.start, to - from)]
  }
  const after = doc.resolve(from).nodeAfter
  if (after?.isText) return [from, from + charSize(after.text!, 0, to - from)]
  let found: [number, number] | null = null
  doc.nodesBetween(from, to, (node, pos) => {
    if (found) return false
    if (!node.isText) return true
    const start = Math.max(from, pos)
    const end = Math.min(to, pos + node.nodeSize)
    if (start < end) found = [start, start + charSize(node.text!, start - pos, end - start)]
    return false
  })
  return found
}

/** UTF-16 length of the code point at `index` of `text`, not going past `room` units. */
function charSize(text: string, index: number, room: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && room >= 2 && index + 1 < text.length ? 2 : 1
}

/** UTF-16 length of the code point ending at `end` of `text`, not going past `room` units. */
function charSizeBefore(text: string, end: number, room: number): number {
  const code = text.charCodeAt(end - 1)
  return code >= 0xdc00 && code <= 0xdfff && room >= 2 && end >= 2 ? 2 : 1
}

/** Range of the last character (code point) of text in [from, to), if any. */
export function lastChar(doc: Node, from: number, to: number): [number, number] | null {
  if (from >= to) return null
  const block = blockTextAt(doc, to)
  if (block && to > block.start) {
    const end = to - block.start
    return [to - charSizeBefore(block.text, end, to - from), to]
  }
  const before = doc.resolve(to).nodeBefore
  if (before?.isText) return [to - charSizeBefore(before.text!, before.text!.length, to - from), to]
  let found: [number, number] | null = null
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true
    const start = Math.max(from, pos)
    const end = Math.min(to, pos + node.nodeSize)
    if (start < end) found = [end - charSizeBefore(node.text!, end - pos, end - start), end]
    return false
  })
  return found
}

/** How one kind of annotation is drawn. */
export interface KindDecoration<K extends AnnotationKind> {
  /** True when the kind draws an underline and so takes a lane (see {@link laneFor}). */
  lane: boolean
  /** The classes and data attributes of its span, beside `data-ann-id` and `data-ann-kind`. */
  span(
    a: AnnotationOf<K>,
    lane: number,
    entities: ReadonlyMap<string, Entity>
  ): { class: string; data?: Record<string, string> }
  /** Classes of the markers on its first (`open`), last (`close`) or end (`note-end`) character. */
  markers(a: AnnotationOf<K>): Partial<Record<Exclude<DecorationPart, 'span'>, string>>
}

/**
 * How each kind is drawn. A `Record` over every kind: a kind without a drawing does not
 * compile. (The editor cannot depend on the feature's table, so this part of a kind's
 * description lives here and the feature's `annotationKindViews` points at it.)
 */
export const kindDecorations: { readonly [K in AnnotationKind]: KindDecoration<K> } = {
  mention: {
    lane: false,
    span(a, _lane, entities) {
      const type = entities.get(a.entityId)?.type
      return {
        class: `ann ann-mention ${typeClass(type)}`,
        data: { 'data-entity-id': a.entityId, ...(type ? { 'data-entity-type': type } : {}) }
      }
    },
    markers: () => ({})
  },
  quote: {
    lane: true,
    span: (a, lane) => ({
      class:
        `ann ann-quote ann-quote-${a.quoteKind} ann-status-${a.status} ` +
        `${speakerClass(a.speakerId)} ann-lane-${lane}`,
      ...(a.speakerId ? { data: { 'data-speaker-id': a.speakerId } } : {})
    }),
    markers: (a) => ({
      open: `ann-quote-open ${speakerClass(a.speakerId)}`,
      close: `ann-quote-close ${speakerClass(a.speakerId)}`
    })
  },
  'source-note': {
    lane: true,
    span: (a, lane) => ({ class: `ann ann-note ann-source-${a.sourceKind} ann-lane-${lane}` }),
    markers: () => ({ 'note-end': 'ann-note-end' })
  },
  claim: {
    lane: true,
    span: (a, lane) => ({
      class:
        `ann ann-claim ann-verdict-${a.verdict ?? 'none'} ann-status-${a.status} ` +
        `ann-lane-${lane}`
    }),
    markers: () => ({})
  }
}

/**
 * The drawing of an annotation's kind. `kindDecorations[a.kind]` is the entry for `a`'s own
 * kind, a correlation TypeScript cannot follow through the union, hence the one cast.
 */
function drawingOf(a: Annotation): KindDecoration<AnnotationKind> {
  return kindDecorations[a.kind] as unknown as KindDecoration<AnnotationKind>
}

/** The attributes of an annotation's span. */
function spanAttrs(
  a: Annotation,
  lane: number | undefined,
  entities: ReadonlyMap<string, Entity>
): Record<string, string> {
  const drawn = drawingOf(a).span(a, lane ?? 0, entities)
  return {
    nodeName: 'span',
    'data-ann-id': a.id,
    'data-ann-kind': a.kind,
    class: drawn.class,
    ...drawn.data
  }
}

/**
 * The decorations of one live annotation over [from, to): its span, and its markers. `lane`
 * is the underline lane for quotes and notes (see {@link laneFor}). They are pushed onto
 * `decos` when given (loading an article collects every annotation's in one array).
 */
export function annotationDecorations(
  a: Annotation,
  from: number,
  to: number,
  lane: number | undefined,
  entities: ReadonlyMap<string, Entity>,
  doc: Node,
  decos: Decoration[] = []
): Decoration[] {
  decos.push(Decoration.inline(from, to, spanAttrs(a, lane, entities), spec(a, 'span', lane)))
  const marker = (range: [number, number] | null, part: DecorationPart, cls: string): void => {
    if (!range) return
    decos.push(
      Decoration.inline(
        range[0],
        range[1],
        { nodeName: 'span', class: cls, 'data-ann-id': a.id, 'data-ann-marker': part },
        spec(a, part)
      )
    )
  }
  const markers = drawingOf(a).markers(a)
  if (markers.open) marker(firstChar(doc, from, to), 'open', markers.open)
  if (markers.close) marker(lastChar(doc, from, to), 'close', markers.close)
  if (markers['note-end']) marker(lastChar(doc, from, to), 'note-end', markers['note-end'])
  if (a.kind === 'mention') {
    // A widget, not a marker on the last letter: the mention stays one span (a marker would
    // split it in two), and the empty element adds no text to the article.
    const cls = `ann-mention-end ${typeClass(entities.get(a.entityId)?.type)}`
    const glyph = () => {
      const el = document.createElement('span')
      el.className = cls
      el.setAttribute('aria-hidden', 'true')
      el.dataset.annId = a.id
      el.dataset.annMarker = 'mention-end'
      return el
    }
    decos.push(Decoration.widget(to, glyph, { ...spec(a, 'mention-end'), side: -1, key: cls }))
  }
  return decos
}

/** The first underline lane not taken by a quote or note overlapping [from, to). */
export function laneFor(set: DecorationSet, from: number, to: number, exceptId?: string): number {
  const taken = new Set<number>()
  for (const d of set.find(
    from,
    to,
    (s: AnnotationSpec) => s.part === 'span' && s.lane !== undefined
  )) {
    const s = d.spec as AnnotationSpec
    if (d.from < to && d.to > from && s.id !== exceptId) taken.add(s.lane!)
  }
  let lane = 0
  while (taken.has(lane) && lane < MAX_LANES - 1) lane++
  return lane
}

/**
 * Lanes for many annotations at once (loading an article): a sweep in start order, O(n log n)
 * rather than a lookup per annotation.
 */
export function assignLanes(
  items: readonly { id: string; from: number; to: number }[]
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.from - b.from || b.to - a.to)
  const laneEnds: number[] = []
  const lanes = new Map<string, number>()
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end <= item.from)
    if (lane < 0) lane = laneEnds.length < MAX_LANES ? laneEnds.length : MAX_LANES - 1
    laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, item.to)
    lanes.set(item.id, lane)
  }
  return lanes
}
