/**
 * Highlights are drawn only near what is on screen. The layer keeps one decoration per
 * annotation for the whole article (its index of live ranges, mapped through every edit), but
 * the view is given only those within a window around the visible text: at 10,000
 * annotations every highlight in the DOM was about 47,000 elements, each one restyled and
 * laid out with the article, where the peer editors paint only what is in view.
 *
 * The window is the visible positions widened by {@link MARGIN} on each side, so a scroll of
 * a screen or two finds its highlights drawn already; it moves (one redraw of the blocks that
 * enter or leave it) only when the visible text comes within a quarter margin of its edge.
 * An article opens with a narrower window, {@link FIRST_SCREEN} positions from its top: the
 * highlights of the first screen, drawn with the view; the window widens to the margins in
 * the first idle moment after the view has been measured. Drawing the full window with the
 * view was most of the view's first draw (at 10,000 annotations, about 1,500 highlights
 * created, styled and laid out before the first paint where a screen shows about 50).
 * It belongs to the view, not to the editor state: where highlights are drawn is not part of
 * the document, its history or what is saved, so moving it dispatches no transaction.
 */
import type { Node } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import type { Mapping } from 'prosemirror-transform'
import type { DecorationSet, Decoration, EditorView } from 'prosemirror-view'
import { selectionRead } from '../selectionRead'
import { createDecorationSet } from './decorationTree'
import { derivationOf, type Derivation } from './lineage'

/** Positions drawn beyond the visible text on each side (about 30 paragraphs of news text). */
export const MARGIN = 20_000

/** The positions whose highlights are drawn. */
export interface Window {
  from: number
  to: number
}

/** Positions drawn around a selection that lies outside the window. */
export const SELECTION_MARGIN = 2_000

/**
 * Positions of text that edits may delete before the drawn part is cut out of the whole set
 * again: bringing the drawn part up to date maps it with the text, so a deletion can pull
 * into the window decorations that were not drawn (at its edges, far from what is shown).
 */
export const DRIFT_LIMIT = 1_000

/** Changes replayed at most to bring the drawn part up to date (else it is cut again). */
const MAX_REPLAY = 16

/**
 * Positions drawn when an article opens, from its top: about two screens of news text on a
 * desktop window (a window of 1440 × 900 shows the headline and some 1,500 characters of the
 * article). On a taller screen the first measure finds more shown and moves the window then.
 */
export const FIRST_SCREEN = 4_000

/** The window of a view, until it has been measured and widened: the top of the article. */
const FIRST: Window = { from: 0, to: FIRST_SCREEN }

/** The decorations drawn for one whole set, and for which window and selection. */
interface Drawn {
  window: Window
  around: Window | null
  drawn: DecorationSet
  /** Positions deleted since the drawn part was last cut out of the whole set. */
  drift: number
}

const sameRange = (a: Window | null, b: Window | null): boolean =>
  a === b || (!!a && !!b && a.from === b.from && a.to === b.to)

const overlaps = (d: Decoration, w: Window | null): boolean =>
  !!w && d.from <= w.to && d.to >= w.from

/** Positions a mapping deletes. */
function deleted(mapping: Mapping): number {
  let size = 0
  for (const map of mapping.maps)
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      size += Math.max(0, oldEnd - oldStart - (newEnd - newStart))
    })
  return size
}

/**
 * The drawing window of one editor view, and the decorations it lets through. Each view
 * gets its own (the annotation plugins make one when they are created).
 */
export class DrawingWindow {
  private window: Window = FIRST

  /** The positions whose highlights are drawn now. */
  get current(): Window {
    return this.window
  }
  /** What was drawn for each whole set (the highlights', the suggestions'). */
  private drawnFor = new WeakMap<DecorationSet, Drawn>()

  /**
   * The decorations of `all` within the window, and around the selection wherever it is
   * (what the annotator acts on is drawn even when scrolled out of view); the same set while
   * none of these changes, so the view redraws nothing. When `all` was made from a set drawn
   * before (see lineage.ts), the drawn part gets the same change: a key press or a tag costs
   * the same however many annotations the article has.
   */
  visible(all: DecorationSet, state: EditorState): DecorationSet {
    const { window } = this
    if (window.from <= 0 && window.to >= state.doc.content.size) return all
    const { from, to } = state.selection
    const outside = from < window.from || to > window.to
    const around = outside
      ? { from: Math.max(0, from - SELECTION_MARGIN), to: to + SELECTION_MARGIN }
      : null
    const current = (d: Drawn | undefined): d is Drawn =>
      !!d && d.window === window && sameRange(d.around, around)
    const hit = this.drawnFor.get(all)
    if (current(hit)) return hit.drawn
    // Walk back to a set drawn for this window and selection, then replay the changes since.
    const changes: Derivation[] = []
    let start: Drawn | undefined
    for (let set = all; changes.length < MAX_REPLAY;) {
      const derivation = derivationOf(set)
      if (!derivation) break
      changes.push(derivation)
      const drawn = this.drawnFor.get(derivation.base)
      if (current(drawn)) {
        start = drawn
        break
      }
      set = derivation.base
    }
    const result = (start && replay(start, changes.reverse())) ?? cut(all, state, window, around)
    this.drawnFor.set(all, result)
    return result.drawn
  }

  /**
   * Makes sure [from, to] is drawn (a reveal from the panel, before it looks for the span);
   * true when the window moved and the view was redrawn.
   */
  include(view: EditorView, from: number, to: number): boolean {
    const { window } = this
    // Within the drift of an edge, a decoration may have been mapped in without being drawn.
    if (from >= window.from + DRIFT_LIMIT && to <= window.to - DRIFT_LIMIT) return false
    if (window.from <= 0 && window.to >= view.state.doc.content.size) return false
    this.widened = true
    this.window = { from: Math.max(0, from - MARGIN), to: to + MARGIN }
    view.updateState(view.state)
    return true
  }

  /** False until the view has been measured once (it may open scrolled anywhere). */
  measured = false

  /** False while the window is the first screen's (see the module comment). */
  widened = false

  /** Moves put off in a row for a page selection the editor had not read (see follow). */
  private waited = 0

  /**
   * Measures what the view shows and moves the window when it nears an edge. While the
   * window is still the first screen's, it moves only when what is shown goes beyond it, or
   * with `widen` (the first idle moment). True when the move was put off: ask again soon.
   */
  follow(view: EditorView, widen = false): boolean {
    if (view.isDestroyed) return false
    const shown = visiblePositions(view)
    if (!shown) return false
    this.measured = true
    const { window } = this
    const size = view.state.doc.content.size
    const slack = this.widened ? MARGIN / 4 : 0
    const nearTop = shown.from - slack < window.from && window.from > 0
    const nearEnd = shown.to + slack > window.to && window.to < size
    if (!nearTop && !nearEnd && !(widen && !this.widened)) return false
    // The redraw writes the state's selection back to the page: one just made there and not
    // yet read by the editor would be lost (a selection made, then scrolled to, on a busy
    // page). Put off for a frame or two, not for ever: the window must still follow.
    if (this.waited < 2 && !selectionRead(view, document.getSelection())) {
      this.waited++
      return true
    }
    this.waited = 0
    this.widened = true
    this.window = { from: Math.max(0, shown.from - MARGIN), to: shown.to + MARGIN }
    view.updateState(view.state)
    return false
  }
}

/** The decorations of `all` in the window and around the selection, cut out of the whole. */
function cut(all: DecorationSet, state: EditorState, window: Window, around: Window | null): Drawn {
  const found = all.find(window.from, window.to)
  if (around) {
    const seen = new Set(found)
    for (const d of all.find(around.from, around.to)) if (!seen.has(d)) found.push(d)
  }
  return { window, around, drawn: createDecorationSet(state.doc, found), drift: 0 }
}

/**
 * The drawn part after the same changes as the whole set: mapped through the same edits,
 * with the same decorations removed, and those added that fall in the window or around the
 * selection. Null when the edits deleted too much text to trust its edges.
 */
function replay(start: Drawn, changes: readonly Derivation[]): Drawn | null {
  let { drawn, drift } = start
  for (const change of changes) {
    if ('mapping' in change) {
      drift += deleted(change.mapping)
      if (drift > DRIFT_LIMIT) return null
      drawn = drawn.map(change.mapping, change.doc)
      continue
    }
    if (change.removed.length) drawn = drawn.remove([...change.removed])
    const added = change.added.filter((d) => overlaps(d, start.window) || overlaps(d, start.around))
    if (added.length && change.doc) drawn = drawn.add(change.doc, added)
  }
  return { ...start, drawn, drift }
}

/** Where each top-level block of a document starts, kept per document. */
const blockStarts = new WeakMap<Node, number[]>()

function startsOf(doc: Node): number[] {
  let starts = blockStarts.get(doc)
  if (!starts) {
    const found: number[] = []
    doc.forEach((_block, offset) => found.push(offset))
    blockStarts.set(doc, (starts = found))
  }
  return starts
}

/**
 * The first block whose bottom is below `y` on screen (the last block when none is), by
 * binary search over the blocks' boxes; null when a block has no element.
 */
function blockAt(view: EditorView, starts: readonly number[], y: number): number | null {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    const element = view.nodeDOM(starts[middle])
    if (!(element instanceof Element)) return null
    if (element.getBoundingClientRect().bottom > y) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * The positions of the blocks at the top and bottom of the article's visible part, if it is
 * laid out. Read from the blocks' boxes, not by asking for the positions at two points: that
 * hit-tests the page and measures the characters of the paragraph found, about 180 layout
 * reads a frame while scrolling in a trace of the long article.
 */
function visiblePositions(view: EditorView): Window | null {
  const box = view.dom.getBoundingClientRect()
  const top = Math.max(box.top, 0)
  const bottom = Math.min(box.bottom, window.innerHeight)
  if (bottom <= top) return null
  const { doc } = view.state
  const starts = startsOf(doc)
  if (!starts.length) return null
  const first = blockAt(view, starts, top)
  const last = blockAt(view, starts, bottom)
  if (first === null || last === null) return null
  return { from: starts[first], to: starts[last] + doc.child(last).nodeSize }
}

/**
 * Follows scrolling and resizing for a view: the window is measured once per frame at most,
 * after the scroll, so scrolling itself never waits for it. `check` asks for a measure too,
 * until the first one succeeds (the scroll position the article opened at): measuring reads
 * the blocks' boxes, which lays the page out, so not on every key press. After the first
 * measure, the window widens from the first screen's in the next idle moment.
 */
export function followViewport(
  view: EditorView,
  drawing: DrawingWindow
): { check(): void; stop(): void } {
  // Without frames (a test's DOM without layout) there is no viewport to follow.
  if (typeof requestAnimationFrame !== 'function') return { check() {}, stop() {} }
  let frame = 0
  let idle = 0
  const check = (): void => {
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      const first = !drawing.measured
      if (drawing.follow(view)) return check()
      if (!first || !drawing.measured || drawing.widened) return
      // Without idle callbacks (not in Chromium), widening waits for nothing.
      if (typeof requestIdleCallback !== 'function') return void drawing.follow(view, true)
      widen()
    })
  }
  const widen = (): void => {
    idle = requestIdleCallback(() => {
      idle = 0
      if (drawing.follow(view, true)) widen()
    })
  }
  addEventListener('scroll', check, { capture: true, passive: true })
  addEventListener('resize', check, { passive: true })
  check()
  return {
    check: () => {
      if (!drawing.measured) check()
    },
    stop() {
      cancelAnimationFrame(frame)
      if (idle) cancelIdleCallback(idle)
      removeEventListener('scroll', check, { capture: true })
      removeEventListener('resize', check)
    }
  }
}
