/**
 * Reading article files written by any version of the app. Each file carries a
 * `schemaVersion`; a file older than {@link ARTICLE_SCHEMA_VERSION} is brought forward one
 * version at a time by the steps in {@link ARTICLE_MIGRATIONS}, then checked against the
 * current schema. A file from a newer version is refused with a message that says so,
 * rather than read half-way and saved back without the fields this version cannot see.
 */
import { describeIssues, parseAndRemember } from './contract'
import { isRegistered, registryIdFor } from './memory/entityKey'
import { ARTICLE_SCHEMA_VERSION, ArticleFile } from './model'

/** A JSON object as read from disk, before it is known to be an article. */
export type RawArticle = Record<string, unknown>

/** One step: turns a file of version `n` into a file of version `n + 1`. */
export type MigrationStep = (file: RawArticle) => RawArticle

/**
 * Version 1 → 2: every entity that is not a value (money, percentage, date) is linked to the
 * library's registry by the id its type and folded name give (`registryIdFor`), so the same
 * person in two upgraded files is one registry entity, as the entity page already grouped
 * them. Only entities change; annotations and every other field are left as they are.
 */
export function linkEntitiesToRegistry(file: RawArticle): RawArticle {
  if (!Array.isArray(file.entities)) return file
  const entities = file.entities.map((entity: unknown) => {
    if (typeof entity !== 'object' || entity === null) return entity
    const e = entity as Record<string, unknown>
    if (typeof e.type !== 'string' || typeof e.name !== 'string' || e.registryId !== undefined) {
      return e
    }
    const registrable = isRegistered({ type: e.type, value: e.value as undefined })
    return registrable ? { ...e, registryId: registryIdFor({ type: e.type, name: e.name }) } : e
  })
  return { ...file, entities }
}

/**
 * The migrations, keyed by the version they start from: when the format changes, bump
 * ARTICLE_SCHEMA_VERSION in model.ts and add the step from the previous version here (and a
 * test with a file of the old version).
 */
export const ARTICLE_MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  1: linkEntitiesToRegistry
}

/** Oldest version this build can still read (the first version ever written is 1). */
export const OLDEST_READABLE_VERSION = 1

/** Why a file could not be read, phrased for the person who owns it. */
export interface MigrationError {
  error: string
  /** True when the file came from a newer app: not damaged, just not ours to read. */
  newer?: boolean
}

/** A readable article file, and the version it was read from when it was migrated. */
export interface MigrationResult {
  file: ArticleFile
  migratedFrom?: number
}

/** The table and versions {@link migrateArticleFile} runs with; tests pass their own. */
export interface MigrationPlan {
  current: number
  oldest: number
  steps: Readonly<Record<number, MigrationStep>>
}

const PLAN: MigrationPlan = {
  current: ARTICLE_SCHEMA_VERSION,
  oldest: OLDEST_READABLE_VERSION,
  steps: ARTICLE_MIGRATIONS
}

/**
 * Brings a raw file up to `plan.current` without checking it against the schema.
 * Returns the migrated object, or an error saying why it cannot be brought forward.
 */
export function migrateRaw(
  raw: unknown,
  plan: MigrationPlan = PLAN
): { file: RawArticle; migratedFrom?: number } | MigrationError {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { error: 'It is not an article file: it does not hold a JSON object.' }
  }
  const version = (raw as RawArticle).schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { error: 'It is not an article file: it has no valid schemaVersion.' }
  }
  if (version > plan.current) {
    return {
      newer: true,
      error:
        `It was made by a newer version of the app (format version ${version}; this version ` +
        `reads up to ${plan.current}). Update the app to open it; the file was left untouched.`
    }
  }
  if (version < plan.oldest) {
    return {
      error: `It uses format version ${version}, which this version of the app can no longer read.`
    }
  }
  // A current file goes to the schema as it is (the schema's output is a copy); an older
  // one is copied first, so the steps cannot change the raw file the history keeps.
  if (version === plan.current) return { file: raw as RawArticle }
  let file: RawArticle = structuredClone(raw as RawArticle)
  for (let v = version; v < plan.current; v++) {
    const step = plan.steps[v]
    if (!step) return { error: `No migration from format version ${v} to ${v + 1} exists.` }
    try {
      file = { ...step(file), schemaVersion: v + 1 }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return { error: `Upgrading it from format version ${v} failed: ${why}` }
    }
  }
  return version === plan.current ? { file } : { file, migratedFrom: version }
}

/**
 * A raw article file (parsed JSON) as a current {@link ArticleFile}: migrated if it is
 * older, checked against the schema, or an error in plain words.
 */
export function migrateArticleFile(
  raw: unknown,
  plan: MigrationPlan = PLAN
): MigrationResult | MigrationError {
  const migrated = migrateRaw(raw, plan)
  if ('error' in migrated) return migrated
  const checked = parseAndRemember(ArticleFile, migrated.file)
  if (!checked.success) {
    return { error: `It does not match the article format: ${describeIssues(checked.error)}.` }
  }
  return migrated.migratedFrom === undefined
    ? { file: checked.data }
    : { file: checked.data, migratedFrom: migrated.migratedFrom }
}
