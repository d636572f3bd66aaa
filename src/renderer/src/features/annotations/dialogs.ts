/**
 * The annotation dialogs, for use anywhere under the article workspace (the panel's Edit
 * buttons). Each reads the editor through `useEditorView`, runs one undoable command, stamps
 * the author and time, and calls `onClose` when done or cancelled.
 *
 *   <QuoteDialog quoteId={id} onClose={...} />           speaker, kind, status, comment
 *   <SourceNoteDialog noteId={id} onClose={...} />       note, kind, title, URL, date
 *   <LinkDialog mentionId={id} onClose={...} />          point a mention at another entity
 *   <EditAnnotationDialog annotation={a} onClose={...}/> whichever of the three fits
 *   <ReattachDialog range={{from,to}} orphanId={id} onClose={...} />
 *
 * `describeAnnotation` and `typeLabel` word an annotation and an entity type as the hover
 * card does.
 */
export { QuoteDialog, type QuoteDialogProps } from './components/QuoteDialog'
export { SourceNoteDialog, type SourceNoteDialogProps } from './components/SourceNoteDialog'
export { LinkDialog, type LinkDialogProps } from './components/LinkDialog'
export { ReattachDialog, type ReattachDialogProps } from './components/ReattachDialog'
export { EditAnnotationDialog, returnToText } from './components/AnnotateLayer'
export { describeAnnotation, typeLabel, type AnnotationDescription } from './describe'
export { editQuote, type QuoteFieldsEdit } from './commands/editQuote'
