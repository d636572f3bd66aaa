/**
 * Finding an article in a library folder without the app: `<folder>/articles/<id>.json`,
 * read and checked (and migrated if older) exactly as the app reads it.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { migrateArticleFile } from '@shared/migrations'
import { LibrarySettings, type ArticleFile } from '@shared/model'
import { parseJsonText } from '@shared/export/native'
import type { FormatError } from '@shared/export/problems'
import { CliError, isDirectory, readTextFile } from './files'

/** An article file read from the library. */
export interface LibraryArticle {
  path: string
  file: ArticleFile
}

/** Reads and checks one article file; a {@link CliError} when it is damaged. */
export function readLibraryArticle(path: string): ArticleFile {
  const text = readTextFile(path, 'article file')
  let raw: unknown
  try {
    raw = parseJsonText(text)
  } catch (error) {
    throw new CliError(`${path} cannot be read: ${(error as FormatError).message}`)
  }
  const result = migrateArticleFile(raw)
  if ('error' in result) throw new CliError(`${path} cannot be read: ${result.error}`)
  return result.file
}

/** The articles folder of a library, or a {@link CliError} saying why it is not one. */
function articlesFolder(folder: string): string {
  if (!isDirectory(folder)) throw new CliError(`The library folder ${folder} does not exist.`)
  const articles = join(folder, 'articles')
  if (!isDirectory(articles)) {
    throw new CliError(
      `${folder} is not a library: it has no articles folder (expected ${articles}/<id>.json).`
    )
  }
  return articles
}

/**
 * Every readable article of a library folder, in file-name order, and the files that could
 * not be read (the app's to quarantine; a listing goes on without them).
 */
export function readLibraryArticles(folder: string): {
  readable: LibraryArticle[]
  unreadable: { path: string; reason: string }[]
} {
  const articles = articlesFolder(folder)
  const readable: LibraryArticle[] = []
  const unreadable: { path: string; reason: string }[] = []
  for (const name of readdirSync(articles).sort()) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue
    const path = join(articles, name)
    try {
      readable.push({ path, file: readLibraryArticle(path) })
    } catch (error) {
      unreadable.push({ path, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  return { readable, unreadable }
}

/** Comparable form of a title: NFC, trimmed, spaces collapsed, lowercase. */
function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * The article whose id, else whose title (ignoring case), else the only one whose title
 * contains the words given, is `query`. Damaged files are skipped, not fatal.
 */
export function findLibraryArticle(folder: string, query: string): LibraryArticle {
  const articles = articlesFolder(folder)
  // An id is a file name; anything that could leave the folder is not one.
  const safeId = /^[^/\\]+$/.test(query) && !query.startsWith('.')
  const direct = join(articles, `${query}.json`)
  if (safeId && existsSync(direct)) return { path: direct, file: readLibraryArticle(direct) }

  const { readable } = readLibraryArticles(folder)
  const key = titleKey(query)
  const byId = readable.filter((a) => a.file.article.id === query)
  const byTitle = readable.filter((a) => titleKey(a.file.article.title) === key)
  const byWords = readable.filter((a) => titleKey(a.file.article.title).includes(key))
  for (const matches of [byId, byTitle, byWords]) {
    if (matches.length === 1) return matches[0]
    if (matches.length > 1) {
      throw new CliError(
        `Several articles match ${JSON.stringify(query)}; give the id of one:\n` +
          matches.map((a) => `  ${a.file.article.id}  ${a.file.article.title}`).join('\n')
      )
    }
  }
  const listing = readable
    .slice(0, 10)
    .map((a) => `  ${a.file.article.id}  ${a.file.article.title}`)
  throw new CliError(
    `No article in ${folder} has the id or title ${JSON.stringify(query)}.` +
      (listing.length
        ? `\nArticles in the library:\n${listing.join('\n')}`
        : ' The library is empty.')
  )
}

/**
 * The organisation named in a library's settings (`library.json`), or '' when the library
 * has none or its settings cannot be read (the caller then says what is missing).
 */
export function libraryOrganisation(folder: string): string {
  const path = join(folder, 'library.json')
  if (!existsSync(path)) return ''
  try {
    const parsed = LibrarySettings.safeParse(parseJsonText(readTextFile(path, 'library settings')))
    return parsed.success ? parsed.data.organisationName : ''
  } catch {
    return ''
  }
}
