import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainLog, formatLogLine } from './log'

const at = new Date('2026-01-02T03:04:05.678Z')

describe('main log', () => {
  it('formats a line with ISO time, level and detail', () => {
    expect(formatLogLine('warn', 'Disk slow', { ms: 12 }, at)).toBe(
      '2026-01-02T03:04:05.678Z WARN Disk slow {"ms":12}'
    )
  })

  it('indents continuation lines so every event starts with a timestamp', () => {
    const line = formatLogLine('error', 'Boom', new Error('bad'), at)
    const lines = line.split('\n')
    expect(lines[0]).toMatch(/^2026-01-02T03:04:05.678Z ERROR Boom Error: bad$/)
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true)
  })

  it('creates the folder and appends to the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newsroom-log-')), 'logs', 'main.log')
    const log = createMainLog(file, () => at)
    log.info('first')
    log.warn('second')
    expect(readFileSync(file, 'utf8')).toBe(
      '2026-01-02T03:04:05.678Z INFO first\n2026-01-02T03:04:05.678Z WARN second\n'
    )
    expect(log.file).toBe(file)
  })
})
