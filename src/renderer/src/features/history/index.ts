/**
 * Version history in the app: a "History" button over the article opens the list of its
 * kept versions (time, author, counts), any of which can be restored; and the choice to make
 * when a save is refused because the article file changed on disk.
 */
import type { ArticleFeature } from '../types'
import { HistoryPanel } from './HistoryPanel'
import { historyUi } from './historyUi'

/** The history feature, registered in features/registry.ts. */
export const historyFeature: ArticleFeature = {
  id: 'history',
  toolbar: (_ctx, { t }) => [
    {
      id: 'history',
      group: 'file',
      icon: 'history',
      label: t.historyAction,
      description: t.historyTip,
      readOnlySafe: true,
      run: () => historyUi.set(true)
    }
  ],
  Panel: HistoryPanel
}
