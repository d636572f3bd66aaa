/** A source note for the library's tests: the simplest annotation a save keeps. */
import type { Annotation, ArticleFile } from '@shared/model'
import { CodePointIndex, plainText } from '@shared/text'

/** A source note on the first `length` code points of `file`'s text, with the given id. */
export function sourceNoteOn(file: ArticleFile, id: string, length: number): Annotation {
  const index = new CodePointIndex(plainText(file.blocks))
  const at = '2026-06-15T09:00:00.000Z'
  return {
    id,
    kind: 'source-note',
    text: `Note ${id}`,
    sourceKind: 'document',
    title: '',
    target: index.target(0, length),
    orphaned: false,
    createdBy: 'test',
    createdAt: at,
    updatedBy: 'test',
    updatedAt: at
  }
}
