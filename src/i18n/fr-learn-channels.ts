// French text of the Learn page's entries on channels: media and hors-média, paid / owned /
// earned, inbound and outbound, direct marketing and permission, CRM, programmatic buying,
// bought leads and open days (loaded with the Learn screen only).
export const frLearnChannels = {
  'learn.media.title': 'Média et hors-média',
  'learn.media.body':
    'Les médias sont les espaces qu’on achète à une régie pour toucher une large audience : télévision, radio, presse, affichage, cinéma et publicité numérique (référencement payant, publicité sur les réseaux sociaux, display).\nLe hors-média regroupe tout le reste : marketing direct (e-mailing, SMS, publipostage), salons et conférences, relations presse, parrainage et mécénat, animation en magasin, street marketing, échantillonnage, marketing des comptes clés, influence, webinaires, programme de fidélité. Il touche moins de monde, mais de plus près, et pèse souvent plus que le média dans le budget d’une petite entreprise.',
  'learn.media.example':
    'Le plan de démonstration prévoit 46 150 €, dont 21 500 € de média (réseaux sociaux 10 900 €, Google Ads 6 100 €, presse locale 4 500 €). Part média = 21 500 ÷ 46 150 = 46,6 % ; hors-média = 53,4 %.',
  'learn.media.figure': 'la part média / hors-média du budget (planificateur)',

  'learn.poe.title': 'Médias payés, possédés et gagnés (paid, owned, earned)',
  'learn.poe.body':
    'Payé (paid) : l’espace est acheté (publicité, parrainage, stand de salon). Possédé (owned) : le canal appartient à la marque (site, boutique, newsletter, comptes sociaux, programme de fidélité). Gagné (earned) : la visibilité vient des autres sans que l’espace soit acheté (articles de presse, avis, partages, bouche-à-oreille).\nGagné ne veut pas dire gratuit : une agence de relations presse se paie, mais on paie le travail, pas l’article. Les trois se renforcent : la publicité fait connaître, les canaux possédés retiennent, le gagné rend crédible.',
  'learn.poe.example':
    'Un encart dans la presse locale à 4 500 € est payé ; 2 300 € d’honoraires de relations presse qui valent trois articles sont du gagné ; la newsletter envoyée aux abonnés, pour 2 750 € d’outil et de conception sur l’année, est possédée.',
  'learn.poe.figure': 'la matrice famille × payé / possédé / gagné (planificateur)',

  'learn.inbound.title': 'Inbound et outbound',
  'learn.inbound.body':
    'En outbound, la marque va chercher le client : publicité, publipostage, prospection téléphonique, salons. C’est rapide et pilotable, mais les résultats s’arrêtent avec la dépense.\nEn inbound, elle attire ceux qui cherchent déjà : contenus utiles, référencement naturel, webinaires, newsletter à laquelle on s’inscrit, réseaux sociaux. C’est plus lent à démarrer, mais ce qui est produit continue de rapporter. La plupart des plans mélangent les deux : l’outbound remplit l’entonnoir tout de suite, l’inbound fait baisser le coût par lead avec le temps.',
  'learn.inbound.example':
    'Un webinaire coûte 1 500 € et réunit 120 inscrits : 1 500 ÷ 120 = 12,50 € par lead, et son replay continue d’en apporter sans nouvelle dépense. Un salon à 6 000 € apporte 200 contacts : 30 € par lead, et s’arrête le dernier jour.',
  'learn.inbound.figure': 'le catalogue des canaux : webinaire (planificateur)',

  'learn.direct.title': 'Marketing direct et permission (opt-in, RGPD)',
  'learn.direct.body':
    'Le marketing direct s’adresse à une personne identifiée (e-mail, SMS, courrier, appel) et se mesure au retour : ouvertures, clics, commandes.\nEn France, écrire à un particulier par e-mail ou SMS pour le prospecter demande son accord préalable (opt-in : une case qu’il coche lui-même, jamais pré-cochée). Exception : un client déjà acquis, pour des produits analogues, s’il a pu refuser simplement. Entre professionnels, un e-mail en rapport avec la fonction du destinataire est permis s’il peut s’y opposer. Chaque message offre un désabonnement en un clic. Le RGPD demande aussi de pouvoir prouver le consentement et de ne pas garder un prospect indéfiniment (la CNIL recommande 3 ans après son dernier contact). Le courrier postal et le téléphone fonctionnent à l’inverse : permis sauf opposition (Bloctel pour le téléphone).',
  'learn.direct.example':
    'Une newsletter envoyée à 4 000 abonnés qui ont dit oui : 1 200 ouvertures (30 %), 120 clics (3 % des envois), 12 commandes à 60 € = 720 € de chiffre d’affaires pour 150 € d’envoi. Un fichier de 50 000 adresses acheté sans consentement ne peut pas recevoir cet e-mail.',
  'learn.direct.figure': 'le catalogue des canaux : e-mailing (planificateur)',

  'learn.crm.title': 'CRM et hors-média',
  'learn.crm.body':
    'Le CRM (gestion de la relation client) est la base de vos clients et de leurs achats, et surtout ce qu’on en fait : programme de fidélité, relance après un panier abandonné, offre d’anniversaire, rappel d’entretien. Ce sont des actions hors-média possédées : la marque parle à ceux qu’elle connaît déjà, sans acheter d’espace.\nLeur coût est l’outil et les avantages offerts ; leur effet se lit dans la rétention et la valeur vie client (CLV), rarement dans les ventes de la semaine. La segmentation RFM dit à qui envoyer quoi.',
  'learn.crm.example':
    'Un bon de 5 € envoyé aux 400 clients « à risque » : 60 reviennent avec un panier de 45 € à 40 % de marge. Seuls les bons utilisés coûtent : 60 × 5 = 300 €. Marge = 60 × 45 × 40 % = 1 080 €, soit 780 € de marge nette.',
  'learn.crm.figure': 'le catalogue des canaux : programme de fidélité (planificateur)',

  'learn.programmatic.title': 'Achat programmatique',
  'learn.programmatic.body':
    'Des plateformes achètent l’espace publicitaire impression par impression, souvent aux enchères en temps réel pendant le chargement de la page. On cible une audience (des données sur l’internaute) plutôt qu’un site, et on paie au CPM (coût pour mille impressions).\nLes risques : des publicités jamais vues (hors de l’écran), du trafic de robots, des emplacements qui nuisent à la marque, et des données personnelles utilisées sans consentement valable aux cookies. Demandez le taux de visibilité, limitez la répétition et tenez une liste des sites acceptés.',
  'learn.programmatic.example':
    '250 000 impressions à 8 € le CPM coûtent 250 000 ÷ 1 000 × 8 = 2 000 €. Si seulement 60 % sont visibles, le CPM des impressions vues monte à 2 000 ÷ 150 000 × 1 000 = 13,33 €.',
  'learn.programmatic.figure': 'le catalogue des canaux : display programmatique (planificateur)',

  'learn.buying-leads.title': 'Acheter des leads : les risques',
  'learn.buying-leads.body':
    'Acheter des fichiers ou des leads « générés » par un tiers remplit l’entonnoir vite, mais : le consentement doit venir avec (donné à qui, pour quel usage ?), sans quoi vous ne pouvez ni leur écrire ni leur envoyer de SMS ; le même lead est souvent vendu à plusieurs concurrents ; une part des contacts est fausse ou périmée ; et l’intention est faible, si bien qu’un CPL bas cache souvent un CAC élevé.\nDemandez la source, la date, la preuve du consentement, l’exclusivité et le remboursement des leads invalides. Puis pré-qualifiez (joignable, dans votre zone) et notez-les avant de les passer aux commerciaux.',
  'learn.buying-leads.example':
    'Lot A : 1 000 leads à 5 € = 5 000 €, 1 % signent, soit 10 clients : CAC 500 €. Lot B : 200 leads à 20 € = 4 000 €, 8 % signent, soit 16 clients : CAC 250 €. Le lead le moins cher revient deux fois plus cher par client.',
  'learn.buying-leads.figure': 'la pré-qualification des leads (écran Leads)',

  'learn.open-day.title': 'Portes ouvertes',
  'learn.open-day.body':
    'Ouvrir son atelier, sa boutique, son école ou son usine au public pour une journée : un événement hors-média possédé qui rend le métier visible et crée la confiance. Les coûts : invitations, accueil, démonstrations, temps du personnel.\nÀ mesurer : visiteurs, contacts recueillis (avec leur accord), ventes du jour et des semaines suivantes, coût par visiteur. Invitez clients et voisins, prévenez la presse locale (du gagné) et proposez une offre valable quelques semaines.',
  'learn.open-day.example':
    '1 200 € (invitations 300 €, buffet 400 €, personnel 500 €) pour 150 visiteurs : 8 € par visiteur. 30 achats à 70 € dans le mois = 2 100 € ; à 50 % de marge, 1 050 €. ROI du mois = (1 050 − 1 200) ÷ 1 200 = −12,5 % : ce sont les achats suivants de ces nouveaux clients qui décident.',
  'learn.open-day.figure': 'le catalogue des canaux : journée portes ouvertes (planificateur)',
} as const;
