/**
 * An editor's selection as the others see it (Yjs awareness): both ends as Yjs relative
 * positions over the article's text, so that a selection still covers the same words when
 * someone else has edited the text before it. Awareness states come from other machines:
 * what arrives is checked, and anything malformed is ignored.
 */
import type * as Y from 'yjs'
import { anchorOf, offsetsOf } from './articleDoc'

/** A selection as awareness carries it (plain JSON: the positions' bytes as numbers). */
export interface SharedSelection {
  start: { position: number[]; gap: number }
  end: { position: number[]; gap: number }
}

/** Longest encoded relative position accepted from another editor. */
const MAX_POSITION_BYTES = 64

/** The selection from `start` to `end` (code points of the current text) as anchors. */
export function shareSelection(doc: Y.Doc, start: number, end: number): SharedSelection {
  // The start sticks to the word after it and the end to the word before it, as annotations.
  const from = anchorOf(doc, Math.min(start, end), 0)
  const to = anchorOf(doc, Math.max(start, end), -1)
  return {
    start: { position: [...from.position], gap: from.gap },
    end: { position: [...to.position], gap: to.gap }
  }
}

function anchorFrom(value: unknown): { position: Uint8Array; gap: number } | null {
  if (typeof value !== 'object' || value === null) return null
  const { position, gap } = value as { position?: unknown; gap?: unknown }
  if (!Array.isArray(position) || position.length === 0 || position.length > MAX_POSITION_BYTES)
    return null
  if (!position.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) return null
  return { position: Uint8Array.from(position as number[]), gap: gap === 1 ? 1 : 0 }
}

/**
 * Where another editor's selection now lies in `doc`, in code points, or null when it is
 * malformed, empty or its words are gone.
 */
export function selectionIn(doc: Y.Doc, shared: unknown): { start: number; end: number } | null {
  if (typeof shared !== 'object' || shared === null) return null
  const from = anchorFrom((shared as { start?: unknown }).start)
  const to = anchorFrom((shared as { end?: unknown }).end)
  if (!from || !to) return null
  const [start, end] = offsetsOf(doc, [from, to])
  if (start === null || end === null || end <= start) return null
  return { start, end }
}
