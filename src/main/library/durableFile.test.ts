import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DurableJsonFile,
  nodeDurableFs,
  writeFileDurably,
  type DurableFs,
  type DurableHandle
} from './durableFile'

/** Node's file system, with every call written down as "<call> <file name>". */
function recordingFs(calls: string[], failOn?: string): DurableFs {
  const name = (path: string) => basename(path).replace(/\.\d+\.[0-9a-f]{12}\.tmp$/, '.TMP')
  return {
    async open(path, flags) {
      calls.push(`open ${name(path)} ${flags}`)
      const handle = await nodeDurableFs.open(path, flags)
      const step = async (call: string, run: () => Promise<void>) => {
        calls.push(`${call} ${name(path)}`)
        if (failOn === call) throw new Error(`${call} failed`)
        await run()
      }
      const recorded: DurableHandle = {
        writeFile: (data) => step('write', () => handle.writeFile(data)),
        sync: () => step('fsync', () => handle.sync()),
        datasync: () => step('fdatasync', () => handle.datasync()),
        close: () => step('close', () => handle.close())
      }
      return recorded
    },
    async rename(from, to) {
      calls.push(`rename ${name(from)} -> ${name(to)}`)
      await nodeDurableFs.rename(from, to)
    },
    async unlink(path) {
      calls.push(`unlink ${name(path)}`)
      await nodeDurableFs.unlink(path)
    }
  }
}

describe('writeFileDurably', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'durable-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes a unique temp file, flushes it, renames it, then fsyncs the folder', async () => {
    const calls: string[] = []
    const target = join(dir, 'a.json')
    await writeFileDurably(target, '{"v":1}', recordingFs(calls))
    const folder = basename(dir)
    expect(calls).toEqual([
      'open .a.json.TMP wx',
      'write .a.json.TMP',
      'fdatasync .a.json.TMP',
      'close .a.json.TMP',
      'rename .a.json.TMP -> a.json',
      `open ${folder} r`,
      `fsync ${folder}`,
      `close ${folder}`
    ])
    expect(await readFile(target, 'utf-8')).toBe('{"v":1}')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('gives every write its own temporary name (process id and random)', async () => {
    const seen = new Set<string>()
    const fs: DurableFs = {
      ...nodeDurableFs,
      open: (path, flags) => {
        if (flags === 'wx') seen.add(basename(path))
        return nodeDurableFs.open(path, flags)
      }
    }
    const target = join(dir, 'a.json')
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurably(target, `${i}`, fs)))
    expect(seen.size).toBe(20)
    for (const name of seen) expect(name).toMatch(new RegExp(`^\\.a\\.json\\.${process.pid}\\.`))
  })

  it('leaves the old file whole and no temp file when the flush fails', async () => {
    const target = join(dir, 'a.json')
    await writeFile(target, 'old')
    const calls: string[] = []
    await expect(writeFileDurably(target, 'new', recordingFs(calls, 'fdatasync'))).rejects.toThrow(
      'fdatasync failed'
    )
    expect(calls).not.toContain('rename .a.json.TMP -> a.json')
    expect(calls.at(-1)).toBe('unlink .a.json.TMP')
    expect(await readFile(target, 'utf-8')).toBe('old')
    expect(await readdir(dir)).toEqual(['a.json'])
  })
})

describe('DurableJsonFile', () => {
  it('reads null for a missing file and what the last write wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'durable-'))
    try {
      const file = new DurableJsonFile<{ n: number }>(join(dir, 'x.json'))
      expect(await file.read()).toBeNull()
      await Promise.all([file.write({ n: 1 }), file.write({ n: 2 }), file.write({ n: 3 })])
      expect(await file.read()).toEqual({ n: 3 })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
