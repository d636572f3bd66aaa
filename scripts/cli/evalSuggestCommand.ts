/**
 * `npm run eval:suggest`: precision and recall of the newsroom assist per kind over the
 * hand-annotated evaluation set, with the targets each kind must reach.
 */
import { precision, recall, SCORED_KINDS, type ScoredKind } from '@shared/suggest/score'
import { parseOptions } from './args'
import type { Io } from './exportCommand'
import { reportFailure } from './exportCommand'
import { evaluateSuggestSet, SUGGEST_SET_DIR } from './suggestSet'

/** The precision and recall each kind must reach on the set. */
export const SUGGEST_TARGETS: Readonly<Record<ScoredKind, number>> = {
  quotes: 0.9,
  speakers: 0.8,
  money: 0.9,
  percentages: 0.9,
  dates: 0.9,
  people: 0.7,
  organisations: 0.7
}

export const EVAL_USAGE = `Usage:
  npm run eval:suggest [-- --dir FOLDER] [-- --verbose]

Scores the assist on every NAME.gold.json in FOLDER (default ${SUGGEST_SET_DIR}) against its
article NAME.txt (or .md, .html); exits with 1 when a kind misses its target.`

const pct = (x: number): string => x.toFixed(2)

/** Runs the evaluation; returns 0 when every target is met, 1 otherwise. */
export function runEvalSuggest(argv: readonly string[], io: Io): number {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(EVAL_USAGE)
      return 0
    }
    const options = parseOptions(argv, ['dir'], ['verbose'])
    const dir = typeof options.dir === 'string' ? options.dir : SUGGEST_SET_DIR
    const { articles, total } = evaluateSuggestSet(dir)
    io.out(`Newsroom assist on ${articles.length} articles (${dir})`)
    io.out('')
    io.out('kind            found  suggested  expected  precision  recall  target')
    let missed = 0
    for (const kind of SCORED_KINDS) {
      const c = total[kind]
      const p = precision(c)
      const r = recall(c)
      const ok = p >= SUGGEST_TARGETS[kind] && r >= SUGGEST_TARGETS[kind]
      if (!ok) missed++
      io.out(
        `${kind.padEnd(14)} ${String(c.matched).padStart(6)} ${String(c.suggested).padStart(10)} ` +
          `${String(c.expected).padStart(9)} ${pct(p).padStart(10)} ${pct(r).padStart(7)}  ` +
          `${pct(SUGGEST_TARGETS[kind])} ${ok ? 'ok' : 'MISSED'}`
      )
    }
    if (options.verbose) {
      for (const a of articles) {
        io.out('')
        io.out(a.name)
        for (const kind of SCORED_KINDS) {
          const c = a.scores[kind]
          io.out(
            `  ${kind.padEnd(14)} ${c.matched}/${c.suggested} suggested, ${c.matched}/${c.expected} expected`
          )
        }
      }
    }
    io.out('')
    io.out(missed ? `${missed} kind(s) below target.` : 'Every kind meets its target.')
    return missed ? 1 : 0
  } catch (error) {
    return reportFailure(error, io, EVAL_USAGE)
  }
}
