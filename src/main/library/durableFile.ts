/**
 * Writes that survive a crash or a power cut: the bytes go to a temporary file with a name of
 * their own (process id and random), which is flushed to the disk (fsync), renamed over the
 * target, and then the folder is flushed too, so the rename itself is on the disk. After a
 * crash at any moment the target is either the old file whole or the new one whole, and two
 * processes never share a temporary file. `DurableJsonFile` is the same as a lowdb adapter.
 */
import { randomBytes } from 'node:crypto'
import { open, readFile, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

/** An open file, as much of it as a durable write uses. */
export interface DurableHandle {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  datasync(): Promise<void>
  close(): Promise<void>
}

/** The file-system calls a durable write makes, in the order it makes them. */
export interface DurableFs {
  open(path: string, flags: string): Promise<DurableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

/** Node's own file system. */
export const nodeDurableFs: DurableFs = { open, rename, unlink }

/** How temporary files end, so a library can recognise the leftovers of a crash. */
export const TEMP_SUFFIX = '.tmp'

/** `.<name>.<pid>.<random>.tmp` beside `path`: unique to this process and this write. */
export function tempPathFor(path: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`
  return join(dirname(path), `.${basename(path)}.${unique}${TEMP_SUFFIX}`)
}

/**
 * Flushes a folder's entries (a rename in it) to the disk. Windows cannot open a folder as
 * a file; there NTFS journals the rename itself, so skipping is the platform's answer.
 */
export async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
  let handle: DurableHandle
  try {
    handle = await fs.open(folder, 'r')
  } catch (error) {
    if (process.platform === 'win32') return
    throw error
  }
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Replaces `path` with `data`: temp file, fdatasync, rename, fsync of the folder. When it
 * resolves the new content is on the disk; when it rejects the old file is untouched and no
 * temporary file is left behind.
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  fs: DurableFs = nodeDurableFs
): Promise<void> {
  const temp = tempPathFor(path)
  let renamed = false
  try {
    // 'wx': a name that exists already is somebody else's; never write into it.
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(data)
      // fdatasync: the bytes and the size, without the access times a full fsync adds.
      await handle.datasync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
    renamed = true
  } finally {
    if (!renamed) await fs.unlink(temp).catch(() => undefined)
  }
  await syncFolder(fs, dirname(path))
}

/** The text of a JSON file as written: indented JSON (the format lowdb's JSONFile writes). */
export function jsonFileText(data: unknown): string {
  return JSON.stringify(data, null, 2)
}

/**
 * A lowdb adapter over one JSON file, written with {@link writeFileDurably}. Writes through
 * one adapter run one after another in call order (the last call's data ends up on disk).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    readonly path: string,
    private readonly fs: DurableFs = nodeDurableFs
  ) {}

  /** The parsed file, or null when there is none. Invalid JSON throws a SyntaxError. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf-8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return JSON.parse(text) as T
  }

  /** Writes `data` as indented JSON (the format lowdb's JSONFile writes). */
  write(data: T): Promise<void> {
    return this.writeText(jsonFileText(data))
  }

  /** Writes the {@link jsonFileText} of some data (or its bytes), for a caller that keeps it. */
  writeText(text: string | Uint8Array): Promise<void> {
    const next = this.queue.then(() => writeFileDurably(this.path, text, this.fs))
    this.queue = next.catch(() => undefined)
    return next
  }
}
