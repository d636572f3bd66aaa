import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Block, BlockType } from '@shared/model'
import { codePointLength, plainText } from '@shared/text'
import { blocksToDoc, docToBlocks, TextPositions } from './document'

const sample: Block[] = [
  { type: 'headline', text: 'Scale AI promet son indépendance' },
  { type: 'standfirst', text: 'Le PDG 🧑‍💼 affirme 14,3 G$' },
  { type: 'paragraph', text: '« Scale demeure » 😀 indépendante.' },
  { type: 'heading', text: '' },
  { type: 'paragraph', text: '𝒜𝒷𝒸 et la suite' },
  { type: 'source', text: 'Source : BetaKit' }
]

const blockType = fc.constantFrom<BlockType>(
  'headline',
  'standfirst',
  'heading',
  'paragraph',
  'source'
)
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('😀', '🇫🇷', '👩‍👩‍👧', 'é', 'e\u0301', '𝒜', ' ', '«', '»')
)
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))
const blocks = fc.array(fc.record({ type: blockType, text }), { minLength: 1, maxLength: 6 })

/** Reference: code points of the plain text before a position, by ProseMirror's own walk. */
function referenceOffset(doc: ReturnType<typeof blocksToDoc>, pos: number): number {
  return codePointLength(doc.textBetween(0, pos, '\n\n'))
}

/** True when a position falls between the two halves of a surrogate pair. */
function splitsSurrogate(doc: ReturnType<typeof blocksToDoc>, pos: number): boolean {
  const $pos = doc.resolve(pos)
  if (!$pos.parent.isTextblock) return false
  const text = $pos.parent.textContent
  const i = $pos.parentOffset
  const c = text.charCodeAt(i)
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff
}

describe('blocksToDoc / docToBlocks', () => {
  it('round-trips blocks, empty ones included', () => {
    expect(docToBlocks(blocksToDoc(sample))).toEqual(sample)
  })

  it('round-trips any blocks', () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        expect(docToBlocks(blocksToDoc(bs))).toEqual(bs)
      })
    )
  })

  it('builds one document for the same blocks, so the layer and the view share its caches', () => {
    const doc = blocksToDoc(sample)
    expect(blocksToDoc(sample)).toBe(doc)
    expect(TextPositions.of(blocksToDoc(sample))).toBe(TextPositions.of(doc))
    // Other blocks, even equal ones, are another article's: their own document.
    const copy = sample.map((b) => ({ ...b }))
    expect(blocksToDoc(copy)).not.toBe(doc)
    expect(blocksToDoc(copy).eq(doc)).toBe(true)
  })

  it('refuses an empty article', () => {
    expect(() => blocksToDoc([])).toThrow(/at least one block/)
  })

  it('keeps the plain text identical', () => {
    const doc = blocksToDoc(sample)
    expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(plainText(sample))
  })
})

describe('TextPositions', () => {
  it('maps every position as ProseMirror counts it, astral characters included', () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        const doc = blocksToDoc(bs)
        const positions = TextPositions.of(doc)
        expect(positions.length).toBe(codePointLength(plainText(bs)))
        for (let pos = 0; pos <= doc.content.size; pos++) {
          if (splitsSurrogate(doc, pos)) continue
          expect(positions.toOffset(pos)).toBe(referenceOffset(doc, pos))
        }
      })
    )
  })

  it('maps every code-point offset back to a position with the same offset', () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        const doc = blocksToDoc(bs)
        const positions = TextPositions.of(doc)
        for (let offset = 0; offset <= positions.length; offset++) {
          const before = positions.toPos(offset, -1)
          const after = positions.toPos(offset, 1)
          const block = positions.blockAtOffset(offset)
          const inSeparator = offset > block.end
          if (inSeparator) {
            // Between two blocks: -1 sticks to the end of the block before, 1 to the next start.
            expect(before).toBe(block.to)
            expect(positions.toOffset(after)).toBe(block.end + 2)
          } else {
            expect(before).toBe(after)
            expect(positions.toOffset(before)).toBe(offset)
          }
        }
      })
    )
  })

  it('slices the same text from a range as the plain text does', () => {
    fc.assert(
      fc.property(blocks, fc.nat(), fc.nat(), (bs, a, b) => {
        const plain = [...plainText(bs)]
        const doc = blocksToDoc(bs)
        const positions = TextPositions.of(doc)
        const start = Math.min(a, b) % (plain.length + 1)
        const end = Math.min(plain.length, start + (Math.max(a, b) % 40))
        const { from, to } = positions.toRange(start, end)
        const fromDoc = doc.textBetween(from, to, '\n\n')
        const expected = plain.slice(start, end).join('')
        // A range that starts or ends inside a separator loses only separator characters.
        expect(expected.replace(/^\n+|\n+$/g, '')).toBe(fromDoc.replace(/^\n+|\n+$/g, ''))
        expect(positions.toOffsets(from, to)).toEqual({
          start: positions.toOffset(from),
          end: Math.max(positions.toOffset(from), positions.toOffset(to))
        })
      })
    )
  })

  it('finds the emoji in the sample by code points', () => {
    const doc = blocksToDoc(sample)
    const positions = TextPositions.of(doc)
    const plain = plainText(sample)
    const start = [...plain].indexOf('😀')
    const { from, to } = positions.toRange(start, start + 1)
    expect(doc.textBetween(from, to)).toBe('😀')
    expect(to - from).toBe(2)
    expect(positions.toOffsets(from, to)).toEqual({ start, end: start + 1 })
  })

  it('treats positions around the document as its ends', () => {
    const doc = blocksToDoc(sample)
    const positions = TextPositions.of(doc)
    expect(positions.toOffset(0)).toBe(0)
    expect(positions.toOffset(doc.content.size)).toBe(positions.length)
    expect(positions.toPos(-5)).toBe(1)
    expect(positions.toPos(positions.length + 9)).toBe(doc.content.size - 1)
  })

  it('describes blocks in both coordinate systems', () => {
    const doc = blocksToDoc(sample)
    const positions = TextPositions.of(doc)
    expect(positions.blockCount).toBe(sample.length)
    const second = positions.block(1)
    expect(doc.textBetween(second.from, second.to)).toBe(sample[1].text)
    expect(second.end - second.start).toBe(codePointLength(sample[1].text))
    expect(positions.blockAtPos(second.from + 3).index).toBe(1)
    expect(positions.blockAtOffset(second.start).index).toBe(1)
  })

  it('caches one map per document', () => {
    const doc = blocksToDoc(sample)
    expect(TextPositions.of(doc)).toBe(TextPositions.of(doc))
  })
})
