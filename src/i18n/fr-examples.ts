// Chaînes françaises des exemples guidés de la page Apprendre (chargées avec elle). Les
// valeurs {value} sont calculées à partir des données de chaque exemple (domain/examples).
export const frExamples = {
  'examples.title': 'Exemples guidés',
  'examples.intro':
    'Chaque exemple charge en un clic un plan de démonstration complet (budget sur 12 mois, scénarios ROI et CLV, influenceurs ou leads selon le cas), marqué « Exemple ». Vos propres plans ne sont jamais modifiés : « Retirer les exemples » n’enlève que les plans marqués.',
  'examples.lookAt': 'À regarder',
  'examples.load': 'Charger l’exemple',
  'examples.loading': 'Chargement…',
  'examples.open': 'Ouvrir le plan',
  'examples.show': 'Voir',
  'examples.isLoaded': 'Chargé, marqué « Exemple »',
  'examples.loaded': 'Exemple chargé : « {name} ».',
  'examples.remove': 'Retirer les exemples',
  'examples.removeTitle': 'Retirer les exemples ?',
  'examples.removeMessage':
    '{count, plural, one {Ce plan d’exemple sera supprimé} other {Ces # plans d’exemple seront supprimés}} avec leurs canaux, budgets, scénarios, influenceurs et leads. Vos propres plans ne sont pas touchés.',
  'examples.removeConfirm': 'Retirer',
  'examples.cancel': 'Annuler',
  'examples.removed': '{count, plural, one {# exemple retiré.} other {# exemples retirés.}}',
  'examples.noneLoaded': 'Aucun exemple n’est chargé.',

  'examples.omnichannel-shop.title': 'Une boutique de vêtements passe à l’omnicanal',
  'examples.omnichannel-shop.shows':
    'La boutique Lou ouvre son e-shop : publicité sociale et recherche pour le trafic, e-mails CRM et carte de fidélité pour garder ses clientes, soirées stylisme en boutique, presse locale et deux micro-influenceuses.',
  'examples.omnichannel-shop.pointer.horsMedia':
    'Part du hors-média dans le budget prévu : {value} (planner, carte Média / hors-média).',
  'examples.omnichannel-shop.pointer.socialRoi':
    'ROI de la publicité sociale sur la première commande : {value}. Seule, elle perd de l’argent (écran ROI).',
  'examples.omnichannel-shop.pointer.emailRoi':
    'ROI des e-mails CRM aux clientes fidèles : {value}, la meilleure ligne du scénario.',
  'examples.omnichannel-shop.pointer.clvRatio':
    'CLV : CAC d’une cliente recrutée par la publicité sociale : {value}. C’est sa valeur dans la durée qui paie l’acquisition (écran CLV).',
  'examples.omnichannel-shop.pointer.influencerRoi':
    'ROI de la collaboration avec {name} : {value} (comparateur d’influenceurs).',

  'examples.open-day.title': 'Un atelier artisanal ouvre ses portes',
  'examples.open-day.shows':
    'L’atelier de céramique Terre & Feu annonce sa journée portes ouvertes à la radio locale, par des flyers chez les commerçants, des relations presse et quelques publications, puis tient un stand au marché de Noël.',
  'examples.open-day.pointer.planned': 'Budget prévu sur les 12 mois : {value} (planner).',
  'examples.open-day.pointer.radioRoi':
    'ROI de la radio locale sur la journée : {value}. Seule, elle ne paie pas (écran ROI).',
  'examples.open-day.pointer.flyersRoi': 'ROI des flyers et affichettes : {value}.',
  'examples.open-day.pointer.totalRoi': 'ROI de l’ensemble des portes ouvertes : {value}.',
  'examples.open-day.pointer.clvRatio':
    'CLV : CAC d’un élève recruté aux portes ouvertes : {value}. Ceux qui reviennent pour des cours valent plusieurs fois leur coût (écran CLV).',

  'examples.trade-show.title': 'Une scale-up B2B qualifie 200 leads de salon',
  'examples.trade-show.shows':
    'Datalyse expose au salon Data & Industrie et relance par e-mail les 200 badges scannés, avec de l’ABM sur 50 comptes cibles, Google Ads, LinkedIn et des webinaires. Les 200 leads sont dans le scoring, avec leur modèle (profil et comportement).',
  'examples.trade-show.pointer.sql':
    'Leads prêts pour les commerciaux (SQL) : {value} sur 200 (écran Leads).',
  'examples.trade-show.pointer.mql': 'Leads qualifiés marketing (MQL) à relancer : {value}.',
  'examples.trade-show.pointer.cpl': 'Coût par lead du stand : {value} (écran ROI).',
  'examples.trade-show.pointer.showRoi':
    'ROI du stand sur la première année d’abonnement : {value}.',
  'examples.trade-show.pointer.clvRatio':
    'CLV : CAC d’un client signé au salon : {value} (écran CLV).',

  'examples.sampling-sms.title': 'Un distributeur : dégustation en magasin et coupon SMS',
  'examples.sampling-sms.shows':
    'Maison Brunet lance son café maison par des dégustations dans 12 magasins ; les clients qui acceptent les SMS (consentement demandé au stand) reçoivent un coupon. Affichage local, prospectus et publicité Facebook annoncent les dégustations.',
  'examples.sampling-sms.pointer.horsMedia':
    'Part du hors-média dans le budget prévu : {value} (planner, carte Média / hors-média).',
  'examples.sampling-sms.pointer.coupons':
    'Coupons SMS utilisés après la dégustation : {value} (écran ROI, entonnoir).',
  'examples.sampling-sms.pointer.samplingRoi':
    'ROI de la dégustation sur le premier passage en caisse : {value}. Seule, elle perd de l’argent.',
  'examples.sampling-sms.pointer.smsRoi': 'ROI des relances SMS : {value}.',
  'examples.sampling-sms.pointer.clvRatio':
    'CLV : CAC d’un client qui adopte le café : {value} (écran CLV).',
};
