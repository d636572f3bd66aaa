/**
 * The strings of the desk (several editors on the same articles): its section in Settings,
 * sharing an article, the sync status line and the mark in the library, in English and
 * French. Spread into the dictionaries of `strings.ts`; the French one is typed against the
 * English one. The English names of controls are what the end-to-end specs use.
 */

/** English. */
export const deskEn = {
  deskHeading: 'Desk',
  deskHint:
    'Work on the same articles as the rest of your desk, live or offline. Whoever runs the ' +
    'desk server gives you its address and your access token.',
  deskAddress: 'Desk address',
  deskAddressHint: 'For example wss://desk.example-newsroom.org',
  deskAddressInvalid:
    'A desk address starts with wss:// (or ws:// for a desk on this computer), for example ' +
    'wss://desk.example-newsroom.org.',
  deskName: 'Name on the desk',
  deskToken: 'Access token',
  deskTokenSet: 'A token is saved. Type a new one to replace it.',
  deskTokenHint: 'Kept on this computer only; it is not shown again once saved.',
  deskForgetToken: 'Remove the saved token',
  deskSaveFailed: (reason: string) => `The desk settings were not saved. ${reason}`,

  deskShare: 'Share to desk',
  deskShareTip: 'Put this article on the desk: the other editors get it and see your changes live',
  deskShareFailed: (reason: string) => `The article was not shared. ${reason}`,
  deskShared: (title: string) => `“${title}” is on the desk.`,
  deskSynced: 'Synced',
  deskSyncing: 'Syncing…',
  deskOffline: (waiting: number) =>
    waiting === 0
      ? 'Offline: your changes will be sent when the desk is back'
      : `Offline: ${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting`,
  deskRefused: (reason: string) =>
    `The desk refused this connection: ${reason} Check the address and your token in Settings (Desk).`,
  deskReadOnly: 'Read-only on the desk',
  deskReadOnlyRefused:
    'Read-only on the desk: your token lets you read this article, not change it. Nothing was changed.',
  deskRefusedChange: (reason: string) =>
    `A change from the desk was not applied, so nothing good was lost: ${reason}`,
  deskStatusLabel: 'Desk status',
  deskPresent: (names: readonly string[]) =>
    `${new Intl.ListFormat('en', { type: 'conjunction' }).format(names)} ${names.length === 1 ? 'has' : 'have'} it open`,
  deskMark: 'On the desk',
  deskUpdated: 'Others’ changes from the desk are shown.',
  deskStopSharing: 'Stop sharing',
  deskStopSharingTip:
    'Keep this article as it is here and stop exchanging changes with the desk (the others keep it; sharing again sends what you changed meanwhile)',
  deskStopFailed: (reason: string) => `Could not stop sharing: ${reason}`
}

/** The shape of the desk strings. */
export type DeskMessages = { readonly [K in keyof typeof deskEn]: (typeof deskEn)[K] }

/** French. */
export const deskFr: DeskMessages = {
  deskHeading: 'Desk',
  deskHint:
    'Travaillez sur les mêmes articles que le reste du desk, en direct ou hors ligne. La ' +
    'personne qui gère le serveur du desk vous donne son adresse et votre jeton d’accès.',
  deskAddress: 'Adresse du desk',
  deskAddressHint: 'Par exemple wss://desk.exemple-redaction.fr',
  deskAddressInvalid:
    'Une adresse de desk commence par wss:// (ou ws:// pour un desk sur cet ordinateur), par ' +
    'exemple wss://desk.exemple-redaction.fr.',
  deskName: 'Nom sur le desk',
  deskToken: 'Jeton d’accès',
  deskTokenSet: 'Un jeton est enregistré. Saisissez-en un nouveau pour le remplacer.',
  deskTokenHint:
    'Gardé sur cet ordinateur seulement\u00a0; il n’est plus affiché une fois enregistré.',
  deskForgetToken: 'Supprimer le jeton enregistré',
  deskSaveFailed: (reason: string) => `Les réglages du desk n’ont pas été enregistrés. ${reason}`,

  deskShare: 'Partager au desk',
  deskShareTip:
    'Mettre cet article sur le desk\u00a0: les autres éditeurs le reçoivent et voient vos modifications en direct',
  deskShareFailed: (reason: string) => `L’article n’a pas été partagé. ${reason}`,
  deskShared: (title: string) => `«\u00a0${title}\u00a0» est sur le desk.`,
  deskSynced: 'Synchronisé',
  deskSyncing: 'Synchronisation…',
  deskOffline: (waiting: number) =>
    waiting === 0
      ? 'Hors ligne\u00a0: vos modifications partiront au retour du desk'
      : `Hors ligne\u00a0: ${waiting} ${waiting <= 1 ? 'modification' : 'modifications'} en attente`,
  deskRefused: (reason: string) =>
    `Le desk a refusé la connexion\u00a0: ${reason} Vérifiez l’adresse et votre jeton dans Réglages (Desk).`,
  deskReadOnly: 'Lecture seule sur le desk',
  deskReadOnlyRefused:
    'Lecture seule sur le desk\u00a0: votre jeton permet de lire cet article, pas de le modifier. Rien n’a été changé.',
  deskRefusedChange: (reason: string) =>
    `Une modification venue du desk n’a pas été appliquée, rien de bon n’a été perdu\u00a0: ${reason}`,
  deskStatusLabel: 'État du desk',
  deskPresent: (names: readonly string[]) =>
    `${new Intl.ListFormat('fr', { type: 'conjunction' }).format(names)} ${names.length === 1 ? 'l’a' : 'l’ont'} ouvert`,
  deskMark: 'Sur le desk',
  deskUpdated: 'Les modifications des autres, venues du desk, sont affichées.',
  deskStopSharing: 'Ne plus partager',
  deskStopSharingTip:
    'Garder cet article tel quel ici et ne plus échanger de modifications avec le desk (les autres le gardent\u00a0; le partager de nouveau envoie ce que vous avez changé entre-temps)',
  deskStopFailed: (reason: string) => `Impossible d’arrêter le partage\u00a0: ${reason}`
}
