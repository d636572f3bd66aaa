import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleFromScrapedText } from '../../src/shared/articleFromText'
import { exportNative, parseNativeDocument } from '../../src/shared/export/native'
import { plainText } from '../../src/shared/text'
import {
  buildScaleAiMetaFixture,
  FIXTURE_EXPORTED_AT,
  FIXTURE_PATH,
  SAMPLE_PATH
} from '../../scripts/fixture/scaleAiMeta'

const root = resolve(import.meta.dirname, '../..')
const raw = readFileSync(resolve(root, SAMPLE_PATH), 'utf8')
const committed = readFileSync(resolve(root, FIXTURE_PATH), 'utf8')
const doc = parseNativeDocument(committed)

describe('the annotated Scale AI fixture', () => {
  it('is a valid, consistent native export', () => {
    expect(doc.format).toBe('newsroom-annotations')
    const points = [...doc.text]
    for (const a of doc.annotations)
      expect(points.slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
  })

  it('has exactly the text the app seeds the sample article with', () => {
    expect(doc.text).toBe(plainText(articleFromScrapedText(raw).blocks))
  })

  it('is up to date with its builder (run `npm run fixture` if this fails)', () => {
    expect(committed).toBe(
      exportNative(buildScaleAiMetaFixture(raw), { exportedAt: FIXTURE_EXPORTED_AT })
    )
  })

  it('covers every kind of entity, quote and source the article holds', () => {
    const count = (kind: string) => doc.annotations.filter((a) => a.kind === kind).length
    expect({
      entities: doc.entities.length,
      mentions: count('mention'),
      quotes: count('quote'),
      notes: count('source-note')
    }).toEqual({
      entities: 21,
      mentions: 66,
      quotes: 7,
      notes: 7
    })
    const types = new Set(doc.entities.map((e) => e.type))
    for (const type of ['person', 'organisation', 'money', 'percentage', 'date', 'product'])
      expect(types).toContain(type)
    for (const entity of doc.entities) {
      expect(
        doc.annotations.some((a) => a.kind === 'mention' && a.entityId === entity.id),
        entity.id
      ).toBe(true)
    }
  })

  it('attributes the memo quotes to Jason Droege and links the names', () => {
    const quotes = doc.annotations.filter((a) => a.kind === 'quote')
    const direct = quotes.filter((q) => q.kind === 'quote' && q.quoteKind === 'direct')
    expect(direct.map((q) => q.kind === 'quote' && q.speakerId)).toEqual([
      'jason-droege',
      'jason-droege',
      'jason-droege'
    ])
    const mentionsOf = (id: string) =>
      doc.annotations
        .filter((a) => a.kind === 'mention' && a.entityId === id)
        .map((a) => a.target.exact)
    expect(new Set(mentionsOf('jason-droege'))).toEqual(new Set(['Jason Droege', 'Droege']))
    expect(mentionsOf('scale-ai')).toEqual(
      expect.arrayContaining(['Scale AI', 'Scale', 'la jeune pousse'])
    )
    expect(mentionsOf('meta-investment-amount')).toEqual([
      '14,3 G$',
      '14,3 milliards de dollars',
      '14,3 milliards de dollars'
    ])
    expect(doc.entities.find((e) => e.id === 'meta')).toMatchObject({ wikidataId: 'Q380' })
  })
})
