/**
 * The article side of the window: alerts, the toolbar and status line, the article page, and
 * the annotation panel. It builds the {@link ArticleFeatureContext} of the open article and
 * asks each feature for its plugins, toolbar buttons and panel.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { NewsroomApi } from '@shared/contract'
import { EditorSession, EditorSessionContext } from '../editor/EditorSession'
import { FeatureContext } from '../features/FeatureContext'
import { ReadOnlyBanner } from '../features/access'
import { DeskBar } from '../features/desk/DeskBar'
import { useDeskArticle } from '../features/desk/deskWatch'
import { sharedUndoOf } from '../features/desk/sharedUndo'
import { SettingsButton } from '../features/settings/SettingsButton'
import type { ArticleFeature, ArticleFeatureContext } from '../features/types'
import { useI18n } from '../i18n/I18n'
import { useActions, useUiState } from '../store/StoreContext'
import { AlertRegion } from './AlertRegion'
import { SidePane } from './SidePane'
import { ArticleView } from './ArticleView'
import { StatusMessage } from './StatusMessage'
import { Toolbar } from './Toolbar'

/** Props of {@link ArticleWorkspace}. */
export interface ArticleWorkspaceProps {
  features: readonly ArticleFeature[]
  api: NewsroomApi
}

/** The toolbar, article and annotation panel, wired to the features. */
export function ArticleWorkspace(props: ArticleWorkspaceProps) {
  const { features, api } = props
  const { t } = useI18n()
  const actions = useActions()
  const settings = useUiState((s) => s.settings)
  const libraryReadOnly = useUiState((s) => s.access.readOnly)
  const openId = useUiState((s) => s.article.id)
  // A read-only token on the desk makes its articles read-only here too.
  const deskReadOnly = useDeskArticle(openId)?.readOnly ?? false
  const readOnly = libraryReadOnly || deskReadOnly
  const opened = useUiState((s) => (s.article.status === 'ready' ? s.article.opened : null))
  const [session] = useState(() => new EditorSession())

  // The context reads settings and strings through refs: they change without the article
  // being reopened, and plugins built once per article must still see the current ones.
  const latest = useRef({ settings, t, readOnly, deskReadOnly })
  useEffect(() => {
    latest.current = { settings, t, readOnly, deskReadOnly }
  }, [settings, t, readOnly, deskReadOnly])

  const ctx = useMemo<ArticleFeatureContext | null>(() => {
    if (!opened) return null
    const articleId = opened.article.id
    return {
      articleId,
      opened,
      settings: () => latest.current.settings,
      t: () => latest.current.t,
      save: (changes) => actions.saveArticle(articleId, changes),
      api,
      readOnly: () => latest.current.readOnly,
      refuseReadOnly: () =>
        latest.current.deskReadOnly ? actions.refuseDeskReadOnly() : actions.refuseReadOnly(),
      sharedUndo: () => sharedUndoOf(articleId, api, actions)
    }
  }, [opened, actions, api])

  const plugins = useMemo(
    () => (ctx ? features.flatMap((f) => f.plugins?.(ctx) ?? []) : []),
    [ctx, features]
  )
  const offered = ctx ? features.flatMap((f) => f.toolbar?.(ctx, { t, settings }) ?? []) : []
  // Read-only here: only the actions that change nothing stay on.
  const toolbarActions = readOnly
    ? offered.map((a) => (a.readOnlySafe ? a : { ...a, isEnabled: () => false }))
    : offered

  // A newly opened article starts at its headline. Scrolling forces a layout of the whole
  // article just rendered, so it happens only when the reader had scrolled away: the scroll
  // events say so, read while the layout is fresh anyway.
  const scroller = useRef<HTMLElement>(null)
  const scrolledAway = useRef(false)
  const shownId = useRef<string | null>(null)
  useEffect(() => {
    // The same article read again (others' changes from the desk): the reader stays put.
    const id = opened?.article.id ?? null
    const same = id !== null && id === shownId.current
    shownId.current = id
    if (same || !scrolledAway.current) return
    scrolledAway.current = false
    scroller.current?.scrollTo({ top: 0 })
  }, [opened])

  return (
    <EditorSessionContext.Provider value={session}>
      <FeatureContext.Provider value={ctx}>
        <div className="workspace">
          {/* One grid row for every notice, so the toolbar and article rows stay put. */}
          <div className="workspace-notices">
            <AlertRegion />
            <ReadOnlyBanner />
          </div>
          {/* A named region, so that everything on screen sits in a landmark. */}
          <section className="article-bar" aria-label={t.articleToolsLabel}>
            <Toolbar actions={toolbarActions} />
            <DeskBar />
            <StatusMessage />
            <SettingsButton />
          </section>
          <main
            ref={scroller}
            className="article-scroll"
            aria-label={t.articleLabel}
            onScroll={(event) => {
              scrolledAway.current = event.currentTarget.scrollTop > 0
            }}
          >
            <ArticleView plugins={plugins} />
          </main>
        </div>
        <SidePane features={features} ctx={ctx} />
      </FeatureContext.Provider>
    </EditorSessionContext.Provider>
  )
}
