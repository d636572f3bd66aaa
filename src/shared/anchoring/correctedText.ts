/**
 * A corrected version of an article's text, given as plain text (for `npm run reanchor`),
 * turned back into blocks so that the article keeps its shape.
 */
import { tidyLine } from '../articleFromText'
import type { Block, BlockType } from '../model'

/** A line that introduces the sources ("Source:", "Sources :"), as the sample cleaner reads it. */
const SOURCE_LINE = /^sources?[\s\u00a0\u202f]*:/i

/**
 * Blocks from a corrected plain text, read as the export's `text` is written: blocks
 * separated by a blank line, lines of one block joined by a space (hard wraps), whitespace
 * tidied as on import, NFC. Each block's type is taken, in order of preference, from a
 * previous block with the very same text, from the previous block at the same index when
 * the number of blocks did not change, else: the first block is a headline, a "Source:"
 * line a source, the second block a standfirst if the article had one, the rest paragraphs.
 */
export function blocksFromCorrectedText(raw: string, previous: readonly Block[]): Block[] {
  const lines = raw
    .normalize('NFC')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(tidyLine)
  const texts: string[] = []
  let current: string[] = []
  for (const line of lines) {
    if (line) {
      current.push(line)
    } else if (current.length) {
      texts.push(current.join(' '))
      current = []
    }
  }
  if (current.length) texts.push(current.join(' '))

  const typeByText = new Map<string, BlockType>()
  for (const block of previous)
    if (!typeByText.has(block.text)) typeByText.set(block.text, block.type)
  const sameCount = texts.length === previous.length
  const hadStandfirst = previous[1]?.type === 'standfirst'

  return texts.map((text, i): Block => {
    const known = typeByText.get(text)
    if (known) return { type: known, text }
    if (sameCount) return { type: previous[i].type, text }
    if (i === 0) return { type: previous[0]?.type ?? 'headline', text }
    if (SOURCE_LINE.test(text)) return { type: 'source', text }
    if (i === 1 && hadStandfirst) return { type: 'standfirst', text }
    return { type: 'paragraph', text }
  })
}
