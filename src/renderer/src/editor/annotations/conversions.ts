/**
 * What the annotation layer needs to know about the article document, injected rather than
 * imported so the layer works with any schema whose top-level nodes are text blocks: how to
 * build the document from blocks, and how ProseMirror positions map to code-point offsets
 * over the plain text (blocks joined by "\n\n", see src/shared/text.ts).
 *
 * {@link articleConversions} wires the editor's own helpers (editor/document.ts).
 */
import type { Node } from 'prosemirror-model'
import type { Block, TextTarget } from '@shared/model'
import { BLOCK_SEPARATOR, CodePointIndex } from '@shared/text'
import { blocksToDoc, TextPositions } from '../document'

/** Converts between positions and code-point offsets for one document. */
export interface DocPositions {
  /** Code-point offset of a position (a position between blocks counts as the block end). */
  toOffset(pos: number): number
  /** Position of an offset; inside a block separator, `assoc` 1 gives the next block's start. */
  toPos(offset: number, assoc?: -1 | 1): number
}

/** The conversions the annotation layer is given. */
export interface TextConversions {
  /** The article document of these blocks, in the editor's schema. */
  toDoc(blocks: readonly Block[]): Node
  /** Position ⇄ offset conversions for a document (implementations should cache per doc). */
  positions(doc: Node): DocPositions
}

/** The editor's own conversions: editor/document.ts's blocksToDoc and TextPositions. */
export const articleConversions: TextConversions = {
  toDoc: blocksToDoc,
  positions: (doc) => TextPositions.of(doc)
}

const textCache = new WeakMap<Node, CodePointIndex>()

/**
 * The plain text of a document (its blocks' text joined by "\n\n") with its code-point
 * index, built once per document: documents are immutable, so the cache never goes stale.
 */
export function docText(doc: Node): CodePointIndex {
  let index = textCache.get(doc)
  if (!index) {
    const parts: string[] = []
    doc.forEach((block) => parts.push(block.textContent))
    index = new CodePointIndex(parts.join(BLOCK_SEPARATOR))
    textCache.set(doc, index)
  }
  return index
}

/** The code-point range of a position range. */
export function offsetsOf(
  doc: Node,
  from: number,
  to: number,
  conversions: TextConversions
): { start: number; end: number } {
  const positions = conversions.positions(doc)
  const start = positions.toOffset(from)
  return { start, end: Math.max(start, positions.toOffset(to)) }
}

/** The position range of a code-point range. */
export function positionsOf(
  doc: Node,
  start: number,
  end: number,
  conversions: TextConversions
): { from: number; to: number } {
  const positions = conversions.positions(doc)
  const from = positions.toPos(start, 1)
  return { from, to: Math.max(from, positions.toPos(end, -1)) }
}

/** The stand-off target (code points, exact, prefix, suffix) of a position range. */
export function targetAt(
  doc: Node,
  from: number,
  to: number,
  conversions: TextConversions
): TextTarget {
  const { start, end } = offsetsOf(doc, from, to, conversions)
  return docText(doc).target(start, end)
}
