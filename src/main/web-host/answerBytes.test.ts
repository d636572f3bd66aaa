import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openedArticle, parseAndRemember, type Result } from '@shared/contract'
import { articleFromNative, parseNativeDocument } from '@shared/export/native'
import { ArticleFile } from '@shared/model'
import { answerBytes } from './answerBytes'

/** The annotated fixture as the library hands it out: checked when read. */
function checkedFile(): ArticleFile {
  const text = readFileSync(
    join(import.meta.dirname, '../../../tests/fixtures/scale-ai-meta.annotated.newsroom.json'),
    'utf8'
  )
  const checked = parseAndRemember(ArticleFile, articleFromNative(parseNativeDocument(text)))
  if (!checked.success) throw new Error('the fixture does not match the article format')
  return checked.data
}

const asSent = (result: Result<unknown>) => Buffer.from(JSON.stringify(result)).toString('utf8')

describe('answerBytes', () => {
  it('sends an opened article as JSON.stringify would, with each opening’s revision', () => {
    const file = checkedFile()
    for (const revision of ['first-opening', 'second "opening" é']) {
      const answer: Result<unknown> = { ok: true, value: openedArticle(file, revision) }
      const sent = answerBytes(answer).toString('utf8')
      expect(sent).toBe(asSent(answer))
      expect((JSON.parse(sent) as { value: { revision: string } }).value.revision).toBe(revision)
    }
  })

  it('serialises a file that was not checked, and any other answer, whole', () => {
    const unchecked = { ...checkedFile() }
    const opened: Result<unknown> = { ok: true, value: openedArticle(unchecked, 'r1') }
    expect(answerBytes(opened).toString('utf8')).toBe(asSent(opened))
    const refused: Result<unknown> = { ok: false, error: { code: 'not-found', message: 'gone' } }
    expect(answerBytes(refused).toString('utf8')).toBe(asSent(refused))
    const listing: Result<unknown> = { ok: true, value: [{ id: 'a' }] }
    expect(answerBytes(listing).toString('utf8')).toBe(asSent(listing))
  })
})
