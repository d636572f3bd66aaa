/**
 * The sample a new library starts with: the French article on Meta's stake in Scale AI,
 * built from the raw scraped text bundled with the app (navigation junk and all), the way
 * any scraped page would be read.
 */
import { articleFromScrapedText } from '@shared/articleFromText'
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from '@shared/model'
import sampleText from '../../../resources/articles/scale-ai-meta.fr.txt?raw'

/** The file name the sample came from, recorded in its origin. */
export const SAMPLE_FILE_NAME = 'scale-ai-meta.fr.txt'

/** The sample article as a new file with the given id and creation time. */
export function sampleArticle(id: string, now: Date = new Date()): ArticleFile {
  const { title, blocks } = articleFromScrapedText(sampleText)
  const at = now.toISOString()
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    article: {
      id,
      title,
      language: 'fr',
      origin: { kind: 'sample', fileName: SAMPLE_FILE_NAME, format: 'txt' },
      createdAt: at,
      updatedAt: at
    },
    blocks,
    entities: [],
    annotations: []
  }
}
