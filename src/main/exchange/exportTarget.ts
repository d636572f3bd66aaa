/**
 * Where an export goes. The exchange asks an {@link ExportTarget} for the paths to write:
 * in Electron the Save dialog (see dialogs.ts), in the web host and in pipelines a fixed
 * folder ({@link folderTarget}). Pure path logic lives here so it is tested without
 * Electron.
 */
import { basename, dirname, join } from 'node:path'
import type { ExportFormat } from '@shared/export'

/** What is being exported, for the target to name and place the files. */
export interface ExportRequest {
  /** The article's title (shown in the Save dialog). */
  title: string
  format: ExportFormat
  /** A file name stem made from the title ("scale-ai-promet-son-independance-…"). */
  stem: string
  /** The endings of the files, in the exporter's order: one, or two for CSV. */
  suffixes: readonly string[]
}

/** Picks where an export's files are written. */
export interface ExportTarget {
  /** One path per suffix, in order; null when the user cancelled. */
  choose(request: ExportRequest): Promise<string[] | null>
}

/** A target that always writes `<folder>/<stem><suffix>` (the web host, NEWSROOM_EXPORT_DIR). */
export function folderTarget(folder: string): ExportTarget {
  return {
    choose: async (request) => request.suffixes.map((suffix) => join(folder, request.stem + suffix))
  }
}

/** The name the Save dialog proposes: the one file's name, or `<stem>.csv` for the CSV pair. */
export function proposedFileName(request: ExportRequest): string {
  return request.format === 'csv' ? `${request.stem}.csv` : request.stem + request.suffixes[0]
}

/** The extension a chosen name must end with for each format to be kept as typed. */
const KEPT_ENDINGS: Record<ExportFormat, RegExp> = {
  native: /\.json$/i,
  w3c: /\.(jsonld|json)$/i,
  csv: /\.csv$/i,
  claimreview: /\.(jsonld|json)$/i
}

/**
 * The paths to write for a name chosen in the Save dialog. A name without the format's
 * extension gets the whole suffix ("scale" → "scale.newsroom.json"). For CSV the chosen
 * name is a base: "scale.csv" (or "scale", or an earlier "scale.quotes.csv") gives
 * "scale.quotes.csv" and "scale.entities.csv" beside it.
 */
export function pathsForChosen(chosen: string, request: ExportRequest): string[] {
  if (request.format === 'csv') {
    const dir = dirname(chosen)
    const base = basename(chosen)
      .replace(/\.csv$/i, '')
      .replace(/\.(quotes|entities|claims|history)$/i, '')
    const stem = base || request.stem
    return request.suffixes.map((suffix) => join(dir, stem + suffix))
  }
  const path = KEPT_ENDINGS[request.format].test(chosen) ? chosen : chosen + request.suffixes[0]
  return [path]
}
