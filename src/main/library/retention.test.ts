import { describe, expect, it } from 'vitest'
import { KEEP_LAST, versionsToKeep } from './retention'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const NOW = Date.UTC(2026, 5, 15, 12, 0, 0)

/** The kept times, newest first, from times given as "ms before NOW". */
function kept(agesMs: number[], now = NOW): number[] {
  const times = agesMs.map((age) => now - age)
  const keep = versionsToKeep(times, now)
  return times.filter((_, i) => keep.has(i)).sort((a, b) => b - a)
}

describe('versionsToKeep', () => {
  it('keeps every version while there are at most 20', () => {
    const ages = Array.from({ length: KEEP_LAST }, (_, i) => i * 400 * DAY)
    expect(kept(ages)).toHaveLength(KEEP_LAST)
  })

  it('keeps the last 20 saves of a busy minute and drops the other saves of that hour', () => {
    // 60 saves, one a second, all within the current hour.
    const ages = Array.from({ length: 60 }, (_, i) => i * 1000)
    const result = kept(ages)
    expect(result).toHaveLength(KEEP_LAST)
    expect(result[0]).toBe(NOW)
    expect(result.at(-1)).toBe(NOW - 19_000)
  })

  it('beyond the last 20, keeps the newest version of each hour of the last day', () => {
    // Twenty recent saves, then three saves (at :55, :45 and :35) in each of the 30 hours before.
    const recent = Array.from({ length: 20 }, (_, i) => i * 1000)
    const hourly = Array.from({ length: 30 }, (_, h) =>
      [5, 15, 25].map((m) => (h + 1) * HOUR + m * MINUTE)
    ).flat()
    const result = kept([...recent, ...hourly])
    const older = result.slice(KEEP_LAST)
    // One per hour (its :55 save) for the hours that are within a day old.
    const withinDay = older.filter((t) => NOW - t <= DAY)
    expect(withinDay).toHaveLength(23)
    for (const t of withinDay) expect(new Date(t).getUTCMinutes()).toBe(55)
    const beyondDay = older.filter((t) => NOW - t > DAY)
    // Older hours fall on the previous UTC day, whose newest version (23:55) is kept as an
    // hourly one already: no daily version is added for that day.
    expect(beyondDay).toEqual([])
  })

  it('keeps one version per UTC day for 30 days, then none', () => {
    const recent = Array.from({ length: 20 }, (_, i) => i * 1000)
    // Two saves a day (at 09:00 and 15:00 UTC) for 40 days, starting two days back.
    const daily: number[] = []
    for (let d = 2; d < 42; d++) {
      const day = Date.UTC(2026, 5, 15 - d)
      daily.push(NOW - (day + 15 * HOUR), NOW - (day + 9 * HOUR))
    }
    const result = kept([...recent, ...daily])
    const older = result.slice(KEEP_LAST)
    for (const t of older) {
      expect(new Date(t).getUTCHours()).toBe(15) // the day's newest
      expect(NOW - t).toBeLessThanOrEqual(30 * DAY)
    }
    expect(older).toHaveLength(29) // days 2..30 back: 15:00 thirty days back is within 30 days
  })

  it('never drops the newest version, however old', () => {
    expect(kept([400 * DAY, 500 * DAY])).toEqual([NOW - 400 * DAY, NOW - 500 * DAY])
    const times = [NOW - 400 * DAY]
    expect(versionsToKeep(times, NOW).has(0)).toBe(true)
  })
})
