/**
 * The durability figures a run measured (kills survived, acknowledged saves lost, damaged
 * files recovered), one JSON file per figure in `.tmp/figures/`, so the line that sums up
 * the suite can read them whichever test process measured them.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where the figures go: `.tmp/figures/` at the root of the repository. */
export const FIGURES_DIR = resolve(import.meta.dirname, '../../../.tmp/figures')

/** Records one figure of this run, replacing the value of an earlier run. */
export function recordFigure(name: string, value: number): void {
  mkdirSync(FIGURES_DIR, { recursive: true })
  const file = join(FIGURES_DIR, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`)
  writeFileSync(file, JSON.stringify({ name, value, at: new Date().toISOString() }) + '\n')
}
