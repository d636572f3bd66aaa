/**
 * The panel's tab list (quotes, claims, entities, notes, orphans) with each tab's count. Keyboard as
 * WAI-ARIA tabs: one tab stop, arrows move and wrap, Home and End go to the ends; moving
 * selects. The orphans tab is marked while any orphan waits, whatever the filters show.
 */
import { useRef, type Dispatch, type KeyboardEvent } from 'react'
import type { Messages } from '@renderer/i18n/strings'
import { PANEL_TABS, type PanelModel, type PanelTab } from './panelModel'
import { tabAfterKey, type PanelAction } from './panelState'

/** Each tab's name. */
export const TAB_LABEL: Record<PanelTab, (t: Messages) => string> = {
  quotes: (t) => t.panelTabQuotes,
  claims: (t) => t.panelTabClaims,
  entities: (t) => t.panelTabEntities,
  notes: (t) => t.panelTabNotes,
  orphans: (t) => t.panelTabOrphans
}

/** The id of a tab's button; its panel is `${id}-panel`. */
export const tabId = (prefix: string, tab: PanelTab) => `${prefix}-${tab}`

export function PanelTabs(props: {
  t: Messages
  /** Prefix of the tabs' ids (see `tabId`). */
  idPrefix: string
  tab: PanelTab
  model: PanelModel
  dispatch: Dispatch<PanelAction<never>>
}) {
  const { t, idPrefix, tab, model, dispatch } = props
  const buttons = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({})

  function onKeyDown(event: KeyboardEvent) {
    const next = tabAfterKey(tab, event.key)
    if (next === null) return
    event.preventDefault()
    dispatch({ type: 'selectTab', tab: next })
    buttons.current[next]?.focus()
  }

  return (
    <div role="tablist" aria-label={t.panelTabsLabel} className="panel-tabs" onKeyDown={onKeyDown}>
      {PANEL_TABS.map((name) => {
        const selected = name === tab
        return (
          <button
            key={name}
            ref={(el) => {
              buttons.current[name] = el
            }}
            id={tabId(idPrefix, name)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={`${tabId(idPrefix, name)}-panel`}
            tabIndex={selected ? 0 : -1}
            className="panel-tab"
            data-alert={name === 'orphans' && model.totals.orphans > 0 ? true : undefined}
            onClick={() => dispatch({ type: 'selectTab', tab: name })}
          >
            <span>{TAB_LABEL[name](t)}</span>
            <span className="panel-tab-count">{model.counts[name]}</span>
          </button>
        )
      })}
    </div>
  )
}
