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
