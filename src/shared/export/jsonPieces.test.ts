import fc from 'fast-check'
import type { ArticleFile } from '../model'
import { describe, expect, it, vi } from 'vitest'
import { annotatedArticle } from './arbitraries.testkit'
import { ItemsOnDemand, jsonPieces } from './jsonPieces'
import { checkedForExport, nativePieces, serializeNative, toNativeDocument } from './native'
import { serializeW3c, w3cFromNative, w3cPieces } from './w3cExport'

const PROPERTY_RUNS = 300
const PROPERTY_TIMEOUT = 120_000
const AT = '2025-06-20T12:00:00.000Z'

/** Text that JSON must escape or that takes several UTF-16 units, among ordinary words. */
const awkward = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'line one\nline two',
    'a "quoted" word',
    'back\\slash',
    '😀 👩🏽‍💻 𠀀',
    'lone \ud800 and \udc00 halves',
    '\u2028\u2029\t\r\u0000',
    '  indented\n    twice  '
  )
)

/** Any JSON value, its strings awkward. */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    awkward,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(awkward, tie('value'), { maxKeys: 4 })
  )
})).value

/** A record whose keys never collide with the one that holds the long array. */
const record = fc.dictionary(
  awkward.filter((key) => key !== 'long'),
  jsonValue,
  { maxKeys: 5 }
)

/** A document with a long array as its last value, `path` keys down, and that path. */
const documentWithArray = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.array(jsonValue, { maxLength: 12 }),
    fc.array(record, { minLength: 3, maxLength: 3 })
  )
  .map(([depth, items, levels]) => {
    const path = Array.from({ length: depth }, () => 'long')
    let inner: Record<string, unknown> = { ...levels[depth - 1], long: items }
    for (let level = depth - 2; level >= 0; level--) inner = { ...levels[level], long: inner }
    return { doc: inner, path, items }
  })

/** A copy of the document with the value `path` keys down replaced (its place kept). */
function replacedAt(
  doc: Record<string, unknown>,
  path: readonly string[],
  value: unknown
): Record<string, unknown> {
  const [key, ...rest] = path
  const inner = rest.length ? replacedAt(doc[key] as Record<string, unknown>, rest, value) : value
  return { ...doc, [key]: inner }
}

const joined = (pieces: Iterable<string>): string => [...pieces].join('')

describe('jsonPieces', () => {
  it('joins to the text JSON.stringify writes, at any indent and batch (property)', () => {
    fc.assert(
      fc.property(
        documentWithArray,
        fc.constantFrom(0, 1, 2, 4, 12),
        fc.integer({ min: 1, max: 5 }),
        ({ doc, path }, indent, batch) => {
          const pieces = [...jsonPieces(doc, indent, { path, batch })]
          expect(pieces.join('')).toBe(JSON.stringify(doc, null, indent))
        }
      ),
      { numRuns: PROPERTY_RUNS }
    )
  })

  it('joins to the same text when the items are made on demand (property)', () => {
    fc.assert(
      fc.property(
        documentWithArray,
        fc.constantFrom(0, 2),
        fc.integer({ min: 1, max: 5 }),
        ({ doc, path, items }, indent, batch) => {
          const onDemand = new ItemsOnDemand(items.length, (from, to) => items.slice(from, to))
          const lazy = replacedAt(doc, path, onDemand)
          expect(joined(jsonPieces(lazy, indent, { path, batch }))).toBe(
            JSON.stringify(doc, null, indent)
          )
        }
      ),
      { numRuns: PROPERTY_RUNS }
    )
  })

  it('makes the items of a batch only when its piece is asked for', () => {
    const made: [number, number][] = []
    const items = new ItemsOnDemand(5, (from, to) => {
      made.push([from, to])
      return Array.from({ length: to - from }, (_, i) => ({ n: from + i }))
    })
    const pieces = jsonPieces({ head: 'h', long: items }, 2, { path: ['long'], batch: 2 })
    const texts: string[] = []
    for (const piece of pieces) {
      texts.push(piece)
      // Each piece holding items is the only one whose items exist yet.
      const numbers = [...piece.matchAll(/"n": (\d+)/g)].map((m) => Number(m[1]))
      if (numbers.length) expect(made[made.length - 1]).toEqual([numbers[0], numbers.at(-1)! + 1])
      expect(made.length).toBe(texts.filter((t) => /"n"/.test(t)).length)
    }
    expect(made).toEqual([
      [0, 2],
      [2, 4],
      [4, 5]
    ])
    expect(texts.join('')).toBe(
      JSON.stringify({ head: 'h', long: [0, 1, 2, 3, 4].map((n) => ({ n })) }, null, 2)
    )
  })

  it('gives each batch of items its own piece, so a writer can write as they are made', () => {
    const items = [{ a: 'one\ntwo' }, { b: ['😀', '"'] }, { c: null }, { d: 4 }, { e: true }]
    const doc = { head: 'h', long: items }
    const pieces = [...jsonPieces(doc, 2, { path: ['long'], batch: 2 })]
    const withItems = pieces.filter((p) => /"[a-e]"/.test(p))
    expect(withItems).toHaveLength(3)
    // Without any one of them the text is not the document's.
    for (const dropped of withItems) {
      expect(pieces.filter((p) => p !== dropped).join('')).not.toBe(JSON.stringify(doc, null, 2))
    }
    expect(pieces.join('')).toBe(JSON.stringify(doc, null, 2))
  })

  it('writes an empty array as JSON.stringify does', () => {
    const doc = { a: 1, first: { type: 'page', items: [] } }
    for (const indent of [0, 2]) {
      expect(joined(jsonPieces(doc, indent, { path: ['first', 'items'], batch: 3 }))).toBe(
        JSON.stringify(doc, null, indent)
      )
    }
  })

  it('refuses, before any piece, an array that is not the last value of the document', () => {
    const doc = { long: [1, 2, 3], after: 'x' }
    expect(() => jsonPieces(doc, 2, { path: ['long'], batch: 1 })).toThrow(
      'long is not the last value of the document'
    )
    expect(() => jsonPieces({ long: 'text' }, 2, { path: ['long'], batch: 1 })).toThrow(
      'long is not an array'
    )
  })

  it('finds its own marker even when the document spells it before the array', () => {
    // Math.random() = 0.5 makes the marker "\u0000pieces-i".
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5)
    try {
      const doc = { note: '\u0000pieces-i', long: ['\u0000pieces-i'] }
      expect(joined(jsonPieces(doc, 2, { path: ['long'], batch: 1 }))).toBe(
        JSON.stringify(doc, null, 2)
      )
    } finally {
      random.mockRestore()
    }
  })
})

/** The article with the prefix and suffix of every third anchored annotation out of date. */
function withStaleContext(file: ArticleFile): ArticleFile {
  const copy = structuredClone(file)
  copy.annotations.forEach((a, i) => {
    if (a.orphaned || i % 3 !== 0) return
    a.target.prefix = 'stale '
    a.target.suffix = ''
  })
  return copy
}

describe('native and W3C exports in pieces (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('join to the bytes of the one-shot text of the whole document', () => {
    fc.assert(
      fc.property(
        annotatedArticle,
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (generated, stale, batch) => {
          const file = stale ? withStaleContext(generated) : generated
          const doc = toNativeDocument(file, { exportedAt: AT })
          const exported = checkedForExport(file, { exportedAt: AT })
          expect(joined(nativePieces(exported, batch))).toBe(serializeNative(doc))
          expect(joined(w3cPieces(exported, batch))).toBe(serializeW3c(w3cFromNative(doc)))
        }
      ),
      { numRuns: 100 }
    )
  })
})
