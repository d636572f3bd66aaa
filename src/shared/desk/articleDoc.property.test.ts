import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { annotatedArticle, blockText } from '../export/arbitraries.testkit'
import type { ArticleFile, EntityMention } from '../model'
import { BLOCK_SEPARATOR, CodePointIndex, codePointLength, plainText } from '../text'
import { articleDoc, writeArticle } from './articleDoc'
import { exchange, readOrThrow as read } from './articles.testkit'

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** Code-point offset where block `i` starts in the plain text. */
function blockStart(file: ArticleFile, i: number): number {
  let at = 0
  for (let k = 0; k < i; k++) at += codePointLength(file.blocks[k].text) + BLOCK_SEPARATOR.length
  return at
}

describe('article ⇄ Yjs document, for any article', () => {
  it('file → document → file gives the same file, exact offsets included', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        expect(read(articleDoc(file))).toEqual(file)
      }),
      { numRuns: 100 }
    )
  }, 120_000)

  it('document → update → document → file gives the same file, and rewriting it writes nothing', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const doc = articleDoc(file)
        const copy = copyOf(doc)
        expect(read(copy)).toEqual(read(doc))
        let updates = 0
        copy.on('update', () => updates++)
        writeArticle(copy, read(copy))
        expect(updates).toBe(0)
      }),
      { numRuns: 100 }
    )
  }, 120_000)

  it('a text edit by A and a new mention by B, offline, merge with the mention on its words', () => {
    const scenario = annotatedArticle
      .filter((f) => f.entities.length > 0)
      .chain((file) =>
        fc
          .integer({ min: 0, max: file.blocks.length - 1 })
          .chain((blockIndex) => {
            const length = codePointLength(file.blocks[blockIndex].text)
            return fc.record({
              blockIndex: fc.constant(blockIndex),
              // A's edit: delete `removed` code points at `at`, insert `inserted` there.
              at: fc.integer({ min: 0, max: length }),
              removed: fc.integer({ min: 0, max: 6 }),
              // Wrapped in marks found nowhere else, so the edit reads back unambiguously
              // from the text alone (the document takes the common prefix and suffix).
              inserted: blockText.map((t) => `⟨${[...t].slice(0, 8).join('')}⟩`),
              // B's mention, as two points in the same block.
              x: fc.integer({ min: 0, max: length }),
              y: fc.integer({ min: 0, max: length })
            })
          })
          .map((edit) => ({ file, ...edit }))
      )

    fc.assert(
      fc.property(scenario, ({ file, blockIndex, at, removed, inserted, x, y }) => {
        const blockCps = [...file.blocks[blockIndex].text]
        const cut = Math.min(removed, blockCps.length - at)
        const from = Math.min(x, y)
        let to = Math.max(x, y)
        // B tags words that A's edit does not touch (before it or after it).
        if (!(to <= at || from >= at + cut)) {
          if (from < at) to = at
          else return
        }
        if (to === from) return

        const a = articleDoc(file)
        const b = copyOf(a)

        const fileA = read(a)
        const edited = [...blockCps]
        edited.splice(at, cut, ...inserted)
        const editedText = edited.join('').normalize('NFC')
        fc.pre(editedText === edited.join(''))
        fileA.blocks[blockIndex] = { ...fileA.blocks[blockIndex], text: editedText }
        writeArticle(a, fileA, 'A')

        const fileB = read(b)
        const index = new CodePointIndex(plainText(fileB.blocks))
        const offset = blockStart(fileB, blockIndex)
        const mention: EntityMention = {
          id: 'mention-by-b',
          kind: 'mention',
          target: index.target(offset + from, offset + to),
          orphaned: false,
          createdBy: 'B',
          createdAt: '2026-11-29T10:00:00.000Z',
          updatedBy: 'B',
          updatedAt: '2026-11-29T10:00:00.000Z',
          entityId: fileB.entities[0].id
        }
        fileB.annotations.push(mention)
        writeArticle(b, fileB, 'B')

        exchange(a, b)
        const onA = read(a)
        expect(read(b)).toEqual(onA)
        expect(onA.blocks[blockIndex].text).toBe(editedText)
        const merged = onA.annotations.find((m) => m.id === 'mention-by-b')!
        expect(merged.orphaned).toBe(false)
        expect(merged.target.exact).toBe(mention.target.exact)
        const text = new CodePointIndex(plainText(onA.blocks))
        expect(text.slice(merged.target.start, merged.target.end)).toBe(mention.target.exact)
        const shift = from >= at + cut ? codePointLength(inserted) - cut : 0
        expect(merged.target.start).toBe(mention.target.start + shift)
      }),
      { numRuns: 200 }
    )
  }, 120_000)
})
