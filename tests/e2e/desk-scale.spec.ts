/**
 * The desk over several processes, with real processes: two desk servers over one real
 * redis-server, A behind a load balancer pointing at the first, B on the second. Changes
 * cross between the processes; the first is killed mid-session, A keeps annotating, the
 * balancer sends her to the second, and nothing is lost on either side.
 */
import { expect } from './support/host'
import { Balancer } from './support/balancer'
import { ANA, BEN, deskTest, fileTitled, joinDesk, openFromLibrary } from './support/desk'
import { drawnTexts, selectText } from './annotate.helpers'
import { pasteArticle } from './support/ui'

const test = deskTest
test.use({ deskProcesses: 2 })

test.describe.configure({ timeout: 150_000 })

const TITLE = 'Council budget vote'
const TEXT =
  'Council budget vote\n\nThe council adopted the budget by nine votes to four.\n\n' +
  '“It is a responsible budget,” said Councillor Amina Diallo.'

test('changes cross two desk processes over Redis; A moves to the second when the first dies', async ({
  deskBrowser,
  setting
}) => {
  const first = setting.desk!
  const second = setting.others[0]
  const balancer = await Balancer.start(first.port)
  try {
    const a = await setting.open(deskBrowser, 'ana')
    const b = await setting.open(deskBrowser, 'ben')
    await joinDesk(a.page, { url: balancer.url, name: ANA.name, token: ANA.token })
    await joinDesk(b.page, { url: second.url, name: BEN.name, token: BEN.token })
    await pasteArticle(a.page, TITLE, TEXT)
    await a.page.getByRole('button', { name: 'Share to desk' }).click()
    await expect(a.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 15_000 })
    await openFromLibrary(b.page, TITLE)

    // A on the first process, B on the second: A's tag reaches B's file and page.
    await selectText(a.page, 'Amina Diallo')
    await a.page.keyboard.press('p')
    await expect
      .poll(() => drawnTexts(b.page, 'mention'), { timeout: 10_000 })
      .toEqual(['Amina Diallo'])

    // The first process dies; A keeps working; the balancer sends her to the second.
    await first.stop('SIGKILL')
    await expect(a.page.getByLabel('Desk status')).toContainText('Offline', { timeout: 15_000 })
    await selectText(a.page, 'council', { context: 'The council adopted' })
    await a.page.keyboard.press('o')
    await expect.poll(async () => (await fileTitled(a.library, TITLE))?.annotations.length).toBe(2)
    balancer.pointAt(second.port)
    await expect(a.page.getByLabel('Desk status')).toHaveText('Synced', { timeout: 20_000 })
    await expect
      .poll(async () => (await fileTitled(b.library, TITLE))?.annotations.length, {
        timeout: 15_000
      })
      .toBe(2)
    const fileA = (await fileTitled(a.library, TITLE))!
    const fileB = (await fileTitled(b.library, TITLE))!
    expect(fileB.annotations).toEqual(fileA.annotations)
    expect(fileA.annotations.map((x) => x.target.exact).sort()).toEqual(['Amina Diallo', 'council'])
  } finally {
    await balancer.close()
  }
})
