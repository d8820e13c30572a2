// Chaînes françaises du partage par lien : l’écran du plan partagé et le panneau du planner
// qui fabrique le lien (chargées avec eux).
export const frShare = {
  'share.heading': 'Plan partagé : {name}',
  'share.reading': 'Lecture du lien…',
  'share.readOnly':
    'Lecture seule : ce plan vient d’un lien et n’est pas enregistré dans ce navigateur. Rien n’est modifiable ici.',
  'share.private':
    'Le plan voyage dans la partie du lien après « # », que le navigateur n’envoie à aucun serveur : il a été lu sur cette machine.',
  'share.period': '{first} – {last} · {months} mois · {currency}',
  'share.contents':
    '{channels, plural, one {# canal} other {# canaux}}, {scenarios, plural, =0 {aucun scénario ROI} one {# scénario ROI} other {# scénarios ROI}}',
  'share.save': 'Enregistrer une copie',
  'share.saving': 'Enregistrement…',
  'share.saved': 'Copie enregistrée : « {name} ».',
  'share.tableTitle': 'Budget par canal et par mois : {layer}',
  'share.layer': 'Montants affichés',
  'share.scenarios': 'Scénarios ROI du plan',
  'share.scenarioLines': '{count, plural, one {# ligne} other {# lignes}}',
  'share.refused': 'Ce lien ne peut pas être ouvert',
  'share.refusedHint':
    'Rien n’a été enregistré. Demandez un nouveau lien à la personne qui vous l’a envoyé.',
  'share.toPlanner': 'Aller au planner',
  'share.error.no-plan': 'Ce lien ne contient aucun plan.',
  'share.error.too-long':
    'Ce lien fait {length} caractères, au-delà des {max} qu’acceptent les messageries et les e-mails courants.',
  'share.error.not-a-link': 'Ce n’est pas un lien de partage Mixplan.',
  'share.error.newer-version':
    'Ce lien a été créé par une version plus récente de Mixplan : rechargez l’application pour la mettre à jour.',
  'share.error.changed':
    'Ce lien a été modifié ou coupé (un caractère change, ou la fin manque) : copiez-le en entier.',
  'share.error.corrupt': 'Le contenu de ce lien est illisible.',
  'share.error.too-large':
    'Ce lien se décompresse en plus de {max} octets : aucun plan partagé n’est aussi gros, il est refusé.',
  'share.error.unsupported':
    'Ce navigateur ne sait pas décompresser les liens de partage : ouvrez-le dans un navigateur récent.',
  'share.error.not-a-plan': 'Ce lien ne contient pas un plan Mixplan.',
  'share.error.invalid.plan': 'Les réglages du plan de ce lien ne sont pas valides.',
  'share.error.invalid.channel': 'Le canal n° {n} de ce lien n’est pas valide.',
  'share.error.invalid.channels': 'Les canaux de ce lien ne sont pas valides.',
  'share.error.invalid.scenario': 'Le scénario ROI n° {n} de ce lien n’est pas valide.',
  'share.error.invalid.scenarios': 'Les scénarios ROI de ce lien ne sont pas valides.',
  'share.error.unsafe-text':
    'Ce lien contient du texte qui ressemble à du code HTML ou des caractères de contrôle : il est refusé.',
  'share.error.too-many.channel': 'Ce lien contient plus de {max} canaux.',
  'share.error.too-many.scenario': 'Ce lien contient plus de {max} scénarios ROI.',
  'share.error.unexpected':
    'Ce lien contient des champs ou des valeurs que Mixplan n’écrit pas : il a été fabriqué ou altéré.',
  'share.panel.title': 'Partager ce plan par lien',
  'share.panel.what':
    'Le lien contient les réglages du plan, ses {channels, plural, one {# canal} other {# canaux}} avec leurs attributs et leurs montants prévus, engagés et réels mois par mois.',
  'share.panel.private':
    'Il est fabriqué sur cette machine, et le plan voyage dans la partie après « # », qu’aucun navigateur n’envoie à un serveur : rien ne quitte votre ordinateur, sauf si vous envoyez vous-même le lien. Qui le reçoit peut lire tout ce qu’il contient.',
  'share.panel.withScenarios':
    'Inclure {count, plural, one {le scénario ROI} other {les # scénarios ROI}} du plan',
  'share.panel.make': 'Créer le lien et le copier',
  'share.panel.making': 'Création du lien…',
  'share.panel.link': 'Lien de partage ({length} caractères)',
  'share.panel.copied': 'Lien copié dans le presse-papiers.',
  'share.panel.copyByHand':
    'Le presse-papiers n’est pas accessible : sélectionnez le lien ci-dessus et copiez-le (Ctrl+C).',
  'share.panel.long':
    'Au-delà de {safe} caractères, certaines applications (Discord, SMS, Outlook classique) peuvent couper le lien : préférez l’e-mail ou une messagerie comme Slack, Teams ou WhatsApp.',
  'share.panel.tooLong':
    'Ce plan est trop gros pour un lien : {length} caractères, au-delà des {max} que les messageries et e-mails courants transmettent. Retirez des canaux ou les scénarios ROI, ou partagez une sauvegarde (Données).',
  'share.panel.refused': 'Ce plan ne peut pas être partagé par lien : {reason}',
  'share.panel.close': 'Fermer',
} as const;
