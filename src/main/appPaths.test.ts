import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { devServerUrl, flagValue, libraryFolder, mainLogFile, parseLaunchOptions } from './appPaths'

describe('parseLaunchOptions', () => {
  const cwd = resolve('/work/here')

  it('reads both flags in the = form and resolves them against cwd', () => {
    const options = parseLaunchOptions(
      ['.', '--user-data-dir=tmp/ud', '--library=/srv/lib'],
      {},
      cwd
    )
    expect(options.userDataDir).toBe(resolve(cwd, 'tmp/ud'))
    expect(options.libraryFolder).toBe(resolve('/srv/lib'))
    expect(options.warnings).toEqual([])
  })

  it('accepts the space form', () => {
    const options = parseLaunchOptions(['--library', 'lib', 'out/main/index.js'], {}, cwd)
    expect(options.libraryFolder).toBe(resolve(cwd, 'lib'))
  })

  it('falls back to the environment, and a flag wins over it', () => {
    const env = { NEWSROOM_LIBRARY: '/env/lib', NEWSROOM_USER_DATA: '/env/ud' }
    expect(parseLaunchOptions([], env, cwd)).toMatchObject({
      libraryFolder: resolve('/env/lib'),
      userDataDir: resolve('/env/ud')
    })
    expect(parseLaunchOptions(['--library=/flag/lib'], env, cwd).libraryFolder).toBe(
      resolve('/flag/lib')
    )
  })

  it('warns about an empty value and keeps the default', () => {
    const options = parseLaunchOptions(['--library='], { NEWSROOM_USER_DATA: '  ' }, cwd)
    expect(options.libraryFolder).toBeUndefined()
    expect(options.userDataDir).toBeUndefined()
    expect(options.warnings).toHaveLength(2)
    expect(options.warnings.some((w) => w.startsWith('--library is empty'))).toBe(true)
    expect(options.warnings.some((w) => w.startsWith('NEWSROOM_USER_DATA is empty'))).toBe(true)
  })

  it('leaves everything unset when nothing is asked', () => {
    expect(parseLaunchOptions(['.', '--inspect'], {}, cwd)).toEqual({
      userDataDir: undefined,
      libraryFolder: undefined,
      warnings: []
    })
  })
})

describe('flagValue', () => {
  it('takes the last occurrence and stops at --', () => {
    expect(flagValue(['--library=a', '--library=b'], 'library')).toBe('b')
    expect(flagValue(['--', '--library=a'], 'library')).toBeUndefined()
  })

  it('does not take the next flag as a value, nor match a longer flag name', () => {
    expect(flagValue(['--library', '--user-data-dir=x'], 'library')).toBeUndefined()
    expect(flagValue(['--library-extra=x'], 'library')).toBeUndefined()
  })
})

describe('folders', () => {
  it('defaults the library and places the log inside userData', () => {
    expect(libraryFolder({ warnings: [] }, '/ud')).toBe(join('/ud', 'library'))
    expect(libraryFolder({ libraryFolder: '/x', warnings: [] }, '/ud')).toBe('/x')
    expect(mainLogFile('/ud')).toBe(join('/ud', 'logs', 'main.log'))
  })
})

describe('devServerUrl', () => {
  it('accepts a loopback http dev server in an unpackaged app', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173/'
    )
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe(
      'http://127.0.0.1:5173/'
    )
  })

  it('ignores it when packaged, foreign, not http or malformed', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example' }, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///etc/passwd' }, false)).toBeUndefined()
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined()
    expect(devServerUrl({}, false)).toBeUndefined()
  })
})
