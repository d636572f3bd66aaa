import { describe, expect, it, vi } from 'vitest'
import type { AnnotationImport, Result } from '@shared/contract'
import { dictionaries } from '@renderer/i18n/strings'
import { ExchangeUi } from './exchangeUi'
import { readPicked, receiveFile, runImport, type ImportDeps } from './importFlow'

const W3C = JSON.stringify({
  '@context': ['http://www.w3.org/ns/anno.jsonld'],
  type: 'AnnotationCollection',
  first: { items: [{}, {}] }
})
const NATIVE = JSON.stringify({ format: 'newsroom-annotations', version: 1, annotations: [] })

const summary = {
  id: 'a1',
  title: 'Scale AI',
  updatedAt: '2025-06-20T10:00:00.000Z',
  annotationCount: 2
}

/** A window with a call log, answering importAnnotations with `answer`. */
function fakeDeps(answer: Result<AnnotationImport>, flushed = true) {
  const log: string[] = []
  const ui = new ExchangeUi()
  const deps: ImportDeps = {
    api: {
      importAnnotations: vi.fn(async (request) => {
        log.push(`import ${request.ontoArticleId ?? '-'}`)
        return answer
      })
    },
    actions: {
      loadLibrary: async () => (log.push('list'), true),
      openArticle: async (id) => void log.push(`open ${id}`),
      reloadArticle: async (id) => (log.push(`reload ${id}`), true)
    },
    flush: async () => (log.push('flush'), flushed),
    ui,
    t: () => dictionaries.en
  }
  return { deps, log, ui }
}

const w3cAnswer: Result<AnnotationImport> = {
  ok: true,
  value: {
    kind: 'w3c',
    article: summary,
    entityCount: 1,
    report: {
      total: 2,
      exact: 1,
      fuzzy: 0,
      orphan: 1,
      orphans: [{ id: 'x', kind: 'quote', exact: 'q' }]
    }
  }
}

describe('the import flow', () => {
  it('asks before a W3C file replaces the open article’s annotations', async () => {
    const { deps, log, ui } = fakeDeps(w3cAnswer)
    await receiveFile(deps, { fileName: 'a.jsonld', text: W3C }, { id: 'a1' })
    expect(log).toEqual([])
    expect(ui.get()).toMatchObject({ kind: 'confirm', articleId: 'a1', annotationCount: 2 })
  })

  it('flushes saves, imports onto the article, reloads it from disk, then reports', async () => {
    const { deps, log, ui } = fakeDeps(w3cAnswer)
    await runImport(deps, { fileName: 'a.jsonld', text: W3C }, 'a1')
    expect(log).toEqual(['flush', 'import a1', 'reload a1', 'list'])
    expect(ui.get()).toMatchObject({ kind: 'report', fileName: 'a.jsonld' })
  })

  it('imports nothing when the pending saves could not be written', async () => {
    const { deps, log, ui } = fakeDeps(w3cAnswer, false)
    await runImport(deps, { fileName: 'a.jsonld', text: W3C }, 'a1')
    expect(log).toEqual(['flush'])
    expect(ui.get()).toMatchObject({ kind: 'failed', message: dictionaries.en.importNotSaved })
  })

  it('imports a native file at once and opens the new article', async () => {
    const { deps, log, ui } = fakeDeps({
      ok: true,
      value: {
        kind: 'native',
        article: { ...summary, id: 'new' },
        idChanged: false,
        entityCount: 0
      }
    })
    await receiveFile(deps, { fileName: 'a.newsroom.json', text: NATIVE }, { id: 'a1' })
    expect(log).toEqual(['import -', 'list', 'open new'])
    expect(ui.get()).toMatchObject({ kind: 'report' })
  })

  it('shows main’s reason when the file is refused', async () => {
    const message = '"bad.json" cannot be imported. Unknown format: $.format: is missing'
    const { deps, ui } = fakeDeps({ ok: false, error: { code: 'invalid-input', message } })
    await receiveFile(deps, { fileName: 'bad.json', text: '{}' }, { id: 'a1' })
    expect(ui.get()).toEqual({ kind: 'failed', fileName: 'bad.json', message })
  })

  it('refuses a W3C file when no article is open, and a picked file over the limit', async () => {
    const { deps, log, ui } = fakeDeps(w3cAnswer)
    await receiveFile(deps, { fileName: 'a.jsonld', text: W3C }, null)
    expect(ui.get()).toMatchObject({ kind: 'failed', message: dictionaries.en.importNoArticle })
    const text = vi.fn(async () => '')
    expect(await readPicked({ name: 'big.json', size: 6 * 1024 * 1024, text }, deps)).toBeNull()
    expect(text).not.toHaveBeenCalled()
    expect(ui.get()).toMatchObject({ kind: 'failed', fileName: 'big.json' })
    expect(log).toEqual([])
  })
})
