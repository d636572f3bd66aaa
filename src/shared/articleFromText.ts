/**
 * Turning plain text into article blocks: text pasted by a user, a .txt file, or a page
 * scraped from the web with its navigation leftovers. Pure functions: the importers in
 * main and any renderer preview use the same rules, so the same text gives the same blocks.
 *
 * Every block's text is NFC and a single line (no "\n"), because the article's plain text
 * joins blocks with a blank line and offsets are counted over that join.
 */
import type { Block } from './model'
import { truncate } from './text'

/** What an importer produces before it becomes an article file. */
export interface ArticleDraft {
  title: string
  blocks: Block[]
}

/** Longest title derived from the text, in code points (the contract allows 300). */
export const MAX_DERIVED_TITLE = 200

/** Title used when a text has nothing that could name it. */
export const UNTITLED = 'Untitled article'

/**
 * Lines a web page leaves around its article when scraped: menu buttons, section links,
 * sharing prompts. Compared whole-line, case-insensitively, with curly apostrophes read as
 * straight ones. Only dropped at the very start or end of the text, never in the body, so
 * an article that happens to contain the word "Menu" on its own line in the middle keeps it.
 */
export const SCRAPE_BOILERPLATE: readonly string[] = [
  // English
  'menu',
  'open menu',
  'close menu',
  'main menu',
  'toggle navigation',
  'navigation',
  'close',
  'search',
  'skip to content',
  'skip to main content',
  'home',
  'latest',
  'latest news',
  'top stories',
  'trending',
  'share',
  'share this article',
  'subscribe',
  'sign in',
  'sign up',
  'log in',
  'login',
  'newsletter',
  'advertisement',
  'advertising',
  'sponsored',
  'related',
  'related articles',
  'read more',
  'more',
  'back to top',
  'cookie settings',
  'accept cookies',
  'accept all',
  // French
  'fermer',
  'ouvrir le menu',
  'fermer le menu',
  'rechercher',
  'recherche',
  'accueil',
  'aller au contenu',
  'aller au contenu principal',
  'passer au contenu',
  'dernières nouvelles',
  'dernières actualités',
  'dernière heure',
  'à la une',
  'actualités',
  'en continu',
  'partager',
  'partager cet article',
  "s'abonner",
  'abonnez-vous',
  'se connecter',
  'connexion',
  'publicité',
  'lire aussi',
  'à lire aussi',
  'lire la suite',
  'articles connexes',
  'sur le même sujet',
  'retour en haut',
  'accepter les cookies',
  'tout accepter',
  // Icons that stand for menu and close buttons
  '×',
  '✕',
  '✖',
  '☰',
  '≡'
]

const BOILERPLATE_SET = new Set(SCRAPE_BOILERPLATE.map((s) => boilerplateKey(s)))

/** A line that introduces the article's sources ("Source:", "Sources :", "Source : AFP"). */
const SOURCE_LINE = /^sources?[\s\u00a0\u202f]*:/i

/** Lowercase, straight apostrophes, no surrounding punctuation: the key for list lookups. */
function boilerplateKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^[\s|•·›»>-]+|[\s|•·›»<-]+$/g, '')
}

/** True when a whole line is known navigation or sharing chrome. */
export function isBoilerplateLine(line: string): boolean {
  return BOILERPLATE_SET.has(boilerplateKey(line.normalize('NFC')))
}

/**
 * One line of text made tidy without changing its words: control characters removed, tabs
 * and runs of ordinary spaces collapsed to one space, ends trimmed. No-break spaces inside
 * the line are kept: French typography puts them before « : ; ! ? » on purpose.
 */
export function tidyLine(line: string): string {
  return (
    line
      // C0/C1 controls other than tab; tabs become spaces just below.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[ \t\f\v]+/g, ' ')
      .replace(/^\s+|\s+$/g, '')
  )
}

/**
 * Inline text (from an HTML element or a Markdown paragraph) as one block line: NFC, line
 * breaks read as spaces, whitespace tidied as in {@link tidyLine}.
 */
export function tidyInline(text: string): string {
  return tidyLine(text.normalize('NFC').replace(/[\r\n\u2028\u2029]+/g, ' '))
}

/** The text as NFC lines: one BOM dropped, every newline convention read as "\n". */
function toLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .split('\n')
    .map(tidyLine)
}

/** Lines grouped into paragraphs: a blank line ends a paragraph. */
function toParagraphs(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line === '') {
      if (current.length) paragraphs.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length) paragraphs.push(current)
  return paragraphs
}

/**
 * Blocks from plain text: the first non-empty line is the headline, blank lines separate
 * paragraphs, and the lines of one paragraph (hard-wrapped text) are joined by a space.
 * Returns no blocks when the text has nothing readable.
 */
export function blocksFromPlainText(text: string): Block[] {
  const paragraphs = toParagraphs(toLines(text))
  if (!paragraphs.length) return []
  const [first, ...rest] = paragraphs
  const blocks: Block[] = [{ type: 'headline', text: first[0] }]
  if (first.length > 1) blocks.push({ type: 'paragraph', text: first.slice(1).join(' ') })
  for (const lines of rest) blocks.push({ type: 'paragraph', text: lines.join(' ') })
  return blocks
}

/**
 * An article from a page scraped from the web, navigation junk and all:
 * - boilerplate lines ({@link SCRAPE_BOILERPLATE}) at the start and end are dropped;
 * - the first remaining line is the headline;
 * - a later line that repeats the headline word for word is dropped (scrapers often catch
 *   the headline twice, once as the page title and once above the body);
 * - the paragraph right after the headline is the standfirst, when a body follows it;
 * - a line starting "Source:" (or "Sources :") becomes a `source` block; when it is bare
 *   and a single short line ends the text, that line is the source it names.
 * Returns no blocks when nothing readable is left.
 */
export function articleFromScrapedText(raw: string): ArticleDraft {
  const lines = toLines(raw)
  let start = 0
  let end = lines.length
  while (start < end && (lines[start] === '' || isBoilerplateLine(lines[start]))) start++
  while (end > start && (lines[end - 1] === '' || isBoilerplateLine(lines[end - 1]))) end--
  const body = lines.slice(start, end)
  if (!body.length) return { title: UNTITLED, blocks: [] }

  const headline = body[0]
  const rest = body.slice(1).map((line) => (line === headline ? '' : line))

  // Source lines stand alone: a blank line on each side makes them their own paragraph.
  const spaced: string[] = []
  for (const line of rest) {
    if (SOURCE_LINE.test(line)) spaced.push('', line, '')
    else spaced.push(line)
  }
  const paragraphs = toParagraphs(spaced)

  const blocks: Block[] = [{ type: 'headline', text: headline }]
  const bodyBlocks: Block[] = []
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i].join(' ')
    if (!SOURCE_LINE.test(text)) {
      bodyBlocks.push({ type: 'paragraph', text })
      continue
    }
    const named = text.replace(SOURCE_LINE, '').trim()
    const last = paragraphs[i + 1]
    if (!named && i + 2 === paragraphs.length && last.length === 1 && last[0].length <= 200) {
      bodyBlocks.push({ type: 'source', text: `${text} ${last[0]}` })
      i++
    } else {
      bodyBlocks.push({ type: 'source', text })
    }
  }
  const paragraphCount = bodyBlocks.filter((b) => b.type === 'paragraph').length
  if (paragraphCount >= 2 && bodyBlocks[0].type === 'paragraph') bodyBlocks[0].type = 'standfirst'
  blocks.push(...bodyBlocks)
  return { title: titleFromBlocks(blocks), blocks }
}

/**
 * A title for an article: its headline, else its first block, shortened at a word
 * boundary to {@link MAX_DERIVED_TITLE} code points; {@link UNTITLED} when there is no text.
 */
export function titleFromBlocks(blocks: readonly Block[]): string {
  const source = blocks.find((b) => b.type === 'headline' && b.text) ?? blocks.find((b) => b.text)
  const text = source ? tidyInline(source.text) : ''
  if (!text) return UNTITLED
  return truncate(text, MAX_DERIVED_TITLE, { atWord: true })
}
