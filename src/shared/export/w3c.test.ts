import { describe, expect, it } from 'vitest'
import type { ArticleFile } from '../model'
import { articleFromNative, parseNativeDocument } from './native'
import { FormatError } from './problems'
import {
  ANNO_CONTEXT,
  applyW3c,
  exportW3c,
  importW3c,
  NEWSROOM_CONTEXT,
  w3cFromNative
} from './w3c'
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

/** The article with no annotations, as a W3C file would be applied to it. */
function bare(file: ArticleFile): ArticleFile {
  return { ...file, entities: [], annotations: [] }
}

describe('W3C export', () => {
  it('is an AnnotationCollection with the anno.jsonld context and ours', () => {
    expect(collection['@context']).toEqual([ANNO_CONTEXT, NEWSROOM_CONTEXT])
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.total).toBe(doc.annotations.length)
    expect(items).toHaveLength(doc.annotations.length)
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
    expect(quote.speaker).toMatchObject({
      type: 'Entity',
      name: 'Jason Droege',
      entityType: 'person'
    })
    expect(quote.body[0]).toMatchObject({
      type: 'TextualBody',
      purpose: 'describing',
      value: 'Direct quote by Jason Droege (needs-checking)'
    })
    expect(quote.body[1]).toMatchObject({ purpose: 'commenting' })
  })

  it('identifies mentions, with the entity, its Wikidata item and a type tag', () => {
    const meta = items.find((i) => i.id.endsWith(':mention-meta-01'))!
    expect(meta.motivation).toBe('identifying')
    expect(meta.body).toEqual([
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: {
          id: 'urn:newsroom-annotator:entity:meta',
          type: 'Entity',
          entityType: 'organisation',
          name: 'Meta Platforms',
          aliases: ['Meta'],
          sameAs: 'https://www.wikidata.org/entity/Q380'
        }
      },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'https://www.wikidata.org/entity/Q380'
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'organisation' }
    ])
    const amount = items.find((i) => i.id.endsWith(':mention-meta-investment-amount-01'))!
    expect((amount.body[0].source as Record<string, unknown>).normalizedValue).toEqual({
      valueKind: 'money',
      amount: 14.3e9,
      currency: 'USD'
    })
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

describe('W3C import', () => {
  it('restores entities and annotations exactly on the same text', () => {
    const { file, report } = importW3c(exportW3c(article), bare(article))
    expect(file).toEqual(article)
    expect(report).toMatchObject({ total: 80, exact: 80, fuzzy: 0, orphan: 0 })
  })

  it('re-anchors by quote on a corrected text and reports orphans', () => {
    const corrected: ArticleFile = structuredClone(bare(article))
    corrected.blocks = [{ type: 'headline', text: 'Mise à jour' }, ...corrected.blocks]
    const p = corrected.blocks.findIndex((b) => b.text.startsWith('L’entente'))
    corrected.blocks[p] = {
      ...corrected.blocks[p],
      text: corrected.blocks[p].text.replace(
        ' Malgré cet investissement considérable, Meta n’a pas l’intention d’occuper un siège au conseil d’administration, ce qui renforce l’image d’indépendance de Scale.',
        ''
      )
    }
    const { file, report } = importW3c(exportW3c(article), corrected)
    expect(report.orphan).toBe(2)
    expect(report.exact).toBe(78)
    expect(file.annotations.filter((a) => a.orphaned).map((a) => a.target.exact)).toEqual([
      'Meta',
      'Scale'
    ])
    const points = [...file.blocks.map((b) => b.text).join('\n\n')]
    for (const a of file.annotations.filter((x) => !x.orphaned)) {
      expect(points.slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
    }
  })

  it('reads annotations made by other tools from their motivation', () => {
    const foreign = {
      '@context': ANNO_CONTEXT,
      type: 'AnnotationCollection',
      first: {
        items: [
          {
            id: 'https://example.org/anno/1',
            type: 'Annotation',
            motivation: 'commenting',
            body: { type: 'TextualBody', value: 'Check this figure' },
            target: {
              source: 'x',
              selector: {
                type: 'TextQuoteSelector',
                exact: '29 milliards de dollars',
                prefix: 'valorise la firme de labellisation de données d’IA à '
              }
            }
          }
        ]
      }
    }
    const { file, report } = applyW3c(foreign, bare(article))
    expect(report.exact).toBe(1)
    expect(file.annotations[0]).toMatchObject({
      kind: 'source-note',
      text: 'Check this figure',
      id: 'https://example.org/anno/1'
    })
    expect(file.annotations[0].target.exact).toBe('29 milliards de dollars')
  })

  it('refuses what it cannot read, with paths', () => {
    const broken = JSON.parse(exportW3c(article))
    delete broken.first.items[2].target.selector
    broken.first.items[4].target.selector = [{ type: 'TextPositionSelector', start: 0, end: 4 }]
    let error: unknown
    try {
      applyW3c(broken, bare(article))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(FormatError)
    expect((error as FormatError).message).toContain('$.first.items[2].target.selector')
    expect(() =>
      applyW3c({ ...broken, '@context': 'http://example.org/other' }, bare(article))
    ).toThrow(FormatError)
  })

  it('refuses invalid JSON', () => {
    expect(() => importW3c('{', bare(article))).toThrow(/not valid JSON/)
  })
})
