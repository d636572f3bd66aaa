/**
 * JSON text written piece by piece, for the items of a long export: each item's text is put
 * together from the values it holds, where building objects and then `JSON.stringify`
 * scanned every character of every key and of every fixed value again for each of tens of
 * thousands of items (and, an article's text being UTF-16 as soon as it holds a "’", did so
 * two bytes a character). Here only the values are looked at; the rest is constant text.
 *
 * The quotes around a value are best written in the constant text beside it
 * (`',"created":"' + jsonStringContent(at) + '"'`): every string added to another is one
 * more part that the final text has to be copied from.
 */

/** What `JSON.stringify` escapes in a string: control characters, `"`, `\` and lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/

/** The JSON text of a string, exactly as `JSON.stringify` writes it. */
export function jsonString(value: string): string {
  return ESCAPED.test(value) ? JSON.stringify(value) : '"' + value + '"'
}

/** The JSON text of a string without its quotes. */
export function jsonStringContent(value: string): string {
  // A surrogate pair matches too and is written as it is: the rare string with one goes
  // through JSON.stringify, which decides.
  return ESCAPED.test(value) ? JSON.stringify(value).slice(1, -1) : value
}
