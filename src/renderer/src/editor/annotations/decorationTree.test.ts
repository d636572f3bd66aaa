import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { blocksToDoc } from '@renderer/editor/document'
import { blockTextAt } from './blockText'
import { createDecorationSet } from './decorationTree'
import { firstChar, lastChar } from './decorations'

/** A small deterministic generator (the tests must not depend on Math.random). */
function generator(seed: number): (n: number) => number {
  let s = seed >>> 0
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

/** A document of paragraphs (some empty) with a surrogate pair in some. */
function article(paragraphs: number, random: (n: number) => number): Node {
  const texts = Array.from({ length: paragraphs }, (_, i) =>
    i % 7 === 3 ? '' : `Paragraphe ${i} ${'mot '.repeat(1 + random(12))}${i % 5 ? '' : '😀 fin'}`
  )
  return blocksToDoc([
    { type: 'headline', text: 'Titre' },
    ...texts.map((text) => ({ type: 'paragraph' as const, text }))
  ])
}

/** Inline decorations and widgets anywhere: in blocks, across blocks, on their edges. */
function decorationsOn(doc: Node, count: number, random: (n: number) => number): Decoration[] {
  const size = doc.content.size
  const result: Decoration[] = []
  for (let i = 0; i < count; i++) {
    const from = random(size)
    const spec = { id: `d${i}` }
    if (i % 4 === 0) {
      result.push(Decoration.widget(from, () => ({}) as HTMLElement, spec))
    } else {
      // Mostly short ones inside a block, now and then a long one across blocks.
      const to = Math.min(size, from + 1 + (i % 13 === 0 ? random(400) : random(12)))
      result.push(Decoration.inline(from, to, { class: `c${i}` }, spec))
    }
  }
  return result
}

/** The tree of a set as plain data: local decorations, and children by their offsets. */
function shape(set: DecorationSet): unknown {
  const inner = set as unknown as { local: Decoration[]; children: (number | DecorationSet)[] }
  const children = []
  for (let i = 0; i < inner.children.length; i += 3) {
    children.push([
      inner.children[i],
      inner.children[i + 1],
      shape(inner.children[i + 2] as DecorationSet)
    ])
  }
  return {
    local: inner.local.map((d) => [d.from, d.to, (d.spec as { id: string }).id]).sort(),
    children
  }
}

describe('createDecorationSet', () => {
  it('builds the same tree as DecorationSet.create, in and across blocks', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = generator(seed)
      const doc = article(60, random)
      const decorations = decorationsOn(doc, 400 + random(400), random)
      const ours = createDecorationSet(doc, decorations)
      const theirs = DecorationSet.create(doc, [...decorations])
      expect(shape(ours)).toEqual(shape(theirs))
      const found = (set: DecorationSet) =>
        set.find().map((d) => `${d.from}-${d.to}-${(d.spec as { id: string }).id}`)
      expect(found(ours).sort()).toEqual(found(theirs).sort())
    }
  })

  it('maps, removes and adds as the library-built set does', () => {
    const random = generator(9)
    const doc = article(40, random)
    const decorations = decorationsOn(doc, 300, random)
    const ours = createDecorationSet(doc, decorations)
    const theirs = DecorationSet.create(doc, [...decorations])
    // Text typed in one paragraph and a stretch deleted across two others.
    const tr = new Transform(doc).insert(120, doc.type.schema.text('ajout')).delete(300, 380)
    const extra = decorationsOn(tr.doc, 20, random)
    const change = (set: DecorationSet) => {
      const mapped = set.map(tr.mapping, tr.doc)
      return mapped.remove(mapped.find(100, 400)).add(tr.doc, [...extra])
    }
    expect(shape(change(ours))).toEqual(shape(change(theirs)))
    expect(ours.find(100, 400).length).toBeGreaterThan(0)
  })

  it('keeps an empty set empty', () => {
    const doc = article(3, generator(1))
    expect(createDecorationSet(doc, [])).toBe(DecorationSet.empty)
  })
})

describe('blockTextAt and the first and last characters', () => {
  it('agree with resolving the position, at every position of the document', () => {
    const random = generator(7)
    const doc = article(30, random)
    const size = doc.content.size
    for (let pos = 0; pos <= size; pos++) {
      const $pos = doc.resolve(pos)
      const block = blockTextAt(doc, pos)
      if ($pos.parent.isTextblock && $pos.depth === 1) {
        expect(block).toEqual({ text: $pos.parent.textContent, start: $pos.start() })
      } else {
        expect(block).toBeNull()
      }
    }
    // Against the slow path, which walks the nodes between the two positions.
    for (let i = 0; i < 2000; i++) {
      const from = random(size)
      const to = Math.min(size, from + 1 + random(30))
      const slow = (which: 'first' | 'last') => {
        let found: [number, number] | null = null
        doc.nodesBetween(from, to, (node, pos) => {
          if (!node.isText) return true
          const start = Math.max(from, pos)
          const end = Math.min(to, pos + node.nodeSize)
          if (start >= end) return false
          const text = node.text!
          const high = (code: number) => code >= 0xd800 && code <= 0xdbff
          const low = (code: number) => code >= 0xdc00 && code <= 0xdfff
          if (which === 'first' && !found) {
            const two =
              end - start >= 2 &&
              high(text.charCodeAt(start - pos)) &&
              start - pos + 1 < text.length
            found = [start, start + (two ? 2 : 1)]
          }
          if (which === 'last') {
            const two = end - start >= 2 && low(text.charCodeAt(end - pos - 1)) && end - pos >= 2
            found = [end - (two ? 2 : 1), end]
          }
          return false
        })
        return found
      }
      expect(firstChar(doc, from, to)).toEqual(slow('first'))
      expect(lastChar(doc, from, to)).toEqual(slow('last'))
    }
  })
})
