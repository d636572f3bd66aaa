/**
 * The strings of the library-wide views (search, verification queue, entity page, fact-check
 * report), in English and French. Spread into the dictionaries of `strings.ts`; the French
 * one is typed against the English one. The English names of controls are what the
 * end-to-end specs use.
 */

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** French: 0 and 1 take the singular. */
function pluralFr(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`
}

/** English. */
export const memoryEn = {
  // Search
  searchLabel: 'Search the library',
  searchPlaceholder: 'Search all articles…',
  searchHint: 'Words, or "a phrase" in quotation marks',
  searchResultsLabel: 'Search results',
  searchNothing: (query: string) => `Nothing in the library matches ${query}.`,
  searchSummary: (hits: number, articles: number) =>
    `${plural(hits, 'match', 'matches')} in ${plural(articles, 'article', 'articles')}`,
  searchMore: (n: number) => `and ${n} more in this article`,
  searchFailed: (reason: string) => `The search failed: ${reason}`,
  hitKind: {
    text: 'Text',
    quote: 'Quote',
    'source-note': 'Source',
    entity: 'Entity'
  } as Record<string, string>,
  entityPageOf: (name: string) => `Everything about ${name}`,

  // Queue
  queueButton: 'To check',
  queueButtonTip: 'Everything still to check across the library',
  queueHeading: 'Verification queue',
  queueFilters: 'Filters',
  queueStatus: 'Status',
  queueOpenStatuses: 'Still to check',
  queueAllStatuses: 'Any status',
  queueKind: 'Kind',
  queueArticle: 'Article',
  queueAssignee: 'Assignee',
  queueSpeaker: 'Speaker',
  queueAny: 'Any',
  queueNobody: 'Nobody',
  queueItemsLabel: 'Items to check',
  queueEmpty: 'Nothing to check under these filters.',
  queueCount: (shown: number, total: number) =>
    shown < total ? `${shown} of ${total} shown` : plural(total, 'item', 'items'),
  queueKeys: '↑ ↓ to move, Enter to open in its article',
  queueFailed: (reason: string) => `The queue could not be read: ${reason}`,
  kindName: { quote: 'Quote', claim: 'Claim', 'source-note': 'Source note' } as Record<
    string,
    string
  >,
  statusName: {
    'needs-checking': 'Needs checking',
    verified: 'Verified',
    disputed: 'Disputed'
  } as Record<string, string>,
  quoteKindName: { direct: 'direct', indirect: 'indirect', paraphrase: 'paraphrase' } as Record<
    string,
    string
  >,
  toCheckCount: (n: number) => `${n} to check`,
  orphanNote: 'no longer in the text',
  close: 'Close',

  // Entity page
  entityHeading: (name: string) => name,
  entityIn: (n: number) => `in ${plural(n, 'article', 'articles')}`,
  entityQuotes: 'What they said',
  entityQuoteSummary: (total: number, verified: number) =>
    `${plural(total, 'quote', 'quotes')}, ${verified} verified`,
  entityMentions: 'Mentions',
  entityNoQuotes: 'No quotes attributed.',
  entityAliases: (aliases: string) => `Also written: ${aliases}`,
  entityFailed: (reason: string) => `The entity page could not be read: ${reason}`,
  entityActions: 'Across the library',
  entityEditAction: 'Edit in every article',
  entityMergeAction: 'Merge into…',
  entitySplitAction: 'Split off…',
  entityNameLabel: 'Name',
  entityAliasesLabel: 'Other names (one per line)',
  entityDescriptionLabel: 'Description',
  entityWikidataLabel: 'Wikidata id (Q…)',
  entitySave: 'Save in every article',
  entityCancel: 'Cancel',
  entityMergeLabel: 'The entity it is the same as',
  entityMergeHint: (name: string) =>
    `Every mention and quote of ${name}, in every article, moves to the entity you choose; ${name} becomes one of its other names.`,
  entityMergeConfirm: 'Merge',
  entityPickOne: 'Choose an entity from the list.',
  entitySplitLegend: 'Mentions and quotes that are someone else',
  entitySplitName: 'Name of the other entity',
  entitySplitConfirm: 'Split off',
  entityChanged: (n: number) => `Changed in ${plural(n, 'article', 'articles')}.`,
  entityChangeFailed: (reason: string) => `Nothing was changed: ${reason}`,
  entityNotRewritten: (n: number) =>
    `${plural(n, 'article', 'articles')} could not be rewritten now; they follow at their next save.`,
  columnArticle: 'Article',
  columnQuote: 'Quote',
  columnKind: 'Kind',
  columnStatus: 'Status',
  columnDate: 'Date',
  loading: 'Loading…',

  // Report
  reportAction: 'Fact-check report',
  reportTip: 'Write this article’s fact-check report (HTML, and PDF on the desktop)',
  reportLanguage: 'en' as 'en' | 'fr',
  reportWritten: (paths: string) => `Fact-check report written: ${paths}`,
  reportFailed: (reason: string) => `The fact-check report could not be written: ${reason}`
}

/** The shape of these strings in every language. */
export type MemoryMessages = { readonly [K in keyof typeof memoryEn]: (typeof memoryEn)[K] }

/** French. */
export const memoryFr: MemoryMessages = {
  searchLabel: 'Chercher dans la bibliothèque',
  searchPlaceholder: 'Chercher dans tous les articles…',
  searchHint: 'Des mots, ou «\u00a0une expression\u00a0» entre guillemets',
  searchResultsLabel: 'Résultats de la recherche',
  searchNothing: (query) => `Rien dans la bibliothèque ne correspond à ${query}.`,
  searchSummary: (hits, articles) =>
    `${pluralFr(hits, 'résultat', 'résultats')} dans ${pluralFr(articles, 'article', 'articles')}`,
  searchMore: (n) => `et ${n} de plus dans cet article`,
  searchFailed: (reason) => `La recherche a échoué\u00a0: ${reason}`,
  hitKind: { text: 'Texte', quote: 'Citation', 'source-note': 'Source', entity: 'Entité' },
  entityPageOf: (name) => `Tout sur ${name}`,

  queueButton: 'À vérifier',
  queueButtonTip: 'Tout ce qui reste à vérifier dans la bibliothèque',
  queueHeading: 'File de vérification',
  queueFilters: 'Filtres',
  queueStatus: 'Statut',
  queueOpenStatuses: 'Reste à vérifier',
  queueAllStatuses: 'Tous les statuts',
  queueKind: 'Type',
  queueArticle: 'Article',
  queueAssignee: 'Responsable',
  queueSpeaker: 'Locuteur',
  queueAny: 'Tous',
  queueNobody: 'Personne',
  queueItemsLabel: 'Éléments à vérifier',
  queueEmpty: 'Rien à vérifier avec ces filtres.',
  queueCount: (shown, total) =>
    shown < total ? `${shown} sur ${total} affichés` : pluralFr(total, 'élément', 'éléments'),
  queueKeys: '↑ ↓ pour se déplacer, Entrée pour ouvrir dans l’article',
  queueFailed: (reason) => `La file n’a pas pu être lue\u00a0: ${reason}`,
  kindName: { quote: 'Citation', claim: 'Affirmation', 'source-note': 'Note de source' },
  statusName: { 'needs-checking': 'À vérifier', verified: 'Vérifiée', disputed: 'Contestée' },
  quoteKindName: { direct: 'directe', indirect: 'indirecte', paraphrase: 'paraphrase' },
  toCheckCount: (n) => `${n} à vérifier`,
  orphanNote: 'plus dans le texte',
  close: 'Fermer',

  entityHeading: (name) => name,
  entityIn: (n) => `dans ${pluralFr(n, 'article', 'articles')}`,
  entityQuotes: 'Ce qu’il ou elle a dit',
  entityQuoteSummary: (total, verified) =>
    `${pluralFr(total, 'citation', 'citations')}, ${verified} vérifiée${verified > 1 ? 's' : ''}`,
  entityMentions: 'Mentions',
  entityNoQuotes: 'Aucune citation attribuée.',
  entityAliases: (aliases) => `Aussi écrit\u00a0: ${aliases}`,
  entityFailed: (reason) => `La page de l’entité n’a pas pu être lue\u00a0: ${reason}`,
  entityActions: 'Dans toute la bibliothèque',
  entityEditAction: 'Modifier dans tous les articles',
  entityMergeAction: 'Fusionner avec…',
  entitySplitAction: 'Séparer…',
  entityNameLabel: 'Nom',
  entityAliasesLabel: 'Autres noms (un par ligne)',
  entityDescriptionLabel: 'Description',
  entityWikidataLabel: 'Identifiant Wikidata (Q…)',
  entitySave: 'Enregistrer dans tous les articles',
  entityCancel: 'Annuler',
  entityMergeLabel: 'L’entité qui est la même',
  entityMergeHint: (name) =>
    `Chaque mention et citation de ${name}, dans chaque article, passe à l’entité choisie\u00a0; ${name} devient l’un de ses autres noms.`,
  entityMergeConfirm: 'Fusionner',
  entityPickOne: 'Choisissez une entité dans la liste.',
  entitySplitLegend: 'Mentions et citations où il s’agit de quelqu’un d’autre',
  entitySplitName: 'Nom de l’autre entité',
  entitySplitConfirm: 'Séparer',
  entityChanged: (n) => `Modifié dans ${pluralFr(n, 'article', 'articles')}.`,
  entityChangeFailed: (reason) => `Rien n’a été modifié\u00a0: ${reason}`,
  entityNotRewritten: (n) =>
    `${pluralFr(n, 'article n’a', 'articles n’ont')} pas pu être réécrit(s)\u00a0; ils suivront à leur prochain enregistrement.`,
  columnArticle: 'Article',
  columnQuote: 'Citation',
  columnKind: 'Type',
  columnStatus: 'Statut',
  columnDate: 'Date',
  loading: 'Chargement…',

  reportAction: 'Rapport de vérification',
  reportTip: 'Établir le rapport de vérification de cet article (HTML, et PDF sur l’ordinateur)',
  reportLanguage: 'fr',
  reportWritten: (paths) => `Rapport de vérification écrit\u00a0: ${paths}`,
  reportFailed: (reason) => `Le rapport de vérification n’a pas pu être écrit\u00a0: ${reason}`
}
