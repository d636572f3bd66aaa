/**
 * Writing an export: every file or none. Each content goes to a temporary file beside its
 * target first; only when all are written are they renamed into place, so a full disk or a
 * refused folder never leaves half an export, and an existing file is replaced whole. Each
 * file reaches the disk before its rename and each folder's renames after (the library's
 * durable write does the same): an export reported as written survives a power cut.
 *
 * A long export is written as it is made: its text comes in pieces, each encoded into a
 * buffer that goes to the file while the next pieces are made, and the disk starts flushing
 * what is written while the rest is still being made, so the flush before the rename has
 * only the tail left to do.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError, type ExportedFileInfo } from '@shared/contract'
import { syncFolder, type DurableFs, type DurableHandle } from '../library/durableFile'

/** A file to write: its text whole, or in pieces made as they are asked for. */
export interface FileToWrite {
  path: string
  content: string | Iterable<string>
}

/** An open file, as much of it as writing an export uses. */
export interface ExportHandle extends DurableHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{ bytesWritten: number }>
}

/** The file-system calls writing an export makes: Node's, or a test's that fails on cue. */
export interface ExportFs extends DurableFs {
  open(path: string, flags: string): Promise<ExportHandle>
}

/** Node's own file system. */
export const nodeExportFs: ExportFs = { open, rename, unlink }

/**
 * Bytes gathered before each write. Two such buffers take turns: one is written while the
 * next pieces are encoded into the other.
 */
const WRITE_BYTES = 1 << 20

/**
 * Bytes written between two flushes started while the export is still being made (one at a
 * time); the last flush, before the rename, waits for the rest.
 */
const FLUSH_EVERY = 2 << 20

/**
 * Writes the pieces as UTF-8 at the start of an empty file and flushes them to the disk;
 * returns their length in bytes. Every write and flush it started has ended when it returns
 * or throws.
 */
async function writePieces(handle: ExportHandle, pieces: Iterable<string>): Promise<number> {
  const buffers = [Buffer.allocUnsafe(WRITE_BYTES), Buffer.allocUnsafe(WRITE_BYTES)]
  const writing: Promise<void>[] = [Promise.resolve(), Promise.resolve()]
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  // Writes and flushes run while the next pieces are made: each is watched from its start,
  // so that a failure is seen at the next turn and never goes unhandled.
  const watch = (work: Promise<void>): Promise<void> => {
    const watched = work.then(
      () => void running.delete(watched),
      (error: unknown) => {
        failure ??= { error }
        running.delete(watched)
      }
    )
    running.add(watched)
    return watched
  }
  let position = 0
  const send = (buffer: Buffer, length: number): Promise<void> => {
    const at = position
    position += length
    return watch(writeAll(handle, buffer, length, at))
  }
  let flushing: Promise<void> | undefined
  let flushedUpTo = 0
  let current = 0
  let used = 0
  const flip = async (): Promise<void> => {
    if (used > 0) {
      writing[current] = send(buffers[current], used)
      current = 1 - current
      used = 0
    }
    await writing[current]
    if (failure) throw failure.error
    if (!flushing && position - flushedUpTo >= FLUSH_EVERY) {
      flushedUpTo = position
      flushing = watch(handle.datasync()).then(() => void (flushing = undefined))
    }
  }
  try {
    for (const piece of pieces) {
      // UTF-8 takes at most three bytes for each UTF-16 unit (a lone surrogate becomes
      // U+FFFD, three bytes); with that much room the encoder never checks for the end.
      const most = piece.length * 3
      if (used + most > WRITE_BYTES) await flip()
      if (most > WRITE_BYTES) {
        const own = Buffer.allocUnsafe(most)
        send(own, own.write(piece))
      } else {
        used += buffers[current].write(piece, used)
      }
    }
    await flip()
  } finally {
    while (running.size) await Promise.all(running)
  }
  if (failure) throw failure.error
  await handle.datasync()
  return position
}

/** Writes `length` bytes of a buffer at `position`; a write may take fewer, the rest follows. */
async function writeAll(
  handle: ExportHandle,
  buffer: Buffer,
  length: number,
  position: number
): Promise<void> {
  for (let done = 0; done < length;) {
    const { bytesWritten } = await handle.write(buffer, done, length - done, position + done)
    if (bytesWritten === 0) throw new Error('the disk took no more bytes')
    done += bytesWritten
  }
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
  files: readonly FileToWrite[],
  fs: ExportFs = nodeExportFs
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
      // 'wx': a name that exists already is somebody else's; never write into it.
      const handle = await fs.open(temp, 'wx')
      staged.push(entry)
      try {
        const { content } = file
        entry.bytes = await writePieces(handle, typeof content === 'string' ? [content] : content)
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
      await fs.rename(temp, path)
      written.push({ path, bytes })
    }
    for (const folder of new Set(staged.map(({ path }) => dirname(path)))) {
      await syncFolder(fs, folder)
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
