/**
 * The versions kept of each article, in `history/articles/<id>/`: every save, restore and
 * version found on disk, thinned out by the retention rule. What the History dialog lists,
 * what a restore brings back, and what replaces a damaged article file.
 */
import type { ArticleVersion } from '@shared/contract'
import { migrateArticleFile } from '@shared/migrations'
import type { ArticleFile } from '@shared/model'
import { articleHistoryDir, type LibraryLayout } from './layout'
import {
  readContentHash,
  VersionFolder,
  type SerialisedContent,
  type StoredVersion,
  type VersionMeta
} from './versionFolder'

/** A version read back as an article (migrated to the current format). */
export interface ArticleAtVersion {
  version: StoredVersion
  file: ArticleFile
}

function asArticle(version: StoredVersion, id: string): ArticleFile | undefined {
  const migrated = migrateArticleFile(version.content)
  if (!('file' in migrated)) return undefined
  // Versions of a copied file may carry the old id: the folder says whose version it is.
  return { ...migrated.file, article: { ...migrated.file.article, id } }
}

/** Counts shown for a version, by kind of annotation. */
function countsOf(file: ArticleFile) {
  let quotes = 0
  let mentions = 0
  let notes = 0
  for (const a of file.annotations) {
    if (a.kind === 'quote') quotes += 1
    else if (a.kind === 'mention') mentions += 1
    else notes += 1
  }
  return { quotes, mentions, notes, entities: file.entities.length }
}

export class ArticleHistory {
  private readonly folders = new Map<string, VersionFolder>()

  constructor(private readonly layout: LibraryLayout) {}

  private folder(id: string): VersionFolder {
    let folder = this.folders.get(id)
    if (!folder) {
      folder = new VersionFolder(articleHistoryDir(this.layout, id))
      this.folders.set(id, folder)
    }
    return folder
  }

  /**
   * Keeps `content` (the article as written, or as found on disk) as a version.
   * `serialised`: its file text and hash when the caller has them already.
   */
  async record(
    id: string,
    content: unknown,
    meta: VersionMeta,
    serialised?: SerialisedContent
  ): Promise<string> {
    return this.folder(id).record(content, meta, serialised)
  }

  /**
   * Keeps `content`, read from the article file, as a version unless it is the newest one
   * already (the same file text: for a file the app wrote, the hash of the bytes read).
   */
  async recordIfNew(id: string, content: unknown, meta: VersionMeta): Promise<void> {
    const folder = this.folder(id)
    if (!(await folder.isNewest(content, readContentHash(content)))) {
      await folder.record(content, meta)
    }
  }

  /** True when any version of `id` is kept (so the id was used before). */
  async has(id: string): Promise<boolean> {
    return (await this.folder(id).ids()).length > 0
  }

  /** The newest version that reads as an article, for a damaged article file. */
  async newestReadable(id: string): Promise<ArticleAtVersion | undefined> {
    for (const version of await this.folder(id).list()) {
      const file = asArticle(version, id)
      if (file) return { version, file }
    }
    return undefined
  }

  /** One version as an article, or undefined when it is missing or unreadable. */
  async read(id: string, versionId: string): Promise<ArticleAtVersion | undefined> {
    const version = await this.folder(id).read(versionId)
    const file = version && asArticle(version, id)
    return file ? { version, file } : undefined
  }

  /**
   * The versions for the History dialog, newest first. `onDisk` is the article file's
   * content now: the version equal to it is marked current.
   */
  async list(id: string, onDisk: unknown): Promise<ArticleVersion[]> {
    const listed: ArticleVersion[] = []
    let currentFound = false
    for (const version of await this.folder(id).list()) {
      const file = asArticle(version, id)
      if (!file) continue
      const current: boolean =
        !currentFound &&
        onDisk !== undefined &&
        version.contentHash === readContentHash(onDisk, version.contentLayout)
      currentFound ||= current
      listed.push({
        id: version.id,
        savedAt: version.savedAt,
        author: version.author,
        event: version.event,
        ...(version.restoredFrom ? { restoredFrom: version.restoredFrom } : {}),
        title: file.article.title,
        ...countsOf(file),
        current
      })
    }
    return listed
  }
}
