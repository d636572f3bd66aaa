/**
 * An article from an HTML page, as plain-text blocks. The page is parsed with htmlparser2
 * (never rendered, never run); only text of the article's own elements is kept, so scripts,
 * event handlers, links and styles cannot reach the editor in any form.
 */
import { DomUtils, ElementType, Parser, parseDocument } from 'htmlparser2'
import { tidyInline, titleFromBlocks, type ArticleDraft } from '@shared/articleFromText'
import type { Block, BlockType } from '@shared/model'

type HtmlDocument = ReturnType<typeof parseDocument>
type HtmlNode = HtmlDocument['children'][number]
type HtmlElement = Extract<HtmlNode, { name: string; attribs: Record<string, string> }>
type HtmlText = Extract<HtmlNode, { type: typeof ElementType.Text }>

/** An imported HTML article, with the language the page declares when it declares one. */
export interface HtmlArticle extends ArticleDraft {
  language?: string
}

/** Elements whose content is never article text: code, embeds, forms, page chrome. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'noscript',
  'template',
  'svg',
  'math',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'nav',
  'aside',
  'dialog',
  'menu',
  'canvas',
  'video',
  'audio',
  'map',
  'head',
  'title',
  'link',
  'meta',
  'base'
])

/** Elements whose text becomes one block (h1 is the headline the first time). */
const BLOCK_ELEMENTS: Readonly<Record<string, BlockType>> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  blockquote: 'paragraph',
  li: 'paragraph',
  figcaption: 'paragraph'
}

/** Containers read as paragraphs only when a page has none of {@link BLOCK_ELEMENTS}. */
const FALLBACK_BLOCK_ELEMENTS = new Set([
  'div',
  'section',
  'td',
  'th',
  'dd',
  'dt',
  'pre',
  'address'
])

/** Elements that flow inside a line; every other element separates words. */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr'
])

function isElement(node: HtmlNode): node is HtmlElement {
  return ElementType.isTag(node)
}

function isText(node: HtmlNode): node is HtmlText {
  return node.type === ElementType.Text
}

/** Hidden content is not what the reader of the page sees. */
function isHidden(el: HtmlElement): boolean {
  const style = el.attribs.style ?? ''
  return (
    el.attribs.hidden !== undefined ||
    el.attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  )
}

/**
 * True when an element's content is dropped. A <header> inside an <article> is the
 * article's own header (headline, standfirst) and is kept; elsewhere header and footer are
 * page chrome.
 */
function isDropped(el: HtmlElement, insideArticle: boolean): boolean {
  const name = el.name.toLowerCase()
  if (DROPPED_ELEMENTS.has(name) || isHidden(el)) return true
  if (name === 'footer') return true
  return name === 'header' && !insideArticle
}

/** Elements never searched for a headline or title: code and embedded documents. */
const OPAQUE_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'noscript',
  'object',
  'embed',
  'applet'
])

function findFirst(
  nodes: readonly HtmlNode[],
  match: (el: HtmlElement) => boolean,
  insideArticle = false
): HtmlElement | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue
    if (match(node)) return node
    const name = node.name.toLowerCase()
    // Skip code and embeds, but look inside chrome: a page's h1 often sits in its header.
    if (OPAQUE_ELEMENTS.has(name) || isHidden(node)) continue
    const found = findFirst(node.children, match, insideArticle || name === 'article')
    if (found) return found
  }
  return undefined
}

/** Visible text of a node with dropped elements left out, tidied onto one line. */
export function visibleText(nodes: readonly HtmlNode[], insideArticle = false): string {
  let out = ''
  const walk = (list: readonly HtmlNode[], inArticle: boolean): void => {
    for (const node of list) {
      if (isText(node)) out += node.data
      else if (isElement(node) && !isDropped(node, inArticle)) {
        const name = node.name.toLowerCase()
        const spaced = !INLINE_ELEMENTS.has(name)
        if (spaced) out += ' '
        walk(node.children, inArticle || name === 'article')
        if (spaced) out += ' '
      }
    }
  }
  walk(nodes, insideArticle)
  return tidyInline(out)
}

/** The blocks under a root element, in reading order. */
function collectBlocks(
  root: HtmlElement | HtmlDocument,
  blockElements: (name: string) => BlockType | undefined,
  insideArticle: boolean
): Block[] {
  const blocks: Block[] = []
  let buffer = ''
  let headlineTaken = false
  const flush = (name: string | null): void => {
    const text = tidyInline(buffer)
    buffer = ''
    if (!text || name === null) return
    let type = blockElements(name) ?? 'paragraph'
    if (name === 'h1' && !headlineTaken) {
      type = 'headline'
      headlineTaken = true
    }
    blocks.push({ type, text })
  }
  const walk = (nodes: readonly HtmlNode[], open: string | null, inArticle: boolean): void => {
    for (const node of nodes) {
      if (isText(node)) {
        if (open !== null) buffer += node.data
        continue
      }
      if (!isElement(node) || isDropped(node, inArticle)) continue
      const name = node.name.toLowerCase()
      const nowInArticle = inArticle || name === 'article'
      if (blockElements(name)) {
        // Text already gathered belongs to the enclosing block, before this one.
        flush(open)
        walk(node.children, name, nowInArticle)
        flush(name)
      } else if (name === 'br' || !INLINE_ELEMENTS.has(name)) {
        buffer += ' '
        walk(node.children, open, nowInArticle)
        buffer += ' '
      } else {
        walk(node.children, open, nowInArticle)
      }
    }
  }
  walk(root.children, null, insideArticle)
  return blocks
}

function declaredLanguage(doc: HtmlDocument): string | undefined {
  const html = findFirst(doc.children, (el) => el.name.toLowerCase() === 'html')
  const lang = html?.attribs.lang?.trim()
  return lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined
}

/**
 * Blocks and title from an HTML page: the text of <article> if there is one, else <main>,
 * else <body>; headings, paragraphs, blockquotes, list items and figure captions become
 * blocks (containers such as <div> only when the page has none of those). The first <h1>
 * is the headline and the title, else the page's <title>. Entities are decoded; no markup
 * survives. Returns no blocks when the page has no readable text.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true })
  const byName = (name: string) => (el: HtmlElement) => el.name.toLowerCase() === name
  const article = findFirst(doc.children, byName('article'))
  const main = article ? undefined : findFirst(doc.children, byName('main'))
  const body = findFirst(doc.children, byName('body'))
  const root = article ?? main ?? body ?? doc
  const insideArticle = root === article

  const strict = (name: string): BlockType | undefined => BLOCK_ELEMENTS[name]
  const loose = (name: string): BlockType | undefined =>
    BLOCK_ELEMENTS[name] ?? (FALLBACK_BLOCK_ELEMENTS.has(name) ? 'paragraph' : undefined)
  let blocks = collectBlocks(root, strict, insideArticle)
  if (!blocks.length) blocks = collectBlocks(root, loose, insideArticle)

  // The page's h1 often sits in a header outside <article>: it is still the headline.
  let headline = blocks.find((b) => b.type === 'headline')?.text ?? ''
  if (!headline && blocks.length) {
    const h1 = findFirst(doc.children, byName('h1'))
    headline = h1 ? visibleText(h1.children) : ''
    if (headline) blocks.unshift({ type: 'headline', text: headline })
  }
  const titleElement = findFirst(doc.children, byName('title'))
  const pageTitle = titleElement ? tidyInline(DomUtils.textContent(titleElement)) : ''
  // titleFromBlocks shortens long headlines and falls back to the first block.
  const title = titleFromBlocks([{ type: 'headline', text: headline || pageTitle }, ...blocks])
  const language = declaredLanguage(doc)
  return language ? { title, blocks, language } : { title, blocks }
}

/** Text of an HTML fragment (raw HTML inside Markdown), with dropped elements left out. */
export function htmlFragmentText(html: string): string {
  return visibleText(parseDocument(html, { decodeEntities: true }).children)
}

/**
 * Decodes HTML character references ("&amp;", "&eacute;", "&#233;") in plain text, using
 * htmlparser2's full entity table. Every "<" is escaped first, so no markup can form.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  let out = ''
  const parser = new Parser({ ontext: (data) => (out += data) }, { decodeEntities: true })
  parser.write(text.replace(/</g, '&lt;'))
  parser.end()
  return out
}
