import { describe, expect, it } from 'vitest'
import { MIN_WINDOW_SIZE, fitToDisplays, parseWindowState } from './windowState'

const screen = { x: 0, y: 0, width: 1920, height: 1080 }

describe('window state', () => {
  it('parses saved bounds and rejects anything malformed', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":900,"height":700,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: true
    })
    expect(parseWindowState('{"x":10,"y":20,"width":"wide","height":700}')).toBeUndefined()
    expect(parseWindowState('not json')).toBeUndefined()
    expect(parseWindowState('null')).toBeUndefined()
  })

  it('keeps bounds that are on a display, growing them to the minimum size', () => {
    expect(
      fitToDisplays({ x: 100, y: 100, width: 200, height: 100, maximized: false }, [screen])
    ).toEqual({
      x: 100,
      y: 100,
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
      maximized: false
    })
  })

  it('drops bounds left on a display that is gone', () => {
    expect(
      fitToDisplays({ x: 2500, y: 100, width: 900, height: 700, maximized: false }, [screen])
    ).toBeUndefined()
    expect(
      fitToDisplays({ x: 100, y: -500, width: 900, height: 400, maximized: false }, [screen])
    ).toBeUndefined()
  })
})
