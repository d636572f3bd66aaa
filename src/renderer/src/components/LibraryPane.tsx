/**
 * The library pane: the articles of the library folder, with New article, Import file, and
 * per article Rename and Delete (move to trash). Collapsible to a narrow rail.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { ArticleSummary } from '@shared/model'
import { useDeskOverview } from '../features/desk/deskWatch'
import { MemoryDialogs, QueueButton } from '../features/queue/MemoryDialogs'
import { LibrarySearch } from '../features/search/LibrarySearch'
import { useI18n } from '../i18n/I18n'
import { useActions, useUiState } from '../store/StoreContext'
import { NewArticleDialog, RenameDialog, TrashDialog } from './ArticleDialogs'
import { ChevronIcon, ImportIcon, PlusIcon, RenameIcon, TrashIcon } from './icons'

/** Which dialog of the pane is open. */
type PaneDialog =
  | { kind: 'new' }
  | { kind: 'rename'; article: ArticleSummary }
  | { kind: 'trash'; article: ArticleSummary }

/** File types the importer understands (kept in step with the UI contract). */
const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm'

function ArticleRow(props: {
  article: ArticleSummary
  current: boolean
  /** The article is on the desk. */
  onDesk: boolean
  onOpen(): void
  onRename(): void
  onTrash(): void
}) {
  const { t, formatDateTime } = useI18n()
  const { article, current } = props
  const metaId = useId()
  return (
    <li className="article-row" data-current={current || undefined}>
      <button
        type="button"
        className="article-open"
        aria-label={article.title}
        aria-describedby={metaId}
        aria-current={current ? 'page' : undefined}
        onClick={props.onOpen}
      >
        <span className="article-row-title">
          {article.title}
          {props.onDesk && <span className="desk-mark">{t.deskMark}</span>}
        </span>
        <span id={metaId} className="article-row-meta">
          <span>{t.updatedOn(formatDateTime(article.updatedAt))}</span>
          <span aria-hidden="true"> · </span>
          <span>{t.annotationCount(article.annotationCount)}</span>
          {(article.toCheck ?? 0) > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="article-row-to-check">{t.toCheckCount(article.toCheck ?? 0)}</span>
            </>
          )}
        </span>
      </button>
      <div className="article-row-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t.renameArticle(article.title)}
          title={t.renameShort}
          onClick={props.onRename}
        >
          <RenameIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t.deleteArticle(article.title)}
          title={t.deleteShort}
          onClick={props.onTrash}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  )
}

/** The library pane (`<nav aria-label="Library">`). */
export function LibraryPane() {
  const { t } = useI18n()
  const actions = useActions()
  const library = useUiState((s) => s.library)
  const collapsed = useUiState((s) => s.libraryCollapsed)
  const openId = useUiState((s) => s.article.id)
  const deskOverview = useDeskOverview()
  const onDesk = new Set(deskOverview?.articles.map((a) => a.id) ?? [])
  const [dialog, setDialog] = useState<PaneDialog | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const headingId = useId()

  function onFilePicked(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])]
    // Reset so that picking the same file again (after fixing it) fires a change again.
    event.target.value = ''
    void (async () => {
      for (const file of files) await actions.importFile(file)
    })()
  }

  const closeDialog = () => setDialog(null)

  return (
    <nav className="library" aria-label={t.libraryLabel} data-collapsed={collapsed || undefined}>
      <div className="library-header">
        {!collapsed && (
          <h2 id={headingId} className="library-heading" tabIndex={-1} data-focus-target="library">
            {t.libraryHeading}
          </h2>
        )}
        <button
          type="button"
          className="icon-button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t.showLibrary : t.hideLibrary}
          title={collapsed ? t.showLibrary : t.hideLibrary}
          onClick={actions.toggleLibrary}
        >
          <ChevronIcon direction={collapsed ? 'right' : 'left'} />
        </button>
      </div>

      {!collapsed && (
        <>
          <div className="library-actions">
            <button type="button" className="button" onClick={() => setDialog({ kind: 'new' })}>
              <PlusIcon />
              {t.newArticle}
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              <ImportIcon />
              {t.importFile}
            </button>
            <QueueButton />
            <input
              ref={fileInput}
              type="file"
              className="visually-hidden"
              tabIndex={-1}
              aria-label={t.importInputLabel}
              accept={IMPORT_ACCEPT}
              multiple
              onChange={onFilePicked}
            />
          </div>

          <LibrarySearch>
            {library.status === 'loading' && library.articles.length === 0 && (
              <p className="library-note">{t.loadingLibrary}</p>
            )}
            {library.status === 'ready' && library.articles.length === 0 && (
              // The article pane says how to add one; the pane only states the fact.
              <p className="library-note empty-title">{t.emptyLibrary}</p>
            )}
            {library.articles.length > 0 && (
              <ul className="article-list" role="list" aria-labelledby={headingId}>
                {library.articles.map((article) => (
                  <ArticleRow
                    key={article.id}
                    article={article}
                    current={article.id === openId}
                    onDesk={onDesk.has(article.id)}
                    onOpen={() => void actions.openArticle(article.id)}
                    onRename={() => setDialog({ kind: 'rename', article })}
                    onTrash={() => setDialog({ kind: 'trash', article })}
                  />
                ))}
              </ul>
            )}
          </LibrarySearch>
          {library.folder && (
            <p className="library-folder" title={library.folder}>
              {t.libraryFolder(library.folder)}
            </p>
          )}
        </>
      )}

      {dialog?.kind === 'new' && <NewArticleDialog onClose={closeDialog} />}
      {dialog?.kind === 'rename' && <RenameDialog article={dialog.article} onClose={closeDialog} />}
      {dialog?.kind === 'trash' && <TrashDialog article={dialog.article} onClose={closeDialog} />}
      <MemoryDialogs />
    </nav>
  )
}
