import { describe, expect, it } from 'vitest'
import { ARTICLE_SCHEMA_VERSION, type Annotation, type ArticleFile, type Entity } from '../model'
import { plainText } from '../text'
import {
  articleFromNative,
  exportNative,
  importNative,
  parseNativeDocument,
  toNativeDocument
} from './native'
import type { NativeAnnotation, NativeDocument, NativeEntity } from './nativeSchema'
import { FormatError } from './problems'
// The fixture as text, through Vite's ?raw import: src/shared tests stay free of node:fs.
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const AT = '2025-06-21T08:00:00.000Z'

// The native schemas must describe exactly the model's types, or the round trip could not
// be lossless. These lines stop compiling when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameAnnotation: Same<NativeAnnotation, Annotation> = true
const sameEntity: Same<NativeEntity, Entity> = true

/** A small article with one annotation of each kind. */
function smallArticle(): ArticleFile {
  const blocks = [
    { type: 'headline' as const, text: 'Scale AI 😀 promet' },
    { type: 'paragraph' as const, text: 'Droege a précisé que «\u00a0Scale demeure\u00a0».' }
  ]
  const text = plainText(blocks)
  const target = (exact: string) => {
    const points = [...text]
    const utf16 = text.indexOf(exact)
    const start = [...text.slice(0, utf16)].length
    const end = start + [...exact].length
    return {
      start,
      end,
      exact,
      prefix: points.slice(Math.max(0, start - 32), start).join(''),
      suffix: points.slice(end, end + 32).join('')
    }
  }
  const times = {
    createdBy: 'Claire',
    createdAt: '2025-06-20T09:00:00.000Z',
    updatedBy: 'Claire',
    updatedAt: '2025-06-20T09:00:00.000Z'
  }
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id: 'a1',
      title: 'Scale AI promet',
      language: 'fr',
      origin: { kind: 'paste' },
      createdAt: '2025-06-20T08:00:00.000Z',
      updatedAt: '2025-06-20T09:00:00.000Z'
    },
    blocks,
    entities: [
      { id: 'droege', type: 'person', name: 'Jason Droege', aliases: ['Droege'] },
      { id: 'scale', type: 'organisation', name: 'Scale AI', aliases: ['Scale'] }
    ],
    annotations: [
      {
        id: 'm1',
        kind: 'mention',
        entityId: 'scale',
        target: target('Scale AI'),
        orphaned: false,
        ...times
      },
      {
        id: 'm2',
        kind: 'mention',
        entityId: 'droege',
        target: target('Droege'),
        orphaned: false,
        ...times
      },
      {
        id: 'q1',
        kind: 'quote',
        speakerId: 'droege',
        quoteKind: 'direct',
        status: 'needs-checking',
        comment: '',
        target: target('Scale demeure'),
        orphaned: false,
        ...times
      },
      {
        id: 's1',
        kind: 'source-note',
        text: 'Memo',
        sourceKind: 'document',
        title: 'Memo to staff',
        url: 'https://example.com/memo',
        consultedAt: '2025-06-20',
        target: target('a précisé'),
        orphaned: false,
        ...times
      }
    ]
  }
}

/** The message of the FormatError a function throws. */
function failure(run: () => unknown): FormatError {
  try {
    run()
  } catch (error) {
    if (error instanceof FormatError) return error
    throw error
  }
  throw new Error('expected a FormatError')
}

/** The fixture as a plain JSON object, to break on purpose. */
function fixtureJson(): NativeDocument & Record<string, unknown> {
  return JSON.parse(FIXTURE)
}

describe('native export', () => {
  it('keeps the model and the format in step', () => {
    expect(sameAnnotation && sameEntity).toBe(true)
  })

  it('writes text, blocks by code-point offsets and both selectors', () => {
    const doc = toNativeDocument(smallArticle(), { exportedAt: AT })
    expect(doc.format).toBe('newsroom-annotations')
    expect(doc.version).toBe(1)
    expect(doc.exportedAt).toBe(AT)
    const points = [...doc.text]
    expect(doc.blocks.map((b) => points.slice(b.start, b.end).join(''))).toEqual(
      smallArticle().blocks.map((b) => b.text)
    )
    for (const a of doc.annotations)
      expect(points.slice(a.target.start, a.target.end).join('')).toBe(a.target.exact)
    // "😀" is one code point: the second block starts 2 + 17 code points in.
    expect(doc.blocks[1].start).toBe([...'Scale AI 😀 promet'].length + 2)
  })

  it('round-trips: export, import, export again gives the same file but exportedAt', () => {
    const article = smallArticle()
    const first = exportNative(article, { exportedAt: AT })
    const restored = importNative(first)
    expect(restored).toEqual(article)
    const again = exportNative(restored, { exportedAt: '2030-01-01T00:00:00.000Z' })
    expect(again.replace(/"exportedAt": "[^"]+"/, '')).toBe(
      first.replace(/"exportedAt": "[^"]+"/, '')
    )
  })

  it('round-trips the annotated fixture byte for byte', () => {
    const doc = parseNativeDocument(FIXTURE)
    expect(exportNative(articleFromNative(doc), { exportedAt: doc.exportedAt })).toBe(FIXTURE)
  })

  it('refreshes stale prefix and suffix from the text it exports', () => {
    const article = smallArticle()
    article.annotations[0].target.suffix = 'stale'
    const doc = toNativeDocument(article, { exportedAt: AT })
    const { end, suffix } = doc.annotations[0].target
    expect(suffix).toBe([...doc.text].slice(end, end + 32).join(''))
    expect(suffix.startsWith(' 😀 promet\n\nDroege')).toBe(true)
  })

  it('refuses an article whose quote does not match its offsets, naming the path', () => {
    const article = smallArticle()
    article.annotations[2].target.exact = 'Scale demeurE'
    const error = failure(() => exportNative(article))
    expect(error.kind).toBe('inconsistent')
    expect(error.message).toContain('$.annotations[2].target.exact')
    expect(error.message).toContain('"q1"')
  })

  it('refuses a mention of an entity that does not exist', () => {
    const article = smallArticle()
    article.annotations[0] = {
      ...article.annotations[0],
      kind: 'mention',
      entityId: 'ghost'
    } as Annotation
    expect(failure(() => exportNative(article)).message).toContain(
      '$.annotations[0].entityId: no entity has the id "ghost"'
    )
  })

  it('refuses text that is not NFC', () => {
    const article = smallArticle()
    article.blocks[0].text = 'Cafe\u0301'
    article.annotations = []
    expect(failure(() => exportNative(article)).message).toContain('$.text: is not in Unicode NFC')
  })

  it('refuses an export that breaks the JSON Schema even from an article said to be checked', () => {
    // The library's copy is not checked against the article schema again, so the JSON
    // Schema is what stands between a wrong value and the file.
    const article = smallArticle()
    article.entities[0].wikidataId = 'X1'
    const error = failure(() => toNativeDocument(article, { exportedAt: AT, articleChecked: true }))
    expect(error.kind).toBe('schema')
    expect(error.message).toContain('$.entities[0].wikidataId')
  })

  it('refuses an inconsistent export from an article said to be checked', () => {
    const article = smallArticle()
    article.annotations[1].target.start += 1
    const error = failure(() => toNativeDocument(article, { exportedAt: AT, articleChecked: true }))
    expect(error.kind).toBe('inconsistent')
    expect(error.message).toContain('$.annotations[1].target.exact')
  })

  it('refuses an article that breaks the model, before anything else', () => {
    const article = smallArticle() as unknown as Record<string, unknown>
    article.blocks = []
    const error = failure(() => exportNative(article as unknown as ArticleFile))
    expect(error.kind).toBe('schema')
    expect(error.message).toContain('$.blocks')
  })
})

describe('native import errors', () => {
  it('reports invalid JSON with line and column', () => {
    const error = failure(() => importNative('{\n  "format": "newsroom-annotations",\n  oops\n}'))
    expect(error.kind).toBe('invalid-json')
    expect(error.message).toMatch(/line 3/)
  })

  it('reports an unknown format', () => {
    const error = failure(() => importNative('{"format":"something-else","version":1}'))
    expect(error.kind).toBe('unknown-format')
    expect(error.message).toContain(
      '$.format: is "something-else"; expected "newsroom-annotations"'
    )
  })

  it('recognises a W3C file and says what to do with it', () => {
    const error = failure(() =>
      importNative('{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}')
    )
    expect(error.message).toContain('W3C Web Annotation')
  })

  it('refuses a newer version plainly', () => {
    const json = fixtureJson()
    json.version = 2 as unknown as 1
    const error = failure(() => importNative(JSON.stringify(json)))
    expect(error.kind).toBe('unsupported-version')
    expect(error.message).toContain('newer than this app reads')
  })

  it('names schema violations with their JSON paths', () => {
    const json = fixtureJson()
    ;(json.annotations[3].target as Record<string, unknown>).start = 'twelve'
    ;(json.entities[1] as Record<string, unknown>).wikidataId = 'Q0'
    json.extra = true
    const error = failure(() => importNative(JSON.stringify(json)))
    expect(error.kind).toBe('schema')
    expect(error.message).toContain('$.annotations[3].target.start:')
    expect(error.message).toContain('$.entities[1].wikidataId:')
    expect(error.message).toMatch(/\$: .*extra/)
  })

  it('checks offsets against the text', () => {
    const json = fixtureJson()
    json.annotations[5].target.start += 1
    json.annotations[6].target.end = json.text.length + 50
    const error = failure(() => importNative(JSON.stringify(json)))
    expect(error.kind).toBe('inconsistent')
    expect(error.message).toContain('$.annotations[5].target.exact')
    expect(error.message).toContain('$.annotations[6].target.end: is past the end of text')
  })

  it('checks that blocks tile the text', () => {
    const json = fixtureJson()
    json.blocks[1].start += 1
    expect(failure(() => importNative(JSON.stringify(json))).message).toContain(
      '$.blocks[1].start: must be'
    )
  })

  it('checks that quotes point at existing speakers', () => {
    const json = fixtureJson()
    const quote = json.annotations.find((a) => a.kind === 'quote')!
    ;(quote as { speakerId: string }).speakerId = 'nobody'
    expect(failure(() => importNative(JSON.stringify(json))).message).toContain(
      'no entity has the id "nobody"'
    )
  })

  it('checks the source URL scheme through the model', () => {
    const json = fixtureJson()
    const note = json.annotations.find((a) => a.kind === 'source-note') as { url?: string }
    note.url = 'javascript:alert(1)'
    expect(failure(() => importNative(JSON.stringify(json))).kind).toBe('schema')
  })

  it('reads a file with a byte order mark', () => {
    expect(importNative('\ufeff' + FIXTURE).article.id).toBe('scale-ai-meta')
  })

  it('lists at most five problems and counts the rest', () => {
    const json = fixtureJson()
    for (const a of json.annotations.slice(0, 8)) (a.target as Record<string, unknown>).start = -1
    const error = failure(() => importNative(JSON.stringify(json)))
    expect(error.problems.length).toBeGreaterThanOrEqual(8)
    expect(error.message).toMatch(/\(and \d+ more\)$/)
  })
})
