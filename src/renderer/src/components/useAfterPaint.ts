/**
 * A value that catches up with `value` once the browser has painted the frame that shows the
 * change: what is computed from it (the panel's list, which walks every annotation of the
 * article) runs after the article shows a new highlight, not between the key press and the
 * paint. useDeferredValue alone did not do this: React renders a deferred value in its next
 * task, which the browser often runs before the frame, so at 30,000 annotations the panel's
 * rebuild sat in every key press to paint.
 *
 * While values come faster than frames, only the last one is taken up.
 */
import { startTransition, useEffect, useState } from 'react'

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    // Without frames (a test's DOM without layout), at the next task.
    if (typeof requestAnimationFrame !== 'function') {
      const timer = setTimeout(() => startTransition(() => setShown(() => value)), 0)
      return () => clearTimeout(timer)
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    // The frame's callback runs before it is painted; the task after it runs once it has been.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [value])
  return shown
}
