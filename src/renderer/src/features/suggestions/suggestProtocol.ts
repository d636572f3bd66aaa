/**
 * What the page and the assist's worker say to each other (see suggest.worker.ts): kept apart
 * so that the page loads none of the worker's code.
 */
import type { ArticleDelta, ArticleLayer } from '@shared/articleDelta'
import type { AnnotatedText, SuggestInput } from '@shared/suggest/suggest'

/** The article's language and date, as `suggest` reads them. */
export type SuggestDating = Pick<SuggestInput, 'language' | 'articleDate'>

/** What the worker keeps of an annotation: what the assist reads, and its id. */
export type ReadAnnotation = AnnotatedText & { id: string }

/** An article as the worker reads it. */
export type ReadArticle = SuggestDating & ArticleLayer<ReadAnnotation>

/**
 * A request, numbered so the answer finds its caller: the whole article to read, or what
 * changed since the one read under the name `base`. The article read is kept as `name`.
 */
export type SuggestRequest =
  | { id: number; name: string; input: ReadArticle }
  | { id: number; name: string; base: string; delta: ArticleDelta; dating: SuggestDating }

/** The answer to a change whose base the worker no longer holds. */
export const BASE_NOT_HELD = 'base not held'
