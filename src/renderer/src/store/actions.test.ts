import { describe, expect, it, vi } from 'vitest'
import type { NewsroomApi, Result } from '@shared/contract'
import {
  ARTICLE_SCHEMA_VERSION,
  defaultLibrarySettings,
  type ArticleFile,
  type ArticleSummary
} from '@shared/model'
import { dictionaries } from '../i18n/strings'
import { createActions, type ArticleMemory } from './actions'
import { createStore } from './createStore'
import { initialUiState, uiReducer } from './uiState'

const t = dictionaries.en

function summary(id: string, title = id, annotationCount = 0): ArticleSummary {
  return { id, title, updatedAt: '2025-06-20T10:00:00.000Z', annotationCount }
}

function file(id: string, title = id): ArticleFile {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id,
      title,
      origin: { kind: 'paste' },
      createdAt: '2025-06-20T10:00:00.000Z',
      updatedAt: '2025-06-20T10:00:00.000Z'
    },
    blocks: [{ type: 'headline', text: title }],
    entities: [],
    annotations: []
  }
}

function ok<T>(value: T): Promise<Result<T>> {
  return Promise.resolve({ ok: true, value })
}

/** An in-memory library behind the API, as main would answer. */
function fakeApi(initial: string[]) {
  let articles = initial.map((id) => summary(id))
  const api = {
    listLibrary: vi.fn(() => ok({ folder: '/lib', articles, damaged: [] })),
    openArticle: vi.fn(({ id }: { id: string }) =>
      articles.some((a) => a.id === id)
        ? ok(file(id))
        : Promise.resolve({
            ok: false as const,
            error: { code: 'not-found' as const, message: 'gone' }
          })
    ),
    createArticle: vi.fn(({ title }: { text: string; title?: string }) => {
      const created = summary(`new-${articles.length}`, title ?? 'Untitled')
      articles = [...articles, created]
      return ok(created)
    }),
    importArticle: vi.fn(() =>
      Promise.resolve({
        ok: false as const,
        error: { code: 'unsupported' as const, message: 'binary file' }
      })
    ),
    renameArticle: vi.fn(({ id, title }: { id: string; title: string }) => ok(summary(id, title))),
    deleteArticle: vi.fn(({ id }: { id: string }) => {
      articles = articles.filter((a) => a.id !== id)
      return ok({ trashedAs: `trash/${id}.json` })
    }),
    saveArticle: vi.fn(() => ok({ updatedAt: '2025-06-21T09:00:00.000Z' })),
    getSettings: vi.fn(() => ok(defaultLibrarySettings())),
    updateSettings: vi.fn(() => ok(defaultLibrarySettings())),
    openExternal: vi.fn(() => ok({ opened: true })),
    getLibraryAccess: vi.fn(() =>
      ok({ readOnly: false } as { readOnly: boolean; reason?: string })
    ),
    overwriteChangedArticle: vi.fn(({ id }: { id: string }) => ok({ id }))
  }
  return api
}

function memory(id: string | null = null): ArticleMemory & { value: string | null } {
  const m = {
    value: id,
    get: () => m.value,
    set: (v: string | null) => {
      m.value = v
    }
  }
  return m
}

function setup(ids: string[], remembered: string | null = null) {
  const api = fakeApi(ids)
  const store = createStore(uiReducer, initialUiState())
  const mem = memory(remembered)
  const actions = createActions(api as unknown as NewsroomApi, store, mem)
  return { api, store, actions, mem }
}

describe('createActions', () => {
  it('opens the remembered article on start', async () => {
    const { store, actions } = setup(['a', 'b', 'c'], 'b')
    await actions.start()
    expect(store.getState().article).toMatchObject({ id: 'b', status: 'ready' })
    expect(store.getState().library.articles.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('opens the first article when the remembered one is gone', async () => {
    const { store, actions } = setup(['a', 'b'], 'zzz')
    await actions.start()
    expect(store.getState().article.id).toBe('a')
  })

  it('opens nothing in an empty library', async () => {
    const { store, actions } = setup([])
    await actions.start()
    expect(store.getState().article).toMatchObject({ id: null, status: 'idle' })
  })

  it('creates an article, then lists and opens it', async () => {
    const { store, actions, mem } = setup(['a'])
    await actions.start()
    const result = await actions.createArticle({ text: 'Body', title: '  Fresh  ' })
    expect(result.ok).toBe(true)
    expect(store.getState().article.id).toBe('new-1')
    expect(store.getState().library.articles.map((a) => a.title)).toContain('Fresh')
    expect(store.getState().status?.text(t)).toBe('Created “Fresh”.')
    expect(mem.value).toBe('new-1')
  })

  it('refuses a file over the size limit without calling main', async () => {
    const { store, actions, api } = setup(['a'])
    const huge = {
      name: 'huge.txt',
      size: 6 * 1024 * 1024,
      arrayBuffer: vi.fn()
    } as unknown as File
    await actions.importFile(huge)
    expect(api.importArticle).not.toHaveBeenCalled()
    expect(store.getState().alerts.map((a) => a.text(t))).toEqual([
      'Could not import huge.txt: the file is larger than 5 MB.'
    ])
  })

  it('shows why main refused an import', async () => {
    const { store, actions } = setup(['a'])
    const bytes = new TextEncoder().encode('\u0000\u0001')
    const picked = {
      name: 'x.txt',
      size: 2,
      arrayBuffer: async () => bytes.buffer
    } as unknown as File
    await actions.importFile(picked)
    expect(store.getState().alerts.map((a) => a.text(t))).toEqual([
      'Could not import x.txt: binary file'
    ])
    // The "Importing…" notice does not outlive the failure.
    expect(store.getState().status).toBeNull()
  })

  it('renames in the listing and in the open article', async () => {
    const { store, actions } = setup(['a'])
    await actions.start()
    await actions.renameArticle('a', 'Better')
    expect(store.getState().library.articles[0].title).toBe('Better')
    expect(store.getState().article.file?.article.title).toBe('Better')
  })

  it('after trashing the open article, opens the one that took its place', async () => {
    const { store, actions, api } = setup(['a', 'b', 'c'], 'b')
    await actions.start()
    expect(await actions.trashArticle('b')).toBe(true)
    expect(api.deleteArticle).toHaveBeenCalledWith({ id: 'b' })
    expect(store.getState().article.id).toBe('c')
    expect(store.getState().status?.text(t)).toBe('Moved “b” to the trash.')
  })

  it('coalesces saves made while one is in flight', async () => {
    const { store, actions, api } = setup(['a'])
    await actions.start()
    const empty = { entities: [], annotations: [] }
    const first = actions.saveArticle('a', empty)
    void actions.saveArticle('a', { ...empty, blocks: [{ type: 'headline', text: 'one' }] })
    const last = actions.saveArticle('a', { ...empty, blocks: [{ type: 'headline', text: 'two' }] })
    await Promise.all([first, last])
    expect(api.saveArticle).toHaveBeenCalledTimes(2)
    expect(api.saveArticle).toHaveBeenLastCalledWith({
      id: 'a',
      ...empty,
      blocks: [{ type: 'headline', text: 'two' }]
    })
    expect(store.getState().article.file?.blocks[0].text).toBe('two')
    expect(store.getState().library.articles[0].updatedAt).toBe('2025-06-21T09:00:00.000Z')
    expect(store.getState().status?.text(t)).toBe('All changes saved.')
  })

  it('after a save of changes, works out the whole saved layer only when the file is read', async () => {
    const { store, actions, api } = setup(['a'])
    api.openArticle.mockImplementation(({ id }: { id: string }) =>
      ok({ ...file(id), revision: 'opened' })
    )
    const saveArticleChanges = vi.fn(() =>
      ok({
        updatedAt: '2025-06-21T09:00:00.000Z',
        revision: 'saved',
        summary: { ...summary('a'), annotationCount: 3, toCheck: 2 }
      })
    )
    Object.assign(api, { saveArticleChanges })
    await actions.start()
    const layer = {
      blocks: [{ type: 'headline' as const, text: 'a' }],
      entities: [],
      annotations: []
    }
    const draft = {
      full: vi.fn(() => layer),
      since: vi.fn(() => ({
        entities: { put: [], remove: [] },
        annotations: { put: [], remove: [] }
      })),
      withRejected: () => draft
    }
    await actions.saveArticle('a', draft)
    expect(saveArticleChanges).toHaveBeenCalledTimes(1)
    // The list's counts are main's; the file waits to be read.
    expect(store.getState().library.articles[0]).toMatchObject({ annotationCount: 3, toCheck: 2 })
    expect(draft.full).not.toHaveBeenCalled()
    const saved = store.getState().article.file
    expect(saved?.article.updatedAt).toBe('2025-06-21T09:00:00.000Z')
    expect(saved?.blocks).toBe(layer.blocks)
    expect(saved?.annotations).toBe(layer.annotations)
    expect(draft.full).toHaveBeenCalledTimes(1)
  })

  it('raises a failed save with a way to try again', async () => {
    const { store, actions, api } = setup(['a'])
    await actions.start()
    api.saveArticle.mockReturnValueOnce(
      Promise.resolve({
        ok: false as const,
        error: { code: 'io' as const, message: 'Disk full.' }
      }) as never
    )
    await actions.saveArticle('a', { entities: [], annotations: [] })
    const alert = store.getState().alerts.find((a) => a.id === 'save')
    expect(alert?.text(t)).toMatch(/^Could not save the annotations: Disk full\./)
    expect(store.getState().status?.text(t)).toBe(t.notSaved)
    alert?.retry?.()
    await vi.waitFor(() => expect(store.getState().alerts.some((a) => a.id === 'save')).toBe(false))
    expect(api.saveArticle).toHaveBeenCalledTimes(2)
  })

  it('asks whose version to keep when the file changed on disk, and keeps mine on request', async () => {
    const { store, actions, api } = setup(['a'])
    await actions.start()
    const refused = {
      ok: false as const,
      error: { code: 'changed-on-disk' as const, message: 'Changed by another program.' }
    }
    api.saveArticle.mockReturnValueOnce(Promise.resolve(refused) as never)
    const mine = { entities: [], annotations: [] }
    await actions.saveArticle('a', mine)
    expect(store.getState().conflict).toEqual({
      id: 'a',
      changes: mine,
      message: 'Changed by another program.'
    })
    expect(store.getState().alerts.some((a) => a.id === 'save')).toBe(false)

    expect(await actions.resolveConflict('mine')).toBe(true)
    expect(api.overwriteChangedArticle).toHaveBeenCalledWith({ id: 'a' })
    expect(api.saveArticle).toHaveBeenLastCalledWith({ id: 'a', ...mine })
    expect(store.getState().conflict).toBeNull()
  })

  it('reloads their version on request, writing nothing', async () => {
    const { store, actions, api } = setup(['a'])
    await actions.start()
    api.saveArticle.mockReturnValueOnce(
      Promise.resolve({
        ok: false as const,
        error: { code: 'changed-on-disk' as const, message: 'Changed.' }
      }) as never
    )
    await actions.saveArticle('a', { entities: [], annotations: [] })
    const opens = api.openArticle.mock.calls.length
    expect(await actions.resolveConflict('theirs')).toBe(true)
    expect(api.openArticle.mock.calls.length).toBe(opens + 1)
    expect(api.saveArticle).toHaveBeenCalledTimes(1)
    expect(store.getState().conflict).toBeNull()
  })

  it('knows when the library is read-only here', async () => {
    const { store, actions, api } = setup(['a'])
    api.getLibraryAccess.mockReturnValueOnce(ok({ readOnly: true, reason: 'Held elsewhere.' }))
    await actions.start()
    expect(store.getState().access).toEqual({ readOnly: true, reason: 'Held elsewhere.' })
  })
})

describe('uiReducer', () => {
  it('drops an article that arrives after the user moved on', () => {
    let state = uiReducer(initialUiState(), { type: 'article/opening', id: 'a' })
    state = uiReducer(state, { type: 'article/opening', id: 'b' })
    const late = uiReducer(state, { type: 'article/opened', file: file('a') })
    expect(late).toBe(state)
    const right = uiReducer(state, { type: 'article/opened', file: file('b') })
    expect(right.article).toMatchObject({ id: 'b', status: 'ready', generation: 1 })
  })

  it('brings a dismissed damage notice back only for other damaged files', () => {
    const damaged = [
      { fileName: 'x.json', quarantinedAs: 'q/x.json', reason: 'bad', detectedAt: 'now' }
    ]
    const listing = { folder: '/lib', articles: [], damaged }
    let state = uiReducer(initialUiState(), { type: 'library/loaded', listing })
    state = uiReducer(state, { type: 'damage/dismissed' })
    expect(uiReducer(state, { type: 'library/loaded', listing }).damageDismissed).toBe(true)
    const more = [...damaged, { ...damaged[0], quarantinedAs: 'q/y.json' }]
    expect(
      uiReducer(state, { type: 'library/loaded', listing: { ...listing, damaged: more } })
        .damageDismissed
    ).toBe(false)
  })

  it('numbers status messages so a repeated one is announced again', () => {
    const one = uiReducer(initialUiState(), { type: 'status/shown', text: (m) => m.saved })
    const two = uiReducer(one, { type: 'status/shown', text: (m) => m.saved })
    expect(two.status?.serial).toBe((one.status?.serial ?? 0) + 1)
  })
})
