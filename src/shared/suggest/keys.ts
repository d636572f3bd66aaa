/**
 * Suggestion keys: what a suggestion is, not where it is, so that a rejection still holds
 * after the text around it is edited or the suggestions are computed again.
 */

/** The key of a suggestion of a kind about a text or a value ("quote:scale demeure…"). */
export function suggestionKey(kind: string, about: string): string {
  const text = about
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
  return `${kind}:${text}`
}
