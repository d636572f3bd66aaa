/**
 * The words that tell who is speaking: speech verbs in French and English, "selon" and
 * "according to", and the pronouns that send the reader back to the last person named.
 */

const FRENCH_PARTICIPLES =
  'déclaré|affirmé|précisé|souligné|indiqué|expliqué|ajouté|dit|assuré|insisté|estimé|confié|' +
  'lancé|martelé|averti|reconnu|annoncé|rappelé|commenté|répondu|tranché|écrit|noté|jugé|' +
  'prévenu|résumé|poursuivi|conclu|fait valoir|observé|regretté|dénoncé|admis|raconté|' +
  'déploré|promis|soutenu|argué|nuancé|confirmé|prédit|avancé|plaidé|répété|glissé|ironisé|' +
  'expliqué|détaillé|signalé|fait savoir|laissé entendre|qualifié'
const FRENCH_PRESENT =
  'déclare|affirme|précise|souligne|indique|explique|ajoute|dit|assure|insiste|estime|' +
  'confie|lance|martèle|avertit|reconnaît|reconnait|annonce|rappelle|commente|répond|' +
  'tranche|écrit|note|juge|prévient|résume|poursuit|conclut|observe|regrette|dénonce|admet|' +
  'raconte|déplore|promet|soutient|confirme|prédit|avance|plaide|répète|glisse|ironise|' +
  'détaille|signale|qualifie'
const ENGLISH_VERBS =
  'said|says|told|tells|added|adds|stated|states|explained|explains|wrote|writes|warned|' +
  'warns|noted|notes|insisted|insists|argued|argues|acknowledged|admitted|claimed|claims|' +
  'declared|announced|replied|tweeted|posted|recalled|continued|conceded|cautioned|stressed|' +
  'emphasized|emphasised|observed|remarked|concluded|asserted|maintained|commented|' +
  'responded|answered|confirmed|predicted|promised|vowed|complained|countered|suggested'

/** A speech verb or attribution, as a pattern source (French and English). */
export const SPEECH_VERB = String.raw`(?:(?:a|avait|ont|avaient|aurait|a-t-(?:il|elle)|ont-ils|ont-elles)\s+(?:\p{L}+ment\s+)?(?:${FRENCH_PARTICIPLES})|(?:${FRENCH_PRESENT})(?:-t-(?:il|elle)|-(?:il|elle))?|(?:${ENGLISH_VERBS})|(?:has|had|have)\s+(?:said|told|written|added|argued|warned|insisted|stated|explained))`

/** Attribution that names its source after it: "selon X", "according to X". */
export const ATTRIBUTION = String.raw`(?:selon|d['’]après|according\s+to|per)`

/** Pronouns standing for the last person named. */
export const PRONOUN = String.raw`(?:il|elle|he|she)`

/** Pattern for a speech verb ending the text before a quote ("… a précisé que", "said:"). */
export const VERB_BEFORE_QUOTE = new RegExp(
  String.raw`(?<![\p{L}])(${SPEECH_VERB})(?:\s+(?:\p{L}+\s+){0,4}(?:que|qu['’]|que\s+c['’]est|that))?\s*[:,]?\s*$`,
  'iu'
)

/** Pattern for a speech verb opening the text after a quote (", a déclaré", "," said). */
export const VERB_AFTER_QUOTE = new RegExp(
  String.raw`^[\s,.;:!?—–-]*(${SPEECH_VERB})(?![\p{L}])`,
  'iu'
)

/** Pattern for a pronoun and a verb after a quote (", he said", ", a-t-il ajouté"). */
export const PRONOUN_AFTER_QUOTE = new RegExp(
  String.raw`^[\s,.;:!?—–-]*(?:${PRONOUN}\s+(?:${SPEECH_VERB})|(?:${SPEECH_VERB})\s+${PRONOUN}|a-t-(?:il|elle)\s+\p{L}+|\p{L}+-t-(?:il|elle))(?![\p{L}])`,
  'iu'
)

/** Any speech verb or attribution anywhere in a text. */
export const ANY_SPEECH = new RegExp(
  String.raw`(?<![\p{L}])(?:${SPEECH_VERB}|${ATTRIBUTION})(?![\p{L}])`,
  'iu'
)

/** "selon" / "according to" followed by up to five words before a name. */
export const ATTRIBUTION_CUE = new RegExp(String.raw`(?<![\p{L}])${ATTRIBUTION}(?![\p{L}])`, 'giu')

/** A pronoun subject right before a speech verb ("Il a insisté", "She said"). */
export const PRONOUN_BEFORE_VERB = new RegExp(
  String.raw`(?<![\p{L}])${PRONOUN}\s+(?:${SPEECH_VERB})`,
  'iu'
)

/** Someone who speaks for an organisation: the organisation is the speaker. */
export const SPOKESPERSON = new RegExp(
  String.raw`(?<![\p{L}])(?:spokesperson|spokesman|spokeswoman|porte-parole|press\s+office|service\s+de\s+presse)(?![\p{L}])`,
  'iu'
)
