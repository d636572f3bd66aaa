import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPaintWhenIdle } from './afterPaintWhenIdle'

// The page's frame and idle queues, run by hand: the order is what is under test.
const frames: (() => void)[] = []
const idles: { work: () => void; timeout?: number }[] = []

function withPageQueues(): void {
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f))
  vi.stubGlobal('cancelAnimationFrame', (n: number) => (frames[n - 1] = () => {}))
  vi.stubGlobal('requestIdleCallback', (work: () => void, o?: { timeout?: number }) =>
    idles.push({ work, timeout: o?.timeout })
  )
  vi.stubGlobal('cancelIdleCallback', (n: number) => (idles[n - 1].work = () => {}))
}

afterEach(() => {
  vi.unstubAllGlobals()
  frames.length = 0
  idles.length = 0
})

describe('afterPaintWhenIdle', () => {
  it('waits for the next frame, then for an idle period with a deadline', () => {
    withPageQueues()
    const work = vi.fn()
    afterPaintWhenIdle(work)
    expect(idles).toHaveLength(0)
    frames.splice(0).forEach((f) => f())
    expect(work).not.toHaveBeenCalled()
    expect(idles).toHaveLength(1)
    expect(idles[0].timeout).toBeGreaterThan(0)
    idles[0].work()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('does nothing once cancelled, before or after the frame', () => {
    withPageQueues()
    const early = vi.fn()
    afterPaintWhenIdle(early).cancel()
    frames.splice(0).forEach((f) => f())
    idles.forEach((i) => i.work())
    expect(early).not.toHaveBeenCalled()

    const late = vi.fn()
    const scheduled = afterPaintWhenIdle(late)
    frames.splice(0).forEach((f) => f())
    scheduled.cancel()
    idles.forEach((i) => i.work())
    expect(late).not.toHaveBeenCalled()
  })

  it('runs at the next task where the page has no frames', async () => {
    const work = vi.fn()
    afterPaintWhenIdle(work)
    expect(work).not.toHaveBeenCalled()
    await new Promise((done) => setTimeout(done, 0))
    expect(work).toHaveBeenCalledTimes(1)
  })
})
