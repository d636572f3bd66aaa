/**
 * The window's remembered size and position. Pure: reading and fitting saved bounds to the
 * displays present now (a monitor may have been unplugged since).
 */

/** A rectangle in screen coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What is remembered between runs. */
export interface WindowState extends Rect {
  maximized: boolean
}

/** Size of a first window. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 }
/** Smallest sensible window: three panes still fit. */
export const MIN_WINDOW_SIZE = { width: 760, height: 480 }

/** Parses a saved state; anything malformed gives undefined (the defaults are used then). */
export function parseWindowState(text: string): WindowState | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Record<string, unknown>
  const numbers = [v.x, v.y, v.width, v.height]
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined
  return {
    x: Math.round(v.x as number),
    y: Math.round(v.y as number),
    width: Math.round(v.width as number),
    height: Math.round(v.height as number),
    maximized: v.maximized === true
  }
}

/**
 * The saved bounds if the window would still be reachable on one of `workAreas` (its title bar
 * area overlaps a display by a useful amount), clamped to the minimum size; otherwise
 * undefined so the window opens centred with the default size.
 */
export function fitToDisplays(
  state: WindowState,
  workAreas: readonly Rect[]
): WindowState | undefined {
  const width = Math.max(state.width, MIN_WINDOW_SIZE.width)
  const height = Math.max(state.height, MIN_WINDOW_SIZE.height)
  const titleBar: Rect = { x: state.x, y: state.y, width, height: 40 }
  const visible = workAreas.some((area) => overlap(titleBar, area) >= 100 * 20)
  return visible ? { ...state, width, height } : undefined
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}
