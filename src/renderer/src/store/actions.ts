/**
 * What the UI does: each action calls main through the typed API and records the outcome in
 * the UI store. Failures become alerts (role=alert) or results the caller shows in place;
 * nothing here throws.
 */
import type { NewsroomApi, RequestOf, Result } from '@shared/contract'
import type { ArticleFile, ArticleSummary, LibrarySettings } from '@shared/model'
import type { OpenedArticle } from '@shared/contract'
import { readPickedFile, MAX_IMPORT_MB } from '@renderer/pickedFile'
import { isDraft, openedDraft, type ArticleDraft } from './articleDraft'
import { recordSave } from './saveTiming'
import type { Store } from './createStore'
import type { UiAction, UiState, UiStatus } from './uiState'

/** The store of the window's UI state. */
export type UiStore = Store<UiState, UiAction>

/** Remembers the last open article between launches. */
export interface ArticleMemory {
  get(): string | null
  set(id: string | null): void
}

const LAST_ARTICLE_KEY = 'newsroom.lastArticleId'

/** The memory of the last open article in localStorage (silently absent when unavailable). */
export function localArticleMemory(): ArticleMemory {
  return {
    get() {
      try {
        return localStorage.getItem(LAST_ARTICLE_KEY)
      } catch {
        return null
      }
    },
    set(id) {
      try {
        if (id) localStorage.setItem(LAST_ARTICLE_KEY, id)
        else localStorage.removeItem(LAST_ARTICLE_KEY)
      } catch {
        // A private window may refuse storage; forgetting the last article is harmless.
      }
    }
  }
}

/** What `saveArticle` writes: the annotation layer, and the blocks after a text edit. */
export type ArticleChanges = Pick<ArticleFile, 'entities' | 'annotations'> & {
  blocks?: ArticleFile['blocks']
  /** The assist's rejected suggestion keys; absent leaves the saved ones as they are. */
  rejectedSuggestions?: string[]
}

/** The actions of the UI, bound to one API and one store. */
export type UiActions = ReturnType<typeof createActions>

/** Binds the UI actions to an API, a store and the memory of the last article. */
export function createActions(
  api: NewsroomApi,
  store: UiStore,
  memory: ArticleMemory = localArticleMemory()
) {
  const { dispatch, getState } = store

  /** Reads the library listing; true when it could be read. */
  async function loadLibrary(): Promise<boolean> {
    dispatch({ type: 'library/loading' })
    const result = await api.listLibrary({})
    if (!result.ok) {
      dispatch({ type: 'library/failed' })
      const reason = result.error.message
      dispatch({
        type: 'alert/raised',
        alert: { id: 'library', text: (t) => t.libraryFailed(reason), retry: () => void start() }
      })
      return false
    }
    dispatch({ type: 'alert/dismissed', id: 'library' })
    dispatch({ type: 'library/loaded', listing: result.value })
    return true
  }

  /** Asks main whether this window may change the library (another may hold it). */
  async function loadAccess(): Promise<void> {
    const result = await api.getLibraryAccess({})
    if (result.ok) dispatch({ type: 'access/loaded', access: result.value })
  }

  async function loadSettings(): Promise<void> {
    const result = await api.getSettings({})
    if (result.ok) dispatch({ type: 'settings/loaded', settings: result.value })
    else {
      const reason = result.error.message
      dispatch({
        type: 'alert/raised',
        alert: { id: 'settings', text: (t) => t.settingsFailed(reason) }
      })
    }
  }

  /** Opens an article in the middle pane and remembers it for the next launch. */
  async function openArticle(id: string): Promise<void> {
    const current = getState().article
    if (current.id === id && current.status !== 'failed') return
    dispatch({ type: 'article/opening', id })
    memory.set(id)
    const result = await api.openArticle({ id })
    if (result.ok) {
      held(result.value)
      dispatch({ type: 'alert/dismissed', id: 'open' })
      dispatch({ type: 'article/opened', file: result.value })
      return
    }
    dispatch({ type: 'article/failed', id })
    const reason = result.error.message
    dispatch({ type: 'alert/raised', alert: { id: 'open', text: (t) => t.openFailed(reason) } })
    // A file found damaged on opening has been quarantined: show the library as it now is.
    if (result.error.code === 'damaged' || result.error.code === 'not-found') await loadLibrary()
  }

  /**
   * Reads the open article again from disk after main changed it behind the editor (an
   * annotation import): the editor is rebuilt from the file. Flush pending saves first, or
   * they would write the old layer back over the change. False when it could not be read, or
   * when `stillWanted` says by the time it is read that it is not to be shown any more.
   */
  async function reloadArticle(id: string, stillWanted?: () => boolean): Promise<boolean> {
    if (getState().article.id !== id) return false
    const result = await api.openArticle({ id })
    if (stillWanted && !stillWanted()) return false
    if (!result.ok) {
      const reason = result.error.message
      dispatch({ type: 'alert/raised', alert: { id: 'open', text: (t) => t.openFailed(reason) } })
      return false
    }
    held(result.value)
    dispatch({ type: 'article/opened', file: result.value })
    return true
  }

  /** Opens the remembered article if it still exists, else the first one, else none. */
  async function openPreferred(): Promise<void> {
    const { articles } = getState().library
    const remembered = memory.get()
    const target = articles.find((a) => a.id === remembered) ?? articles[0]
    if (target) await openArticle(target.id)
    else dispatch({ type: 'article/closed' })
  }

  /** First load of the window: settings, library, then the article to show. */
  async function start(): Promise<void> {
    await Promise.all([loadAccess(), loadSettings(), loadLibrary()])
    if (getState().library.status === 'ready' && !getState().article.id) await openPreferred()
  }

  /** After an article was added: show it in the library and open it. */
  async function added(summary: ArticleSummary): Promise<void> {
    await loadLibrary()
    await openArticle(summary.id)
  }

  /** Creates an article from pasted text; the dialog shows a failure in place. */
  async function createArticle(request: {
    text: string
    title?: string
  }): Promise<Result<ArticleSummary>> {
    const title = request.title?.trim()
    const result = await api.createArticle({ text: request.text, ...(title ? { title } : {}) })
    if (result.ok) {
      const created = result.value.title
      dispatch({ type: 'status/shown', text: (t) => t.created(created) })
      await added(result.value)
    }
    return result
  }

  /** Imports a file the user picked; a failure is raised as an alert with its reason. */
  async function importFile(file: File): Promise<void> {
    const alertId = `import:${file.name}`
    dispatch({ type: 'alert/dismissed', id: alertId })
    dispatch({ type: 'status/shown', text: (t) => t.importing(file.name) })
    const picked = await readPickedFile(file)
    if (!picked.ok) {
      dispatch({ type: 'status/cleared' })
      const { problem, fileName } = picked
      dispatch({
        type: 'alert/raised',
        alert: {
          id: alertId,
          text: (t) =>
            t.importFailed(
              fileName,
              problem === 'too-large' ? t.importTooLarge(MAX_IMPORT_MB) : t.importUnreadable
            )
        }
      })
      return
    }
    const result = await api.importArticle({
      fileName: picked.fileName,
      contentBase64: picked.contentBase64
    })
    if (!result.ok) {
      dispatch({ type: 'status/cleared' })
      const reason = result.error.message
      dispatch({
        type: 'alert/raised',
        alert: { id: alertId, text: (t) => t.importFailed(file.name, reason) }
      })
      return
    }
    const imported = result.value.title
    dispatch({ type: 'status/shown', text: (t) => t.imported(imported) })
    await added(result.value)
  }

  /** Renames an article; the dialog shows a failure in place. */
  async function renameArticle(id: string, title: string): Promise<Result<ArticleSummary>> {
    const result = await api.renameArticle({ id, title })
    if (result.ok) {
      const renamed = result.value.title
      dispatch({ type: 'article/renamed', summary: result.value })
      dispatch({ type: 'status/shown', text: (t) => t.renamed(renamed) })
    }
    return result
  }

  /** Moves an article to the library's trash; the next one opens if it was open. */
  async function trashArticle(id: string): Promise<boolean> {
    const before = getState().library.articles
    const title = before.find((a) => a.id === id)?.title ?? id
    const result = await api.deleteArticle({ id })
    if (!result.ok) {
      const reason = result.error.message
      dispatch({ type: 'alert/raised', alert: { id: 'trash', text: (t) => t.trashFailed(reason) } })
      return false
    }
    dispatch({ type: 'alert/dismissed', id: 'trash' })
    dispatch({ type: 'status/shown', text: (t) => t.trashed(title) })
    await loadLibrary()
    if (getState().article.id === id) {
      dispatch({ type: 'article/closed' })
      memory.set(null)
      const after = getState().library.articles
      // Open the article that took its place in the list, so the reader stays where they were.
      const index = before.findIndex((a) => a.id === id)
      const next = after[Math.min(index, after.length - 1)]
      if (next) await openArticle(next.id)
    }
    return true
  }

  // Saves go out one at a time per window. While one is in flight only the latest changes of
  // each article wait, so a burst of edits costs two writes, not one per edit.
  const pending = new Map<string, ArticleChanges | ArticleDraft>()
  let saving: Promise<void> | null = null
  /** Per article, the registry ids its last save was linked to (see {@link saveArticle}). */
  const linked = new Map<string, Record<string, string>>()
  /**
   * Per article, what main holds of it as this window last opened or saved it, and that
   * revision's name: a draft saved next sends only what changed since.
   */
  const revisions = new Map<string, { revision: string; draft: ArticleDraft }>()

  /** Main answered an opening with the revision of the article as opened. */
  function held(file: OpenedArticle): void {
    if (file.revision)
      revisions.set(file.article.id, { revision: file.revision, draft: openedDraft(file) })
    else revisions.delete(file.article.id)
  }

  /**
   * Saves an article's annotation layer (and blocks, after a text edit); resolves once every
   * waiting save is done. Reports "Saving…"/"All changes saved." in the status and a failure
   * as an alert with a "Try again" button; the changes stay with the caller either way.
   * Resolves to the registry ids (entity id → registry id) the article's entities were
   * linked to by its last save, once saved.
   */
  async function saveArticle(
    id: string,
    changes: ArticleChanges | ArticleDraft
  ): Promise<Record<string, string> | undefined> {
    // A later autosave (the layer only) must not drop the rejections an earlier save carried.
    const waiting = pending.get(id)
    const merged =
      waiting?.rejectedSuggestions && !changes.rejectedSuggestions
        ? isDraft(changes)
          ? changes.withRejected(waiting.rejectedSuggestions)
          : { ...changes, rejectedSuggestions: waiting.rejectedSuggestions }
        : changes
    pending.delete(id)
    pending.set(id, merged)
    linked.delete(id)
    if (!saving) saving = flush().finally(() => (saving = null))
    await saving
    return linked.get(id)
  }

  /** The whole of what a save writes. */
  function wholeOf(changes: ArticleChanges | ArticleDraft): ArticleChanges {
    if (!isDraft(changes)) return changes
    const { blocks, entities, annotations } = changes.full()
    const { rejectedSuggestions } = changes
    return {
      blocks,
      entities,
      annotations,
      ...(rejectedSuggestions ? { rejectedSuggestions } : {})
    }
  }

  /**
   * Sends one save: only what changed when main holds the revision the draft can be compared
   * with, else (or when main no longer holds it) the whole article.
   */
  async function send(id: string, changes: ArticleChanges | ArticleDraft) {
    const known = revisions.get(id)
    if (isDraft(changes) && known) {
      let delta: ReturnType<ArticleDraft['since']>
      try {
        delta = changes.since(known.draft)
      } catch {
        // A draft that cannot tell its changes is saved whole: nothing is lost.
        delta = null
      }
      if (delta) {
        const { rejectedSuggestions } = changes
        const result = await api.saveArticleChanges({
          id,
          base: known.revision,
          ...delta,
          ...(rejectedSuggestions ? { rejectedSuggestions } : {})
        })
        if (result.ok || result.error.code !== 'base-changed') return result
      }
    }
    return api.saveArticle({ id, ...wholeOf(changes) })
  }

  async function flush(): Promise<void> {
    for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
      const [id, changes] = next.value
      pending.delete(id)
      dispatch({ type: 'status/shown', text: (t) => t.saving })
      const started = performance.now()
      const result = await send(id, changes)
      if (result.ok) {
        recordSave(started)
        const { revision, registryIds, updatedAt, summary } = result.value
        if (revision && isDraft(changes)) revisions.set(id, { revision, draft: changes })
        else revisions.delete(id)
        if (registryIds) linked.set(id, registryIds)
        dispatch({ type: 'alert/dismissed', id: 'save' })
        const saved = () => wholeOf(changes)
        dispatch({ type: 'article/saved', id, updatedAt, saved, ...(summary ? { summary } : {}) })
        if (pending.size === 0) dispatch({ type: 'status/shown', text: (t) => t.saved })
      } else if (result.error.code === 'changed-on-disk') {
        // Another program wrote the file: the user chooses whose version to keep.
        dispatch({ type: 'status/shown', text: (t) => t.notSaved })
        const conflict = { id, changes: wholeOf(changes), message: result.error.message }
        dispatch({ type: 'conflict/raised', conflict })
      } else {
        const reason = result.error.message
        // The status line must not keep saying "Saving…" once the save has failed.
        dispatch({ type: 'status/shown', text: (t) => t.notSaved })
        dispatch({
          type: 'alert/raised',
          alert: {
            id: 'save',
            text: (t) => t.saveFailed(reason),
            retry: () => void saveArticle(id, changes)
          }
        })
      }
    }
  }

  /**
   * Settles a save refused because the file changed on disk: 'theirs' reads the article
   * again (the unsaved changes are dropped), 'mine' writes the refused changes over the
   * file (main keeps the other version in the history). False when that step failed.
   */
  async function resolveConflict(choice: 'theirs' | 'mine'): Promise<boolean> {
    const conflict = getState().conflict
    if (!conflict) return true
    dispatch({ type: 'conflict/resolved' })
    if (choice === 'theirs') {
      const reloaded = await reloadArticle(conflict.id)
      if (reloaded) dispatch({ type: 'status/shown', text: (t) => t.conflictReloaded })
      await loadLibrary()
      return reloaded
    }
    const allowed = await api.overwriteChangedArticle({ id: conflict.id })
    if (!allowed.ok) {
      const reason = allowed.error.message
      dispatch({ type: 'alert/raised', alert: { id: 'save', text: (t) => t.saveFailed(reason) } })
      return false
    }
    await saveArticle(conflict.id, conflict.changes)
    return getState().conflict === null
  }

  /**
   * Makes an earlier version the open article's content; the editor is rebuilt from it.
   * Pending saves must be flushed first, or they would write over the restored version.
   */
  async function restoreVersion(
    id: string,
    versionId: string,
    /** The version's time as the user reads it, for the status line. */
    label: string
  ): Promise<Result<ArticleFile>> {
    const result = await api.restoreArticleVersion({ id, versionId })
    if (result.ok) {
      held(result.value)
      if (getState().article.id === id) dispatch({ type: 'article/opened', file: result.value })
      dispatch({ type: 'status/shown', text: (t) => t.historyRestored(label) })
      await loadLibrary()
    }
    return result
  }

  /** Says in the status line that a change was not made: the library is read-only here. */
  function refuseReadOnly(): void {
    dispatch({ type: 'status/shown', text: (t) => t.readOnlyRefused })
  }

  /** Says in the status line that a change was not made: the desk gives read-only access. */
  function refuseDeskReadOnly(): void {
    dispatch({ type: 'status/shown', text: (t) => t.deskReadOnlyRefused })
  }

  /** Says something in the status line (the outcome of an undo on the desk, say). */
  function showStatus(text: UiStatus['text']): void {
    dispatch({ type: 'status/shown', text })
  }

  /**
   * Saves settings with the library (entity types, author, language) and makes them the UI's
   * at once; the settings dialog shows a failure in place.
   */
  async function updateSettings(
    patch: RequestOf<'updateSettings'>
  ): Promise<Result<LibrarySettings>> {
    const result = await api.updateSettings(patch)
    if (result.ok) {
      dispatch({ type: 'settings/loaded', settings: result.value })
      dispatch({ type: 'status/shown', text: (t) => t.settingsSaved })
    }
    return result
  }

  return {
    start,
    updateSettings,
    loadLibrary,
    openArticle,
    reloadArticle,
    createArticle,
    importFile,
    renameArticle,
    trashArticle,
    saveArticle,
    resolveConflict,
    restoreVersion,
    refuseReadOnly,
    refuseDeskReadOnly,
    showStatus,
    toggleLibrary: () => dispatch({ type: 'library/toggled' }),
    dismissAlert: (id: string) => dispatch({ type: 'alert/dismissed', id }),
    dismissDamage: () => dispatch({ type: 'damage/dismissed' })
  }
}
