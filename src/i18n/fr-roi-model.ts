// French strings of the ROI screen's model panels (merged into fr.ts): response curves and
// carry-over, the budget allocator and its explanations, the uncertainty simulation and the
// tornado, and their charts. Figures come filled in through {placeholders}.
export const frRoiModel = {
  'roiModel.unreadable': 'Ce n’est pas un nombre lisible.',
  'roiModel.perEuro': '{value} par euro',
  'roiModel.basis.revenue': 'chiffre d’affaires',
  'roiModel.basis.margin': 'marge brute',

  'roiModel.curves.title': 'Courbes de réponse',
  'roiModel.curves.intro':
    'Dépenser plus sur un canal ne multiplie pas le retour d’autant : passé un certain point, chaque euro de plus rapporte de moins en moins. La courbe de chaque campagne part de son point d’aujourd’hui (dépense média, retour) et d’une phrase que vous ajustez : ce qu’ajouterait un doublement du budget. R(x) = Rmax·xˢ/(xˢ+Kˢ).',
  'roiModel.curves.empty': 'Ajoutez une campagne pour voir sa courbe.',
  'roiModel.curve.today':
    'Aujourd’hui\u00a0: {spend} de dépense média → {gains} de retour ({basis}).',
  'roiModel.curve.doublingSentence': 'Doubler ce budget ajouterait environ +{gain} de retour',
  'roiModel.curve.doublingGain': 'Gain d’un doublement du budget',
  'roiModel.curve.doublingHint':
    'Plus ce chiffre est bas, plus le canal est saturé. Il doit être supérieur à 0\u00a0% et inférieur à {max} pour cette forme de courbe.',
  'roiModel.curve.shape': 'Forme de la courbe',
  'roiModel.curve.sShape':
    'Courbe en S (démarrage lent : le canal répond peu tant que la dépense est faible)',
  'roiModel.curve.concaveHint':
    'Courbe concave (s = 1) : dès le premier euro, chaque euro de plus rapporte un peu moins que le précédent.',
  'roiModel.curve.sShapeHint':
    'Courbe en S : le rendement d’un euro de plus monte d’abord, puis baisse une fois passé le point d’inflexion.',
  'roiModel.curve.shapeValue': 'Forme s (de 1 à 3)',
  'roiModel.curve.profitableUpTo':
    'Un euro de plus rapporte plus d’un euro de retour jusqu’à environ {limit} de dépense ; au-delà, il rapporte moins qu’il ne coûte.',
  'roiModel.curve.neverProfitable':
    'À aucun niveau de dépense un euro de plus ne rapporte un euro de retour : la dépense supplémentaire ne se rembourse pas.',
  'roiModel.curve.mediaOnly':
    'La courbe relie la dépense média au retour ; les coûts de création et le temps de l’équipe n’y entrent pas.',
  'roiModel.double.question': 'Et si je double ce budget ?',
  'roiModel.double.saturating':
    'Doubler la dépense (×2) donne {multiple} de retour, pas ×2 : chaque euro de plus rapporte de moins en moins (saturation).',
  'roiModel.double.accelerating':
    'Doubler la dépense (×2) donne {multiple} de retour : la courbe en S n’a pas encore passé son point d’inflexion, chaque euro de plus rapporte encore davantage ; la saturation vient plus loin.',
  'roiModel.double.extra':
    'Les {spend} de plus rapportent {gain} de plus, soit {perEuro} par euro ajouté.',
  'roiModel.multiples.caption': '{name} : la dépense multipliée, et le retour qui suit',
  'roiModel.multiples.multiple': 'Dépense ×',
  'roiModel.multiples.spend': 'Dépense média',
  'roiModel.multiples.return': 'Retour ({basis})',
  'roiModel.multiples.returnMultiple': 'Retour ×',
  'roiModel.multiples.roi': 'ROI de la dépense média',
  'roiModel.multiples.marginal': 'Rendement marginal',

  'roiModel.carry.title': 'Rémanence (effet différé)',
  'roiModel.carry.enable': 'Une partie de l’effet d’un mois se prolonge les mois suivants',
  'roiModel.carry.guidance':
    'Repère pour {group} : θ entre {low} et {high} (proposé : {suggested}).',
  'roiModel.carry.noGuidance':
    'Pas de repère publié pour ce type de canal : {suggested} proposé (pas de rémanence).',
  'roiModel.carry.source':
    'Source : Robyn (Meta) — TV 0,3–0,8 ; affichage, presse, radio 0,1–0,4 ; numérique 0–0,3.',
  'roiModel.carry.theta': 'θ (part de l’effet reportée d’un mois sur le suivant)',
  'roiModel.carry.useSuggested': 'Utiliser la valeur proposée ({suggested})',
  'roiModel.carry.meaning':
    'Avec θ = {theta}, {share} de l’effet d’un euro se produit dans les 4 mois (celui de la dépense compris).',
  'roiModel.carry.steady':
    'À dépense constante, l’effet cumulé vaut {factor} fois la dépense d’un mois (1 ÷ (1 − θ)).',
  'roiModel.carry.decay': 'Un euro dépensé ce mois-ci agit encore, mois après mois : {months}.',
  'roiModel.carry.group.tv': 'la TV et le cinéma',
  'roiModel.carry.group.outdoor-press-radio': 'l’affichage, la presse et la radio',
  'roiModel.carry.group.digital': 'le numérique',
  'roiModel.carry.group.other': 'ce canal',

  'roiModel.calibration.spendNotPositive':
    'Pas de courbe sans dépense média : la courbe part de la dépense d’aujourd’hui, qui doit être supérieure à 0.',
  'roiModel.calibration.returnNotPositive':
    'Pas de courbe sans retour : le retour d’aujourd’hui (les gains de la campagne) doit être supérieur à 0.',
  'roiModel.calibration.doublingOutOfRange':
    'Doit être supérieur à 0\u00a0% et inférieur à {max} pour cette forme de courbe (à {max}, le canal ne saturerait jamais).',
  'roiModel.calibration.shapeOutOfRange': 'La forme s doit être comprise entre {min} et {max}.',

  'roiModel.error.carryOverOutOfRange': 'θ doit rester entre 0 et {max}.',

  'roiModel.allocator.title': 'Répartition du budget',
  'roiModel.allocator.intro':
    'La répartition déplace le budget vers les canaux où un euro de plus rapporte le plus, dans vos bornes, au centime près. Elle lit la courbe de réponse de chaque campagne.',
  'roiModel.allocator.issuesTitle': 'À corriger avant de lancer :',
  'roiModel.allocator.fieldErrors':
    '{count, plural, one {# saisie à corriger} other {# saisies à corriger}} dans les bornes ou l’objectif avant de lancer.',
  'roiModel.allocator.run': 'Répartir le budget',
  'roiModel.allocator.skipped': '{name} n’est pas réparti : {reason}',
  'roiModel.objective.title': 'Objectif',
  'roiModel.objective.max-return': 'Le retour le plus élevé pour un budget donné',
  'roiModel.objective.target-return': 'La dépense la plus faible qui atteint un retour cible',
  'roiModel.objective.target-roas':
    'La plus grande dépense qui garde le ROAS au moins égal à une cible',
  'roiModel.objective.target-cpa':
    'La plus grande dépense qui garde le coût par client (CPA) au plus égal à une cible',
  'roiModel.objective.value.max-return': 'Budget à répartir',
  'roiModel.objective.value.target-return': 'Retour cible',
  'roiModel.objective.value.target-roas': 'ROAS cible (retour ÷ dépense média)',
  'roiModel.objective.value.target-cpa': 'CPA cible (dépense média ÷ clients)',
  'roiModel.objective.useCurrent': 'Reprendre la dépense actuelle ({spend})',
  'roiModel.bounds.today': 'aujourd’hui : {spend}',
  'roiModel.bounds.min': 'Minimum — {name}',
  'roiModel.bounds.max': 'Maximum — {name}',
  'roiModel.bounds.lock': 'Verrouiller {name} (garde sa dépense actuelle)',
  'roiModel.bounds.minimumBuyOn': 'Achat minimum pour {name} (rien, ou au moins ce montant)',
  'roiModel.bounds.minimumBuy': 'Achat minimum — {name}',
  'roiModel.bounds.hint': 'Un maximum vide veut dire : pas de plafond.',
  'roiModel.issue.noChannel':
    'Le budget ne peut être réparti sur aucune campagne : il en faut au moins une dont la courbe se calibre (une dépense média et un retour supérieurs à 0).',
  'roiModel.issue.budgetNotPositive': 'Le budget à répartir doit être supérieur à 0.',
  'roiModel.issue.minAboveMax': '{name} : le minimum ({min}) dépasse le maximum ({max}).',
  'roiModel.issue.minimumBuyAboveMax':
    '{name} : l’achat minimum ({buy}) dépasse le maximum ({max}).',
  'roiModel.issue.minimumsAboveBudget':
    'La somme des minimums ({minimums}) dépasse le budget ({budget}).',
  'roiModel.issue.maximumsBelowBudget':
    'La somme des maximums ({maximums}) est inférieure au budget ({budget}) : le budget ne pourrait pas être réparti en entier.',
  'roiModel.issue.targetUnreachable':
    'La cible n’est pas atteignable avec ces courbes et ces bornes : au mieux {best}.',
  'roiModel.issue.cpaNeedsCustomers':
    '{name} : un CPA cible demande le nombre de clients de la ligne (saisissez ses gains en entonnoir).',

  'roiModel.result.title': 'Résultat',
  'roiModel.result.caption': 'Avant et après la répartition, par canal',
  'roiModel.result.channel': 'Canal',
  'roiModel.result.spendBefore': 'Dépense avant',
  'roiModel.result.spendAfter': 'Dépense après',
  'roiModel.result.shift': 'Écart',
  'roiModel.result.returnBefore': 'Retour avant',
  'roiModel.result.returnAfter': 'Retour après',
  'roiModel.result.marginalBefore': 'Rendement marginal avant',
  'roiModel.result.marginalAfter': 'Rendement marginal à l’optimum',
  'roiModel.result.total': 'Total',
  'roiModel.result.totals': 'Retour total : {before} → {after} ({change}).',
  'roiModel.result.methodWaterFilling':
    'Méthode : égalisation des rendements marginaux (exact pour des courbes concaves).',
  'roiModel.result.methodGreedy':
    'Méthode : recherche gloutonne sur une grille, plusieurs départs (courbes en S).',
  'roiModel.result.marginalLevel': 'Rendement marginal commun à l’optimum : {value} par euro.',
  'roiModel.result.write': 'Écrire comme nouveau scénario du plan',
  'roiModel.result.writing': 'Écriture…',
  'roiModel.result.written': 'Nouveau scénario écrit ; le plan d’origine n’a pas changé.',
  'roiModel.result.writeFailed': 'Le scénario n’a pas pu être écrit : réessayez.',
  'roiModel.result.writeHint':
    'Une copie du plan reçoit la nouvelle répartition ; l’original reste tel quel.',
  'roiModel.result.notWritten': 'Non écrites (pas de canal dans le plan) : {names}.',
  'roiModel.explain.gained': 'reçoit {delta} : chaque euro de plus y rapportait {marginal}.',
  'roiModel.explain.gainedCompared':
    'reçoit {delta} : chaque euro de plus y rapporte {marginal}, contre {otherMarginal} sur {other}.',
  'roiModel.explain.lost': 'perd {lost} : chaque euro y rapportait {marginal}, moins qu’ailleurs.',
  'roiModel.explain.lostCompared':
    'perd {lost} : chaque euro y rapporte {marginal}, contre {otherMarginal} sur {other}.',
  'roiModel.explain.locked': 'verrouillé : garde {after}.',
  'roiModel.explain.atMin':
    'reste à son minimum ({after}, {delta}) : un euro de plus n’y rapporterait que {marginalAfter}, moins qu’ailleurs.',
  'roiModel.explain.atMax':
    'atteint son maximum ({after}, {delta}) : un euro de plus y rapporterait encore {marginalAfter}, mais le plafond est fixé.',
  'roiModel.explain.minimumBuyZero':
    'ne reçoit rien : son achat minimum ({buy}) rapporterait moins que le même budget ailleurs.',
  'roiModel.explain.unchanged':
    'inchangé ({after}) : chaque euro de plus y rapporte {marginalAfter}.',

  'roiModel.mc.title': 'Incertitude',
  'roiModel.mc.intro':
    'Donnez une fourchette (bas, haut) aux valeurs dont vous n’êtes pas sûr : la simulation tire des milliers de combinaisons au hasard (avec une graine fixe, donc reproductibles) et montre l’éventail des ROI possibles. Sans fourchette, une valeur est tenue pour exacte.',
  'roiModel.mc.settings': 'Réglages de la simulation',
  'roiModel.mc.distribution': 'Loi de tirage',
  'roiModel.mc.pert': 'PERT (la valeur probable pèse le plus)',
  'roiModel.mc.triangular': 'Triangulaire',
  'roiModel.mc.draws': 'Nombre de tirages',
  'roiModel.mc.seed': 'Graine (même graine, mêmes résultats)',
  'roiModel.mc.target': 'ROI cible (facultatif)',
  'roiModel.mc.run': 'Lancer la simulation',
  'roiModel.mc.running': 'Calcul en cours…',
  'roiModel.mc.failed': 'La simulation a échoué : relancez-la.',
  'roiModel.mc.blocked':
    '{count, plural, one {# saisie à corriger} other {# saisies à corriger}} avant de lancer.',
  'roiModel.mc.stale':
    'Les saisies ont changé depuis ce calcul : relancez la simulation pour le mettre à jour.',
  'roiModel.mc.caption': 'Résultats sur {draws} tirages',
  'roiModel.mc.mean': 'Moyenne',
  'roiModel.mc.roi': 'ROI',
  'roiModel.mc.netGain': 'Gain net',
  'roiModel.mc.reading':
    'P10, P50, P90 : 9 chances sur 10 que le ROI dépasse {p10}, 1 chance sur 2 qu’il dépasse {p50}, 1 chance sur 10 qu’il dépasse {p90}.',
  'roiModel.mc.loss': 'Risque de perdre de l’argent (ROI sous 0\u00a0%) : {chance}.',
  'roiModel.mc.targetChance':
    'Chance d’atteindre ou de dépasser le ROI cible de {target} : {chance}.',
  'roiModel.mc.noRange':
    'Aucune valeur n’a de fourchette : tous les tirages donnent le même résultat.',
  'roiModel.range.low': 'Bas',
  'roiModel.range.likely': 'Probable',
  'roiModel.range.high': 'Haut',
  'roiModel.range.exact': 'Bas et haut vides : valeur tenue pour exacte.',
  'roiModel.range.ranged': 'Fourchette tirée par la simulation.',
  'roiModel.range.fromPlan': '{value} (prévu au plan pour {channel})',
  'roiModel.range.lowAboveLikely':
    'Refusé : le bas ne peut pas dépasser la valeur probable ({likely}).',
  'roiModel.range.highBelowLikely':
    'Refusé : le haut ne peut pas être inférieur à la valeur probable ({likely}).',
  'roiModel.range.likelyBelowLow':
    'Refusé : la valeur probable ne peut pas être inférieure au bas ({low}).',
  'roiModel.range.likelyAboveHigh':
    'Refusé : la valeur probable ne peut pas dépasser le haut ({high}).',
  'roiModel.field.mediaCost': 'Achat média',
  'roiModel.field.creativeCost': 'Création et production',
  'roiModel.field.staffHours': 'Temps de l’équipe (heures)',
  'roiModel.field.staffHourlyCost': 'Coût horaire chargé',
  'roiModel.field.revenue': 'Chiffre d’affaires généré',
  'roiModel.field.impressions': 'Impressions',
  'roiModel.field.reach': 'Couverture (personnes atteintes)',
  'roiModel.field.clickRate': 'Taux de clic (CTR)',
  'roiModel.field.leadRate': 'Taux de conversion en lead',
  'roiModel.field.closeRate': 'Taux de closing (leads → clients)',
  'roiModel.field.averageBasket': 'Panier moyen',
  'roiModel.field.marginRate': 'Taux de marge brute',
  'roiModel.tornado.title': 'Sensibilité : quelles saisies pèsent le plus sur le ROI ?',
  'roiModel.tornado.intro':
    'Chaque barre montre le ROI total quand une seule saisie baisse ou monte de 20\u00a0%, les autres restant à leur valeur probable. ROI d’aujourd’hui : {roi}.',
  'roiModel.tornado.input': '{name} — {field}',
  'roiModel.tornado.empty': 'Pas de sensibilité à montrer : il faut au moins un coût.',

  'roiModel.chart.curve.return': 'Retour ({basis})',
  'roiModel.chart.curve.breakEven': 'Point mort (retour = dépense)',
  'roiModel.chart.curve.today': 'Aujourd’hui',
  'roiModel.chart.curve.marginal': 'ROI marginal (R′ − 1)',
  'roiModel.chart.curve.spendAxis': 'Dépense média',
  'roiModel.chart.curve.title': 'Courbe de réponse — {name}',
  'roiModel.chart.curve.todayRow': 'Aujourd’hui ({spend})',
  'roiModel.chart.curve.label':
    'Courbe de réponse de {name} : aujourd’hui {spend} de dépense pour {return} de retour ; à {max} de dépense, {atMax} de retour. Droite du point mort, et ROI marginal sur l’axe de droite.',
  'roiModel.chart.curve.file': 'courbe-de-reponse-{name}',
  'roiModel.chart.histogram.band': '{from} à {to}',
  'roiModel.chart.histogram.draws': 'Tirages',
  'roiModel.chart.histogram.roi': 'ROI',
  'roiModel.chart.histogram.share': 'Part',
  'roiModel.chart.histogram.title': 'Répartition des ROI simulés',
  'roiModel.chart.histogram.label': 'Histogramme de {draws} ROI simulés, de {from} à {to}.',
  'roiModel.chart.histogram.file': 'histogramme-roi',
  'roiModel.chart.tornado.down': 'Saisie −{share}',
  'roiModel.chart.tornado.up': 'Saisie +{share}',
  'roiModel.chart.tornado.capped': '(taux plafonné à 100\u00a0%)',
  'roiModel.chart.tornado.input': 'Saisie',
  'roiModel.chart.tornado.swing': 'Écart de ROI',
  'roiModel.chart.tornado.title': 'ROI total pour ±{share} sur chaque saisie',
  'roiModel.chart.tornado.label':
    'Diagramme en tornade : ROI total quand chaque saisie bouge seule, autour de {roi} ; la plus influente : {first}.',
  'roiModel.chart.tornado.file': 'tornade-roi',
} as const;
