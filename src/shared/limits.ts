/**
 * The largest values every channel of the contract accepts (documented in
 * docs/file-format.md, "Limits"). A request over one of them is answered with a typed
 * `too-large` error and nothing is written. Lengths are UTF-16 units (JavaScript string
 * length), counts are array items. The bounds are far above any real article, and far below
 * what would let one request fill the disk or the memory.
 */

/** Article, entity and annotation ids. */
export const MAX_ID_CHARS = 200
/** An article's title. */
export const MAX_TITLE_CHARS = 300
/** The whole text of an article (the blocks' text together), pasted or saved. */
export const MAX_ARTICLE_CHARS = 5 * 1024 * 1024
/** Blocks in one article. */
export const MAX_BLOCKS = 100_000
/** An entity's name, one of its aliases, its type id. */
export const MAX_NAME_CHARS = 500
/** Aliases of one entity. */
export const MAX_ALIASES = 200
/** Entities in one article's registry. */
export const MAX_ENTITIES = 20_000
/** Annotations (quotes, mentions, source notes) in one article. */
export const MAX_ANNOTATIONS = 100_000
/** A quote's comment, a source note's text. */
export const MAX_NOTE_CHARS = 20_000
/** A source note's title. */
export const MAX_NOTE_TITLE_CHARS = 1_000
/** The context kept either side of an annotation's quote (32 code points are written). */
export const MAX_CONTEXT_CHARS = 1_000
/** An author name (settings, and who created or changed an annotation). */
export const MAX_AUTHOR_CHARS = 80
/** Short fixed-format strings: timestamps, dates, kinds. */
export const MAX_STAMP_CHARS = 64
/** Entity types in the settings (each needs its own one-key shortcut, a–z or 0–9). */
export const MAX_ENTITY_TYPES = 36
/** A whole request: its strings and keys together, plus one per value. */
export const MAX_REQUEST_CHARS = 16 * 1024 * 1024
/** How deeply a request may nest (the deepest real one, a save, nests 5 levels). */
export const MAX_REQUEST_DEPTH = 32

/** Why a request is over the whole-request limits, or undefined when it is within them. */
export function requestSizeProblem(
  request: unknown,
  maxChars = MAX_REQUEST_CHARS,
  maxDepth = MAX_REQUEST_DEPTH
): string | undefined {
  // Iterative, and stops at the first limit: a cyclic or absurdly deep value cannot make it
  // recurse or run long.
  let chars = 0
  const pending: Array<{ value: unknown; depth: number }> = [{ value: request, depth: 0 }]
  while (pending.length) {
    const { value, depth } = pending.pop()!
    chars += typeof value === 'string' ? value.length : 1
    if (chars > maxChars) {
      return `the request is larger than ${Math.round(maxChars / (1024 * 1024))} MiB of text`
    }
    if (value === null || typeof value !== 'object') continue
    if (depth >= maxDepth) return `the request nests deeper than ${maxDepth} levels`
    for (const key of Object.keys(value)) {
      chars += key.length
      pending.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 })
    }
  }
  return undefined
}
