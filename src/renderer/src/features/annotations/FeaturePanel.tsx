/**
 * What the annotation feature puts in the right-hand pane: its editor layer (dialogs, hover
 * card, caret, notices; nothing visible in the pane itself) and the annotation panel.
 */
import type { ArticleFeatureContext } from '../types'
import { AnnotateLayer } from './components/AnnotateLayer'
import { AnnotationsPanel } from './panel/AnnotationsPanel'

/** The feature's panel component (`ArticleFeature.Panel`). */
export function AnnotationsFeaturePanel(props: { ctx: ArticleFeatureContext }) {
  return (
    <>
      <AnnotateLayer ctx={props.ctx} />
      <AnnotationsPanel ctx={props.ctx} />
    </>
  )
}
