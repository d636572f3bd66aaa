/**
 * Reads the library folder the way a newsroom colleague with a file manager would: the specs
 * assert on what is really on disk, never on what the page claims.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** An article file as found in `<library>/articles`, parsed, with its file name. */
export interface ArticleOnDisk {
  fileName: string
  article: {
    id: string
    title: string
    origin: { kind: string; fileName?: string; format?: string }
  }
  blocks: { type: string; text: string }[]
}

/** File names in `<library>/<sub>`, sorted; [] when the folder does not exist. */
export async function filesIn(library: string, sub: string): Promise<string[]> {
  try {
    return (await readdir(join(library, sub))).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Every `*.json` article file in `<library>/articles`, parsed. */
export async function articlesOnDisk(library: string): Promise<ArticleOnDisk[]> {
  const names = (await filesIn(library, 'articles')).filter((name) => name.endsWith('.json'))
  return Promise.all(
    names.map(async (fileName) => ({
      fileName,
      ...(JSON.parse(await readFile(join(library, 'articles', fileName), 'utf8')) as Omit<
        ArticleOnDisk,
        'fileName'
      >)
    }))
  )
}

/** Titles of the articles on disk, sorted. */
export async function titlesOnDisk(library: string): Promise<string[]> {
  return (await articlesOnDisk(library)).map((a) => a.article.title).sort()
}

/** The one article on disk with this title; throws when there is none or more than one. */
export async function articleTitled(library: string, title: string): Promise<ArticleOnDisk> {
  const found = (await articlesOnDisk(library)).filter((a) => a.article.title === title)
  if (found.length !== 1) {
    throw new Error(`expected one article titled "${title}" on disk, found ${found.length}`)
  }
  return found[0]
}
