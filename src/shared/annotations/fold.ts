/**
 * Folding text for matching what an annotator types against names in the registry: the
 * same name written with or without accents, in any case, with a typographic or a straight
 * apostrophe, or with a non-breaking space (French typography) must compare equal.
 */

/** Apostrophes and quotes that count as a straight apostrophe when matching names. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4\u2032]/g

/** Every kind of horizontal space, including the (narrow) no-break spaces of French text. */
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g

/** Ligatures that decomposition leaves alone but people type as two letters. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' }

/**
 * The search key of a text: no accents, lower case, one apostrophe, single spaces, trimmed.
 * "Élysée", "elysee" and "ÉLYSÉE" fold to the same key; so do "l’entreprise" and
 * "l'entreprise".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßﬁﬂ]/g, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .trim()
}

/** The words of a folded key (letters and digits; apostrophes and hyphens split words). */
export function foldedWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
}
