/**
 * The assist's reading of an article, in a worker: `suggest` reads the whole text (names,
 * figures, dates, quotes), which takes about a second on a 600,000-character article and
 * would hold every key press and paint for that long on the page's thread.
 */
import { suggest, type SuggestInput } from '@shared/suggest/suggest'

/** A request: the article to read, numbered so the answer finds its caller. */
export interface SuggestRequest {
  id: number
  input: SuggestInput
}

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { id, input } = event.data
  try {
    postMessage({ id, suggestions: suggest(input) })
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
