/**
 * The fact-check report of one article: a self-contained HTML page (styles inline, no
 * scripts, no outside resources) to hand to the editor in chief. It holds the article with
 * its highlights, the quotes by speaker with their status, the claims with their verdicts
 * and rationale, the figures, and every source with its link, in the interface language,
 * and it prints cleanly (a print stylesheet drops the screen's frills and shows the links).
 *
 * Pure string building over an {@link ArticleFile}: the app (HTML, and PDF in Electron),
 * the command line and the tests all make the report here.
 */
import {
  DEFAULT_ENTITY_TYPES,
  type Annotation,
  type ArticleFile,
  type Entity,
  type EntityTypeDef,
  type Quote,
  type SourceNote
} from '../model'
import { BLOCK_SEPARATOR, codePointLength } from '../text'
import { checkOf, CHECK_STATUSES } from '../desk/checks'
import { REPORT_STRINGS, type ReportLanguage, type ReportStrings } from './reportStrings'

/** How to make a report. */
export interface ReportOptions {
  language: ReportLanguage
  /** When the report is made (shown in its header). */
  generatedAt: Date
  /** The newsroom, from Settings (shown in the header when given). */
  organisation?: string
  /** The library's entity types (names and colours); the built-in ones when absent. */
  entityTypes?: readonly EntityTypeDef[]
}

/** A claim as the report reads it: the passage, its verdict and why. */
interface ReportClaim {
  id: string
  text: string
  status: string | null
  verdict: string | null
  rationale: string
  orphaned: boolean
}

const STATUS_COLOURS: Record<string, string> = {
  'needs-checking': '#b26a00',
  verified: '#1d7a46',
  disputed: '#c0392b'
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function isClaim(annotation: Annotation): boolean {
  return (annotation.kind as string) === 'claim'
}

/** Claims, read by their field names so that files of any version show what they hold. */
function claimsOf(file: ArticleFile): ReportClaim[] {
  return file.annotations.filter(isClaim).map((annotation) => {
    const loose = annotation as unknown as Record<string, unknown>
    const text = (key: string) => (typeof loose[key] === 'string' ? (loose[key] as string) : '')
    return {
      id: annotation.id,
      text: text('text') || annotation.target.exact,
      status: checkOf(annotation)?.status ?? null,
      verdict: text('verdict') || null,
      rationale: text('rationale'),
      orphaned: annotation.orphaned
    }
  })
}

/** What a figure is worth, written out ("14.3 USD bn" is left to the name; this is the value). */
function figureValue(entity: Entity, language: ReportLanguage): string {
  const value = entity.value
  if (!value) return ''
  const number = (n: number) => new Intl.NumberFormat(language).format(n)
  switch (value.kind) {
    case 'money':
      try {
        return new Intl.NumberFormat(language, {
          style: 'currency',
          currency: value.currency
        }).format(value.amount)
      } catch {
        return `${number(value.amount)} ${value.currency}`
      }
    case 'percentage':
      return `${number(value.percent)} %`
    case 'quantity':
      return `${number(value.amount)}${value.unit ? ` ${value.unit}` : ''}`
    case 'date':
      return value.date
  }
}

function isFigure(entity: Entity): boolean {
  return (
    entity.type === 'money' ||
    entity.type === 'percentage' ||
    entity.value?.kind === 'money' ||
    entity.value?.kind === 'percentage' ||
    entity.value?.kind === 'quantity'
  )
}

function formatDate(iso: string, language: ReportLanguage): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

/** Light tint of an entity type's colour for a highlight (keeps the text readable). */
function tint(hex: string): string {
  return `${hex}26`
}

/** Reference numbers: Q1… for quotes, C1… for claims, S1… for sources, in reading order. */
function numbering(file: ArticleFile): Map<string, string> {
  const labels = new Map<string, string>()
  const counters = { quote: 0, claim: 0, source: 0 }
  const ordered = [...file.annotations].sort((a, b) => a.target.start - b.target.start)
  for (const annotation of ordered) {
    if (annotation.kind === 'quote') labels.set(annotation.id, `Q${++counters.quote}`)
    else if (annotation.kind === 'source-note') labels.set(annotation.id, `S${++counters.source}`)
    else if (isClaim(annotation)) labels.set(annotation.id, `C${++counters.claim}`)
  }
  return labels
}

/** The article's blocks with every live annotation drawn as a highlight. */
function articleHtml(
  file: ArticleFile,
  labels: Map<string, string>,
  typeColours: Map<string, string>
): string {
  const entities = new Map(file.entities.map((e) => [e.id, e]))
  const live = file.annotations.filter((a) => !a.orphaned && a.target.end > a.target.start)
  const parts: string[] = []
  let blockStart = 0
  for (const block of file.blocks) {
    const points = [...block.text]
    const blockEnd = blockStart + points.length
    const inside = live.filter((a) => a.target.start < blockEnd && a.target.end > blockStart)
    const cuts = new Set<number>([0, points.length])
    for (const a of inside) {
      cuts.add(Math.max(0, a.target.start - blockStart))
      cuts.add(Math.min(points.length, a.target.end - blockStart))
    }
    const sorted = [...cuts].sort((x, y) => x - y)
    let html = ''
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i]
      const to = sorted[i + 1]
      const text = escapeHtml(points.slice(from, to).join(''))
      const covering = inside.filter(
        (a) => a.target.start - blockStart < to && a.target.end - blockStart > from
      )
      const style: string[] = []
      const classes: string[] = []
      for (const a of covering) {
        if (a.kind === 'mention') {
          const type = entities.get(a.entityId)?.type ?? 'other'
          style.push(`background:${tint(typeColours.get(type) ?? '#6b6b6b')}`)
          classes.push('mention')
        } else if (a.kind === 'quote') {
          style.push(`border-bottom:2px solid ${STATUS_COLOURS[a.status] ?? '#555'}`)
          classes.push('quote')
        } else if (a.kind === 'source-note') {
          style.push('text-decoration:underline dotted #555')
          classes.push('sourced')
        } else if (isClaim(a)) {
          style.push('outline:1px dashed #5b55c9')
          classes.push('claim')
        }
      }
      // The first style of each property wins, as a reader expects from the innermost mark.
      html += covering.length
        ? `<span class="${[...new Set(classes)].join(' ')}" style="${dedupe(style)}">${text}</span>`
        : text
      for (const a of covering) {
        const label = labels.get(a.id)
        if (label && a.target.end - blockStart === to) {
          html += `<sup class="ref"><a href="#${label}">${label}</a></sup>`
        }
      }
    }
    const tag = block.type === 'headline' ? 'h2' : block.type === 'heading' ? 'h3' : 'p'
    parts.push(`<${tag} class="block ${block.type}">${html}</${tag}>`)
    blockStart = blockEnd + codePointLength(BLOCK_SEPARATOR)
  }
  return parts.join('\n')
}

function dedupe(styles: string[]): string {
  const seen = new Map<string, string>()
  for (const style of styles) {
    const property = style.slice(0, style.indexOf(':'))
    if (!seen.has(property)) seen.set(property, style)
  }
  return [...seen.values()].join(';')
}

function statusBadge(status: string, s: ReportStrings): string {
  const colour = STATUS_COLOURS[status] ?? '#555'
  return `<span class="status" style="color:${colour};border-color:${colour}">${escapeHtml(
    s.status[status] ?? status
  )}</span>`
}

function quotesHtml(
  file: ArticleFile,
  labels: Map<string, string>,
  s: ReportStrings,
  language: ReportLanguage
): string {
  const quotes = file.annotations.filter((a): a is Quote => a.kind === 'quote')
  if (!quotes.length) return `<p class="empty">${escapeHtml(s.noQuotes)}</p>`
  const entities = new Map(file.entities.map((e) => [e.id, e]))
  const bySpeaker = new Map<string, Quote[]>()
  for (const quote of quotes) {
    const name = (quote.speakerId && entities.get(quote.speakerId)?.name) || s.unattributed
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), quote])
  }
  const sections: string[] = []
  for (const [speaker, said] of bySpeaker) {
    said.sort((a, b) => a.target.start - b.target.start)
    const counts = CHECK_STATUSES.map((status) => ({
      status,
      n: said.filter((q) => q.status === status).length
    }))
      .filter((c) => c.n > 0)
      .map((c) => s.statusCount(c.n, s.status[c.status]))
      .join(' · ')
    const rows = said
      .map((q) => {
        const label = labels.get(q.id) ?? ''
        const orphan = q.orphaned ? ` <em class="orphan">(${escapeHtml(s.orphan)})</em>` : ''
        return (
          `<tr id="${label}"><td class="ref-cell">${label}</td>` +
          `<td class="quote-text">«&nbsp;${escapeHtml(q.target.exact)}&nbsp;»${orphan}</td>` +
          `<td>${escapeHtml(s.quoteKind[q.quoteKind] ?? q.quoteKind)}</td>` +
          `<td>${statusBadge(q.status, s)}</td>` +
          `<td class="date">${escapeHtml(formatDate(q.updatedAt, language))}</td>` +
          `<td>${escapeHtml(q.comment)}</td></tr>`
        )
      })
      .join('\n')
    sections.push(
      `<div class="speaker"><h3>${escapeHtml(speaker)} <small>${escapeHtml(
        s.quoteCount(said.length)
      )} · ${escapeHtml(counts)}</small></h3>` +
        `<table><thead><tr><th></th><th>${s.column.quote}</th><th>${s.column.kind}</th>` +
        `<th>${s.column.status}</th><th>${s.column.date}</th><th>${s.column.comment}</th></tr>` +
        `</thead><tbody>\n${rows}\n</tbody></table></div>`
    )
  }
  return sections.join('\n')
}

function claimsHtml(claims: ReportClaim[], labels: Map<string, string>, s: ReportStrings): string {
  const rows = claims
    .map((c) => {
      const label = labels.get(c.id) ?? ''
      const verdict = c.verdict ? escapeHtml(s.verdict[c.verdict] ?? c.verdict) : '—'
      return (
        `<tr id="${label}"><td class="ref-cell">${label}</td><td>${escapeHtml(c.text)}</td>` +
        `<td class="verdict">${verdict}</td><td>${escapeHtml(c.rationale)}</td>` +
        `<td>${c.status ? statusBadge(c.status, s) : ''}</td></tr>`
      )
    })
    .join('\n')
  return (
    `<table><thead><tr><th></th><th>${s.column.claim}</th><th>${s.column.verdict}</th>` +
    `<th>${s.column.rationale}</th><th>${s.column.status}</th></tr></thead><tbody>\n${rows}\n` +
    `</tbody></table>`
  )
}

function figuresHtml(
  file: ArticleFile,
  s: ReportStrings,
  options: ReportOptions,
  typeNames: Map<string, string>
): string {
  const figures = file.entities.filter(isFigure)
  if (!figures.length) return `<p class="empty">${escapeHtml(s.noFigures)}</p>`
  const mentions = new Map<string, number>()
  for (const a of file.annotations) {
    if (a.kind === 'mention') mentions.set(a.entityId, (mentions.get(a.entityId) ?? 0) + 1)
  }
  const rows = figures
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.name)}</td>` +
        `<td>${escapeHtml(s.entityType[e.type] ?? typeNames.get(e.type) ?? e.type)}</td>` +
        `<td>${escapeHtml(figureValue(e, options.language))}</td>` +
        `<td class="num">${mentions.get(e.id) ?? 0}</td></tr>`
    )
    .join('\n')
  return (
    `<table><thead><tr><th>${s.column.figure}</th><th>${s.column.type}</th>` +
    `<th>${s.column.value}</th><th>${s.column.mentions}</th></tr></thead><tbody>\n${rows}\n` +
    `</tbody></table>`
  )
}

function sourcesHtml(
  notes: SourceNote[],
  labels: Map<string, string>,
  s: ReportStrings,
  language: ReportLanguage
): string {
  if (!notes.length) return `<p class="empty">${escapeHtml(s.noSources)}</p>`
  const items = notes
    .map((n) => {
      const label = labels.get(n.id) ?? ''
      const title = n.title ? `<strong>${escapeHtml(n.title)}</strong> · ` : ''
      const link = n.url
        ? `<a class="url" href="${escapeHtml(n.url)}">${escapeHtml(n.url)}</a>`
        : `<span class="no-link">${escapeHtml(s.noLink)}</span>`
      const consulted = n.consultedAt
        ? ` · ${escapeHtml(s.consulted(formatDate(n.consultedAt, language)))}`
        : ''
      return (
        `<li id="${label}"><span class="ref-cell">${label}</span> ${title}` +
        `${escapeHtml(s.sourceKind[n.sourceKind] ?? n.sourceKind)}${consulted}<br>${link}` +
        (n.text ? `<p class="note-text">${escapeHtml(n.text)}</p>` : '') +
        `<p class="about">${escapeHtml(s.about)} «&nbsp;${escapeHtml(n.target.exact)}&nbsp;»</p></li>`
      )
    })
    .join('\n')
  return `<ol class="sources">\n${items}\n</ol>`
}

const STYLE = `
  body { font: 15px/1.55 Georgia, 'Times New Roman', serif; color: #1f1f1f; margin: 0; background: #f4f3ef; }
  main { max-width: 860px; margin: 24px auto; background: #fff; padding: 32px 48px; box-shadow: 0 1px 4px #0002; }
  header { border-bottom: 3px double #1f1f1f; padding-bottom: 12px; margin-bottom: 20px; }
  .kicker { font: 600 12px/1.4 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: #8a1c1c; margin: 0; }
  h1 { font-size: 28px; line-height: 1.2; margin: 6px 0; }
  .meta, small, th, .status, .ref-cell, .summary, .date, .about, .legend { font-family: system-ui, sans-serif; }
  .meta { color: #555; font-size: 13px; margin: 0; }
  .summary { display: flex; flex-wrap: wrap; gap: 8px 18px; font-size: 13px; margin: 12px 0 0; padding: 0; list-style: none; }
  section { margin-top: 28px; }
  h2.section { font: 700 13px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
  .legend { font-size: 12px; color: #666; }
  .article h2.block { font-size: 22px; line-height: 1.25; }
  .article .standfirst { font-weight: 600; }
  .article .source { font-size: 13px; color: #555; }
  sup.ref { font: 600 10px system-ui, sans-serif; margin-left: 1px; }
  sup.ref a { color: #555; text-decoration: none; }
  .speaker h3 { font-size: 17px; margin: 18px 0 6px; }
  .speaker h3 small { font-weight: 400; color: #666; font-size: 12px; }
  table { border-collapse: collapse; width: 100%; font-size: 14px; }
  th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #666; border-bottom: 1px solid #bbb; padding: 4px 6px; }
  td { vertical-align: top; border-bottom: 1px solid #e4e4e4; padding: 6px; }
  td.num { text-align: right; }
  .ref-cell { font-size: 11px; font-weight: 700; color: #666; white-space: nowrap; }
  .status { display: inline-block; font-size: 11px; font-weight: 600; border: 1px solid; border-radius: 10px; padding: 0 7px; white-space: nowrap; }
  .date { font-size: 12px; color: #555; white-space: nowrap; }
  .orphan, .no-link, .empty { color: #777; }
  ol.sources { padding-left: 0; list-style: none; }
  ol.sources li { border-bottom: 1px solid #e4e4e4; padding: 8px 0; }
  .url { word-break: break-all; color: #1a4f9c; }
  .note-text { margin: 4px 0; }
  .about { font-size: 12px; color: #555; margin: 2px 0 0; }
  @media print {
    @page { margin: 18mm 16mm; }
    body { background: #fff; font-size: 11pt; }
    main { box-shadow: none; margin: 0; padding: 0; max-width: none; }
    section { break-inside: auto; }
    h2.section, h3 { break-after: avoid; }
    tr, li, .block { break-inside: avoid; }
    a { color: inherit; }
    .url::after { content: none; }
    .status { border-width: 1.5px; }
  }
`

/** The fact-check report of an article, as a complete HTML document. */
export function factCheckReport(file: ArticleFile, options: ReportOptions): string {
  const s = REPORT_STRINGS[options.language]
  const language = options.language
  const types = options.entityTypes ?? DEFAULT_ENTITY_TYPES
  const typeColours = new Map(types.map((t) => [t.id, t.color]))
  const typeNames = new Map(types.map((t) => [t.id, t.name]))
  const labels = numbering(file)
  const quotes = file.annotations.filter((a): a is Quote => a.kind === 'quote')
  const notes = file.annotations
    .filter((a): a is SourceNote => a.kind === 'source-note')
    .sort((a, b) => a.target.start - b.target.start)
  const claims = claimsOf(file)
  const figures = file.entities.filter(isFigure)
  const statusSummary = CHECK_STATUSES.map((status) => ({
    status,
    n: quotes.filter((q) => q.status === status).length
  }))
    .filter((c) => c.n > 0)
    .map((c) => `<li>${statusBadge(c.status, s)} ${c.n}</li>`)
    .join('')
  const title = escapeHtml(file.article.title)
  const generated = escapeHtml(
    s.generatedOn(formatDate(options.generatedAt.toISOString(), language))
  )
  const organisation = options.organisation?.trim()
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Newsroom Annotator">
<title>${escapeHtml(s.reportTitle)} · ${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<p class="kicker">${escapeHtml(s.reportTitle)}</p>
<h1>${title}</h1>
<p class="meta">${generated}${organisation ? ` ${escapeHtml(s.by(organisation))}` : ''}</p>
<ul class="summary" aria-label="${escapeHtml(s.summaryHeading)}">
<li>${escapeHtml(s.quoteCount(quotes.length))}</li>${statusSummary}
${claims.length ? `<li>${escapeHtml(s.claimCount(claims.length))}</li>` : ''}
<li>${escapeHtml(s.figureCount(figures.length))}</li>
<li>${escapeHtml(s.sourceCount(notes.length))}</li>
</ul>
</header>
<section class="article" id="article">
<h2 class="section">${escapeHtml(s.articleHeading)}</h2>
<p class="legend">${escapeHtml(s.legend)}</p>
${articleHtml(file, labels, typeColours)}
</section>
<section id="quotes">
<h2 class="section">${escapeHtml(s.quotesHeading)}</h2>
${quotesHtml(file, labels, s, language)}
</section>
${
  claims.length
    ? `<section id="claims">\n<h2 class="section">${escapeHtml(s.claimsHeading)}</h2>\n${claimsHtml(
        claims,
        labels,
        s
      )}\n</section>`
    : ''
}
<section id="figures">
<h2 class="section">${escapeHtml(s.figuresHeading)}</h2>
${figuresHtml(file, s, options, typeNames)}
</section>
<section id="sources">
<h2 class="section">${escapeHtml(s.sourcesHeading)}</h2>
${sourcesHtml(notes, labels, s, language)}
</section>
</main>
</body>
</html>
`
}

/** The file name of an article's report: `<stem>.fact-check.html`. */
export const REPORT_SUFFIX = '.fact-check.html'
