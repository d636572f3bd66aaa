/** A small, strict parser for `--name value` and `--name=value` options. */
import { CliError } from './files'

/** Parsed options: each known name once, flags as true. */
export type Options = Record<string, string | true>

/**
 * Parses argv against the known value options and flags. Unknown options, missing values,
 * repeated options and stray words are usage errors (exit code 2).
 */
export function parseOptions(
  argv: readonly string[],
  valueNames: readonly string[],
  flagNames: readonly string[] = []
): Options {
  const options: Options = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg)
    if (!match) throw new CliError(`Unexpected argument ${JSON.stringify(arg)}.`, 2)
    const [, name, inline] = match
    if (name in options) throw new CliError(`--${name} is given twice.`, 2)
    if (flagNames.includes(name)) {
      if (inline !== undefined) throw new CliError(`--${name} takes no value.`, 2)
      options[name] = true
    } else if (valueNames.includes(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new CliError(`--${name} needs a value.`, 2)
      }
      options[name] = value
    } else {
      throw new CliError(`Unknown option --${name}.`, 2)
    }
  }
  return options
}

/** A value option that must be present. */
export function required(options: Options, name: string): string {
  const value = options[name]
  if (typeof value !== 'string' || !value) throw new CliError(`--${name} is required.`, 2)
  return value
}
