/**
 * `npm run suggest`: the newsroom assist over one article file, with the same code as the
 * app and no Electron. A .txt, .md or .html file is read by the app's importer; a native
 * export (.newsroom.json) brings its entities and annotations, so what is annotated already
 * is not suggested again.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '@shared/contract'
import { articleFromNative, readAnnotationFile } from '@shared/export/index'
import { suggestionsDocument } from '@shared/suggest/document'
import { suggest, suggestForArticle } from '@shared/suggest/suggest'
import { plainText } from '@shared/text'
import { parseImport } from '../../src/main/import/parseImport'
import { parseOptions, required } from './args'
import { reportFailure, type Io } from './exportCommand'
import { CliError, readTextFile, writeFilesAtomically } from './files'

export const SUGGEST_USAGE = `Usage:
  npm run suggest -- --in FILE --out suggestions.json [--date YYYY-MM-DD] [--language fr|en]

FILE is an article (.txt, .md, .html) or a native export (.newsroom.json). --date is the
article's date, against which "en avril" or "last Tuesday" are read (default: the export's
creation date, else today). --language overrides the declared or detected language.
The output format is described in docs/suggestions.md.`

function readBytes(path: string): Uint8Array {
  readTextFile(path, 'input file')
  return readFileSync(path)
}

/** Runs the suggest command; returns the exit code (0 done, 1 bad input, 2 bad usage). */
export function runSuggest(argv: readonly string[], io: Io, today = new Date()): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(SUGGEST_USAGE)
      return 0
    }
    const options = parseOptions(argv, ['in', 'out', 'date', 'language'])
    const input = required(options, 'in')
    const out = required(options, 'out')
    const date = options.date
    if (date !== undefined && !(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))) {
      throw new CliError(`--date must be YYYY-MM-DD; got ${JSON.stringify(date)}.`, 2)
    }
    const language = options.language
    if (language !== undefined && language !== 'fr' && language !== 'en') {
      throw new CliError(`--language must be fr or en; got ${JSON.stringify(language)}.`, 2)
    }

    let document
    if (/\.json$/i.test(input)) {
      const parsed = readAnnotationFile(readTextFile(input, 'input file'))
      if (parsed.kind === 'w3c') {
        throw new CliError(
          `${input} is a W3C Web Annotation file: it carries no article text. ` +
            'Give the .newsroom.json export or the article itself.'
        )
      }
      const file = articleFromNative(parsed.doc)
      if (language) file.article.language = language
      const suggestions = suggestForArticle(file, date)
      document = suggestionsDocument(
        suggestions,
        { title: file.article.title, source: input },
        plainText(file.blocks)
      )
    } else {
      const imported = parseImport(basename(input), readBytes(input))
      if (imported instanceof AppError) throw new CliError(imported.message)
      const suggestions = suggest({
        blocks: imported.blocks,
        language: language ?? imported.language,
        articleDate: date ?? today.toISOString().slice(0, 10)
      })
      document = suggestionsDocument(
        suggestions,
        { title: imported.title, source: input },
        plainText(imported.blocks)
      )
    }
    writeFilesAtomically([{ path: out, content: `${JSON.stringify(document, null, 2)}\n` }])
    const disagreements = document.checks.filter((c) => c.verdict === 'disagrees').length
    io.out(
      `Suggested for ${JSON.stringify(document.article.title)} (${document.language}, ` +
        `dated ${document.articleDate}): ${document.quotes.length} quotes, ` +
        `${document.entities.length} entities, ${document.checks.length} figure checks ` +
        `(${disagreements} disagreeing).`
    )
    io.out(`  ${out}`)
    return 0
  } catch (error) {
    return reportFailure(error, io, SUGGEST_USAGE)
  }
}
