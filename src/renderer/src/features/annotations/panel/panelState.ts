/**
 * What the annotation panel remembers between renders, as one pure reducer: the open tab,
 * the search and filters, the active row of each tab, the focus requests, the edit dialog
 * and the notice under the lists. The rows themselves are not here: they are computed from
 * the annotation layer by `buildPanel` (panelModel.ts).
 *
 * `Version` is the annotation layer the panel saw when something happened. The reducer only
 * compares it by identity (the layer is replaced on every change), so it stays free of the
 * editor and is tested on its own.
 */
import type { Annotation } from '@shared/model'
import { NO_FILTERS, PANEL_TABS, type PanelFilters, type PanelTab } from './panelModel'

/** The dialog the panel has open: an annotation's own edit dialog, or an entity's. */
export type PanelEditing =
  { kind: 'annotation'; annotation: Annotation } | { kind: 'entity'; entityId: string }

/** A line under the lists; with `undoWhile` it offers Undo while the layer is still that one. */
export interface PanelNotice<Version = object> {
  /** Grows with each notice, so the same words said twice are announced twice. */
  serial: number
  text: string
  undoWhile: Version | null
}

/** The row a tab was on: its key (to find it again) and where it was (if it went away). */
export interface ActiveRow {
  key: string | null
  index: number
}

/** The panel's state. */
export interface PanelState<Version = object> {
  tab: PanelTab
  filters: PanelFilters
  active: Record<PanelTab, ActiveRow>
  /** Grows each time the active row's control should take the focus. */
  focusRequest: number
  /**
   * After a delete, an undo or a re-attach the lists change a moment later (they are
   * deferred): the focus moves once they show this layer, so it lands on a row that stays.
   */
  focusWhenShown: Version | null
  editing: PanelEditing | null
  notice: PanelNotice<Version> | null
}

/** What can happen to the panel. */
export type PanelAction<Version = object> =
  | { type: 'selectTab'; tab: PanelTab }
  | { type: 'setFilter'; change: Partial<PanelFilters> }
  | { type: 'activate'; key: string; index: number; focus: boolean }
  | { type: 'focusWhenShown'; version: Version }
  | { type: 'shown'; version: Version | null }
  | { type: 'layerChanged'; version: Version | null }
  | { type: 'say'; text: string; undoWhile?: Version | null }
  | { type: 'clearNotice' }
  | { type: 'edit'; editing: PanelEditing }
  | { type: 'closeEdit' }

const NOWHERE: ActiveRow = { key: null, index: -1 }

/** The panel as it opens: the quotes tab, nothing filtered, nothing active. */
export function initialPanelState<Version = object>(): PanelState<Version> {
  return {
    tab: 'quotes',
    filters: NO_FILTERS,
    active: {
      quotes: NOWHERE,
      claims: NOWHERE,
      entities: NOWHERE,
      notes: NOWHERE,
      orphans: NOWHERE
    },
    focusRequest: 0,
    focusWhenShown: null,
    editing: null,
    notice: null
  }
}

/** Where the arrow keys of the tab list lead from `tab` (WAI-ARIA tabs: they wrap). */
export function tabAfterKey(tab: PanelTab, key: string): PanelTab | null {
  const at = PANEL_TABS.indexOf(tab)
  const last = PANEL_TABS.length - 1
  const moves: Record<string, number> = {
    ArrowRight: at + 1,
    ArrowLeft: at - 1,
    Home: 0,
    End: last
  }
  const to = moves[key]
  if (to === undefined) return null
  return PANEL_TABS[(to + PANEL_TABS.length) % PANEL_TABS.length]
}

/** The next panel state; pure (returns the same object when nothing changes). */
export function reducePanel<Version>(
  state: PanelState<Version>,
  action: PanelAction<Version>
): PanelState<Version> {
  switch (action.type) {
    case 'selectTab':
      return state.tab === action.tab ? state : { ...state, tab: action.tab }
    case 'setFilter':
      return { ...state, filters: { ...state.filters, ...action.change } }
    case 'activate':
      return {
        ...state,
        active: { ...state.active, [state.tab]: { key: action.key, index: action.index } },
        focusRequest: action.focus ? state.focusRequest + 1 : state.focusRequest
      }
    case 'focusWhenShown':
      return { ...state, focusWhenShown: action.version }
    case 'shown':
      if (state.focusWhenShown === null || action.version !== state.focusWhenShown) return state
      return { ...state, focusWhenShown: null, focusRequest: state.focusRequest + 1 }
    case 'layerChanged':
      // An Undo offered after a delete only stands while nothing else has changed since.
      if (!state.notice?.undoWhile || action.version === state.notice.undoWhile) return state
      return { ...state, notice: null }
    case 'say':
      return {
        ...state,
        notice: {
          serial: (state.notice?.serial ?? 0) + 1,
          text: action.text,
          undoWhile: action.undoWhile ?? null
        }
      }
    case 'clearNotice':
      return state.notice ? { ...state, notice: null } : state
    case 'edit':
      return { ...state, editing: action.editing }
    case 'closeEdit':
      return state.editing ? { ...state, editing: null } : state
  }
}
