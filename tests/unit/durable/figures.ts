/**
 * The durability figures a run measured (kills survived, acknowledged saves lost, damaged
 * files recovered), written where the suite's hardening line reads them
 * (`test-results/hardening/`, see src/main/testing/figures.testkit.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIGURES_DIR, type HardeningFigures } from '../../../src/main/testing/figures.testkit'

/** The hardening line's key for each figure these tests measure. */
const KEYS: Record<string, keyof HardeningFigures> = {
  'kills survived': 'killsSurvived',
  'acknowledged saves lost': 'acknowledgedSavesLost',
  'damaged files recovered': 'damagedFilesRecovered'
}

/** Records one figure of this run, replacing the value of an earlier run. */
export function recordFigure(name: string, value: number): void {
  const key = KEYS[name]
  if (!key) throw new Error(`no hardening figure is called "${name}"`)
  mkdirSync(FIGURES_DIR, { recursive: true })
  const file = join(FIGURES_DIR, `durable-${name.replace(/[^a-z0-9]+/gi, '-')}.json`)
  writeFileSync(file, JSON.stringify({ [key]: value }, null, 2) + '\n')
}
