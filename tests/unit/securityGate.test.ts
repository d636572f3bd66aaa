/**
 * The Electron security gate: Electronegativity (Doyensec's checker for Electron's security
 * checklist) scans the main process and preload sources through its API, and any finding of
 * medium severity or higher fails the suite. Its command line exits 0 even with findings, so
 * it is not used. Findings reviewed and accepted carry an `eng-disable` comment with the
 * reason on the line; docs/SECURITY.md maps each checklist item to its code and test.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFigures } from '../../src/main/testing/figures.testkit'

interface Finding {
  id: string
  file: string
  location: { line: number }
  severity: { name: string; value: number }
  confidence: { name: string }
}
type Electronegativity = (options: {
  input: string
  electronVersionOverride?: string
  excludeFromScan?: string[]
}) => Promise<{ issues: Finding[]; errors: { file: string; message: string }[] }>

const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Electronegativity
const ROOT = resolve(import.meta.dirname, '../..')
/** Severity values of Electronegativity: informational 0, low 1, medium 2, high 3. */
const MEDIUM = 2

describe('Electronegativity', () => {
  it(
    'finds nothing of medium severity or higher in main and preload',
    { timeout: 120_000 },
    async () => {
      // Main and preload together (the global checks need both); the renderer is web code.
      const input = await mkdtemp(join(tmpdir(), 'newsroom-electronegativity-'))
      try {
        for (const part of ['main', 'preload']) {
          await cp(join(ROOT, 'src', part), join(input, part), { recursive: true })
        }
        const { issues, errors } = await run({
          input,
          electronVersionOverride: '45.0.0',
          // Asks GitHub for newer Electron releases: no network here, and not a code check.
          excludeFromScan: ['AvailableSecurityFixesGlobalCheck']
        })
        expect(errors, 'files Electronegativity could not parse').toEqual([])
        const serious = issues
          .filter((issue) => issue.severity.value >= MEDIUM)
          .map((i) => `${i.id} (${i.severity.name}) ${i.file}:${i.location.line}`)
        await writeFigures('security-gate', { securityFindings: serious.length })
        expect(serious).toEqual([])
      } finally {
        await rm(input, { recursive: true, force: true })
      }
    }
  )
})
