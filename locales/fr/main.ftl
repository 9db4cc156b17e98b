## The language itself
language-endonym = Français
language-switcher-label = Choisir une langue

## Layout
service-name = Dialogues
service-tagline = Suivi des dossiers pour le travail individuel Developing Dialogues
skip-link = Aller au contenu principal
footer-illustrative = Dialogues est un logiciel de suivi des dossiers. Le contenu de pratique fourni avec lui est illustratif et n'est pas un document officiel du HMPPS.
footer-meta-label = Liens d'assistance

## Dates
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Home page
home-page-title = Accueil
home-title = Dialogues
home-lead = Préparer, mener et consigner des entretiens individuels structurés, tenir à jour une formulation structurée, et bénéficier de la supervision et de la formation qu'exige ce travail.
home-encrypted = Tout ce que vous écrivez sur une personne est chiffré : seuls vous, vos superviseurs et la clé de récupération de votre organisation pouvez le lire.
home-setup-heading = Cette organisation n'est pas encore configurée
home-setup-body = Un administrateur configure Dialogues une seule fois, en ligne de commande sur la machine où il fonctionne (précédée de cargo run --release -- depuis le code source) :
home-setup-then = La commande demande le mot de passe de l'administrateur et écrit la clé de récupération de l'organisation dans un nouveau fichier, à conserver hors ligne. Rechargez ensuite cette page et connectez-vous.

## Error pages
error-not-found-title = Page introuvable
error-not-found-body = Si vous avez saisi l'adresse web, vérifiez qu'elle est correcte. Si vous l'avez collée, vérifiez que vous avez copié l'adresse entière.
error-not-found-home = Aller à la page d'accueil
error-server-title = Désolé, le service rencontre un problème
error-server-body = Réessayez plus tard. Rien de ce que vous aviez enregistré auparavant n'a été perdu.
error-server-reference = Si vous contactez votre administrateur, donnez-lui cette référence : { $reference }

## Toolkit in use
footer-toolkit = Boîte à outils :
footer-toolkit-version = version { $version }
footer-toolkit-content = contenu { $hash }
home-toolkit-heading = Contenu de pratique
home-toolkit-modules = { $count ->
        [one] { $count } module d'entretien
       *[other] { $count } modules d'entretien
    }
home-toolkit-factors = { $count ->
        [one] { $count } facteur de formulation
       *[other] { $count } facteurs de formulation
    }

## Forms and notices shared by every page
error-summary-title = Il y a un problème
error-title-prefix = Erreur :
error-prefix = Erreur :
warning-prefix = Avertissement
notice-success = Succès

## Header when signed in
nav-label = Votre compte
nav-your-account = Votre compte
nav-accounts = Comptes
nav-sign-out = Se déconnecter

## Roles
role-facilitator = Facilitateur
role-supervisor = Superviseur
role-training-manager = Responsable de formation
role-administrator = Administrateur
role-learner = Apprenant (tout le monde peut suivre la remise à niveau appliquée)

## Sign in and out
sign-in-title = Se connecter
sign-in-email = Adresse e-mail
sign-in-password = Mot de passe
sign-in-button = Se connecter
sign-in-help = Si vous avez oublié votre mot de passe, ou si vous n'avez pas encore de compte, adressez-vous à un administrateur de votre organisation.
sign-in-notice-activated = Votre mot de passe est défini. Vous pouvez maintenant vous connecter.
sign-in-problem-email-missing = Saisissez votre adresse e-mail
sign-in-problem-password-missing = Saisissez votre mot de passe
sign-in-problem-not-recognised = L'adresse e-mail ou le mot de passe est incorrect, ou le compte ne peut pas être utilisé. Vérifiez-les et réessayez. Si cela ne fonctionne toujours pas, demandez à un administrateur de vérifier votre compte.
sign-in-problem-throttled = { $count ->
    [one] Il y a eu trop de tentatives de connexion. Patientez { $count } minute, puis réessayez.
   *[other] Il y a eu trop de tentatives de connexion. Patientez { $count } minutes, puis réessayez.
}
signed-out-title = Vous êtes déconnecté
signed-out-body = Votre session est terminée et vos clés ont été effacées de la mémoire du serveur.
signed-out-again = Se reconnecter

## Set a password with a one-time link
activate-title = Définir votre mot de passe
activate-button = Définir le mot de passe
link-problem-title = Ce lien ne peut pas être utilisé
link-problem-body = Le lien a expiré, a déjà été utilisé ou est incomplet.
link-problem-action = Demandez un nouveau lien à un administrateur de votre organisation.
password-new = Nouveau mot de passe
password-confirm = Saisissez à nouveau le nouveau mot de passe
password-current = Mot de passe actuel
password-hint = Au moins 12 caractères. Il n'y a pas d'autre règle : trois ou quatre mots choisis au hasard font un mot de passe robuste et facile à retenir.
password-problem-missing = Saisissez un mot de passe
password-problem-too-short = Le mot de passe doit comporter au moins 12 caractères
password-problem-too-long = Le mot de passe doit comporter 256 caractères au maximum
password-problem-common = Ce mot de passe est trop courant ou trop facile à deviner. Essayez trois ou quatre mots choisis au hasard
password-problem-mismatch = Les deux mots de passe ne correspondent pas. Saisissez le même mot de passe dans les deux champs
password-problem-current-missing = Saisissez votre mot de passe actuel
password-problem-current-wrong = Votre mot de passe actuel est incorrect

## Your account
account-title = Votre compte
account-name = Nom
account-email = Adresse e-mail
account-roles = Rôles
account-supervisors = Superviseurs
account-status = Statut
account-password = Mot de passe
account-change = Modifier
account-status-active = Actif
account-status-awaiting = En attente de la définition du mot de passe
account-status-disabled = Désactivé
account-language-heading = Langue
account-language-label = Langue de ce service
account-language-hint = Elle est enregistrée dans votre compte et vous suit donc sur n'importe quel ordinateur.
account-language-browser = Utiliser le réglage de mon navigateur
account-language-save = Enregistrer la langue
account-notice-language = Votre langue est enregistrée.
account-notice-password = Votre mot de passe a été modifié. Toutes vos autres sessions ont été fermées.
password-change-title = Modifier votre mot de passe
password-change-button = Modifier le mot de passe
back-to-account = Retour à votre compte

## Accounts (administrators)
admin-accounts-title = Comptes
admin-accounts-count = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
admin-add-account = Ajouter une personne
admin-add-button = Ajouter la personne et créer son lien
admin-back-to-accounts = Retour aux comptes
admin-roles-hint = Cochez tout ce qui s'applique. Tout le monde peut suivre la remise à niveau appliquée.
admin-supervisors-hint = Les personnes qui examinent le travail de cette personne et la soutiennent. Seules les personnes ayant le rôle de superviseur apparaissent dans la liste.
admin-no-supervisors = Personne n'a encore le rôle de superviseur.
admin-save-roles = Enregistrer les rôles
admin-save-supervisors = Enregistrer les superviseurs
admin-access-heading = Accès
admin-reset-body = La réinitialisation met fin aux sessions de cette personne, désactive son mot de passe et crée un nouveau lien à usage unique pour qu'elle en choisisse un autre. L'accès à ses dossiers devra ensuite lui être accordé à nouveau.
admin-reset-button = Réinitialiser le mot de passe
admin-disable-body = La désactivation empêche cette personne de se connecter et met fin immédiatement à ses sessions. Rien de ce qu'elle a écrit n'est perdu.
admin-disable-button = Désactiver le compte
admin-enable-body = Ce compte est désactivé. La personne ne peut pas se connecter.
admin-enable-button = Réactiver le compte
admin-notice-roles = Rôles enregistrés.
admin-notice-supervisors = Superviseurs enregistrés.
admin-notice-disabled = Le compte est désactivé et ses sessions ont été fermées.
admin-notice-enabled = Le compte est réactivé.
admin-problem-last-administrator = Plus personne ne pourrait alors gérer les comptes. Attribuez d'abord le rôle d'administrateur à une autre personne
admin-link-title = Personne ajoutée
admin-link-reset-title = Mot de passe réinitialisé
admin-link-give = Remettez ce lien à { $name }, en main propre ou par un moyen de confiance. Ce lien lui permet de choisir son propre mot de passe :
admin-link-warning = { $count ->
    [one] Le lien ne fonctionne qu'une seule fois et expire dans { $count } heure. N'en gardez pas de copie.
   *[other] Le lien ne fonctionne qu'une seule fois et expire dans { $count } heures. N'en gardez pas de copie.
}
admin-link-reset-keys = Son ancien mot de passe ne fonctionne plus. Un collègue qui détient ses dossiers, ou la clé de récupération, doit à nouveau lui accorder l'accès à ses dossiers.
admin-audit-heading = Journal d'audit
admin-audit-body = Notez de temps en temps la tête de chaîne quelque part en dehors de ce système (par exemple dans votre registre de gouvernance de l'information). Si le journal d'audit est un jour modifié, `dialogues audit verify` et cette note le révéleront.
admin-audit-entries = Entrées
admin-audit-head = Tête de chaîne

## Account problems
accounts-problem-email-missing = Saisissez une adresse e-mail
accounts-problem-email-format = Saisissez une adresse e-mail au bon format, par exemple name@example.org
accounts-problem-email-taken = Une personne a déjà un compte avec cette adresse e-mail
accounts-problem-name-missing = Saisissez le nom de la personne
accounts-problem-name-too-long = Le nom doit comporter 100 caractères au maximum
accounts-problem-role-unknown = Choisissez un rôle dans la liste
accounts-problem-role-missing = Sélectionnez au moins un rôle

## Refused requests
error-csrf-title = Ce formulaire n'a pas pu être envoyé
error-csrf-body = La page est restée ouverte trop longtemps, vous vous êtes connecté ou déconnecté dans un autre onglet, ou le formulaire a été envoyé depuis un autre site web. Rien n'a été modifié.
error-csrf-action = Revenez en arrière, rechargez la page et renvoyez le formulaire. Ce que vous aviez saisi est généralement toujours là lorsque vous revenez en arrière.
error-too-large-title = Le formulaire était trop volumineux
error-too-large-body = Le formulaire dépassait la taille acceptée par le serveur. Rien n'a été modifié.
error-too-large-action = Revenez en arrière et envoyez-le en plusieurs parties plus petites.
home-signed-in-heading = Connecté en tant que { $name }
error-bad-request-title = Le formulaire n'a pas pu être lu
error-bad-request-body = Une partie de ce qui a été envoyé n'a pas la forme attendue par le service. Rien n'a été modifié.
error-bad-request-action = Revenez en arrière, rechargez la page et réessayez. Ce que vous avez saisi est généralement toujours là quand vous revenez en arrière.

## Mots et dates communs
yes = Oui
no = Non
warning = Avertissement
date-day = Jour
date-month = Mois
date-year = Année
date-hint = Par exemple, 27 3 2026
date-problem-incomplete = Saisissez un jour, un mois et une année
date-problem-not-real = Saisissez une date réelle, par exemple 27 3 2026
date-month-year = { $month } { $year }
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Navigation
nav-training = Votre formation
nav-training-overview = Vue d'ensemble des formations
nav-refresher = Remise à niveau appliquée

## Rappels sur la page d'accueil
reminders-title = Rappels de formation
reminders-own-expired = { $count ->
    [0] {""}
    [one] Une de vos exigences de formation a expiré.
   *[other] { $count } de vos exigences de formation ont expiré.
}
reminders-own-due-soon = { $count ->
    [0] {""}
    [one] Une exigence est bientôt à renouveler.
   *[other] { $count } exigences sont bientôt à renouveler.
}
reminders-own-link = Voir votre formation
reminders-supervisees = Personnes que vous supervisez dont une formation est à renouveler :
reminders-staff-expired = { $count ->
    [one] Un membre du personnel a une formation expirée.
   *[other] { $count } membres du personnel ont une formation expirée.
}
reminders-staff-expired-link = Voir qui a une formation expirée
reminders-staff-due-soon = { $count ->
    [one] Un membre du personnel a une formation bientôt à renouveler.
   *[other] { $count } membres du personnel ont une formation bientôt à renouveler.
}
reminders-staff-due-soon-link = Voir quelles formations sont bientôt à renouveler

## Statuts de formation
training-status = Statut
training-status-valid = Valide
training-status-due-soon = Bientôt à renouveler
training-status-expired = Expirée
training-status-missing = Manquante
training-status-not-required = Non requise
training-gap-modules = Pas encore enregistré : { $modules }
training-gap-score = Le score de { $score }% est inférieur au seuil de réussite de { $pass_mark }%
training-unmet = { $names } : { $status }
training-or = {" "}ou{" "}

## Votre formation
training-own-title = Votre formation
training-may-facilitate = Vous pouvez animer des séances Developing Dialogues
training-may-not-facilitate = Vous ne pouvez pas encore animer de séances Developing Dialogues. Voici ce qui manque ou n'est plus à jour :
training-attention = { $count ->
    [one] Une exigence est bientôt à renouveler ou a expiré.
   *[other] { $count } exigences sont bientôt à renouveler ou ont expiré.
}
training-rule-heading = Ce qu'il vous faut pour animer des séances
training-requirements-heading = Exigences de formation
training-completed-on = Suivie le { $date }
training-valid-until = Valide jusqu'au { $date }
training-until-short = jusqu'au { $date }
training-planned-for = Prévue le { $date }
training-refresher-body = La remise à niveau appliquée entretient votre pratique entre deux formations. Vous pouvez vous arrêter à tout moment et reprendre plus tard.
training-refresher-start = Aller à la remise à niveau appliquée

## Vue d'ensemble des formations
training-overview-title = Vue d'ensemble des formations
training-download-csv = Télécharger cette vue au format CSV
training-filter-heading = Filtrer
training-filter-any = Tous
training-filter-apply = Appliquer les filtres
training-filter-clear = Effacer les filtres
training-team = Équipe
training-role = Rôle
training-overview-summary = { $count ->
    [one] Un membre du personnel affiché.
   *[other] { $count } membres du personnel affichés.
}
training-overview-allowed = { $count ->
    [one] Une personne peut animer des séances.
   *[other] { $count } personnes peuvent animer des séances.
}
training-counts-heading = Nombre de personnes par statut
training-requirement = Exigence
training-chart-heading = Conformité dans le temps
training-chart-caption = Facilitateurs dont la formation leur permet d'animer des séances, à la fin de chaque mois
training-chart-desc = Un graphique linéaire du pourcentage de facilitateurs de cette vue qui remplissaient la règle d'animation à la fin de chacun des 12 derniers mois et aujourd'hui. Les mêmes chiffres figurent dans le tableau ci-dessous.
training-chart-table = Afficher les chiffres sous forme de tableau
training-chart-day = Date
training-chart-percent = Pourcentage
training-chart-people = Facilitateurs
training-chart-detail = { $allowed } sur { $count }
training-matrix-heading = Le personnel et sa formation
training-matrix-empty = Personne ne correspond à ces filtres.
training-may-facilitate-column = Peut animer
training-next-planned = Prochaine formation prévue

## Formation d'une personne
training-person-caption = Dossier de formation
training-staff-group = Groupe de personnel
training-staff-group-hint = Ce choix détermine la formation de sensibilisation qui s'applique : ASPECTS ou WRAP 3.
training-not-set = Non défini
training-joined = Date d'arrivée
training-joined-hint = Aucune formation ne peut être enregistrée avant cette date. Par exemple, 27 3 2019
training-records-of = Formations de { $name }
training-completed = Date de réalisation
training-module = Module
training-score = Score au test de connaissances
training-score-hint = Pour les modules d'apprentissage en ligne et la remise à niveau : un nombre entier de 0 à 100. Laissez vide pour une formation en présentiel.
training-evidence = Note sur le justificatif (facultatif)
training-evidence-hint = Par exemple, l'endroit où sont conservés le certificat ou la feuille de présence. 500 caractères au maximum.
training-actions = Actions
training-remove = Supprimer
training-record-heading = Enregistrer une formation
training-record-button = Enregistrer la formation
training-choose = Choisir
training-plan-heading = Planifier la prochaine formation
training-plan-body = Indiquez la date que vous avez réservée pour la prochaine formation de cette personne pour une exigence. Laissez la date vide pour l'effacer.
training-plan-hint = Par exemple, 14 1 2027
training-planned-date = Date prévue
training-plan-button = Enregistrer la date prévue
training-details-heading = Informations sur le membre du personnel
training-details-button = Enregistrer les informations
training-notice-recorded = La formation a été enregistrée.
training-notice-removed = L'enregistrement a été supprimé.
training-notice-details = Les informations sur le membre du personnel ont été enregistrées.
training-notice-planned = La date prévue a été enregistrée.
training-problem-staff-group = Choisissez un groupe de personnel dans la liste
training-problem-team-long = Le nom de l'équipe doit comporter 100 caractères au maximum
training-problem-joined-future = La date d'arrivée doit être aujourd'hui ou dans le passé
training-problem-plan-requirement = Choisissez l'exigence que vous planifiez

## Importation
training-import-title = Importer des formations
training-import-intro = Téléversez un fichier CSV des formations suivies. Le fichier entier est d'abord vérifié : si une ligne pose problème, rien n'est importé et chaque problème est indiqué avec son numéro de ligne. Importer à nouveau le même fichier ne change rien.
training-import-file = Fichier CSV
training-import-file-hint = { $count ->
   *[other] Un fichier .csv enregistré en UTF-8, de { $count } Ko au maximum, avec les colonnes ci-dessous sur la première ligne.
}
training-import-button = Vérifier et importer
training-import-choose-file = Choisissez un fichier CSV à importer
training-import-too-big = Le fichier dépasse { $max_kb } Ko : divisez-le en fichiers plus petits
training-import-rejected = { $count ->
    [one] Le fichier comporte un problème, rien n'a donc été importé. Corrigez-le et téléversez à nouveau le fichier entier.
   *[other] Le fichier comporte { $count } problèmes, rien n'a donc été importé. Corrigez-les et téléversez à nouveau le fichier entier.
}
training-import-done = Importation terminée : { $added } ajoutées, { $changed } modifiées, { $unchanged } déjà enregistrées.
training-import-problems = Problèmes dans le fichier
training-import-line = Ligne
training-import-problem = Problème
training-import-whole-file = Fichier entier
training-import-columns-heading = Colonnes
training-import-column-email = L'adresse e-mail professionnelle de la personne, telle qu'elle figure dans son compte.
training-import-column-requirement = L'identifiant de l'exigence (voir la liste ci-dessous).
training-import-column-module = Pour l'apprentissage en ligne : l'identifiant du module. Laissez vide dans les autres cas.
training-import-column-completed_on = La date de réalisation, au format YYYY-MM-DD (par exemple 2026-03-14). Ni dans le futur, ni avant l'arrivée de la personne.
training-import-column-score = Le score au test de connaissances, de 0 à 100, pour les modules d'apprentissage en ligne et la remise à niveau. Laissez vide dans les autres cas.
training-import-column-evidence = Une note facultative sur le justificatif, de 500 caractères au maximum.
training-import-example = Exemple
training-import-ids-heading = Identifiants des exigences et des modules
training-import-id = Identifiant
training-import-modules = Modules
training-import-needs-score = Score requis
training-back-to-overview = Retour à la vue d'ensemble des formations
training-import-utf16 = Le fichier est enregistré en texte UTF-16. Enregistrez-le à nouveau au format "CSV UTF-8" et téléversez-le de nouveau.
training-import-unreadable = Cette ligne n'a pas pu être lue comme du CSV. Vérifiez ses guillemets.
training-import-header = La première ligne doit nommer les colonnes { $columns }, dans cet ordre.
training-import-empty = Le fichier ne contient aucune ligne de formation sous sa première ligne.
training-import-not-utf8 = Cette ligne contient des caractères qui ne sont pas du texte UTF-8. Enregistrez le fichier au format "CSV UTF-8" et téléversez-le de nouveau.
training-import-field-count = Cette ligne contient { $found } valeurs, mais il en faut { $expected }. Vérifiez s'il manque une virgule ou s'il y en a une de trop.
training-import-duplicate = Cette ligne répète la ligne { $line } (même personne, exigence, module et date). Supprimez l'une des deux.
training-import-email-empty = L'adresse e-mail est vide. Indiquez l'adresse e-mail professionnelle de la personne.
training-import-unknown-staff = Personne n'a de compte avec l'adresse e-mail { $email }. Vérifiez l'orthographe, ou demandez d'abord à un administrateur d'ajouter cette personne.
training-import-requirement-empty = L'exigence est vide. Utilisez l'une des suivantes : { $known }.
training-import-unknown-requirement = "{ $requirement }" n'est pas une exigence. Utilisez l'une des suivantes : { $known }.
training-import-module-needed = { $requirement } s'enregistre module par module : indiquez le module, parmi { $known }.
training-import-unknown-module = "{ $module }" n'est pas un module de { $requirement }. Utilisez l'un des suivants : { $known }.
training-import-module-not-allowed = { $requirement } n'a pas de modules : laissez le module vide.
training-import-date-empty = La date de réalisation est vide. Écrivez-la au format YYYY-MM-DD, par exemple 2026-03-14.
training-import-date-format = "{ $value }" n'est pas une date au format YYYY-MM-DD, par exemple 2026-03-14.
training-import-date-future = La date { $date } est dans le futur. Indiquez la date à laquelle la formation a été suivie.
training-import-date-before-joined = La date { $date } est antérieure à l'arrivée de cette personne ({ $joined }). Vérifiez la date, ou corrigez sa date d'arrivée.
training-import-score-needed = { $requirement } comporte un test de connaissances : indiquez le score, de 0 à 100.
training-import-score-not-allowed = { $requirement } ne comporte pas de test de connaissances : laissez le score vide.
training-import-score-format = "{ $value }" n'est pas un score. Indiquez un nombre entier de 0 à 100.
training-import-score-above-100 = Le score { $value } est supérieur à 100. Indiquez un nombre entier de 0 à 100.
training-import-evidence-too-long = La note sur le justificatif dépasse { $max } caractères. Raccourcissez-la.

## Remise à niveau appliquée
refresher-title = Remise à niveau appliquée
refresher-facts = { $count ->
    [one] Une tentative comporte une question.
   *[other] Une tentative comporte { $count } questions.
}
refresher-pass-mark = Il vous faut { $pass_mark }% pour réussir.
refresher-start = Commencer une tentative
refresher-resume = Reprendre là où vous vous étiez arrêté
refresher-resume-body = Vous avez une tentative en cours : vous avez répondu à { $answered } questions sur { $total }.
refresher-attempts-heading = Vos tentatives
refresher-started = Début
refresher-result = Résultat
refresher-in-progress = En cours
refresher-passed = Réussie
refresher-not-passed = Non réussie
refresher-result-score = { $correct } bonnes réponses sur { $total } ({ $percent }%)
refresher-result-abandoned = Fermée avant la fin
refresher-question-of = Question { $number } sur { $total }
refresher-reread-scenario = Relire le scénario
refresher-check-answer = Vérifier ma réponse
refresher-saved-hint = Chaque réponse est enregistrée lorsque vous la vérifiez. Vous pouvez vous arrêter à tout moment et reprendre plus tard, même après vous être déconnecté.
refresher-problem-choose = Choisissez une réponse
refresher-right = Correct
refresher-not-right = Pas tout à fait
refresher-your-answer = Votre réponse :
refresher-best-answer = Meilleure réponse :
refresher-why = Pourquoi
refresher-next = Question suivante
refresher-see-result = Voir votre résultat
refresher-result-title = Votre résultat à la remise à niveau
refresher-passed-title = Vous avez réussi la remise à niveau
refresher-passed-body = Votre dossier de remise à niveau appliquée a été mis à jour.
refresher-not-passed-title = Vous n'avez pas réussi cette fois-ci
refresher-not-passed-body = Il vous faut { $pass_mark }% pour réussir. Relisez les explications et réessayez quand vous serez prêt.
refresher-review-heading = Vos réponses
refresher-number = Numéro
refresher-question = Question
refresher-back = Retour à la remise à niveau
refresher-changed-title = Cette tentative ne peut pas continuer
refresher-changed-body = Le contenu de la remise à niveau a changé depuis que vous avez commencé cette tentative, et certaines de ses questions n'existent plus. Fermez-la et commencez une nouvelle tentative ; vos réponses précédentes restent dans votre historique.
refresher-changed-button = Fermer cette tentative
