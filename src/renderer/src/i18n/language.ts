/**
 * Which language the UI speaks: the library setting when it names one, else the first
 * system language the UI is written in, else English.
 */
import type { UiLanguage } from '@shared/model'
import type { Language } from './strings'

const SUPPORTED: readonly Language[] = ['en', 'fr']

/** The UI language for a setting and the system's preferred languages (BCP 47 tags). */
export function resolveLanguage(setting: UiLanguage, systemLanguages: readonly string[]): Language {
  if (setting !== 'system') return setting
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] as Language
    if (SUPPORTED.includes(primary)) return primary
  }
  return 'en'
}

/** The system's preferred languages, as the browser reports them. */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}
