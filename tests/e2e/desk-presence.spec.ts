/**
 * Others' selections on the desk, with real processes: one desk server and two app hosts. B
 * selects words; A sees a faint mark on exactly those words, in B's presence colour, with B's
 * name on hover. When B selects other words the mark follows; when B opens another article,
 * the mark and B's name in the presence list are gone from A's window.
 */
import { expect } from './support/host'
import { BEN, bothOnTheHarbourArticle, deskTest } from './support/desk'
import { readingView, selectText } from './annotate.helpers'
import { pasteArticle } from './support/ui'

const test = deskTest

test.describe.configure({ timeout: 150_000 })

test('A sees B’s selection faintly, in B’s colour with B’s name, until B leaves', async ({
  deskBrowser,
  setting
}) => {
  const { a, b } = await bothOnTheHarbourArticle(setting, deskBrowser)
  await expect(a.page.getByLabel('Ben Okafor has it open')).toBeVisible({ timeout: 15_000 })

  const marks = readingView(a.page).locator('[data-desk-peer]')
  await expect(marks).toHaveCount(0)
  await selectText(b.page, 'harbour budget')
  await expect(marks).toHaveText(['harbour budget'], { timeout: 5_000 })
  await expect(marks).toHaveAttribute('title', BEN.name)
  // Faint: a wash of B's presence colour (the dot beside B's name), mostly transparent.
  const look = await marks.evaluate((el) => {
    const probe = document.createElement('span')
    probe.style.color = getComputedStyle(el).getPropertyValue('--desk-peer')
    document.body.append(probe)
    const colour = getComputedStyle(probe).color
    probe.remove()
    return { colour, wash: getComputedStyle(el).backgroundColor }
  })
  const dot = await a.page
    .locator('.desk-person', { hasText: BEN.name })
    .locator('.desk-dot')
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(look.colour).toBe(dot)
  const alpha = Number(/\/\s*([\d.]+)\)$/.exec(look.wash)?.[1] ?? 1)
  expect(alpha).toBeGreaterThan(0.05)
  expect(alpha).toBeLessThan(0.4)

  // The mark follows B's selection.
  await selectText(b.page, 'Ines Duarte')
  await expect(marks).toHaveText(['Ines Duarte'], { timeout: 5_000 })

  // B leaves the article: the mark and B's name go from A's window.
  await pasteArticle(b.page, 'Ferry timetable', 'Ferry timetable\n\nThe ferry runs hourly.')
  await expect(marks).toHaveCount(0, { timeout: 5_000 })
  await expect(a.page.getByLabel('Ben Okafor has it open')).toBeHidden()
})
