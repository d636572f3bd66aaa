/**
 * The strings of the annotation panel (lists, search, filters, edit dialogs) and of the
 * settings dialog, in English and French. Spread into the dictionaries of `strings.ts`; the
 * French one is typed against the English one, so a missing key or a different signature
 * fails to compile. The English names of controls are what the end-to-end specs use.
 */

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

/** English. */
export const panelEn = {
  // Tabs, search and filters
  panelTabsLabel: 'Annotation lists',
  panelTabQuotes: 'Quotes',
  panelTabEntities: 'Entities',
  panelTabNotes: 'Notes',
  panelTabOrphans: 'Orphans',
  panelSearchLabel: 'Search annotations',
  panelSearchPlaceholder: 'Search text, names, notes',
  panelClearSearch: 'Clear search',
  panelFilterAll: 'All',
  panelFilterEntityType: 'Entity type',
  panelFilterQuoteKind: 'Quote kind',
  panelFilterStatus: 'Status',
  panelFilterSourceKind: 'Source kind',
  panelFilterOrphanKind: 'Annotation kind',
  panelShown: (shown: number, total: number) =>
    shown === total ? `${total} in this list` : `${shown} of ${total} shown`,
  panelListHelp:
    'Arrow keys move, Enter goes to the text, E edits, Delete deletes (Ctrl+Z undoes).',

  // Rows
  panelNoSpeaker: 'No speaker yet',
  panelQuoteCount: (n: number) => `${n} ${plural(n, 'quote', 'quotes')}`,
  panelMentionCount: (n: number) => `${n} ${plural(n, 'mention', 'mentions')}`,
  panelAlsoKnownAs: (aliases: string) => `Also: ${aliases}`,
  panelConsulted: (date: string) => `Consulted ${date}`,
  panelUntitledNote: 'Untitled source note',
  panelLastText: (text: string) => `Last text: “${text}”`,
  panelKindMention: 'Entity mention',
  panelKindNote: 'Source note',
  panelQuoteItem: (speaker: string, text: string) => `${speaker}: “${text}”`,
  panelEntityItem: (name: string, type: string, mentions: number) =>
    `${name}, ${type}, ${mentions} ${plural(mentions, 'mention', 'mentions')}`,
  panelNoteItem: (title: string, text: string) => `${title}: ${text}`,
  panelOrphanItem: (kind: string, text: string) => `${kind}, last text “${text}”`,
  panelEdit: (what: string) => `Edit ${what}`,
  panelDelete: (what: string) => `Delete ${what}`,
  panelReattach: (what: string) => `Re-attach ${what} to the selection`,
  panelReattachShort: 'Re-attach',
  panelReattachHint: 'Select the text it belongs to in the article, then re-attach.',
  panelEditShort: 'Edit',
  panelDeleteShort: 'Delete',
  panelLit: 'Mentions lit in the article',

  // Empty states: what to do next
  panelQuotesEmpty: 'No quotes yet.',
  panelQuotesEmptyHint: 'Select what someone said and press Q to mark it as a quote.',
  panelEntitiesEmpty: 'No entities yet.',
  panelEntitiesEmptyHint: 'Select text and press P to tag a person.',
  panelNotesEmpty: 'No source notes yet.',
  panelNotesEmptyHint: 'Select a fact and press N to say where it comes from.',
  panelOrphansEmpty: 'No orphans.',
  panelOrphansEmptyHint:
    'When the text under an annotation is deleted, the annotation waits here to be ' +
    're-attached or deleted. Nothing is dropped.',
  panelNoMatch: 'Nothing matches.',
  panelNoMatchHint: 'Change the search or set the filters back to All.',
  panelNoEditor: 'The annotation tools are not loaded for this article.',

  // Notices
  panelDeleted: (what: string) => `Deleted ${what}.`,
  panelUndo: 'Undo',
  panelEditRefused: 'That change could not be made; nothing was changed.',

  // Edit dialogs
  panelEditQuoteHeading: 'Edit quote',
  panelEditEntityHeading: 'Edit entity',
  panelEditNoteHeading: 'Edit source note',
  panelSpeakerLabel: 'Speaker',
  panelSpeakerHint:
    'Pick an existing entity or type a new name (it becomes a person). Empty: none.',
  panelCommentLabel: 'Comment',
  panelEntityNameLabel: 'Canonical name',
  panelEntityNameHint: 'The old name is kept as an alias, so its mentions still match.',
  panelEntityTypeLabel: 'Type',
  panelAliasesLabel: 'Aliases',
  panelAliasesHint: 'One per line: other ways the article names it.',
  panelWikidataLabel: 'Wikidata id',
  panelWikidataHint: 'Optional, such as Q42.',
  panelWikidataInvalid: 'A Wikidata id is Q followed by digits, such as Q42.',
  panelNameRequired: 'An entity needs a name.',
  panelValueHeading: 'Normalised value',
  panelValueAmountLabel: 'Amount',
  panelValueAmountHint: 'In units of the currency: 14300000000, 14,3 milliards or 14.3bn.',
  panelValueCurrencyLabel: 'Currency',
  panelValueCurrencyHint: 'ISO 4217 code, such as USD, EUR or GBP.',
  panelValuePercentLabel: 'Percent',
  panelValuePercentHint: (fraction: string) =>
    fraction ? `49 for 49 %. As a fraction: ${fraction}.` : '49 for 49 %.',
  panelValueDateLabel: 'Date (or start)',
  panelValueDateHint: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text.',
  panelValueUntilLabel: 'Until (inclusive)',
  panelValueUntilHint: 'For an interval such as mid-June: 2025-06-20. Empty for one date.',
  panelValueClearHint: 'Leave every value field empty to remove the value.',
  panelValueProblems: {
    amount: 'The amount is not a number: write 14300000000, 14,3 milliards or 14.3bn.',
    currency: 'The currency is a three-letter ISO 4217 code, such as USD or EUR.',
    percent: 'The percentage is a number, such as 49 or 12,5.',
    date: 'The date is YYYY, YYYY-MM or YYYY-MM-DD and a real day, such as 2025-06-11.',
    until: 'The end is YYYY, YYYY-MM or YYYY-MM-DD and a real day, such as 2025-06-20.',
    'until-before-date':
      'The interval ends before it starts: the end must be on or after the start.',
    incomplete:
      'The value is incomplete: give an amount and a currency, or a start date (leave every field empty to remove it).'
  },
  panelSave: 'Save',
  panelCancel: 'Cancel',

  // Settings
  settingsOpen: 'Settings',
  settingsTip: 'Entity types, your name and the language (Ctrl+,)',
  settingsHeading: 'Settings',
  settingsProfileHeading: 'Profile',
  settingsProfileName: 'Your name',
  settingsProfileHint: 'Recorded as the author of each annotation you make or change.',
  settingsLanguageHeading: 'Language',
  settingsLanguageLabel: 'Interface language',
  settingsLanguageSystem: (current: string) => `System (${current})`,
  settingsTypesHeading: 'Entity types',
  settingsTypesHint:
    'Each type tints its mentions in its colour and is tagged with its key. ' +
    'Saved with the library, for everyone who uses it.',
  settingsColumnName: 'Name',
  settingsColumnColour: 'Colour',
  settingsColumnKey: 'Key',
  settingsTypeName: (type: string) => `Name of ${type}`,
  settingsTypeColour: (type: string) => `Colour of ${type}`,
  settingsTypeKey: (type: string) => `Key of ${type}`,
  settingsRemoveType: (type: string) => `Remove ${type}`,
  settingsNewType: (n: number) => `new type ${n}`,
  settingsAddType: 'Add a type',
  settingsTypeInUse: (n: number) =>
    `Used by ${n} ${plural(n, 'entity', 'entities')} in this article: it cannot be removed.`,
  settingsNameRequired: 'Give the type a name.',
  settingsNameTaken: 'Another type has this name.',
  settingsKeyInvalid: 'The key is one letter or digit.',
  settingsKeyReserved: (key: string) => `${key} is kept for another action.`,
  settingsKeyTaken: (key: string, type: string) => `${key} is already the key of ${type}.`,
  settingsContrastLow: (ratio: string, theme: string, overlap: boolean) =>
    `${overlap ? 'Where two mentions overlap, text' : 'Text'} on this tint drops to ${ratio}:1 ` +
    `in the ${theme} theme (4.5:1 is needed); choose a deeper or less bright colour.`,
  settingsThemeLight: 'light',
  settingsThemeDark: 'dark',
  settingsLastType: 'Keep at least one type.',
  settingsSave: 'Save settings',
  settingsSaved: 'Settings saved.',
  settingsSaveFailed: (reason: string) => `Could not save the settings: ${reason}`,
  settingsFixErrors: 'Fix the marked fields first.'
}

/** The shape of the panel's strings in every language. */
export type PanelMessages = { readonly [K in keyof typeof panelEn]: (typeof panelEn)[K] }

// French typography: a no-break space (\u00a0) before : ; ? ! and inside guillemets.
/** French. */
export const panelFr: PanelMessages = {
  panelTabsLabel: 'Listes d’annotations',
  panelTabQuotes: 'Citations',
  panelTabEntities: 'Entités',
  panelTabNotes: 'Notes',
  panelTabOrphans: 'Orphelines',
  panelSearchLabel: 'Rechercher dans les annotations',
  panelSearchPlaceholder: 'Texte, noms, notes',
  panelClearSearch: 'Effacer la recherche',
  panelFilterAll: 'Tous',
  panelFilterEntityType: 'Type d’entité',
  panelFilterQuoteKind: 'Type de citation',
  panelFilterStatus: 'Statut',
  panelFilterSourceKind: 'Type de source',
  panelFilterOrphanKind: 'Type d’annotation',
  panelShown: (shown, total) =>
    shown === total ? `${total} dans cette liste` : `${shown} sur ${total} affichées`,
  panelListHelp:
    'Les flèches déplacent, Entrée va au texte, E modifie, Suppr supprime (Ctrl+Z annule).',

  panelNoSpeaker: 'Pas encore de locuteur',
  panelQuoteCount: (n) => `${n} ${plural(n, 'citation', 'citations')}`,
  panelMentionCount: (n) => `${n} ${plural(n, 'mention', 'mentions')}`,
  panelAlsoKnownAs: (aliases) => `Aussi\u00a0: ${aliases}`,
  panelConsulted: (date) => `Consultée le ${date}`,
  panelUntitledNote: 'Note de source sans titre',
  panelLastText: (text) => `Dernier texte\u00a0: «\u00a0${text}\u00a0»`,
  panelKindMention: 'Mention d’entité',
  panelKindNote: 'Note de source',
  panelQuoteItem: (speaker, text) => `${speaker}\u00a0: «\u00a0${text}\u00a0»`,
  panelEntityItem: (name, type, mentions) =>
    `${name}, ${type}, ${mentions} ${plural(mentions, 'mention', 'mentions')}`,
  panelNoteItem: (title, text) => `${title}\u00a0: ${text}`,
  panelOrphanItem: (kind, text) => `${kind}, dernier texte «\u00a0${text}\u00a0»`,
  panelEdit: (what) => `Modifier ${what}`,
  panelDelete: (what) => `Supprimer ${what}`,
  panelReattach: (what) => `Rattacher ${what} à la sélection`,
  panelReattachShort: 'Rattacher',
  panelReattachHint: 'Sélectionnez dans l’article le texte auquel elle appartient, puis rattachez.',
  panelEditShort: 'Modifier',
  panelDeleteShort: 'Supprimer',
  panelLit: 'Mentions éclairées dans l’article',

  panelQuotesEmpty: 'Aucune citation pour l’instant.',
  panelQuotesEmptyHint:
    'Sélectionnez ce que quelqu’un a dit et appuyez sur Q pour en faire une citation.',
  panelEntitiesEmpty: 'Aucune entité pour l’instant.',
  panelEntitiesEmptyHint: 'Sélectionnez du texte et appuyez sur P pour marquer une personne.',
  panelNotesEmpty: 'Aucune note de source pour l’instant.',
  panelNotesEmptyHint: 'Sélectionnez un fait et appuyez sur N pour dire d’où il vient.',
  panelOrphansEmpty: 'Aucune orpheline.',
  panelOrphansEmptyHint:
    'Quand le texte d’une annotation est supprimé, l’annotation attend ici d’être rattachée ' +
    'ou supprimée. Rien n’est perdu.',
  panelNoMatch: 'Aucun résultat.',
  panelNoMatchHint: 'Modifiez la recherche ou remettez les filtres sur Tous.',
  panelNoEditor: 'Les outils d’annotation ne sont pas chargés pour cet article.',

  panelDeleted: (what) => `Supprimé\u00a0: ${what}.`,
  panelUndo: 'Annuler',
  panelEditRefused: 'Cette modification n’a pas pu être faite\u00a0; rien n’a changé.',

  panelEditQuoteHeading: 'Modifier la citation',
  panelEditEntityHeading: 'Modifier l’entité',
  panelEditNoteHeading: 'Modifier la note de source',
  panelSpeakerLabel: 'Qui parle',
  panelSpeakerHint:
    'Choisissez une entité existante ou tapez un nouveau nom (une personne sera créée). ' +
    'Vide\u00a0: personne.',
  panelCommentLabel: 'Commentaire',
  panelEntityNameLabel: 'Nom de référence',
  panelEntityNameHint: 'L’ancien nom reste un alias, pour que ses mentions correspondent encore.',
  panelEntityTypeLabel: 'Type',
  panelAliasesLabel: 'Alias',
  panelAliasesHint: 'Un par ligne\u00a0: les autres façons dont l’article la nomme.',
  panelWikidataLabel: 'Identifiant Wikidata',
  panelWikidataHint: 'Facultatif, par exemple Q42.',
  panelWikidataInvalid: 'Un identifiant Wikidata est un Q suivi de chiffres, par exemple Q42.',
  panelNameRequired: 'Une entité a besoin d’un nom.',
  panelValueHeading: 'Valeur normalisée',
  panelValueAmountLabel: 'Montant',
  panelValueAmountHint: 'En unités de la devise\u00a0: 14300000000, 14,3 milliards ou 14.3bn.',
  panelValueCurrencyLabel: 'Devise',
  panelValueCurrencyHint: 'Code ISO 4217, par exemple USD, EUR ou GBP.',
  panelValuePercentLabel: 'Pourcentage',
  panelValuePercentHint: (fraction: string) =>
    fraction ? `49 pour 49\u00a0%. En fraction\u00a0: ${fraction}.` : '49 pour 49\u00a0%.',
  panelValueDateLabel: 'Date (ou début)',
  panelValueDateHint: 'AAAA, AAAA-MM ou AAAA-MM-JJ, aussi précise que le texte.',
  panelValueUntilLabel: 'Jusqu’au (inclus)',
  panelValueUntilHint:
    'Pour un intervalle comme «\u00a0mi-juin\u00a0»\u00a0: 2025-06-20. Vide pour une seule date.',
  panelValueClearHint: 'Laissez tous les champs de la valeur vides pour la supprimer.',
  panelValueProblems: {
    amount: 'Le montant n’est pas un nombre\u00a0: écrivez 14300000000, 14,3 milliards ou 14.3bn.',
    currency: 'La devise est un code ISO 4217 de trois lettres, par exemple USD ou EUR.',
    percent: 'Le pourcentage est un nombre, par exemple 49 ou 12,5.',
    date: 'La date s’écrit AAAA, AAAA-MM ou AAAA-MM-JJ et doit exister, par exemple 2025-06-11.',
    until: 'La fin s’écrit AAAA, AAAA-MM ou AAAA-MM-JJ et doit exister, par exemple 2025-06-20.',
    'until-before-date':
      'L’intervalle finit avant de commencer\u00a0: la fin doit suivre le début.',
    incomplete:
      'La valeur est incomplète\u00a0: donnez un montant et une devise, ou une date de début (tout vide pour la supprimer).'
  },
  panelSave: 'Enregistrer',
  panelCancel: 'Annuler',

  settingsOpen: 'Réglages',
  settingsTip: 'Types d’entités, votre nom et la langue (Ctrl+,)',
  settingsHeading: 'Réglages',
  settingsProfileHeading: 'Profil',
  settingsProfileName: 'Votre nom',
  settingsProfileHint: 'Enregistré comme auteur de chaque annotation que vous créez ou modifiez.',
  settingsLanguageHeading: 'Langue',
  settingsLanguageLabel: 'Langue de l’interface',
  settingsLanguageSystem: (current) => `Système (${current})`,
  settingsTypesHeading: 'Types d’entités',
  settingsTypesHint:
    'Chaque type teinte ses mentions de sa couleur et se marque avec sa touche. ' +
    'Enregistrés avec la bibliothèque, pour tous ceux qui l’utilisent.',
  settingsColumnName: 'Nom',
  settingsColumnColour: 'Couleur',
  settingsColumnKey: 'Touche',
  settingsTypeName: (type) => `Nom de ${type}`,
  settingsTypeColour: (type) => `Couleur de ${type}`,
  settingsTypeKey: (type) => `Touche de ${type}`,
  settingsRemoveType: (type) => `Retirer ${type}`,
  settingsNewType: (n) => `nouveau type ${n}`,
  settingsAddType: 'Ajouter un type',
  settingsTypeInUse: (n) =>
    `Utilisé par ${n} ${plural(n, 'entité', 'entités')} dans cet article\u00a0: ` +
    'il ne peut pas être retiré.',
  settingsNameRequired: 'Donnez un nom au type.',
  settingsNameTaken: 'Un autre type porte ce nom.',
  settingsKeyInvalid: 'La touche est une lettre ou un chiffre.',
  settingsKeyReserved: (key) => `${key} est réservée à une autre action.`,
  settingsKeyTaken: (key, type) => `${key} est déjà la touche de ${type}.`,
  settingsContrastLow: (ratio, theme, overlap) =>
    `${overlap ? 'Là où deux mentions se chevauchent, le texte' : 'Le texte'} tombe à ` +
    `${ratio}:1 sur cette teinte en thème ${theme} (il faut 4,5:1)\u00a0; ` +
    'choisissez une couleur plus soutenue ou moins vive.',
  settingsThemeLight: 'clair',
  settingsThemeDark: 'sombre',
  settingsLastType: 'Gardez au moins un type.',
  settingsSave: 'Enregistrer les réglages',
  settingsSaved: 'Réglages enregistrés.',
  settingsSaveFailed: (reason) => `Impossible d’enregistrer les réglages\u00a0: ${reason}`,
  settingsFixErrors: 'Corrigez d’abord les champs signalés.'
}
