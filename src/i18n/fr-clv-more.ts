// French strings of the CLV screen: simulator additions (cohort chart, CAC from a planner channel, derived inputs, side-by-side comparison) (loaded with the screen).
export const frClvMore = {
  'clv.more.title': 'Comparer les scénarios',

  'clv.more.chart.title': 'Cohorte en graphique',
  'clv.more.chart.view': 'Période',
  'clv.more.chart.byYear': 'Année par année',
  'clv.more.chart.byMonth': 'Mois par mois (première année)',
  'clv.more.chart.year': 'An {n}',
  'clv.more.chart.month': 'Mois {n}',
  'clv.more.chart.monthColumn': 'Mois',
  'clv.more.chart.active': 'Clients encore actifs',
  'clv.more.chart.cumulative': 'Marge actualisée cumulée par client',
  'clv.more.chart.cac': 'CAC',
  'clv.more.chart.titleYears': 'Clients actifs et marge cumulée face au CAC, année par année',
  'clv.more.chart.titleMonths':
    'Clients actifs et marge cumulée face au CAC, première année mois par mois',
  'clv.more.chart.label':
    '{caption}. {period} : marge cumulée {cumulative} pour un CAC de {cac}, {active} des clients encore actifs.',
  'clv.more.chart.file': 'cohorte CLV {name}',

  'clv.more.cac.legend': 'Origine du CAC',
  'clv.more.cac.typed': 'Saisi',
  'clv.more.cac.fromChannel': 'Depuis un canal du plan',
  'clv.more.cac.noChannels':
    'Ce plan n’a pas encore de canal : ajoutez-en un dans le planificateur.',
  'clv.more.cac.channel': 'Canal du plan',
  'clv.more.cac.customers': 'Clients acquis par ce canal',
  'clv.more.cac.customersInvalid': 'Un nombre entier de clients, au moins 1.',
  'clv.more.cac.customerCount': '{count, plural, one {# client} other {# clients}}',
  'clv.more.cac.spend': 'Dépense prévue du canal sur les mois du plan : {spend}',
  'clv.more.cac.value': 'CAC depuis le canal : {cac}',
  'clv.more.cac.tipTitle': 'CAC depuis un canal du plan',
  'clv.more.cac.tipMeaning':
    'Ce que coûte un client acquis par ce canal : son budget prévu sur les mois du plan (les montants « prévu » du planificateur, pas le réalisé) divisé par les clients qu’il a acquis. Il suit le budget du plan quand celui-ci change.',
  'clv.more.cac.formula': 'CAC = {spend} ÷ {customers} = {cac}',
  'clv.more.cac.gone':
    'Le canal choisi n’est plus dans le plan : le CAC saisi ({cac}) est utilisé.',
  'clv.more.cac.problem.no-customers':
    'Indiquez les clients acquis par ce canal ; en attendant, le CAC saisi ({cac}) est utilisé.',
  'clv.more.cac.problem.customers-not-whole':
    'Un nombre entier de clients ; en attendant, le CAC saisi ({cac}) est utilisé.',
  'clv.more.cac.problem.no-spend':
    'Ce canal n’a pas de budget prévu sur les mois du plan ; le CAC saisi ({cac}) est utilisé.',
  'clv.more.cac.typedField': 'CAC saisi (utilisé sans canal)',

  'clv.more.derived.title': 'Hypothèses tirées des commandes',
  'clv.more.derived.asOf': 'Mesurées au {day}, jour de la dernière commande.',
  'clv.more.derived.basket': 'Panier moyen constaté',
  'clv.more.derived.basketHow':
    '{revenue} de chiffre d’affaires ÷ {orders, plural, one {# commande} other {# commandes}} = {value}',
  'clv.more.derived.purchases': 'Achats par an constatés',
  'clv.more.derived.purchasesHow':
    '{orders, plural, one {# commande} other {# commandes}} du {from} au {to} ÷ {customers, plural, one {# client actif} other {# clients actifs}} sur ces 365 jours = {value}',
  'clv.more.derived.retention': 'Rétention constatée',
  'clv.more.derived.retentionHow':
    '{returned, plural, one {# client revenu} other {# clients revenus}} du {secondFrom} au {secondTo} ÷ {active, plural, one {# client actif} other {# clients actifs}} du {firstFrom} au {firstTo} = {value}',
  'clv.more.derived.reason.no-orders': 'Non calculable : aucune commande lisible.',
  'clv.more.derived.reason.history-shorter-than-a-year':
    'Non calculable : l’historique couvre moins d’un an.',
  'clv.more.derived.reason.no-customer-active-in-last-year':
    'Non calculable : aucun client n’a commandé dans les 365 derniers jours.',
  'clv.more.derived.reason.history-shorter-than-two-years':
    'Non calculable : l’historique couvre moins de deux ans (il faut deux années pleines).',
  'clv.more.derived.reason.no-customer-active-in-first-year':
    'Non calculable : aucun client n’a commandé la première des deux années.',
  'clv.more.derived.overridden': 'Votre valeur (calculée : {value})',
  'clv.more.derived.typedOnly': 'Votre valeur',
  'clv.more.derived.reset': 'Reprendre la valeur calculée',
  'clv.more.derived.use': 'Utiliser dans le simulateur',
  'clv.more.derived.useHint':
    'Remplace ces hypothèses dans le scénario affiché du simulateur (ou en crée un « Depuis les commandes ») ; la rétention remplace une durée de vie.',
  'clv.more.derived.nothing': 'Aucun chiffre à reprendre : saisissez-en au moins un.',

  'clv.more.compare.none': 'Ce plan n’a pas encore de scénario de CLV à comparer.',
  'clv.more.compare.one':
    'Un seul scénario pour l’instant : créez-en un autre dans le simulateur pour les comparer côte à côte.',
  'clv.more.compare.caption':
    'Les scénarios de CLV du plan côte à côte (le meilleur de chaque ligne est marqué)',
  'clv.more.compare.row': 'Hypothèse ou chiffre',
  'clv.more.compare.inputs': 'Hypothèses',
  'clv.more.compare.figures': 'Chiffres clés',
  'clv.more.compare.loyalty': 'Rétention ou durée de vie',
  'clv.more.compare.lifetime': 'durée de vie {years} ans',
  'clv.more.compare.years': '{years} ans',
  'clv.more.compare.discounted': 'CLV actualisée sur l’horizon',
  'clv.more.compare.infinite': 'Limite à l’infini',
  'clv.more.compare.best': 'meilleur',
  'clv.more.compare.reason': '{field} : {reason}',
  'clv.more.compare.endless': 'Sans limite : la rétention atteint 1 + le taux d’actualisation.',
};
