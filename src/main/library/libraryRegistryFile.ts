/**
 * `entities.json`: the library's registry of entities, in the library folder beside
 * `library.json`, written like every library file (durableFile.ts) and kept as versions in
 * `history/entities/`. A file that cannot be read is never written over: it is moved to
 * quarantine and the registry starts again from its newest readable version (the articles'
 * copies fill in the rest, see LibraryEntities). One written by a newer app is left untouched
 * and library-wide entity changes are refused until the app is updated.
 */
import { Low } from 'lowdb'
import { describeIssues } from '@shared/contract'
import type { DamagedFile } from '@shared/model'
import {
  LIBRARY_REGISTRY_VERSION,
  LibraryRegistryFile,
  LibraryRegistry
} from '@shared/memory/libraryEntities'
import { DurableJsonFile } from './durableFile'
import { readJson } from './files'
import { entitiesHistoryDir, type LibraryLayout } from './layout'
import { quarantineFile } from './quarantine'
import { VersionFolder } from './versionFolder'

/** What loading found, and what the library must be told. */
export interface RegistryLoad {
  state: LibraryRegistry
  status: 'created' | 'read' | 'damaged' | 'newer'
  /** For 'damaged': the record for library.json's damage log. */
  damage?: DamagedFile
}

const LABEL = 'The entity registry (entities.json)'

/** Owns entities.json: reads it once, writes every change, keeps its versions. */
export class LibraryRegistryStore {
  private readonly db: Low<unknown>
  readonly versions: VersionFolder
  private readOnlyReason: string | undefined

  constructor(
    private readonly layout: LibraryLayout,
    private readonly now: () => Date = () => new Date(),
    /** False when another process writes the folder: nothing is moved or written then. */
    private readonly writable = true
  ) {
    this.db = new Low<unknown>(new DurableJsonFile<unknown>(layout.entitiesFile), null)
    this.versions = new VersionFolder(entitiesHistoryDir(layout))
  }

  /** Why the registry cannot be changed, when it cannot. */
  get readOnly(): string | undefined {
    return this.readOnlyReason
  }

  /** Reads entities.json (see the module comment for what happens when it cannot be read). */
  async load(): Promise<RegistryLoad> {
    const found = await readJson(this.db, this.layout.entitiesFile, LABEL)
    if (found.status === 'missing') return { state: new LibraryRegistry(), status: 'created' }
    let reason: string
    if (found.status === 'read') {
      const version = (found.data as { schemaVersion?: unknown } | null)?.schemaVersion
      if (typeof version === 'number' && version > LIBRARY_REGISTRY_VERSION) {
        this.readOnlyReason =
          `The entity registry (entities.json) was made by a newer version of the app (format ` +
          `version ${version}). Update the app to change entities across the library; the ` +
          `file was left untouched.`
        return { state: new LibraryRegistry(), status: 'newer' }
      }
      const parsed = LibraryRegistryFile.safeParse(found.data)
      if (parsed.success) return { state: new LibraryRegistry(parsed.data), status: 'read' }
      reason = `It does not match the entity registry format: ${describeIssues(parsed.error)}.`
    } else {
      reason = found.reason
    }
    if (!this.writable) {
      this.readOnlyReason = `${LABEL} could not be read: ${reason}`
      return { state: new LibraryRegistry(), status: 'damaged' }
    }
    const damage = await quarantineFile(this.layout, this.layout.entitiesFile, reason, this.now())
    const earlier = await this.newestReadableVersion()
    if (earlier) {
      damage.restoredFrom = earlier.from
      damage.reason +=
        ` The registry was restored from ${earlier.from}; entities the articles use and it ` +
        `lacks were added back from the articles.`
    } else {
      damage.reason += ' No earlier version was kept: the registry was rebuilt from the articles.'
    }
    return { state: new LibraryRegistry(earlier?.file), status: 'damaged', damage }
  }

  private async newestReadableVersion(): Promise<
    { file: LibraryRegistryFile; from: string } | undefined
  > {
    for (const version of await this.versions.list()) {
      const parsed = LibraryRegistryFile.safeParse(version.content)
      if (parsed.success) return { file: parsed.data, from: `its version saved ${version.savedAt}` }
    }
    return undefined
  }

  /**
   * Writes the registry and keeps it as a version. A file found damaged on disk since it was
   * read is quarantined first (returned, for the damage log), never written over.
   */
  async write(state: LibraryRegistry, author: string | null): Promise<DamagedFile | undefined> {
    if (this.readOnlyReason || !this.writable) return undefined
    const content = state.toFile()
    let damage: DamagedFile | undefined
    const onDisk = await readJson(this.db, this.layout.entitiesFile, LABEL)
    const version = (onDisk.status === 'read' &&
      (onDisk.data as { schemaVersion?: unknown } | null)?.schemaVersion) as unknown
    if (typeof version === 'number' && version > LIBRARY_REGISTRY_VERSION) {
      // A newer app took the folder's registry meanwhile: leave it to that app.
      this.readOnlyReason = `The entity registry (entities.json) was made by a newer version of the app (format version ${version}); it was left untouched.`
      return undefined
    }
    if (
      onDisk.status === 'unparsable' ||
      (onDisk.status === 'read' && !this.readable(onDisk.data))
    ) {
      const reason =
        onDisk.status === 'unparsable'
          ? onDisk.reason
          : 'It no longer matches the entity registry format.'
      damage = await quarantineFile(this.layout, this.layout.entitiesFile, reason, this.now())
    }
    this.db.data = content
    await this.db.write()
    await this.versions.record(content, {
      savedAt: this.now().toISOString(),
      author,
      event: 'saved'
    })
    return damage
  }

  private readable(data: unknown): boolean {
    return LibraryRegistryFile.safeParse(data).success
  }
}
