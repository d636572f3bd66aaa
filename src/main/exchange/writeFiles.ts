/**
 * Writing an export: every file or none. Each content goes to a temporary file beside its
 * target first; only when all are written are they renamed into place, so a full disk or a
 * refused folder never leaves half an export, and an existing file is replaced whole. Each
 * file reaches the disk before its rename and each folder's renames after (the library's
 * durable write does the same): an export reported as written survives a power cut.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError, type ExportedFileInfo } from '@shared/contract'
import { nodeDurableFs, syncFolder } from '../library/durableFile'

/** A file to write. */
export interface FileToWrite {
  path: string
  content: string
}

/** Most bytes encoded at a time: an export of a long article is tens of megabytes. */
const CHUNK_BYTES = 4 << 20

/**
 * Writes a string as UTF-8 and returns its length in bytes, encoding it once. A string
 * handed to `Buffer.from` or `writeFile` is scanned twice, once to size the buffer and once
 * to fill it; `encodeInto` fills a buffer of bounded size and says how much it used, and
 * never splits a character between two chunks.
 */
async function writeUtf8(handle: FileHandle, content: string): Promise<number> {
  const encoder = new TextEncoder()
  const chunk = Buffer.allocUnsafe(Math.max(16, Math.min(content.length * 3, CHUNK_BYTES)))
  let rest = content
  let bytes = 0
  while (rest.length) {
    const { read, written } = encoder.encodeInto(rest, chunk)
    // A write may take fewer bytes than it was given; the rest goes in the next one.
    for (let done = 0; done < written;) {
      const { bytesWritten } = await handle.write(chunk, done, written - done)
      if (bytesWritten === 0) throw new Error('the disk took no more bytes')
      done += bytesWritten
    }
    bytes += written
    rest = rest.slice(read)
  }
  return bytes
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
      const entry = { temp, path: file.path, bytes: 0 }
      const handle = await open(temp, 'w')
      staged.push(entry)
      try {
        entry.bytes = await writeUtf8(handle, file.content)
        await handle.datasync()
      } finally {
        await handle.close()
      }
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
    for (const folder of new Set(staged.map(({ path }) => dirname(path)))) {
      await syncFolder(nodeDurableFs, folder)
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
