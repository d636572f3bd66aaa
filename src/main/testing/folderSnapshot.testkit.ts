/**
 * Every file under a folder with a hash of its bytes, for tests that must prove a refused
 * request wrote nothing: take a snapshot before, another after, compare them.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Relative path → sha256 of the bytes, for every file under `folder`, sorted by path. */
export async function folderSnapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  const snapshot: Record<string, string> = {}
  for (const path of files) {
    snapshot[relative(folder, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  return snapshot
}
