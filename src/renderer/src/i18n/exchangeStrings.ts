/**
 * The strings of export and import (toolbar buttons, the export dialog, the import
 * confirmation and report), in English and French. Spread into the dictionaries of
 * `strings.ts`; the French one is typed against the English one. The English names of
 * controls are what the end-to-end specs use.
 */
import type { OrphanReason } from '@shared/anchoring/anchorRules'

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

/** Plural for French: 0 and 1 take the singular. */
function pluralFr(n: number, one: string, many: string): string {
  return n <= 1 ? one : many
}

/** English. */
export const exchangeEn = {
  // Toolbar
  exportAction: 'Export',
  exportTip: 'Export this article: native JSON, W3C JSON-LD or CSV (Ctrl+Shift+E)',
  importAnnotationsAction: 'Import annotations',
  importAnnotationsTip:
    'Import an annotation file: a .newsroom.json becomes a new article, a .jsonld is applied ' +
    'to this article',
  importAnnotationsInputLabel: 'Import annotations file',

  // Export dialog
  exportHeading: 'Export article',
  exportFormatLegend: 'Format',
  exportFormatNative: 'Native JSON',
  exportFormatNativeHint:
    '.newsroom.json: everything, with a JSON Schema; it can be imported again.',
  exportFormatW3c: 'W3C JSON-LD',
  exportFormatW3cHint: '.jsonld: a Web Annotation collection for other annotation tools.',
  exportFormatCsv: 'CSV',
  exportFormatCsvHint: 'Two files for spreadsheets: quotes, and entities with their mentions.',
  exportWhereWeb:
    'There is no Save dialog in the browser: the files go to the library’s exports folder.',
  exportConfirm: 'Export',
  exportBusy: 'Exporting…',
  exportDone: (n: number) => `Exported ${n} ${plural(n, 'file', 'files')}:`,
  exportCancelled: 'The export was cancelled; nothing was written.',
  exportFailed: (reason: string) => `The export failed: ${reason}`,
  exportNotSaved:
    'Your latest changes could not be saved, so the export would miss them. Try again once ' +
    'they are saved.',
  exportFileSize: (size: string) => `(${size})`,
  close: 'Close',

  // Import
  importConfirmHeading: 'Replace this article’s annotations?',
  importConfirmBody: (fileName: string, count: number, title: string) =>
    `“${fileName}” holds ${count} ${plural(count, 'annotation', 'annotations')}. They will ` +
    `replace the annotations and entities of “${title}”, each re-anchored by its quote on ` +
    'this article’s text.',
  importConfirmCurrent: (annotations: number, entities: number) =>
    `The article has ${annotations} ${plural(annotations, 'annotation', 'annotations')} and ` +
    `${entities} ${plural(entities, 'entity', 'entities')} now. Ctrl+Z will not bring them back; ` +
    'export them first if you may need them.',
  importConfirm: 'Replace annotations',
  importBusy: (fileName: string) => `Importing “${fileName}”…`,
  importNotSaved:
    'Your latest changes could not be saved, so nothing was imported. Try again once they are ' +
    'saved.',
  importReportHeading: 'Annotations imported',
  importReportSummary: (exact: number, fuzzy: number, orphans: number) =>
    `${exact} anchored exactly, ${fuzzy} fuzzily, ` +
    `${orphans} ${plural(orphans, 'orphan', 'orphans')}`,
  importReportOnto: (fileName: string, title: string) =>
    `The annotations of “${fileName}” are now on “${title}”.`,
  importOrphansHeading: 'Orphans: their quotes were not found in this text',
  importOrphansMore: (n: number) => `… and ${n} more.`,
  importOrphanReasons: {
    'no-quote': 'it quotes no text',
    deleted: 'its words are no longer in the text',
    'out-of-order': 'its words remain only elsewhere, out of order with the annotations around it',
    ambiguous: 'its words occur several times nearby and its context no longer tells which',
    unconfirmed: 'its words stand nearby, but neither its context nor its place agree',
    taken: 'its words belong to another annotation of the same entity',
    'was-orphaned': 'it was already an orphan'
  } as Record<OrphanReason, string>,
  importOrphansHint: 'They are kept, and listed under Orphans in the annotation panel.',
  importKindQuote: 'Quote',
  importKindMention: 'Mention',
  importKindNote: 'Source note',
  importArticleHeading: 'Article imported',
  importArticleSummary: (title: string, annotations: number, entities: number) =>
    `“${title}” was added to the library with ${annotations} ` +
    `${plural(annotations, 'annotation', 'annotations')} and ${entities} ` +
    `${plural(entities, 'entity', 'entities')}.`,
  importArticleNewId:
    'An article with the same id is already in the library, so this one has a new id.',
  importFailedHeading: 'The file was not imported',
  importTooLargeFile: (fileName: string, limitMb: number) =>
    `“${fileName}” is larger than ${limitMb} MB, the largest annotation file that can be imported.`,
  importUnreadableFile: (fileName: string) => `“${fileName}” could not be read from disk.`,
  importNoArticle: 'Open an article first: a .jsonld file is applied to the open article.'
}

/** The shape of the exchange strings. */
export type ExchangeMessages = {
  readonly [K in keyof typeof exchangeEn]: (typeof exchangeEn)[K]
}

/** French (no-break spaces inside guillemets and before : ; ? !). */
export const exchangeFr: ExchangeMessages = {
  exportAction: 'Exporter',
  exportTip: 'Exporter cet article\u00a0: JSON natif, JSON-LD du W3C ou CSV (Ctrl+Maj+E)',
  importAnnotationsAction: 'Importer des annotations',
  importAnnotationsTip:
    'Importer un fichier d’annotations\u00a0: un .newsroom.json devient un nouvel article, un ' +
    '.jsonld s’applique à cet article',
  importAnnotationsInputLabel: 'Fichier d’annotations à importer',

  exportHeading: 'Exporter l’article',
  exportFormatLegend: 'Format',
  exportFormatNative: 'JSON natif',
  exportFormatNativeHint:
    '.newsroom.json\u00a0: tout, avec un schéma JSON\u00a0; il peut être réimporté.',
  exportFormatW3c: 'JSON-LD du W3C',
  exportFormatW3cHint: '.jsonld\u00a0: une collection Web Annotation pour d’autres outils.',
  exportFormatCsv: 'CSV',
  exportFormatCsvHint:
    'Deux fichiers pour tableur\u00a0: les citations, et les entités avec leurs mentions.',
  exportWhereWeb:
    'Le navigateur n’a pas de boîte d’enregistrement\u00a0: les fichiers vont dans le dossier ' +
    'exports de la bibliothèque.',
  exportConfirm: 'Exporter',
  exportBusy: 'Exportation…',
  exportDone: (n) => `${n} ${pluralFr(n, 'fichier exporté', 'fichiers exportés')}\u00a0:`,
  exportCancelled: 'Exportation annulée\u00a0; rien n’a été écrit.',
  exportFailed: (reason) => `L’exportation a échoué\u00a0: ${reason}`,
  exportNotSaved:
    'Vos dernières modifications n’ont pas pu être enregistrées\u00a0; l’export les omettrait. ' +
    'Réessayez une fois qu’elles le sont.',
  exportFileSize: (size) => `(${size})`,
  close: 'Fermer',

  importConfirmHeading: 'Remplacer les annotations de cet article\u00a0?',
  importConfirmBody: (fileName, count, title) =>
    `«\u00a0${fileName}\u00a0» contient ${count} ` +
    `${pluralFr(count, 'annotation', 'annotations')}. ` +
    `Elles remplaceront les annotations et entités de «\u00a0${title}\u00a0», chacune ` +
    'réancrée par sa citation sur le texte de cet article.',
  importConfirmCurrent: (annotations, entities) =>
    `L’article compte maintenant ${annotations} ` +
    `${pluralFr(annotations, 'annotation', 'annotations')} et ${entities} ` +
    `${pluralFr(entities, 'entité', 'entités')}. Ctrl+Z ne les rétablira pas\u00a0; exportez-les ` +
    'd’abord si vous pourriez en avoir besoin.',
  importConfirm: 'Remplacer les annotations',
  importBusy: (fileName) => `Importation de «\u00a0${fileName}\u00a0»…`,
  importNotSaved:
    'Vos dernières modifications n’ont pas pu être enregistrées\u00a0; rien n’a été importé. ' +
    'Réessayez une fois qu’elles le sont.',
  importReportHeading: 'Annotations importées',
  importReportSummary: (exact, fuzzy, orphans) =>
    `${exact} ${pluralFr(exact, 'ancrée', 'ancrées')} exactement, ${fuzzy} approximativement, ` +
    `${orphans} ${pluralFr(orphans, 'orpheline', 'orphelines')}`,
  importReportOnto: (fileName, title) =>
    `Les annotations de «\u00a0${fileName}\u00a0» sont maintenant sur «\u00a0${title}\u00a0».`,
  importOrphansHeading: 'Orphelines\u00a0: leur citation est introuvable dans ce texte',
  importOrphansMore: (n) => `… et ${n} de plus.`,
  importOrphanReasons: {
    'no-quote': 'elle ne cite aucun texte',
    deleted: 'ses mots ne sont plus dans le texte',
    'out-of-order': 'ses mots ne restent qu’ailleurs, hors de l’ordre des annotations voisines',
    ambiguous: 'ses mots reviennent plusieurs fois près d’ici et son contexte ne dit plus lequel',
    unconfirmed: 'ses mots sont proches, mais ni leur contexte ni leur place ne concordent',
    taken: 'ses mots appartiennent à une autre annotation de la même entité',
    'was-orphaned': 'elle était déjà orpheline'
  },
  importOrphansHint:
    'Elles sont conservées et listées sous Orphelines dans le panneau des annotations.',
  importKindQuote: 'Citation',
  importKindMention: 'Mention',
  importKindNote: 'Note de source',
  importArticleHeading: 'Article importé',
  importArticleSummary: (title, annotations, entities) =>
    `«\u00a0${title}\u00a0» a été ajouté à la bibliothèque avec ${annotations} ` +
    `${pluralFr(annotations, 'annotation', 'annotations')} et ${entities} ` +
    `${pluralFr(entities, 'entité', 'entités')}.`,
  importArticleNewId:
    'Un article de même identifiant est déjà dans la bibliothèque\u00a0; celui-ci en a reçu un ' +
    'nouveau.',
  importFailedHeading: 'Le fichier n’a pas été importé',
  importTooLargeFile: (fileName, limitMb) =>
    `«\u00a0${fileName}\u00a0» dépasse ${limitMb} Mo, la taille maximale d’un fichier ` +
    'd’annotations.',
  importUnreadableFile: (fileName) => `«\u00a0${fileName}\u00a0» n’a pas pu être lu sur le disque.`,
  importNoArticle:
    'Ouvrez d’abord un article\u00a0: un fichier .jsonld s’applique à l’article ouvert.'
}
