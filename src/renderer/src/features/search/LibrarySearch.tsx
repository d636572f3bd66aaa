/**
 * The library pane's search box: words and "phrases" across every article's text, quotes,
 * notes and entity names, answered by main's index as you type. Results are grouped by
 * article, each hit shows its passage with the words found marked; choosing one opens the
 * article with that passage selected. While a query is typed the results take the place of
 * the article list (the pane's children).
 */
import { useEffect, useId, useState, type ReactNode } from 'react'
import type { ResponseOf } from '@shared/contract'
import { useApi } from '@renderer/apiContext'
import { useI18n } from '@renderer/i18n/I18n'
import { useActions } from '@renderer/store/StoreContext'
import { showDeskDialog } from '../deskDialogs'
import { openAtPassage } from '../reveal'
import './search.css'

type SearchAnswer = ResponseOf<'searchLibrary'>
type Hit = SearchAnswer['articles'][number]['hits'][number]

/** Milliseconds of quiet typing before the query goes to main. */
const DEBOUNCE_MS = 120

/** A hit's passage with the words found in a <mark>. */
export function PassageText(props: { passage: Hit['passage'] }) {
  const { before, match, after } = props.passage
  return (
    <span className="passage">
      {before}
      {match && <mark>{match}</mark>}
      {after}
    </span>
  )
}

/** The search box, its results, and the article list (children) when no query is typed. */
export function LibrarySearch(props: { children: ReactNode }) {
  const { t } = useI18n()
  const api = useApi()
  const actions = useActions()
  const [query, setQuery] = useState('')
  const [answer, setAnswer] = useState<{ query: string; value: SearchAnswer } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const hintId = useId()
  const resultsId = useId()
  const active = query.trim() !== ''

  useEffect(() => {
    if (!active) return
    let stale = false
    const timer = setTimeout(() => {
      void api.searchLibrary({ query }).then((result) => {
        if (stale) return
        if (result.ok) {
          setAnswer({ query, value: result.value })
          setFailure(null)
        } else setFailure(result.error.message)
      })
    }, DEBOUNCE_MS)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [api, query, active])

  function open(articleId: string, hit: Hit) {
    if (hit.start === null || hit.end === null) void actions.openArticle(articleId)
    else void openAtPassage(actions, { articleId, start: hit.start, end: hit.end })
  }

  const shown = active ? answer?.value : undefined
  return (
    <>
      <div className="library-search" role="search">
        <label className="visually-hidden" htmlFor={resultsId + 'input'}>
          {t.searchLabel}
        </label>
        <input
          id={resultsId + 'input'}
          type="search"
          className="library-search-input"
          placeholder={t.searchPlaceholder}
          aria-describedby={hintId}
          aria-controls={active ? resultsId : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault()
              setQuery('')
            }
          }}
        />
        <p id={hintId} className="library-search-hint">
          {t.searchHint}
        </p>
      </div>
      {!active && props.children}
      {active && (
        <section id={resultsId} className="search-results" aria-label={t.searchResultsLabel}>
          {failure && <p className="library-note">{t.searchFailed(failure)}</p>}
          {shown && (
            <p className="search-summary" role="status">
              {shown.total === 0
                ? t.searchNothing(query.trim())
                : t.searchSummary(shown.total, shown.articles.length)}
            </p>
          )}
          {shown?.articles.map((article) => (
            <article key={article.articleId} className="search-article">
              <h3 className="search-article-title">{article.title}</h3>
              <ul role="list" className="search-hits">
                {article.hits.map((hit, i) => (
                  <li key={i} className="search-hit">
                    <button
                      type="button"
                      className="search-hit-open"
                      onClick={() => open(article.articleId, hit)}
                    >
                      <span className="search-hit-kind" data-kind={hit.kind}>
                        {t.hitKind[hit.kind] ?? hit.kind}
                        {hit.kind === 'quote' && hit.label ? ` · ${hit.label}` : ''}
                      </span>
                      <PassageText passage={hit.passage} />
                    </button>
                    {hit.entityKey && (hit.kind === 'entity' || hit.kind === 'quote') && (
                      <button
                        type="button"
                        className="search-hit-entity"
                        onClick={() =>
                          showDeskDialog({ kind: 'entity', request: { key: hit.entityKey! } })
                        }
                      >
                        {t.entityPageOf(
                          hit.kind === 'entity'
                            ? hit.passage.before + hit.passage.match + hit.passage.after
                            : (hit.label ?? '')
                        )}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              {article.count > article.hits.length && (
                <p className="search-more">{t.searchMore(article.count - article.hits.length)}</p>
              )}
            </article>
          ))}
        </section>
      )}
    </>
  )
}
