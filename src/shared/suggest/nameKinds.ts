/**
 * Words that tell a person's name from an organisation's: titles and roles written before a
 * person ("le PDG", "spokeswoman"), words inside organisation names ("Group", "Banque",
 * "Labs") and the nouns that introduce a company ("la société", "the firm").
 */

/** Roles and titles that introduce a person's name within a few words. */
export const PERSON_CUES = new RegExp(
  String.raw`(?<![\p{L}])(?:m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|dr\.?|pr\.?|me|sir|dame|lord|pdg|président(?:e)?(?:-directeur général)?|vice-président(?:e)?|directeur|directrice|ministre|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|porte-parole|chef|cheffe|ceo|cfo|coo|cto|chief\s+executive|chief\s+financial\s+officer|spokesman|spokeswoman|spokesperson|maire|mayor|juge|judge|professeur(?:e)?|professor|analyste|analyst|économiste|economist|député(?:e)?|senator|sénateur|sénatrice|chairman|chairwoman|chair|president|minister|founder|co-founder|cofounder|director|manager|chercheur|chercheuse|researcher|avocat(?:e)?|lawyer|attorney|secrétaire|secretary|gouverneur|governor|commissaire|commissioner|responsable|executive|trésorier|trésorière|treasurer|officer|head|leader|dirigeant(?:e)?|patron(?:ne)?|premier\s+ministre|prime\s+minister|ambassadeur|ambassadrice|ambassador|représentant(?:e)?|representative|adjoint(?:e)?|deputy|syndicaliste|militant(?:e)?|activist|expert(?:e)?|consultant(?:e)?|ingénieur(?:e)?|engineer|partner|associé(?:e)?|trader|investisseur|investor|coach|entraîneur|auteur(?:e)?|author|journaliste|journalist|sergent|colonel|général|general|capitaine|captain|inspecteur|inspector|shérif|sheriff|procureur(?:e)?|prosecutor|mr|mrs)(?![\p{L}])`,
  'iu'
)

/** Words that make a capitalised run an organisation's name. */
export const ORGANISATION_WORDS = new Set(
  (
    'inc corp corporation sa sas sarl ag gmbh ltd llc plc nv bv group groupe holdings holding ' +
    'capital partners technologies technology labs lab bank banque energy énergie energies ' +
    'motors airlines airways systems media médias pharma pharmaceuticals foods industries ' +
    'ventures university université institute institut agency agence ministry ministère ' +
    'council conseil commission authority autorité association fédération federation union ' +
    'party parti fund fonds port office bureau court cour tribunal company compagnie société ' +
    'mutuelle assurances insurance hospital hôpital foundation fondation network studios ' +
    'games software solutions services logistics logistique transport transports télécom ' +
    'telecom communications resources ressources mining minière oil gas automotive robotics ' +
    'therapeutics biotech health santé news times post journal ai co cie railways rail ' +
    'electric électrique power solar wind shipping marine maritime capital-risque club fc ' +
    'cooperative coopérative collective collectif trust reserve réserve exchange bourse grid ' +
    'utilities utility airport aéroport water railway'
  ).split(/\s+/)
)

/** Nouns that introduce a company or an institution right before its name. */
export const ORGANISATION_CUES = new RegExp(
  String.raw`(?<![\p{L}])(?:le\s+\p{Ll}+(?:ois|ais|ain|ien|and|ol|en|ec|ique)|(?:société|entreprise|groupe|firme|start-up|startup|jeune\s+pousse|compagnie|constructeur|banque|fabricant|géant|opérateur|assureur|distributeur|éditeur|cabinet|chez|company|firm|group|bank|maker|giant|carrier|lender|insurer|retailer|operator|publisher|developer|rival|competitor|concurrent|client|customer|supplier|fournisseur|chipmaker|automaker|regulator|régulateur|agency|agence|union|syndicat|fonds|fund|owner|propriétaire|service|watchdog|charity|organisation|organization|association|ong|ngo)(?:\s+(?!(?:in|at|on|of|for|de|en|à|au|du|des|pour|chez)\s)\p{Ll}+)?)[,:]?\s+$`,
  'iu'
)
