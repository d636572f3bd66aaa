/**
 * The strings of the annotation feature's editor side (toolbar, dialogs, hover card, help
 * sheet), in English and French. Spread into the dictionaries of `strings.ts`; the French
 * one is typed against the English one, so a missing key or a different signature fails to
 * compile. The English wording of button and field names is what the end-to-end specs use.
 */
import type { QuoteKind, QuoteStatus, SourceKind } from '@shared/model'

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

/** English. */
export const annotateEn = {
  // Toolbar
  quoteAction: 'Quote',
  quoteTip: 'Mark the selection as a quote and choose its speaker (Q)',
  tagTypeTip: (type: string, key: string) => `Tag the selection as: ${type} (${key})`,
  linkAction: 'Link',
  linkTip: 'Link the selection to an existing entity, found by typing its name (K)',
  noteAction: 'Source note',
  noteTip: 'Attach a source note to the selection; a span can carry several (N)',
  tagAllAction: 'Tag all',
  tagAllTip: 'Tag the other occurrences of the selected or tagged words in one step (A)',
  undoAction: 'Undo',
  undoTip: (keys: string) => `Undo the last annotation or text change (${keys})`,
  redoAction: 'Redo',
  redoTip: (keys: string, alt: string) => `Redo what was undone (${keys} or ${alt})`,
  editTextAction: 'Edit text',
  editTextTip: 'Correct the article’s text; annotations follow your edits (F2, Escape leaves)',
  reattachAction: 'Re-attach',
  reattachTip: 'Put an orphaned annotation back on the selected text (T)',
  inspectTip: 'List the annotations at the cursor or selection (I)',
  helpAction: 'Help',
  helpTip: 'Show every keyboard shortcut (?)',

  // Entity type names, for the built-in types (a renamed type shows its own name)
  entityTypeNames: {
    person: 'Person',
    organisation: 'Organisation',
    place: 'Place',
    money: 'Money',
    percentage: 'Percentage',
    date: 'Date',
    product: 'Product',
    event: 'Event',
    other: 'Other'
  } as Readonly<Record<string, string>>,
  unknownType: 'Entity',

  // Shared dialog words
  selectedText: 'Selected text',
  save: 'Save',
  fieldOptional: '(optional)',

  // Quote dialog
  quoteHeading: 'Quote',
  editQuoteHeading: 'Edit quote',
  speakerLabel: 'Speaker',
  speakerHint: 'Type a name. Existing people come first; a new name creates a person.',
  speakerUnknown: 'No speaker yet',
  createPerson: (name: string) => `Create person “${name}”`,
  quoteKindLabel: 'Kind',
  quoteKinds: {
    direct: 'Direct',
    indirect: 'Indirect',
    paraphrase: 'Paraphrase'
  } as Readonly<Record<QuoteKind, string>>,
  quoteStatusLabel: 'Status',
  quoteStatuses: {
    'needs-checking': 'Needs checking',
    verified: 'Verified',
    disputed: 'Disputed'
  } as Readonly<Record<QuoteStatus, string>>,
  commentLabel: 'Comment',
  saveQuote: 'Save quote',

  // Entity picker (link) and the combobox
  linkHeading: 'Link to an entity',
  changeEntityHeading: 'Change entity',
  entityLabel: 'Entity',
  entityHint: 'Type part of a name or alias; arrows choose, Enter links.',
  noEntities: 'No entity matches. Tag the text with an entity type key first.',
  noEntitiesYet: 'There are no entities yet. Tag a name with its type (P, O…) first.',
  linkConfirm: 'Link',
  entityOption: (name: string, type: string, alias: string | null) =>
    alias ? `${name} (${type}, also “${alias}”)` : `${name} (${type})`,
  suggestions: 'Suggestions',

  // Source note dialog
  noteHeading: 'Source note',
  editNoteHeading: 'Edit source note',
  noteTextLabel: 'Note',
  noteTextHint: 'Where the fact comes from and what it says.',
  sourceKindLabel: 'Kind of source',
  sourceKinds: {
    document: 'Document',
    interview: 'Interview',
    'press-release': 'Press release',
    filing: 'Filing',
    'web-page': 'Web page',
    'social-post': 'Social post',
    other: 'Other'
  } as Readonly<Record<SourceKind, string>>,
  noteTitleLabel: 'Title',
  urlLabel: 'URL',
  urlHint: 'An http or https address.',
  urlInvalid: 'Only http and https addresses are accepted, such as https://example.org/memo.',
  consultedLabel: 'Consulted on',
  noteRequired: 'Write the note, or give at least a title or a URL.',
  saveNote: 'Save source note',

  // Tag all mentions
  tagAllHeading: (words: string) => `Tag all “${words}”`,
  tagAllEntity: (name: string, type: string) => `Mentions of ${name} (${type})`,
  tagAllNewType: 'Tag them as',
  tagAllCount: (n: number) =>
    n === 0
      ? 'No other occurrence to tag.'
      : `${n} ${plural(n, 'occurrence', 'occurrences')} found. ` +
        'Untick those that are not this entity.',
  tagAllOccurrences: 'Occurrences',
  tagAllConfirm: (n: number) => `Tag ${n} ${plural(n, 'mention', 'mentions')}`,
  selectAll: 'Select all',
  selectNone: 'Select none',
  tagAllNothing: 'Select some words, or put the cursor in a tagged mention, then press A.',

  // Re-attach
  reattachHeading: 'Re-attach an orphan',
  reattachIntro: (text: string) => `Attach one of these annotations to “${text}”.`,
  reattachNone: 'There are no orphaned annotations.',
  reattachConfirm: 'Re-attach',
  orphanLast: (text: string) => `last on “${text}”`,

  // What is here (inspect) and the hover card
  inspectHeading: 'Annotations here',
  inspectNone: 'Nothing is annotated here.',
  hereCount: (n: number) => `${n} ${plural(n, 'annotation', 'annotations')} here`,
  edit: 'Edit',
  delete: 'Delete',
  editLabel: (what: string) => `Edit ${what}`,
  deleteLabel: (what: string) => `Delete ${what}`,
  kindQuote: 'Quote',
  kindNote: 'Source note',
  noteUntitled: 'Untitled source note',

  // Notices (an aria-live line under the toolbar)
  selectFirst: 'Select some text first.',
  loadProblems: (n: number) =>
    `${n} ${plural(n, 'annotation was', 'annotations were')} not where the file said; ` +
    'see the orphans in the panel.',
  tagged: (text: string, type: string) => `Tagged “${text}” as ${type}.`,
  linked: (text: string, name: string) => `Linked “${text}” to ${name}.`,
  quoteSaved: 'Quote saved.',
  noteSaved: 'Source note saved.',
  taggedAll: (n: number) =>
    `Tagged ${n} ${plural(n, 'mention', 'mentions')}. Ctrl+Z undoes them all.`,
  reattached: 'Annotation re-attached.',
  deleted: 'Annotation deleted.',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  undone: 'Undone.',
  redone: 'Redone.',
  editingOn: 'Editing the text. Annotations follow your edits. F2 or Escape stops.',
  editingOff: 'Back to reading. The text is read-only.',
  editingBanner:
    'Editing text: type to correct it; annotations follow. An annotation whose ' +
    'whole text is deleted becomes an orphan.',

  // Help sheet
  helpHeading: 'Keyboard shortcuts',
  helpIntro:
    'Select text with the mouse, or with Shift and the arrow keys in the article ' +
    '(Ctrl adds whole words), then press a key.',
  helpAnnotate: 'Annotate the selection',
  helpOther: 'Everything else',
  helpSelect: 'Moving and selecting in the article',
  helpKey: 'Key',
  helpActionColumn: 'Action',
  helpClose: 'Close',
  helpTypes: 'Tag as an entity type (the keys can be changed in the settings):',
  helpMove: 'Move the cursor by a character; Ctrl: by a word',
  helpExtend: 'Extend the selection by a character; Ctrl: by a word',
  helpLine: 'Move (with Shift: select) a line up or down',
  helpHomeEnd: 'Go to (with Shift: select to) the start or end of the paragraph',
  helpEscape: 'Close a dialog, leave text editing, hide the hover card',
  helpTab: 'Move between the library, the toolbar, the article and the panel',
  helpToolbarArrows: 'Move between the toolbar buttons'
}

/** The shape of the annotation strings in every language. */
export type AnnotateMessages = { readonly [K in keyof typeof annotateEn]: (typeof annotateEn)[K] }

// French typography: no-break spaces (\u00a0) inside guillemets and before : ; ? !
/** French. */
export const annotateFr: AnnotateMessages = {
  quoteAction: 'Citation',
  quoteTip: 'Marquer la sélection comme citation et choisir qui parle (Q)',
  tagTypeTip: (type, key) => `Marquer la sélection comme\u00a0: ${type} (${key})`,
  linkAction: 'Lier',
  linkTip: 'Lier la sélection à une entité existante, trouvée en tapant son nom (K)',
  noteAction: 'Note de source',
  noteTip:
    'Joindre une note de source à la sélection\u00a0; un passage peut en porter plusieurs (N)',
  tagAllAction: 'Tout marquer',
  tagAllTip: 'Marquer en une fois les autres occurrences des mots sélectionnés ou marqués (A)',
  undoAction: 'Annuler',
  undoTip: (keys) => `Annuler la dernière modification (${keys})`,
  redoAction: 'Rétablir',
  redoTip: (keys, alt) => `Rétablir ce qui a été annulé (${keys} ou ${alt})`,
  editTextAction: 'Modifier le texte',
  editTextTip:
    'Corriger le texte de l’article\u00a0; les annotations suivent vos modifications ' +
    '(F2, Échap pour sortir)',
  reattachAction: 'Rattacher',
  reattachTip: 'Remettre une annotation orpheline sur le texte sélectionné (T)',
  inspectTip: 'Lister les annotations au curseur ou dans la sélection (I)',
  helpAction: 'Aide',
  helpTip: 'Afficher tous les raccourcis clavier (?)',

  entityTypeNames: {
    person: 'Personne',
    organisation: 'Organisation',
    place: 'Lieu',
    money: 'Montant',
    percentage: 'Pourcentage',
    date: 'Date',
    product: 'Produit',
    event: 'Événement',
    other: 'Autre'
  },
  unknownType: 'Entité',

  selectedText: 'Texte sélectionné',
  save: 'Enregistrer',
  fieldOptional: '(facultatif)',

  quoteHeading: 'Citation',
  editQuoteHeading: 'Modifier la citation',
  speakerLabel: 'Qui parle',
  speakerHint:
    'Tapez un nom. Les personnes existantes viennent d’abord\u00a0; un nouveau nom crée une ' +
    'personne.',
  speakerUnknown: 'Pas encore de locuteur',
  createPerson: (name) => `Créer la personne «\u00a0${name}\u00a0»`,
  quoteKindLabel: 'Type',
  quoteKinds: { direct: 'Directe', indirect: 'Indirecte', paraphrase: 'Paraphrase' },
  quoteStatusLabel: 'Statut',
  quoteStatuses: {
    'needs-checking': 'À vérifier',
    verified: 'Vérifiée',
    disputed: 'Contestée'
  },
  commentLabel: 'Commentaire',
  saveQuote: 'Enregistrer la citation',

  linkHeading: 'Lier à une entité',
  changeEntityHeading: 'Changer d’entité',
  entityLabel: 'Entité',
  entityHint: 'Tapez une partie d’un nom ou d’un alias\u00a0; les flèches choisissent, Entrée lie.',
  noEntities: 'Aucune entité ne correspond. Marquez d’abord le texte avec la touche d’un type.',
  noEntitiesYet: 'Il n’y a pas encore d’entité. Marquez d’abord un nom avec son type (P, O…).',
  linkConfirm: 'Lier',
  entityOption: (name, type, alias) =>
    alias ? `${name} (${type}, aussi «\u00a0${alias}\u00a0»)` : `${name} (${type})`,
  suggestions: 'Suggestions',

  noteHeading: 'Note de source',
  editNoteHeading: 'Modifier la note de source',
  noteTextLabel: 'Note',
  noteTextHint: 'D’où vient le fait et ce que dit la source.',
  sourceKindLabel: 'Type de source',
  sourceKinds: {
    document: 'Document',
    interview: 'Entretien',
    'press-release': 'Communiqué de presse',
    filing: 'Dépôt réglementaire',
    'web-page': 'Page web',
    'social-post': 'Publication sur un réseau social',
    other: 'Autre'
  },
  noteTitleLabel: 'Titre',
  urlLabel: 'URL',
  urlHint: 'Une adresse http ou https.',
  urlInvalid:
    'Seules les adresses http et https sont acceptées, par exemple https://example.org/note.',
  consultedLabel: 'Consultée le',
  noteRequired: 'Écrivez la note, ou donnez au moins un titre ou une URL.',
  saveNote: 'Enregistrer la note de source',

  tagAllHeading: (words) => `Tout marquer «\u00a0${words}\u00a0»`,
  tagAllEntity: (name, type) => `Mentions de ${name} (${type})`,
  tagAllNewType: 'Les marquer comme',
  tagAllCount: (n) =>
    n === 0
      ? 'Aucune autre occurrence à marquer.'
      : `${n} ${plural(n, 'occurrence trouvée', 'occurrences trouvées')}. Décochez celles ` +
        'qui ne désignent pas cette entité.',
  tagAllOccurrences: 'Occurrences',
  tagAllConfirm: (n) => `Marquer ${n} ${plural(n, 'mention', 'mentions')}`,
  selectAll: 'Tout cocher',
  selectNone: 'Tout décocher',
  tagAllNothing:
    'Sélectionnez des mots, ou placez le curseur dans une mention marquée, puis appuyez sur A.',

  reattachHeading: 'Rattacher une orpheline',
  reattachIntro: (text) => `Rattacher une de ces annotations à «\u00a0${text}\u00a0».`,
  reattachNone: 'Il n’y a pas d’annotation orpheline.',
  reattachConfirm: 'Rattacher',
  orphanLast: (text) => `dernièrement sur «\u00a0${text}\u00a0»`,

  inspectHeading: 'Annotations ici',
  inspectNone: 'Rien n’est annoté ici.',
  hereCount: (n) => `${n} ${plural(n, 'annotation', 'annotations')} ici`,
  edit: 'Modifier',
  delete: 'Supprimer',
  editLabel: (what) => `Modifier ${what}`,
  deleteLabel: (what) => `Supprimer ${what}`,
  kindQuote: 'Citation',
  kindNote: 'Note de source',
  noteUntitled: 'Note de source sans titre',

  selectFirst: 'Sélectionnez d’abord du texte.',
  loadProblems: (n) =>
    `${n} ${plural(n, 'annotation n’était pas', 'annotations n’étaient pas')} à l’endroit ` +
    'indiqué par le fichier\u00a0; voyez les orphelines dans le panneau.',
  tagged: (text, type) => `«\u00a0${text}\u00a0» marqué comme ${type}.`,
  linked: (text, name) => `«\u00a0${text}\u00a0» lié à ${name}.`,
  quoteSaved: 'Citation enregistrée.',
  noteSaved: 'Note de source enregistrée.',
  taggedAll: (n) =>
    `${n} ${plural(n, 'mention marquée', 'mentions marquées')}. Ctrl+Z les annule toutes.`,
  reattached: 'Annotation rattachée.',
  deleted: 'Annotation supprimée.',
  nothingToUndo: 'Rien à annuler.',
  nothingToRedo: 'Rien à rétablir.',
  undone: 'Annulé.',
  redone: 'Rétabli.',
  editingOn: 'Modification du texte. Les annotations suivent. F2 ou Échap pour arrêter.',
  editingOff: 'Retour à la lecture. Le texte est en lecture seule.',
  editingBanner:
    'Modification du texte\u00a0: tapez pour corriger\u00a0; les annotations suivent. Une ' +
    'annotation dont tout le texte est supprimé devient orpheline.',

  helpHeading: 'Raccourcis clavier',
  helpIntro:
    'Sélectionnez du texte à la souris, ou avec Maj et les flèches dans l’article ' +
    '(Ctrl avance par mots), puis appuyez sur une touche.',
  helpAnnotate: 'Annoter la sélection',
  helpOther: 'Tout le reste',
  helpSelect: 'Se déplacer et sélectionner dans l’article',
  helpKey: 'Touche',
  helpActionColumn: 'Action',
  helpClose: 'Fermer',
  helpTypes: 'Marquer comme type d’entité (les touches se changent dans les réglages)\u00a0:',
  helpMove: 'Déplacer le curseur d’un caractère\u00a0; Ctrl\u00a0: d’un mot',
  helpExtend: 'Étendre la sélection d’un caractère\u00a0; Ctrl\u00a0: d’un mot',
  helpLine: 'Monter ou descendre d’une ligne (avec Maj\u00a0: en sélectionnant)',
  helpHomeEnd: 'Aller (avec Maj\u00a0: sélectionner) au début ou à la fin du paragraphe',
  helpEscape: 'Fermer un dialogue, quitter la modification du texte, masquer l’info-bulle',
  helpTab: 'Passer de la bibliothèque à la barre d’outils, à l’article et au panneau',
  helpToolbarArrows: 'Passer d’un bouton à l’autre dans la barre d’outils'
}
