/**
 * CSV for spreadsheets and the data desk: `entities.csv` (one row per mention, and one per
 * entity that has none), one sheet per annotation kind that has one in the kinds table
 * (`quotes.csv`: one row per quote), and `history.csv` (one row per change of a check).
 *
 * Written so that the files open cleanly in Excel, LibreOffice and Google Sheets: UTF-8 with
 * a byte order mark (Excel otherwise guesses a legacy code page and breaks "é" and "«"),
 * RFC 4180 quoting, CRLF line ends. A text cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text instead
 * of running it as a formula (CSV injection). Offsets are never prefixed: they are numbers.
 */
import { describeKind, QUOTES_SHEET } from '../annotations/kinds'
import { ANNOTATION_KINDS, type EntityValue } from '../model'
import type { NativeAnnotation, NativeDocument } from './nativeSchema'

/** The byte order mark that tells spreadsheets the file is UTF-8. */
export const UTF8_BOM = '\ufeff'

/** Column headers of quotes.csv. */
export const QUOTE_COLUMNS = QUOTES_SHEET.columns

/** Column headers of entities.csv. */
export const ENTITY_COLUMNS = [
  'entity id',
  'type',
  'canonical name',
  'aliases',
  'wikidata',
  'value',
  'mention text',
  'start',
  'end',
  'mention id'
] as const

/**
 * Column headers of history.csv: one row per change of a check (status, or a claim's
 * verdict), written only when some annotation has a history.
 */
export const HISTORY_COLUMNS = [
  'annotation id',
  'kind',
  'text',
  'field',
  'from',
  'to',
  'by',
  'at',
  'comment',
  'change id'
] as const

/** Separator between aliases inside the aliases cell. */
export const ALIAS_SEPARATOR = '; '

/** A cell's content as the spreadsheet must never execute. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF. */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = neutralizeFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV file: header, rows, CRLF after every record, BOM first. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined | null)[])[]
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','))
  return UTF8_BOM + lines.map((line) => line + '\r\n').join('')
}

/**
 * A normalised value as one cell: "14300000000 USD", "49 %", "2025-06", "1500 employees";
 * a date interval in ISO 8601 interval notation, "2025-06-11/2025-06-20".
 */
export function formatValue(value: EntityValue | undefined): string {
  if (!value) return ''
  switch (value.kind) {
    case 'money':
      return `${value.amount} ${value.currency}`
    case 'percentage':
      return `${value.percent} %`
    case 'date':
      return value.until ? `${value.date}/${value.until}` : value.date
    case 'quantity':
      return value.unit ? `${value.amount} ${value.unit}` : String(value.amount)
  }
}

/** Reading order: by start, then longer first; orphans (no place in the text) last. */
function byPlace(a: NativeAnnotation, b: NativeAnnotation): number {
  if (a.orphaned !== b.orphaned) return a.orphaned ? 1 : -1
  return a.target.start - b.target.start || b.target.end - a.target.end
}

/** The sheets of a checked native document, by name: each kind's own, then `entities`. */
export function csvFromNative(doc: NativeDocument): Record<string, string> {
  const entities = new Map(doc.entities.map((e) => [e.id, e]))
  const sorted = [...doc.annotations].sort(byPlace)
  // An orphan's offsets are not a place in the text: its start and end cells stay empty.
  const place = (a: NativeAnnotation) =>
    a.orphaned ? ([undefined, undefined] as const) : ([a.target.start, a.target.end] as const)

  const sheets: Record<string, string> = {}
  for (const kind of ANNOTATION_KINDS) {
    const csv = describeKind(kind).csv
    if (csv === null || csv === 'with-entities') continue
    const rows = sorted.flatMap((a) =>
      a.kind === kind ? [csv.row(a, { entities, place: place(a) })] : []
    )
    if (csv.onlyWhenUsed && !rows.length) continue
    sheets[csv.sheet] = csvDocument(csv.columns, rows)
  }

  const entityRows: (string | number | undefined)[][] = []
  for (const entity of doc.entities) {
    const describe = [
      entity.id,
      entity.type,
      entity.name,
      entity.aliases.join(ALIAS_SEPARATOR),
      entity.wikidataId ?? '',
      formatValue(entity.value)
    ]
    const mentions = sorted.filter((a) => a.kind === 'mention' && a.entityId === entity.id)
    if (!mentions.length) entityRows.push([...describe, '', undefined, undefined, ''])
    for (const m of mentions) entityRows.push([...describe, m.target.exact, ...place(m), m.id])
  }
  const historyRows = sorted.flatMap((a) =>
    'checkHistory' in a && a.checkHistory
      ? a.checkHistory.map((c) => [
          a.id,
          a.kind,
          a.target.exact,
          c.field,
          c.from ?? '',
          c.to ?? '',
          c.by,
          c.at,
          c.comment ?? '',
          c.id
        ])
      : []
  )
  if (historyRows.length) sheets.history = csvDocument(HISTORY_COLUMNS, historyRows)
  return { ...sheets, entities: csvDocument(ENTITY_COLUMNS, entityRows) }
}
