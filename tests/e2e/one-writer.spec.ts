/**
 * Issue 8, part 2: one writer per library folder. A second app process on the same folder
 * (a second web host, as a second user or a second instance would be) opens it read-only,
 * says so, and writes nothing; a lock left by a killed process is taken over; and an article
 * file changed on disk by another program is never silently overwritten: the app asks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { articleTitled } from './support/disk'
import { expect, test, type Page } from './support/host'
import { SCALE_AI_TITLE } from './support/ui'
import { drawnTexts, onDisk, openSample, selectText, toolButton } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

const WEB_HOST = resolve(import.meta.dirname, '../../out/main/web-host.js')
const READ_ONLY = 'Open in another window or by another editor: read-only'

/** Starts a second app process (the built web host) on `library`; resolves with its URL. */
function startSecondHost(library: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [WEB_HOST, '--library', library], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    const timer = setTimeout(() => reject(new Error(`no URL from the second host: ${out}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /^NEWSROOM_WEB_HOST_URL=(\S+)$/m.exec(out)?.[1]
      if (url) {
        clearTimeout(timer)
        resolvePromise({ child, url })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
  })
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.on('exit', () => done())
    child.kill(signal)
  })
}

const scaleAiPath = async (library: string) =>
  join(library, 'articles', (await articleTitled(library, SCALE_AI_TITLE)).fileName)

test.beforeEach(({ hostKind }) => {
  test.skip(hostKind === 'electron', 'the second process is a web host shown in Chromium')
})

test('a second process opens the folder read-only, says so, and writes nothing', async ({
  page,
  library
}) => {
  await openSample(page)
  const second = await startSecondHost(library)
  let other: Page | undefined
  try {
    other = await page.context().newPage()
    await other.goto(second.url)
    await openSample(other).catch(() => undefined)
    await expect(other.getByRole('status', { name: READ_ONLY })).toContainText(READ_ONLY)
    await expect(other.getByRole('status', { name: READ_ONLY })).toContainText(
      `process ${process.pid}`
    )
    await expect(toolButton(other, 'Person')).toBeDisabled()
    await expect(toolButton(other, 'History')).toBeEnabled()
    const before = await readFile(await scaleAiPath(library), 'utf8')

    // Annotating by key does nothing, and says why.
    await selectText(other, 'Alexandr Wang', { block: 'paragraph' })
    await other.keyboard.press('p')
    await expect(
      other.getByText(/^Read-only: this library is being changed elsewhere/)
    ).toBeVisible()
    expect(await drawnTexts(other, 'mention')).toEqual([])
    await other.screenshot({ path: test.info().outputPath('read-only.png') })
    await other.waitForTimeout(1500) // longer than the autosave's pause
    expect(await readFile(await scaleAiPath(library), 'utf8')).toBe(before)

    // The first process still writes.
    await selectText(page, 'Mark Zuckerberg', { block: 'paragraph' })
    await page.keyboard.press('p')
    await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 5000)
  } finally {
    await other?.close()
    await stop(second.child)
  }
})

test('a lock left by a killed process is taken over', async ({ library, restart }) => {
  const reopened = await restart(async () => {
    // While the app is stopped, another process takes the folder and dies without letting go.
    const second = await startSecondHost(library)
    const lock = JSON.parse(await readFile(join(library, 'library.lock'), 'utf8')) as {
      pid: number
    }
    expect(lock.pid).toBe(second.child.pid)
    await stop(second.child, 'SIGKILL')
  })
  await openSample(reopened)
  await expect(reopened.getByRole('status', { name: READ_ONLY })).toHaveCount(0)
  const lock = JSON.parse(await readFile(join(library, 'library.lock'), 'utf8')) as { pid: number }
  expect(lock.pid).toBe(process.pid)
  await selectText(reopened, 'Alexandr Wang', { block: 'paragraph' })
  await reopened.keyboard.press('p')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 5000)
})

test('an article changed on disk by another program is not overwritten: the app asks', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, 'Alexandr Wang', { block: 'paragraph' })
  await page.keyboard.press('p')
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 5000)

  // Another program (a sync client) writes its own version: no annotations.
  const path = await scaleAiPath(library)
  const theirs = JSON.parse(await readFile(path, 'utf8')) as {
    entities: unknown[]
    annotations: unknown[]
  }
  await writeFile(path, JSON.stringify({ ...theirs, entities: [], annotations: [] }, null, 2))

  await selectText(page, 'Mark Zuckerberg', { block: 'paragraph' })
  await page.keyboard.press('p')
  const question = page.getByRole('alertdialog', { name: 'This article changed on disk' })
  await expect(question).toBeVisible({ timeout: 5000 })
  await page.screenshot({ path: test.info().outputPath('changed-on-disk.png') })
  // Nothing was written over their version.
  expect((JSON.parse(await readFile(path, 'utf8')) as typeof theirs).annotations).toEqual([])

  // Keep mine: my two mentions are written; theirs is kept in the history.
  await question.getByRole('button', { name: 'Keep mine' }).click()
  await expect(question).toHaveCount(0)
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(2), 5000)
  await toolButton(page, 'History').click()
  const history = page.getByRole('dialog', { name: 'Version history' })
  await expect(history.getByText('written by another program')).toBeVisible()
  await history.getByRole('button', { name: 'Close' }).click()

  // Once more, and this time reload theirs: the editor shows what is on disk.
  await writeFile(path, JSON.stringify({ ...theirs, entities: [], annotations: [] }, null, 2))
  await selectText(page, 'Jason Droege', { block: 'paragraph' })
  await page.keyboard.press('p')
  await expect(question).toBeVisible({ timeout: 5000 })
  await question.getByRole('button', { name: 'Reload their version' }).click()
  await expect(question).toHaveCount(0)
  await expect.poll(() => drawnTexts(page, 'mention')).toEqual([])
  expect((JSON.parse(await readFile(path, 'utf8')) as typeof theirs).annotations).toEqual([])
})
