import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile, type EntityMention, type Quote } from '../model'
import { CodePointIndex, plainText } from '../text'
import { annotationHistory, articleDoc, readArticle, writeArticle } from './articleDoc'
import { exchange, readOrThrow as read } from './articles.testkit'
import { withCheckChanges } from '../annotations/checkHistory'

const AT = '2026-11-29T10:00:00.000Z'

function article(): ArticleFile {
  const blocks: ArticleFile['blocks'] = [
    { type: 'headline', text: 'Scale AI 😀 and Meta' },
    { type: 'paragraph', text: 'Jason Droege sayd the compnay stays independant.' },
    { type: 'paragraph', text: 'Meta paid 14,3\u202fG$ for 49\u00a0% of it.' }
  ]
  const index = new CodePointIndex(plainText(blocks))
  const quote: Quote = {
    id: 'quote-1',
    kind: 'quote',
    target: index.target(index.toCodePoint(index.text.indexOf('Meta paid')), index.length),
    orphaned: false,
    createdBy: 'Claire',
    createdAt: AT,
    updatedBy: 'Claire',
    updatedAt: AT,
    speakerId: null,
    quoteKind: 'direct',
    status: 'needs-checking',
    comment: ''
  }
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id: 'a1',
      title: 'Scale AI',
      origin: { kind: 'paste' },
      createdAt: AT,
      updatedAt: AT
    },
    blocks,
    entities: [{ id: 'e1', type: 'person', name: 'Jason Droege', aliases: [] }],
    annotations: [quote]
  }
}

/** Two replicas of one document, each offline: they only meet through `exchange`. */
function replicas(file: ArticleFile): [Y.Doc, Y.Doc] {
  const a = articleDoc(file)
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return [a, b]
}

/** The text at an annotation's target, read back from the plain text (code points). */
function wordsAt(file: ArticleFile, id: string): string {
  const a = file.annotations.find((x) => x.id === id)!
  return new CodePointIndex(plainText(file.blocks)).slice(a.target.start, a.target.end)
}

describe('article ⇄ Yjs document', () => {
  it('gives back the very file it was made from', () => {
    const file = article()
    expect(read(articleDoc(file))).toEqual(file)
  })

  it('keeps a typo fix by A and a mention tagged by B in the same paragraph, each offline', () => {
    const [a, b] = replicas(article())

    // A fixes two typos in the paragraph.
    const fileA = read(a)
    fileA.blocks[1] = {
      type: 'paragraph',
      text: 'Jason Droege said the company stays independent.'
    }
    writeArticle(a, fileA, 'A')

    // B, meanwhile, tags "Droege sayd the compnay" (a deliberately typo-spanning range)
    // and "Jason Droege" as a mention of the person.
    const fileB = read(b)
    const index = new CodePointIndex(plainText(fileB.blocks))
    const start = index.toCodePoint(index.text.indexOf('Jason Droege'))
    const mention: EntityMention = {
      id: 'mention-1',
      kind: 'mention',
      target: index.target(start, start + 'Jason Droege'.length),
      orphaned: false,
      createdBy: 'Ben',
      createdAt: AT,
      updatedBy: 'Ben',
      updatedAt: AT,
      entityId: 'e1'
    }
    fileB.annotations.push(mention)
    writeArticle(b, fileB, 'B')

    exchange(a, b)
    const onA = read(a)
    const onB = read(b)
    expect(onA).toEqual(onB)
    expect(onA.blocks[1].text).toBe('Jason Droege said the company stays independent.')
    expect(onA.annotations.map((x) => x.id)).toEqual(['quote-1', 'mention-1'])
    expect(wordsAt(onA, 'mention-1')).toBe('Jason Droege')
    expect(onA.annotations[1].target.exact).toBe('Jason Droege')
    // The quote after the corrected paragraph moved with it, exactly.
    expect(wordsAt(onA, 'quote-1')).toBe('Meta paid 14,3\u202fG$ for 49\u00a0% of it.')
  })

  it('follows words through an edit before them that adds an astral character', () => {
    const [a, b] = replicas(article())
    const fileA = read(a)
    fileA.blocks[2] = { type: 'paragraph', text: '🇫🇷 ' + fileA.blocks[2].text }
    writeArticle(a, fileA, 'A')
    exchange(a, b)
    const onB = read(b)
    expect(onB.annotations[0].target.start).toBe(article().annotations[0].target.start + 3)
    expect(wordsAt(onB, 'quote-1')).toBe('Meta paid 14,3\u202fG$ for 49\u00a0% of it.')
  })

  it('converges on one status when two editors change it at once, and keeps both in history', () => {
    const [a, b] = replicas(article())
    const fileA = read(a)
    ;(fileA.annotations[0] as Quote).status = 'verified'
    fileA.annotations[0].updatedBy = 'Ana'
    writeArticle(a, fileA, 'A')
    const fileB = read(b)
    ;(fileB.annotations[0] as Quote).status = 'disputed'
    fileB.annotations[0].updatedBy = 'Ben'
    writeArticle(b, fileB, 'B')

    exchange(a, b)
    const statusA = (read(a).annotations[0] as Quote).status
    expect(statusA).toBe((read(b).annotations[0] as Quote).status)
    expect(['verified', 'disputed']).toContain(statusA)
    for (const doc of [a, b]) {
      const history = annotationHistory(doc, 'quote-1').filter((h) => h.field === 'status')
      expect(history.map((h) => `${h.by}:${String(h.value)}`).sort()).toEqual([
        'Ana:verified',
        'Ben:disputed'
      ])
    }
  })

  it('keeps both editors’ entries in the quote’s check history, in one order everywhere', () => {
    const [a, b] = replicas(article())
    const change = (doc: Y.Doc, by: string, status: Quote['status'], at: string) => {
      const file = read(doc)
      const before = file.annotations[0] as Quote
      const after = withCheckChanges(before, { ...before, status, updatedBy: by }, { by, at })
      writeArticle(doc, { ...file, annotations: [after] }, by)
    }
    change(a, 'Ana', 'verified', '2026-11-29T10:05:00.000Z')
    change(b, 'Ben', 'disputed', '2026-11-29T10:05:01.000Z')
    exchange(a, b)

    const [onA, onB] = [read(a), read(b)]
    expect(onA).toEqual(onB)
    const quote = onA.annotations[0] as Quote
    // The status is one value everywhere; the other one is still there, in the history.
    const entries = quote.checkHistory!.map((h) => `${h.by}:${h.from}→${h.to}`)
    expect(entries).toEqual(['Ana:needs-checking→verified', 'Ben:needs-checking→disputed'])
    expect(['verified', 'disputed']).toContain(quote.status)

    // Ana takes her change back (undo): her entry goes, Ben's stays.
    const undone = read(a)
    const annotation = undone.annotations[0] as Quote
    writeArticle(
      a,
      {
        ...undone,
        annotations: [
          { ...annotation, checkHistory: annotation.checkHistory!.filter((h) => h.by !== 'Ana') }
        ]
      },
      'Ana'
    )
    exchange(a, b)
    for (const doc of [a, b]) {
      const history = (read(doc).annotations[0] as Quote).checkHistory!
      expect(history.map((h) => h.by)).toEqual(['Ben'])
    }
  })

  it('refuses a malformed entry of a check’s history instead of failing on it', () => {
    const doc = articleDoc(article())
    ;(doc.getMap('annotations').get('quote-1') as Y.Map<unknown>).set('checkHistory/x', null)
    const result = readArticle(doc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join()).toMatch(/annotations\.0\.checkHistory/)
  })

  it('keeps concurrent changes to different fields of one quote', () => {
    const [a, b] = replicas(article())
    const fileA = read(a)
    ;(fileA.annotations[0] as Quote).status = 'verified'
    writeArticle(a, fileA, 'A')
    const fileB = read(b)
    ;(fileB.annotations[0] as Quote).comment = 'Call the press office.'
    writeArticle(b, fileB, 'B')
    exchange(a, b)
    const quote = read(a).annotations[0] as Quote
    expect(quote.status).toBe('verified')
    expect(quote.comment).toBe('Call the press office.')
  })

  it('marks an annotation orphaned once every word under it is deleted elsewhere', () => {
    const [a, b] = replicas(article())
    const fileA = read(a)
    fileA.blocks[2] = { type: 'paragraph', text: 'Gone!' }
    writeArticle(a, fileA, 'A')
    exchange(a, b)
    const quote = read(b).annotations[0]
    expect(quote.orphaned).toBe(true)
    expect(quote.target.exact).toBe('Meta paid 14,3\u202fG$ for 49\u00a0% of it.')
    expect(quote.target.end).toBeLessThanOrEqual(
      new CodePointIndex(plainText(read(b).blocks)).length
    )
  })

  it('writes nothing when the file has not changed', () => {
    const doc = articleDoc(article())
    let updates = 0
    doc.on('update', () => updates++)
    writeArticle(doc, read(doc), 'A')
    expect(updates).toBe(0)
  })

  it('refuses a document whose fields break the schema', () => {
    const doc = articleDoc(article())
    ;(doc.getMap('annotations').get('quote-1') as Y.Map<unknown>).set('status', 'banana')
    const result = readArticle(doc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join()).toMatch(/annotations\.0\.status/)
  })
})
