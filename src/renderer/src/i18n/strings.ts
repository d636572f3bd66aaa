/**
 * Every string the UI shows, in English and French. The English dictionary defines the keys
 * and their shapes; the French one is typed against it, so a missing or misspelt key, or a
 * message taking different arguments, is a type error.
 *
 * Messages with a variable part are functions. The English wording of some messages is part
 * of the UI contract the end-to-end specs rely on (button and field names, the damage alert).
 */

import { annotateEn, annotateFr } from './annotateStrings'
import { panelEn, panelFr } from './panelStrings'
import { memoryEn, memoryFr } from './memoryStrings'
import { exchangeEn, exchangeFr } from './exchangeStrings'
import { historyEn, historyFr } from './historyStrings'
import { suggestEn, suggestFr } from './suggestStrings'
import { checkEn, checkFr } from './checkStrings'
import { deskEn, deskFr } from './deskStrings'

/** Joins names for a sentence in a language: "a", "a and b", "a, b and c" ("a, b et c"). */
function listIn(language: 'en' | 'fr', names: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names)
}

const en = {
  appName: 'Newsroom Annotator',

  // Library pane
  libraryLabel: 'Library',
  libraryHeading: 'Library',
  hideLibrary: 'Hide library',
  showLibrary: 'Show library',
  newArticle: 'New article',
  importFile: 'Import file',
  importInputLabel: 'Import article file',
  renameShort: 'Rename',
  deleteShort: 'Delete',
  renameArticle: (title: string) => `Rename ${title}`,
  deleteArticle: (title: string) => `Delete ${title}`,
  updatedOn: (date: string) => `Updated ${date}`,
  annotationCount: (n: number) =>
    n === 0 ? 'No annotations' : n === 1 ? '1 annotation' : `${n} annotations`,
  loadingLibrary: 'Opening the library…',
  emptyLibrary: 'No articles yet.',
  emptyLibraryHint:
    'Create one with “New article”, or bring in a .txt, .md or .html file with “Import file”.',
  libraryFolder: (folder: string) => `Library folder: ${folder}`,

  // Dialogs
  cancel: 'Cancel',
  newArticleHeading: 'New article',
  titleLabel: 'Title',
  titleHint: 'Optional. Without a title, the first line of the text becomes the title.',
  articleTextLabel: 'Article text',
  articleTextHint: 'Paste the article. A blank line separates paragraphs.',
  create: 'Create',
  textRequired: 'Paste or type the text of the article first.',
  renameHeading: 'Rename article',
  renameConfirm: 'Rename',
  titleRequired: 'A title cannot be empty.',
  trashHeading: 'Move this article to the trash?',
  trashBody: (title: string) =>
    `“${title}” will be moved to the trash folder of the library, with its annotations. ` +
    'You can bring it back from that folder.',
  moveToTrash: 'Move to trash',

  // Status (role=status)
  created: (title: string) => `Created “${title}”.`,
  imported: (title: string) => `Imported “${title}”.`,
  renamed: (title: string) => `Renamed to “${title}”.`,
  trashed: (title: string) => `Moved “${title}” to the trash.`,
  saving: 'Saving…',
  saved: 'All changes saved.',
  notSaved: 'Not saved.',
  importing: (fileName: string) => `Importing ${fileName}…`,

  // Alerts (role=alert)
  alertsLabel: 'Problems',
  dismiss: 'Dismiss',
  retry: 'Try again',
  damagedFiles: (fileNames: readonly string[], quarantine: string, restored: readonly string[]) =>
    `${fileNames.length === 1 ? '1 article file' : `${fileNames.length} article files`} ` +
    `could not be read: ${listIn('en', fileNames)}. ` +
    `${fileNames.length === 1 ? 'It was' : 'They were'} moved to the quarantine folder ` +
    `(${quarantine}) and every other article still works. ` +
    (restored.length
      ? `${listIn('en', restored)} ${restored.length === 1 ? 'was' : 'were'} put back as last ` +
        'saved (History has the earlier versions). '
      : '') +
    (restored.length === fileNames.length
      ? ''
      : `No version was kept of ${restored.length ? 'the others' : fileNames.length === 1 ? 'it' : 'them'}: ` +
        'import the article again, or repair the quarantined file and move it back.'),
  importFailed: (fileName: string, reason: string) => `Could not import ${fileName}: ${reason}`,
  importTooLarge: (limitMb: number) => `the file is larger than ${limitMb} MB.`,
  importUnreadable: 'the file could not be read from disk.',
  libraryFailed: (reason: string) => `Could not open the library: ${reason}`,
  openFailed: (reason: string) => `Could not open the article: ${reason}`,
  createFailed: (reason: string) => `Could not create the article: ${reason}`,
  renameFailed: (reason: string) => `Could not rename the article: ${reason}`,
  trashFailed: (reason: string) => `Could not move the article to the trash: ${reason}`,
  saveFailed: (reason: string) =>
    `Could not save the annotations: ${reason} Your changes are still on screen; try again.`,
  settingsFailed: (reason: string) => `Could not read the settings, using defaults: ${reason}`,

  // Article view
  articleLabel: 'Article',
  readingViewLabel: 'Article reading view',
  loadingArticle: 'Opening the article…',
  noArticle: 'No article open',
  noArticleHint: 'Choose an article in the library, or create a new one.',
  articleToolsLabel: 'Article tools',
  toolbarLabel: 'Annotation tools',
  toolbarGroups: { annotate: 'Annotate', edit: 'Edit', file: 'File', help: 'Help' },

  // Annotation panel
  annotationsLabel: 'Annotations',
  annotationsEmpty: 'No annotations yet.',
  annotationsEmptyHint: 'Select text and press P to tag a person.',
  ...annotateEn,
  ...panelEn,
  ...exchangeEn,
  ...memoryEn,
  ...historyEn,
  ...suggestEn,
  ...checkEn,
  ...deskEn
}

/** The shape every language's dictionary has. */
export type Messages = { readonly [K in keyof typeof en]: (typeof en)[K] }

// French typography: a no-break space (\u00a0) inside guillemets and before : ; ? so they
// never start a line.
const fr: Messages = {
  appName: 'Annotateur de rédaction',

  libraryLabel: 'Bibliothèque',
  libraryHeading: 'Bibliothèque',
  hideLibrary: 'Masquer la bibliothèque',
  showLibrary: 'Afficher la bibliothèque',
  newArticle: 'Nouvel article',
  importFile: 'Importer un fichier',
  importInputLabel: 'Fichier d’article à importer',
  renameShort: 'Renommer',
  deleteShort: 'Supprimer',
  renameArticle: (title) => `Renommer ${title}`,
  deleteArticle: (title) => `Supprimer ${title}`,
  updatedOn: (date) => `Modifié le ${date}`,
  annotationCount: (n) =>
    n === 0 ? 'Aucune annotation' : n === 1 ? '1 annotation' : `${n} annotations`,
  loadingLibrary: 'Ouverture de la bibliothèque…',
  emptyLibrary: 'Aucun article pour l’instant.',
  emptyLibraryHint:
    'Créez-en un avec «\u00a0Nouvel article\u00a0», ou ajoutez un fichier .txt, .md ' +
    'ou .html avec «\u00a0Importer un fichier\u00a0».',
  libraryFolder: (folder) => `Dossier de la bibliothèque\u00a0: ${folder}`,

  cancel: 'Annuler',
  newArticleHeading: 'Nouvel article',
  titleLabel: 'Titre',
  titleHint: 'Facultatif. Sans titre, la première ligne du texte devient le titre.',
  articleTextLabel: 'Texte de l’article',
  articleTextHint: 'Collez l’article. Une ligne vide sépare les paragraphes.',
  create: 'Créer',
  textRequired: 'Collez ou saisissez d’abord le texte de l’article.',
  renameHeading: 'Renommer l’article',
  renameConfirm: 'Renommer',
  titleRequired: 'Le titre ne peut pas être vide.',
  trashHeading: 'Mettre cet article à la corbeille\u00a0?',
  trashBody: (title) =>
    `«\u00a0${title}\u00a0» sera déplacé dans le dossier corbeille de la bibliothèque, avec ses ` +
    'annotations. Vous pourrez l’en sortir depuis ce dossier.',
  moveToTrash: 'Mettre à la corbeille',

  created: (title) => `«\u00a0${title}\u00a0» a été créé.`,
  imported: (title) => `«\u00a0${title}\u00a0» a été importé.`,
  renamed: (title) => `Renommé en «\u00a0${title}\u00a0».`,
  trashed: (title) => `«\u00a0${title}\u00a0» a été mis à la corbeille.`,
  saving: 'Enregistrement…',
  saved: 'Toutes les modifications sont enregistrées.',
  notSaved: 'Non enregistré.',
  importing: (fileName) => `Importation de ${fileName}…`,

  alertsLabel: 'Problèmes',
  dismiss: 'Fermer',
  retry: 'Réessayer',
  damagedFiles: (fileNames, quarantine, restored) =>
    (fileNames.length === 1 ? '1 fichier d’article ' : `${fileNames.length} fichiers d’article `) +
    `${fileNames.length === 1 ? 'n’a pas pu être lu' : 'n’ont pas pu être lus'}\u00a0: ` +
    `${listIn('fr', fileNames)}. ` +
    `${fileNames.length === 1 ? 'Il a été déplacé' : 'Ils ont été déplacés'} dans le dossier ` +
    `de quarantaine (${quarantine})\u00a0; les autres articles fonctionnent normalement. ` +
    (restored.length
      ? `${listIn('fr', restored)} ${restored.length === 1 ? 'a été remis' : 'ont été remis'} tel ` +
        'que dernièrement enregistré (l’historique garde les versions précédentes). '
      : '') +
    (restored.length === fileNames.length
      ? ''
      : `Aucune version n’a été gardée ${restored.length ? 'des autres' : fileNames.length === 1 ? 'de celui-ci' : 'de ceux-ci'}\u00a0: ` +
        'importez l’article de nouveau, ou réparez le fichier mis en quarantaine et remettez-le en place.'),
  importFailed: (fileName, reason) => `Impossible d’importer ${fileName}\u00a0: ${reason}`,
  importTooLarge: (limitMb) => `le fichier dépasse ${limitMb} Mo.`,
  importUnreadable: 'le fichier n’a pas pu être lu sur le disque.',
  libraryFailed: (reason) => `Impossible d’ouvrir la bibliothèque\u00a0: ${reason}`,
  openFailed: (reason) => `Impossible d’ouvrir l’article\u00a0: ${reason}`,
  createFailed: (reason) => `Impossible de créer l’article\u00a0: ${reason}`,
  renameFailed: (reason) => `Impossible de renommer l’article\u00a0: ${reason}`,
  trashFailed: (reason) => `Impossible de mettre l’article à la corbeille\u00a0: ${reason}`,
  saveFailed: (reason) =>
    `Impossible d’enregistrer les annotations\u00a0: ${reason} ` +
    'Vos modifications restent à l’écran\u00a0; réessayez.',
  settingsFailed: (reason) =>
    `Impossible de lire les réglages, réglages par défaut utilisés\u00a0: ${reason}`,

  articleLabel: 'Article',
  readingViewLabel: 'Vue de lecture de l’article',
  loadingArticle: 'Ouverture de l’article…',
  noArticle: 'Aucun article ouvert',
  noArticleHint: 'Choisissez un article dans la bibliothèque, ou créez-en un.',
  articleToolsLabel: 'Outils de l’article',
  toolbarLabel: 'Outils d’annotation',
  toolbarGroups: { annotate: 'Annoter', edit: 'Modifier', file: 'Fichier', help: 'Aide' },

  annotationsLabel: 'Annotations',
  annotationsEmpty: 'Aucune annotation pour l’instant.',
  annotationsEmptyHint: 'Sélectionnez du texte et appuyez sur P pour marquer une personne.',
  ...annotateFr,
  ...panelFr,
  ...exchangeFr,
  ...memoryFr,
  ...historyFr,
  ...suggestFr,
  ...checkFr,
  ...deskFr
}

/** The languages the UI is written in. */
export type Language = 'en' | 'fr'

/** Every dictionary, by language. */
export const dictionaries: Record<Language, Messages> = { en, fr }
