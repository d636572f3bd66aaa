/**
 * Small file-system steps the library is made of: reading a JSON file through lowdb without
 * mistaking a damaged file for a missing one, and moving a file aside under a free name.
 */
import { access, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { AppError } from '@shared/contract'

/** What reading a JSON file found. */
export type JsonRead =
  | { status: 'missing' }
  | { status: 'unparsable'; reason: string }
  | { status: 'read'; data: unknown }

/** True when a path exists (of any kind). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/**
 * Reads a lowdb-backed JSON file. Invalid JSON is 'unparsable' with a plain reason; a file
 * that cannot be read at all (permissions, a folder in its place) is an 'io' AppError,
 * because moving it aside would not help.
 */
export async function readJson(db: Low<unknown>, path: string, label: string): Promise<JsonRead> {
  db.data = null
  try {
    await db.read()
  } catch (error) {
    if (error instanceof SyntaxError) return notJson(error)
    throw unreadable(label, error)
  }
  // lowdb keeps its data when the file holds null, false, 0 or "": tell those from missing.
  if (db.data === null || db.data === undefined) {
    return (await exists(path))
      ? { status: 'unparsable', reason: 'It holds no JSON object (empty or null).' }
      : { status: 'missing' }
  }
  return { status: 'read', data: db.data }
}

/**
 * Reads a JSON file as {@link readJson} does, and keeps its bytes: whoever remembers them can
 * tell later, by reading the file again, whether it still holds exactly what was parsed.
 */
export async function readJsonBytes(
  path: string,
  label: string
): Promise<
  Exclude<JsonRead, { status: 'read' }> | { status: 'read'; data: unknown; bytes: Buffer }
> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' }
    throw unreadable(label, error)
  }
  let data: unknown
  try {
    data = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    if (error instanceof SyntaxError) return notJson(error)
    throw error
  }
  if (data === null)
    return { status: 'unparsable', reason: 'It holds no JSON object (empty or null).' }
  return { status: 'read', data, bytes }
}

function notJson(error: SyntaxError): Extract<JsonRead, { status: 'unparsable' }> {
  return { status: 'unparsable', reason: `It is not valid JSON (${error.message}).` }
}

/** A file that cannot be read at all: moving it aside would not help. */
function unreadable(label: string, error: unknown): AppError {
  const why = error instanceof Error ? error.message : String(error)
  return new AppError('io', `${label} could not be read: ${why}. Check the folder's permissions.`)
}

/**
 * Moves `from` into `folder` as `<base>.<stamp>.json`, adding "-2", "-3"... if that name is
 * taken, and returns the new path. Never overwrites and never deletes.
 */
export async function moveAside(
  from: string,
  folder: string,
  base: string,
  stamp: string
): Promise<string> {
  let target = join(folder, `${base}.${stamp}.json`)
  for (let n = 2; await exists(target); n++) target = join(folder, `${base}.${stamp}-${n}.json`)
  await rename(from, target)
  return target
}
