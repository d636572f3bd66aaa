/**
 * Reading inputs and writing outputs for the command-line tools: inputs are read whole
 * before anything is written, and outputs are written next to their destination then
 * renamed into place, so a failure never leaves a half-written or clobbered file.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** A file to write. */
export interface OutputFile {
  path: string
  content: string
}

/** An error the user can act on; the tools print its message and exit with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** The text of a UTF-8 file, or a {@link CliError} saying plainly why it cannot be read. */
export function readTextFile(path: string, what = 'file'): string {
  let stats
  try {
    stats = statSync(path)
  } catch {
    throw new CliError(`Cannot read the ${what} ${path}: it does not exist.`)
  }
  if (stats.isDirectory()) throw new CliError(`Cannot read the ${what} ${path}: it is a folder.`)
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new CliError(`Cannot read the ${what} ${path}: ${(error as Error).message}`)
  }
}

/** True when the path names an existing folder. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Writes every file or none: all contents go to temporary files beside their targets
 * first; only when all of them are written are they renamed into place.
 */
export function writeFilesAtomically(files: readonly OutputFile[]): void {
  const staged: { temp: string; path: string }[] = []
  try {
    for (const file of files) {
      if (isDirectory(file.path)) throw new CliError(`Cannot write ${file.path}: it is a folder.`)
      mkdirSync(dirname(file.path), { recursive: true })
      const temp = join(
        dirname(file.path),
        `.${basename(file.path)}.${randomBytes(4).toString('hex')}.tmp`
      )
      writeFileSync(temp, file.content, 'utf8')
      staged.push({ temp, path: file.path })
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true })
    if (error instanceof CliError) throw error
    throw new CliError(`Cannot write the output: ${(error as Error).message}`)
  }
  for (const { temp, path } of staged) renameSync(temp, path)
}
