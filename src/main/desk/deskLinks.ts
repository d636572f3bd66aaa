/**
 * Which articles of a library are shared to a desk: one small file per shared article in
 * the library's `desk/` folder (`<id>.json`, the desk's address and when it was shared),
 * beside the article's Yjs state (`<id>.ydoc`). The article file itself is unchanged, so an
 * article that was never shared is exactly what it was, and export and backup read the
 * article file as always.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../library/durableFile'

export const DeskLink = z.object({
  /** The desk's address when the article was shared or joined. */
  url: z.string(),
  sharedAt: z.string(),
  /** Deleted from this library: the desk keeps it, but this library does not take it again. */
  left: z.boolean().optional()
})
export type DeskLink = z.infer<typeof DeskLink>

export class DeskLinks {
  readonly folder: string

  constructor(libraryFolder: string) {
    this.folder = join(libraryFolder, 'desk')
  }

  /** Where the article's Yjs state is kept. */
  stateFile(id: string): string {
    return join(this.folder, `${id}.ydoc`)
  }

  private linkFile(id: string): string {
    return join(this.folder, `${id}.json`)
  }

  /** The shared articles by id; a link file that cannot be read is reported and skipped. */
  async all(log: (message: string) => void): Promise<Map<string, DeskLink>> {
    const links = new Map<string, DeskLink>()
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch {
      return links
    }
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue
      const id = name.slice(0, -'.json'.length)
      try {
        links.set(id, DeskLink.parse(JSON.parse(await readFile(join(this.folder, name), 'utf8'))))
      } catch (error) {
        log(`desk/${name} could not be read; that article is not synced: ${String(error)}`)
      }
    }
    return links
  }

  async add(id: string, link: DeskLink): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await writeFileDurably(this.linkFile(id), JSON.stringify(link, null, 2) + '\n')
  }

  /**
   * Records that the article left this library (it was deleted here) and drops its Yjs
   * state; the desk keeps its copy, and the link stays so the article is not taken again.
   */
  async leave(id: string, link: DeskLink): Promise<void> {
    await this.add(id, { ...link, left: true })
    await rm(this.stateFile(id), { force: true })
  }
}
