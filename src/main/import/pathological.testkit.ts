/**
 * Files that make the import parsers work for a very long time (measured before imports moved
 * to a worker: htmlparser2 took 26 s on 160,000 nested <div>, marked ran past 60 s on a 2 MB
 * run of "*a"). Tests use them to check that such a file is refused within budget.
 */

/** An HTML page of `depth` nested <div> around one sentence. */
export function nestedDivs(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}Texte.${'</div>'.repeat(depth)}</body></html>`
}

/** Markdown of `size` characters of "*a" repeated: emphasis that never closes. */
export function starRun(size: number): string {
  return '*a'.repeat(Math.floor(size / 2))
}
