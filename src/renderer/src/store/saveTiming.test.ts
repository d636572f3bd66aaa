import { afterEach, describe, expect, it } from 'vitest'
import { KEPT, recordSave, SAVE_MEASURE } from './saveTiming'

const saves = () => performance.getEntriesByName(SAVE_MEASURE, 'measure')

describe('recordSave', () => {
  afterEach(() => performance.clearMeasures(SAVE_MEASURE))

  it('measures a save from its start to now', () => {
    const started = performance.now() - 40
    recordSave(started)
    const [entry] = saves()
    expect(entry.startTime).toBe(started)
    expect(entry.duration).toBeGreaterThanOrEqual(40)
  })

  it(`keeps at most the last ${KEPT} saves`, () => {
    for (let i = 0; i < KEPT * 2 + 5; i++) recordSave(performance.now())
    expect(saves().length).toBeGreaterThan(0)
    expect(saves().length).toBeLessThanOrEqual(KEPT)
  })
})
