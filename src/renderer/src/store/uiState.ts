/**
 * The UI state of the window and the pure reducer that changes it. Side effects (calls to
 * main, localStorage) live in `actions.ts`; this file only says how the state moves.
 */
import {
  defaultLibrarySettings,
  type ArticleFile,
  type ArticleSummary,
  type DamagedFile,
  type LibrarySettings
} from '@shared/model'
import type { LibraryAccess, LibraryListing } from '@shared/contract'
import { countOpenChecks } from '@shared/memory/checks'
import type { Messages } from '../i18n/strings'
import type { ArticleChanges } from './actions'
import { savedFile } from './savedFile'

/** A message for the role=alert region: what went wrong and what to do. */
export interface UiAlert {
  id: string
  /** Worded at render time, so it follows the UI language. */
  text: (t: Messages) => string
  /** Offered as a "Try again" button when the failed step can simply be repeated. */
  retry?: () => void
}

/** The message of the single role=status element (save status, notices). */
export interface UiStatus {
  /** Increases with each message, so repeating one still gets announced. */
  serial: number
  text: (t: Messages) => string
}

/** The library listing as last read from main. */
export interface LibraryState {
  status: 'loading' | 'ready' | 'failed'
  folder: string
  articles: ArticleSummary[]
  damaged: DamagedFile[]
}

/** The article shown in the middle pane. */
export interface OpenArticleState {
  /** The article asked for (also while it loads); null when none is open. */
  id: string | null
  status: 'idle' | 'loading' | 'ready' | 'failed'
  /** The article exactly as it was loaded; the same object until the next load. */
  opened: ArticleFile | null
  /** The article as last loaded or saved (annotations, title and blocks kept in step). */
  file: ArticleFile | null
  /** Increases with every load, so views built from a file know when to rebuild. */
  generation: number
}

/**
 * A save refused because the article file changed on disk since it was opened: the changes
 * that were not written, and main's message, until the user chooses whose version to keep.
 */
export interface SaveConflict {
  id: string
  changes: ArticleChanges
  message: string
}

/** Everything the window shows that is not inside the editor. */
export interface UiState {
  /** Whether this window may change the library (another one may hold it). */
  access: LibraryAccess
  conflict: SaveConflict | null
  library: LibraryState
  /** The user closed the damage notice for the files listed at that time. */
  damageDismissed: boolean
  libraryCollapsed: boolean
  settings: LibrarySettings
  article: OpenArticleState
  alerts: UiAlert[]
  status: UiStatus | null
}

/** Every change the UI state can go through. */
export type UiAction =
  | { type: 'library/loading' }
  | { type: 'library/loaded'; listing: LibraryListing }
  | { type: 'library/failed' }
  | { type: 'library/toggled' }
  | { type: 'damage/dismissed' }
  | { type: 'settings/loaded'; settings: LibrarySettings }
  | { type: 'article/opening'; id: string }
  | { type: 'article/opened'; file: ArticleFile }
  | { type: 'article/failed'; id: string }
  | { type: 'article/closed' }
  | { type: 'article/renamed'; summary: ArticleSummary }
  | {
      type: 'article/saved'
      id: string
      updatedAt: string
      /** The whole of what was saved, worked out when first asked (see savedFile.ts). */
      saved: () => ArticleChanges
      /** The article's line in the library as main saved it, when main said. */
      summary?: ArticleSummary
    }
  | { type: 'alert/raised'; alert: UiAlert }
  | { type: 'alert/dismissed'; id: string }
  | { type: 'status/shown'; text: UiStatus['text'] }
  | { type: 'status/cleared' }
  | { type: 'access/loaded'; access: LibraryAccess }
  | { type: 'conflict/raised'; conflict: SaveConflict }
  | { type: 'conflict/resolved' }

/** The state of a window that has just opened. */
export function initialUiState(libraryCollapsed = false): UiState {
  return {
    access: { readOnly: false },
    conflict: null,
    library: { status: 'loading', folder: '', articles: [], damaged: [] },
    damageDismissed: false,
    libraryCollapsed,
    settings: defaultLibrarySettings(),
    article: { id: null, status: 'idle', opened: null, file: null, generation: 0 },
    alerts: [],
    status: null
  }
}

function sameFiles(a: readonly DamagedFile[], b: readonly DamagedFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.quarantinedAs === b[i].quarantinedAs)
}

/** How the UI state moves; pure. */
export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'library/loading':
      return { ...state, library: { ...state.library, status: 'loading' } }
    case 'library/loaded': {
      const { folder, articles, damaged } = action.listing
      // A dismissed damage notice comes back only when other files turn out damaged.
      const damageDismissed = state.damageDismissed && sameFiles(state.library.damaged, damaged)
      return { ...state, library: { status: 'ready', folder, articles, damaged }, damageDismissed }
    }
    case 'library/failed':
      return { ...state, library: { ...state.library, status: 'failed' } }
    case 'library/toggled':
      return { ...state, libraryCollapsed: !state.libraryCollapsed }
    case 'damage/dismissed':
      return { ...state, damageDismissed: true }
    case 'settings/loaded':
      return { ...state, settings: action.settings }
    case 'article/opening':
      return { ...state, article: { ...state.article, id: action.id, status: 'loading' } }
    case 'article/opened':
      // An answer for an article the user has since left is dropped.
      if (action.file.article.id !== state.article.id) return state
      return {
        ...state,
        article: {
          id: action.file.article.id,
          status: 'ready',
          opened: action.file,
          file: action.file,
          generation: state.article.generation + 1
        }
      }
    case 'article/failed':
      if (action.id !== state.article.id) return state
      return { ...state, article: { ...state.article, status: 'failed', opened: null, file: null } }
    case 'article/closed':
      return {
        ...state,
        article: {
          id: null,
          status: 'idle',
          opened: null,
          file: null,
          generation: state.article.generation
        }
      }
    case 'article/renamed': {
      const { summary } = action
      const articles = state.library.articles.map((a) => (a.id === summary.id ? summary : a))
      const file = state.article.file
      const renamed =
        file && file.article.id === summary.id
          ? {
              ...file,
              article: { ...file.article, title: summary.title, updatedAt: summary.updatedAt }
            }
          : file
      return {
        ...state,
        library: { ...state.library, articles },
        article: { ...state.article, file: renamed }
      }
    }
    case 'article/saved': {
      const { id, updatedAt, saved, summary } = action
      const articles = state.library.articles.map((a) => {
        if (a.id !== id) return a
        if (summary) return { ...a, ...summary }
        const { annotations } = saved()
        return {
          ...a,
          updatedAt,
          annotationCount: annotations.length,
          toCheck: countOpenChecks(annotations)
        }
      })
      const file = state.article.file
      // The editor already shows what was saved: keep the file in step without a new
      // generation, so nothing is rebuilt, and without working out the saved layer until
      // something reads it.
      const updated = file && file.article.id === id ? savedFile(file, updatedAt, saved) : file
      return {
        ...state,
        library: { ...state.library, articles },
        article: { ...state.article, file: updated }
      }
    }
    case 'alert/raised':
      return {
        ...state,
        alerts: [...state.alerts.filter((a) => a.id !== action.alert.id), action.alert]
      }
    case 'alert/dismissed': {
      const alerts = state.alerts.filter((a) => a.id !== action.id)
      return alerts.length === state.alerts.length ? state : { ...state, alerts }
    }
    case 'status/shown':
      return { ...state, status: { serial: (state.status?.serial ?? 0) + 1, text: action.text } }
    case 'status/cleared':
      return state.status ? { ...state, status: null } : state
    case 'access/loaded':
      return { ...state, access: action.access }
    case 'conflict/raised':
      return { ...state, conflict: action.conflict }
    case 'conflict/resolved':
      return state.conflict ? { ...state, conflict: null } : state
  }
}
