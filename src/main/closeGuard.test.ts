import { describe, expect, it, vi } from 'vitest'
import { CloseGuard, type CloseGuardDeps } from './closeGuard'

function setup(overrides: Partial<CloseGuardDeps> = {}) {
  let pending: (() => void) | undefined
  const deps = {
    timeoutMs: 3000,
    requestFlush: vi.fn(() => true),
    close: vi.fn(),
    confirmCloseWithUnsavedChanges: vi.fn(async () => false),
    setTimer: vi.fn((callback: () => void) => {
      pending = callback
      return 1
    }),
    clearTimer: vi.fn(() => {
      pending = undefined
    }),
    ...overrides
  }
  const guard = new CloseGuard(deps)
  return { guard, deps, fireTimer: () => pending?.() }
}

describe('CloseGuard', () => {
  it('holds the first close and asks the renderer to flush', () => {
    const { guard, deps } = setup()
    expect(guard.onCloseRequested()).toBe(false)
    expect(deps.requestFlush).toHaveBeenCalledWith(3000)
    expect(guard.state).toBe('flushing')
    // A second click while flushing neither closes nor asks again.
    expect(guard.onCloseRequested()).toBe(false)
    expect(deps.requestFlush).toHaveBeenCalledTimes(1)
  })

  it('closes once the renderer has flushed, and then lets the close through', async () => {
    const { guard, deps } = setup()
    guard.onCloseRequested()
    await expect(guard.onReadyToClose(true)).resolves.toBe(true)
    expect(deps.clearTimer).toHaveBeenCalled()
    expect(deps.close).toHaveBeenCalledTimes(1)
    expect(guard.onCloseRequested()).toBe(true)
  })

  it('closes after the timeout when the renderer never answers', () => {
    const { guard, deps, fireTimer } = setup()
    guard.onCloseRequested()
    expect(deps.close).not.toHaveBeenCalled()
    fireTimer()
    expect(deps.close).toHaveBeenCalledTimes(1)
    expect(guard.state).toBe('closing')
  })

  it('closes at once when the renderer cannot be reached', () => {
    const { guard, deps } = setup({ requestFlush: vi.fn(() => false) })
    expect(guard.onCloseRequested()).toBe(true)
    expect(deps.setTimer).not.toHaveBeenCalled()
  })

  it('asks the user after a failed flush and keeps the window when told to', async () => {
    const { guard, deps } = setup()
    guard.onCloseRequested()
    await expect(guard.onReadyToClose(false)).resolves.toBe(false)
    expect(deps.confirmCloseWithUnsavedChanges).toHaveBeenCalledTimes(1)
    expect(deps.close).not.toHaveBeenCalled()
    expect(guard.state).toBe('open')
    // The next close starts a new flush.
    expect(guard.onCloseRequested()).toBe(false)
    expect(deps.requestFlush).toHaveBeenCalledTimes(2)
  })

  it('closes after a failed flush when the user says so', async () => {
    const { guard, deps } = setup({ confirmCloseWithUnsavedChanges: vi.fn(async () => true) })
    guard.onCloseRequested()
    await expect(guard.onReadyToClose(false)).resolves.toBe(true)
    expect(deps.close).toHaveBeenCalledTimes(1)
  })

  it('ignores a readyToClose nobody asked for', async () => {
    const { guard, deps } = setup()
    await expect(guard.onReadyToClose(true)).resolves.toBe(false)
    expect(deps.close).not.toHaveBeenCalled()
    expect(guard.state).toBe('open')
  })
})
