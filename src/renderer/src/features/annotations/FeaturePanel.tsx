/**
 * What the annotation feature puts in the right-hand pane: its editor layer (dialogs, hover
 * card, caret, notices; nothing visible in the pane itself) and the annotation panel.
 */
import { useT } from '../../i18n/I18n'
import type { ArticleFeatureContext } from '../types'
import { AnnotateLayer } from './components/AnnotateLayer'

/** Until the panel lands: the shell's empty state, so the pane says what to do next. */
function PanelPlaceholder() {
  const t = useT()
  return (
    <div className="empty-state">
      <p className="empty-title">{t.annotationsEmpty}</p>
      <p>{t.annotationsEmptyHint}</p>
    </div>
  )
}

/** The feature's panel component (`ArticleFeature.Panel`). */
export function AnnotationsFeaturePanel(props: { ctx: ArticleFeatureContext }) {
  return (
    <>
      <AnnotateLayer ctx={props.ctx} />
      <PanelPlaceholder />
    </>
  )
}
