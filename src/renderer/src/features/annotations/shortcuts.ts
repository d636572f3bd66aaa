/**
 * Every key of the annotation feature in one table: the key bindings, the toolbar's key caps
 * and tooltips, and the help sheet all read it, so they cannot disagree. Entity types bring
 * their own keys from the library settings (p person, o organisation…); the fixed actions
 * below take precedence, so a type should not use one of {@link RESERVED_KEYS}.
 */

/** The single keys of the fixed actions (prosemirror-keymap notation). */
export const ACTION_KEYS = {
  quote: 'q',
  link: 'k',
  note: 'n',
  claim: 'v',
  tagAll: 'a',
  inspect: 'i',
  reattach: 't',
  help: '?'
} as const

/** A fixed action with a single key. */
export type KeyedAction = keyof typeof ACTION_KEYS

/** Letters an entity type cannot use as its key: the fixed actions have them. */
export const RESERVED_KEYS: readonly string[] = Object.values(ACTION_KEYS).filter((k) =>
  /^[a-z0-9]$/.test(k)
)

/** Toggles "Edit text" (and Escape leaves it). */
export const EDIT_TEXT_KEY = 'F2'

/** True on macOS, where Mod is the Command key. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
}

/** A chord as shown on a key cap and in `aria-keyshortcuts` ("Control+Shift+Z"). */
export interface Chord {
  /** What the button and the help sheet show. */
  label: string
  /** The `aria-keyshortcuts` value (ARIA's modifier names). */
  aria: string
}

/** A single key: shown upper-case, announced as itself. */
export function singleKey(key: string): Chord {
  const label = key.length === 1 ? key.toUpperCase() : key
  return { label, aria: label }
}

/** The history chords for this platform. */
export function historyChords(mac = isMac()): { undo: Chord; redo: Chord; redoAlt: Chord } {
  const mod = mac ? 'Meta' : 'Control'
  const modLabel = mac ? '⌘' : 'Ctrl+'
  const shiftLabel = mac ? '⇧' : 'Shift+'
  return {
    undo: { label: `${modLabel}Z`, aria: `${mod}+Z` },
    redo: { label: `${modLabel}${shiftLabel}Z`, aria: `${mod}+Shift+Z` },
    redoAlt: { label: `${modLabel}Y`, aria: `${mod}+Y` }
  }
}
