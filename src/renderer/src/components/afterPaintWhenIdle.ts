/**
 * Runs work that nobody waits for (the assist's first reading of an article) once the frame
 * showing the article has been painted and the page has nothing more urgent to do: an idle
 * callback gives way to input and to the tasks already queued, so the first paint and the
 * editor's first click come first. The deadline makes sure it still runs on a page that is
 * never idle (a long stream of frames, a desk in full flow).
 */
const IDLE_DEADLINE_MS = 2_000

export interface Scheduled {
  cancel(): void
}

export function afterPaintWhenIdle(work: () => void): Scheduled {
  let frame = 0
  let idle = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const whenIdle = (): void => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(work, { timeout: IDLE_DEADLINE_MS })
    else timer = setTimeout(work, 0)
  }
  // Without frames (a test's DOM without layout), at the next task.
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(whenIdle)
  else timer = setTimeout(work, 0)
  return {
    cancel() {
      if (frame) cancelAnimationFrame(frame)
      if (idle) cancelIdleCallback(idle)
      clearTimeout(timer)
    }
  }
}
