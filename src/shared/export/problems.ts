/**
 * What goes wrong when reading or writing an export file, said with JSON paths
 * (`$.annotations[3].target.start`) so that a newsroom developer can find the spot in the
 * file without this app.
 */
import type { z } from 'zod'

/** One thing wrong with a file, at a JSON path such as `$.entities[2].wikidataId`. */
export interface Problem {
  path: string
  message: string
}

/** Why a file was refused: the first question that failed decides the kind. */
export type FormatErrorKind =
  'invalid-json' | 'unknown-format' | 'unsupported-version' | 'schema' | 'inconsistent'

/** How many problems a message names before it says "and N more". */
export const MAX_PROBLEMS_IN_MESSAGE = 5

/**
 * A file that cannot be read (or an article that cannot be exported), with every problem
 * found; `message` names the first few with their paths.
 */
export class FormatError extends Error {
  constructor(
    readonly kind: FormatErrorKind,
    readonly summary: string,
    readonly problems: readonly Problem[] = []
  ) {
    super(describeProblems(summary, problems))
    this.name = 'FormatError'
  }
}

/** `summary: $.a[1].b: message; $.c: message (and 3 more)`. */
export function describeProblems(summary: string, problems: readonly Problem[]): string {
  if (!problems.length) return summary
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map((p) => `${p.path}: ${p.message}`)
  const more = problems.length - shown.length
  return `${summary}: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A JSON path in the usual `$.a[0].b` notation from a list of keys and indexes. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$'
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) path += `.${segment}`
    else path += `[${JSON.stringify(String(segment))}]`
  }
  return path
}

/** The same path from a JSON Pointer as ajv reports it (`/annotations/3/target/start`). */
export function jsonPathFromPointer(pointer: string): string {
  if (!pointer) return '$'
  const segments = pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s))
  return jsonPath(segments)
}

/** The problems of a failed zod parse, in document order as zod found them. */
export function problemsFromZod(error: z.ZodError, base: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({
    path: jsonPath([...base, ...issue.path]),
    message: issue.message
  }))
}

/** Message of a JSON.parse failure with the line and column when the engine gave a position. */
export function describeJsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const at = /at position (\d+)/.exec(message)
  if (!at || /line \d+/.test(message)) return message
  const position = Number(at[1])
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column})`
}
