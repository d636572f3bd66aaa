/**
 * The app as the specs see it, by role and label only (the agreement with the renderer is in
 * the UI contract): no CSS classes except the ProseMirror block markers.
 */
import type { Locator, Page } from '@playwright/test'

/** The sample article the app ships with and opens first. */
export const SCALE_AI_TITLE =
  'Scale AI promet son indépendance malgré la participation de 14,3 G$ de Meta'

/** The library pane. */
export function libraryPane(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Library' })
}

/** The button that opens an article, found by its exact title. */
export function articleButton(page: Page, title: string): Locator {
  return libraryPane(page).getByRole('listitem').getByRole('button', { name: title, exact: true })
}

/** The article view. */
export function articleView(page: Page): Locator {
  return page.getByRole('main', { name: 'Article' })
}

/** Blocks of one type in the article view (`data-block` is the renderer's block marker). */
export function blocks(page: Page, type: string): Locator {
  return articleView(page).locator(`[data-block="${type}"]`)
}

/** The file input behind "Import file". */
export function importInput(page: Page): Locator {
  return page.getByLabel('Import article file')
}

/** Creates an article from pasted text through the "New article" dialog. */
export async function pasteArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New article', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Article text').fill(text)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await dialog.waitFor({ state: 'hidden' })
}
