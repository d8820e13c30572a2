// French strings: the reference language. en.ts must have exactly the same keys (the type
// system checks it). Placeholders are written {name} and filled by translate().
import { frBudget } from './fr-budget';
import { frCharts } from './fr-charts';
import { frPlanner } from './fr-planner';
import { frGridFixes } from './fr-grid-fixes';
import { frStorage } from './fr-storage';
import { frFixes } from './fr-fixes';
import { frSync } from './fr-sync';

export const fr = {
  ...frBudget,
  ...frCharts,
  ...frPlanner,
  ...frGridFixes,
  ...frStorage,
  ...frFixes,
  ...frSync,
  'app.name': 'Mixplan',
  'app.tagline': 'Budgets marketing média et hors-média, sur votre machine.',
  'app.privacy':
    'Vos données restent dans ce navigateur : pas de compte, pas de serveur, aucune requête vers Internet.',
  'app.loading': 'Chargement…',
  'app.skip': 'Aller au contenu',

  'nav.label': 'Écrans',
  'nav.planner': 'Planificateur',
  'nav.roi': 'ROI',
  'nav.clv': 'CLV',
  'nav.influencers': 'Influenceurs',
  'nav.leads': 'Leads',
  'nav.data': 'Données',
  'nav.learn': 'Apprendre',
  'nav.settings': 'Réglages',
  // The planner's button to presenter mode (#/present), whose own strings load with it.
  'planner.present': 'Présenter',

  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'tip.learnMore': 'En savoir plus',
  'common.delete': 'Supprimer',
  'common.undo': 'Annuler la suppression',
  'common.save': 'Enregistrer',
  'common.rename': 'Renommer',
  'common.duplicate': 'Dupliquer',
  'common.never': 'jamais',

  'welcome.title': 'Bienvenue dans Mixplan',
  'welcome.intro':
    'Planifiez un budget marketing qui mêle média (TV, radio, presse, affichage, digital payant) et hors-média (salons, marketing direct, RP, street marketing, influence…).',
  'welcome.demo': 'Ouvrir le plan de démonstration',
  'welcome.demoHint':
    'Une boutique de vêtements sur un an : publicité sociale, ateliers en boutique, fidélité, pop-up store, micro-influenceurs.',
  'welcome.empty': 'Commencer un plan vide',
  'welcome.emptyHint': 'Vos propres canaux, votre devise, vos mois.',
  'welcome.examples': 'Ou découvrir les exemples guidés',

  'plans.title': 'Mes plans',
  'plans.new': 'Nouveau plan',
  'plans.defaultName': 'Nouveau plan',
  'plans.copyName': '{name} (copie)',
  'plans.none': 'Aucun plan pour l’instant.',
  'plans.exampleBadge': 'Exemple',
  'plans.open': 'Ouvrir',
  'plans.current': 'plan ouvert',
  'plans.updated': 'modifié le {date}',
  'plans.actionsFor': 'Actions pour {name}',
  'plans.renameLabel': 'Nouveau nom du plan « {name} »',
  'plans.deleteTitle': 'Supprimer ce plan ?',
  'plans.deleteConfirm':
    'Le plan « {name} » et ses {count} canaux seront supprimés. Vous pourrez annuler juste après.',
  'plans.deleted': 'Plan « {name} » supprimé.',
  'plans.restored': 'Plan « {name} » rétabli.',
  'plans.duplicated': 'Copie créée : « {name} ».',
  'plans.created': 'Plan « {name} » créé.',

  'plan.settings': 'Réglages du plan',
  'plan.name': 'Nom du plan',
  'plan.currency': 'Devise',
  'plan.locale': 'Format des nombres',
  'plan.firstMonth': 'Premier mois',
  'plan.monthCount': 'Nombre de mois',
  'plan.targetBudget': 'Budget cible',
  'plan.targetBudgetHint': 'Par exemple 48 000 ou 12 500,50. Laissez vide si aucun.',
  'plan.saved': 'Réglages du plan enregistrés.',
  'plan.fieldError': '{field} : {reason}',
  'plan.error.required': 'obligatoire.',
  'plan.error.too-long': 'trop long (120 caractères au plus).',
  'plan.error.unsupported': 'devise non prise en charge.',
  'plan.error.invalid': 'mois invalide (AAAA-MM).',
  'plan.error.out-of-range': 'entre 12 et 60 mois.',

  'locale.fr-FR': 'Français — 1 234,56',
  'locale.en-GB': 'Anglais (R.-U.) — 1,234.56',
  'locale.en-US': 'Anglais (É.-U.) — 1,234.56',

  'parse.empty': 'la valeur est vide.',
  'parse.not-a-number': '« {input} » n’est pas un nombre.',
  'parse.bad-grouping': '« {input} » : les séparateurs de milliers sont mal placés.',
  'parse.ambiguous':
    '« {input} » est ambigu : utilisez la virgule pour les décimales (12,5) ou changez le format des nombres du plan.',
  'parse.too-many-decimals': '« {input} » : deux décimales au plus pour un montant.',
  'parse.negative': '« {input} » : un montant négatif n’est pas accepté ici.',
  'parse.too-large': '« {input} » est trop grand.',

  'grid.cellError': '{column} : {reason}',
  'grid.pasteRefused': 'Rien n’a été collé : {count} valeur(s) refusée(s). {first}',
  'grid.pasteTooLarge':
    'Rien n’a été collé : le bloc dépasse la grille de {rows} ligne(s) et {cols} colonne(s).',
  'grid.pasteGrow': 'Le bloc collé dépasse la grille de {rows} ligne(s). Ajouter ces lignes ?',
  'grid.fillRefused': 'Recopie impossible : {count} valeur(s) refusée(s). {first}',
  'grid.clipboardEmpty': 'Le presse-papiers ne contient aucune cellule.',
  'grid.addRows': 'Ajouter les lignes',
  'cell.not-an-integer': '« {input} » n’est pas un nombre entier.',
  'cell.not-a-choice': '« {input} » ne fait pas partie des choix proposés.',
  'cell.read-only': 'cette cellule est calculée : elle ne se modifie pas.',
  'cell.bad-expression': 'la formule « {input} » est incorrecte (caractère {at}).',
  'cell.division-by-zero': 'la formule « {input} » divise par zéro.',

  'storage.quota':
    'Le stockage du navigateur est plein : rien n’a été enregistré et vos saisies restent à l’écran. Libérez de la place puis réessayez.',
  'storage.unavailable':
    'Le stockage du navigateur est indisponible (navigation privée ou base fermée) : rien n’a été enregistré, vos saisies restent à l’écran.',
  'storage.unknown':
    'Échec de l’enregistrement : rien n’a été modifié, vos saisies restent à l’écran. ({detail})',

  'channels.title': 'Canaux du plan',
  'channels.count': '{count} canaux',
  'channels.none': 'Aucun canal dans ce plan.',
  'channels.name': 'Canal',
  'channels.family': 'Famille',
  'channels.poe': 'Payé / possédé / gagné',
  'channels.stage': 'Étape AARRR',
  'channels.kpi': 'KPI',
  'family.media': 'Média',
  'family.hors-media': 'Hors-média',
  'poe.paid': 'Payé',
  'poe.owned': 'Possédé',
  'poe.earned': 'Gagné',
  'stage.acquisition': 'Acquisition',
  'stage.activation': 'Activation',
  'stage.retention': 'Rétention',
  'stage.referral': 'Recommandation',
  'stage.revenue': 'Revenu',

  'settings.title': 'Réglages',
  'settings.language': 'Langue de l’interface',
  'settings.theme': 'Thème',
  'theme.system': 'Celui du système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  'settings.storage': 'Stockage',
  'settings.persistence': 'Conservation des données',
  'persistence.persisted':
    'persistante : le navigateur ne les effacera pas pour faire de la place.',
  'persistence.best-effort':
    'au mieux : le navigateur pourrait les effacer si le disque est plein. Faites des sauvegardes.',
  'persistence.unsupported': 'non déterminée par ce navigateur.',
  'settings.lastBackup': 'Dernière sauvegarde',

  'update.available': 'Une nouvelle version de Mixplan est prête.',
  'update.reload': 'Mettre à jour',
  'update.later': 'Plus tard',
  'offline.ready': 'Mixplan fonctionne maintenant hors connexion.',
} as const;
