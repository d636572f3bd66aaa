import { describe, expect, it, vi } from 'vitest'
import type { NewsroomDesktopApi } from '@shared/contract'

/** A fake preload bridge: records the beforeClose listener and the answers. */
function fakeBridge() {
  let listener: ((payload: { timeoutMs: number }) => void) | null = null
  const answers: boolean[] = []
  const bridge = {
    onBeforeClose: (l: (payload: { timeoutMs: number }) => void) => {
      listener = l
      return () => undefined
    },
    readyToClose: async ({ flushed }: { flushed: boolean }) => {
      answers.push(flushed)
      return { ok: true, value: { closing: true } }
    }
  } as unknown as NewsroomDesktopApi
  return { bridge, answers, close: () => listener?.({ timeoutMs: 3000 }) }
}

describe('closeFlush', () => {
  it('answers beforeClose once every flusher is done, flushed only if all were', async () => {
    vi.resetModules()
    const { installCloseFlush, onWindowClose } = await import('./closeFlush')
    const fake = fakeBridge()
    installCloseFlush(fake.bridge)

    // No article open: the window may close at once.
    fake.close()
    await vi.waitFor(() => expect(fake.answers).toEqual([true]))

    const removeGood = onWindowClose(async () => true)
    const removeBad = onWindowClose(async () => {
      throw new Error('disk gone')
    })
    fake.close()
    await vi.waitFor(() => expect(fake.answers).toEqual([true, false]))

    removeBad()
    fake.close()
    await vi.waitFor(() => expect(fake.answers).toEqual([true, false, true]))
    removeGood()
  })
})
