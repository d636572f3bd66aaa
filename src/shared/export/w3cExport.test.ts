import { describe, expect, it } from 'vitest'
import type { ArticleFile } from '../model'
import { articleFromNative, parseNativeDocument } from './native'
import { ANNO_CONTEXT, NEWSROOM_CONTEXT } from './w3cVocabulary'
import { exportW3c, w3cFromNative } from './w3cExport'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const doc = parseNativeDocument(FIXTURE)
const article = articleFromNative(doc)

type Item = {
  id: string
  motivation: string
  annotationKind: string
  body: Record<string, unknown>[]
  target: { source: string; selector: Record<string, unknown>[] }
  [key: string]: unknown
}
const collection = w3cFromNative(doc) as { first: { items: Item[] } } & Record<string, unknown>
const items = collection.first.items

describe('W3C export', () => {
  it('is an AnnotationCollection with the anno.jsonld context and ours', () => {
    expect(collection['@context']).toEqual([ANNO_CONTEXT, NEWSROOM_CONTEXT])
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.total).toBe(doc.annotations.length)
    expect(items).toHaveLength(doc.annotations.length)
  })

  it('is written as compact JSON with a final newline', () => {
    const text = exportW3c(article, { exportedAt: doc.exportedAt })
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.indexOf('\n')).toBe(text.length - 1)
    expect(text).toBe(JSON.stringify(JSON.parse(text)) + '\n')
  })

  it('gives every item both selectors, and the position selector holds', () => {
    const points = [...doc.text]
    for (const item of items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!
      expect(points.slice(position.start as number, position.end as number).join('')).toBe(
        quote.exact
      )
      expect(item.target.source).toBe('urn:newsroom-annotator:article:scale-ai-meta')
    }
  })

  it('describes quotes, with the speaker in our context', () => {
    const quote = items.find((i) => i.id.endsWith(':quote-droege-memo-independent'))!
    expect(quote.motivation).toBe('describing')
    expect(quote.quoteKind).toBe('direct')
    expect(quote.quoteStatus).toBe('needs-checking')
    expect(quote.speaker).toBe('urn:newsroom-annotator:entity:jason-droege')
    expect(quote.body[0]).toMatchObject({
      type: 'TextualBody',
      purpose: 'describing',
      value: 'Direct quote by Jason Droege (needs-checking)'
    })
    expect(quote.body[1]).toMatchObject({ purpose: 'commenting' })
  })

  it('identifies mentions by their entity IRI, its Wikidata item and a type tag', () => {
    const meta = items.find((i) => i.id.endsWith(':mention-meta-01'))!
    expect(meta.motivation).toBe('identifying')
    expect(meta.body).toEqual([
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'urn:newsroom-annotator:entity:meta'
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'https://www.wikidata.org/entity/Q380'
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'organisation' }
    ])
  })

  it('describes each entity once, in the collection, where items find it by IRI', () => {
    const entities = collection.entities as Record<string, unknown>[]
    expect(entities.map((e) => e.id)).toEqual(
      doc.entities.map((e) => `urn:newsroom-annotator:entity:${e.id}`)
    )
    expect(entities.find((e) => e.id === 'urn:newsroom-annotator:entity:meta')).toEqual({
      id: 'urn:newsroom-annotator:entity:meta',
      type: 'Entity',
      entityType: 'organisation',
      name: 'Meta Platforms',
      aliases: ['Meta'],
      sameAs: 'https://www.wikidata.org/entity/Q380'
    })
    const amount = entities.find((e) => e.name === '14,3 milliards de dollars')!
    expect(amount.normalizedValue).toEqual({ valueKind: 'money', amount: 14.3e9, currency: 'USD' })
    // No item spells a node out: every entity reference is one of the described IRIs.
    const described = new Set(entities.map((e) => e.id))
    for (const item of items) {
      const refs = [
        ...item.body.filter((b) => b.purpose === 'identifying').map((b) => b.source),
        ...(item.speaker === undefined ? [] : [item.speaker])
      ].filter((r) => !String(r).startsWith('https://www.wikidata.org/'))
      for (const ref of refs) expect(described.has(ref as string)).toBe(true)
    }
  })

  it('comments source notes, with the note and a linking source body', () => {
    const memo = items.find((i) => i.id.endsWith(':source-mid-june-memo'))!
    expect(memo.motivation).toBe('commenting')
    expect(memo.body[0]).toMatchObject({ type: 'TextualBody', purpose: 'commenting' })
    expect(memo.body[1]).toMatchObject({
      type: 'SpecificResource',
      purpose: 'linking',
      sourceKind: 'document',
      source: {
        label: 'Memo from Jason Droege to Scale AI clients, employees and investors (mid-June 2025)'
      }
    })
  })

  it('gives a source note its URL and consulted date', () => {
    const file: ArticleFile = structuredClone(article)
    const note = file.annotations.find((a) => a.kind === 'source-note')!
    if (note.kind !== 'source-note') throw new Error('unreachable')
    note.url = 'https://example.com/memo'
    note.consultedAt = '2025-06-20'
    const out = JSON.parse(exportW3c(file)) as typeof collection
    const item = out.first.items.find((i) => i.id.endsWith(`:${note.id}`))!
    expect(item.body[1]).toMatchObject({
      source: { id: 'https://example.com/memo' },
      consulted: '2025-06-20'
    })
  })

  it('writes an orphan with its quote only and its last position', () => {
    const file: ArticleFile = structuredClone(article)
    file.annotations[0] = {
      ...file.annotations[0],
      orphaned: true,
      target: { ...file.annotations[0].target, end: 0 }
    }
    const out = JSON.parse(exportW3c(file)) as typeof collection
    const item = out.first.items[0]
    expect(item.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector'])
    expect(item.orphaned).toBe(true)
    expect(item.lastPosition).toEqual({ start: 0, end: 0 })
  })
})
