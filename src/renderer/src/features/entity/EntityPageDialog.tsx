/**
 * The entity page: one person or organisation across the library. For a speaker, every
 * quote in every article with its kind, status and date (what Jason Droege said, and what
 * of it was verified); then its mentions with their passages. Choosing a row opens the
 * article with that quote or mention selected. The page reads the library's registry (a
 * merged-away entity finds the one it went into) and changes it for every article
 * (LibraryEntityActions).
 */
import { useEffect, useState } from 'react'
import type { RequestOf, ResponseOf } from '@shared/contract'
import { useApi } from '@renderer/apiContext'
import { Dialog } from '@renderer/components/Dialog'
import { useI18n } from '@renderer/i18n/I18n'
import { useActions, useUiState } from '@renderer/store/StoreContext'
import { showMemoryDialog } from '../memoryDialogs'
import { openAtPassage } from '../reveal'
import { PassageText } from '../search/LibrarySearch'
import { LibraryEntityActions } from './LibraryEntityActions'
import './memory.css'

type EntityAnswer = ResponseOf<'entityPage'>

/** The page of one entity, as a dialog over the window. */
export function EntityPageDialog(props: { request: RequestOf<'entityPage'> }) {
  const { t, formatDateTime } = useI18n()
  const api = useApi()
  const actions = useActions()
  const [page, setPage] = useState<EntityAnswer | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // After a library-wide change the page follows the entity under its key now.
  const [request, setRequest] = useState(props.request)
  const canWrite = useUiState((s) => !s.access.readOnly)

  useEffect(() => {
    let stale = false
    void api.entityPage(request).then((result) => {
      if (stale) return
      if (result.ok) setPage(result.value)
      else setFailure(result.error.message)
    })
    return () => {
      stale = true
    }
  }, [api, request])

  const close = () => showMemoryDialog(null)
  const open = (at: { articleId: string; start: number; end: number; orphaned?: boolean }) => {
    close()
    if (at.orphaned) void actions.openArticle(at.articleId)
    else void openAtPassage(actions, at)
  }

  const verified = page?.quotes.filter((q) => q.status === 'verified').length ?? 0
  return (
    <Dialog title={page ? t.entityHeading(page.name) : t.loading} onClose={close}>
      <div className="memory-view">
        {failure && <p role="alert">{t.entityFailed(failure)}</p>}
        {page && (
          <>
            <p className="entity-meta">
              {page.type} · {t.entityIn(page.articles.length)}
              {page.wikidataId && <> · {page.wikidataId}</>}
              {page.aliases.length > 0 && <> · {t.entityAliases(page.aliases.join(', '))}</>}
            </p>
            {page.description && <p className="entity-description">{page.description}</p>}
            {notice && (
              <p className="entity-notice" role="status">
                {notice}
              </p>
            )}
            {canWrite && (
              <LibraryEntityActions
                key={page.key}
                page={page}
                onChanged={(key, message) => {
                  setNotice(message)
                  setRequest({ key })
                }}
              />
            )}
            <section aria-label={t.entityQuotes}>
              <h3 className="memory-subheading">
                {t.entityQuotes} <small>{t.entityQuoteSummary(page.quotes.length, verified)}</small>
              </h3>
              {page.quotes.length === 0 ? (
                <p className="memory-empty">{t.entityNoQuotes}</p>
              ) : (
                <table className="memory-table">
                  <thead>
                    <tr>
                      <th>{t.columnQuote}</th>
                      <th>{t.columnKind}</th>
                      <th>{t.columnStatus}</th>
                      <th>{t.columnDate}</th>
                      <th>{t.columnArticle}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.quotes.map((q) => (
                      <tr key={`${q.articleId}/${q.annotationId}`}>
                        <td>
                          <button type="button" className="memory-link" onClick={() => open(q)}>
                            «&nbsp;{q.text}&nbsp;»
                          </button>
                          {q.orphaned && <em> ({t.orphanNote})</em>}
                        </td>
                        <td>{t.quoteKindName[q.quoteKind]}</td>
                        <td>
                          <span className="memory-status" data-status={q.status}>
                            {t.statusName[q.status]}
                          </span>
                        </td>
                        <td className="memory-date">{formatDateTime(q.date)}</td>
                        <td>{q.articleTitle}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section aria-label={t.entityMentions}>
              <h3 className="memory-subheading">
                {t.entityMentions} <small>{page.mentions.length}</small>
              </h3>
              <ul className="entity-mentions" role="list">
                {page.mentions.map((m) => (
                  <li key={`${m.articleId}/${m.annotationId}`}>
                    <button type="button" className="memory-link" onClick={() => open(m)}>
                      <span className="entity-mention-article">{m.articleTitle}</span>
                      <PassageText passage={m.passage} />
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t.close}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
