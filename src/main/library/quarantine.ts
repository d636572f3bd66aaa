/**
 * Files that could not be read are moved to `quarantine/`, never overwritten and never
 * deleted, and recorded with a reason in plain words so the user can be told what happened.
 */
import { basename } from 'node:path'
import type { DamagedFile } from '@shared/model'
import { moveAside } from './files'
import { displayPath, fileStamp, type LibraryLayout } from './layout'

/** Most damage records kept in library.json; older ones are dropped first. */
export const MAX_DAMAGE_RECORDS = 100

/**
 * Moves a damaged file to `quarantine/<name>.<timestamp>.json` and returns the record to
 * report. `reason` says what is wrong with the file, as a sentence.
 */
export async function quarantineFile(
  layout: LibraryLayout,
  path: string,
  reason: string,
  now: Date = new Date()
): Promise<DamagedFile> {
  const base = basename(path).replace(/\.json$/i, '')
  const target = await moveAside(path, layout.quarantine, base, fileStamp(now))
  return {
    fileName: displayPath(layout, path),
    quarantinedAs: displayPath(layout, target),
    reason,
    detectedAt: now.toISOString()
  }
}

/** The damage log with `record` added, oldest records dropped beyond the limit. */
export function withDamageRecord(log: readonly DamagedFile[], record: DamagedFile): DamagedFile[] {
  return [...log, record].slice(-MAX_DAMAGE_RECORDS)
}
