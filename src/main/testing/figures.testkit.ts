/**
 * The hardening figures tests record for the closing line of the suite (see
 * scripts/hardening-figures.ts): each test file writes its counts, once, to a JSON file of its
 * own under test-results/hardening/ (not committed); the line adds them up.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/** Where the figures go, from the repository root (vitest and Playwright run there). */
export const FIGURES_DIR = resolve('test-results', 'hardening')

/** The counts the figures line knows; each file holds some of them. */
export interface HardeningFigures {
  killsSurvived?: number
  acknowledgedSavesLost?: number
  damagedFilesRecovered?: number
  payloadsFuzzed?: number
  hostileInputsNeutralised?: number
  securityFindings?: number
}

/** Writes this test file's figures to `<FIGURES_DIR>/<name>.json`, replacing an older run's. */
export async function writeFigures(name: string, figures: HardeningFigures): Promise<void> {
  await mkdir(FIGURES_DIR, { recursive: true })
  await writeFile(join(FIGURES_DIR, `${name}.json`), JSON.stringify(figures, null, 2) + '\n')
}
