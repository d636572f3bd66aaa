import { describe, expect, it } from 'vitest'
import type { Annotation, Entity } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'
import { DecorationSet } from 'prosemirror-view'
import { fromArticle, toArticle } from './article'
import { addQuote } from './commands/addQuote'
import { articleConversions } from './conversions'
import { spans } from './layer'
import { layerOf } from './plugin'
import { annotationText } from './queries/rangeOf'
import { blocks, find, makeState, remove, run, select, typeAt } from './testing'

const content = blocks(
  '# Scale AI 😀 et Meta',
  'Le PDG 👩🏽 Jason Droege a parlé.',
  'Droege a ajouté que Meta investit.'
)
const text = plainText(content)
const index = new CodePointIndex(text)
const entities: Entity[] = [{ id: 'p1', type: 'person', name: 'Jason Droege', aliases: ['Droege'] }]
const stamp = {
  createdBy: 'Léa',
  createdAt: '2025-06-20T10:00:00.000Z',
  updatedBy: 'Léa',
  updatedAt: '2025-06-20T10:00:00.000Z'
}

function mentionAt(id: string, phrase: string, nth = 0): Annotation {
  let i = -1
  for (let k = 0; k <= nth; k++) i = text.indexOf(phrase, i + 1)
  const start = index.toCodePoint(i)
  const target = index.target(start, start + [...phrase].length)
  return { ...stamp, id, kind: 'mention', entityId: 'p1', target, orphaned: false }
}

describe('fromArticle', () => {
  it('places annotations by code-point offsets over the plain text', () => {
    const { layer, doc, problems } = fromArticle(
      {
        blocks: content,
        entities,
        annotations: [mentionAt('m1', 'Jason Droege'), mentionAt('m2', 'Droege', 1)]
      },
      articleConversions
    )
    expect(problems).toEqual([])
    expect(layer.annotations.size).toBe(2)
    const state = makeState(content, {
      entities,
      annotations: [mentionAt('m1', 'Jason Droege'), mentionAt('m2', 'Droege', 1)]
    })
    expect(state.doc.eq(doc)).toBe(true)
    expect(annotationText(state, 'm1')).toBe('Jason Droege')
    expect(annotationText(state, 'm2')).toBe('Droege')
    expect(find(state, 'Droege', 1)).toEqual({ from: expect.any(Number), to: expect.any(Number) })
  })

  it('finds a quote that moved, keeps one that vanished as an orphan, and says so', () => {
    const moved = {
      ...mentionAt('m1', 'Jason Droege'),
      target: { ...mentionAt('m1', 'Jason Droege').target, start: 0, end: 12 }
    }
    const gone: Annotation = {
      ...mentionAt('m2', 'Meta'),
      target: { start: 3, end: 9, exact: 'Zuckerberg', prefix: '', suffix: '' }
    }
    const { layer, problems } = fromArticle(
      { blocks: content, entities, annotations: [moved, gone] },
      articleConversions
    )
    expect(layer.annotations.get('m1')!.orphaned).toBe(false)
    expect(layer.annotations.get('m2')).toMatchObject({
      orphaned: true,
      target: { exact: 'Zuckerberg' }
    })
    expect(problems.map((p) => p.annotationId)).toEqual(['m1', 'm2'])
    expect(problems[1].message).toMatch(/orphan/)
  })

  it('chooses among several occurrences by context', () => {
    const second = mentionAt('m1', 'Meta', 1)
    const shifted = { ...second, target: { ...second.target, start: 2, end: 6 } }
    const state = makeState(content, { entities, annotations: [shifted] })
    expect(layerOf(state).decorations.find()[0].from).toBe(find(state, 'Meta', 1).from)
  })

  it('keeps everything: ids renamed, unknown entities reported, orphans kept', () => {
    const orphan = { ...mentionAt('m9', 'Meta'), orphaned: true }
    const stranger = { ...mentionAt('m3', 'Meta'), entityId: 'ghost' } as Annotation
    const { layer, problems } = fromArticle(
      {
        blocks: content,
        entities: [...entities, { ...entities[0], name: 'Twin' }],
        annotations: [
          mentionAt('m1', 'Jason Droege'),
          mentionAt('m1', 'Droege', 1),
          stranger,
          orphan
        ]
      },
      articleConversions
    )
    expect(layer.annotations.size).toBe(4)
    expect(layer.entities.size).toBe(1)
    expect(layer.annotations.get('m9')!.orphaned).toBe(true)
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /repeats id[\s\S]*used twice[\s\S]*unknown entity ghost/
    )
  })

  it('gives the spans a walk of the layer’s decorations finds, a span across blocks included', () => {
    const across: Annotation = {
      ...mentionAt('q1', 'Meta'),
      kind: 'quote',
      speakerId: 'p1',
      quoteKind: 'direct',
      status: 'verified',
      comment: '',
      target: index.target(index.toCodePoint(text.indexOf('parlé')), index.length)
    } as Annotation
    for (const annotations of [
      [mentionAt('m1', 'Jason Droege'), mentionAt('m2', 'Droege', 1)],
      [mentionAt('m1', 'Jason Droege'), across]
    ]) {
      const { doc, layer } = fromArticle(
        { blocks: content, entities, annotations },
        articleConversions
      )
      // The same decorations in another set, whose spans only a walk can give.
      const walked = { ...layer, decorations: DecorationSet.create(doc, layer.decorations.find()) }
      expect(new Map(spans(layer))).toEqual(new Map(spans(walked)))
      expect(spans(layer).size).toBe(2)
    }
  })

  it('keeps an annotation over nothing but a block break as an orphan, and says so', () => {
    const start = index.toCodePoint(text.indexOf('\n\n'))
    const blank: Annotation = { ...mentionAt('m1', 'Meta'), target: index.target(start, start + 2) }
    const { layer, problems } = fromArticle(
      { blocks: content, entities, annotations: [blank] },
      articleConversions
    )
    expect(layer.annotations.get('m1')!.orphaned).toBe(true)
    expect(problems[0].message).toMatch(/covers no text/)
  })
})

describe('toArticle', () => {
  it('round-trips, and gives fresh code-point targets after edits', () => {
    let state = makeState(content, { entities, annotations: [mentionAt('m1', 'Jason Droege')] })
    expect(toArticle(state, articleConversions).annotations).toEqual([
      mentionAt('m1', 'Jason Droege')
    ])
    state = typeAt(state, find(state, 'Jason').from + 5, ' R.')
    state = run(select(state, 'Droege a ajouté'), addQuote({ id: 'q1' }))
    state = typeAt(state, 1, '🎉 ')
    const { annotations, entities: saved } = toArticle(state, articleConversions)
    expect(saved).toEqual(entities)
    const after = [...state.doc.children.map((b) => b.textContent)].join('\n\n')
    for (const a of annotations) {
      expect([...after].slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
    }
    expect(annotations.map((a) => a.target.exact)).toEqual(['Jason R. Droege', 'Droege a ajouté'])
    expect(annotations[0].target.prefix.endsWith('Le PDG 👩🏽 ')).toBe(true)
  })

  it('saves orphans with orphaned: true and their last quote', () => {
    let state = makeState(content, { entities, annotations: [mentionAt('m1', 'Jason Droege')] })
    const { from, to } = find(state, 'Jason Droege')
    state = remove(state, from, to)
    const [saved] = toArticle(state, articleConversions).annotations
    expect(saved).toMatchObject({ id: 'm1', orphaned: true, target: { exact: 'Jason Droege' } })
  })
})
