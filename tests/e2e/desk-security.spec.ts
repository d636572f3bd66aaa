/**
 * The desk refuses what it must, and says so: a desk address that is not ws:// or wss:// is
 * refused in Settings; a bad token is refused with a visible message saying what to do; an
 * editor with a read-only token sees the article but cannot change it, on the desk or in
 * anyone's file. Real desk server process, real web hosts, one browser context each.
 */
import { expect } from './support/host'
import { ANA, RITA, deskTest, fileTitled, joinDesk, openFromLibrary } from './support/desk'
import { selectText } from './annotate.helpers'
import { pasteArticle } from './support/ui'

const test = deskTest

test.describe.configure({ timeout: 120_000 })

const TITLE = 'Wind farm hearing'
const TEXT =
  'Wind farm hearing\n\nThe hearing on the offshore wind farm opens on Tuesday.\n\n' +
  '“Every objection will be heard,” said the inspector.'

test('an address that is not ws:// or wss:// is refused in Settings, with what to type', async ({
  deskBrowser,
  setting
}) => {
  const a = await setting.open(deskBrowser, 'ana')
  await a.page.getByRole('button', { name: 'Settings' }).click()
  const dialog = a.page.getByRole('dialog', { name: 'Settings' })
  const address = dialog.getByLabel('Desk address')
  await address.fill('https://desk.example.org')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeVisible()
  await expect(address).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText(/A desk address starts with wss:\/\//)).toBeVisible()
})

test('a bad token is refused with a visible message; a read-only editor cannot change', async ({
  deskBrowser,
  setting
}) => {
  const a = await setting.open(deskBrowser, 'ana')
  const rita = await setting.open(deskBrowser, 'rita')
  const mallory = await setting.open(deskBrowser, 'mallory')
  await joinDesk(a.page, { url: setting.url, name: ANA.name, token: ANA.token })
  await joinDesk(rita.page, { url: setting.url, name: RITA.name, token: RITA.token })
  await joinDesk(mallory.page, {
    url: setting.url,
    name: 'Mallory',
    token: 'not-a-token-of-this-desk-000'
  })

  // The bad token: sharing is refused by the desk, and the status line says what to do.
  await mallory.page.getByRole('button', { name: 'Share to desk' }).click()
  await expect(mallory.page.getByLabel('Desk status')).toContainText(
    'The desk refused this connection',
    { timeout: 15_000 }
  )
  await expect(mallory.page.getByLabel('Desk status')).toContainText('your token in Settings')

  // The read-only editor gets the article and is told she can only read it.
  await pasteArticle(a.page, TITLE, TEXT)
  await a.page.getByRole('button', { name: 'Share to desk' }).click()
  await expect(a.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
  await openFromLibrary(rita.page, TITLE)
  await expect(rita.page.getByLabel('Desk status')).toContainText('Read-only on the desk', {
    timeout: 15_000
  })

  // She tries a quote: the keys and the toolbar refuse it, and say why.
  await selectText(rita.page, 'Every objection will be heard')
  await rita.page.keyboard.press('q')
  await expect(rita.page.getByRole('status')).toContainText('Read-only on the desk')
  await expect(rita.page.getByRole('dialog', { name: 'Quote' })).toBeHidden()
  await expect(
    rita.page.getByRole('toolbar', { name: 'Annotation tools' }).getByRole('button', {
      name: 'Quote',
      exact: true
    })
  ).toBeDisabled()
  await a.page.waitForTimeout(2_000)
  expect((await fileTitled(a.library, TITLE))?.annotations).toEqual([])
  expect((await fileTitled(rita.library, TITLE))?.annotations).toEqual([])
})
