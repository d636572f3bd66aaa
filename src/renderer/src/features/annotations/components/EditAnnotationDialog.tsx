/**
 * The edit dialog of any annotation, chosen by its kind: the one place that maps a kind to
 * its dialog, for the editor's "What's here" and the panel's Edit buttons alike. A kind
 * added to the model without a case here is a compile error (the `never` below), never a
 * silent fall-through to another kind's dialog.
 */
import type { Annotation } from '@shared/model'
import { LinkDialog } from './LinkDialog'
import { QuoteDialog } from './QuoteDialog'
import { SourceNoteDialog } from './SourceNoteDialog'

/** Quote, source note, or the entity a mention points at. */
export function EditAnnotationDialog(props: { annotation: Annotation; onClose(): void }) {
  const { annotation, onClose } = props
  switch (annotation.kind) {
    case 'quote':
      return <QuoteDialog quoteId={annotation.id} onClose={onClose} />
    case 'source-note':
      return <SourceNoteDialog noteId={annotation.id} onClose={onClose} />
    case 'mention':
      return <LinkDialog mentionId={annotation.id} onClose={onClose} />
    default: {
      const unknownKind: never = annotation
      throw new Error(`No edit dialog for ${(unknownKind as Annotation).kind}`)
    }
  }
}
