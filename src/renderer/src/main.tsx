/**
 * Entry of the renderer: makes the API, the UI store and its actions, renders the window and
 * loads the library. Loading starts outside React so that StrictMode's double effects in
 * development do not read the library twice.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'prosemirror-view/style/prosemirror.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/library.css'
import './styles/article.css'
import './editor/annotations/annotations.css'
import { getApi } from './api'
import { App } from './App'
import { articleFeatures } from './features/articleFeatures'
import { createActions } from './store/actions'
import { createStore } from './store/createStore'
import { initialUiState, uiReducer } from './store/uiState'

const COLLAPSED_KEY = 'newsroom.libraryCollapsed'

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === 'true'
  } catch {
    return false
  }
}

const api = getApi()
const store = createStore(uiReducer, initialUiState(readCollapsed()))
const actions = createActions(api, store)

// Remember whether the library pane was hidden, for the next launch.
let collapsed = store.getState().libraryCollapsed
store.subscribe(() => {
  const now = store.getState().libraryCollapsed
  if (now === collapsed) return
  collapsed = now
  try {
    localStorage.setItem(COLLAPSED_KEY, String(now))
  } catch {
    // Storage refused (private window): the pane simply opens expanded next time.
  }
})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App api={api} store={store} actions={actions} features={articleFeatures} />
  </StrictMode>
)
void actions.start()
