#!/usr/bin/env node
/**
 * `npm start`: installs the npm dependencies when they are missing or older than the lockfile
 * (so a fresh clone needs only this one command), builds the app when out/ is missing or older than the sources, then runs it in
 * Electron. Where no Electron binary can be had (it is downloaded from outside the package
 * registry, so offline machines have none) it says so and serves the same app to the browser
 * through the loopback web host instead.
 *
 *   npm start [-- --library=DIR] [-- --web]     (--web skips Electron on purpose)
 *
 * Other arguments are passed on to Electron or to the web host.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** `npm ci` when node_modules is absent or older than package-lock.json. */
function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json')
  const lock = join(root, 'package-lock.json')
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  console.log('Installing the npm dependencies (npm ci)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    // Never fetch the Electron binary during install (older majors would); it is fetched below.
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    shell: process.platform === 'win32'
  })
  if (result.status !== 0) {
    console.error('npm ci failed (see above); nothing was started.')
    process.exit(result.status ?? 1)
  }
}

ensureInstalled()
const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const webOnly = args.includes('--web')
const passOn = args.filter((arg) => arg !== '--web')

const outputs = [
  'out/main/index.js',
  'out/main/web-host.js',
  'out/preload/index.cjs',
  'out/renderer/index.html'
]
const inputs = ['src', 'electron.vite.config.ts', 'package.json', 'tsconfig.base.json']

/** Newest modification time under a file or folder (0 when absent). */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function ensureBuilt() {
  const built = outputs.map((file) => join(root, file))
  const oldestOutput = Math.min(
    ...built.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0))
  )
  const newestInput = Math.max(...inputs.map((path) => newest(join(root, path))))
  if (oldestOutput > newestInput) return
  console.log('Building the app (electron-vite build)…')
  const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js')
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('The build failed (see above); nothing was started.')
    process.exit(result.status ?? 1)
  }
}

/** The Electron executable, if one is installed; never triggers a download by itself. */
function electronBinary() {
  try {
    const packageDir = dirname(require.resolve('electron/package.json'))
    // Without path.txt, require('electron') would try to download; that is done on purpose below.
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(join(packageDir, 'path.txt')))
      return null
    const binary = require('electron')
    return typeof binary === 'string' && existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

/** Runs electron's own installer (what `npx install-electron` runs): null, or why it failed. */
function installElectron() {
  let installer
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
  } catch {
    return 'the electron package is not installed (run npm install)'
  }
  console.log('Fetching the Electron binary (npx install-electron)…')
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    encoding: 'utf8',
    timeout: 5 * 60_000
  })
  if (result.status === 0) return null
  const firstLine = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n')[0]
  return (
    firstLine || (result.error ? String(result.error) : `installer exited with ${result.status}`)
  )
}

/** The library the desktop app would use, so the browser host shows the same articles. */
function defaultLibraryArgs() {
  const asked = passOn.some((arg) => arg === '--library' || arg.startsWith('--library='))
  if (asked || process.env.NEWSROOM_LIBRARY) return []
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'))
  const flag = passOn
    .find((arg) => arg.startsWith('--user-data-dir='))
    ?.slice('--user-data-dir='.length)
  const userData =
    flag || process.env.NEWSROOM_USER_DATA || join(appData, require('../package.json').name)
  return [`--library=${join(userData, 'library')}`]
}

/** Runs a child with our terminal and exits with its code. */
function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

ensureBuilt()

let binary = webOnly ? null : electronBinary()
let reason = null
if (!binary && !webOnly) {
  reason = installElectron()
  binary = reason ? null : electronBinary()
  reason ??= binary ? null : 'the installer finished but no binary was found'
}

if (binary) {
  // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would turn Electron into plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env
  run(binary, [root, ...passOn], env)
} else {
  console.log(
    webOnly
      ? 'Starting the browser host (--web); open the address printed below in your browser.'
      : `\nNo Electron binary could be had (${reason}). Electron downloads its binary from ` +
          'GitHub, not from the npm registry, so a machine that reaches only the registry cannot ' +
          'get it. Starting the browser host instead: the same app and the same library, served ' +
          'on 127.0.0.1 only; open the address printed below in your browser. For the desktop ' +
          'app, run `npx install-electron` where GitHub is reachable (or point ' +
          'ELECTRON_OVERRIDE_DIST_PATH at an Electron build) and run `npm start` again.\n'
  )
  run(process.execPath, [join(root, 'out/main/web-host.js'), ...defaultLibraryArgs(), ...passOn])
}
