/**
 * Issue 2: a damaged article file. The app says which file could not be read and where it
 * went, moves it to quarantine/ untouched, puts its last kept version back (issue 8), and
 * every other article still opens.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
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

test('a damaged article file is named, quarantined, restored from its last version, and the others still open', async ({
  page,
  library,
  restart
}) => {
  const doomed = 'Article whose file gets damaged'
  const lost = 'Article damaged with no version kept'
  const survivor = 'Article that survives'
  await pasteArticle(page, doomed, `${doomed}\n\nThis file will be overwritten with garbage.`)
  await pasteArticle(page, lost, `${lost}\n\nThis one loses its history too.`)
  await pasteArticle(page, survivor, `${survivor}\n\nThis one stays readable.`)
  await expect(articleButton(page, survivor)).toBeVisible()
  const { fileName } = await articleTitled(library, doomed)
  const lostFile = (await articleTitled(library, lost)).fileName

  const reopened = await restart(async () => {
    await writeFile(join(library, 'articles', fileName), GARBAGE)
    await writeFile(join(library, 'articles', lostFile), GARBAGE)
    await rm(join(library, 'history', 'articles', lostFile.replace(/\.json$/, '')), {
      recursive: true
    })
  })

  const alert = reopened.getByRole('alert').filter({ hasText: fileName })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(/could not be read/i)
  await expect(alert).toContainText(/quarantine/i)
  await expect(alert).toContainText(`articles/${fileName} was put back as last saved`)
  await expect(alert).toContainText('No version was kept of the others')
  // Restored from its last version: listed and readable. Without one, it is gone.
  await expect(articleButton(reopened, doomed)).toBeVisible()
  await expect(articleButton(reopened, lost)).toHaveCount(0)
  await expect(libraryPane(reopened).getByRole('listitem')).toHaveCount(3)

  await articleButton(reopened, SCALE_AI_TITLE).click()
  await expect(articleView(reopened).getByRole('heading', { level: 1 })).toHaveText(SCALE_AI_TITLE)
  await expect(blocks(reopened, 'paragraph')).toHaveCount(6)
  await articleButton(reopened, survivor).click()
  await expect(articleView(reopened).getByRole('heading', { level: 1 })).toHaveText(survivor)
  await articleButton(reopened, doomed).click()
  await expect(articleView(reopened).getByRole('heading', { level: 1 })).toHaveText(doomed)

  // On disk: the restored file is whole again; the damaged bytes are kept in quarantine/.
  expect(JSON.parse(await readFile(join(library, 'articles', fileName), 'utf8'))).toMatchObject({
    article: { title: doomed }
  })
  expect(await filesIn(library, 'articles')).not.toContain(lostFile)
  for (const name of [fileName, lostFile]) {
    const quarantined = (await filesIn(library, 'quarantine')).filter((q) =>
      q.includes(name.replace(/\.json$/, ''))
    )
    expect(quarantined).toHaveLength(1)
    expect(await readFile(join(library, 'quarantine', quarantined[0]), 'utf8')).toBe(GARBAGE)
  }
})
