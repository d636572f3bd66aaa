/**
 * The open article's file once a save is on disk, kept in step with the editor without
 * working out the whole saved layer: at 30,000 annotations that was about 85 ms of the page's
 * thread after every save, for a file nothing reads until the editor is rebuilt from it.
 */
import type { ArticleFile } from '@shared/model'
import type { ArticleChanges } from './actions'

/**
 * `file` as saved at `updatedAt`: its text, entities, annotations and rejected suggestions
 * are `saved()`'s, asked for (once) when first read.
 */
export function savedFile(
  file: ArticleFile,
  updatedAt: string,
  saved: () => ArticleChanges
): ArticleFile {
  let layer: ArticleChanges | undefined
  const whole = (): ArticleChanges => (layer ??= saved())
  const field = (get: () => unknown): PropertyDescriptor => ({
    get,
    enumerable: true,
    configurable: true
  })
  return Object.defineProperties(
    { ...file, article: { ...file.article, updatedAt } },
    {
      blocks: field(() => whole().blocks ?? file.blocks),
      entities: field(() => whole().entities),
      annotations: field(() => whole().annotations),
      rejectedSuggestions: field(() => whole().rejectedSuggestions ?? file.rejectedSuggestions)
    }
  )
}
