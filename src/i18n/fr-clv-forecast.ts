// French strings of the CLV screen: BG\/NBD + Gamma-Gamma forecast (calibration, fit, holdout) (loaded with the screen).
export const frClvForecast = {
  'clv.forecast.title': 'Prévision BG/NBD + Gamma-Gamma',
  'clv.forecast.intro':
    'Le modèle apprend sur les commandes jusqu’à la date de calibration, puis prévoit achats et valeur de chaque client ; les commandes suivantes servent à vérifier la prévision.',
  'clv.forecast.noOrders':
    'Aucune commande pour ce plan : importez-les dans l’onglet « Commandes » pour lancer une prévision.',
  'clv.forecast.loading': 'Lecture des commandes…',
  'clv.forecast.analysing': 'Analyse des commandes…',
  'clv.forecast.ordersFailed':
    'Les commandes n’ont pas pu être analysées (voir l’onglet « Commandes »).',
  'clv.forecast.options': 'Réglages de la prévision',
  'clv.forecast.calibration': 'Date de calibration',
  'clv.forecast.calibrationHint':
    'Entre le {first} (première commande) et le {last} (dernière commande). Proposée : {default}.',
  'clv.forecast.calibrationEmpty': 'Indiquez une date de calibration.',
  'clv.forecast.calibrationBefore':
    'La date est avant la première commande ({first}) : aucun client n’existe encore à cette date.',
  'clv.forecast.calibrationAfter':
    'La date est après la dernière commande ({last}) : il n’y a pas de commandes à cette date.',
  'clv.forecast.unit': 'Unité de temps',
  'clv.forecast.unit.day': 'jour',
  'clv.forecast.unit.week': 'semaine',
  'clv.forecast.unit.month': 'mois',
  'clv.forecast.unitName.day': 'jours',
  'clv.forecast.unitName.week': 'semaines',
  'clv.forecast.unitName.month': 'mois',
  'clv.forecast.periods': 'Horizon (nombre de périodes)',
  'clv.forecast.periodsError': 'Un nombre entier de 1 à 600.',
  'clv.forecast.discount': 'Taux d’actualisation annuel',
  'clv.forecast.discountError': 'Un taux de 0 % à 1 000 %.',
  'clv.forecast.unreadable': 'Nombre illisible.',
  'clv.forecast.run': 'Lancer l’ajustement',
  'clv.forecast.running': 'Ajustement en cours…',
  'clv.forecast.failed': 'L’ajustement a échoué : {detail}',
  'clv.forecast.error.invalid-options': 'Réglages invalides : vérifiez l’horizon et le taux.',
  'clv.forecast.error.unreadable-calibration': 'La date de calibration est illisible.',
  'clv.forecast.error.no-orders': 'Aucune commande lisible.',
  'clv.forecast.error.as-of-before-first':
    'La date de calibration ({day}) est avant la première commande ({first}) : aucun client à ajuster.',
  'clv.forecast.error.after-last':
    'La date de calibration ({day}) est après la dernière commande ({last}).',
  'clv.forecast.error.beyond-cents':
    'Le total du client {customer} dépasse ce que les centimes peuvent porter exactement.',
  'clv.forecast.error.too-few-customers':
    '{count, plural, one {# client} other {# clients}} à la date de calibration : il en faut au moins {minimum} pour ajuster quatre paramètres.',
  'clv.forecast.error.no-repeat-buyers':
    'Aucun client n’a racheté avant la date de calibration : le modèle ne peut pas estimer l’attrition.',
  'clv.forecast.error.too-few-repeat-buyers':
    '{count, plural, one {# client} other {# clients}} avec des réachats de montant positif : il en faut au moins {minimum} pour le modèle de panier.',
  'clv.forecast.error.not-converged':
    'L’ajustement {model} n’a pas convergé après {iterations} itérations : aucun résultat n’est affiché plutôt qu’un résultat faux. Essayez une autre date de calibration.',
  'clv.forecast.error.fit-invalid': 'L’ajustement {model} a refusé des données invalides.',
  'clv.forecast.error.infinite-mean-spend':
    'Le modèle de panier donne q = {q} ≤ 1 : le panier moyen de la population serait infini, aucune CLV ne peut être donnée.',
  'clv.forecast.error.not-computable':
    'Le modèle ne donne pas de valeur finie pour le client {customer} (ajustement extrême).',
  'clv.forecast.error.not-computable-total':
    'Le total des CLV dépasse ce que les centimes peuvent porter exactement.',
  'clv.forecast.model.bgnbd': 'BG/NBD',
  'clv.forecast.model.gammaGamma': 'Gamma-Gamma',
  'clv.forecast.done':
    'Ajustement terminé : {count, plural, one {# client} other {# clients}} au {day}.',
  'clv.forecast.params': 'Paramètres ajustés',
  'clv.forecast.param.r':
    'r et α : la fréquence d’achat des clients actifs varie d’un client à l’autre selon une loi gamma de forme r = {r} et d’échelle α = {alpha} — un client actif achète en moyenne r/α = {rate} fois par {unit}.',
  'clv.forecast.param.a':
    'a et b : après chaque achat, un client arrête avec une probabilité qui suit une loi bêta (a = {a}, b = {b}) — en moyenne a/(a+b) = {dropout} de chances d’arrêter après un achat.',
  'clv.forecast.param.p':
    'p, q et v : le montant d’un achat varie autour de la moyenne propre au client (forme p = {p}) ; ces moyennes varient d’un client à l’autre (q = {q}, v = {v}) — panier moyen de la population v·p/(q−1) = {mean}.',
  'clv.forecast.fitLine':
    '{model} : log-vraisemblance {ll}, {count, plural, one {# client ajusté} other {# clients ajustés}}, {iterations} itérations.',
  'clv.forecast.tip.params.title': 'Paramètres ajustés',
  'clv.forecast.tip.params.meaning':
    'Les valeurs qui rendent les commandes observées jusqu’à la calibration les plus probables (maximum de vraisemblance, méthode de Nelder–Mead).',
  'clv.forecast.tip.params.formula':
    'BG/NBD : λ ~ Gamma(r, α), p ~ Bêta(a, b). Gamma-Gamma : montant ~ Gamma(p, ν), ν ~ Gamma(q, v).\nLog-vraisemblance = Σ ln L(client) ; plus elle est haute (proche de 0), mieux le modèle décrit les données.',
  'clv.forecast.tip.label': 'À propos de : {name}',
  'clv.forecast.independence':
    'Attention : la fréquence d’achat et le panier sont corrélés (ρ = {rho}, seuil {threshold}). Le modèle Gamma-Gamma suppose qu’ils sont indépendants : la prévision de dépense est douteuse.',
  'clv.forecast.independenceOk':
    'Fréquence et panier peu corrélés (ρ = {rho}, sous le seuil {threshold}) : l’hypothèse du modèle Gamma-Gamma tient.',
  'clv.forecast.independenceNone':
    'Corrélation fréquence–panier non calculable (trop peu de clients ayant racheté, ou aucune dispersion).',
  'clv.forecast.tip.rho.title': 'Corrélation fréquence–panier',
  'clv.forecast.tip.rho.meaning':
    'Le modèle de panier suppose que ceux qui achètent souvent ne dépensent pas plus (ou moins) par achat.',
  'clv.forecast.tip.rho.formula':
    'ρ de Pearson entre x et le panier moyen des réachats, sur {count} clients ayant racheté : {rho}.',
  'clv.forecast.customers': 'Clients',
  'clv.forecast.customersCaption':
    'Prévision par client sur {periods} {unit}, triée par {column} ({direction}).',
  'clv.forecast.desc': 'décroissant',
  'clv.forecast.asc': 'croissant',
  'clv.forecast.col.id': 'Client',
  'clv.forecast.col.x': 'Réachats x',
  'clv.forecast.col.recency': 'Récence tₓ',
  'clv.forecast.col.age': 'Ancienneté T',
  'clv.forecast.col.alive': 'P(actif)',
  'clv.forecast.col.purchases': 'Achats prévus',
  'clv.forecast.col.spend': 'Panier prévu',
  'clv.forecast.col.clv': 'CLV prévue',
  'clv.forecast.col.segment': 'Segment',
  'clv.forecast.sortBy': 'Trier par {column}',
  'clv.forecast.noSegment': 'sans segment',
  'clv.forecast.populationSpend': 'panier de la population (réachats ≤ 0)',
  'clv.forecast.page': 'Page {page} sur {pages}',
  'clv.forecast.previous': 'Page précédente',
  'clv.forecast.next': 'Page suivante',
  'clv.forecast.tip.x.title': 'Réachats x',
  'clv.forecast.tip.x.meaning':
    'Nombre de jours d’achat distincts avant la calibration, moins le premier.',
  'clv.forecast.tip.x.formula': 'x = jours d’achat distincts − 1',
  'clv.forecast.tip.recency.title': 'Récence tₓ',
  'clv.forecast.tip.recency.meaning':
    'Âge du client à son dernier achat (convention de lifetimes), dans l’unité choisie.',
  'clv.forecast.tip.recency.formula': 'tₓ = (dernier achat − premier achat) ÷ {days} jours',
  'clv.forecast.tip.age.title': 'Ancienneté T',
  'clv.forecast.tip.age.meaning': 'Temps écoulé entre le premier achat et la date de calibration.',
  'clv.forecast.tip.age.formula': 'T = (calibration − premier achat) ÷ {days} jours',
  'clv.forecast.tip.alive.title': 'P(actif)',
  'clv.forecast.tip.alive.meaning':
    'Probabilité que le client soit encore client à la date de calibration, vu son historique.',
  'clv.forecast.tip.alive.formula':
    'P(actif) = 1 / [1 + 1₍x>0₎ · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)]',
  'clv.forecast.tip.purchases.title': 'Achats prévus',
  'clv.forecast.tip.purchases.meaning':
    'Achats attendus sur les {periods} prochaines périodes, compte tenu de l’historique du client.',
  'clv.forecast.tip.purchases.formula':
    'E[Y(t)] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(actif), t = {periods}',
  'clv.forecast.tip.spend.title': 'Panier prévu',
  'clv.forecast.tip.spend.meaning':
    'Montant attendu d’un achat futur : le panier moyen du client, tiré vers celui de la population d’autant plus qu’il repose sur peu d’achats.',
  'clv.forecast.tip.spend.formula':
    'E[M] = (1−w) · v·p/(q−1) + w · m̄, w = p·x/(p·x+q−1) ; population : {mean}',
  'clv.forecast.tip.clv.title': 'CLV prévue',
  'clv.forecast.tip.clv.meaning':
    'Chiffre d’affaires attendu du client sur l’horizon, chaque période actualisée.',
  'clv.forecast.tip.clv.formula':
    'CLV = E[M] × Σᵢ (E[Y(i)] − E[Y(i−1)]) / (1+d)ⁱ, i = 1…{periods}, d = (1 + {yearly})^({days}/365,25) − 1 = {rate} par période',
  'clv.forecast.totalLine':
    'Total : {purchases} achats prévus, CLV prévue {clv} sur {periods} {unit}.',
  'clv.forecast.segments': 'Par segment RFM',
  'clv.forecast.seg.segment': 'Segment',
  'clv.forecast.seg.customers': 'Clients',
  'clv.forecast.seg.alive': 'P(actif) moyenne',
  'clv.forecast.seg.purchases': 'Achats prévus',
  'clv.forecast.seg.clv': 'CLV prévue totale',
  'clv.forecast.seg.perCustomer': 'CLV par client',
  'clv.forecast.seg.total': 'Total',
  'clv.forecast.tip.segments.title': 'Sommes par segment',
  'clv.forecast.tip.segments.meaning':
    'Les segments RFM sont ceux de l’onglet « Commandes » (mesurés à la dernière commande) ; la prévision est celle du modèle à la calibration.',
  'clv.forecast.tip.segments.formula':
    'P(actif) moyenne = Σ P(actif) ÷ clients ; CLV par client = Σ CLV ÷ clients',
  'clv.forecast.holdout': 'Contrôle sur la période de test',
  'clv.forecast.noHoldout':
    'Pas de période de test : la calibration est à la dernière commande, aucune commande ultérieure ne permet de vérifier la prévision. Choisissez une date plus tôt pour la contrôler.',
  'clv.forecast.holdoutLine':
    'Après la calibration, sur {periods} {unit} : {actual} réachats réels, {expected} prévus ({gap}).',
  'clv.forecast.holdoutCaption': 'Réachats cumulés après la calibration : réels et prévus',
  'clv.forecast.holdoutLabel':
    'Courbes des réachats cumulés après la calibration : {actual} réels, {expected} prévus à la fin.',
  'clv.forecast.holdoutPeriod': 'Période',
  'clv.forecast.holdoutActual': 'Réels (cumul)',
  'clv.forecast.holdoutExpected': 'Prévus (cumul)',
  'clv.forecast.holdoutFile': 'controle-prevision',
  'clv.forecast.tip.holdout.title': 'Contrôle sur la période de test',
  'clv.forecast.tip.holdout.meaning':
    'Les clients acquis avant la calibration : leurs réachats réels après elle (jours d’achat distincts), contre ceux que le modèle leur prévoyait. Des courbes proches disent que la prévision tient.',
  'clv.forecast.tip.holdout.formula':
    'Prévus(k) = Σ clients E[Y(tₖ) | x, tₓ, T], tₖ = fin de la période k ; écart = (prévus − réels) ÷ réels',
};
