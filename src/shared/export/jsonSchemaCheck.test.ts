/**
 * The JSON Schema check of an export runs on the document object, not on its JSON text: these
 * tests hold that this is the same check. For documents the exporter builds from an article
 * read as the library reads it, the object is its own JSON (same tree, nothing JSON would
 * drop or turn into something else); and for any object at all, what the check accepts, a
 * reader checking the JSON accepts too.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleFile } from '../model'
import { annotatedArticle } from './arbitraries.testkit'
import { jsonSchemaProblems } from './jsonSchemaCheck'
import { toNativeDocument } from './native'
import { NativeDocument, nativeJsonSchema } from './nativeSchema'

const AT = '2025-06-20T12:00:00.000Z'
const RUNS = 200
const TIMEOUT = 120_000

/** What a reader of the file sees. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** The article as the library hands it over: its file's JSON through the article schema. */
const asRead = (file: ArticleFile): ArticleFile => ArticleFile.parse(asJson(file))

type Doc = Record<string, unknown> & { annotations: Record<string, unknown>[] }

/** Ways a document could differ from its JSON, each applied to a copy. */
const CHANGES: Record<string, (doc: Doc) => void> = {
  'a known optional property set to undefined': (doc) => {
    doc.annotations[0].assignee = undefined
  },
  'a required property set to undefined': (doc) => {
    doc.annotations[0].createdBy = undefined
  },
  'an unknown property set to undefined': (doc) => {
    doc.annotations[0].note = undefined
  },
  'a Date where a date-time string goes': (doc) => {
    doc.annotations[0].createdAt = new Date(AT)
  },
  'NaN as an offset': (doc) => {
    ;(doc.annotations[0].target as Record<string, unknown>).start = NaN
  },
  'an undefined item in a list': (doc) => {
    ;(doc.entities as Record<string, unknown>[])[0].aliases = [undefined]
  },
  'an object with toJSON where a string goes': (doc) => {
    doc.exportedAt = { toJSON: () => AT }
  }
}

describe('JSON Schema check of the document object', { timeout: TIMEOUT }, () => {
  it('sees what a reader of the file sees: the export is its own JSON, as zod wrote it', () => {
    fc.assert(
      fc.property(annotatedArticle, (file) => {
        const doc = toNativeDocument(asRead(file), { exportedAt: AT, articleChecked: true })
        // toStrictEqual tells an undefined property from a missing one, a Date from a string.
        expect(asJson(doc)).toStrictEqual(doc)
        // The zod pass it replaces would have written the same bytes.
        expect(JSON.stringify(doc)).toBe(JSON.stringify(NativeDocument.parse(doc)))
      }),
      { numRuns: RUNS }
    )
  })

  it('never accepts an object whose JSON a reader would refuse', () => {
    fc.assert(
      fc.property(
        annotatedArticle.filter((file) => file.annotations.length > 0 && file.entities.length > 0),
        fc.constantFrom(...Object.keys(CHANGES)),
        (file, change) => {
          const doc = structuredClone(toNativeDocument(file, { exportedAt: AT })) as unknown as Doc
          CHANGES[change](doc)
          if (jsonSchemaProblems(doc).length === 0)
            expect(jsonSchemaProblems(asJson(doc))).toEqual([])
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('treats an undefined known property as absent, and refuses what JSON would rewrite', () => {
    const verdicts = Object.entries(CHANGES).map(([change, apply]) => {
      const doc = structuredClone(
        toNativeDocument(
          fc.sample(
            annotatedArticle.filter((f) => f.annotations.length > 0 && f.entities.length > 0),
            { numRuns: 1, seed: 7 }
          )[0],
          { exportedAt: AT }
        )
      ) as unknown as Doc
      apply(doc)
      return [change, jsonSchemaProblems(doc).length === 0] as const
    })
    expect(Object.fromEntries(verdicts)).toEqual({
      'a known optional property set to undefined': true,
      'a required property set to undefined': false,
      'an unknown property set to undefined': false,
      'a Date where a date-time string goes': false,
      'NaN as an offset': false,
      'an undefined item in a list': false,
      'an object with toJSON where a string goes': false
    })
  })

  it("gives the published schema's verdict, though it checks each annotation by its kind", () => {
    const published = new Ajv2020({ strict: true })
    published.addFormat('date-time', true)
    published.addFormat('date', true)
    const accepts = published.compile(nativeJsonSchema())
    // Each change makes an annotation fit another kind, no kind, or its own kind badly.
    const breakings: ((a: Record<string, unknown>) => void)[] = [
      () => {},
      (a) => (a.kind = a.kind === 'mention' ? 'quote' : 'mention'),
      (a) => (a.kind = 'source-note'),
      (a) => (a.kind = 'claim'),
      (a) => (a.kind = 'highlight'),
      (a) => (a.kind = 7),
      (a) => delete a.kind,
      (a) => (a.entityId = 'e1'),
      (a) => (a.speakerId = null),
      (a) => delete a.createdAt,
      (a) => (a.updatedAt = '2025-02-30T00:00:00Z'),
      (a) => ((a.target as Record<string, unknown>).start = -1)
    ]
    fc.assert(
      fc.property(
        annotatedArticle.filter((file) => file.annotations.length > 0),
        fc.nat(),
        fc.integer({ min: 0, max: breakings.length - 1 }),
        (file, which, breaking) => {
          const doc = structuredClone(toNativeDocument(file, { exportedAt: AT })) as unknown as Doc
          breakings[breaking](doc.annotations[which % doc.annotations.length])
          const problems = jsonSchemaProblems(doc)
          expect(problems.length === 0).toBe(accepts(doc))
          if (breaking === 0) expect(problems).toEqual([])
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('finds a pattern beside every format, so the formats need no check of their own', () => {
    const formats: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return
      const schema = node as Record<string, unknown>
      if (typeof schema.format === 'string') {
        formats.push(schema.format)
        expect(typeof schema.pattern, `${path} (${schema.format})`).toBe('string')
      }
      for (const [key, child] of Object.entries(schema)) walk(child, `${path}/${key}`)
    }
    walk(nativeJsonSchema(), '#')
    expect(new Set(formats)).toEqual(new Set(['date-time', 'date']))
  })
})
