/**
 * What the page and the assist's worker say to each other (see suggest.worker.ts): kept apart
 * so that the page loads none of the worker's code.
 */
import type { ArticleDelta } from '@shared/articleDelta'
import type { SuggestInput } from '@shared/suggest/suggest'

/** The article's language and date, as `suggest` reads them. */
export type SuggestDating = Pick<SuggestInput, 'language' | 'articleDate'>

/**
 * A request, numbered so the answer finds its caller: the whole article to read, or what
 * changed since the one read under the name `base`. The article read is kept as `name`.
 */
export type SuggestRequest =
  | { id: number; name: string; input: SuggestInput }
  | { id: number; name: string; base: string; delta: ArticleDelta; dating: SuggestDating }

/** The answer to a change whose base the worker no longer holds. */
export const BASE_NOT_HELD = 'base not held'
