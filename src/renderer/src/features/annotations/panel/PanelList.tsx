/**
 * One list of the panel, virtualised (@tanstack/react-virtual): only the rows in view, plus
 * a few either side and the active one, are in the DOM, so a list of 10,000 annotations
 * scrolls and filters without delay.
 *
 * Keyboard: the list is one tab stop (roving tabindex on the active row's controls). Up and
 * Down move between items (speaker headings are skipped), Home and End go to the ends, Page
 * Up and Page Down jump ten items; Enter chooses (the row's own button), E or F2 edits, and
 * Delete or Backspace deletes. Moving keeps the active row rendered and in view.
 */
import { useVirtualizer, defaultRangeExtractor, type Range } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import { edgeItemIndex, isItemRow, nextItemIndex, type ItemRow, type PanelRow } from './panelModel'

/** What a row renderer is told. */
export interface RowState {
  /** The row is the list's current one (its controls are the tab stop). */
  active: boolean
  /** tabIndex for the row's controls. */
  tabIndex: 0 | -1
}

/** Props of {@link PanelList}. */
export interface PanelListProps {
  rows: readonly PanelRow[]
  /** Accessible name of the list. */
  label: string
  /** Id of the element that explains the keys. */
  describedBy?: string
  /** The active row's index, or -1. */
  activeIndex: number
  /** The user moved to a row: by keys (`focus`: move the focus there too), or by focusing it. */
  onActiveChange(index: number, focus: boolean): void
  /** Asks for the active row's main control to be focused after the next render. */
  focusRequest: number
  renderRow(row: PanelRow, state: RowState): ReactNode
  onEdit(row: ItemRow): void
  onDelete(row: ItemRow): void
}

/** Height guesses before a row is measured (they only affect the scrollbar at first). */
function estimate(row: PanelRow | undefined): number {
  switch (row?.kind) {
    case 'group':
      return 34
    case 'entity':
      return 62
    case 'quote':
      return 86
    default:
      return 92
  }
}

const PAGE = 10

/** A virtualised, keyboard-navigable list of panel rows. */
export function PanelList(props: PanelListProps) {
  const { rows, activeIndex, onActiveChange, focusRequest, renderRow, onEdit, onDelete } = props
  const scroller = useRef<HTMLDivElement>(null)
  const tabbable =
    activeIndex >= 0 && activeIndex < rows.length ? activeIndex : edgeItemIndex(rows, 'first')
  // The active row stays rendered even when scrolled away, so focus is never lost with it. A
  // new extractor for each active row makes the virtualizer recompute what it renders.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (tabbable >= 0 && tabbable < range.count && !indexes.includes(tabbable)) {
        indexes.push(tabbable)
        indexes.sort((a, b) => a - b)
      }
      return indexes
    },
    [tabbable]
  )

  // The same functions while the rows are the same: the virtualizer measures every row again
  // (10,000 of them) whenever it is handed a new one, on each render of the panel.
  const estimateSize = useCallback((i: number) => estimate(rows[i]), [rows])
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    rangeExtractor
  })

  // Focus the active row's main control when asked (after keys, a delete, a filter change).
  const lastFocus = useRef(focusRequest)
  useLayoutEffect(() => {
    if (focusRequest === lastFocus.current) return
    lastFocus.current = focusRequest
    if (tabbable < 0) return
    virtualizer.scrollToIndex(tabbable, { align: 'auto' })
    const target = scroller.current?.querySelector<HTMLElement>(
      `[data-index="${tabbable}"] [data-row-main]`
    )
    target?.focus({ preventScroll: true })
  }, [focusRequest, tabbable, virtualizer])

  // Keep the active row in view when it changes by other means (a reveal, a search).
  useEffect(() => {
    if (tabbable >= 0 && tabbable < rows.length)
      virtualizer.scrollToIndex(tabbable, { align: 'auto' })
  }, [tabbable, rows.length, virtualizer])

  function moveTo(index: number) {
    if (index < 0) return
    onActiveChange(index, true)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement
    // Inputs inside a row (none today) keep their keys.
    if (target.closest('input, textarea, select')) return
    const from = tabbable
    const row = rows[from]
    let handled = true
    switch (event.key) {
      case 'ArrowDown':
        moveTo(from < 0 ? edgeItemIndex(rows, 'first') : nextItemIndex(rows, from, 1))
        break
      case 'ArrowUp':
        moveTo(nextItemIndex(rows, from, -1))
        break
      case 'Home':
        moveTo(edgeItemIndex(rows, 'first'))
        break
      case 'End':
        moveTo(edgeItemIndex(rows, 'last'))
        break
      case 'PageDown':
      case 'PageUp': {
        const step = event.key === 'PageDown' ? 1 : -1
        let at = from
        for (let n = 0; n < PAGE; n++) {
          const next = nextItemIndex(rows, at, step)
          if (next < 0) break
          at = next
        }
        moveTo(at)
        break
      }
      case 'Delete':
      case 'Backspace':
        if (row && isItemRow(row)) onDelete(row)
        break
      case 'F2':
        if (row && isItemRow(row)) onEdit(row)
        break
      case 'e':
      case 'E':
        if (event.ctrlKey || event.metaKey || event.altKey) handled = false
        else if (row && isItemRow(row)) onEdit(row)
        break
      default:
        handled = false
    }
    if (handled) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div ref={scroller} className="panel-list" onKeyDown={onKeyDown}>
      <div
        role="list"
        aria-label={props.label}
        aria-describedby={props.describedBy}
        className="panel-list-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const active = item.index === tabbable
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              data-kind={row.kind}
              data-active={active || undefined}
              ref={virtualizer.measureElement}
              className="panel-row"
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => {
                if (isItemRow(row) && item.index !== activeIndex) onActiveChange(item.index, false)
              }}
            >
              {renderRow(row, { active, tabIndex: active ? 0 : -1 })}
            </div>
          )
        })}
      </div>
    </div>
  )
}
