/**
 * The strings of checking: who a check is assigned to, the comment on a change of status or
 * verdict, the history of a check, the panel's claims tab, the organisation that publishes
 * fact checks (Settings) and the ClaimReview export. English and French; spread into the
 * dictionaries of `strings.ts`, the French typed against the English.
 */
import type { CheckedField } from '@shared/model'

export const checkEn = {
  checkAssigneeLabel: 'Assigned to',
  checkAssigneeHint: 'Who is checking it; leave empty for nobody yet.',
  checkAssignedTo: (name: string) => `assigned to ${name}`,
  checkCommentLabel: 'Comment on this change',
  checkCommentHint: 'Kept in the history with a change of status or verdict.',
  checkHistoryHeading: 'History of the check',
  checkHistoryEmpty: 'No change of status or verdict yet.',
  checkFields: { status: 'Status', verdict: 'Verdict' } as Readonly<Record<CheckedField, string>>,
  /** "Ana · 20 Jun 2025, 10:05" */
  checkChangeWho: (by: string, when: string) => `${by || 'Someone'} · ${when}`,
  checkNoValue: 'none',
  /** "Last change: Status: Needs checking → Verified · Ana · 20 Jun 2025, 10:05" */
  checkLastChange: (line: string) => `Last change: ${line}`,
  /** The hover card's way to the rest: I lists what is at the caret, with every history. */
  checkHistoryCount: (n: number) =>
    `${n} changes in the history (I, or History in the panel, shows them all)`,
  checkHistoryButton: 'History',
  checkHistoryOf: (what: string) => `History of the check of ${what}`,
  sourceStatusLabel: 'Source checked?',
  sourceStatusUntracked: 'Not tracked',

  panelTabClaims: 'Claims',
  panelClaimsEmpty: 'No claims yet.',
  panelClaimsEmptyHint: 'Select a factual statement and press V to mark it as a claim to check.',

  settingsOrganisationLabel: 'Your organisation',
  settingsOrganisationHint:
    'The newsroom that publishes your fact checks: signs the ClaimReview export and the report.',

  exportFormatClaimReview: 'ClaimReview (schema.org JSON-LD)',
  exportFormatClaimReviewHint:
    'The verdicts of the claims as the markup fact-checkers publish beside a fact check.',
  exportArticleUrlLabel: 'Address of the published article',
  exportArticleUrlHint: 'Where the claims appear (http or https).',
  exportArticleUrlInvalid: 'Give the article’s http or https address.'
}

export type CheckMessages = { readonly [K in keyof typeof checkEn]: (typeof checkEn)[K] }

export const checkFr: CheckMessages = {
  checkAssigneeLabel: 'Confiée à',
  checkAssigneeHint: 'Qui la vérifie\u00a0; laissez vide si personne pour l’instant.',
  checkAssignedTo: (name: string) => `confiée à ${name}`,
  checkCommentLabel: 'Commentaire sur ce changement',
  checkCommentHint: 'Gardé dans l’historique avec un changement de statut ou de verdict.',
  checkHistoryHeading: 'Historique de la vérification',
  checkHistoryEmpty: 'Aucun changement de statut ou de verdict pour l’instant.',
  checkFields: { status: 'Statut', verdict: 'Verdict' },
  checkChangeWho: (by: string, when: string) => `${by || 'Quelqu’un'} · ${when}`,
  checkNoValue: 'aucun',
  checkLastChange: (line: string) => `Dernier changement\u00a0: ${line}`,
  checkHistoryCount: (n: number) =>
    `${n} changements dans l’historique (I, ou Historique dans le panneau, les montre tous)`,
  checkHistoryButton: 'Historique',
  checkHistoryOf: (what: string) => `Historique de la vérification de ${what}`,
  sourceStatusLabel: 'Source vérifiée\u00a0?',
  sourceStatusUntracked: 'Non suivi',

  panelTabClaims: 'Affirmations',
  panelClaimsEmpty: 'Aucune affirmation pour l’instant.',
  panelClaimsEmptyHint:
    'Sélectionnez un énoncé factuel et appuyez sur V pour le marquer comme affirmation à vérifier.',

  settingsOrganisationLabel: 'Votre organisation',
  settingsOrganisationHint:
    'La rédaction qui publie vos vérifications\u00a0: signe l’export ClaimReview et le rapport.',

  exportFormatClaimReview: 'ClaimReview (JSON-LD schema.org)',
  exportFormatClaimReviewHint:
    'Les verdicts des affirmations, dans le balisage que publient les vérificateurs.',
  exportArticleUrlLabel: 'Adresse de l’article publié',
  exportArticleUrlHint: 'Là où les affirmations apparaissent (http ou https).',
  exportArticleUrlInvalid: 'Donnez l’adresse http ou https de l’article.'
}
