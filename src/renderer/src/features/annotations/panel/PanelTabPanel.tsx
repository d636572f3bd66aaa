/**
 * The open tab's content: its filters, "3 of 40 shown", and its list, or an empty state that
 * says either how to make the first item of that kind or that the search and filters hide
 * every item.
 */
import { useId, type Dispatch, type ReactNode } from 'react'
import type { EntityTypeDef } from '@shared/model'
import type { Messages } from '@renderer/i18n/strings'
import { PanelFilters } from './PanelFilters'
import { PanelList, type RowState } from './PanelList'
import type { ItemRow, PanelFilters as Filters, PanelModel, PanelRow, PanelTab } from './panelModel'
import type { PanelAction } from './panelState'
import { TAB_LABEL, tabId } from './PanelTabs'

const EMPTY_STATE: Record<PanelTab, (t: Messages) => [string, string]> = {
  quotes: (t) => [t.panelQuotesEmpty, t.panelQuotesEmptyHint],
  claims: (t) => [t.panelClaimsEmpty, t.panelClaimsEmptyHint],
  entities: (t) => [t.panelEntitiesEmpty, t.panelEntitiesEmptyHint],
  notes: (t) => [t.panelNotesEmpty, t.panelNotesEmptyHint],
  orphans: (t) => [t.panelOrphansEmpty, t.panelOrphansEmptyHint]
}

export function PanelTabPanel(props: {
  t: Messages
  /** Prefix of the tabs' ids (see `tabId`). */
  idPrefix: string
  tab: PanelTab
  model: PanelModel
  filters: Filters
  types: readonly EntityTypeDef[]
  activeIndex: number
  focusRequest: number
  dispatch: Dispatch<PanelAction<never>>
  onActiveChange(index: number, focus: boolean): void
  renderRow(row: PanelRow, state: RowState): ReactNode
  onEdit(row: ItemRow): void
  onDelete(row: ItemRow): void
}) {
  const { t, tab, model } = props
  const helpId = useId()
  const rows = model.rows[tab]
  const nothingAtAll = model.totals[tab] === 0
  const [emptyTitle, emptyHint] = EMPTY_STATE[tab](t)
  return (
    <div
      role="tabpanel"
      id={`${tabId(props.idPrefix, tab)}-panel`}
      aria-labelledby={tabId(props.idPrefix, tab)}
      className="panel-tabpanel"
    >
      {!nothingAtAll && (
        <PanelFilters
          t={t}
          tab={tab}
          filters={props.filters}
          types={props.types}
          dispatch={props.dispatch}
        />
      )}
      {!nothingAtAll && (
        <p className="panel-shown" aria-live="polite">
          {t.panelShown(model.counts[tab], model.totals[tab])}
        </p>
      )}
      {rows.length > 0 ? (
        <PanelList
          rows={rows}
          label={TAB_LABEL[tab](t)}
          describedBy={helpId}
          activeIndex={props.activeIndex}
          onActiveChange={props.onActiveChange}
          focusRequest={props.focusRequest}
          renderRow={props.renderRow}
          onEdit={props.onEdit}
          onDelete={props.onDelete}
        />
      ) : (
        <div className="empty-state panel-empty">
          <p className="empty-title">{nothingAtAll ? emptyTitle : t.panelNoMatch}</p>
          <p>{nothingAtAll ? emptyHint : t.panelNoMatchHint}</p>
        </div>
      )}
      <p id={helpId} className="panel-help">
        {t.panelListHelp}
      </p>
    </div>
  )
}
