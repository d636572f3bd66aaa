import { describe, expect, it } from 'vitest'
import { EntityMention } from '../model'
import { CodePointIndex } from '../text'
import {
  AnnotationError,
  newMention,
  newQuote,
  newSourceNote,
  patchAnnotation,
  targetOf
} from './factory'

const text = '😀 Jason Droege a dit : « Scale demeure indépendante ».'
const index = new CodePointIndex(text)
const ctx = { author: 'Léa', now: new Date('2025-06-20T10:00:00Z') }

describe('factories', () => {
  it('build a target from code points with exact, prefix and suffix', () => {
    const t = targetOf(index, { start: 2, end: 14 })
    expect(t).toMatchObject({ start: 2, end: 14, exact: 'Jason Droege', prefix: '😀 ' })
    expect([...text].slice(t.start, t.end).join('')).toBe(t.exact)
    expect(() => targetOf(text, { start: 3, end: 3 })).toThrow(AnnotationError)
    expect(() => targetOf(text, { start: 3, end: 999 })).toThrow(/outside/)
  })

  it('make a quote with defaults, author and times', () => {
    const q = newQuote(targetOf(index, { start: 25, end: 52 }), { speakerId: 'droege' }, ctx)
    expect(q).toMatchObject({
      kind: 'quote',
      speakerId: 'droege',
      quoteKind: 'direct',
      status: 'needs-checking',
      createdBy: 'Léa',
      updatedBy: 'Léa',
      createdAt: '2025-06-20T10:00:00.000Z',
      orphaned: false
    })
    expect(q.id).toHaveLength(12)
    expect(() => newQuote(q.target, { speakerId: null, status: 'sure' as never }, ctx)).toThrow(
      /status/
    )
  })

  it('make a mention and a source note, refusing non-web URLs', () => {
    const t = targetOf(index, { start: 2, end: 14 })
    const mention = newMention(t, 'droege', { ...ctx, id: 'm1' })
    expect(mention).toMatchObject({ id: 'm1', entityId: 'droege' })
    expect(EntityMention.parse(mention)).toEqual(mention)
    expect(() => newMention(t, '', ctx)).toThrow(/needs an entity/)
    expect(() => newMention({ ...t, end: 1 }, 'x', ctx)).toThrow(/Invalid target/)
    const note = newSourceNote(
      t,
      {
        text: 'Note interne',
        sourceKind: 'document',
        url: ' https://example.com/a ',
        consultedAt: ''
      },
      ctx
    )
    expect(note).toMatchObject({ url: 'https://example.com/a', title: '' })
    expect(note).not.toHaveProperty('consultedAt')
    expect(() =>
      newSourceNote(t, { text: '', sourceKind: 'document', url: 'javascript:alert(1)' }, ctx)
    ).toThrow(/Only http and https/)
  })

  it('patch allowed fields only and renew the update stamp', () => {
    const t = targetOf(index, { start: 2, end: 14 })
    const note = newSourceNote(
      t,
      { text: 'x', sourceKind: 'document', url: 'https://a.example' },
      ctx
    )
    const later = { by: 'Marc', at: '2025-06-21T00:00:00.000Z' }
    const patched = patchAnnotation(note, { title: 'Mémo', url: null }, later)
    expect(patched).toMatchObject({ title: 'Mémo', updatedBy: 'Marc', createdBy: 'Léa' })
    expect(patched).not.toHaveProperty('url')
    expect(() => patchAnnotation(note, { entityId: 'x' }, later)).toThrow(/no field entityId/)
    expect(() => patchAnnotation(note, { url: 'ftp://x' }, later)).toThrow(/http/)
  })
})
