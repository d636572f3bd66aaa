import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { acquireLibraryLock, describeOwner, processIsAlive, type LockOwner } from './libraryLock'

let dir: string
let lockPath: string
const releases: Array<() => Promise<void>> = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'library-lock-'))
  lockPath = join(dir, 'library.lock')
})

afterEach(async () => {
  for (const release of releases.splice(0)) await release()
  await rm(dir, { recursive: true, force: true })
})

async function acquire() {
  const outcome = await acquireLibraryLock(lockPath)
  if (outcome.acquired) releases.push(outcome.release)
  return outcome
}

/** The id of a process that has exited (so no process has it, for now). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

const ownerFile = (owner: LockOwner) => writeFile(lockPath, JSON.stringify(owner))

describe('acquireLibraryLock', () => {
  it('writes the owner (process id, host, start time) and refuses a second taker', async () => {
    const first = await acquire()
    expect(first.acquired).toBe(true)
    const onDisk = JSON.parse(await readFile(lockPath, 'utf-8')) as LockOwner
    expect(onDisk).toMatchObject({ pid: process.pid, host: hostname() })
    expect(Date.parse(onDisk.startedAt)).not.toBeNaN()

    const second = await acquire()
    expect(second).toEqual({ acquired: false, owner: onDisk })
    // No temporary file is left behind by either attempt.
    expect(await readdir(dir)).toEqual(['library.lock'])
  })

  it('leaves a lock held by a live process on this host alone, takes it when it dies', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    try {
      const owner = { pid: child.pid!, host: hostname(), startedAt: '2026-06-15T09:30:00.000Z' }
      await ownerFile(owner)
      expect(await acquire()).toEqual({ acquired: false, owner })
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGKILL')
      await exited
    }
    expect(processIsAlive(child.pid!)).toBe(false)
    const taken = await acquire()
    expect(taken.acquired).toBe(true)
    expect((JSON.parse(await readFile(lockPath, 'utf-8')) as LockOwner).pid).toBe(process.pid)
  })

  it('takes over a stale lock: a dead process on this host, or an unreadable file', async () => {
    await ownerFile({ pid: deadPid(), host: hostname(), startedAt: '2026-06-15T09:30:00.000Z' })
    expect((await acquire()).acquired).toBe(true)
    for (const release of releases.splice(0)) await release()

    await writeFile(lockPath, '{"pid": 12')
    expect((await acquire()).acquired).toBe(true)
    expect(await readdir(dir)).toEqual(['library.lock'])
  })

  it('never takes a lock held from another host, whose processes it cannot see', async () => {
    const owner = { pid: deadPid(), host: 'desk-07.example', startedAt: '2026-06-15T09:30:00Z' }
    await ownerFile(owner)
    expect(await acquire()).toEqual({ acquired: false, owner })
  })

  it('takes over a lock this process leaked (never released) but not one it holds', async () => {
    await ownerFile({ pid: process.pid, host: hostname(), startedAt: '2026-06-15T09:30:00Z' })
    expect((await acquire()).acquired).toBe(true)
    expect((await acquire()).acquired).toBe(false)
  })

  it('releases only its own lock', async () => {
    const outcome = await acquireLibraryLock(lockPath)
    if (!outcome.acquired) throw new Error('expected the lock')
    await outcome.release()
    expect(existsSync(lockPath)).toBe(false)

    const again = await acquireLibraryLock(lockPath)
    if (!again.acquired) throw new Error('expected the lock')
    // Someone else's lock now stands there: releasing the old one must not remove it.
    const other = { pid: 1, host: 'desk-07.example', startedAt: '2026-06-15T09:30:00Z' }
    await ownerFile(other)
    await again.release()
    expect(JSON.parse(await readFile(lockPath, 'utf-8'))).toEqual(other)
  })

  it('names the owner in words', () => {
    expect(describeOwner({ pid: 42, host: 'desk-07', startedAt: '2026-06-15T09:30:12.000Z' })).toBe(
      'process 42 on desk-07 since 2026-06-15 09:30 UTC'
    )
  })
})
