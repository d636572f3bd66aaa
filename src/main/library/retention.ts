/**
 * Which earlier versions of a file are kept: the last 20 saves, then the newest version of
 * each hour for a day, then the newest version of each day for a month. Everything else is
 * dropped. Pure, so the rule can be tested with any clock.
 */

/** How many of the newest versions are always kept. */
export const KEEP_LAST = 20
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** Hourly versions are kept this long. */
export const KEEP_HOURLY_FOR = DAY
/** Daily versions are kept this long. */
export const KEEP_DAILY_FOR = 30 * DAY

/**
 * The indices of `times` (saving times in ms since the epoch, in any order) to keep at
 * `now`. Hours and days are counted in UTC, so every machine sharing a folder agrees.
 */
export function versionsToKeep(times: readonly number[], now: number): Set<number> {
  const newestFirst = times.map((time, index) => ({ time, index })).sort((a, b) => b.time - a.time)
  const keep = new Set<number>()
  const hours = new Set<number>()
  const days = new Set<number>()
  newestFirst.forEach(({ time, index }, rank) => {
    const age = now - time
    const hour = Math.floor(time / HOUR)
    const day = Math.floor(time / DAY)
    // Newest first: the first version met in an hour or a day is that hour's or day's newest.
    const newestOfHour = !hours.has(hour)
    const newestOfDay = !days.has(day)
    hours.add(hour)
    days.add(day)
    if (
      rank < KEEP_LAST ||
      (newestOfHour && age <= KEEP_HOURLY_FOR) ||
      (newestOfDay && age <= KEEP_DAILY_FOR)
    ) {
      keep.add(index)
    }
  })
  return keep
}
