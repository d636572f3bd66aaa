/**
 * The annotation plugin: the layer (entities, annotations, live ranges) as plugin state,
 * updated by a pure reducer, drawn as decorations, recorded in history through LayerStep.
 *
 * `apply` is `reduceAnnotations(tr, state, tr.getMeta(annotationsKey), config)`, in the
 * manner of prosemirror-typerighter; side effects (clearing a flash after a while) live in
 * the plugin view. The reducer:
 * - adopts the layer carried by the transaction's last LayerStep (annotation commands, undo,
 *   redo); in an undo the inverted layer steps come first but the last one restores the
 *   layer from before the event, which is right for the document at the end of the undo;
 * - otherwise maps the layer through `tr.mapping` (typing, "Edit text"), turning annotations
 *   whose whole span was deleted into orphans; appendTransaction then records that change
 *   as a LayerStep in the same history event, so one undo brings text and layer back;
 * - handles the transient metas: `highlightEntity` (light up an entity's mentions) and
 *   `flash` (briefly mark one annotation), drawn by a second plugin as an overlay.
 */
import { isHistoryTransaction } from 'prosemirror-history'
import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { TextTarget } from '@shared/model'
import type { Stamp } from '@shared/annotations/registry'
import { RecordMap } from '@shared/annotations/recordMap'
import { afterPaintWhenIdle } from '@renderer/components/afterPaintWhenIdle'
import { targetAt, type TextConversions } from './conversions'
import { createDecorationSet } from './decorationTree'
import { DrawingWindow, followViewport } from './drawingWindow'
import { laidOutBlocksPlugin } from './laidOutBlocks'
import { EMPTY_LAYER, mapLayer, spans, type AnnotationLayer } from './layer'
import { LayerStep, lastLayerStep } from './layerStep'

/** Transient actions, set with `tr.setMeta(annotationsKey, meta)`. */
export type AnnotationsMeta =
  /** Light up every mention of an entity (null: none). */
  | { type: 'highlightEntity'; entityId: string | null }
  /** Flash one annotation (null: stop); cleared by itself after `flashMs`. */
  | { type: 'flash'; annotationId: string | null }
  /** Set by every annotation command: what it did and which annotations or entities. */
  | { type: 'edit'; action: string; ids: string[] }

/** The plugin's state. */
export interface AnnotationsPluginState {
  /** The annotation layer: what history records and what is saved. */
  readonly layer: AnnotationLayer
  /** The entity whose mentions are lit, if any. */
  readonly litEntityId: string | null
  /** The annotation being flashed, if any. */
  readonly flashId: string | null
  /** Counts flashes, so flashing the same annotation twice redraws (and replays) it. */
  readonly flashSeq: number
  /** Lit mentions and the flash, drawn over the layer. */
  readonly overlay: DecorationSet
}

/** How the plugin is set up. */
export interface AnnotationsConfig {
  /** Positions ⇄ code-point offsets (use `articleConversions` in the editor). */
  conversions: TextConversions
  /** The layer to start with (from `fromArticle`); empty when absent. */
  layer?: AnnotationLayer
  /** The annotator's profile name, read at each action. */
  author?: () => string
  /** The clock (tests fix it). */
  now?: () => Date
  /** How long a flash lasts, in milliseconds (default 1600). */
  flashMs?: number
  /** Told why a command was refused (bad URL, entity in use…), in words for the annotator. */
  onError?: (error: Error) => void
}

/** The config with its defaults filled in, as commands see it. */
export interface ResolvedConfig extends Required<Omit<AnnotationsConfig, 'layer' | 'onError'>> {
  onError?: (error: Error) => void
  /** The stand-off target of a range of a document. */
  target(doc: Node, from: number, to: number): TextTarget
  /** Who and when, for a new or changed record. */
  stamp(): Stamp
}

/** The key of the annotation plugin: its state, and its metas. */
export const annotationsKey = new PluginKey<AnnotationsPluginState>('annotations')

/** The key of the overlay plugin (lit entity, flash). */
export const annotationOverlayKey = new PluginKey('annotationOverlay')

function resolve(config: AnnotationsConfig): ResolvedConfig {
  const author = config.author ?? (() => '')
  const now = config.now ?? (() => new Date())
  return {
    conversions: config.conversions,
    author,
    now,
    flashMs: config.flashMs ?? 1600,
    onError: config.onError,
    target: (doc, from, to) => targetAt(doc, from, to, config.conversions),
    stamp: () => ({ by: author(), at: now().toISOString() })
  }
}

/** The layer a transaction leaves behind (see the module comment). */
function nextLayer(
  tr: Transaction,
  layer: AnnotationLayer,
  config: ResolvedConfig
): AnnotationLayer {
  const last = lastLayerStep(tr.steps)
  if (last < 0)
    return mapLayer(layer, tr.mapping, tr.doc, { before: tr.before, target: config.target })
  const after = (tr.steps[last] as LayerStep).after
  if (last === tr.steps.length - 1 || isHistoryTransaction(tr)) return after
  // A command that changed the layer and then the text: map through the text steps after.
  return mapLayer(after, tr.mapping.slice(last + 1), tr.doc, {
    before: tr.docs[last + 1],
    target: config.target
  })
}

/** Overlay decorations: a lit entity's mentions, and the flashed annotation. */
function buildOverlay(
  layer: AnnotationLayer,
  doc: Node,
  litEntityId: string | null,
  flashId: string | null,
  seq: number
): DecorationSet {
  const lit = new Set<string>()
  if (litEntityId) {
    for (const a of layer.annotations.values()) {
      if (a.kind === 'mention' && a.entityId === litEntityId && !a.orphaned) lit.add(a.id)
    }
  }
  const ids = new Set(lit)
  if (flashId) ids.add(flashId)
  if (!ids.size) return DecorationSet.empty
  const decos: Decoration[] = []
  const edges = { inclusiveStart: false, inclusiveEnd: false }
  for (const [id, span] of spans(layer, ids)) {
    if (lit.has(id)) {
      const attrs = { nodeName: 'span', class: 'ann-lit', 'data-lit-entity-id': litEntityId! }
      decos.push(Decoration.inline(span.from, span.to, attrs, { id, part: 'lit', ...edges }))
    }
    if (id === flashId) {
      const attrs = { nodeName: 'span', class: 'ann-flash', 'data-flash': String(seq) }
      decos.push(Decoration.inline(span.from, span.to, attrs, { id, part: 'flash', ...edges }))
    }
  }
  return createDecorationSet(doc, decos)
}

/**
 * The reducer: the next plugin state from a transaction and its meta. Pure: same inputs,
 * same output, nothing else touched.
 */
export function reduceAnnotations(
  tr: Transaction,
  state: AnnotationsPluginState,
  meta: AnnotationsMeta | undefined,
  config: ResolvedConfig
): AnnotationsPluginState {
  const layer = tr.docChanged ? nextLayer(tr, state.layer, config) : state.layer
  let { litEntityId, flashId, flashSeq } = state
  if (meta?.type === 'highlightEntity') litEntityId = meta.entityId
  if (meta?.type === 'flash') {
    flashId = meta.annotationId
    if (flashId) flashSeq++
  }
  const metaChanged =
    litEntityId !== state.litEntityId || flashId !== state.flashId || flashSeq !== state.flashSeq
  const active = litEntityId !== null || flashId !== null
  let overlay = state.overlay
  if (metaChanged || (active && layer !== state.layer && lastLayerStep(tr.steps) >= 0)) {
    overlay = buildOverlay(layer, tr.doc, litEntityId, flashId, flashSeq)
  } else if (tr.docChanged && overlay !== DecorationSet.empty) {
    overlay = overlay.map(tr.mapping, tr.doc)
  }
  if (layer === state.layer && overlay === state.overlay && !metaChanged) return state
  return { layer, litEntityId, flashId, flashSeq, overlay }
}

/** The plugin state of an editor state (a clear error when the plugin is missing). */
export function annotationsState(state: EditorState): AnnotationsPluginState {
  const s = annotationsKey.getState(state)
  if (!s) throw new Error('The annotation plugin is not installed in this editor state')
  return s
}

/** The annotation layer of an editor state. */
export function layerOf(state: EditorState): AnnotationLayer {
  return annotationsState(state).layer
}

/** The plugin's resolved config, as commands need it. */
export function configOf(state: EditorState): ResolvedConfig {
  const plugin = annotationsKey.get(state)
  if (!plugin) throw new Error('The annotation plugin is not installed in this editor state')
  return (plugin.spec as { annotationsConfig: ResolvedConfig }).annotationsConfig
}

/** The drawing window of the view showing `state` (see drawingWindow.ts), if any. */
export function drawingWindowOf(state: EditorState): DrawingWindow | undefined {
  const plugin = annotationsKey.get(state)
  return (plugin?.spec as { drawingWindow?: DrawingWindow } | undefined)?.drawingWindow
}

/**
 * The annotation plugins, in this order: the layer (state, history, decorations), the
 * overlay (lit entity, flash) and the blocks laid out near the view. Put them after `history()` in the editor's plugin list.
 */
export function annotationPlugins(config: AnnotationsConfig): Plugin[] {
  const resolved = resolve(config)
  // Highlights near the viewport only; the layer keeps every annotation's decoration.
  const drawing = new DrawingWindow()
  const main = new Plugin<AnnotationsPluginState>({
    key: annotationsKey,
    annotationsConfig: resolved,
    drawingWindow: drawing,
    state: {
      init: () => ({
        layer: config.layer ?? EMPTY_LAYER,
        litEntityId: null,
        flashId: null,
        flashSeq: 0,
        overlay: DecorationSet.empty
      }),
      apply: (tr, value) => reduceAnnotations(tr, value, tr.getMeta(annotationsKey), resolved)
    },
    appendTransaction(trs, oldState, newState) {
      // Text edits changed the layer by mapping: record that as a step of the same event.
      if (!trs.some((tr) => tr.docChanged && lastLayerStep(tr.steps) < 0)) return null
      const before = annotationsKey.getState(oldState)!.layer
      const after = annotationsKey.getState(newState)!.layer
      if (before === after) return null
      return newState.tr.step(new LayerStep(before, after))
    },
    props: {
      decorations: (state) => {
        const all = annotationsKey.getState(state)?.layer.decorations
        return all && drawing.visible(all, state)
      }
    },
    view: (editorView) => {
      const viewport = followViewport(editorView, drawing)
      // The records' shared map, built lazily to spare the opening, is built once the page
      // is idle: the first tag would otherwise wait for it.
      const prepared = afterPaintWhenIdle(() => {
        const annotations = annotationsKey.getState(editorView.state)?.layer.annotations
        if (annotations instanceof RecordMap) annotations.prepare()
      })
      let timer: ReturnType<typeof setTimeout> | undefined
      let scheduled = -1
      return {
        update(view) {
          viewport.check()
          const s = annotationsKey.getState(view.state)
          if (!s?.flashId || s.flashSeq === scheduled) return
          scheduled = s.flashSeq
          clearTimeout(timer)
          timer = setTimeout(() => {
            const now = annotationsKey.getState(view.state)
            if (now?.flashId && now.flashSeq === scheduled) {
              view.dispatch(
                view.state.tr.setMeta(annotationsKey, { type: 'flash', annotationId: null })
              )
            }
          }, resolved.flashMs)
        },
        destroy() {
          viewport.stop()
          prepared.cancel()
          clearTimeout(timer)
        }
      }
    }
  })
  const overlay = new Plugin({
    key: annotationOverlayKey,
    props: {
      decorations: (state) => annotationsKey.getState(state)?.overlay
    }
  })
  return [main, overlay, laidOutBlocksPlugin(drawing)]
}
