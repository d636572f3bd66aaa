/**
 * The toolbar fits (issue 7, part 8): at 1280 × 800 every button stands in one row, grouped
 * (annotate, edit, file, help), each reachable by the arrow keys and by the mouse; at 1024
 * the groups wrap as wholes and nothing is hidden. The screenshots of both widths are
 * attached to the report.
 */
import type { Locator, Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/host'
import { openSample, selectText, toolbar } from './annotate.helpers'

/** Top, bottom and sides of every toolbar button, in order. */
async function buttonBoxes(page: Page) {
  const buttons = toolbar(page).getByRole('button')
  const boxes = []
  for (const button of await buttons.all()) {
    const box = await button.boundingBox()
    if (!box) throw new Error(`${await button.getAttribute('title')} has no box: it is hidden`)
    boxes.push({ name: (await button.textContent()) ?? '', ...box })
  }
  return boxes
}

/** The toolbar's groups by their names, each with its buttons' names. */
async function groups(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const group of await toolbar(page).getByRole('group').all()) {
    const name = (await group.getAttribute('aria-label')) ?? ''
    out[name] = await group
      .getByRole('button')
      .evaluateAll((els) => els.map((el) => el.querySelector('.toolbar-label')?.textContent ?? ''))
  }
  return out
}

/** Keeps a picture of the window beside the test's results, for a person to look at. */
async function attachShot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name)
  await page.screenshot({ path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

/**
 * Arrow keys from the first button visit every enabled button once, in order, and wrap
 * round to the first; disabled ones (Redo with nothing to redo) are stepped over.
 */
async function walk(page: Page, buttons: Locator): Promise<number> {
  const enabled = await buttons.evaluateAll((els) =>
    els.flatMap((el, i) => ((el as HTMLButtonElement).disabled ? [] : [i]))
  )
  await buttons.nth(enabled[0]).focus()
  for (const i of enabled.slice(1)) {
    await page.keyboard.press('ArrowRight')
    await expect(buttons.nth(i)).toBeFocused()
  }
  await page.keyboard.press('ArrowRight')
  await expect(buttons.nth(enabled[0])).toBeFocused()
  return enabled.length
}

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the toolbar is one row of groups, and every action is reachable', async ({
    page
  }, testInfo) => {
    await openSample(page)
    expect(await groups(page)).toEqual({
      Annotate: [
        'Quote',
        'Person',
        'Organisation',
        'Place',
        'Money',
        'Percentage',
        'Date',
        'Product',
        'Event',
        'Other',
        'Link',
        'Source note',
        'Claim',
        'Tag all'
      ],
      Edit: ['Undo', 'Redo', 'Edit text', 'Re-attach'],
      File: ['Export', 'Import annotations', 'Fact-check report', 'History'],
      Help: ['Help']
    })

    const boxes = await buttonBoxes(page)
    const tops = new Set(boxes.map((b) => Math.round(b.y)))
    expect([...tops], 'every button shares one top').toHaveLength(1)
    // Nothing runs past the bar (under the settings button or out of the window).
    const gear = await page.getByRole('button', { name: 'Settings' }).boundingBox()
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(gear!.x)

    // Still one row once the status line speaks ("All changes saved.").
    await selectText(page, 'Jason Droege', { block: 'standfirst' })
    await page.keyboard.press('p')
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible()
    const after = new Set((await buttonBoxes(page)).map((b) => Math.round(b.y)))
    expect([...after]).toHaveLength(1)

    // Every button by keyboard (arrow keys along the toolbar) and by mouse (its tooltip).
    // After one tag only Redo and Re-attach have nothing to do.
    const buttons = toolbar(page).getByRole('button')
    expect(await walk(page, buttons)).toBe(boxes.length - 2)
    await toolbar(page).getByRole('button', { name: 'Organisation', exact: true }).hover()
    await expect(
      toolbar(page).getByRole('button', { name: 'Organisation', exact: true })
    ).toHaveAttribute('title', /Organisation.*O/)
    await attachShot(page, testInfo, 'toolbar-1280.png')
  })
})

test.describe('at 1024 × 800', () => {
  test.use({ viewport: { width: 1024, height: 800 } })

  test('the groups wrap as wholes, and every button stays visible', async ({ page }, testInfo) => {
    await openSample(page)
    const boxes = await buttonBoxes(page)
    expect(boxes).toHaveLength(23)
    // Each group keeps its buttons on one line.
    for (const group of await toolbar(page).getByRole('group').all()) {
      const tops = await group
        .getByRole('button')
        .evaluateAll((els) => [
          ...new Set(els.map((el) => Math.round(el.getBoundingClientRect().top)))
        ])
      expect(tops, (await group.getAttribute('aria-label')) ?? '').toHaveLength(1)
    }
    // No more than two rows.
    expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBeLessThanOrEqual(2)
    await attachShot(page, testInfo, 'toolbar-1024.png')
  })
})
