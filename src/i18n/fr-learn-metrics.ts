// French text of the Learn page's entries on figures: AARRR, ROI against ROAS, unit costs, CLV,
// RFM, lead scoring, influencer tiers, engagement rates and the French disclosure law (loaded
// with the Learn screen only). The formulas are the ones the screens compute.
export const frLearnMetrics = {
  'learn.aarrr.title': 'Les étapes AARRR et leurs indicateurs',
  'learn.aarrr.body':
    'L’entonnoir « pirate » de Dave McClure suit un client en cinq étapes, chacune avec ses indicateurs :\nAcquisition, faire venir : portée, taux de clics (CTR), CPC, CPL, CAC.\nActivation, réussir la première expérience : taux d’inscription, taux de premier achat.\nRétention, faire revenir : taux de rétention, taux de réachat, taux d’attrition.\nRecommandation, faire parler de soi : taux de recommandation, NPS, partages.\nRevenus, rendre la relation rentable : panier moyen, ROAS, ROI, CLV.\nDonner une étape à chaque canal montre où va le budget : un plan tout en acquisition remplit un seau percé.',
  'learn.aarrr.example':
    'Sur 10 000 visiteurs (acquisition), 400 achètent une première fois (activation : 4 %), 120 rachètent dans l’année (rétention : 30 % des 400), 24 parrainent un proche (recommandation : 20 % des 120). Revenus : (400 + 120) achats × 50 € = 26 000 €.',
  'learn.aarrr.figure': 'la matrice AARRR (planificateur)',

  'learn.roi-roas.title': 'ROI et ROAS (et l’erreur des « 100 % »)',
  'learn.roi-roas.body':
    'ROI = (gains − coût) ÷ coût. Les gains sont le chiffre d’affaires ou la marge brute : l’écran ROI vous laisse choisir et le dit. Le point mort est à ROI 0 % : tout ROI au-dessus de 0 % est un bénéfice.\nCertains guides affirment qu’« un ROI supérieur à 100 % signifie un bénéfice » : c’est faux avec cette formule. Ils confondent le ROI avec le rapport gains ÷ coût, qui vaut 100 % au point mort.\nROAS = chiffre d’affaires ÷ coût, affiché ici en pourcentage (un ROAS de 4 s’écrit 400 %). Calculé sur le chiffre d’affaires, ROAS = ROI + 100 %. Mais le ROAS ignore la marge : un ROAS au-dessus de 1 (100 %) peut perdre de l’argent. À l’équilibre, ROAS = 1 ÷ taux de marge.',
  'learn.roi-roas.example':
    '10 000 € dépensés, 40 000 € de chiffre d’affaires : ROI = (40 000 − 10 000) ÷ 10 000 = 300 %, ROAS = 40 000 ÷ 10 000 = 400 %. Avec 20 % de marge brute, les gains tombent à 8 000 € : ROI = (8 000 − 10 000) ÷ 10 000 = −20 %, une perte malgré un ROAS de 4 ; l’équilibre demande un ROAS de 1 ÷ 0,2 = 5 (500 %). À l’inverse, 15 000 € de gains pour 10 000 € font un ROI de 50 % : 5 000 € de bénéfice, sous les « 100 % ».',
  'learn.roi-roas.figure': 'le ROI d’une campagne (simulateur de ROI)',

  'learn.unit-costs.title': 'CPM, CPC, CPL et CAC',
  'learn.unit-costs.body':
    'Chaque coût unitaire divise le coût par ce qu’il a obtenu, d’une étape de l’entonnoir à l’autre :\nCPM = coût ÷ impressions × 1 000 ; CPC = coût ÷ clics ; CPL = coût ÷ leads ; CAC = coût ÷ nouveaux clients.\nLe simulateur les calcule sur le coût complet (média, création et temps passé) ; les régies annoncent souvent le média seul : comparez des chiffres calculés de la même façon. Plus on descend dans l’entonnoir, plus le chiffre est proche de l’argent : un CPC bas avec peu de clients coûte cher. Le CAC se compare à ce qu’un client rapporte (sa CLV).',
  'learn.unit-costs.example':
    '2 000 € pour 400 000 impressions ; 0,5 % de clics = 2 000 clics ; 5 % deviennent des leads = 100 leads ; 20 % signent = 20 clients. CPM = 2 000 ÷ 400 000 × 1 000 = 5 € ; CPC = 2 000 ÷ 2 000 = 1 € ; CPL = 2 000 ÷ 100 = 20 € ; CAC = 2 000 ÷ 20 = 100 €.',
  'learn.unit-costs.figure': 'le CAC d’une campagne en entonnoir (simulateur de ROI)',

  'learn.clv.title': 'CLV, multiple de marge et règle du 3 : 1',
  'learn.clv.body':
    'La CLV (valeur vie client) est la marge brute qu’un client laisse sur toute la relation. Marge annuelle m = panier × achats par an × taux de marge.\nCLV simple = m × durée de vie, avec durée de vie = 1 ÷ (1 − r) pour une rétention r. Actualisée sur T ans au taux d : Σ m × rᵗ ÷ (1 + d)ᵗ. Sa limite sans horizon est m × (1 + d) ÷ (1 + d − r) quand la première marge est encaissée tout de suite ; le multiple de marge des manuels, r ÷ (1 + d − r), la compte après une première année de rétention. Les deux diffèrent d’exactement une marge annuelle : le simulateur montre les deux, nommées.\nCLV : CAC : visez au moins 3 : 1 ; sous 1 : 1 le client coûte plus qu’il ne rapporte ; au-delà de 5 : 1 on investit peut-être trop peu en acquisition. Retour sur le CAC en mois = CAC ÷ (m ÷ 12).',
  'learn.clv.example':
    'L’exemple du simulateur : panier 20 €, 10 achats par an, 40 % de marge, m = 20 × 10 × 40 % = 80 €. Rétention 60 %, actualisation 10 %, 5 ans : CLV ≈ 167,50 €. Pour un CAC de 50 €, CLV : CAC = 3,35 : 1. Le premier achat ne rapporte que 8 € face aux 50 € (−42 €), les cinq ans +117,50 €. Multiple des manuels : 0,6 ÷ (1,1 − 0,6) = 1,2, soit 96 € ; première marge comprise : 2,2, soit 176 €. Retour sur le CAC : 50 ÷ (80 ÷ 12) = 7,5 mois.',
  'learn.clv.figure': 'le CLV : CAC (simulateur de CLV)',

  'learn.rfm.title': 'RFM et scoring client',
  'learn.rfm.body':
    'Trois mesures par client : R, la récence (jours depuis la dernière commande) ; F, la fréquence (nombre de commandes) ; M, le montant (total dépensé). Chacune reçoit un score de 1 à 5 par quintile parmi vos clients (5 = le plus récent, le plus fréquent, le plus gros) ; deux clients de même valeur ont le même score.\nLes segments se lisent sur R et sur FM, la moyenne de F et M : des champions à récompenser, des clients à risque à reconquérir, des perdus à relancer une dernière fois. Le scoring client, plus largement, classe les clients selon leurs chances de racheter pour dépenser là où ça rapporte.',
  'learn.rfm.example':
    'Un client a commandé il y a 12 jours (R 5), 9 fois (F 5), pour 610 € (M 4) : code 554, FM = (5 + 4) ÷ 2 = 4,5, un champion. Un autre, dernière commande il y a 300 jours (R 1) mais 8 commandes (F 5) et 520 € (M 4) : FM 4,5, « à ne pas perdre », à relancer maintenant.',
  'learn.rfm.figure': 'les segments RFM des commandes (écran CLV)',

  'learn.lead-scoring.title': 'Scoring de leads',
  'learn.lead-scoring.body':
    'Chaque lead reçoit des points : d’adéquation (qui il est : secteur, taille, fonction, zone), qui ne s’effacent pas, et de comportement (ce qu’il a fait : ouverture, téléchargement, demande de démo), qui s’effacent avec le temps (par défaut divisés par deux tous les 30 jours) ou ne comptent que dans une fenêtre.\nDes plafonds empêchent un groupe d’écraser l’autre. Deux seuils classent les leads : MQL (à faire mûrir par le marketing, 30 points par défaut) et SQL (à appeler par les commerciaux, 50). La grille A–C × 1–3 sépare adéquation et comportement ; la pré-qualification met de côté les leads injoignables ou hors zone. Sous une centaine de leads par mois, les trier par date de dernier contact sert aussi bien.',
  'learn.lead-scoring.example':
    'Un directeur (+20) d’une entreprise de 50 à 200 salariés (+10) a demandé une démo il y a 15 jours (30 × 0,5^(15 ÷ 30) = 21,2) et ouvert une newsletter il y a 60 jours (5 × 0,25 = 1,25) : 20 + 10 + 21,2 + 1,25 = 52,5 points, au-dessus de 50 : SQL.',
  'learn.lead-scoring.figure': 'le modèle de scoring (écran Leads)',

  'learn.influencer-tiers.title': 'Paliers d’influenceurs',
  'learn.influencer-tiers.body':
    'Par nombre d’abonnés : nano de 1 000 à 9 999, micro de 10 000 à 99 999, macro de 100 000 à 999 999, méga à partir de 1 000 000 ; en dessous de 1 000, on ne parle pas d’influenceur. Les petits comptes ont une communauté plus proche, un engagement plus fort et un prix plus bas ; les grands apportent la portée. Comparez l’engagement et le prix d’un compte à ceux de son palier, pas à ceux des autres.',
  'learn.influencer-tiers.example':
    '12 500 abonnés : micro ; 9 999 : nano. Pour 2 500 €, dix micro-influenceurs à 250 € touchent ensemble environ 150 000 abonnés très engagés ; un macro à 2 500 € peut en toucher 300 000, moins engagés.',
  'learn.influencer-tiers.figure': 'la colonne Palier (écran Influenceurs)',

  'learn.engagement.title': 'Taux d’engagement : le dénominateur change tout',
  'learn.engagement.body':
    'Engagement = interactions (j’aime + commentaires, parfois + partages et enregistrements) ÷ un dénominateur, et le dénominateur change tout :\npar abonnés, la mesure habituelle d’Instagram, comparable d’un compte à l’autre mais qui compte des abonnés qui n’ont jamais vu le post ;\npar portée (les personnes qui l’ont vu), plus élevé, qui demande les statistiques du créateur ;\npar impressions (chaque affichage compte), plus bas que par portée quand on voit le post plusieurs fois.\nLes outils ne s’accordent pas entre eux : chaque taux doit nommer sa formule. La feuille montre le taux par abonnés et le taux par vues ou portée, avec la médiane des derniers posts dès que trois sont saisis.',
  'learn.engagement.example':
    'Un post à 600 j’aime + 40 commentaires = 640 interactions, sur un compte de 20 000 abonnés, vu par 8 000 personnes, affiché 10 000 fois : 640 ÷ 20 000 = 3,2 % par abonnés, 640 ÷ 8 000 = 8 % par portée, 640 ÷ 10 000 = 6,4 % par impressions. Un même post, trois taux.',
  'learn.engagement.figure': 'la colonne ER ÷ abonnés (écran Influenceurs)',

  'learn.disclosure.title': 'Influence commerciale : la loi du 9 juin 2023',
  'learn.disclosure.body':
    'La loi n° 2023-451 du 9 juin 2023 (article 5) impose, pour toute promotion faite contre rémunération ou avantage, la mention « Publicité » ou « Collaboration commerciale », claire, lisible et identifiable sur l’image ou la vidéo, dans chaque format et pendant toute la promotion (pas seulement dans la légende, ni noyée parmi les hashtags).\nUn visage ou un corps retouché doit porter « Images retouchées » ; généré par un logiciel, « Images virtuelles ». L’ordonnance n° 2024-978 du 6 novembre 2024 admet une mention équivalente adaptée au format. Le manquement expose jusqu’à deux ans d’emprisonnement et 300 000 € d’amende. Ceci est une information, pas un conseil juridique.',
  'learn.disclosure.example':
    'Une story de trois écrans payée 400 € avec un code promo : « Collaboration commerciale » sur l’image de chacun des trois écrans, de la première à la dernière seconde ; si un filtre lisse la peau, « Images retouchées » en plus.',
  'learn.disclosure.figure': 'la liste de transparence d’un influenceur (écran Influenceurs)',
} as const;
