/**
 * An article from a Markdown file, as plain-text blocks. Uses marked's lexer only (its HTML
 * output is never produced): each token's text is read, inline markup is reduced to its
 * words, link targets and images are dropped, and raw HTML inside the Markdown is reduced
 * to its visible text by the same rules as an imported HTML page.
 */
import { marked, type MarkedToken, type Token } from 'marked'
import { tidyInline, titleFromBlocks, type ArticleDraft } from '@shared/articleFromText'
import type { Block } from '@shared/model'
import { decodeEntities, DROPPED_ELEMENTS, htmlFragmentText } from './html'

/** A YAML front-matter block at the top of the file (static site generators write one). */
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/

/** The name of a dropped element that an inline HTML tag opens ("<script ...>"), if any. */
function openedDroppedElement(html: string): string | undefined {
  const match = /^<\s*([a-z][a-z0-9-]*)\b[^>]*?(\/)?>$/i.exec(html.trim())
  if (!match || match[2]) return undefined
  const name = match[1].toLowerCase()
  return DROPPED_ELEMENTS.has(name) ? name : undefined
}

/** The words of inline tokens: emphasis kept as its text, links as their label. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return ''
  let out = ''
  // Inline raw HTML arrives as separate open and close tags with the content between as
  // ordinary tokens; everything between "<script>" and "</script>" is skipped.
  let skipping: string | undefined
  for (const token of tokens) {
    const t = token as MarkedToken
    if (skipping) {
      const closing = new RegExp(`^<\\s*/\\s*${skipping}\\s*>$`, 'i')
      if (t.type === 'html' && closing.test(t.text.trim())) {
        skipping = undefined
      }
      continue
    }
    switch (t.type) {
      case 'text':
        out += t.tokens ? inlineText(t.tokens) : decodeEntities(t.text)
        break
      case 'escape':
      case 'codespan':
        out += t.text
        break
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inlineText(t.tokens)
        break
      case 'br':
        out += ' '
        break
      case 'html':
        skipping = openedDroppedElement(t.text)
        if (!skipping) out += htmlFragmentText(t.text)
        break
      default:
        // Images (alt text is not part of the article), checkboxes and unknown extensions.
        break
    }
  }
  return out
}

/** Blocks from block-level tokens, in reading order. */
function collectBlocks(
  tokens: readonly Token[],
  blocks: Block[],
  state: { headline: boolean }
): void {
  const push = (type: Block['type'], text: string): void => {
    const tidy = tidyInline(text)
    if (tidy) blocks.push({ type, text: tidy })
  }
  for (const token of tokens) {
    const t = token as MarkedToken
    switch (t.type) {
      case 'heading': {
        const text = tidyInline(inlineText(t.tokens))
        if (!text) break
        blocks.push({ type: state.headline ? 'heading' : 'headline', text })
        state.headline = true
        break
      }
      case 'paragraph':
        push('paragraph', inlineText(t.tokens))
        break
      case 'text':
        // Tight list items hold "text" tokens instead of paragraphs.
        push('paragraph', t.tokens ? inlineText(t.tokens) : decodeEntities(t.text))
        break
      case 'blockquote':
        collectBlocks(t.tokens, blocks, state)
        break
      case 'list':
        for (const item of t.items) collectBlocks(item.tokens, blocks, state)
        break
      case 'list_item':
        collectBlocks(t.tokens, blocks, state)
        break
      case 'code':
        push('paragraph', t.text)
        break
      case 'table':
        for (const row of [t.header, ...t.rows]) {
          push('paragraph', row.map((cell) => tidyInline(inlineText(cell.tokens))).join(' | '))
        }
        break
      case 'html':
        push('paragraph', htmlFragmentText(t.text))
        break
      default:
        // space, hr, def: no text.
        break
    }
  }
}

/**
 * Blocks and title from Markdown: headings, paragraphs, blockquotes and list items become
 * blocks; the first heading is the headline and the title. Returns no blocks when the
 * file has no readable text.
 */
export function articleFromMarkdown(markdown: string): ArticleDraft {
  const source = markdown.replace(/^\ufeff/, '').replace(FRONT_MATTER, '')
  const blocks: Block[] = []
  collectBlocks(marked.lexer(source, { gfm: true }), blocks, { headline: false })
  return { title: titleFromBlocks(blocks), blocks }
}
