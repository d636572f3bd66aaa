/**
 * What each annotation kind looks like in the renderer: the dialog that edits one, how the
 * editor draws it, the panel tab and row that list it. A `Record` over every kind, so a kind
 * added to the model without its views does not compile. What a kind means outside the UI
 * (W3C, CSV, the entities it points at) is in `@shared/annotations/kinds`; its name in each
 * language is `annotationKinds` in the i18n dictionaries (also keyed by kind, so the French
 * one cannot miss a kind either).
 */
import type { ComponentType } from 'react'
import type { AnnotationKind } from '@shared/model'
import { kindDecorations, type KindDecoration } from '@renderer/editor/annotations/decorations'
import { ClaimDialog } from './components/ClaimDialog'
import { LinkDialog } from './components/LinkDialog'
import { QuoteDialog } from './components/QuoteDialog'
import { SourceNoteDialog } from './components/SourceNoteDialog'
import type { RowState } from './panel/PanelList'
import {
  ClaimRowView,
  EntityRowView,
  NoteRowView,
  QuoteRowView,
  type RowContext
} from './panel/PanelRows'
import type { ClaimRow, EntityRow, NoteRow, PanelTab, QuoteRow } from './panel/panelModel'

/** Props of every kind's edit dialog. */
export interface EditDialogProps {
  annotationId: string
  onClose(): void
}

/** The views of one kind; `Row` is the panel row type that lists it. */
export interface AnnotationKindView<K extends AnnotationKind, Row> {
  /** The dialog that edits one annotation of this kind (from the panel or "What's here"). */
  EditDialog: ComponentType<EditDialogProps>
  /** How the editor draws it (classes of its span, its markers, whether it takes a lane). */
  decoration: KindDecoration<K>
  /**
   * Where the panel lists it. A mention is listed through its entity (one row per entity,
   * with the count of its mentions), not one row per mention. Null: the panel does not list
   * the kind ("What's here" still shows it).
   */
  panel: {
    tab: PanelTab
    RowView: ComponentType<{ row: Row; state: RowState; ctx: RowContext }>
  } | null
}

/** The panel row that lists each kind. */
interface PanelRowOfKind {
  quote: QuoteRow
  mention: EntityRow
  'source-note': NoteRow
  claim: ClaimRow
}

/** Every kind's views. Look one up with `annotationKindViews[annotation.kind]`. */
export const annotationKindViews: {
  readonly [K in AnnotationKind]: AnnotationKindView<K, PanelRowOfKind[K]>
} = {
  quote: {
    EditDialog: ({ annotationId, onClose }) => (
      <QuoteDialog quoteId={annotationId} onClose={onClose} />
    ),
    decoration: kindDecorations.quote,
    panel: { tab: 'quotes', RowView: QuoteRowView }
  },
  mention: {
    EditDialog: ({ annotationId, onClose }) => (
      <LinkDialog mentionId={annotationId} onClose={onClose} />
    ),
    decoration: kindDecorations.mention,
    panel: { tab: 'entities', RowView: EntityRowView }
  },
  'source-note': {
    EditDialog: ({ annotationId, onClose }) => (
      <SourceNoteDialog noteId={annotationId} onClose={onClose} />
    ),
    decoration: kindDecorations['source-note'],
    panel: { tab: 'notes', RowView: NoteRowView }
  },
  claim: {
    EditDialog: ({ annotationId, onClose }) => (
      <ClaimDialog claimId={annotationId} onClose={onClose} />
    ),
    decoration: kindDecorations.claim,
    panel: { tab: 'claims', RowView: ClaimRowView }
  }
}
