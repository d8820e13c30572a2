// French strings of the CLV screen's simulator: scenarios, inputs, outputs with their info tips,
// the cohort and sensitivity tables and the reasons an input is refused (loaded with the screen).
export const frClv = {
  'clv.title': 'Simulateur de CLV',
  'clv.noPlan': 'Aucun plan n’est ouvert : les scénarios de CLV sont rangés avec un plan.',
  'clv.noPlanLink': 'Ouvrir le planificateur',
  'clv.loading': 'Chargement des scénarios…',
  'clv.empty': 'Ce plan n’a pas encore de scénario de CLV.',
  'clv.emptyHint':
    'Partez d’un scénario vierge, ou de l’exemple : payer 50 € pour un client dont le premier achat fait 20 € semble une perte.',
  'clv.new': 'Nouveau scénario',
  'clv.example': 'Charger l’exemple : CAC 50 €, panier 20 €, 10 achats par an',
  'clv.retry': 'Réessayer',
  'clv.unsaved':
    '{count, plural, one {# modification non enregistrée} other {# modifications non enregistrées}} : vos saisies restent à l’écran.',

  'clv.bar.label': 'Scénarios de CLV',
  'clv.bar.select': 'Scénario affiché',
  'clv.bar.rename': 'Renommer',
  'clv.bar.renameField': 'Nouveau nom du scénario',
  'clv.bar.renameSave': 'Valider le nom',
  'clv.bar.cancel': 'Annuler',
  'clv.bar.nameRequired': 'Donnez un nom au scénario.',
  'clv.bar.delete': 'Supprimer le scénario',
  'clv.scenario.defaultName': 'Scénario CLV {n}',
  'clv.scenario.fromOrders': 'Depuis les commandes',
  'clv.scenario.exampleName': 'Exemple : CAC 50 €, panier 20 €',
  'clv.scenario.created': 'Scénario « {name} » créé.',
  'clv.scenario.restored': 'Scénario « {name} » remis.',
  'clv.scenario.deleted': 'Scénario « {name} » supprimé.',
  'clv.scenario.planGone': 'Ce plan a été supprimé : le scénario n’a pas été créé.',

  'clv.in.title': 'Hypothèses',
  'clv.in.basket': 'Panier moyen',
  'clv.in.purchases': 'Achats par an',
  'clv.in.margin': 'Taux de marge brute',
  'clv.in.loyalty': 'Fidélité exprimée par',
  'clv.in.byRetention': 'une rétention annuelle',
  'clv.in.byLifetime': 'une durée de vie attendue',
  'clv.in.retention': 'Rétention annuelle',
  'clv.in.lifetime': 'Durée de vie attendue (années)',
  'clv.in.discount': 'Taux d’actualisation',
  'clv.in.horizon': 'Horizon (années)',
  'clv.in.cac': 'Coût d’acquisition (CAC)',
  'clv.in.convention': 'Convention de marge',
  'clv.in.unreadable': 'Ce n’est pas un nombre lisible.',
  'clv.convention.first-margin-up-front': 'première marge encaissée tout de suite',
  'clv.convention.after-one-retention-step':
    'première marge après une année de fidélité (multiple de marge r/(1+d−r))',

  'clv.err.required': 'Indiquez une rétention ou une durée de vie attendue.',
  'clv.err.not-finite': 'Saisissez un nombre.',
  'clv.err.negative': 'Ne peut pas être négatif.',
  'clv.err.rate-above-one': 'Ne peut pas dépasser 100 %.',
  'clv.err.retention-one-no-horizon':
    'Une rétention de 100 % ou plus rend la valeur sans limite : restez sous 100 %.',
  'clv.err.not-positive': 'Au moins {limit} an.',
  'clv.err.horizon-out-of-range': 'Un nombre entier d’années, de 1 à 50.',
  'clv.err.too-large': 'Trop grand : au plus {limit}.',
  'clv.blocked': 'Corrigez les hypothèses signalées pour voir ce chiffre.',

  'clv.out.title': 'Valeur d’un client',
  'clv.out.yearlyMargin': 'Marge annuelle par client',
  'clv.out.simple': 'CLV simple',
  'clv.out.discounted': 'CLV actualisée sur {years} ans ({convention})',
  'clv.out.infinite': 'Limite à l’infini ({convention})',
  'clv.out.ratio': 'CLV : CAC',
  'clv.out.payback': 'Retour sur le CAC',
  'clv.out.months': '{months} mois',
  'clv.out.retainedMonth': 'avec les départs de clients : au mois {month}',
  'clv.out.neverPaysBack': 'avec les départs de clients : pas dans l’horizon',
  'clv.verdict.below-one': 'Le client coûte plus qu’il ne rapporte.',
  'clv.verdict.below-three': 'Le client rembourse son acquisition, mais sous la règle du 3 : 1.',
  'clv.verdict.healthy': 'Sain : au-dessus de la règle du 3 : 1.',
  'clv.verdict.very-high': 'Très élevé (5 : 1 ou plus) : l’acquisition est peut-être trop timide.',
  'clv.verdict.none': 'Sans CAC, il n’y a rien à rembourser.',

  'clv.tip.yearlyMargin.meaning': 'Ce qu’un client fidèle laisse en marge brute sur une année.',
  'clv.tip.yearlyMargin.formula':
    'm = panier × achats par an × taux de marge = {basket} × {purchases} × {rate} = {margin}',
  'clv.tip.simple.meaning':
    'La marge annuelle multipliée par la durée de vie attendue, sans actualisation ni horizon.',
  'clv.tip.simple.formula': 'CLV simple = m × durée de vie = {margin} × {years} ans = {clv}',
  'clv.tip.simple.fromRetention': 'durée de vie = 1 ÷ (1 − r) = 1 ÷ (1 − {r}) = {years} ans',
  'clv.tip.simple.fromLifetime': 'durée de vie saisie : {years} ans (r = 1 − 1 ÷ durée = {r})',
  'clv.tip.discounted.meaning':
    'La marge de chaque année, pondérée par la part des clients restés (rᵗ) et actualisée ((1+d)ᵗ), sommée sur l’horizon.',
  'clv.tip.discounted.formula.first-margin-up-front':
    'CLV = Σ de t = 0 à {last} de m × rᵗ ÷ (1+d)ᵗ = {margin} × ({factors}) = {clv}',
  'clv.tip.discounted.formula.after-one-retention-step':
    'CLV = Σ de t = 1 à {last} de m × rᵗ ÷ (1+d)ᵗ = {margin} × ({factors}) = {clv}',
  'clv.tip.discounted.rule': 'r = {r}, d = {d}.',
  'clv.tip.infinite.meaning':
    'La même somme sans horizon : ce que vaut le client si la relation continue indéfiniment.',
  'clv.tip.infinite.formula.first-margin-up-front':
    'CLV = m × (1 + d) ÷ (1 + d − r) = {margin} × {numerator} ÷ {denominator} = {clv}',
  'clv.tip.infinite.formula.after-one-retention-step':
    'CLV = m × r ÷ (1 + d − r) = {margin} × {numerator} ÷ {denominator} = {clv}',
  'clv.tip.infinite.rule':
    'Les deux conventions diffèrent d’une marge annuelle : (1+d)/(1+d−r) = 1 + r/(1+d−r).',
  'clv.tip.ratio.meaning':
    'Combien un client rapporte (CLV actualisée sur l’horizon, {convention}) pour chaque euro dépensé à l’acquérir.',
  'clv.tip.ratio.formula': 'CLV : CAC = {clv} ÷ {cac} = {ratio}',
  'clv.tip.ratio.rule':
    'Règle empirique : viser au moins 3 : 1 ; sous 1 : 1 le client coûte plus qu’il ne rapporte ; au-delà de 5 : 1 on investit peut-être trop peu.',
  'clv.tip.payback.meaning': 'Le nombre de mois de marge qu’il faut pour rembourser le CAC.',
  'clv.tip.payback.formula': 'CAC ÷ (m ÷ 12) = {cac} ÷ {monthly} = {months} mois',
  'clv.tip.payback.rule': 'En e-commerce, un retour en moins de 12 mois est confortable.',
  'clv.tip.zero': 'Non calculable : la marge annuelle vaut zéro.',

  'clv.lesson.title': 'Court terme contre long terme',
  'clv.lesson.text':
    'Le premier achat rapporte {firstMargin} de marge pour {cac} de CAC : {firstNet} ; sur {years} ans : {horizonNet}.',
  'clv.lesson.formula':
    'Premier achat : {basket} × {rate} − {cac} = {firstNet}. Sur l’horizon : {clv} − {cac} = {horizonNet}.',

  'clv.cohort.title': 'Cohorte par année (par client acquis)',
  'clv.cohort.year': 'Année',
  'clv.cohort.active': 'Clients encore actifs',
  'clv.cohort.margin': 'Marge de l’année',
  'clv.cohort.cumulative': 'Marge actualisée cumulée',
  'clv.cohort.net': 'Face au CAC',
  'clv.cohort.payback': 'Le CAC est remboursé (marge actualisée) l’année {year}.',
  'clv.cohort.noPayback': 'Le CAC n’est pas remboursé dans l’horizon.',
  'clv.cohort.month': 'Mois',
  'clv.cohort.monthMargin': 'Marge du mois',
  'clv.cohort.monthsTitle': 'Première année, mois par mois (par client acquis)',
  'clv.cohort.monthsHint':
    'Les départs de clients sont répartis sur les mois ; la marge du mois est actualisée au mois.',

  'clv.sens.title': 'Sensibilité de la CLV actualisée',
  'clv.sens.caption':
    'CLV actualisée sur {years} ans selon la rétention (lignes) et le taux de marge (colonnes) ; vos hypothèses en gras.',
  'clv.sens.corner': 'Rétention ↓ / marge →',
  'clv.tabs': 'Parties de l’écran CLV',
  'clv.tab.simulator': 'Simulateur',
  'clv.tab.orders': 'Commandes et RFM',
  'clv.tab.forecast': 'Prévision',
  'clv.tab.compare': 'Comparer',
  'clv.orders.loading': 'Lecture des commandes…',
  'clv.orders.none':
    'Ce plan n’a pas encore de commandes : importez un CSV de commandes pour voir les segments RFM et la prévision.',
  'clv.orders.analysing': 'Analyse de {count, plural, one {# commande} other {# commandes}}…',
  'clv.orders.failed': 'Les commandes n’ont pas pu être analysées : {detail}',
  'clv.orders.noReadable':
    'Aucune commande lisible : chaque ligne a un identifiant client, une date ou un montant manquant.',
  'clv.orders.beyondCents':
    'Le total du client {customer} dépasse ce que l’application sait compter au centime près.',
} as const;
