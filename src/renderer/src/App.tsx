/**
 * The window: the library pane on the left, the article workspace (toolbar, article page,
 * annotation panel) beside it, in the UI language.
 */
import { useEffect, type ReactNode } from 'react'
import type { NewsroomApi } from '@shared/contract'
import { ApiContext } from './apiContext'
import { ArticleWorkspace } from './components/ArticleWorkspace'
import { LibraryPane } from './components/LibraryPane'
import type { ArticleFeature } from './features/types'
import { I18nProvider, useI18n } from './i18n/I18n'
import type { UiActions, UiStore } from './store/actions'
import { StoreProvider, useUiState } from './store/StoreContext'

/** Props of {@link App}: everything from outside React, so tests can pass their own. */
export interface AppProps {
  api: NewsroomApi
  store: UiStore
  actions: UiActions
  features: readonly ArticleFeature[]
}

function Shell(props: { api: NewsroomApi; features: readonly ArticleFeature[] }) {
  const { language, t } = useI18n()
  const collapsed = useUiState((s) => s.libraryCollapsed)

  useEffect(() => {
    document.documentElement.lang = language
    document.title = t.appName
  }, [language, t])

  return (
    <div className="app" data-library={collapsed ? 'collapsed' : 'open'}>
      <LibraryPane />
      <ArticleWorkspace api={props.api} features={props.features} />
    </div>
  )
}

function LanguageFromSettings(props: { children: ReactNode }) {
  const setting = useUiState((s) => s.settings.language)
  return <I18nProvider setting={setting}>{props.children}</I18nProvider>
}

/** The whole UI of a window. */
export function App(props: AppProps) {
  return (
    <StoreProvider store={props.store} actions={props.actions}>
      <ApiContext.Provider value={props.api}>
        <LanguageFromSettings>
          <Shell api={props.api} features={props.features} />
        </LanguageFromSettings>
      </ApiContext.Provider>
    </StoreProvider>
  )
}
