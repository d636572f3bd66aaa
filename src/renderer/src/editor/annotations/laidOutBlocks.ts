/**
 * An article is laid out near what is on screen first, the rest in the following idle
 * moments. The browser lays out the whole article to paint its first screen: on the
 * 611,883-character long article that was 300–600 ms of the opening, in a trace. While the
 * view has the class `lays-out-near-view`, the article's style gives `content-visibility:
 * auto` to every block without the class `laid-out`, so the browser skips their layout and
 * paint until they come near the screen (they stay in the page: selection, copy, the
 * accessibility tree and the browser's find still see them). The blocks in the drawing window
 * (the visible text widened by about 30 paragraphs each side) are laid out at once; around
 * them a laid-out stretch widens in each idle moment, laid out then, until it covers the
 * article and the view's class goes; the first scroll lays out the rest at once.
 *
 * Why not leave `content-visibility: auto` on the far blocks for good: while any block is
 * skipped, every frame of a scroll costs the browser an intersection check of every skipped
 * block and a pass over their paint layers, and scrolling onto skipped blocks has their style
 * and layout done in the frame, with style, layout and pre-paint run again. In traces of the
 * benchmark's scroll (a screen a frame) that was 28 ms of the browser's own work a frame with
 * every paragraph skipped until shown, 6 with the whole article laid out, and still 12 with
 * only the blocks beyond the drawing window skipped.
 */
import type { Node } from 'prosemirror-model'
import { Plugin } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { DrawingWindow, Window } from './drawingWindow'

/** The class of a block laid out while the view lays out near the view first. */
export const LAID_OUT = 'laid-out'

/** The view's class while some blocks may still be skipped. */
export const LAYS_OUT_NEAR_VIEW = 'lays-out-near-view'

/**
 * Positions the laid-out stretch widens by on each side, each idle moment: about 250
 * paragraphs of news text, some 40 ms of layout. A step has a cost of its own (the view
 * compares every block's decorations, the browser checks every skipped block in the next
 * frame), so a few long steps cost less than many short ones: in traces of opening the long
 * article on a loaded machine, steps sized to the idle time left made 100 steps and 4.1 s of
 * work on the page's main thread where four steps made 1.2 s (laying it all out at once, 1.0).
 */
export const STEP = 150_000

const overlaps = (from: number, to: number, w: Window): boolean => to >= w.from && from <= w.to

/** Node decorations marking the top-level blocks that overlap `window` or `stretch`. */
function blocksIn(doc: Node, window: Window, stretch: Window): DecorationSet {
  const marks: Decoration[] = []
  doc.forEach((block, offset) => {
    const end = offset + block.nodeSize
    if (overlaps(offset, end, window) || overlaps(offset, end, stretch))
      marks.push(Decoration.node(offset, end, { class: LAID_OUT }))
  })
  return DecorationSet.create(doc, marks)
}

/**
 * What is laid out in one view: the drawing window's blocks and a stretch that starts as the
 * drawing window where the article opened and only ever widens.
 */
export class LaidOutBlocks {
  private stretch: Window | null = null
  private last: { doc: Node; window: Window; stretch: Window; set: DecorationSet } | undefined
  /** True once the stretch covers the article: nothing is skipped any more. */
  complete = false

  constructor(private readonly drawing: DrawingWindow) {}

  /** True while some blocks may be skipped: the stretch does not cover `doc` yet. */
  skipping(doc: Node): boolean {
    if (this.complete) return false
    const stretch = (this.stretch ??= this.drawing.current)
    this.complete = stretch.from <= 0 && stretch.to >= doc.content.size
    return !this.complete
  }

  /** The blocks marked as laid out (none once complete: the view's class is gone). */
  decorations(doc: Node): DecorationSet {
    if (!this.skipping(doc)) return DecorationSet.empty
    const window = this.drawing.current
    const stretch = this.stretch!
    const { last } = this
    if (last?.doc === doc && last.window === window && last.stretch === stretch) return last.set
    const set = blocksIn(doc, window, stretch)
    this.last = { doc, window, stretch, set }
    return set
  }

  /** Widens the stretch by `positions` on each side. */
  widen(positions: number): void {
    const stretch = this.stretch ?? this.drawing.current
    this.stretch = { from: Math.max(0, stretch.from - positions), to: stretch.to + positions }
  }
}

/**
 * Widens what is laid out in idle moments until it covers the article: each step redraws the
 * view with more blocks marked, then reads its height, so that their layout is done there and
 * not in the next frame. A reader who scrolls first has the rest laid out at once, in that
 * scroll's frame: while scrolling there is no idle moment to widen in, and each frame over
 * skipped blocks cost the browser several times an ordinary one (in a trace of the
 * benchmark's scroll begun before the steps had ended, 908 intersection checks of the
 * skipped blocks and a third more style and layout than with the article laid out).
 */
function widenWhenIdle(view: EditorView, blocks: LaidOutBlocks): { stop(): void } {
  // Without idle callbacks (a test's DOM without layout) nothing is skipped to lay out.
  if (typeof requestIdleCallback !== 'function') return { stop() {} }
  let idle = 0
  const stop = (): void => {
    cancelIdleCallback(idle)
    removeEventListener('scroll', scrolled, { capture: true })
  }
  const step = (): void => {
    idle = 0
    if (view.isDestroyed || blocks.complete) return stop()
    blocks.widen(STEP)
    view.updateState(view.state)
    void view.dom.offsetHeight
    if (blocks.complete) stop()
    else idle = requestIdleCallback(step)
  }
  const scrolled = (): void => {
    stop()
    if (view.isDestroyed || blocks.complete) return
    blocks.widen(Infinity)
    view.updateState(view.state)
  }
  idle = requestIdleCallback(step)
  addEventListener('scroll', scrolled, { capture: true, passive: true })
  return { stop }
}

/** The plugin that lays out the blocks near the view first (see above). */
export function laidOutBlocksPlugin(drawing: DrawingWindow): Plugin {
  const blocks = new LaidOutBlocks(drawing)
  return new Plugin({
    props: {
      decorations: (state) => blocks.decorations(state.doc),
      attributes: (state): Record<string, string> =>
        blocks.skipping(state.doc) ? { class: LAYS_OUT_NEAR_VIEW } : {}
    },
    view: (view) => {
      const widening = widenWhenIdle(view, blocks)
      return { destroy: () => widening.stop() }
    }
  })
}
