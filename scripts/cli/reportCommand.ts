/**
 * `npm run report`: an annotated article's fact-check report as one self-contained HTML
 * file, made by the same code as the app's "Fact-check report" button.
 */
import { basename } from 'node:path'
import { factCheckReport } from '@shared/report/factCheckReport'
import { parseOptions, required } from './args'
import { loadArticle, reportFailure, type Io } from './exportCommand'
import { CliError, writeFilesAtomically } from './files'

export const REPORT_USAGE = `Usage:
  npm run report -- --in FILE.newsroom.json --out report.html [--language en|fr]
  npm run report -- --library DIR --article ID-OR-TITLE --out report.html [--language en|fr]

Writes the article's fact-check report: the article with its highlights, quotes by speaker
with their status, claims with verdicts, figures and sources, as one HTML file with no
scripts and no outside resources. --language is the report's language (default en).`

/** Runs the report command; returns the exit code (0 done, 1 bad input, 2 bad usage). */
export function runReport(
  argv: readonly string[],
  io: Io,
  now: () => Date = () => new Date()
): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(REPORT_USAGE)
      return 0
    }
    const options = parseOptions(argv, ['in', 'library', 'article', 'out', 'language'])
    const language = options.language ?? 'en'
    if (language !== 'en' && language !== 'fr') {
      throw new CliError(`--language must be en or fr; got ${JSON.stringify(language)}.`, 2)
    }
    const out = required(options, 'out')
    const { file, from } = loadArticle(options)
    const html = factCheckReport(file, { language, generatedAt: now() })
    writeFilesAtomically([{ path: out, content: html }])
    io.out(`Fact-check report of ${JSON.stringify(file.article.title)} from ${basename(from)}:`)
    io.out(`  ${out}`)
    return 0
  } catch (error) {
    return reportFailure(error, io, REPORT_USAGE)
  }
}
