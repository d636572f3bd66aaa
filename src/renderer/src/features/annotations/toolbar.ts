/**
 * The feature's toolbar buttons, one per action, each showing its key (the tooltip names it
 * too), in their groups: Quote, one button per entity type of the settings, Link, Source
 * note, Claim and Tag all annotate; Undo, Redo, Edit text and Re-attach edit; Help. The buttons run the same commands as the keys ("What's
 * here" is I, listed in the help sheet; the pointer has the hover card for it).
 */
import type { LibrarySettings } from '@shared/model'
import { hasOrphans } from '@renderer/editor/annotations'
import type { Messages } from '@renderer/i18n/strings'
import type { ToolbarAction } from '../types'
import type { AnnotateActions } from './annotateActions'
import { typeLabel } from './describe'
import { ACTION_KEYS, EDIT_TEXT_KEY, historyChords, RESERVED_KEYS, singleKey } from './shortcuts'
import { isEditingText } from './annotateUi'

/** The toolbar of the annotation feature. */
export function annotateToolbar(
  actions: AnnotateActions,
  env: { t: Messages; settings: LibrarySettings }
): ToolbarAction[] {
  const { t, settings } = env
  const key = (k: string) => singleKey(k).label
  const chords = historyChords()

  const types: ToolbarAction[] = settings.entityTypes.map((type) => {
    const name = typeLabel(type.id, settings.entityTypes, t)
    // A key a fixed action owns cannot reach this type; the button still works.
    const usable = !RESERVED_KEYS.includes(type.key)
    return {
      id: `type:${type.id}`,
      group: 'annotate',
      label: name,
      shortcut: usable ? key(type.key) : undefined,
      color: type.color,
      description: usable ? t.tagTypeTip(name, key(type.key)) : name,
      run: (view) => actions.tagAs(type.id)(view.state, view.dispatch, view)
    }
  })

  return [
    {
      id: 'quote',
      group: 'annotate',
      icon: 'quote',
      label: t.quoteAction,
      shortcut: key(ACTION_KEYS.quote),
      description: t.quoteTip,
      run: (view) => actions.quote(view.state, view.dispatch, view)
    },
    ...types,
    {
      id: 'link',
      group: 'annotate',
      icon: 'link',
      label: t.linkAction,
      shortcut: key(ACTION_KEYS.link),
      description: t.linkTip,
      run: (view) => actions.link(view.state, view.dispatch, view)
    },
    {
      id: 'note',
      group: 'annotate',
      icon: 'note',
      label: t.noteAction,
      shortcut: key(ACTION_KEYS.note),
      description: t.noteTip,
      run: (view) => actions.note(view.state, view.dispatch, view)
    },
    {
      id: 'claim',
      group: 'annotate',
      icon: 'claim',
      label: t.claimAction,
      shortcut: key(ACTION_KEYS.claim),
      description: t.claimTip,
      run: (view) => actions.claim(view.state, view.dispatch, view)
    },
    {
      id: 'tag-all',
      group: 'annotate',
      icon: 'tagAll',
      label: t.tagAllAction,
      shortcut: key(ACTION_KEYS.tagAll),
      description: t.tagAllTip,
      run: (view) => actions.tagAll(view.state, view.dispatch, view)
    },
    {
      id: 'undo',
      group: 'edit',
      icon: 'undo',
      label: t.undoAction,
      // The short form on the cap ("Ctrl+Z"): the toolbar is crowded, the tooltip says all.
      shortcut: chords.undo.label,
      description: t.undoTip(chords.undo.label),
      run: (view) => actions.undo(view.state, view.dispatch, view),
      isEnabled: (state) => actions.canUndo(state)
    },
    {
      id: 'redo',
      group: 'edit',
      icon: 'redo',
      label: t.redoAction,
      shortcut: chords.redoAlt.label,
      description: t.redoTip(chords.redo.label, chords.redoAlt.label),
      run: (view) => actions.redo(view.state, view.dispatch, view),
      isEnabled: (state) => actions.canRedo(state)
    },
    {
      id: 'edit-text',
      group: 'edit',
      icon: 'editText',
      label: t.editTextAction,
      shortcut: EDIT_TEXT_KEY,
      description: t.editTextTip,
      run: (view) => actions.toggleEditText(view.state, view.dispatch, view),
      isActive: isEditingText
    },
    {
      id: 'reattach',
      group: 'edit',
      icon: 'reattach',
      label: t.reattachAction,
      shortcut: key(ACTION_KEYS.reattach),
      description: t.reattachTip,
      run: (view) => actions.reattach(view.state, view.dispatch, view),
      isEnabled: hasOrphans
    },
    {
      id: 'help',
      group: 'help',
      label: t.helpAction,
      shortcut: ACTION_KEYS.help,
      description: t.helpTip,
      run: (view) => actions.help(view.state, view.dispatch, view)
    }
  ]
}
