/**
 * Attribution and conflicts on the desk, with real processes: one desk server and two app
 * hosts. A quotes the mayor while both are online: B's copy is kept in B's history as Ana's
 * version, not B's. Then the desk goes away, A marks the quote verified and B marks it
 * disputed; when the desk is back, both files hold the same status and both changes in the
 * quote's history, which both editors see in the quote's dialog.
 */
import type { Page } from '@playwright/test'
import { expect } from './support/host'
import { ANA, BEN, bothOnTheHarbourArticle, deskTest, fileTitled, HARBOUR } from './support/desk'
import { drawnTexts, selectText, toolButton } from './annotate.helpers'

const test = deskTest

test.describe.configure({ timeout: 150_000 })

const { title: TITLE, quote: QUOTE } = HARBOUR

interface CheckEntry {
  by: string
  from: string | null
  to: string | null
}

/** The editor's name (what annotations record) and the desk's settings, in one save. */
async function join(page: Page, url: string, editor: { name: string; token: string }) {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(editor.name)
  await dialog.getByLabel('Desk address').fill(url)
  await dialog.getByLabel('Name on the desk').fill(editor.name)
  await dialog.getByLabel('Access token').fill(editor.token)
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()
}

async function quoteOnDisk(library: string) {
  const file = await fileTitled(library, TITLE)
  return file?.annotations[0] as
    { status: string; checkHistory?: CheckEntry[]; target: { exact: string } } | undefined
}

async function setStatus(page: Page, status: 'Verified' | 'Disputed') {
  await page
    .getByRole('complementary', { name: 'Annotations' })
    .getByRole('button', { name: /^Edit “We will finish/ })
    .click()
  const edit = page.getByRole('dialog', { name: 'Edit quote' })
  await edit.getByRole('radio', { name: status, exact: true }).check()
  await edit.getByRole('button', { name: 'Save quote' }).click()
  await expect(edit).toBeHidden()
}

test('B keeps A’s change as A’s version; two statuses at once converge, both in the history', async ({
  deskBrowser,
  setting
}) => {
  const { a, b } = await bothOnTheHarbourArticle(setting, deskBrowser, join)

  // A quotes the mayor; B's history keeps B's copy as Ana's version.
  await selectText(a.page, QUOTE)
  await a.page.keyboard.press('q')
  const create = a.page.getByRole('dialog', { name: 'Quote' })
  await create.getByRole('button', { name: 'Save quote' }).click()
  await expect(create).toBeHidden()
  await expect.poll(() => drawnTexts(b.page, 'quote'), { timeout: 10_000 }).toEqual([QUOTE])
  await toolButton(b.page, 'History').click()
  const versions = b.page
    .getByRole('dialog', { name: 'Version history' })
    .getByRole('list', { name: 'Versions, newest first' })
    .getByRole('listitem')
  await expect(versions.first()).toContainText(`by ${ANA.name}`)
  await expect(versions.filter({ hasText: `by ${BEN.name}` })).toHaveCount(0)
  await b.page
    .getByRole('dialog', { name: 'Version history' })
    .getByRole('button', { name: 'Close' })
    .click()

  // The desk goes away; A marks the quote verified, B disputed.
  const port = setting.desk!.port
  await setting.desk!.stop()
  await expect(a.page.getByLabel('Desk status')).toContainText('Offline', { timeout: 15_000 })
  await expect(b.page.getByLabel('Desk status')).toContainText('Offline', { timeout: 15_000 })
  await setStatus(a.page, 'Verified')
  await setStatus(b.page, 'Disputed')
  await expect.poll(async () => (await quoteOnDisk(a.library))?.status).toBe('verified')
  await expect.poll(async () => (await quoteOnDisk(b.library))?.status).toBe('disputed')

  // Back online: one status everywhere, and both changes in the quote's history.
  await setting.startServer(port)
  const both = [`${ANA.name}:needs-checking→verified`, `${BEN.name}:needs-checking→disputed`].sort()
  const entries = async (library: string) =>
    ((await quoteOnDisk(library))?.checkHistory ?? []).map((h) => `${h.by}:${h.from}→${h.to}`)
  for (const side of [a, b]) {
    await expect
      .poll(async () => (await entries(side.library)).sort(), { timeout: 30_000 })
      .toEqual(both)
  }
  await expect
    .poll(async () => (await quoteOnDisk(b.library))?.status, { timeout: 10_000 })
    .toBe((await quoteOnDisk(a.library))?.status)
  expect(await quoteOnDisk(b.library)).toEqual(await quoteOnDisk(a.library))
  expect(['verified', 'disputed']).toContain((await quoteOnDisk(a.library))?.status)

  // Each editor sees the other's change in the quote's dialog, once the article shows the
  // status both files hold.
  const final = (await quoteOnDisk(a.library))!.status === 'verified' ? 'Verified' : 'Disputed'
  for (const side of [a, b]) {
    await expect(side.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
    const panel = side.page.getByRole('complementary', { name: 'Annotations' })
    await expect(panel.getByRole('button', { name: /^« We will finish/ })).toContainText(final, {
      timeout: 10_000
    })
    await panel.getByRole('button', { name: /^Edit “We will finish/ }).click()
    const edit = side.page.getByRole('dialog', { name: 'Edit quote' })
    const history = edit.getByRole('region', { name: 'History of the check' }).getByRole('listitem')
    await expect(history).toHaveCount(2)
    await expect(history.filter({ hasText: 'Needs checking → Verified' })).toContainText(ANA.name)
    await expect(history.filter({ hasText: 'Needs checking → Disputed' })).toContainText(BEN.name)
    await edit.getByRole('button', { name: 'Cancel' }).click()
  }
})
