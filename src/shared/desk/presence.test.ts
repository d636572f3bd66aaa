import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { CodePointIndex, plainText } from '../text'
import { articleDoc, blockArray } from './articleDoc'
import { readOrThrow, testArticle } from './articles.testkit'
import { selectionIn, shareSelection } from './presence'

const file = testArticle()

function wordsAt(doc: Y.Doc, range: { start: number; end: number } | null): string | null {
  if (!range) return null
  return new CodePointIndex(plainText(readOrThrow(doc).blocks)).slice(range.start, range.end)
}

function offsetOf(doc: Y.Doc, words: string): number {
  const index = new CodePointIndex(plainText(readOrThrow(doc).blocks))
  return index.toCodePoint(index.text.indexOf(words))
}

describe('an editor’s selection as the others see it', () => {
  it('covers the same words after someone else edited the text before them', () => {
    const doc = articleDoc(file)
    const start = offsetOf(doc, 'Jason Droege')
    const shared = JSON.parse(JSON.stringify(shareSelection(doc, start, start + 12)))
    expect(wordsAt(doc, selectionIn(doc, shared))).toBe('Jason Droege')

    // Text typed before the selection, past an emoji (two UTF-16 units, one code point).
    const headline = blockArray(doc).get(0).get('text') as Y.Text
    headline.insert(0, 'Breaking: ')
    const paragraph = blockArray(doc).get(1).get('text') as Y.Text
    paragraph.insert(0, 'Chief ')
    expect(wordsAt(doc, selectionIn(doc, shared))).toBe('Jason Droege')
  })

  it('ignores a malformed selection from another machine, and one whose words are gone', () => {
    const doc = articleDoc(file)
    for (const bad of [
      null,
      'x',
      { start: { position: [] }, end: {} },
      { start: { position: [300], gap: 0 }, end: { position: [1], gap: 0 } },
      { start: { position: new Array(100).fill(1), gap: 0 }, end: { position: [1], gap: 0 } }
    ]) {
      expect(selectionIn(doc, bad)).toBeNull()
    }
    const start = offsetOf(doc, 'company')
    const shared = shareSelection(doc, start, start + 7)
    const paragraph = blockArray(doc).get(1).get('text') as Y.Text
    paragraph.delete(paragraph.toString().indexOf('company'), 'company'.length)
    expect(selectionIn(doc, shared)).toBeNull()
  })
})
