/**
 * Writing an export: every file or none. Each content goes to a temporary file beside its
 * target first; only when all are written are they renamed into place, so a full disk or a
 * refused folder never leaves half an export, and an existing file is replaced whole.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError, type ExportedFileInfo } from '@shared/contract'

/** A file to write. */
export interface FileToWrite {
  path: string
  content: string
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Writes the files atomically as a set; returns each path with its size in bytes. Fails
 * with an 'io' AppError, having written nothing, when any of them cannot be written.
 */
export async function writeFilesAtomically(
  files: readonly FileToWrite[]
): Promise<ExportedFileInfo[]> {
  const staged: { temp: string; path: string; bytes: number }[] = []
  try {
    for (const file of files) {
      if (await isDirectory(file.path)) {
        throw new AppError('io', `${file.path} is a folder; choose a file name instead.`)
      }
      await mkdir(dirname(file.path), { recursive: true })
      const temp = join(
        dirname(file.path),
        `.${basename(file.path)}.${randomBytes(4).toString('hex')}.tmp`
      )
      const data = Buffer.from(file.content, 'utf8')
      staged.push({ temp, path: file.path, bytes: data.byteLength })
      await writeFile(temp, data)
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })))
    if (error instanceof AppError) throw error
    const why = error instanceof Error ? error.message : String(error)
    throw new AppError('io', `The export could not be written (${why}). Nothing was written.`)
  }
  const written: ExportedFileInfo[] = []
  try {
    for (const { temp, path, bytes } of staged) {
      await rename(temp, path)
      written.push({ path, bytes })
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })))
    const why = error instanceof Error ? error.message : String(error)
    const done = written.map((f) => f.path).join(', ')
    throw new AppError(
      'io',
      `The export could not be completed (${why}).` +
        (done ? ` Written before it failed: ${done}.` : '')
    )
  }
  return written
}
