/**
 * Prints the suite's one hardening line from the figures the tests wrote under
 * test-results/hardening/ (one JSON file per test file; see src/main/testing/figures.testkit.ts):
 * kills survived, acknowledged saves lost, damaged files recovered, payloads fuzzed, hostile
 * inputs neutralised, security findings. A figure no test wrote this run shows as "not run".
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FIGURES_DIR, type HardeningFigures } from '../src/main/testing/figures.testkit'

const LABELS: Record<keyof HardeningFigures, string> = {
  killsSurvived: 'kills survived',
  acknowledgedSavesLost: 'acknowledged saves lost',
  damagedFilesRecovered: 'damaged files recovered',
  payloadsFuzzed: 'payloads fuzzed',
  hostileInputsNeutralised: 'hostile inputs neutralised',
  securityFindings: 'security findings (medium or higher)'
}

async function main(): Promise<void> {
  let names: string[] = []
  try {
    names = (await readdir(FIGURES_DIR)).filter((name) => name.endsWith('.json'))
  } catch {
    // No figures at all: every one is "not run".
  }
  const totals: Partial<Record<keyof HardeningFigures, number>> = {}
  for (const name of names) {
    const figures = JSON.parse(await readFile(join(FIGURES_DIR, name), 'utf8')) as HardeningFigures
    for (const [key, value] of Object.entries(figures) as [keyof HardeningFigures, number][]) {
      if (key in LABELS && typeof value === 'number') totals[key] = (totals[key] ?? 0) + value
    }
  }
  const parts = (Object.keys(LABELS) as (keyof HardeningFigures)[]).map(
    (key) => `${LABELS[key]} ${totals[key]?.toLocaleString('en-US') ?? 'not run'}`
  )
  console.log(`hardening: ${parts.join(', ')}`)
}

await main()
