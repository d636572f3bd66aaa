/**
 * `npm run export`: an annotated article to native JSON, W3C JSON-LD, CSV or schema.org
 * ClaimReview JSON-LD, with the same code as the app and no Electron.
 */
import { basename, join } from 'node:path'
import {
  EXPORT_FORMATS,
  exportArticle,
  exportedText,
  FormatError,
  readAnnotationFile,
  articleFromNative,
  type ExportFormat
} from '@shared/export/index'
import type { ArticleFile } from '@shared/model'
import { parseOptions, required } from './args'
import { CliError, isDirectory, readTextFile, writeFilesAtomically, type OutputFile } from './files'
import { findLibraryArticle, libraryOrganisation } from './library'

/** Where the tools print. */
export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export const EXPORT_USAGE = `Usage:
  npm run export -- --in FILE.newsroom.json --format native|w3c|csv --out PATH
  npm run export -- --library DIR --article ID-OR-TITLE --format native|w3c|csv --out PATH
  npm run export -- … --format claimreview --url ARTICLE-URL [--organisation NAME] --out PATH

For csv, PATH is a folder (existing, or ending in "/") that receives quotes.csv and
entities.csv (and claims.csv when the article has claims), or else a prefix: --out out/scale
gives out/scale.quotes.csv and out/scale.entities.csv (history.csv too when a check has a
history).

claimreview writes one schema.org ClaimReview per claim with a verdict. The organisation is
the library's (Settings) with --library, and must be given with --organisation otherwise.`

/**
 * The path of one CSV sheet for --out (`suffix` is ".quotes.csv", ".entities.csv", …):
 * inside a folder (an existing one, or a path ending in a slash) as quotes.csv; otherwise
 * PATH is a prefix (a trailing ".csv" is dropped) and the file is PATH.quotes.csv.
 */
export function csvPath(out: string, suffix: string): string {
  if (/[/\\]$/.test(out) || isDirectory(out)) return join(out, suffix.slice(1))
  return out.replace(/\.csv$/i, '') + suffix
}

/** Prints a failure: the message, then each problem on its own line. */
export function reportFailure(error: unknown, io: Io, usage = EXPORT_USAGE): number {
  if (error instanceof FormatError) {
    io.err(`error: ${error.summary}`)
    for (const p of error.problems.slice(0, 10)) io.err(`  ${p.path}: ${p.message}`)
    if (error.problems.length > 10) io.err(`  … and ${error.problems.length - 10} more`)
    io.err('Nothing was written.')
    return 1
  }
  if (error instanceof CliError) {
    io.err(`error: ${error.message}`)
    if (error.exitCode === 2) io.err(usage.split('\n\n')[0])
    else io.err('Nothing was written.')
    return error.exitCode
  }
  io.err(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return 1
}

/** Reads the article named by --in or by --library and --article. */
export function loadArticle(options: Record<string, string | true>): {
  file: ArticleFile
  from: string
} {
  const input = options.in
  const library = options.library
  if (typeof input === 'string' && library !== undefined) {
    throw new CliError('Give either --in or --library, not both.', 2)
  }
  if (typeof input === 'string') {
    if (options.article !== undefined)
      throw new CliError('--article goes with --library, not --in.', 2)
    const parsed = readAnnotationFile(readTextFile(input, 'input file'))
    if (parsed.kind === 'w3c') {
      throw new CliError(
        `${input} is a W3C Web Annotation file: it carries no article text to export. ` +
          'Export from the .newsroom.json file or the library instead.'
      )
    }
    return { file: articleFromNative(parsed.doc), from: input }
  }
  if (typeof library === 'string') {
    const found = findLibraryArticle(library, required(options, 'article'))
    return { file: found.file, from: found.path }
  }
  throw new CliError(
    'Give --in FILE.newsroom.json, or --library DIR with --article ID-OR-TITLE.',
    2
  )
}

/** Runs the export command; returns the exit code (0 done, 1 bad input, 2 bad usage). */
export function runExport(argv: readonly string[], io: Io): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(EXPORT_USAGE)
      return 0
    }
    const options = parseOptions(argv, [
      'in',
      'library',
      'article',
      'format',
      'out',
      'url',
      'organisation'
    ])
    const format = required(options, 'format')
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(
        `--format must be one of ${EXPORT_FORMATS.join(', ')}; got ${JSON.stringify(format)}.`,
        2
      )
    }
    const out = required(options, 'out')
    const { file, from } = loadArticle(options)
    const exported = exportArticle(file, format as ExportFormat, {
      // Both ways of loading it end in the article schema (articleFromNative, the migration).
      articleChecked: true,
      ...(format === 'claimreview'
        ? {
            claimReview: {
              articleUrl: required(options, 'url'),
              organisation:
                typeof options.organisation === 'string'
                  ? options.organisation
                  : typeof options.library === 'string'
                    ? libraryOrganisation(options.library)
                    : ''
            }
          }
        : {})
    })
    let outputs: OutputFile[]
    if (format === 'csv') {
      outputs = exported.map((f) => ({ path: csvPath(out, f.suffix), content: exportedText(f) }))
    } else {
      outputs = [{ path: out, content: exportedText(exported[0]) }]
    }
    writeFilesAtomically(outputs)
    const counts = `${file.annotations.length} annotations, ${file.entities.length} entities`
    io.out(`Exported ${JSON.stringify(file.article.title)} from ${basename(from)} (${counts}):`)
    for (const o of outputs) io.out(`  ${o.path}`)
    return 0
  } catch (error) {
    return reportFailure(error, io)
  }
}
