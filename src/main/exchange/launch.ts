/**
 * Where exports go when nobody is asked: `--export-dir=DIR` or NEWSROOM_EXPORT_DIR makes
 * the desktop app write every export into that folder without showing the Save dialog (for
 * tests and newsroom pipelines); the web host, which has no dialog, uses the library's
 * exports/ folder unless told otherwise.
 */
import { join, resolve } from 'node:path'
import { flagValue } from '../appPaths'

/** The export folder asked for by the launch (flag first, then environment), or undefined. */
export function exportDirOverride(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd = process.cwd()
): string | undefined {
  const raw = flagValue(argv, 'export-dir') ?? env.NEWSROOM_EXPORT_DIR
  if (raw === undefined || raw.trim() === '') return undefined
  return resolve(cwd, raw)
}

/** The web host's export folder: `<library>/exports`. */
export function webHostExportFolder(libraryFolder: string): string {
  return join(libraryFolder, 'exports')
}
