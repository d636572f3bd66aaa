/**
 * The few icons of the UI, as inline SVG (no icon font to download). Decorative: the
 * buttons that carry them have their own accessible names.
 */
import type { ReactNode } from 'react'

function Icon(props: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {props.children}
    </svg>
  )
}

/** A pencil: rename. */
export function RenameIcon() {
  return (
    <Icon>
      <path
        d="M11.5 2.5l2 2-8 8H3.5v-2z M10 4l2 2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
      />
    </Icon>
  )
}

/** A bin: move to trash. */
export function TrashIcon() {
  return (
    <Icon>
      <path
        d="M3 4.5h10 M6.5 4.5V3h3v1.5 M4.5 4.5l.7 8.5h5.6l.7-8.5 M7 7v4 M9 7v4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
      />
    </Icon>
  )
}

/** A chevron pointing left (hide) or right (show). */
export function ChevronIcon(props: { direction: 'left' | 'right' }) {
  return (
    <Icon>
      <path
        d={props.direction === 'left' ? 'M10 3L5 8l5 5' : 'M6 3l5 5-5 5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </Icon>
  )
}

/** A plus: new article. */
export function PlusIcon() {
  return (
    <Icon>
      <path d="M8 3v10 M3 8h10" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </Icon>
  )
}

/** An arrow into a tray: import a file. */
export function ImportIcon() {
  return (
    <Icon>
      <path
        d="M8 2.5v7 M5 6.5l3 3 3-3 M3 10.5v2.5h10v-2.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
      />
    </Icon>
  )
}

/** A line drawing in the 16×16 box, stroked in the text colour. */
function Stroke(props: { d: string }) {
  return (
    <Icon>
      <path
        d={props.d}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Icon>
  )
}

/**
 * The toolbar's icons by name: an action names its icon (`ToolbarAction.icon`), so a
 * feature stays plain data and the drawings live here.
 */
export const TOOLBAR_ICONS = {
  /** Quotation marks. */
  quote: () => (
    <Stroke d="M3 10.5c0-3 1-5 3-6 M3 10.5h2.5v2.5H3z M9 10.5c0-3 1-5 3-6 M9 10.5h2.5v2.5H9z" />
  ),
  /** Two chain links. */
  link: () => (
    <Stroke d="M6.8 9.2l2.4-2.4 M7.5 4.6l1.2-1.2a2.4 2.4 0 013.4 3.4l-1.2 1.2 M8.5 11.4l-1.2 1.2a2.4 2.4 0 01-3.4-3.4l1.2-1.2" />
  ),
  /** A page with a folded corner and lines: a source note. */
  note: () => <Stroke d="M4 2.5h5.5L12 5v8.5H4z M9.5 2.5V5H12 M6 8h4 M6 10.5h4" />,
  /** Three marks in a column: every occurrence. */
  tagAll: () => <Stroke d="M3 4h1.5 M3 8h1.5 M3 12h1.5 M7 4h6 M7 8h6 M7 12h6" />,
  /** An arrow turning back. */
  undo: () => <Stroke d="M5.5 3.5L3 6l2.5 2.5 M3 6h6.5a3.5 3.5 0 010 7H7" />,
  /** An arrow turning forward. */
  redo: () => <Stroke d="M10.5 3.5L13 6l-2.5 2.5 M13 6H6.5a3.5 3.5 0 000 7H9" />,
  /** A text cursor between lines: edit the text. */
  editText: () => <Stroke d="M8 3v10 M6 3h4 M6 13h4 M2.5 6h2 M11.5 6h2 M2.5 10h2 M11.5 10h2" />,
  /** A hook back onto a line: re-attach an orphan. */
  reattach: () => <Stroke d="M3 13h10 M11 3.5a4 4 0 00-6 3.5v3 M3 8l2 2 2-2" />,
  /** An arrow out of a tray. */
  export: () => <Stroke d="M8 9.5v-7 M5 5.5l3-3 3 3 M3 10.5v2.5h10v-2.5" />,
  /** An arrow into a tray. */
  import: () => <Stroke d="M8 2.5v7 M5 6.5l3 3 3-3 M3 10.5v2.5h10v-2.5" />,
  /** A page with a tick: the fact-check report. */
  report: () => <Stroke d="M4 2.5h8v11H4z M6 8.5l1.5 1.5 3-3" />,
  /** A clock face: earlier versions. */
  history: () => <Stroke d="M8 2.5a5.5 5.5 0 110 11a5.5 5.5 0 010-11 M8 5v3l2 1.5" />,
  /** A balance: a claim to check. */
  claim: () => <Stroke d="M8 2.5v11 M5 13.5h6 M3 5h10 M3 5l-1.5 4h3z M13 5l-1.5 4h3z" />
} as const

/** The name of a toolbar icon. */
export type ToolbarIconName = keyof typeof TOOLBAR_ICONS
