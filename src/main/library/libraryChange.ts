import type { ArticleFile } from '@shared/model'

/**
 * A change to the library's articles, for what keeps a view of the whole library (the
 * search index, the verification queue): an article written as it now is, or gone.
 */
export type LibraryChange =
  /** `fromDesk`: others' changes from the desk, written by `Library.writeFromDesk`. */
  { kind: 'written'; file: ArticleFile; fromDesk?: boolean } | { kind: 'removed'; id: string }
