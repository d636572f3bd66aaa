/**
 * How each kind of panel row looks: a speaker's heading, a quote, an entity, a source note,
 * an orphan. Each item row is a main button (choose: go to the text, light up an entity's
 * mentions, re-attach an orphan) followed by its Edit and Delete buttons; every button has
 * an accessible name that says which item it acts on.
 */
import type { MouseEvent, ReactNode } from 'react'
import type { EntityTypeDef } from '@shared/model'
import { RenameIcon, TrashIcon } from '@renderer/components/icons'
import { speakerClass, typeClass } from '@renderer/editor/annotations/decorations'
import type { Messages } from '@renderer/i18n/strings'
import { valueLabel } from '@shared/annotations/valueLabel'
import { checkHistoryOf } from '@shared/annotations/checkHistory'
import { excerpt, typeLabel } from '../describe'
import { LastCheckChange } from '../components/CheckFields'
import type { RowState } from './PanelList'
import type {
  ClaimRow,
  EntityRow,
  ItemRow,
  NoteRow,
  OrphanRow,
  QuoteRow,
  SpeakerGroupRow
} from './panelModel'

/** What every row renderer needs. */
export interface RowContext {
  t: Messages
  types: readonly EntityTypeDef[]
  /** BCP 47 language of the article, for quoted text. */
  articleLang?: string
  /** "20 Jun 2025" for a YYYY-MM-DD day. */
  formatDay(day: string): string
  /** The UI language, for normalised values in words. */
  uiLanguage: 'en' | 'fr'
  /** The entity whose mentions are lit. */
  litEntityId: string | null
  /** True when the article has text selected (an orphan can be re-attached). */
  canReattach: boolean
  onChoose(row: ItemRow): void
  onEdit(row: ItemRow): void
  onDelete(row: ItemRow): void
  onReattach(row: OrphanRow): void
  /** Shows the whole history of a quote's, claim's or note's check. */
  onHistory(row: QuoteRow | ClaimRow | NoteRow): void
}

/** Words naming an item in its Edit and Delete buttons: "Meta", "“Scale demeure…”". */
export function itemName(row: ItemRow, t: Messages): string {
  switch (row.kind) {
    case 'entity':
      return row.entity.name
    case 'quote':
    case 'claim':
      return `“${excerpt(row.item.text, 48)}”`
    case 'note':
      return (
        row.item.annotation.title.trim() ||
        `“${excerpt(row.item.annotation.text || row.item.text, 48)}”`
      )
    case 'orphan':
      return `${t.annotationKinds[row.item.annotation.kind]} “${excerpt(row.item.text, 40)}”`
  }
}

/** Keeps the article's selection when a button is pressed with the mouse. */
const keepSelection = (e: MouseEvent) => e.preventDefault()

function Actions(props: {
  row: ItemRow
  state: RowState
  ctx: RowContext
  editable?: boolean
  children?: ReactNode
}) {
  const { row, state, ctx } = props
  const name = itemName(row, ctx.t)
  return (
    <div className="panel-item-actions">
      {props.children}
      {props.editable !== false && (
        <button
          type="button"
          className="icon-button"
          tabIndex={state.tabIndex}
          aria-label={ctx.t.panelEdit(name)}
          title={ctx.t.panelEditShort}
          aria-keyshortcuts="E"
          onClick={() => ctx.onEdit(row)}
        >
          <RenameIcon />
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        tabIndex={state.tabIndex}
        aria-label={ctx.t.panelDelete(name)}
        title={ctx.t.panelDeleteShort}
        aria-keyshortcuts="Delete"
        onClick={() => ctx.onDelete(row)}
      >
        <TrashIcon />
      </button>
    </div>
  )
}

/**
 * Every item row: the main button (choose) holding the row's own lines, then the Edit and
 * Delete buttons, and any `actions` before them (an orphan's Re-attach).
 */
function ItemRowShell(props: {
  row: ItemRow
  state: RowState
  ctx: RowContext
  className?: string
  lit?: boolean
  editable?: boolean
  actions?: ReactNode
  children: ReactNode
}) {
  const { row, state, ctx } = props
  return (
    <div className={props.className ?? 'panel-item'} data-lit={props.lit || undefined}>
      <button
        type="button"
        className="panel-item-main"
        data-row-main
        tabIndex={state.tabIndex}
        aria-pressed={props.lit}
        onMouseDown={keepSelection}
        onClick={() => ctx.onChoose(row)}
      >
        {props.children}
      </button>
      <Actions row={row} state={state} ctx={ctx} editable={props.editable}>
        {props.actions}
      </Actions>
    </div>
  )
}

/** The History button of a checked item whose check has changed (before Edit and Delete). */
function HistoryAction(props: {
  row: QuoteRow | ClaimRow | NoteRow
  state: RowState
  ctx: RowContext
}) {
  const { row, state, ctx } = props
  if (!checkHistoryOf(row.item.annotation).length) return null
  return (
    <button
      type="button"
      className="button button-small panel-history-button"
      tabIndex={state.tabIndex}
      aria-label={ctx.t.checkHistoryOf(itemName(row, ctx.t))}
      onClick={() => ctx.onHistory(row)}
    >
      {ctx.t.checkHistoryButton}
    </button>
  )
}

/** A speaker's heading over their quotes. */
export function GroupRowView(props: { row: SpeakerGroupRow; ctx: RowContext }) {
  const { row, ctx } = props
  return (
    <h3 className="panel-group">
      <span className={`panel-speaker-dot ${speakerClass(row.speaker?.id)}`} aria-hidden="true" />
      <span className="panel-group-name">{row.speaker?.name ?? ctx.t.panelNoSpeaker}</span>
      <span className="panel-group-count">{ctx.t.panelQuoteCount(row.count)}</span>
    </h3>
  )
}

/** A quote: its text, kind and status. */
export function QuoteRowView(props: { row: QuoteRow; state: RowState; ctx: RowContext }) {
  const { row, state, ctx } = props
  const { t } = ctx
  const q = row.item.annotation
  return (
    <ItemRowShell
      row={row}
      state={state}
      ctx={ctx}
      actions={<HistoryAction row={row} state={state} ctx={ctx} />}
    >
      <span className="panel-quote-text" lang={ctx.articleLang}>
        {excerpt(row.item.text, 240)}
      </span>
      <span className="panel-item-meta">
        <span>{t.quoteKinds[q.quoteKind]}</span>
        <span className={`panel-status panel-status-${q.status}`}>{t.quoteStatuses[q.status]}</span>
      </span>
      <LastCheckChange history={q.checkHistory} />
    </ItemRowShell>
  )
}

/** A claim: its text, its verdict and status, who makes it and who checks it. */
export function ClaimRowView(props: { row: ClaimRow; state: RowState; ctx: RowContext }) {
  const { row, state, ctx } = props
  const { t } = ctx
  const claim = row.item.annotation
  const meta = [row.speaker?.name ?? t.speakerUnknown]
  if (claim.assignee) meta.push(t.checkAssignedTo(claim.assignee))
  return (
    <ItemRowShell
      row={row}
      state={state}
      ctx={ctx}
      actions={<HistoryAction row={row} state={state} ctx={ctx} />}
    >
      <span className="panel-quote-text" lang={ctx.articleLang}>
        {excerpt(row.item.text, 240)}
      </span>
      <span className="panel-item-meta">
        <span className={`panel-verdict panel-verdict-${claim.verdict ?? 'none'}`}>
          {claim.verdict ? t.claimVerdicts[claim.verdict] : t.claimNoVerdict}
        </span>
        <span className={`panel-status panel-status-${claim.status}`}>
          {t.quoteStatuses[claim.status]}
        </span>
      </span>
      <span className="panel-item-meta">{meta.join(' · ')}</span>
      {claim.rationale && <span className="panel-note-text">{excerpt(claim.rationale, 160)}</span>}
      <LastCheckChange history={claim.checkHistory} />
    </ItemRowShell>
  )
}

/** An entity: swatch, canonical name, type, mention count, normalised value, aliases. */
export function EntityRowView(props: { row: EntityRow; state: RowState; ctx: RowContext }) {
  const { row, state, ctx } = props
  const { t } = ctx
  const { entity } = row
  const lit = ctx.litEntityId === entity.id
  const meta = [typeLabel(entity.type, ctx.types, t), t.panelMentionCount(row.mentions)]
  if (row.quotes) meta.push(t.panelQuoteCount(row.quotes))
  if (entity.wikidataId) meta.push(entity.wikidataId)
  return (
    <ItemRowShell row={row} state={state} ctx={ctx} lit={lit}>
      <span className="panel-entity-head">
        <span className={`panel-swatch ${typeClass(entity.type)}`} aria-hidden="true" />
        <span className="panel-entity-name">{entity.name}</span>
      </span>
      <span className="panel-item-meta">{meta.join(' · ')}</span>
      {entity.value && (
        <span className="panel-entity-value">{valueLabel(entity.value, ctx.uiLanguage)}</span>
      )}
      {entity.aliases.length > 0 && (
        <span className="panel-aliases">{t.panelAlsoKnownAs(entity.aliases.join(', '))}</span>
      )}
    </ItemRowShell>
  )
}

/** A source note: title, text, kind, URL, consulted date, and the text it is on. */
export function NoteRowView(props: { row: NoteRow; state: RowState; ctx: RowContext }) {
  const { row, state, ctx } = props
  const { t } = ctx
  const note = row.item.annotation
  const meta = [t.sourceKinds[note.sourceKind]]
  if (note.consultedAt) meta.push(t.panelConsulted(ctx.formatDay(note.consultedAt)))
  return (
    <ItemRowShell
      row={row}
      state={state}
      ctx={ctx}
      actions={<HistoryAction row={row} state={state} ctx={ctx} />}
    >
      <span className="panel-note-title">{note.title.trim() || t.panelUntitledNote}</span>
      {note.text.trim() && <span className="panel-note-text">{excerpt(note.text, 200)}</span>}
      <span className="panel-item-meta">{meta.join(' · ')}</span>
      {note.url && <span className="panel-url">{note.url}</span>}
      <span className="panel-note-on" lang={ctx.articleLang}>
        “{excerpt(row.item.text, 90)}”
      </span>
      <LastCheckChange history={note.checkHistory} />
    </ItemRowShell>
  )
}

/** An orphan: what it was, its last text; Re-attach and Delete. */
export function OrphanRowView(props: { row: OrphanRow; state: RowState; ctx: RowContext }) {
  const { row, state, ctx } = props
  const { t } = ctx
  const meta = [t.annotationKinds[row.item.annotation.kind]]
  if (row.entity) meta.push(row.entity.name)
  const name = itemName(row, t)
  return (
    <ItemRowShell
      row={row}
      state={state}
      ctx={ctx}
      className="panel-item panel-orphan"
      editable={row.item.annotation.kind !== 'mention'}
      actions={
        <button
          type="button"
          className="button button-small"
          tabIndex={state.tabIndex}
          aria-label={t.panelReattach(name)}
          aria-disabled={!ctx.canReattach || undefined}
          title={ctx.canReattach ? t.panelReattach(name) : t.panelReattachHint}
          onMouseDown={keepSelection}
          onClick={() => ctx.onReattach(row)}
        >
          {t.panelReattachShort}
        </button>
      }
    >
      <span className="panel-item-meta">{meta.join(' · ')}</span>
      <span className="panel-orphan-text" lang={ctx.articleLang}>
        {t.panelLastText(excerpt(row.item.text, 160))}
      </span>
    </ItemRowShell>
  )
}
