/**
 * The UI language for React: a provider that picks the dictionary, and `useT()` to read it.
 *
 *   const t = useT()
 *   <button>{t.newArticle}</button>  <span>{t.annotationCount(3)}</span>
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { UiLanguage } from '@shared/model'
import { resolveLanguage, systemLanguages } from './language'
import { dictionaries, type Language, type Messages } from './strings'

/** What the i18n context holds. */
export interface I18n {
  language: Language
  t: Messages
  /** A date and time from an ISO string, in the UI language ("20 juin 2025, 10:00"). */
  formatDateTime(iso: string): string
}

function makeI18n(language: Language): I18n {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
  return {
    language,
    t: dictionaries[language],
    formatDateTime: (iso) => {
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : format.format(date)
    }
  }
}

const I18nContext = createContext<I18n>(makeI18n('en'))

/** Provides the UI language: the setting when it names one, else the system's language. */
export function I18nProvider(props: { setting: UiLanguage; children: ReactNode }) {
  const language = resolveLanguage(props.setting, systemLanguages())
  const value = useMemo(() => makeI18n(language), [language])
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>
}

/** The dictionary of the UI language. */
export function useT(): Messages {
  return useContext(I18nContext).t
}

/** The whole i18n context: language, dictionary and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext)
}
