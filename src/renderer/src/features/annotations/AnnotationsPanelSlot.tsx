/**
 * What the annotation feature puts in the right-hand pane: its editor overlays (dialogs, hover
 * card, caret, notices; nothing visible in the pane itself) and the annotation panel.
 */
import type { ArticleFeatureContext } from '../types'
import { EditorOverlays } from './components/EditorOverlays'
import { AnnotationsPanel } from './panel/AnnotationsPanel'

/** The feature's panel component (`ArticleFeature.Panel`). */
export function AnnotationsPanelSlot(props: { ctx: ArticleFeatureContext }) {
  return (
    <>
      <EditorOverlays ctx={props.ctx} />
      <AnnotationsPanel ctx={props.ctx} />
    </>
  )
}
