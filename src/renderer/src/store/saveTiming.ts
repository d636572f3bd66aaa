/**
 * How long each save took, from the moment the store starts it (working out what changed,
 * the request, main's durable write) to main's answer that it is on disk: a User Timing
 * measure named {@link SAVE_MEASURE}, which DevTools' performance panel shows and the
 * benchmark reads. Only the last {@link KEPT} are kept: a day of autosaves must not grow
 * the page's timeline without end.
 */

/** The name of the measure of one save. */
export const SAVE_MEASURE = 'article saved'

/** Measures kept at most. */
export const KEPT = 100

/** Records a save started at `started` (performance.now()) and done now. */
export function recordSave(started: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return
  if (performance.getEntriesByName(SAVE_MEASURE, 'measure').length >= KEPT)
    performance.clearMeasures(SAVE_MEASURE)
  performance.measure(SAVE_MEASURE, { start: started, end: performance.now() })
}
