/**
 * What the history feature mounts beside the open article (its `Panel` slot): nothing
 * visible in the pane, only the History dialog while it is open, and the choice to make
 * when a save of this article was refused because its file changed on disk.
 */
import { useSyncExternalStore } from 'react'
import { useUiState } from '@renderer/store/StoreContext'
import type { ArticleFeatureContext } from '../types'
import { ChangedOnDiskDialog } from './ChangedOnDiskDialog'
import { HistoryDialog } from './HistoryDialog'
import { historyUi } from './historyUi'
import './history.css'

/** The feature's panel component (`ArticleFeature.Panel`). */
export function HistoryPanel(props: { ctx: ArticleFeatureContext }) {
  const open = useSyncExternalStore(historyUi.subscribe, historyUi.get, historyUi.get)
  const conflict = useUiState((s) => s.conflict)
  if (conflict && conflict.id === props.ctx.articleId) {
    return <ChangedOnDiskDialog message={conflict.message} />
  }
  return open ? <HistoryDialog ctx={props.ctx} onClose={() => historyUi.set(false)} /> : null
}
