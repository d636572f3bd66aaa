/**
 * One writer per library folder: `library.lock` names the process that writes to the folder
 * (process id, host name, start time). A process that finds the lock held by a live process,
 * or by any process on another host, opens the folder read-only. A lock left by a process that
 * is gone (same host, no such process) is stale and taken over.
 *
 * The lock is created whole or not at all: the owner's JSON is written to a temporary file
 * which is then hard-linked to `library.lock` (link fails if the name exists). Taking over a
 * stale lock first renames it aside, which only one contender can do.
 */
import { randomBytes } from 'node:crypto'
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'

/** Who holds a library folder. */
export interface LockOwner {
  pid: number
  host: string
  /** ISO time the owner took the lock. */
  startedAt: string
}

/** The outcome of {@link acquireLibraryLock}. */
export type LockOutcome =
  | { acquired: true; owner: LockOwner; release(): Promise<void> }
  | { acquired: false; owner: LockOwner | undefined }

/** What the lock needs to know about the machine; tests pass their own. */
export interface LockEnvironment {
  pid: number
  host: string
  now(): Date
  /** True when a process with this id runs on this host. */
  isAlive(pid: number): boolean
}

/** True when `pid` names a running process (EPERM: it runs, under another user). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export const thisProcess: LockEnvironment = {
  pid: process.pid,
  host: hostname(),
  now: () => new Date(),
  isAlive: processIsAlive
}

/** Locks this process holds, by path, so one it leaked (never released) can be told apart. */
const heldHere = new Set<string>()

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>
    if (
      typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.startedAt === 'string'
    ) {
      return { pid: value.pid, host: value.host, startedAt: value.startedAt }
    }
  } catch {
    // An unreadable lock file is treated as no owner (below).
  }
  return undefined
}

async function readOwner(path: string): Promise<LockOwner | undefined | 'missing'> {
  try {
    return parseOwner(await readFile(path, 'utf-8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw error
  }
}

function sameOwner(a: LockOwner | undefined, b: LockOwner | undefined): boolean {
  return !!a && !!b && a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt
}

/** A lock is stale when nobody can be holding it. */
function isStale(owner: LockOwner | undefined, path: string, env: LockEnvironment): boolean {
  // Unreadable content: its writer died before finishing (the link makes that rare).
  if (!owner) return true
  if (owner.host !== env.host) return false
  if (owner.pid === env.pid) return !heldHere.has(path)
  return !env.isAlive(owner.pid)
}

/** Puts `temp` in place as the lock, unless one exists. False when one does. */
async function place(temp: string, path: string): Promise<boolean> {
  try {
    await link(temp, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    // File systems without hard links: an exclusive create is the next best thing.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') {
      try {
        await writeFile(path, await readFile(temp), { flag: 'wx' })
        return true
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false
        throw inner
      }
    }
    throw error
  }
}

/**
 * Takes the lock at `path` for this process, taking over a stale one. Resolves with
 * `acquired: false` and the owner when someone else holds it.
 */
export async function acquireLibraryLock(
  path: string,
  env: LockEnvironment = thisProcess
): Promise<LockOutcome> {
  const owner: LockOwner = { pid: env.pid, host: env.host, startedAt: env.now().toISOString() }
  const unique = `${env.pid}.${randomBytes(6).toString('hex')}`
  const temp = `${path}.${unique}.tmp`
  await writeFile(temp, JSON.stringify(owner, null, 2) + '\n')
  try {
    // Two rounds: the second follows a stale lock we moved aside (or one that vanished).
    for (let round = 0; round < 3; round++) {
      if (await place(temp, path)) {
        heldHere.add(path)
        return { acquired: true, owner, release: () => releaseLibraryLock(path, owner) }
      }
      const found = await readOwner(path)
      if (found === 'missing') continue
      if (!isStale(found, path, env)) return { acquired: false, owner: found }
      const aside = `${path}.stale.${unique}`
      try {
        await rename(path, aside)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw error
      }
      const moved = await readOwner(aside)
      if (moved !== 'missing' && found && !sameOwner(moved, found)) {
        // Someone took the stale lock over between our read and our rename: give it back.
        await place(aside, path).catch(() => false)
        await unlink(aside).catch(() => undefined)
        return { acquired: false, owner: moved }
      }
      await unlink(aside).catch(() => undefined)
    }
    const last = await readOwner(path)
    return { acquired: false, owner: last === 'missing' ? undefined : last }
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/** Removes the lock if it is still this owner's. */
async function releaseLibraryLock(path: string, owner: LockOwner): Promise<void> {
  heldHere.delete(path)
  const found = await readOwner(path).catch(() => undefined)
  if (found !== 'missing' && sameOwner(found, owner)) await unlink(path).catch(() => undefined)
}

/** The owner in words, for the read-only notice: "process 4242 on desk-07 since 09:30 UTC". */
export function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return 'another process'
  const since = owner.startedAt.replace('T', ' ').replace(/:\d{2}\.\d{3}Z$/, ' UTC')
  return `process ${owner.pid} on ${owner.host} since ${since}`
}
