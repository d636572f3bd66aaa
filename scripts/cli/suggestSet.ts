/**
 * The assist's evaluation set on disk: every `NAME.gold.json` in a folder with its article
 * beside it (`NAME.txt`, `.md` or `.html`, read by the app's own importer), scored with the
 * same code the app runs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GoldArticle } from '@shared/suggest/gold'
import { addScores, scoreArticle, type Scores } from '@shared/suggest/score'
import { suggest } from '@shared/suggest/suggest'
import { AppError } from '@shared/contract'
import { parseImport } from '../../src/main/import/parseImport'
import { CliError, isDirectory } from './files'

/** Where the evaluation set lives, from the repository root. */
export const SUGGEST_SET_DIR = 'tests/fixtures/suggest'

/** The score of one article of the set. */
export interface ArticleScore {
  name: string
  scores: Scores
}

/** Scores every article of the set, and their sum. */
export function evaluateSuggestSet(dir = SUGGEST_SET_DIR): {
  articles: ArticleScore[]
  total: Scores
} {
  if (!isDirectory(dir)) throw new CliError(`The evaluation folder ${dir} does not exist.`)
  const files = readdirSync(dir).sort()
  const articles: ArticleScore[] = []
  for (const goldName of files.filter((f) => f.endsWith('.gold.json'))) {
    const name = goldName.slice(0, -'.gold.json'.length)
    const articleName = files.find(
      (f) => f !== goldName && f.startsWith(`${name}.`) && /\.(txt|md|html)$/.test(f)
    )
    if (!articleName) throw new CliError(`${goldName} has no article beside it (${name}.txt).`)
    const parsedGold = GoldArticle.safeParse(JSON.parse(readFileSync(join(dir, goldName), 'utf8')))
    if (!parsedGold.success) {
      const issue = parsedGold.error.issues[0]
      throw new CliError(`${goldName}: ${issue.path.join('.')}: ${issue.message}`)
    }
    const gold = parsedGold.data
    const imported = parseImport(articleName, readFileSync(join(dir, articleName)))
    if (imported instanceof AppError) throw new CliError(imported.message)
    const suggestions = suggest({
      blocks: imported.blocks,
      language: gold.language,
      articleDate: gold.articleDate
    })
    articles.push({ name, scores: scoreArticle(gold, suggestions) })
  }
  if (!articles.length) throw new CliError(`${dir} holds no *.gold.json file.`)
  return { articles, total: addScores(articles.map((a) => a.scores)) }
}
