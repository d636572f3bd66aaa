/**
 * The strings of the newsroom assist's panel (suggested quotes, entities and figure checks),
 * in English and French. Spread into the dictionaries of `strings.ts`; the French one is
 * typed against the English one. The English names of controls are what the specs use.
 */

/** English. */
export const suggestEn = {
  suggestionsTitle: 'Suggestions',
  suggestionsHelp:
    'Found by the assist, not yet annotations. Accept (A or Enter) or reject (R or Delete) the focused one; ↑ ↓ move.',
  suggestionsNone: 'No suggestions left for this article.',
  suggestQuotes: 'Quotes',
  suggestPeople: 'People',
  suggestOrganisations: 'Organisations',
  suggestMoney: 'Money',
  suggestPercentages: 'Percentages',
  suggestDates: 'Dates',
  suggestChecks: 'Figures that do not add up',
  suggestAccept: 'Accept',
  suggestReject: 'Reject',
  suggestAcceptAll: (n: number) => `Accept all ${n}`,
  suggestRejectAll: 'Reject all',
  suggestNoSpeaker: 'speaker unknown',
  suggestMentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  suggestNoteFromCheck: 'Figures checked by the assist',
  figuresTitle: 'Figures checked',
  figuresHelp: 'Every set of figures the assist checked against each other, agreeing or not.',
  figuresAgree: 'Agrees',
  figuresDisagree: 'Does not add up',
  figuresRelations: { stake: 'Stake', total: 'Total', difference: 'Difference' }
}

/** The shape of the assist's strings. */
export type SuggestMessages = {
  readonly [K in keyof typeof suggestEn]: (typeof suggestEn)[K]
}

/** French. */
export const suggestFr: SuggestMessages = {
  suggestionsTitle: 'Suggestions',
  suggestionsHelp:
    'Trouvées par l’assistant, pas encore des annotations. Accepter (A ou Entrée) ou rejeter (R ou Suppr) celle qui a le focus ; ↑ ↓ pour se déplacer.',
  suggestionsNone: 'Plus aucune suggestion pour cet article.',
  suggestQuotes: 'Citations',
  suggestPeople: 'Personnes',
  suggestOrganisations: 'Organisations',
  suggestMoney: 'Montants',
  suggestPercentages: 'Pourcentages',
  suggestDates: 'Dates',
  suggestChecks: 'Chiffres qui ne concordent pas',
  suggestAccept: 'Accepter',
  suggestReject: 'Rejeter',
  suggestAcceptAll: (n: number) => `Tout accepter (${n})`,
  suggestRejectAll: 'Tout rejeter',
  suggestNoSpeaker: 'locuteur inconnu',
  suggestMentions: (n: number) => (n <= 1 ? `${n} mention` : `${n} mentions`),
  suggestNoteFromCheck: 'Chiffres vérifiés par l’assistant',
  figuresTitle: 'Chiffres vérifiés',
  figuresHelp: 'Chaque ensemble de chiffres que l’assistant a vérifié, qu’il concorde ou non.',
  figuresAgree: 'Concorde',
  figuresDisagree: 'Ne concorde pas',
  figuresRelations: { stake: 'Participation', total: 'Total', difference: 'Écart' }
}
