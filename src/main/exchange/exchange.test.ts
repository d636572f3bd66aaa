import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError, MAX_IMPORT_BYTES } from '@shared/contract'
import { exportArticle, exportedText, importNative, parseNativeDocument } from '@shared/export'
import type { ArticleFile } from '@shared/model'
import { CodePointIndex } from '@shared/text'
import { Library } from '../library/Library'
import { createExchange, type Exchange } from './exchange'
import { folderTarget, type ExportTarget } from './exportTarget'

const FIXTURE = join(
  import.meta.dirname,
  '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json'
)

let root: string
let folder: string
let exportDir: string
let library: Library
let exchange: Exchange
let fixtureText: string
const EXPORTED_AT = '2025-06-20T16:00:00.000Z'

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsroom-exchange-'))
  folder = join(root, 'library')
  exportDir = join(root, 'exports')
  library = await Library.open({ folder })
  exchange = createExchange({
    library,
    target: folderTarget(exportDir),
    now: () => new Date(EXPORTED_AT)
  })
  fixtureText = await readFile(FIXTURE, 'utf8')
})

afterEach(async () => {
  await library.close()
  await rm(root, { recursive: true, force: true })
})

/** Every file under a folder with a hash of its bytes: what "unchanged" means on disk. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) await walk(path)
      else {
        out[relative(dir, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
      }
    }
  }
  await walk(dir)
  return out
}

async function sampleId(): Promise<string> {
  const { articles } = await library.list()
  expect(articles).toHaveLength(1)
  return articles[0].id
}

/** The AppError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

/** Every live annotation quotes the text at its code-point offsets. */
function expectAnchored(file: ArticleFile): void {
  const index = new CodePointIndex(file.blocks.map((b) => b.text).join('\n\n'))
  for (const a of file.annotations.filter((x) => !x.orphaned)) {
    expect(index.slice(a.target.start, a.target.end), a.id).toBe(a.target.exact)
  }
}

describe('importAnnotations, native', () => {
  it('adds the article exactly as exported: exporting it again gives the same file', async () => {
    const result = await exchange.importAnnotations({
      fileName: 'scale-ai-meta.annotated.newsroom.json',
      text: fixtureText
    })
    expect(result.kind).toBe('native')
    if (result.kind !== 'native') return
    expect(result.idChanged).toBe(false)
    expect(result.article.id).toBe('scale-ai-meta')
    expect(result.article.annotationCount).toBe(80)
    expect(result.entityCount).toBe(21)

    const onDisk = await library.open('scale-ai-meta')
    expect(onDisk.annotations).toHaveLength(80)
    expectAnchored(onDisk)

    // The export time is pinned to the fixture's, so the round trip is byte for byte.
    const out = await exchange.exportArticle({ id: 'scale-ai-meta', format: 'native' })
    expect(out.cancelled).toBe(false)
    expect(out.files).toHaveLength(1)
    expect(await readFile(out.files[0].path, 'utf8')).toBe(fixtureText)
  })

  it('gives a second copy a new id instead of replacing the first', async () => {
    await exchange.importAnnotations({ fileName: 'a.newsroom.json', text: fixtureText })
    const before = await readFile(join(folder, 'articles', 'scale-ai-meta.json'), 'utf8')
    const second = await exchange.importAnnotations({
      fileName: 'a.newsroom.json',
      text: fixtureText
    })
    if (second.kind !== 'native') throw new Error('expected a native import')
    expect(second.idChanged).toBe(true)
    expect(second.article.id).not.toBe('scale-ai-meta')
    expect(await readFile(join(folder, 'articles', 'scale-ai-meta.json'), 'utf8')).toBe(before)
    const copy = await library.open(second.article.id)
    expect(copy.annotations).toEqual(importNative(fixtureText).annotations)
    expect((await library.list()).articles).toHaveLength(3)
  })

  it('gives a new id when a deleted article of that id left a backup behind', async () => {
    await exchange.importAnnotations({ fileName: 'a.newsroom.json', text: fixtureText })
    await library.rename('scale-ai-meta', 'Renamed') // writes a backup
    await library.delete('scale-ai-meta')
    const again = await exchange.importAnnotations({
      fileName: 'a.newsroom.json',
      text: fixtureText
    })
    if (again.kind !== 'native') throw new Error('expected a native import')
    expect(again.idChanged).toBe(true)
  })
})

describe('importAnnotations, W3C', () => {
  const w3cOfFixture = () => exportedText(exportArticle(importNative(fixtureText), 'w3c')[0])

  it('replaces the article’s layer and reports every annotation anchored exactly', async () => {
    const id = await sampleId()
    const result = await exchange.importAnnotations({
      fileName: 'scale.jsonld',
      text: w3cOfFixture(),
      ontoArticleId: id
    })
    if (result.kind !== 'w3c') throw new Error('expected a W3C import')
    expect(result.report).toMatchObject({ total: 80, exact: 80, fuzzy: 0, orphan: 0, orphans: [] })
    expect(result.article.annotationCount).toBe(80)
    const onDisk = await library.open(id)
    expect(onDisk.annotations).toHaveLength(80)
    expect(onDisk.entities).toHaveLength(21)
    expectAnchored(onDisk)
  })

  it('re-anchors on a changed text: fuzzy where it can, orphans listed with quotes', async () => {
    const fixture = importNative(fixtureText)
    // The same article with one paragraph gone and a quote reworded in another.
    const paragraphs = fixture.blocks.filter((b) => b.type === 'paragraph')
    const quote = fixture.annotations.find(
      (a) => a.kind === 'quote' && paragraphs[2].text.includes(a.target.exact)
    )!
    const reworded = 'Scale demeure, sans équivoque, une entreprise indépendante'
    expect(paragraphs[1].text).toContain(reworded)
    const blocks = fixture.blocks
      .filter((b) => b !== paragraphs[2])
      .map((b) => ({
        ...b,
        text: b.text.replace(reworded, reworded.replace('sans', 'sans aucune'))
      }))
    const text = blocks.map((b) => b.text).join('\n\n')
    const created = await library.create({ text, title: 'Corrected' })

    const result = await exchange.importAnnotations({
      fileName: 'scale.jsonld',
      text: w3cOfFixture(),
      ontoArticleId: created.id
    })
    if (result.kind !== 'w3c') throw new Error('expected a W3C import')
    const { report } = result
    expect(report.total).toBe(80)
    expect(report.exact + report.fuzzy + report.orphan).toBe(80)
    expect(report.orphan).toBeGreaterThan(0)
    expect(report.fuzzy).toBeGreaterThan(0)
    expect(report.orphans.map((o) => o.exact)).toContain(quote.target.exact)
    const onDisk = await library.open(created.id)
    expect(onDisk.annotations.filter((a) => a.orphaned)).toHaveLength(report.orphan)
    expectAnchored(onDisk)
  })

  it('refuses a W3C file with no article to apply it to, and writes nothing', async () => {
    const before = await snapshot(folder)
    const error = await failure(
      exchange.importAnnotations({ fileName: 'scale.jsonld', text: w3cOfFixture() })
    )
    expect(error.code).toBe('invalid-input')
    expect(error.message).toMatch(/W3C Web Annotation file/)
    expect(await snapshot(folder)).toEqual(before)
  })

  it('refuses a W3C item without a quote selector, naming its path; nothing changes', async () => {
    const id = await sampleId()
    const collection = JSON.parse(w3cOfFixture())
    collection.first.items[2].target.selector = collection.first.items[2].target.selector.filter(
      (s: { type: string }) => s.type !== 'TextQuoteSelector'
    )
    const before = await snapshot(folder)
    const error = await failure(
      exchange.importAnnotations({
        fileName: 'broken.jsonld',
        text: JSON.stringify(collection),
        ontoArticleId: id
      })
    )
    expect(error.code).toBe('invalid-input')
    expect(error.message).toContain('$.first.items[2].target.selector')
    expect(await snapshot(folder)).toEqual(before)
  })
})

describe('importAnnotations, bad files', () => {
  const cases: { name: string; text: () => string; expected: RegExp | string }[] = [
    {
      name: 'invalid JSON',
      text: () => '{ "format": "newsroom-annotations", ',
      expected: /not valid JSON/
    },
    { name: 'an unknown format', text: () => '{ "format": "other" }', expected: '$.format' },
    {
      name: 'a newer version',
      text: () => fixtureText.replace('"version": 1', '"version": 2'),
      expected: /version 2 is newer/
    },
    {
      name: 'a schema violation',
      text: () => {
        const doc = JSON.parse(fixtureText)
        doc.annotations[3].target.start = 'twelve'
        return JSON.stringify(doc)
      },
      expected: '$.annotations[3].target.start'
    },
    {
      name: 'offsets that do not quote the text',
      text: () => {
        const doc = JSON.parse(fixtureText)
        doc.annotations[5].target.start += 1
        doc.annotations[5].target.end += 1
        return JSON.stringify(doc)
      },
      expected: '$.annotations[5].target'
    }
  ]

  for (const { name, text, expected } of cases) {
    it(`refuses ${name} with its path, and the library folder is unchanged`, async () => {
      const id = await sampleId()
      const before = await snapshot(folder)
      const error = await failure(
        exchange.importAnnotations({
          fileName: 'bad.newsroom.json',
          text: text(),
          ontoArticleId: id
        })
      )
      expect(error.code).toBe('invalid-input')
      expect(error.message).toContain('"bad.newsroom.json" cannot be imported')
      if (typeof expected === 'string') expect(error.message).toContain(expected)
      else expect(error.message).toMatch(expected)
      expect(await snapshot(folder)).toEqual(before)
    })
  }

  it('refuses a file over the size limit', async () => {
    const before = await snapshot(folder)
    const text = `{"pad":"${'é'.repeat(MAX_IMPORT_BYTES / 2)}"}`
    const error = await failure(exchange.importAnnotations({ fileName: 'big.json', text }))
    expect(error.code).toBe('too-large')
    expect(await snapshot(folder)).toEqual(before)
  })
})

describe('exportArticle', () => {
  beforeEach(async () => {
    await exchange.importAnnotations({ fileName: 'a.newsroom.json', text: fixtureText })
  })

  it('writes a native file that the reader accepts, named after the title', async () => {
    const out = await exchange.exportArticle({ id: 'scale-ai-meta', format: 'native' })
    expect(out.files.map((f) => f.path)).toEqual([
      join(exportDir, 'scale-ai-promet-son-independance-malgre-la-participation-de.newsroom.json')
    ])
    const content = await readFile(out.files[0].path)
    expect(out.files[0].bytes).toBe(content.byteLength)
    expect(parseNativeDocument(content.toString('utf8')).annotations).toHaveLength(80)
  })

  it('writes W3C JSON-LD as an AnnotationCollection', async () => {
    const out = await exchange.exportArticle({ id: 'scale-ai-meta', format: 'w3c' })
    expect(out.files[0].path).toMatch(/\.jsonld$/)
    const collection = JSON.parse(await readFile(out.files[0].path, 'utf8'))
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.first.items).toHaveLength(80)
  })

  it('writes CSV as two files with a byte-order mark', async () => {
    const out = await exchange.exportArticle({ id: 'scale-ai-meta', format: 'csv' })
    const stem = join(exportDir, 'scale-ai-promet-son-independance-malgre-la-participation-de')
    expect(out.files.map((f) => f.path)).toEqual([`${stem}.quotes.csv`, `${stem}.entities.csv`])
    for (const file of out.files) {
      const bytes = await readFile(file.path)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(file.bytes).toBe(bytes.byteLength)
    }
  })

  it('writes nothing when the user cancels the Save dialog', async () => {
    const cancelling: ExportTarget = { choose: async () => null }
    const cancelled = createExchange({ library, target: cancelling })
    const out = await cancelled.exportArticle({ id: 'scale-ai-meta', format: 'csv' })
    expect(out).toEqual({ cancelled: true, files: [] })
    await expect(readdir(exportDir)).rejects.toThrow()
  })

  it('fails with io, leaving no file, when the folder cannot be made', async () => {
    // A file where the export folder should be.
    await writeFile(join(root, 'blocked'), 'not a folder')
    const blocked = createExchange({ library, target: folderTarget(join(root, 'blocked', 'sub')) })
    const error = await failure(blocked.exportArticle({ id: 'scale-ai-meta', format: 'csv' }))
    expect(error.code).toBe('io')
    expect(error.message).toMatch(/Nothing was written/)
  })

  it('writes both CSV files or neither', async () => {
    await mkdir(exportDir, { recursive: true })
    // The entities file's name is taken by a folder: the quotes file must not appear either.
    const stem = 'scale-ai-promet-son-independance-malgre-la-participation-de'
    await mkdir(join(exportDir, `${stem}.entities.csv`))
    const error = await failure(exchange.exportArticle({ id: 'scale-ai-meta', format: 'csv' }))
    expect(error.code).toBe('io')
    expect((await readdir(exportDir)).sort()).toEqual([`${stem}.entities.csv`])
  })

  it('refuses an article file another program made inconsistent, and writes nothing', async () => {
    // Valid against the article schema (so the library reads it), but a quote no longer
    // matches the text at its offsets: only the export's consistency check can see it.
    const path = join(folder, 'articles', 'scale-ai-meta.json')
    const file = JSON.parse(await readFile(path, 'utf8')) as ArticleFile
    const quote = file.annotations.findIndex((a) => a.kind === 'quote')
    file.annotations[quote].target.exact += ' et plus'
    await writeFile(path, JSON.stringify(file, null, 2))
    const error = await failure(exchange.exportArticle({ id: 'scale-ai-meta', format: 'w3c' }))
    expect(error.code).toBe('internal')
    expect(error.message).toContain(`$.annotations[${quote}].target.exact`)
    expect(error.message).toMatch(/Nothing was written/)
    await expect(readdir(exportDir)).rejects.toThrow()
  })

  it('says plainly that an unknown article is not there', async () => {
    const error = await failure(exchange.exportArticle({ id: 'nope', format: 'native' }))
    expect(error.code).toBe('not-found')
  })
})
