/**
 * Damaged files are recovered from their last kept version: articles cut short, emptied,
 * overwritten with garbage or with JSON of the wrong shape, and library.json, each replaced
 * by what was last saved, with the damaged bytes kept in quarantine. Records the figure
 * "damaged files recovered".
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { Library } from '../../../src/main/library'
import { recordFigure } from './figures'

/** Ways a file gets damaged: a torn write, an emptied file, garbage, the wrong JSON. */
const DAMAGE: Array<(text: string) => string> = [
  (text) => text.slice(0, Math.floor(text.length / 2)),
  () => '',
  () => '\u0000\u0000\u0000\u0000',
  () => JSON.stringify({ schemaVersion: 1, blocks: 'none' })
]

it('recovers every damaged article and library.json from its last kept version', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-recovery-'))
  try {
    let library = await Library.open({ folder })
    await library.updateSettings({ authorName: 'Ana', language: 'fr' })
    const saved = new Map<string, string>()
    for (let n = 0; n < 12; n++) {
      const { id } = await library.create({ text: `Article ${n}\n\nTexte ${n}.` })
      await library.rename(id, `Article ${n}, titre final`)
      saved.set(id, `Article ${n}, titre final`)
    }
    await library.close()

    const ids = [...saved.keys()]
    for (const [n, id] of ids.entries()) {
      const path = join(folder, 'articles', `${id}.json`)
      await writeFile(path, DAMAGE[n % DAMAGE.length](await readFile(path, 'utf-8')))
    }
    const settingsPath = join(folder, 'library.json')
    await writeFile(settingsPath, DAMAGE[0](await readFile(settingsPath, 'utf-8')))

    library = await Library.open({ folder })
    let recovered = 0
    expect(await library.getSettings()).toMatchObject({ authorName: 'Ana', language: 'fr' })
    recovered += 1
    for (const id of ids) {
      expect((await library.open(id)).article.title).toBe(saved.get(id))
      recovered += 1
    }
    const { damaged } = await library.list()
    expect(damaged).toHaveLength(ids.length + 1)
    for (const record of damaged) expect(record.reason).toMatch(/restored from/)
    await library.close()
    recordFigure('damaged files recovered', recovered)
    console.log(`recovery: ${recovered} damaged files recovered of ${ids.length + 1}`)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})
