/**
 * `npm run reanchor`: the annotations of a native or W3C file put back on a corrected
 * version of the article's text, with the figures of what anchored exactly, fuzzily, or not.
 */
import { basename } from 'node:path'
import { blocksFromCorrectedText } from '@shared/anchoring/correctedText'
import {
  ORPHAN_REASONS,
  reanchorOntoBlocks,
  summarizeReport,
  type ReanchorReport
} from '@shared/anchoring/reanchor'
import { titleFromBlocks } from '@shared/articleFromText'
import {
  applyW3c,
  articleFromNative,
  exportNative,
  fileStem,
  readAnnotationFile,
  readW3c
} from '@shared/export/index'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from '@shared/model'
import { parseOptions, required } from './args'
import { reportFailure, type Io } from './exportCommand'
import { CliError, readTextFile, writeFilesAtomically } from './files'

export const REANCHOR_USAGE = `Usage:
  npm run reanchor -- --in FILE(.newsroom.json|.jsonld) --text NEW.txt --out FILE.newsroom.json
      [--retry-orphans]

NEW.txt is the corrected plain text: blocks separated by a blank line, as in the "text" of a
.newsroom.json file. --retry-orphans also tries to place annotations that were already orphans.`

/** A quote cut to about 60 code points, from a little before `from` when it is long. */
function clip(s: string, from = 0): string {
  const points = [...s]
  if (points.length <= 60) return JSON.stringify(s)
  const start = Math.max(0, Math.min(from - 20, points.length - 60))
  return JSON.stringify(
    (start > 0 ? '…' : '') +
      points.slice(start, start + 60).join('') +
      (start + 60 < points.length ? '…' : '')
  )
}

/** Code-point index of the first difference between two strings. */
function firstDifference(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  return i
}

/** One line per annotation that did not land exactly: what it quoted and where it went. */
function details(report: ReanchorReport): string[] {
  return report.rows.flatMap((row) => {
    if (row.status === 'fuzzy' && row.after) {
      const score = row.score !== undefined ? `, score ${row.score.toFixed(2)}` : ''
      const at = firstDifference(row.before.exact, row.after.exact)
      return [
        `  fuzzy   ${row.id} (${row.method}${score}, ${row.errors} edits): ` +
          `${clip(row.before.exact, at)} → ${clip(row.after.exact, at)}`
      ]
    }
    if (row.status === 'orphan') {
      const why = row.reason ? ` ${ORPHAN_REASONS[row.reason]}` : ''
      return [`  orphan  ${row.id}: ${clip(row.before.exact)}.${why}`]
    }
    return []
  })
}

/** Runs the re-anchoring command; returns the exit code (0 done, 1 bad input, 2 bad usage). */
export function runReanchor(argv: readonly string[], io: Io): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(REANCHOR_USAGE)
      return 0
    }
    const options = parseOptions(argv, ['in', 'text', 'out'], ['retry-orphans'])
    const input = required(options, 'in')
    const textPath = required(options, 'text')
    const out = required(options, 'out')
    const retryOrphans = options['retry-orphans'] === true

    const parsed = readAnnotationFile(readTextFile(input, 'input file'))
    const corrected = readTextFile(textPath, 'text file')
    const now = new Date().toISOString()

    let file: ArticleFile
    let report: ReanchorReport
    if (parsed.kind === 'native') {
      const base = articleFromNative(parsed.doc)
      const blocks = blocksFromCorrectedText(corrected, base.blocks)
      if (!blocks.length) throw new CliError(`${textPath} holds no text.`)
      const result = reanchorOntoBlocks(base.annotations, blocks, { retryOrphans })
      report = result.report
      file = {
        ...base,
        article: { ...base.article, updatedAt: now },
        blocks,
        annotations: result.annotations
      }
    } else {
      // A W3C file has no text of its own: the corrected text becomes the article.
      const content = readW3c(parsed.value)
      const blocks = blocksFromCorrectedText(corrected, [])
      if (!blocks.length) throw new CliError(`${textPath} holds no text.`)
      const shell: ArticleFile = {
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        article: {
          id: content.article.id ?? fileStem(basename(textPath).replace(/\.[^.]*$/, '')),
          title: content.article.title ?? titleFromBlocks(blocks),
          ...(content.article.language ? { language: content.article.language } : {}),
          origin: { kind: 'import', fileName: basename(textPath), format: 'txt' },
          createdAt: content.article.createdAt ?? now,
          updatedAt: now
        },
        blocks,
        entities: [],
        annotations: []
      }
      const result = applyW3c(parsed.value, shell, { retryOrphans })
      file = result.file
      report = result.report
    }

    const content = exportNative(file, { exportedAt: now })
    writeFilesAtomically([{ path: out, content }])
    io.out(
      `Re-anchored ${report.total} annotations onto ${basename(textPath)}: ${summarizeReport(report)}.`
    )
    io.out(`  exact: ${report.exact}`)
    io.out(`  fuzzy: ${report.fuzzy}`)
    io.out(`  orphaned: ${report.orphan}`)
    for (const line of details(report)) io.out(line)
    io.out(`Wrote ${out}`)
    return 0
  } catch (error) {
    return reportFailure(error, io, REANCHOR_USAGE)
  }
}
