/**
 * The words of the fact-check report, in the interface's two languages. The report is made
 * in the main process and by the command line as well as for the app, so its strings live
 * with it rather than in the renderer's dictionaries.
 */
export type ReportLanguage = 'en' | 'fr'

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** French: 0 and 1 take the singular. */
function pluralFr(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`
}

const en = {
  reportTitle: 'Fact-check report',
  generatedOn: (date: string) => `Generated on ${date}`,
  by: (organisation: string) => `for ${organisation}`,
  summaryHeading: 'Summary',
  articleHeading: 'The article with its annotations',
  legend:
    'Quotes are underlined in the colour of their status, entities tinted by type, sourced passages dotted; numbers refer to the lists below.',
  quotesHeading: 'Quotes by speaker',
  noQuotes: 'No quotes are marked in this article.',
  unattributed: 'Unattributed',
  claimsHeading: 'Claims and verdicts',
  figuresHeading: 'Figures',
  noFigures: 'No figures are tagged in this article.',
  sourcesHeading: 'Sources',
  noSources: 'No source notes are attached to this article.',
  column: {
    quote: 'Quote',
    kind: 'Kind',
    status: 'Status',
    date: 'Date',
    comment: 'Comment',
    figure: 'Figure',
    type: 'Type',
    value: 'Value',
    mentions: 'Mentions',
    claim: 'Claim',
    verdict: 'Verdict',
    rationale: 'Rationale'
  },
  status: {
    'needs-checking': 'Needs checking',
    verified: 'Verified',
    disputed: 'Disputed'
  } as Record<string, string>,
  quoteKind: { direct: 'Direct', indirect: 'Indirect', paraphrase: 'Paraphrase' } as Record<
    string,
    string
  >,
  verdict: {
    true: 'True',
    'mostly-true': 'Mostly true',
    misleading: 'Misleading',
    false: 'False',
    unverifiable: 'Unverifiable'
  } as Record<string, string>,
  sourceKind: {
    document: 'Document',
    interview: 'Interview',
    'press-release': 'Press release',
    filing: 'Filing',
    'web-page': 'Web page',
    'social-post': 'Social media post',
    other: 'Other'
  } as Record<string, string>,
  entityType: {
    money: 'Money',
    percentage: 'Percentage',
    date: 'Date',
    other: 'Other'
  } as Record<string, string>,
  quoteCount: (n: number) => plural(n, 'quote', 'quotes'),
  claimCount: (n: number) => plural(n, 'claim', 'claims'),
  sourceCount: (n: number) => plural(n, 'source', 'sources'),
  figureCount: (n: number) => plural(n, 'figure', 'figures'),
  statusCount: (n: number, status: string) => `${n} ${status.toLowerCase()}`,
  consulted: (date: string) => `consulted ${date}`,
  about: 'About the passage:',
  orphan: 'no longer in the text',
  noLink: 'no link given'
}

/** The report's words. */
export type ReportStrings = typeof en

const fr: ReportStrings = {
  reportTitle: 'Rapport de vérification',
  generatedOn: (date) => `Établi le ${date}`,
  by: (organisation) => `pour ${organisation}`,
  summaryHeading: 'En bref',
  articleHeading: 'L’article et ses annotations',
  legend:
    'Les citations sont soulignées de la couleur de leur statut, les entités teintées selon leur type, les passages sourcés pointillés ; les numéros renvoient aux listes ci-dessous.',
  quotesHeading: 'Citations par locuteur',
  noQuotes: 'Aucune citation n’est marquée dans cet article.',
  unattributed: 'Sans locuteur',
  claimsHeading: 'Affirmations et verdicts',
  figuresHeading: 'Chiffres',
  noFigures: 'Aucun chiffre n’est balisé dans cet article.',
  sourcesHeading: 'Sources',
  noSources: 'Aucune note de source n’est jointe à cet article.',
  column: {
    quote: 'Citation',
    kind: 'Type',
    status: 'Statut',
    date: 'Date',
    comment: 'Commentaire',
    figure: 'Chiffre',
    type: 'Type',
    value: 'Valeur',
    mentions: 'Mentions',
    claim: 'Affirmation',
    verdict: 'Verdict',
    rationale: 'Justification'
  },
  status: { 'needs-checking': 'À vérifier', verified: 'Vérifiée', disputed: 'Contestée' },
  quoteKind: { direct: 'Directe', indirect: 'Indirecte', paraphrase: 'Paraphrase' },
  verdict: {
    true: 'Vrai',
    'mostly-true': 'Plutôt vrai',
    misleading: 'Trompeur',
    false: 'Faux',
    unverifiable: 'Invérifiable'
  },
  sourceKind: {
    document: 'Document',
    interview: 'Entretien',
    'press-release': 'Communiqué',
    filing: 'Document réglementaire',
    'web-page': 'Page web',
    'social-post': 'Publication sur un réseau social',
    other: 'Autre'
  },
  entityType: { money: 'Montant', percentage: 'Pourcentage', date: 'Date', other: 'Autre' },
  quoteCount: (n) => pluralFr(n, 'citation', 'citations'),
  claimCount: (n) => pluralFr(n, 'affirmation', 'affirmations'),
  sourceCount: (n) => pluralFr(n, 'source', 'sources'),
  figureCount: (n) => pluralFr(n, 'chiffre', 'chiffres'),
  statusCount: (n, status) => `${n} ${status.toLowerCase()}`,
  consulted: (date) => `consultée le ${date}`,
  about: 'Passage concerné :',
  orphan: 'plus dans le texte',
  noLink: 'aucun lien'
}

/** The report's words in a language. */
export const REPORT_STRINGS: Record<ReportLanguage, ReportStrings> = { en, fr }
