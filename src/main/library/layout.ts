/**
 * Where everything lives inside a library folder, and the names files get there. One place
 * for the layout, so the store, the trash and the quarantine cannot disagree about it.
 */
import { join, relative, sep } from 'node:path'
import { isWindowsReservedName } from '@shared/windowsNames'

/** The folders and files of one library. */
export interface LibraryLayout {
  /** The library folder itself. */
  folder: string
  /** One `<id>.json` per article. */
  articles: string
  /**
   * `<id>.json`: the single backup of each article that earlier versions of the app kept.
   * No longer written; read when an article is damaged and has no history yet.
   */
  backups: string
  /** `articles/<id>/<time>.json` and `library/<time>.json`: the versions kept of each file. */
  history: string
  /** Who is writing to this folder now: one process at a time (see libraryLock.ts). */
  lockFile: string
  /** Deleted articles, as `<id>.<timestamp>.json`. */
  trash: string
  /** Files that could not be read, as `<name>.<timestamp>.json`. */
  quarantine: string
  /** Settings and bookkeeping shared by everyone using the folder. */
  libraryFile: string
  /** The single backup of library.json that earlier versions kept; read, no longer written. */
  libraryBackup: string
  /** The registry of the library's entities (people, organisations, places...). */
  entitiesFile: string
}

/** The layout of the library at `folder`. */
export function libraryLayout(folder: string): LibraryLayout {
  return {
    folder,
    articles: join(folder, 'articles'),
    backups: join(folder, 'backups'),
    trash: join(folder, 'trash'),
    quarantine: join(folder, 'quarantine'),
    history: join(folder, 'history'),
    lockFile: join(folder, 'library.lock'),
    libraryFile: join(folder, 'library.json'),
    libraryBackup: join(folder, 'library.backup.json'),
    entitiesFile: join(folder, 'entities.json')
  }
}

/**
 * Article ids are file names: nanoid's alphabet, plus dots for files people copied in by
 * hand. Anything that could leave the articles folder ("..", "/", "\") is not an id, nor
 * is a name Windows reserves (`CON`, `nul`, `com1`...).
 */
const ARTICLE_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,199}$/

/** True when `id` can name an article file. */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID.test(id) && !id.includes('..') && !isWindowsReservedName(id)
}

/** The article id of a file name in the articles folder, if it names one. */
export function articleIdOf(fileName: string): string | undefined {
  if (!fileName.endsWith('.json')) return undefined
  const id = fileName.slice(0, -'.json'.length)
  return isArticleId(id) ? id : undefined
}

export function articlePath(layout: LibraryLayout, id: string): string {
  return join(layout.articles, `${id}.json`)
}

export function backupPath(layout: LibraryLayout, id: string): string {
  return join(layout.backups, `${id}.json`)
}

/** The folder of an article's versions. */
export function articleHistoryDir(layout: LibraryLayout, id: string): string {
  return join(layout.history, 'articles', id)
}

/** The folder of library.json's versions. */
export function libraryHistoryDir(layout: LibraryLayout): string {
  return join(layout.history, 'library')
}

/** The folder of entities.json's versions. */
export function entitiesHistoryDir(layout: LibraryLayout): string {
  return join(layout.history, 'entities')
}

/** A timestamp usable in a file name on every system: `2026-06-15T09-30-00-000Z`. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** A path as shown to people and stored in reports: relative to the library, with "/". */
export function displayPath(layout: LibraryLayout, path: string): string {
  return relative(layout.folder, path).split(sep).join('/')
}
