import { describe, expect, it } from 'vitest'
import { parseCli } from './cli'

describe('web host command line', () => {
  const built = '/app/out/main'

  it('defaults to ./.tmp/web-library, a free port and the renderer beside the build', () => {
    expect(parseCli([], {}, '/work', built)).toEqual({
      folder: '/work/.tmp/web-library',
      port: 0,
      rendererDir: '/app/out/renderer'
    })
  })

  it('takes the library from NEWSROOM_LIBRARY, and a flag over it in both spellings', () => {
    expect(parseCli([], { NEWSROOM_LIBRARY: 'lib' }, '/work', built).folder).toBe('/work/lib')
    const env = { NEWSROOM_LIBRARY: '/env' }
    expect(parseCli(['--library', '/flag'], env, '/work', built).folder).toBe('/flag')
    expect(parseCli(['--library=/flag2', '--port=8123'], env, '/work', built)).toMatchObject({
      folder: '/flag2',
      port: 8123
    })
  })

  it('refuses a port that is not a number in range', () => {
    expect(() => parseCli(['--port', 'http'], {}, '/work', built)).toThrow(
      /--port must be a number/
    )
    expect(() => parseCli(['--port=70000'], {}, '/work', built)).toThrow(/--port/)
    expect(() => parseCli(['--port=-1'], {}, '/work', built)).toThrow(/--port/)
  })
})
