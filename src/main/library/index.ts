/** The article library on disk; see Library.ts for the layout. */
export { Library, type ArticleChanges, type LibraryOptions, type SettingsChanges } from './Library'
