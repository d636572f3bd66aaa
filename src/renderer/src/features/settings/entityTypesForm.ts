/**
 * The entity types as the settings dialog edits them: rows with a name, a colour and a key,
 * checked before they are saved (names present and distinct, keys one letter or digit,
 * distinct, not a key another action uses) and warned about when a colour's tint would make
 * the article's text hard to read. Pure: the dialog renders what these functions say.
 */
import { foldForSearch } from '@shared/annotations/fold'
import type { EntityTypeDef } from '@shared/model'
import { contrastRatio, mix } from '@shared/ui/contrast'
import { RESERVED_KEYS } from '../annotations/shortcuts'

/** Keys the annotation keymap keeps for its fixed actions (quote, note, tag all…). */
export { RESERVED_KEYS }

/** The least text contrast WCAG AA asks of body text. */
export const MIN_CONTRAST = 4.5

/**
 * How strongly a mention is tinted: `--ann-tint` in annotations.css (22%), as a fraction.
 * A test reads the stylesheet so the two cannot drift apart.
 */
export const TINT_ALPHA = 0.22

/** The page and text colours a tint is drawn between (base.css `--paper` and `--ink`). */
export const THEMES = {
  light: { paper: '#fdfcf9', ink: '#1d1c1a' },
  dark: { paper: '#1f1e1c', ink: '#ebe7df' }
} as const

/** A theme of {@link THEMES}. */
export type ThemeName = keyof typeof THEMES

/** One row of the dialog: a type being edited. `id` is empty for a type added here. */
export interface TypeRow {
  /** Stable React key and label of the row while its name is being typed. */
  rowKey: string
  /** The saved id (kept on rename, so entities keep their type); '' for a new type. */
  id: string
  name: string
  color: string
  key: string
  /** What the row's controls are called: the saved name, or "new type 2". */
  label: string
}

/** What is wrong with a row (errors block saving; the contrast is only a warning). */
export interface RowProblems {
  name?: { kind: 'required' } | { kind: 'taken' }
  key?: { kind: 'invalid' } | { kind: 'reserved' } | { kind: 'taken'; other: string }
  /** Themes in which text on the tint falls below 4.5:1, and where. */
  contrast: LowContrast[]
}

/** Rows for the types as saved. */
export function rowsFromTypes(types: readonly EntityTypeDef[]): TypeRow[] {
  return types.map((t) => ({
    rowKey: t.id,
    id: t.id,
    name: t.name,
    color: t.color,
    key: t.key,
    label: t.name
  }))
}

/**
 * Tints stack where mentions overlap ("Meta" inside "Meta Platforms"), so the check covers
 * one tint and two of them laid over each other.
 */
export const CHECKED_LAYERS = [1, 2] as const

/** A place where text on a colour's tint falls below {@link MIN_CONTRAST}. */
export interface LowContrast {
  theme: ThemeName
  /** 1: on the plain tint; 2: where two mentions of the type overlap. */
  layers: number
  ratio: number
}

/** Text contrast on a colour's tint laid `layers` times over the page of a theme. */
export function tintContrast(color: string, theme: ThemeName, layers = 1): number {
  const { paper, ink } = THEMES[theme]
  const alpha = 1 - (1 - TINT_ALPHA) ** layers
  return contrastRatio(ink, mix(color, paper, alpha))
}

/** For each theme, the worst place where a colour's tint leaves text below 4.5:1. */
export function lowContrast(color: string): LowContrast[] {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return []
  const found: LowContrast[] = []
  for (const theme of Object.keys(THEMES) as ThemeName[]) {
    const low = CHECKED_LAYERS.map((layers) => ({
      theme,
      layers,
      ratio: tintContrast(color, theme, layers)
    }))
      .filter((c) => c.ratio < MIN_CONTRAST)
      .sort((a, b) => a.layers - b.layers)[0]
    if (low) found.push(low)
  }
  return found
}

/** A key as typed, made what the keymap matches: one lower-case character. */
export function normaliseKey(typed: string): string {
  return typed.trim().slice(-1).toLowerCase()
}

/** The problems of every row, by row key. */
export function checkRows(rows: readonly TypeRow[]): Map<string, RowProblems> {
  const problems = new Map<string, RowProblems>()
  const names = new Map<string, number>()
  const keys = new Map<string, TypeRow[]>()
  for (const row of rows) {
    const folded = foldForSearch(row.name)
    if (folded) names.set(folded, (names.get(folded) ?? 0) + 1)
    const list = keys.get(row.key) ?? []
    list.push(row)
    keys.set(row.key, list)
  }
  for (const row of rows) {
    const p: RowProblems = { contrast: lowContrast(row.color) }
    const folded = foldForSearch(row.name)
    if (!folded) p.name = { kind: 'required' }
    else if ((names.get(folded) ?? 0) > 1) p.name = { kind: 'taken' }
    if (!/^[a-z0-9]$/.test(row.key)) p.key = { kind: 'invalid' }
    else if (RESERVED_KEYS.includes(row.key)) p.key = { kind: 'reserved' }
    else {
      const other = keys.get(row.key)!.find((r) => r !== row)
      if (other) p.key = { kind: 'taken', other: other.name.trim() || other.label }
    }
    problems.set(row.rowKey, p)
  }
  return problems
}

/** True when some row has an error that blocks saving (warnings do not). */
export function hasErrors(problems: ReadonlyMap<string, RowProblems>): boolean {
  for (const p of problems.values()) if (p.name || p.key) return true
  return false
}

/** An id for a new type from its name: "Fonds d'investissement" → "fonds-d-investissement". */
export function typeIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 32)
      .replace(/^[^a-z]+/, '')
      .replace(/-+$/, '') || 'type'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

/** A key not used by any row nor reserved, for a new row ('' when every one is taken). */
export function freeKey(rows: readonly TypeRow[]): string {
  const used = new Set(rows.map((r) => r.key))
  for (const c of 'bfghjmoprsuvwxyzcdel0123456789') {
    if (!used.has(c) && !RESERVED_KEYS.includes(c)) return c
  }
  return ''
}

/** A colour for a new row: one of a few that keep 4.5:1 as tints, not yet used if possible. */
export function freeColor(rows: readonly TypeRow[]): string {
  const palette = ['#7a5c99', '#2e7d6b', '#9c4f2e', '#3b6ea5', '#8a7a00', '#a0456e']
  const used = new Set(rows.map((r) => r.color.toLowerCase()))
  return palette.find((c) => !used.has(c)) ?? palette[0]
}

/** The types to save, in row order; new rows get an id from their name. */
export function typesFromRows(rows: readonly TypeRow[]): EntityTypeDef[] {
  const taken = new Set(rows.filter((r) => r.id).map((r) => r.id))
  return rows.map((r) => {
    let id = r.id
    if (!id) {
      id = typeIdFor(r.name, taken)
      taken.add(id)
    }
    return {
      id,
      name: r.name.trim().replace(/\s+/g, ' '),
      color: r.color.toLowerCase(),
      key: r.key
    }
  })
}

/** How many entities of the open article have each type. */
export function typeUsage(entities: Iterable<{ type: string }>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1)
  return counts
}
