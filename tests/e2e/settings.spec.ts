/**
 * Issue 3, steps 3 and 11, the settings: the entity types (name, colour, key; add, remove)
 * are edited in the settings dialog and kept with the library (<library>/library.json); the
 * profile name is recorded as the author of each annotation; the interface switches between
 * English and French at once. Everything asserted on is what the real host wrote to disk.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import {
  annotationSpans,
  onDisk,
  openSample,
  selectText,
  toolButton,
  type StoredArticle
} from './annotate.helpers'
import { expect, test } from './support/host'

/**
 * The article file once it passes `check`. Autosave writes within about a second (the
 * annotate specs hold it to that); these specs are about the panel and the settings, so they
 * allow a busy test machine more time.
 */
function onDiskSoon(library: string, check: (file: StoredArticle) => void) {
  return onDisk(library, check, 10_000)
}
import { libraryPane } from './support/ui'

interface SettingsOnDisk {
  entityTypes: { id: string; name: string; color: string; key: string }[]
  authorName: string
  language: string
}

/** `<library>/library.json`, read from disk now. */
async function settingsOnDisk(library: string): Promise<SettingsOnDisk> {
  return JSON.parse(await readFile(join(library, 'library.json'), 'utf8')) as SettingsOnDisk
}

/** Opens the settings dialog with the gear button and returns it. */
async function openSettings(page: Page, name = 'Settings'): Promise<Locator> {
  await page.getByRole('button', { name, exact: true }).click()
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  return dialog
}

/** The background colour the page computes for a CSS colour (to compare tints). */
async function computedBackground(page: Page, css: string): Promise<string> {
  // A string, as the page's DOM is not among the types of this Node-side file.
  return (await page.evaluate(`(() => {
    const probe = document.createElement('span')
    probe.style.backgroundColor = ${JSON.stringify(css)}
    document.body.append(probe)
    const computed = getComputedStyle(probe).backgroundColor
    probe.remove()
    return computed
  })()`)) as string
}

/** The background colour an element is drawn with now. */
async function backgroundOf(element: Locator): Promise<string> {
  // Built from text, as the page's DOM is not among the types of this Node-side file.
  const read = new Function('el', 'return getComputedStyle(el).backgroundColor') as (
    el: unknown
  ) => string
  return element.evaluate(read)
}

test('a type renamed, recoloured and given a new key: the toolbar, the keys and the tints follow at once, and a restart keeps it', async ({
  page,
  library,
  restart
}) => {
  await openSample(page)
  // A product mention to watch the tint of.
  await selectText(page, 'Llama 4')
  await page.keyboard.press('r')
  const mention = annotationSpans(page, 'mention').first()
  await expect(mention).toHaveText('Llama 4')
  const before = await backgroundOf(mention)
  expect(before).toBe(
    await computedBackground(page, 'color-mix(in srgb, #0f7f8c 22%, transparent)')
  )

  const dialog = await openSettings(page)
  await dialog.getByRole('textbox', { name: 'Name of Product' }).fill('Modèle')
  await dialog.getByLabel('Colour of Product').fill('#7a5c99')
  await dialog.getByRole('textbox', { name: 'Key of Product' }).fill('w')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status')).toHaveText('Settings saved.')

  // The tint of the mention already in the article changed, without reopening it.
  await expect
    .poll(() => backgroundOf(mention))
    .toBe(await computedBackground(page, 'color-mix(in srgb, #7a5c99 22%, transparent)'))
  // The toolbar names the type and shows its new key, and the new key tags.
  const button = toolButton(page, 'Modèle')
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'W')
  await selectText(page, 'Behemoth')
  await page.keyboard.press('w')
  await expect(annotationSpans(page, 'mention')).toHaveCount(2)
  await onDiskSoon(library, (file) => {
    expect(file.annotations.filter((a) => a.kind === 'mention')).toHaveLength(2)
    expect(file.entities.map((e) => e.type)).toEqual(['product', 'product'])
  })

  const saved = await settingsOnDisk(library)
  expect(saved.entityTypes.find((t) => t.id === 'product')).toEqual({
    id: 'product',
    name: 'Modèle',
    color: '#7a5c99',
    key: 'w'
  })

  const again = await restart()
  await openSample(again)
  await expect(toolButton(again, 'Modèle')).toBeVisible()
  const reopened = await openSettings(again)
  await expect(reopened.getByRole('textbox', { name: 'Name of Modèle' })).toHaveValue('Modèle')
  await expect(reopened.getByLabel('Colour of Modèle')).toHaveValue('#7a5c99')
  await expect(reopened.getByRole('textbox', { name: 'Key of Modèle' })).toHaveValue('W')
})

test('keys must be one free letter or digit; a pale colour is warned about; types are added, and removed only when unused', async ({
  page,
  library
}) => {
  await openSample(page)
  await selectText(page, 'Jason Droege')
  await page.keyboard.press('p')
  await expect(annotationSpans(page, 'mention')).toHaveCount(1)

  const dialog = await openSettings(page)
  const personKey = dialog.getByRole('textbox', { name: 'Key of Person' })
  await personKey.fill('q')
  await expect(dialog.getByText('Q is kept for another action.')).toBeVisible()
  await expect(personKey).toHaveAttribute('aria-invalid', 'true')
  await personKey.fill('o')
  await expect(dialog.getByText('O is already the key of Organisation.').first()).toBeVisible()
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Fix the marked fields first.')
  await personKey.fill('p')
  await expect(personKey).not.toHaveAttribute('aria-invalid', 'true')

  // A type in use in this article cannot be removed; an unused one can.
  await expect(dialog.getByRole('button', { name: 'Remove Person' })).toBeDisabled()
  await expect(dialog.getByText('Used by 1 entity in this article')).toBeVisible()
  await dialog.getByRole('button', { name: 'Remove Event' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Name of Event' })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Add a type' }).click()
  await dialog.getByRole('textbox', { name: 'Name of new type 1' }).fill('Loi')
  await dialog.getByLabel('Colour of new type 1').fill('#ffffff')
  await expect(dialog.getByText(/drops to \d\.\d:1 in the dark theme/)).toBeVisible()
  await dialog.getByLabel('Colour of new type 1').fill('#2e7d6b')
  await expect(dialog.getByText(/drops to/)).toHaveCount(0)
  await dialog.getByRole('textbox', { name: 'Key of new type 1' }).fill('j')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()

  const saved = await settingsOnDisk(library)
  expect(saved.entityTypes.map((t) => t.id)).not.toContain('event')
  expect(saved.entityTypes.at(-1)).toEqual({ id: 'loi', name: 'Loi', color: '#2e7d6b', key: 'j' })
  await expect(toolButton(page, 'Loi')).toHaveAttribute('aria-keyshortcuts', 'J')
  await expect(toolButton(page, 'Event')).toHaveCount(0)
})

test('the profile name set in the settings is the author recorded on each new annotation', async ({
  page,
  library
}) => {
  await openSample(page)
  const dialog = await openSettings(page)
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Léa Martin')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()
  expect((await settingsOnDisk(library)).authorName).toBe('Léa Martin')

  await selectText(page, 'Alexandr Wang')
  await page.keyboard.press('p')
  const file = await onDiskSoon(library, (f) => expect(f.annotations).toHaveLength(1))
  expect(file.annotations[0]).toMatchObject({ createdBy: 'Léa Martin', updatedBy: 'Léa Martin' })
  expect(Date.parse(file.annotations[0].createdAt)).not.toBeNaN()
})

test('switching the language to Français relabels the interface at once, a restart keeps it, and back', async ({
  page,
  library,
  restart
}) => {
  await openSample(page)
  const dialog = await openSettings(page)
  await dialog.getByLabel('Interface language').selectOption('fr')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByRole('navigation', { name: 'Bibliothèque' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Nouvel article' })).toBeVisible()
  await expect(page.getByRole('toolbar', { name: 'Outils d’annotation' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Réglages', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.getByRole('tab', { name: /^Citations\b/ })).toBeVisible()
  await expect(panel.getByRole('tab', { name: /^Orphelines\b/ })).toBeVisible()
  await expect(
    panel.getByRole('searchbox', { name: 'Rechercher dans les annotations' })
  ).toBeVisible()
  await expect(
    panel.getByText('Sélectionnez ce que quelqu’un a dit et appuyez sur Q')
  ).toBeVisible()
  expect((await settingsOnDisk(library)).language).toBe('fr')

  const again = await restart()
  await expect(again.getByRole('navigation', { name: 'Bibliothèque' })).toBeVisible()
  const réglages = await openSettings(again, 'Réglages')
  await expect(réglages.getByRole('heading', { name: 'Types d’entités' })).toBeVisible()
  // A built-in type shows its French name until it is renamed.
  await expect(réglages.getByRole('textbox', { name: 'Nom de Personne' })).toHaveValue('Personne')
  await réglages.getByLabel('Langue de l’interface').selectOption('en')
  await réglages.getByRole('button', { name: 'Enregistrer les réglages' }).click()
  await expect(réglages).toBeHidden()
  await expect(libraryPane(again)).toBeVisible()
  await expect(again.getByRole('button', { name: 'Settings', exact: true })).toBeVisible()
  await expect(
    again
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('tab', { name: /^Quotes\b/ })
  ).toBeVisible()
  const saved = await settingsOnDisk(library)
  expect(saved.language).toBe('en')
  // Saving in French did not rename the built-in types.
  expect(saved.entityTypes.find((t) => t.id === 'person')?.name).toBe('Person')
})

test('Ctrl+, opens the settings from anywhere, and Escape closes them without saving', async ({
  page,
  library
}) => {
  await openSample(page)
  await page.getByRole('button', { name: 'New article', exact: true }).focus()
  await page.keyboard.press('Control+Comma')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toBeFocused()
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Not saved')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  const saved = await settingsOnDisk(library).catch(() => null)
  expect(saved?.authorName ?? '').toBe('')
})

test('the settings dialog looks as in its reference pictures, light and dark', async ({
  page,
  hostKind
}) => {
  test.skip(hostKind !== 'chromium-host', 'the reference pictures are taken in Chromium')
  await openSample(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const dialog = await openSettings(page)
    await dialog.getByRole('textbox', { name: 'Key of Person' }).fill('q')
    await expect(dialog.getByText('Q is kept for another action.')).toBeVisible()
    await page.evaluate('document.fonts.ready.then(() => true)')
    await expect(dialog).toHaveScreenshot(`settings-${scheme}.png`)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
})
