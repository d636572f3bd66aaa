import { describe, expect, it } from 'vitest'
import { patchAnnotation } from '../annotations/factory'
import type { ArticleFile, Quote } from '../model'
import { csvFromNative, HISTORY_COLUMNS } from './csv'
import { parseCsv } from './csvReader.testkit'
import { exportNative, importNative, toNativeDocument } from './native'
import { exportW3c } from './w3cExport'
import { importW3c } from './w3cImport'
import FIXTURE from '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json?raw'

const QUOTE_ID = 'quote-droege-memo-independent'

/** The fixture with one quote verified, then disputed, by two editors, and assigned. */
function withHistory(): { file: ArticleFile; quote: Quote } {
  const file = importNative(FIXTURE)
  const original = file.annotations.find((a) => a.id === QUOTE_ID) as Quote
  let quote = patchAnnotation(
    original,
    { status: 'verified', assignee: 'Bruno' },
    { by: 'Bruno', at: '2025-06-21T09:00:00.000Z' },
    'Memo obtained, wording matches, "exactly"'
  )
  quote = patchAnnotation(
    quote,
    { status: 'disputed' },
    { by: 'Chloé', at: '2025-06-21T11:30:00.000Z' },
    '=the client list says otherwise'
  )
  return {
    file: { ...file, annotations: file.annotations.map((a) => (a.id === QUOTE_ID ? quote : a)) },
    quote
  }
}

describe('the history of a check in every export', () => {
  it('goes into the native file, validates against the JSON Schema and comes back whole', () => {
    const { file, quote } = withHistory()
    const doc = toNativeDocument(file) // zod, ajv against the JSON Schema, consistency
    const exported = doc.annotations.find((a) => a.id === QUOTE_ID)
    expect(exported).toMatchObject({ assignee: 'Bruno', checkHistory: quote.checkHistory })
    expect(importNative(exportNative(file)).annotations.find((a) => a.id === QUOTE_ID)).toEqual(
      quote
    )
  })

  it('goes into W3C as assignee and an ordered checkHistory, and is read back', () => {
    const { file, quote } = withHistory()
    const jsonld = exportW3c(file)
    const item = JSON.parse(jsonld).first.items.find((i: { id: string }) =>
      i.id.endsWith(`:${QUOTE_ID}`)
    )
    expect(item.assignee).toEqual({ type: 'Person', name: 'Bruno' })
    expect(item.checkHistory).toEqual(
      quote.checkHistory!.map((c) => ({
        id: `urn:newsroom-annotator:change:${c.id}`,
        type: 'CheckChange',
        checkedField: 'status',
        from: c.from,
        to: c.to,
        creator: { type: 'Person', name: c.by },
        created: c.at,
        comment: c.comment
      }))
    )
    const { file: back } = importW3c(jsonld, { ...file, entities: [], annotations: [] })
    expect(back.annotations.find((a) => a.id === QUOTE_ID)).toEqual(quote)
  })

  it('refuses a W3C history entry it cannot read, naming where', () => {
    const { file } = withHistory()
    const value = JSON.parse(exportW3c(file))
    const item = value.first.items.find((i: { id: string }) => i.id.endsWith(`:${QUOTE_ID}`))
    item.checkHistory[1].checkedField = 'mood'
    expect(() => importW3c(JSON.stringify(value), file)).toThrow(/checkHistory\[1\]\.checkedField/)
  })

  it('refuses a W3C history entry going from or to a status or verdict the app does not know', () => {
    const { file } = withHistory()
    const value = JSON.parse(exportW3c(file))
    const item = value.first.items.find((i: { id: string }) => i.id.endsWith(`:${QUOTE_ID}`))
    item.checkHistory[0].to = 'approved-by-<script>'
    expect(() => importW3c(JSON.stringify(value), file)).toThrow(
      /checkHistory\[0\]\.to.*"approved-by-<script>" is not a status \(one of needs-checking, verified, disputed\)/
    )
    item.checkHistory[0].to = 'verified'
    item.checkHistory[1].checkedField = 'verdict'
    item.checkHistory[1].from = null
    item.checkHistory[1].to = 'disputed'
    expect(() => importW3c(JSON.stringify(value), file)).toThrow(
      /checkHistory\[1\]\.to.*not a verdict/
    )
    // The same entries with values the app knows are read.
    item.checkHistory[1].to = 'misleading'
    expect(() => importW3c(JSON.stringify(value), file)).not.toThrow()
  })

  it('has a history sheet in CSV, one row per change, and the assignee in quotes.csv', () => {
    const { file, quote } = withHistory()
    const sheets = csvFromNative(toNativeDocument(file))
    const history = parseCsv(sheets.history)
    expect(history[0]).toEqual([...HISTORY_COLUMNS])
    const [first, second] = quote.checkHistory!
    expect(history.slice(1)).toEqual([
      [
        QUOTE_ID,
        'quote',
        quote.target.exact,
        'status',
        'needs-checking',
        'verified',
        'Bruno',
        first.at,
        'Memo obtained, wording matches, "exactly"',
        first.id
      ],
      [
        QUOTE_ID,
        'quote',
        quote.target.exact,
        'status',
        'verified',
        'disputed',
        'Chloé',
        second.at,
        // A comment that starts like a formula is shown as text, never run.
        "'=the client list says otherwise",
        second.id
      ]
    ])
    const quotes = parseCsv(sheets.quotes)
    const row = quotes.find((r) => r.includes(QUOTE_ID))!
    expect(row[quotes[0].indexOf('assignee')]).toBe('Bruno')
    expect(Object.keys(csvFromNative(toNativeDocument(importNative(FIXTURE))))).not.toContain(
      'history'
    )
  })
})
