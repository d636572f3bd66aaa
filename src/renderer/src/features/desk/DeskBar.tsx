/**
 * The desk in the bar over the article: asks main twice a second how the desk stands, relists
 * the library when the desk brought an article, reloads the open article when others' changes
 * were written to it (after writing the editor's pending changes, keeping the selection), and
 * tells main what the editor has selected (the others see it), and
 * shows either "Share to desk" or how the open article stands (with "Stop sharing"): "Synced", "Syncing…",
 * "Offline: N changes waiting", or the desk's refusal with what to do.
 */
import { useEffect, useRef, useState } from 'react'
import type { EditorView } from 'prosemirror-view'
import type { RequestOf } from '@shared/contract'
import type { DeskArticleState } from '@shared/desk/deskSchemas'
import { articleConversions, offsetsOf } from '@renderer/editor/annotations/conversions'
import { useApi } from '@renderer/apiContext'
import { useEditorView } from '@renderer/editor/EditorSession'
import { useT } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { flushAll } from '../annotations/closeFlush'
import { DESK_POLL_MS, deskChanges, deskWatch, useDeskArticle, useDeskOverview } from './deskWatch'
import { rebuildKeepingPlace } from './keepSelection'
import './desk.css'

function stateText(t: Messages, state: DeskArticleState): string {
  switch (state.state) {
    case 'synced':
      return t.deskSynced
    case 'syncing':
      return t.deskSyncing
    case 'offline':
      return t.deskOffline(state.waiting)
    case 'refused':
      return t.deskRefused(state.reason)
  }
}

/** What the editor has selected in the open article, for the others to see. */
function selectionOf(open: {
  openId: string | null
  view: EditorView | null
}): RequestOf<'deskStatus'>['selection'] {
  const { openId, view } = open
  if (!openId || !view || view.isDestroyed) return undefined
  const { from, to } = view.state.selection
  return { id: openId, ...offsetsOf(view.state.doc, from, to, articleConversions) }
}

/** Polls main for the desk's state and acts on what changed. */
function useDeskPolling(): void {
  const api = useApi()
  const actions = useActions()
  const openId = useUiState((s) => (s.article.status === 'ready' ? s.article.id : null))
  const view = useEditorView()
  const latest = useRef({ openId, view })
  latest.current = { openId, view }
  const reloading = useRef(false)

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let owed = false
    const reload = async (id: string): Promise<void> => {
      // Not under an open dialog (an annotation being written): once it is closed.
      if (document.querySelector('dialog[open]')) {
        owed = true
        return
      }
      owed = false
      reloading.current = true
      try {
        // Pending changes are saved first: main merges them with the desk's, then the editor
        // shows both.
        const shown = await rebuildKeepingPlace(id, (stillWanted) =>
          actions.reloadArticle(id, stillWanted)
        )
        // Not shown while still open (the reader kept changing it, or it could not be read):
        // asked again at the next question.
        if (!shown && latest.current.openId === id) owed = true
      } finally {
        reloading.current = false
      }
    }
    const tick = async (): Promise<void> => {
      const result = await api.deskStatus({ selection: selectionOf(latest.current) })
      if (stopped) return
      if (!result.ok) {
        // A host without a desk says so once; there is nothing to ask again.
        if (result.error.code === 'unsupported') return
      } else {
        const before = deskWatch.getSnapshot()
        deskWatch.set(result.value)
        const { openId } = latest.current
        const { relist, reloadOpen } = deskChanges(before, result.value, openId)
        if (relist) await actions.loadLibrary()
        if (openId && (reloadOpen || owed) && !reloading.current) await reload(openId)
      }
      if (!stopped) timer = setTimeout(() => void tick(), DESK_POLL_MS)
    }
    void tick()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [api, actions])
}

/** The desk's line over the article: the share button, or the open article's status. */
export function DeskBar() {
  const t = useT()
  const api = useApi()
  const actions = useActions()
  useDeskPolling()
  const overview = useDeskOverview()
  const article = useUiState((s) => (s.article.status === 'ready' ? s.article.file : null))
  const readOnly = useUiState((s) => s.access.readOnly)
  const shared = useDeskArticle(article?.article.id ?? null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => setFailure(null), [article?.article.id])

  if (!overview || !article) return null
  if (!shared) {
    if (!overview.configured || readOnly) return null
    const share = async () => {
      setBusy(true)
      setFailure(null)
      // The desk takes the article as the file holds it: write the pending changes first.
      await flushAll()
      const result = await api.shareArticle({ id: article.article.id })
      setBusy(false)
      if (!result.ok) {
        setFailure(result.error.message)
        return
      }
      deskWatch.set({
        ...overview,
        articles: [...overview.articles.filter((a) => a.id !== result.value.id), result.value]
      })
      void actions.loadLibrary()
    }
    return (
      <div className="desk-line">
        <button
          type="button"
          className="button button-small"
          title={t.deskShareTip}
          disabled={busy}
          onClick={() => void share()}
        >
          {t.deskShare}
        </button>
        {failure && (
          <span className="pill desk-problem" role="alert">
            {t.deskShareFailed(failure)}
          </span>
        )}
      </div>
    )
  }
  const { status } = shared
  const stopSharing = async () => {
    setBusy(true)
    setFailure(null)
    // What is pending goes to the desk first, as the last change shared.
    await flushAll()
    const result = await api.stopSharing({ id: shared.id })
    setBusy(false)
    if (!result.ok) {
      setFailure(t.deskStopFailed(result.error.message))
      return
    }
    deskWatch.set({ ...overview, articles: overview.articles.filter((a) => a.id !== shared.id) })
    void actions.loadLibrary()
  }
  return (
    <div className="desk-line">
      <p
        className="desk-status pill"
        data-state={status.state}
        aria-label={t.deskStatusLabel}
        aria-live="polite"
      >
        <span className="desk-dot" aria-hidden="true" />
        <span>{stateText(t, status)}</span>
        {shared.readOnly && <span className="desk-read-only">{t.deskReadOnly}</span>}
      </p>
      {shared.present.length > 0 && (
        <p
          className="pill desk-present"
          aria-label={t.deskPresent(shared.present.map((p) => p.name))}
        >
          {shared.present.map((p, i) => (
            <span key={`${p.name}-${i}`} className="desk-person" title={p.name}>
              <span className="desk-dot" style={{ background: p.color }} aria-hidden="true" />
              {p.name}
            </span>
          ))}
        </p>
      )}
      {!shared.readOnly && (
        <button
          type="button"
          className="button button-small"
          title={t.deskStopSharingTip}
          disabled={busy}
          onClick={() => void stopSharing()}
        >
          {t.deskStopSharing}
        </button>
      )}
      {shared.refusedChange && (
        <span className="pill desk-problem">{t.deskRefusedChange(shared.refusedChange)}</span>
      )}
      {failure && (
        <span className="pill desk-problem" role="alert">
          {failure}
        </span>
      )}
    </div>
  )
}
