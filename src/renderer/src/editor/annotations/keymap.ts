/**
 * Undo and redo for text and annotations alike (one history): Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z
 * and Ctrl+Y. Bind with `keymap(historyKeys)` from prosemirror-keymap.
 */
import { redo, undo } from 'prosemirror-history'
import type { Command } from 'prosemirror-state'

/** The history bindings, in prosemirror-keymap notation. */
export const historyKeys: Record<string, Command> = {
  'Mod-z': undo,
  'Shift-Mod-z': redo,
  'Mod-y': redo
}
