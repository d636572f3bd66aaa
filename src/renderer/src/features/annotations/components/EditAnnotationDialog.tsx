/**
 * The edit dialog of any annotation, as its kind's views name it (`annotationKindViews`): the
 * one place that opens a kind's dialog, for the editor's "What's here" and the panel's Edit
 * buttons alike. The views are a record over every kind, so a kind without a dialog does not
 * compile, and none falls through to another kind's dialog.
 */
import type { Annotation } from '@shared/model'
import { annotationKindViews } from '../kindViews'

/** The dialog that edits this annotation. */
export function EditAnnotationDialog(props: { annotation: Annotation; onClose(): void }) {
  const { EditDialog } = annotationKindViews[props.annotation.kind]
  return <EditDialog annotationId={props.annotation.id} onClose={props.onClose} />
}
