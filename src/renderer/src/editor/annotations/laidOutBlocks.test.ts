import { describe, expect, it } from 'vitest'
import { blocksToDoc } from '../document'
import { DrawingWindow } from './drawingWindow'
import { LaidOutBlocks, STEP } from './laidOutBlocks'

/** An article of `count` paragraphs of 500 characters. */
const article = (count: number) =>
  blocksToDoc(
    Array.from({ length: count }, (_, i) => ({ type: 'paragraph', text: `${i}`.padEnd(500, '.') }))
  )

describe('the blocks laid out near the view first', () => {
  it('marks the drawing window’s blocks of a long article, and only those at first', () => {
    const doc = article(1_000)
    const drawing = new DrawingWindow()
    const blocks = new LaidOutBlocks(drawing)
    expect(blocks.skipping(doc)).toBe(true)
    const marked = blocks.decorations(doc).find()
    const inWindow: number[] = []
    doc.forEach((block, offset) => {
      if (offset <= drawing.current.to && offset + block.nodeSize >= drawing.current.from)
        inWindow.push(offset)
    })
    expect(marked.map((d) => d.from)).toEqual(inWindow)
    expect(marked.length).toBeLessThan(doc.childCount / 5)
    // The same set while neither the article nor what is laid out changed.
    expect(blocks.decorations(doc)).toBe(blocks.decorations(doc))
  })

  it('widens until the whole article is laid out, then skips nothing', () => {
    const doc = article(1_000)
    const blocks = new LaidOutBlocks(new DrawingWindow())
    const before = blocks.decorations(doc).find().length
    blocks.widen(STEP)
    expect(blocks.decorations(doc).find().length).toBeGreaterThan(before)
    for (let i = 0; i < doc.content.size / STEP && blocks.skipping(doc); i++) blocks.widen(STEP)
    expect(blocks.skipping(doc)).toBe(false)
    expect(blocks.decorations(doc).find()).toHaveLength(0)
  })

  it('lays out the whole article at once when widened without bound (the reader scrolled)', () => {
    const doc = article(1_000)
    const blocks = new LaidOutBlocks(new DrawingWindow())
    expect(blocks.skipping(doc)).toBe(true)
    blocks.widen(Infinity)
    expect(blocks.skipping(doc)).toBe(false)
    expect(blocks.decorations(doc).find()).toHaveLength(0)
  })

  it('skips nothing in an article the drawing window covers', () => {
    const blocks = new LaidOutBlocks(new DrawingWindow())
    expect(blocks.skipping(article(6))).toBe(false)
    expect(blocks.decorations(article(6)).find()).toHaveLength(0)
  })
})
