/**
 * Issue 2: a damaged article file. The app says which file could not be read and where it
 * went, moves it to quarantine/ untouched, and every other article still opens.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { articleTitled, filesIn } from './support/disk'
import { expect, test } from './support/host'
import {
  SCALE_AI_TITLE,
  articleButton,
  articleView,
  blocks,
  libraryPane,
  pasteArticle
} from './support/ui'

const GARBAGE =
  '{"schemaVersion": 1, "article": {"id": "x", "title": "Half a fi\u0000\u0007 <<garbage>>'

test('a damaged article file is named, quarantined, and the others still open', async ({
  page,
  library,
  restart
}) => {
  const doomed = 'Article whose file gets damaged'
  const survivor = 'Article that survives'
  await pasteArticle(page, doomed, `${doomed}\n\nThis file will be overwritten with garbage.`)
  await pasteArticle(page, survivor, `${survivor}\n\nThis one stays readable.`)
  await expect(articleButton(page, survivor)).toBeVisible()
  const { fileName } = await articleTitled(library, doomed)

  const reopened = await restart(async () => {
    await writeFile(join(library, 'articles', fileName), GARBAGE)
  })

  const alert = reopened.getByRole('alert').filter({ hasText: fileName })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(/could not be read/i)
  await expect(alert).toContainText(/quarantine/i)
  await expect(articleButton(reopened, doomed)).toHaveCount(0)
  await expect(libraryPane(reopened).getByRole('listitem')).toHaveCount(2)

  await articleButton(reopened, SCALE_AI_TITLE).click()
  await expect(articleView(reopened).getByRole('heading', { level: 1 })).toHaveText(SCALE_AI_TITLE)
  await expect(blocks(reopened, 'paragraph')).toHaveCount(6)
  await articleButton(reopened, survivor).click()
  await expect(articleView(reopened).getByRole('heading', { level: 1 })).toHaveText(survivor)

  // On disk: gone from articles/, kept byte for byte in quarantine/.
  expect(await filesIn(library, 'articles')).not.toContain(fileName)
  const quarantined = (await filesIn(library, 'quarantine')).filter((name) =>
    name.includes(fileName.replace(/\.json$/, ''))
  )
  expect(quarantined).toHaveLength(1)
  expect(await readFile(join(library, 'quarantine', quarantined[0]), 'utf8')).toBe(GARBAGE)
})
