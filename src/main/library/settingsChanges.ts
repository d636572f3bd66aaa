/** A change to the library's settings, and the checks it must pass before it is written. */
import { AppError } from '@shared/contract'
import { LibrarySettings, type EntityTypeDef, type UiLanguage } from '@shared/model'

/** A change to the settings; absent fields stay as they are. */
export interface SettingsChanges {
  entityTypes?: EntityTypeDef[]
  authorName?: string
  language?: UiLanguage
  organisationName?: string
}

/**
 * The settings after `changes`. Entity type ids and shortcut keys must be unique: refused
 * with an 'invalid-input' error naming every clash, so nothing half-valid is written.
 */
export function applySettingsChanges(
  current: LibrarySettings,
  changes: SettingsChanges
): LibrarySettings {
  const next: LibrarySettings = {
    ...current,
    ...(changes.entityTypes ? { entityTypes: changes.entityTypes } : {}),
    ...(changes.authorName !== undefined ? { authorName: changes.authorName.trim() } : {}),
    ...(changes.language ? { language: changes.language } : {}),
    ...(changes.organisationName !== undefined
      ? { organisationName: changes.organisationName.trim() }
      : {})
  }
  const problems: string[] = []
  const ids = new Set<string>()
  const keys = new Set<string>()
  for (const type of next.entityTypes) {
    if (ids.has(type.id)) problems.push(`two entity types have the id "${type.id}"`)
    if (keys.has(type.key)) problems.push(`two entity types use the key "${type.key}"`)
    ids.add(type.id)
    keys.add(type.key)
  }
  if (problems.length) {
    throw new AppError('invalid-input', `The settings were not saved: ${problems.join('; ')}.`)
  }
  return LibrarySettings.parse(next)
}
