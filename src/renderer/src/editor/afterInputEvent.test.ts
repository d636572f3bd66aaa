import { describe, expect, it, vi } from 'vitest'

// The page's window listeners, held here so that a key press can be sent by hand.
const listeners = new Map<string, () => void>()
vi.stubGlobal('addEventListener', (type: string, listener: () => void) =>
  listeners.set(type, listener)
)
const { afterInputEvent } = await import('./afterInputEvent')

describe('afterInputEvent', () => {
  it('runs the work in a later task, not inside the event being handled', async () => {
    const done: string[] = []
    afterInputEvent(() => done.push('tagged'))
    done.push('handler returned')
    expect(done).toEqual(['handler returned'])
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(done).toEqual(['handler returned', 'tagged'])
  })

  it('runs waiting work first when the next key or pointer press arrives', async () => {
    const done: string[] = []
    afterInputEvent(() => done.push('first key'))
    afterInputEvent(() => done.push('second key'))
    listeners.get('keydown')!()
    done.push('third key')
    expect(done).toEqual(['first key', 'second key', 'third key'])
    afterInputEvent(() => done.push('fourth key'))
    listeners.get('pointerdown')!()
    expect(done.at(-1)).toBe('fourth key')
    // The timer left over finds nothing to run twice.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(done).toEqual(['first key', 'second key', 'third key', 'fourth key'])
  })
})
