/**
 * The strings of version history, of a save refused because the file changed on disk, and
 * of a library open read-only, in English and French. Spread into the dictionaries of
 * `strings.ts`; the French one is typed against the English one. The English names of
 * controls are what the end-to-end specs use.
 */

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Plural for French: 0 and 1 take the singular. */
function pluralFr(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`
}

/** English. */
export const historyEn = {
  historyAction: 'History',
  historyTip: 'Earlier versions of this article, with who saved them: restore any of them',
  historyHeading: 'Version history',
  historyIntro:
    'The last 20 saves are kept, then one per hour for a day and one per day for a month. ' +
    'Restoring a version saves it as a new one, so restoring the one before undoes it.',
  historyLoading: 'Reading the versions…',
  historyEmpty: 'No version of this article is kept yet.',
  historyFailed: (reason: string) => `The versions could not be read. ${reason}`,
  historyListLabel: 'Versions, newest first',
  historyCurrent: 'Current',
  historyBy: (author: string) => `by ${author}`,
  historyNoAuthor: 'no author name set',
  historyRestoredFrom: (time: string) => `restored the version of ${time}`,
  historyFoundOnDisk: 'written by another program',
  historyCounts: (quotes: number, mentions: number, notes: number, entities: number) =>
    `${plural(quotes, 'quote', 'quotes')} · ${plural(mentions, 'mention', 'mentions')} · ` +
    `${plural(notes, 'note', 'notes')} · ${plural(entities, 'entity', 'entities')}`,
  historyRestore: 'Restore',
  historyRestoreLabel: (time: string) => `Restore the version of ${time}`,
  historyRestoring: 'Restoring…',
  historyRestored: (time: string) =>
    `Restored the version of ${time}. To undo, restore the version before it.`,
  historyRestoreFailed: (reason: string) => `The version was not restored. ${reason}`,
  historyClose: 'Close',

  conflictHeading: 'This article changed on disk',
  conflictBody:
    'Another program or another editor saved this article after you opened it. Your latest ' +
    'changes were not saved, so that neither version is lost without you choosing.',
  conflictReload: 'Reload their version',
  conflictReloadHint: 'Shows the article as it is on disk; your unsaved changes are dropped.',
  conflictKeep: 'Keep mine',
  conflictKeepHint: 'Saves your version over theirs; theirs stays in the History.',
  conflictReloaded: 'Reloaded the version on disk.',

  readOnlyBanner: 'Open in another window or by another editor: read-only',
  readOnlyRefused: 'Read-only: this library is being changed elsewhere, nothing was changed.'
}

/** The shape of the history strings. */
export type HistoryMessages = {
  readonly [K in keyof typeof historyEn]: (typeof historyEn)[K]
}

/** French (no-break spaces inside guillemets and before : ; ? !). */
export const historyFr: HistoryMessages = {
  historyAction: 'Historique',
  historyTip:
    'Les versions précédentes de cet article et qui les a enregistrées\u00a0: restaurez-en une',
  historyHeading: 'Historique des versions',
  historyIntro:
    'Les 20 derniers enregistrements sont gardés, puis un par heure pendant un jour et un par ' +
    'jour pendant un mois. Restaurer une version l’enregistre comme une nouvelle\u00a0: ' +
    'restaurer la précédente l’annule.',
  historyLoading: 'Lecture des versions…',
  historyEmpty: 'Aucune version de cet article n’est encore gardée.',
  historyFailed: (reason) => `Les versions n’ont pas pu être lues. ${reason}`,
  historyListLabel: 'Versions, de la plus récente à la plus ancienne',
  historyCurrent: 'Actuelle',
  historyBy: (author) => `par ${author}`,
  historyNoAuthor: 'sans nom d’auteur',
  historyRestoredFrom: (time) => `a restauré la version du ${time}`,
  historyFoundOnDisk: 'écrite par un autre programme',
  historyCounts: (quotes, mentions, notes, entities) =>
    `${pluralFr(quotes, 'citation', 'citations')} · ${pluralFr(mentions, 'mention', 'mentions')} · ` +
    `${pluralFr(notes, 'note', 'notes')} · ${pluralFr(entities, 'entité', 'entités')}`,
  historyRestore: 'Restaurer',
  historyRestoreLabel: (time) => `Restaurer la version du ${time}`,
  historyRestoring: 'Restauration…',
  historyRestored: (time) =>
    `Version du ${time} restaurée. Pour annuler, restaurez la version précédente.`,
  historyRestoreFailed: (reason) => `La version n’a pas été restaurée. ${reason}`,
  historyClose: 'Fermer',

  conflictHeading: 'Cet article a changé sur le disque',
  conflictBody:
    'Un autre programme ou un autre éditeur a enregistré cet article après que vous l’avez ' +
    'ouvert. Vos dernières modifications n’ont pas été enregistrées, pour qu’aucune des deux ' +
    'versions ne soit perdue sans votre choix.',
  conflictReload: 'Recharger leur version',
  conflictReloadHint:
    'Affiche l’article tel qu’il est sur le disque\u00a0; vos modifications non enregistrées sont abandonnées.',
  conflictKeep: 'Garder la mienne',
  conflictKeepHint:
    'Enregistre votre version par-dessus la leur\u00a0; la leur reste dans l’historique.',
  conflictReloaded: 'La version du disque a été rechargée.',

  readOnlyBanner: 'Ouvert dans une autre fenêtre ou par un autre éditeur\u00a0: lecture seule',
  readOnlyRefused:
    'Lecture seule\u00a0: cette bibliothèque est modifiée ailleurs, rien n’a été changé.'
}
