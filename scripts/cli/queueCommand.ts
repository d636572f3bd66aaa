/**
 * `npm run queue`: the verification queue of a library folder as CSV or JSON, made by the
 * same code as the app's queue (src/shared/desk/queue.ts).
 */
import { csvDocument } from '@shared/export/csv'
import { CHECK_STATUSES, type CheckStatus } from '@shared/desk/checks'
import { queueItemsOf, queueView, type QueueItem } from '@shared/desk/queue'
import { parseOptions, required } from './args'
import { reportFailure, type Io } from './exportCommand'
import { CliError, writeFilesAtomically } from './files'
import { readLibraryArticles } from './library'

export const QUEUE_USAGE = `Usage:
  npm run queue -- --library DIR --format csv|json [--status S,S] [--out FILE]

Lists what is still to check in the library (by default: needs-checking and disputed;
--status takes any of ${CHECK_STATUSES.join(', ')}, or all), most recently changed
articles first. Without --out the list goes to the standard output.`

/** The columns of the CSV queue, in order. */
export const QUEUE_CSV_HEADER = [
  'article id',
  'article title',
  'annotation id',
  'kind',
  'status',
  'assignee',
  'speaker',
  'quote kind',
  'text',
  'start',
  'end',
  'orphaned',
  'updated at',
  'updated by'
] as const

function csvOf(items: readonly QueueItem[]): string {
  return csvDocument(
    QUEUE_CSV_HEADER,
    items.map((i) => [
      i.articleId,
      i.articleTitle,
      i.annotationId,
      i.kind,
      i.status,
      i.assignee ?? '',
      i.speakerName ?? '',
      i.quoteKind ?? '',
      i.text,
      i.start,
      i.end,
      i.orphaned ? 'yes' : 'no',
      i.updatedAt,
      i.updatedBy
    ])
  )
}

function statusesOf(value: string | true | undefined): CheckStatus[] | undefined {
  if (value === undefined) return undefined
  if (value === true) throw new CliError('--status needs a value.', 2)
  if (value === 'all') return [...CHECK_STATUSES]
  const statuses = value.split(',').map((s) => s.trim())
  for (const status of statuses) {
    if (!(CHECK_STATUSES as readonly string[]).includes(status)) {
      throw new CliError(
        `--status takes ${CHECK_STATUSES.join(', ')} or all; got ${JSON.stringify(status)}.`,
        2
      )
    }
  }
  return statuses as CheckStatus[]
}

/** Runs the queue command; returns the exit code (0 done, 1 bad input, 2 bad usage). */
export function runQueue(argv: readonly string[], io: Io): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(QUEUE_USAGE)
      return 0
    }
    const options = parseOptions(argv, ['library', 'format', 'status', 'out'])
    const format = required(options, 'format')
    if (format !== 'csv' && format !== 'json') {
      throw new CliError(`--format must be csv or json; got ${JSON.stringify(format)}.`, 2)
    }
    const statuses = statusesOf(options.status)
    const { readable, unreadable } = readLibraryArticles(required(options, 'library'))
    for (const skipped of unreadable) io.err(`warning: skipped ${skipped.reason}`)
    const files = readable
      .map((a) => a.file)
      .sort((a, b) => b.article.updatedAt.localeCompare(a.article.updatedAt))
    const view = queueView(files.map(queueItemsOf), statuses ? { statuses } : {})
    const content =
      format === 'csv'
        ? csvOf(view.items)
        : JSON.stringify({ total: view.total, items: view.items }, null, 2) + '\n'
    if (typeof options.out === 'string') {
      writeFilesAtomically([{ path: options.out, content }])
      io.err(`${view.total} items to check written to ${options.out}`)
    } else {
      io.out(content.replace(/\r?\n$/, ''))
    }
    return 0
  } catch (error) {
    return reportFailure(error, io, QUEUE_USAGE)
  }
}
