/**
 * What the editor hands the save: a draft of the article, which can say what changed since
 * an earlier draft (so that a save sends only that, see src/shared/articleDelta.ts) or give
 * the whole layer and text when main does not hold the earlier one.
 */
import type { ArticleDelta, ArticleLayer } from '@shared/articleDelta'
import type { ArticleFile } from '@shared/model'

/** A state of the article to save. */
export interface ArticleDraft {
  /** The assist's rejected suggestion keys; absent leaves the saved ones as they are. */
  readonly rejectedSuggestions?: string[]
  /** The whole layer and text (computed when first asked). */
  full(): ArticleLayer
  /**
   * What changed since `base`, an earlier draft that main holds; null when this draft cannot
   * tell (then the whole is saved).
   */
  since(base: ArticleDraft): ArticleDelta | null
  /** The same draft, carrying these rejected keys. */
  withRejected(keys: string[]): ArticleDraft
}

/** Tells a draft from plain changes. */
export function isDraft(value: object): value is ArticleDraft {
  return typeof (value as Partial<ArticleDraft>).since === 'function'
}

/** The article as it was opened: the base of the first save. */
export function openedDraft(file: ArticleFile): ArticleDraft {
  const layer: ArticleLayer = {
    blocks: file.blocks,
    entities: file.entities,
    annotations: file.annotations
  }
  const draft: ArticleDraft = {
    full: () => layer,
    since: () => null,
    withRejected: () => draft
  }
  return draft
}
