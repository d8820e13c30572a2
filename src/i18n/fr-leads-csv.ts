// Chaînes françaises de l'import et de l'export CSV des leads (chargées avec l'écran).
// Les en-têtes leads.csv.h.* sont relus par src/csv/leads-columns.ts : un export se réimporte.
export const frLeadsCsv = {
  'leads.csv.title': 'Importer ou exporter en CSV',
  'leads.csv.file.label': 'Choisir un fichier CSV de leads',
  'leads.csv.file.hint':
    'Ou déposez-le ici. En-têtes en français ou en anglais (Nom, E-mail, Téléphone, Date du lead, Dernier contact…) ; les autres colonnes deviennent des champs à noter. Rien n’est importé avant votre confirmation.',
  'leads.csv.reading': 'Lecture de {name}…',
  'leads.csv.storing': 'Import en cours…',
  'leads.csv.decode.binary':
    'Ce fichier n’est pas du texte CSV (un classeur ? Enregistrez-le au format CSV).',
  'leads.csv.decode.empty': 'Ce fichier est vide.',
  'leads.csv.failed': 'La lecture a échoué : {detail}',
  'leads.csv.storeFailed': 'L’import a échoué ; les leads enregistrés n’ont pas changé.',
  'leads.csv.summary':
    '{count, plural, one {# lead lisible} other {# leads lisibles}}, {refused, plural, one {# ligne écartée} other {# lignes écartées}}.',
  'leads.csv.columns.found': 'Champs reconnus',
  'leads.csv.columns.custom': 'Champs personnalisés',
  'leads.csv.columns.ignored': 'Colonnes ignorées',
  'leads.csv.numbers':
    'Gardés tels quels, en texte ; un critère par tranches y lit les nombres à la manière du plan ({example}).',
  'leads.csv.columns.none': 'Aucun',
  'leads.csv.field.name': 'nom',
  'leads.csv.field.email': 'e-mail',
  'leads.csv.field.phone': 'téléphone',
  'leads.csv.field.createdOn': 'date du lead',
  'leads.csv.field.lastContactOn': 'dernier contact',
  'leads.csv.ignored.duplicate': 'ignorée : une colonne précédente fournit déjà ce champ',
  'leads.csv.ignored.computed': 'ignorée : score recalculé par l’écran',
  'leads.csv.dates.locale':
    'Toutes les dates se lisent dans les deux sens : lues jour puis mois (31/12/2026).',
  'leads.csv.dates.mdy': 'Dates lues mois puis jour (12/31/2026), comme le fichier l’indique.',
  'leads.csv.dates.mixed':
    'Le fichier mélange jour/mois et mois/jour : les dates qui se lisent dans les deux sens sont écartées.',
  'leads.csv.report.title': 'Lignes écartées',
  'leads.csv.report.line': 'Ligne',
  'leads.csv.report.column': 'Colonne',
  'leads.csv.report.reason': 'Raison',
  'leads.csv.report.value': 'Valeur',
  'leads.csv.report.empty': '(vide)',
  'leads.csv.report.wholeRow': '(ligne entière)',
  'leads.csv.report.more':
    '{count, plural, one {# autre problème non affiché} other {# autres problèmes non affichés}}.',
  'leads.csv.reason.missing-column':
    'Aucune colonne de nom, d’e-mail ou de téléphone : aucun lead lisible',
  'leads.csv.reason.unclosed-quote': 'Un guillemet ouvert jamais refermé',
  'leads.csv.reason.malformed-quotes': 'Guillemets mal placés',
  'leads.csv.reason.long-row': 'Plus de cellules que d’en-têtes (un séparateur dans une valeur ?)',
  'leads.csv.reason.empty-lead': 'Lead vide : ni nom, ni e-mail, ni téléphone',
  'leads.csv.reason.bad-date': 'Date illisible (attendu AAAA-MM-JJ ou JJ/MM/AAAA)',
  'leads.csv.reason.ambiguous-date':
    'Date ambiguë : le fichier écrit les dates jour/mois et mois/jour',
  'leads.csv.mode.legend': 'Que faire des leads lus ?',
  'leads.csv.mode.replace': 'Remplacer les leads',
  'leads.csv.mode.replaceHint':
    '{count, plural, =0 {Aucun lead enregistré pour l’instant.} one {Le lead enregistré sera supprimé.} other {Les # leads enregistrés seront supprimés.}}',
  'leads.csv.mode.append': 'Ajouter aux leads',
  'leads.csv.mode.appendHint':
    '{count, plural, =0 {Aucun lead enregistré pour l’instant.} one {Ajoutés après le lead enregistré.} other {Ajoutés après les # leads enregistrés.}}',
  'leads.csv.confirm.replace':
    '{count, plural, one {Remplacer par # lead} other {Remplacer par # leads}}',
  'leads.csv.confirm.append': '{count, plural, one {Ajouter # lead} other {Ajouter # leads}}',
  'leads.csv.cancel': 'Annuler',
  'leads.csv.nothing': 'Aucun lead à importer dans ce fichier.',
  'leads.csv.done.replace':
    '{count, plural, one {# lead importé, à la place des précédents.} other {# leads importés, à la place des précédents.}}',
  'leads.csv.done.append': '{count, plural, one {# lead ajouté.} other {# leads ajoutés.}}',
  'leads.csv.h.name': 'Nom',
  'leads.csv.h.email': 'E-mail',
  'leads.csv.h.phone': 'Téléphone',
  'leads.csv.h.createdOn': 'Date du lead',
  'leads.csv.h.lastContactOn': 'Dernier contact',
  'leads.csv.h.score': 'Score',
  'leads.csv.h.fit': 'Score profil',
  'leads.csv.h.behaviour': 'Score comportement',
  'leads.csv.h.band': 'Qualification',
  'leads.csv.h.grade': 'Grade',
  'leads.csv.h.setAside': 'Motif de mise à l’écart',
  'leads.csv.band.sql': 'SQL (à appeler)',
  'leads.csv.band.mql': 'MQL (à travailler)',
  'leads.csv.band.nurture': 'À nourrir',
  'leads.csv.band.set-aside': 'Mis à l’écart',
  'leads.csv.setAside.no-contact': 'Ni e-mail ni téléphone',
  'leads.csv.setAside.outside-zone': 'Hors zone',
} as const;
