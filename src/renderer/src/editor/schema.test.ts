import { describe, expect, it } from 'vitest'
import { splitBlock } from 'prosemirror-commands'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import type { BlockType } from '@shared/model'
import { blocksToDoc, docToBlocks } from './document'

/** The blocks after Enter (ProseMirror's splitBlock) at the end of block `index`. */
function enterAtEndOf(types: BlockType[], index: number): BlockType[] {
  const doc = blocksToDoc(types.map((type, i) => ({ type, text: `bloc ${i}` })))
  let end = 0
  for (let i = 0; i <= index; i++) end += doc.child(i).nodeSize
  const state = EditorState.create({ doc, selection: TextSelection.create(doc, end - 1) })
  let next: Transaction | undefined
  expect(splitBlock(state, (tr) => (next = tr))).toBe(true)
  return docToBlocks(next!.doc).map((b) => b.type)
}

describe('the article schema', () => {
  it('makes a paragraph of the block Enter opens at the end of a paragraph', () => {
    expect(enterAtEndOf(['headline', 'paragraph', 'source'], 1)).toEqual([
      'headline',
      'paragraph',
      'paragraph',
      'source'
    ])
  })

  it('makes a paragraph, not another headline, of the block after the headline', () => {
    expect(enterAtEndOf(['headline', 'paragraph'], 0)).toEqual([
      'headline',
      'paragraph',
      'paragraph'
    ])
  })
})
