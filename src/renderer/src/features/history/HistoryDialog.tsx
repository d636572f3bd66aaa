/**
 * The History dialog of the open article: every kept version, newest first, with its time,
 * author, what made it (a save, a restore, another program) and its counts; any of them can
 * be restored. A restore is a new version, listed at the top once done.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import type { ArticleVersion } from '@shared/contract'
import { Dialog } from '@renderer/components/Dialog'
import { useI18n } from '@renderer/i18n/I18n'
import type { Messages } from '@renderer/i18n/strings'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { flushAll } from '../annotations/closeFlush'
import type { ArticleFeatureContext } from '../types'

type Listing =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; versions: ArticleVersion[] }

function origin(version: ArticleVersion, t: Messages, time: (iso: string) => string): string {
  const who = version.author ? t.historyBy(version.author) : t.historyNoAuthor
  if (version.event === 'found-on-disk') return t.historyFoundOnDisk
  if (version.event === 'restored' && version.restoredFrom) {
    return `${who}, ${t.historyRestoredFrom(time(version.restoredFrom))}`
  }
  return who
}

/** The dialog; render it only while it is open. */
export function HistoryDialog(props: { ctx: ArticleFeatureContext; onClose(): void }) {
  const { ctx, onClose } = props
  const { t, language } = useI18n()
  // To the second: autosaves a few seconds apart must not read as the same time.
  const formatDateTime = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' })
    return (iso: string) => format.format(new Date(iso))
  }, [language])
  const actions = useActions()
  const readOnly = useUiState((s) => s.access.readOnly)
  const currentTitle = useUiState((s) => s.article.file?.article.title)
  const [listing, setListing] = useState<Listing>({ status: 'loading' })
  const [restoring, setRestoring] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const introId = useId()
  const articleId = ctx.articleId

  const load = useCallback(async () => {
    const result = await ctx.api.listArticleVersions({ id: articleId })
    setListing(
      result.ok
        ? { status: 'ready', versions: result.value.versions }
        : { status: 'failed', message: result.error.message }
    )
  }, [ctx.api, articleId])

  useEffect(() => {
    void load()
  }, [load])

  const restore = async (version: ArticleVersion) => {
    setRestoring(version.id)
    setFailure(null)
    // Changes still waiting for their save go first, so they are a version too.
    await flushAll()
    const result = await actions.restoreVersion(
      articleId,
      version.id,
      formatDateTime(version.savedAt)
    )
    setRestoring(null)
    if (!result.ok) setFailure(result.error.message)
    await load()
  }

  return (
    <Dialog title={t.historyHeading} describedBy={introId} onClose={onClose}>
      <div className="dialog-body history-body">
        <p id={introId} className="history-intro">
          {t.historyIntro}
        </p>
        {failure && (
          <p className="history-failure" role="alert">
            {t.historyRestoreFailed(failure)}
          </p>
        )}
        {listing.status === 'loading' && <p role="status">{t.historyLoading}</p>}
        {listing.status === 'failed' && <p role="alert">{t.historyFailed(listing.message)}</p>}
        {listing.status === 'ready' && listing.versions.length === 0 && <p>{t.historyEmpty}</p>}
        {listing.status === 'ready' && listing.versions.length > 0 && (
          <ol className="history-list" aria-label={t.historyListLabel}>
            {listing.versions.map((version) => {
              const time = formatDateTime(version.savedAt)
              return (
                <li key={version.id} className="history-item" data-current={version.current}>
                  <div className="history-line">
                    <time dateTime={version.savedAt} className="history-time">
                      {time}
                    </time>
                    {version.current ? (
                      <span className="history-current">{t.historyCurrent}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t.historyRestoreLabel(time)}
                        disabled={readOnly || restoring !== null}
                        onClick={() => void restore(version)}
                      >
                        {restoring === version.id ? t.historyRestoring : t.historyRestore}
                      </button>
                    )}
                  </div>
                  <p className="history-meta">{origin(version, t, formatDateTime)}</p>
                  <p className="history-meta">
                    {t.historyCounts(
                      version.quotes,
                      version.mentions,
                      version.notes,
                      version.entities
                    )}
                  </p>
                  {version.title !== currentTitle && (
                    <p className="history-meta history-title">«&nbsp;{version.title}&nbsp;»</p>
                  )}
                </li>
              )
            })}
          </ol>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          {t.historyClose}
        </button>
      </div>
    </Dialog>
  )
}
