/**
 * Issue 8, part 3: version history. Every save is kept; the History dialog lists the
 * versions with time, author and counts; restoring an earlier one puts it back in the
 * article file (and in the editor) as a new version, which restoring again undoes.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { articleTitled } from './support/disk'
import { expect, test, type Page } from './support/host'
import { SCALE_AI_TITLE } from './support/ui'
import { drawnTexts, onDisk, openSample, selectText, toolButton } from './annotate.helpers'

test.describe.configure({ timeout: 90_000 })

/** The History dialog. */
const historyDialog = (page: Page) => page.getByRole('dialog', { name: 'Version history' })
/** The versions listed in it, newest first. */
const versionItems = (page: Page) =>
  historyDialog(page).getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem')

test('save several times, open History, restore an earlier version, the file follows', async ({
  page,
  library,
  hostKind
}) => {
  await openSample(page)
  // Three saves, one more person each time, each on disk before the next.
  const people = ['Alexandr Wang', 'Mark Zuckerberg', 'Jason Droege']
  for (const [n, name] of people.entries()) {
    await selectText(page, name, { block: 'paragraph' })
    await page.keyboard.press('p')
    await onDisk(library, (f) => expect(f.annotations).toHaveLength(n + 1), 5000)
  }
  const { fileName } = await articleTitled(library, SCALE_AI_TITLE)
  const kept = await readdir(join(library, 'history', 'articles', fileName.replace(/\.json$/, '')))
  expect(kept).toHaveLength(4) // the sample as seeded, then the three saves

  await toolButton(page, 'History').click()
  await expect(versionItems(page)).toHaveCount(4)
  const newest = versionItems(page).first()
  await expect(newest).toContainText('Current')
  await expect(newest).toContainText('3 mentions · 0 notes · 3 entities')
  await expect(versionItems(page).nth(1)).toContainText('2 mentions')
  await expect(versionItems(page).nth(3)).toContainText('0 mentions')
  await expect(versionItems(page).nth(3)).toContainText('no author name set')

  // Restore the version with one mention (the first save).
  await versionItems(page)
    .nth(2)
    .getByRole('button', { name: /^Restore the version of/ })
    .click()
  const restored = await onDisk(library, (f) => expect(f.annotations).toHaveLength(1), 5000)
  expect(restored.entities.map((e) => e.name)).toEqual(['Alexandr Wang'])
  await expect(versionItems(page)).toHaveCount(5)
  await expect(versionItems(page).first()).toContainText(/restored the version of/)
  await expect(versionItems(page).first()).toContainText('Current')
  if (hostKind === 'chromium-host') {
    await page.screenshot({ path: test.info().outputPath('history-dialog.png') })
  }
  await historyDialog(page).getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('status')).toContainText(/Restored the version of/)
  await expect.poll(() => drawnTexts(page, 'mention')).toEqual(['Alexandr Wang'])

  // The restore is undone by restoring the version before it: all three people are back.
  await toolButton(page, 'History').click()
  await versionItems(page)
    .nth(1)
    .getByRole('button', { name: /^Restore the version of/ })
    .click()
  await onDisk(library, (f) => expect(f.annotations).toHaveLength(3), 5000)
  await historyDialog(page).getByRole('button', { name: 'Close' }).click()
  await expect
    .poll(async () => (await drawnTexts(page, 'mention')).sort())
    .toEqual([...people].sort())
})
