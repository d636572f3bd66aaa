import { describe, expect, it } from 'vitest'
import type { Annotation, TextTarget } from '../model'
import { CodePointIndex } from '../text'
import { articleFromNative, parseNativeDocument } from '../export/native'
import { blocksFromCorrectedText } from './correctedText'
import { contextSimilarity, editDistance, matchQuote } from './matchQuote'
import { anchorTarget, reanchorAnnotations, reanchorOntoBlocks, summarizeReport } from './reanchor'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

/** The target of the first occurrence of `exact` in `text`. */
function targetOf(text: string, exact: string, occurrence = 0): TextTarget {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1)
  if (at < 0) throw new Error(`${exact} not in text`)
  const index = new CodePointIndex(text)
  const start = index.toCodePoint(at)
  return index.target(start, start + [...exact].length)
}

const OLD =
  'Scale AI entend tracer sa propre voie malgré l’investissement massif de Meta, selon le PDG ' +
  'intérimaire Jason Droege. Meta 😀 a investi 14,3 G$ pour 49\u00a0% de la jeune pousse.'

describe('matchQuote', () => {
  it('measures edits and context agreement', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(contextSimilarity('anything', '')).toBe(1)
    expect(contextSimilarity('the prefix here', 'prefix')).toBe(1)
    expect(contextSimilarity('', 'prefix')).toBe(0)
  })

  it('prefers the occurrence whose context matches', () => {
    const text = 'Meta a dit. Plus tard, le PDG de Meta a parlé.'
    const second = text.lastIndexOf('Meta')
    const match = matchQuote(text, 'Meta', { prefix: 'le PDG de ', suffix: ' a parlé' })
    expect(match?.start).toBe(second)
    expect(match?.score).toBe(1)
    const hinted = matchQuote(text, 'Meta', { prefix: 'le PDG de ', suffix: ' a parlé', hint: 0 })
    expect(hinted?.score).toBeCloseTo((50 + 20 + 20 + 2 * (1 - second / text.length)) / 92, 10)
  })
})

describe('anchorTarget', () => {
  it('keeps an annotation whose text did not move (rule 1)', () => {
    const target = targetOf(OLD, 'Jason Droege')
    expect(anchorTarget(target, OLD)).toMatchObject({ status: 'exact', method: 'position', target })
  })

  it('does not keep a short quote at its old offsets when another word took them', () => {
    const target = targetOf('Le PDG de Meta a parlé hier soir.', 'Meta')
    const next = 'Selon xxx Meta dit. Le PDG de Meta a parlé hier soir.'
    expect(next.indexOf('Meta')).toBe(target.start)
    const outcome = anchorTarget(target, next)
    expect(outcome).toMatchObject({ status: 'exact', method: 'context' })
    expect(outcome.target.start).toBe(next.lastIndexOf('Meta'))
  })

  it('does not keep a letter at the end of the text at its old offsets once text came before', () => {
    // Found by the insertion property: the empty suffix (nothing after, the text's end) used
    // to agree with any place, so the last "a" took the "a" standing at its old offsets.
    const old = 'Une indépendance — l"a'
    const target = targetOf(old, 'a', 1)
    expect(target.suffix).toBe('')
    const next = 'Un ajout ' + old
    expect(next[target.start]).toBe('a')
    const outcome = anchorTarget(target, next)
    expect(outcome.status).not.toBe('orphan')
    expect(outcome.target.start).toBe(next.length - 1)
  })

  it('follows text that moved, by its context (rule 2)', () => {
    const target = targetOf(OLD, 'Meta', 1)
    const moved = 'Correction : ' + OLD
    const outcome = anchorTarget(target, moved)
    expect(outcome).toMatchObject({ status: 'exact', method: 'context' })
    expect(outcome.target.start).toBe(target.start + [...'Correction : '].length)
  })

  it('finds a unique quote whose context changed (rule 3)', () => {
    const target = targetOf(OLD, 'Jason Droege')
    const rewritten = 'Selon Jason Droege, tout va bien.'
    expect(anchorTarget(target, rewritten)).toMatchObject({
      status: 'exact',
      method: 'unique-quote',
      target: { start: 6, end: 18 }
    })
  })

  it('takes a quote rewritten between its intact context (rule 4)', () => {
    const target = targetOf(OLD, '14,3 G$')
    const corrected = OLD.replace('14,3 G$', '14,3 milliards de dollars US')
    const outcome = anchorTarget(target, corrected)
    expect(outcome).toMatchObject({ status: 'fuzzy', method: 'bracket' })
    expect(outcome.target.exact).toBe('14,3 milliards de dollars US')
  })

  it('anchors a lightly edited quote fuzzily (rule 5)', () => {
    const target = targetOf(OLD, 'Scale AI entend tracer sa propre voie')
    const corrected = OLD.replace('tracer', 'tracér').replace(
      'Scale AI entend',
      'Scale AI entendait'
    )
    const outcome = anchorTarget(target, corrected)
    expect(outcome.status).toBe('fuzzy')
    expect(outcome.method).toBe('best-match')
    expect(outcome.score).toBeGreaterThan(0.75)
    expect(outcome.target.exact.startsWith('Scale AI entend')).toBe(true)
  })

  it('orphans a quote whose text was deleted, keeping its last quote (rule 6)', () => {
    const target = targetOf(OLD, 'massif de Meta')
    const corrected = OLD.replace(' massif de Meta', '')
    const outcome = anchorTarget(target, corrected)
    expect(outcome.status).toBe('orphan')
    expect(outcome.target.exact).toBe('massif de Meta')
    expect(outcome.target.start).toBe(outcome.target.end)
  })

  it('does not take a lone short quote on uniqueness alone', () => {
    const target = targetOf('Le PDG de Meta a parlé hier.', 'Meta')
    expect(anchorTarget(target, 'Meta est une entreprise.').status).toBe('orphan')
    expect(anchorTarget(target, 'Selon le PDG de Meta, rien.')).toMatchObject({
      status: 'exact',
      method: 'unique-quote'
    })
  })

  it('does not move a deleted short mention to another occurrence', () => {
    const text = 'Le PDG de Meta a parlé. Puis Meta a répondu à la presse ce matin.'
    const target = targetOf(text, 'Meta', 1)
    const corrected = 'Le PDG de Meta a parlé. Puis la presse a publié ce matin.'
    expect(anchorTarget(target, corrected).status).toBe('orphan')
  })

  it('counts offsets in code points around astral characters', () => {
    const target = targetOf(OLD, 'a investi')
    const corrected = '🇫🇷 ' + OLD
    const outcome = anchorTarget(target, corrected)
    expect([...corrected].slice(outcome.target.start, outcome.target.end).join('')).toBe(
      'a investi'
    )
  })
})

describe('reanchorAnnotations', () => {
  const mention = (id: string, target: TextTarget, orphaned = false): Annotation => ({
    id,
    kind: 'mention',
    entityId: 'meta',
    target,
    orphaned,
    createdBy: '',
    createdAt: '2025-06-20T09:00:00.000Z',
    updatedBy: '',
    updatedAt: '2025-06-20T09:00:00.000Z'
  })

  it('reports every annotation, and keeps existing orphans as they are', () => {
    const orphan = mention('o', { start: 3, end: 3, exact: 'gone', prefix: '', suffix: '' }, true)
    const live = mention('m', targetOf(OLD, 'Jason Droege'))
    const { annotations, report } = reanchorAnnotations([orphan, live], OLD)
    expect(report).toMatchObject({ total: 2, exact: 1, fuzzy: 0, orphan: 1 })
    expect(report.rows[0]).toMatchObject({ id: 'o', method: 'was-orphaned', after: null })
    expect(annotations[0]).toEqual(orphan)
    expect(summarizeReport(report)).toBe('1 exact, 0 fuzzy, 1 orphaned (of 2)')
  })

  it('retries orphans when asked', () => {
    const orphan = mention(
      'o',
      { start: 0, end: 0, exact: 'Jason Droege', prefix: '', suffix: '' },
      true
    )
    const { annotations, report } = reanchorAnnotations([orphan], OLD, { retryOrphans: true })
    expect(report.exact).toBe(1)
    expect(annotations[0].orphaned).toBe(false)
  })
})

describe('the fixture on a corrected text', () => {
  const article = articleFromNative(parseNativeDocument(FIXTURE))
  const text = article.blocks.map((b) => b.text).join('\n\n')
  const corrected = [
    'Mise à jour : correction de l’âge et des montants',
    text
      .replace('participation de 14,3 G$ de Meta', 'participation de 14,3 milliards $ US de Meta')
      .replace('Alexandr Wang, âgé de 28 ans,', 'Alexandr Wang, 28 ans,')
      .replace('aucun traitement de faveur', 'aucun traitement préférentiel')
      .replace(
        'validation de la trajectoire que nous suivons',
        'validation de la voie que nous suivons'
      )
      .replace('environ 14 milliards de dollars', 'environ 13,8 milliards de dollars')
      .replace(
        ' Malgré cet investissement considérable, Meta n’a pas l’intention d’occuper un siège au conseil d’administration, ce qui renforce l’image d’indépendance de Scale.',
        ''
      )
  ].join('\n\n')

  it('anchors nearly everything, fuzzily where the words changed, and orphans the deleted', () => {
    const blocks = blocksFromCorrectedText(corrected, article.blocks)
    expect(blocks[0].type).toBe('headline')
    const { annotations, report } = reanchorOntoBlocks(article.annotations, blocks)
    expect(report).toMatchObject({ total: 80, exact: 74, fuzzy: 4, orphan: 2 })
    const byId = new Map(annotations.map((a) => [a.id, a]))
    expect(byId.get('mention-meta-investment-amount-01')?.target.exact).toBe('14,3 milliards $ US')
    expect(byId.get('mention-scale-valuation-2024-01')?.target.exact).toBe(
      '13,8 milliards de dollars'
    )
    expect(byId.get('quote-droege-memo-validation')?.target.exact).toBe(
      'validation de la voie que nous suivons'
    )
    expect(byId.get('mention-wang-age-01')?.target.exact).toBe('28 ans')
    expect(annotations.filter((a) => a.orphaned).map((a) => a.id)).toEqual([
      'mention-meta-09',
      'mention-scale-ai-10'
    ])
    const points = [...blocks.map((b) => b.text).join('\n\n')]
    for (const a of annotations.filter((x) => !x.orphaned)) {
      expect(points.slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
    }
  })
})

describe('the fixture after a copy edit around short names', () => {
  const article = articleFromNative(parseNativeDocument(FIXTURE))
  const text = article.blocks.map((b) => b.text).join('\n\n')
  // Words changed on both sides of "Droege" and of "Alexandr Wang", a sentence inserted
  // before them and words swapped after: their own words still stand, near their old place.
  const edited = text
    .replace(
      'à 29 milliards de dollars. Droege a souligné que Meta',
      'à 29 milliards de dollars. Un porte-parole l’a confirmé. De son côté, Droege a martelé que Meta'
    )
    .replace(
      'qui a mené au départ du fondateur Alexandr Wang pour diriger',
      'qui a provoqué le départ de son fondateur Alexandr Wang, parti diriger'
    )
    .replace(
      'le deuxième plus important investissement',
      'le plus important investissement, après un premier,'
    )

  it('brings back every annotation, each on its own words', () => {
    const { annotations, report } = reanchorAnnotations(article.annotations, edited)
    expect(report.orphan).toBe(0)
    const points = [...edited]
    const byId = new Map(annotations.map((a) => [a.id, a]))
    for (const [id, exact, marker] of [
      ['mention-jason-droege-02', 'Droege', 'De son côté, '],
      ['mention-alexandr-wang-01', 'Alexandr Wang', 'de son fondateur '],
      ['mention-meta-03', 'Meta', 'Droege a martelé que ']
    ]) {
      const a = byId.get(id)!
      expect(a.target.exact).toBe(exact)
      expect(a.target.start).toBe(
        [...edited.slice(0, edited.indexOf(marker) + marker.length)].length
      )
    }
    for (const a of annotations) {
      expect(points.slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
    }
  })

  it('does not put a mention from a deleted sentence on another mention of the same name', () => {
    const sentence =
      'Le PDG intérimaire de Scale AI, Jason Droege, a publiquement affirmé que l’entreprise conservera son indépendance malgré l’investissement de 14,3 milliards de dollars de Meta pour une participation de 49 %, ce qui valorise la firme de labellisation de données d’IA à 29 milliards de dollars. '
    expect(text).toContain(sentence)
    const { annotations, report } = reanchorAnnotations(
      article.annotations,
      text.replace(sentence, '')
    )
    const droege = annotations.find((a) => a.id === 'mention-jason-droege-01')!
    expect(droege.orphaned).toBe(true)
    expect(['taken', 'out-of-order']).toContain(
      report.rows.find((r) => r.id === 'mention-jason-droege-01')?.reason
    )
    const places = annotations
      .filter((a) => !a.orphaned && a.kind === 'mention')
      .map((a) => `${a.kind === 'mention' ? a.entityId : ''}@${a.target.start}`)
    expect(new Set(places).size).toBe(places.length)
  })

  it('says why an annotation found no place', () => {
    const { report } = reanchorAnnotations(
      article.annotations,
      edited.replace('De son côté, Droege a martelé', 'De son côté, il a martelé')
    )
    const row = report.rows.find((r) => r.id === 'mention-jason-droege-02')!
    expect(row.status).toBe('orphan')
    expect(['out-of-order', 'ambiguous', 'unconfirmed']).toContain(row.reason)
  })
})

describe('blocksFromCorrectedText', () => {
  const previous = [
    { type: 'headline' as const, text: 'Titre' },
    { type: 'standfirst' as const, text: 'Chapeau' },
    { type: 'paragraph' as const, text: 'Corps' },
    { type: 'source' as const, text: 'Source: AFP' }
  ]

  it('keeps block types by text, then by position when the count is the same', () => {
    expect(
      blocksFromCorrectedText('Titre\n\nChapeau corrigé\n\nCorps\n\nSource: AFP', previous).map(
        (b) => b.type
      )
    ).toEqual(['headline', 'standfirst', 'paragraph', 'source'])
  })

  it('guesses types when blocks were added, and reads CRLF, BOM and hard wraps', () => {
    const blocks = blocksFromCorrectedText(
      '\ufeffNouveau titre\r\n\r\nChapeau\r\n\r\nUn\r\nparagraphe\r\n\r\nAutre\r\n\r\nSource : Reuters\r\n',
      previous
    )
    expect(blocks).toEqual([
      { type: 'headline', text: 'Nouveau titre' },
      { type: 'standfirst', text: 'Chapeau' },
      { type: 'paragraph', text: 'Un paragraphe' },
      { type: 'paragraph', text: 'Autre' },
      { type: 'source', text: 'Source : Reuters' }
    ])
  })
})
