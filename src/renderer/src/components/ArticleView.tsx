/**
 * The middle pane's content: the open article set like a newspaper page, or what to do when
 * none is open.
 */
import type { Plugin } from 'prosemirror-state'
import { ArticleEditor } from '../editor/ArticleEditor'
import { useT } from '../i18n/I18n'
import { useUiState } from '../store/StoreContext'

/** The open article, or its loading, failed or empty state. */
export function ArticleView(props: { plugins: readonly Plugin[] }) {
  const t = useT()
  const article = useUiState((s) => s.article)
  const hasArticles = useUiState((s) => s.library.articles.length > 0)

  if (article.status === 'loading') {
    return (
      <div className="page page-note" aria-busy="true">
        <p>{t.loadingArticle}</p>
      </div>
    )
  }
  if (article.status === 'ready' && article.opened) {
    const { opened } = article
    return (
      <article className="page" key={`${opened.article.id}:${article.generation}`}>
        <ArticleEditor
          blocks={opened.blocks}
          plugins={props.plugins}
          language={opened.article.language}
          label={t.readingViewLabel}
        />
      </article>
    )
  }
  return (
    <div className="page page-note">
      <p className="empty-title">{t.noArticle}</p>
      {hasArticles || article.status === 'failed' ? (
        <p>{t.noArticleHint}</p>
      ) : (
        <p>{t.emptyLibraryHint}</p>
      )}
    </div>
  )
}
