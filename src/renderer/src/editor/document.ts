/**
 * The article's blocks as a ProseMirror document and back, and the map between ProseMirror
 * positions and the code-point offsets every stored annotation uses.
 *
 * Offsets count Unicode code points over the plain text of `plainText` (src/shared/text.ts):
 * the blocks' text joined by "\n\n". ProseMirror positions count UTF-16 units plus one token
 * for each block boundary. {@link TextPositions} converts between the two in O(log n) per
 * lookup; building one costs O(blocks) because each block's code-point index is cached on
 * its (immutable) node, so a document that changed in one block re-indexes only that block.
 */
import type { Node as PmNode } from 'prosemirror-model'
import type { Block } from '@shared/model'
import { BLOCK_SEPARATOR, CodePointIndex } from '@shared/text'
import { articleSchema, isBlockType } from './schema'

/**
 * The documents built, by the blocks they were built from. An opened article's blocks are
 * read by the annotation layer (fromArticle) and by the view as it mounts: with one document
 * for both, everything cached per document (its text, its positions, where its blocks start)
 * is computed once on opening instead of twice. Blocks are values: nothing changes them in
 * place (an edited text is a new array of blocks), and documents are immutable.
 */
const docsOfBlocks = new WeakMap<readonly Block[], PmNode>()

/** Builds the ProseMirror document of an article's blocks (text kept exactly as stored). */
export function blocksToDoc(blocks: readonly Block[]): PmNode {
  const built = docsOfBlocks.get(blocks)
  if (built) return built
  if (blocks.length === 0) throw new Error('An article has at least one block')
  const nodes = blocks.map((b) => {
    const type = articleSchema.nodes[b.type]
    if (!type) throw new Error(`Unknown block type: ${b.type}`)
    return type.create(null, b.text ? articleSchema.text(b.text) : null)
  })
  const doc = articleSchema.nodes.doc.create(null, nodes)
  docsOfBlocks.set(blocks, doc)
  return doc
}

/** The block of one top-level node of an article document. */
export function blockOf(node: PmNode): Block {
  const type = node.type.name
  if (!isBlockType(type)) throw new Error(`Not an article block: ${type}`)
  return { type, text: node.textContent }
}

/** The blocks of a ProseMirror article document, in order. */
export function docToBlocks(doc: PmNode): Block[] {
  const blocks: Block[] = []
  doc.forEach((node) => blocks.push(blockOf(node)))
  return blocks
}

/**
 * The blocks of `doc` that differ from `before`'s, as one splice (null when none do): the
 * blocks both start and end with are told by identity, since ProseMirror keeps the node of a
 * block an edit did not touch.
 */
export function changedBlocks(
  before: PmNode,
  doc: PmNode
): { start: number; deleteCount: number } | null {
  if (before === doc) return null
  const shortest = Math.min(before.childCount, doc.childCount)
  let head = 0
  while (head < shortest && before.child(head) === doc.child(head)) head++
  let tail = 0
  while (
    tail < shortest - head &&
    before.child(before.childCount - 1 - tail) === doc.child(doc.childCount - 1 - tail)
  )
    tail++
  if (head === before.childCount && head === doc.childCount) return null
  return { start: head, deleteCount: before.childCount - head - tail }
}

/** The code-point index of one block's text, cached on the node (nodes never change). */
const blockIndexCache = new WeakMap<PmNode, CodePointIndex>()
function blockIndex(node: PmNode): CodePointIndex {
  let index = blockIndexCache.get(node)
  if (!index) {
    index = new CodePointIndex(node.textContent)
    blockIndexCache.set(node, index)
  }
  return index
}

const separatorLength = [...BLOCK_SEPARATOR].length

/** Index of the last element of an ascending array that is <= value (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid] <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Where one block sits, in both coordinate systems. */
export interface BlockSpan {
  /** Index of the block in the document. */
  index: number
  /** ProseMirror position where the block's text starts (just inside the block node). */
  from: number
  /** ProseMirror position where the block's text ends. */
  to: number
  /** Code-point offset of the block's first character in the plain text. */
  start: number
  /** Code-point offset just after the block's last character in the plain text. */
  end: number
}

/**
 * Converts between ProseMirror positions and code-point offsets over the plain text, for one
 * document. Get one with {@link TextPositions.of}, which caches it per document.
 */
export class TextPositions {
  /** ProseMirror position of each block's first character. */
  private readonly pmStarts: number[] = []
  /** Code-point offset of each block's first character in the plain text. */
  private readonly cpStarts: number[] = []
  private readonly indexes: CodePointIndex[] = []
  /** Code-point length of the plain text. */
  readonly length: number

  private static readonly cache = new WeakMap<PmNode, TextPositions>()

  /** The position map of a document (built once per document, then cached). */
  static of(doc: PmNode): TextPositions {
    let positions = TextPositions.cache.get(doc)
    if (!positions) {
      positions = new TextPositions(doc)
      TextPositions.cache.set(doc, positions)
    }
    return positions
  }

  private constructor(readonly doc: PmNode) {
    let cp = 0
    doc.forEach((node, offset, i) => {
      if (i > 0) cp += separatorLength
      const index = blockIndex(node)
      this.pmStarts.push(offset + 1)
      this.cpStarts.push(cp)
      this.indexes.push(index)
      cp += index.length
    })
    this.length = cp
  }

  /** Number of blocks. */
  get blockCount(): number {
    return this.indexes.length
  }

  /** Where block `index` sits. */
  block(index: number): BlockSpan {
    const from = this.pmStarts[index]
    const start = this.cpStarts[index]
    const text = this.indexes[index]
    return { index, from, to: from + text.text.length, start, end: start + text.length }
  }

  /** The block that holds a ProseMirror position (the one before it, between blocks). */
  blockAtPos(pos: number): BlockSpan {
    return this.block(lastAtOrBefore(this.pmStarts, pos))
  }

  /** The block that holds a code-point offset (the one before it, inside a separator). */
  blockAtOffset(offset: number): BlockSpan {
    return this.block(lastAtOrBefore(this.cpStarts, offset))
  }

  /**
   * Code-point offset of a ProseMirror position. A position between two blocks counts as the
   * end of the block before it; one before the first block as 0; one inside a surrogate pair
   * as before the pair.
   */
  toOffset(pos: number): number {
    const i = lastAtOrBefore(this.pmStarts, pos)
    const index = this.indexes[i]
    const within = Math.max(0, Math.min(pos - this.pmStarts[i], index.text.length))
    return this.cpStarts[i] + index.toCodePoint(within)
  }

  /**
   * ProseMirror position of a code-point offset (clamped to the text). An offset inside the
   * separator between two blocks maps to the end of the block before it when `assoc` is -1,
   * or to the start of the block after it when `assoc` is 1 (the default, right for the start
   * of a range; use -1 for its end).
   */
  toPos(offset: number, assoc: -1 | 1 = 1): number {
    const cp = Math.max(0, Math.min(offset, this.length))
    const i = lastAtOrBefore(this.cpStarts, cp)
    const index = this.indexes[i]
    const within = cp - this.cpStarts[i]
    if (within > index.length) {
      if (assoc > 0 && i + 1 < this.indexes.length) return this.pmStarts[i + 1]
      return this.pmStarts[i] + index.text.length
    }
    return this.pmStarts[i] + index.toUtf16(within)
  }

  /** The ProseMirror range of a code-point range [start, end). */
  toRange(start: number, end: number): { from: number; to: number } {
    const from = this.toPos(start, 1)
    return { from, to: Math.max(from, this.toPos(end, -1)) }
  }

  /** The code-point range of a ProseMirror range. */
  toOffsets(from: number, to: number): { start: number; end: number } {
    const start = this.toOffset(from)
    return { start, end: Math.max(start, this.toOffset(to)) }
  }
}
