/**
 * The editor-side UI state of the annotation feature, kept in a small ProseMirror plugin so
 * that key bindings, toolbar buttons and the React dialogs all read one source: whether the
 * text is being edited, and which dialog (if any) an action asked for, over which range.
 *
 * Requests carry positions; they are mapped through every transaction so a dialog always
 * acts on the text it was opened for. Nothing here is recorded in the history.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'

/** A dialog an action asked for. Ranges are ProseMirror positions over the current doc. */
export type DialogRequest =
  | { kind: 'quote'; from: number; to: number }
  | { kind: 'link'; from: number; to: number }
  | { kind: 'note'; from: number; to: number }
  | {
      kind: 'tagAll'
      from: number
      to: number
      /** The entity whose mentions to look for; null: the selected words, entity to choose. */
      entityId: string | null
    }
  | { kind: 'reattach'; from: number; to: number }
  | { kind: 'inspect'; from: number; to: number }
  | { kind: 'help' }

/** The plugin's state. */
export interface AnnotateUiState {
  /** True while "Edit text" is on: the view is editable and single-key shortcuts are off. */
  readonly editing: boolean
  /** The dialog to show, or null. */
  readonly dialog: DialogRequest | null
}

/** Transient actions on the UI state. */
export type AnnotateUiMeta =
  { type: 'open'; dialog: DialogRequest } | { type: 'close' } | { type: 'editing'; on: boolean }

/** The key of the UI plugin (state and metas). */
export const annotateUiKey = new PluginKey<AnnotateUiState>('annotateUi')

const INITIAL: AnnotateUiState = { editing: false, dialog: null }

/** A request's range mapped through a transaction. */
function mapDialog(dialog: DialogRequest, tr: Transaction): DialogRequest {
  if (dialog.kind === 'help') return dialog
  const from = tr.mapping.map(dialog.from, 1)
  const to = Math.max(from, tr.mapping.map(dialog.to, -1))
  return { ...dialog, from, to }
}

/** The next UI state; pure. */
export function reduceAnnotateUi(
  state: AnnotateUiState,
  tr: Transaction,
  meta: AnnotateUiMeta | undefined
): AnnotateUiState {
  let next = state
  if (tr.docChanged && next.dialog) next = { ...next, dialog: mapDialog(next.dialog, tr) }
  if (!meta) return next
  switch (meta.type) {
    case 'open':
      return { ...next, dialog: meta.dialog }
    case 'close':
      return next.dialog ? { ...next, dialog: null } : next
    case 'editing':
      return next.editing === meta.on ? next : { ...next, editing: meta.on }
  }
}

/** The UI plugin. */
export function annotateUiPlugin(): Plugin<AnnotateUiState> {
  return new Plugin<AnnotateUiState>({
    key: annotateUiKey,
    state: {
      init: () => INITIAL,
      apply: (tr, value) => reduceAnnotateUi(value, tr, tr.getMeta(annotateUiKey))
    }
  })
}

/** The UI state of an editor state (the initial one when the plugin is missing). */
export function annotateUiOf(state: EditorState): AnnotateUiState {
  return annotateUiKey.getState(state) ?? INITIAL
}

/** True while "Edit text" is on. */
export function isEditingText(state: EditorState): boolean {
  return annotateUiOf(state).editing
}

/** Selects the open dialog (for `useEditorState`: the same object while unchanged). */
export function selectDialog(state: EditorState): DialogRequest | null {
  return annotateUiOf(state).dialog
}

/** A transaction that asks for a dialog. */
export function openDialog(state: EditorState, dialog: DialogRequest): Transaction {
  const meta: AnnotateUiMeta = { type: 'open', dialog }
  return state.tr.setMeta(annotateUiKey, meta).setMeta('addToHistory', false)
}

/** A transaction that closes the dialog. */
export function closeDialog(state: EditorState): Transaction {
  const meta: AnnotateUiMeta = { type: 'close' }
  return state.tr.setMeta(annotateUiKey, meta).setMeta('addToHistory', false)
}

/** A transaction that turns "Edit text" on or off. */
export function setEditing(state: EditorState, on: boolean): Transaction {
  const meta: AnnotateUiMeta = { type: 'editing', on }
  return state.tr.setMeta(annotateUiKey, meta).setMeta('addToHistory', false)
}
