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
error-busy-title = Le service est occupé
error-busy-body = Une autre tâche utilisait la base de données : rien n'a été modifié.
error-busy-action = Revenez en arrière et renvoyez le formulaire dans quelques secondes. Ce que vous avez saisi s'y trouve généralement encore.
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
chart-point-title = { $label } : { $value }
number-percent = { $value } %
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

## Dossiers
nav-caseload = Vos dossiers
nav-review = Examen
cancel = Annuler
back-to-case = Retour au dossier
setting-custody = En détention (prison)
setting-community = En milieu ouvert (probation)
caseload-title = Vos dossiers
caseload-intro = Chaque dossier a une référence créée par le système. Les noms et les autres éléments d'identification ne sont affichés que sur la page du dossier, et chaque consultation est enregistrée.
caseload-open-case = Ouvrir un nouveau dossier
caseload-none = Vous n'avez aucun dossier ouvert.
caseload-open-caption = { $count ->
    [one] { $count } dossier ouvert
   *[other] { $count } dossiers ouverts
}
caseload-closed-caption = { $count ->
    [one] { $count } dossier fermé
   *[other] { $count } dossiers fermés
}
caseload-reference = Référence
caseload-sessions = Séances
caseload-last-session = Dernière séance
caseload-next-session = Prochaine séance
caseload-flags = Attention requise
caseload-none-yet = Aucune pour l'instant
caseload-not-planned = Non prévue
caseload-concerns = { $count ->
    [one] { $count } préoccupation ouverte
   *[other] { $count } préoccupations ouvertes
}
caseload-awaiting-review = { $count ->
    [one] { $count } en attente d'examen
   *[other] { $count } en attente d'examen
}
caseload-views = Dossiers à afficher
caseload-open-heading = Dossiers ouverts
caseload-closed-heading = Dossiers clos
caseload-none-closed = Vous n’avez aucun dossier clos.
caseload-pagination = Pages de dossiers
caseload-previous = Page précédente
caseload-next = Page suivante
caseload-page-of = Page { $page } sur { $pages }
case-new-title = Ouvrir un nouveau dossier
case-new-intro = Le système attribue une référence au dossier. Utilisez cette référence lorsque vous parlez ou écrivez au sujet du dossier.
case-details-protected = Ces informations sont chiffrées. Seuls vous, vos superviseurs et la clé de récupération de votre organisation pouvez les ouvrir.
case-details-change-title = Modifier les informations sur la personne
case-name-label = Nom complet
case-dob-label = Date de naissance
case-dob-hint = Par exemple, 27 3 1990
case-number-label = Numéro d'écrou ou de probation
case-number-hint = Tel que votre organisation l'écrit, par exemple A1234BC
case-setting-label = Où se trouve la personne
case-new-save = Ouvrir le dossier
case-details-save = Enregistrer les informations
case-problem-name-missing = Saisissez le nom complet de la personne
case-problem-name-long = Le nom doit comporter { $max } caractères au maximum
case-problem-dob-missing = Saisissez la date de naissance de la personne
case-problem-dob-future = La date de naissance doit être dans le passé
case-problem-number-missing = Saisissez le numéro d'écrou ou de probation de la personne
case-problem-number-long = Le numéro doit comporter { $max } caractères au maximum
case-problem-setting-missing = Choisissez où se trouve la personne
case-problem-changed-elsewhere = Ces informations ont été modifiées dans un autre onglet ou une autre fenêtre. Vérifiez les informations ci-dessous et enregistrez à nouveau.
case-title = Dossier { $reference }
case-caption-open = Dossier ouvert
case-caption-closed = Dossier fermé
case-notice-opened = Le dossier est ouvert. Planifiez la première séance quand vous êtes prêt.
case-notice-details = Les informations ont été enregistrées.
case-notice-closed = Le dossier est fermé. Vous pouvez le rouvrir à tout moment.
case-notice-reopened = Le dossier est de nouveau ouvert.
case-notice-override = La dérogation est enregistrée. Le facilitateur peut maintenant planifier une séance sur ce dossier.
case-open-concerns = { $count ->
    [one] Il y a { $count } préoccupation ouverte sur ce dossier.
   *[other] Il y a { $count } préoccupations ouvertes sur ce dossier.
}
case-see-concerns = Voir les préoccupations
case-details-heading = La personne
case-facilitator = Facilitateur
case-opened = Ouvert le
case-closed-on = fermé le { $date }
case-change-details = Modifier les informations sur la personne
case-next-heading = Prochaine séance
case-next-none = Aucune séance n'est prévue.
case-next-on = Prévue le { $date }
case-suggested = Prochain module suggéré :
case-plan-session = Planifier une séance
case-sessions-heading = Séances
case-sessions-none = Aucune séance pour l'instant.
case-session-module = Module
case-session-date = Date
case-session-status = Statut
case-formulation-heading = Formulation
case-formulation-none = Aucun élément n'a encore été relié à la formulation. Lorsque vous clôturez une séance, vous pouvez relier ce que vous avez entendu à des facteurs de formulation.
case-formulation-evidence = { $count } éléments issus des séances, répartis sur { $factors } facteurs de formulation.
case-concerns-heading = Préoccupations
case-concerns-none = Aucune préoccupation n'a été signalée sur ce dossier.
case-concern-raised = Signalée par { $name } le { $date }
case-concern-session = Voir la séance au cours de laquelle elle a été signalée
case-close-heading = Fermer le dossier
case-close-hint = Fermez le dossier lorsque le travail est terminé. Rien n'est supprimé, et vous pouvez le rouvrir.
case-close = Fermer le dossier
case-reopen-heading = Rouvrir le dossier
case-reopen-hint = Rouvrez le dossier pour planifier d'autres séances.
case-reopen = Rouvrir le dossier
error-no-case-key-title = Vous n'avez pas encore la clé de ce dossier
error-no-case-key-body = Vous avez le droit de voir ce dossier, mais ses notes sont chiffrées et n'ont pas encore été partagées avec votre clé actuelle. Cela arrive lorsque vous venez de devenir le superviseur de quelqu'un, ou après la réinitialisation de votre mot de passe.
error-no-case-key-what-to-do = La clé vous sera transmise automatiquement la prochaine fois que le facilitateur du dossier l'ouvrira. Si cela ne peut pas attendre, demandez à votre administrateur de rétablir l'accès avec la clé de récupération.
error-no-case-key-back = Aller à vos dossiers

## Contrôle de la formation
gate-title = Vous ne pouvez pas encore commencer de séance
gate-blocked = Votre formation Developing Dialogues ne remplit pas la règle d'animation des séances :
gate-what-to-do = Demandez à votre responsable de formation d'enregistrer les formations que vous avez suivies, ou demandez à votre superviseur une dérogation pour une séance.
gate-see-training = Voir votre formation
gate-override-applies = Votre superviseur a autorisé une séance sur ce dossier le temps que votre formation soit mise à jour. Son motif :
override-heading = Autoriser une séance
override-intro = La formation de { $name } ne remplit pas la règle d'animation des séances :
override-reason-label = Pourquoi cette séance doit-elle avoir lieu ?
override-reason-hint = Ce motif est enregistré avec votre nom et affiché sur la séance. Il autorise une seule séance, sur ce dossier uniquement.
override-save = Autoriser une séance
override-waiting = Vous avez autorisé une séance, qui n'a pas encore été planifiée. Votre motif :
override-problem-missing = Saisissez le motif pour lequel vous autorisez cette séance
override-problem-long = Le motif doit comporter { $max } caractères au maximum

## Séances
choose-title = Quel module cette séance utilisera-t-elle ?
choose-hint = Le module suggéré est le prochain module du programme que ce dossier n'a pas encore utilisé.
choose-suggested = Suggéré
choose-used = Déjà utilisé
choose-continue = Continuer
session-problem-module-missing = Choisissez un module
session-problem-module-unknown = Ce module ne fait pas partie de la boîte à outils. Choisissez l'un des modules de la liste.
session-problem-gate = Votre formation ne remplit plus la règle d'animation des séances. Consultez votre formation pour voir ce qui manque.
session-problem-case-closed = Le dossier est fermé. Rouvrez-le pour planifier ou modifier des séances.
session-problem-submitted = Cette séance a été soumise pour examen. Elle ne peut donc pas être modifiée pour l'instant.
session-problem-signed-off = Cette séance a été validée. Ajoutez plutôt un rectificatif.
session-problem-not-ready = Cette séance ne peut pas être modifiée dans son état actuel.
session-problem-already-submitted = Cette séance avait déjà été soumise. Rien n'a été modifié.
session-problem-close-first = Clôturez la séance avec un résumé avant de la soumettre.
session-problem-already-signed-off = Cette séance avait déjà été validée. Rien n'a été modifié.
plan-title = Planifier la séance
plan-date-label = Date de la séance
plan-date-hint = Par exemple, 27 3 2026
plan-place-label = Lieu
plan-place-hint = Par exemple, la salle d'entretien du couloir de l'enseignement
plan-preparation-legend = Préparation
plan-preparation-hint = Cochez chaque élément au fur et à mesure. Vous pouvez revenir à cette liste avant la séance.
plan-safety-legend = Votre propre sécurité
plan-safety-1 = Quelqu'un sait où je suis, avec qui je suis et à quelle heure je termine.
plan-safety-2 = Je sais comment donner l'alarme dans cette salle.
plan-safety-3 = Je peux quitter la salle facilement, et rien ne bloque ma sortie.
plan-safety-4 = J'ai prévu de parler ensuite à mon superviseur ou à un collègue.
plan-safety-notes-label = Vos dispositions de sécurité (facultatif)
plan-safety-notes-hint = Toute autre disposition que vous avez prise pour assurer votre sécurité.
plan-save = Enregistrer le plan
plan-problem-date-missing = Saisissez la date de la séance
plan-problem-place-long = Le lieu doit comporter { $max } caractères au maximum
session-status-planned = Prévue
session-status-in-progress = En cours
session-status-closed = Clôturée, non soumise
session-status-submitted = En attente d'examen
session-status-signed-off = Validée
session-notice-closed = La séance est clôturée. Vérifiez le résumé, puis soumettez-la pour examen.
session-notice-submitted = La séance a été envoyée à votre superviseur pour examen.
session-notice-signed-off = La séance est validée et verrouillée.
session-notice-amended = Votre rectificatif a été ajouté.
session-notice-saved = Vos notes ont été enregistrées. Vous pouvez reprendre là où vous vous étiez arrêté.
session-plan-heading = Plan
session-not-set = Non défini
session-checklist = Liste de préparation
session-checks-done = { $done } sur { $total } effectués
session-facilitator = Facilitateur
session-change-plan = Modifier le plan
session-stages-heading = Étapes
session-stage-has-notes = Notes
session-begin = Commencer la séance
session-resume = Reprendre la séance
session-close = Clôturer la séance
session-closing-heading = Compte rendu de clôture
session-change-closing = Modifier le compte rendu de clôture
session-submit-hint = Lorsque vous soumettez la séance, votre superviseur l'examine. Vous ne pouvez pas la modifier tant qu'elle est chez lui.
session-submit = Soumettre pour examen
session-submitted-on = Soumise pour examen le { $date }.
session-signed-off-by = Validée par { $name } le { $date }. Le compte rendu est verrouillé ; les modifications y sont ajoutées à côté sous forme de rectificatifs.
session-sign-off-hint = La validation verrouille la séance. Les modifications ultérieures sont conservées à côté sous forme de rectificatifs.
session-sign-off = Valider la séance
session-amendments-heading = Rectificatifs
session-amendments-none = Aucun rectificatif.
session-amendment-by = Rectificatif de { $name } le { $date }
session-add-amendment = Ajouter un rectificatif
session-snapshot-heading = Formation du facilitateur au { $date }
session-snapshot-met = La formation du facilitateur remplissait la règle d'animation des séances.
session-snapshot-overridden = La formation du facilitateur ne remplissait pas la règle ; un superviseur a autorisé cette séance.
session-snapshot-not-met = La formation du facilitateur ne remplissait pas la règle.
session-snapshot-until = valide jusqu'au { $date }
session-override-by = Autorisée par { $name } le { $date } : { $reason }
session-toolkit-version = Version de la boîte à outils utilisée : { $version }
stage-of = Étape { $number } sur { $total }
stage-minutes = { $count ->
    [one] Environ { $count } minute
   *[other] Environ { $count } minutes
}
stage-questions = Questions que vous pourriez poser
stage-listen-for = Ce à quoi être attentif
stage-informs = Ce que vous entendez ici peut éclairer : { $factors }
stage-notes-label = Vos notes pour cette étape
stage-notes-hint = { $max } caractères au maximum. Vos notes sont enregistrées pendant que vous tapez, et lorsque vous appuyez sur l'un des boutons ci-dessous.
stage-save-next = Enregistrer et passer à l'étape suivante
stage-save-close = Enregistrer et clôturer la séance
stage-save-previous = Enregistrer et revenir à l'étape précédente
stage-save-leave = Enregistrer et revenir plus tard
stage-no-notes = Aucune note pour cette étape.
stage-pagination = Étapes
stage-previous = Étape précédente
stage-next = Étape suivante
stage-back-to-session = Retour à la séance
notes-autosaved-at = Enregistré à { $time }
notes-autosave-signed-out = Non enregistré : vous avez été déconnecté. Copiez vos notes, reconnectez-vous dans un nouvel onglet, puis collez-les de nouveau.
notes-problem-busy = Pas encore enregistré : le service était occupé. Votre texte est toujours sur cette page et rien n'a été perdu. Enregistrez de nouveau dans quelques secondes.
notes-autosave-failed = Non enregistré : un problème est survenu dans le service (référence { $reference }). Votre texte est toujours sur cette page : copiez-le en lieu sûr, puis essayez de l'enregistrer de nouveau.
notes-busy-title = Vos notes ne sont pas encore enregistrées
notes-busy-body = Le service était occupé : rien n'a été modifié. Votre texte figure ci-dessous et rien n'a été perdu : attendez quelques secondes, puis réessayez.
notes-busy-try-again = Réessayer d'enregistrer
notes-problem-too-long = Les notes doivent comporter { $max } caractères au maximum. Vous en avez saisi { $count } : raccourcissez-les, ou déplacez-en une partie vers une autre étape.
notes-problem-conflict = Ces notes ont été modifiées dans un autre onglet ou une autre fenêtre après l'ouverture de cette page. Votre texte figure ci-dessous et rien n'a été perdu. Comparez-le avec le texte enregistré, puis enregistrez à nouveau pour conserver le vôtre.
notes-conflict-saved-heading = Le texte enregistré, depuis l'autre onglet ou l'autre fenêtre
notes-signed-out-title = Vous avez été déconnecté avant l'enregistrement de vos notes
notes-signed-out-body = Vos notes n'ont pas été enregistrées, mais elles sont affichées ci-dessous pour que rien ne soit perdu.
notes-signed-out-step-copy = Copiez vos notes depuis le champ ci-dessous.
notes-signed-out-step-sign-in = Reconnectez-vous (la page s'ouvre dans un nouvel onglet).
notes-signed-out-step-paste = Revenez à l'étape, collez vos notes et enregistrez.
notes-signed-out-your-text = Vos notes
notes-signed-out-sign-in = Se reconnecter
close-title = Clôturer la séance
close-summary-label = Résumé de la séance
close-summary-hint = Ce dont vous avez parlé et ce qui vous a marqué. { $max } caractères au maximum.
close-engagement-legend = Comment la personne a-t-elle participé ?
engagement-engaged = A participé pleinement
engagement-partly = A participé à une partie de la séance
engagement-guarded = Sur la réserve ou réticente
engagement-declined = A refusé de participer
close-actions-label = Actions convenues
close-actions-hint = Ce que vous et la personne avez convenu de faire avant la prochaine séance.
close-next-label = Prochaine séance (facultatif)
close-next-hint = Par exemple, 27 3 2026
close-evidence-legend = Éléments pour la formulation
close-evidence-hint = Reliez ce que vous avez entendu aux facteurs de formulation. Laissez un champ vide si cette séance n'a rien apporté sur ce facteur. Les facteurs éclairés par les étapes de ce module apparaissent en premier.
close-evidence-other = Autres facteurs de formulation
close-save = Clôturer la séance
close-problem-summary-missing = Saisissez un résumé de la séance
close-problem-engagement-missing = Choisissez comment la personne a participé
close-problem-next-past = La prochaine séance doit avoir lieu aujourd'hui ou plus tard
amend-title = Ajouter un rectificatif
amend-hint = Indiquez ce que vous corrigez ou ajoutez, et pourquoi. Le compte rendu validé reste tel quel. { $max } caractères au maximum.
amend-save = Ajouter le rectificatif
amend-problem-missing = Saisissez le rectificatif

## Préoccupations
concern-raise = Signaler une préoccupation
concern-title = Signaler une préoccupation
concern-urgent = Si quelqu'un est en danger immédiat, agissez maintenant et suivez d'abord votre procédure d'urgence. Enregistrez la préoccupation ensuite.
concern-route-heading = Comment la signaler
concern-route-default = Informez votre superviseur aujourd'hui, en personne ou par téléphone, et suivez la procédure de protection et de partage d'informations de votre organisation. Notez ce qui a été dit avec les propres mots de la personne, quand, et qui d'autre était présent.
concern-what-label = Ce qui a été révélé ou observé
concern-what-hint = Utilisez les propres mots de la personne lorsque c'est possible. { $max } caractères au maximum.
concern-action-label = Ce que vous avez déjà fait (facultatif)
concern-action-hint = Par exemple, qui vous avez prévenu et quand.
concern-save = Enregistrer la préoccupation
concern-problem-missing = Saisissez ce qui a été révélé ou observé
concern-raised-title = Préoccupation enregistrée
concern-raised-body = Le dossier est signalé et votre superviseur peut dès maintenant le voir dans sa liste d'examen.
concern-back-to-stage = Revenir à la séance
concern-open = Ouverte
concern-acknowledged = Prise en compte
concern-acknowledge = Marquer comme vue par un superviseur

## Examen
review-title = Examen
review-concerns-heading = { $count ->
    [one] { $count } préoccupation ouverte
   *[other] { $count } préoccupations ouvertes
}
review-concerns-none = Aucune préoccupation ouverte pour les personnes que vous supervisez.
review-sessions-heading = { $count ->
    [one] { $count } séance en attente de validation
   *[other] { $count } séances en attente de validation
}
review-sessions-none = Aucune séance ne vous attend.
review-facilitator = Facilitateur
review-what = Quoi
review-when = Quand
review-concern = Préoccupation signalée

## Formulation (ERG-style structured formulation)
case-formulation-not-started = Aucune formulation n'a encore été commencée pour ce dossier.
case-formulation-open = Ouvrir la formulation
formulation-title = Formulation
formulation-spj = Cette formulation soutient votre jugement professionnel structuré. Les cotations ne sont pas additionnées : il n'y a ni score, ni total, ni niveau de risque. C'est votre jugement écrit qui compte.
formulation-none = Il n'y a pas encore de formulation pour ce dossier.
formulation-start-first = Commencer la première formulation
formulation-start-revision = Commencer une révision de la version { $number }
formulation-continue = Reprendre la version { $number }
formulation-prompts-first = Des séances clôturées contiennent des éléments reliés à ces facteurs :
formulation-prompts-since = Des séances clôturées depuis la validation de la version { $number } contiennent des éléments reliés à ces facteurs. Tenez-en compte dans la prochaine révision :
formulation-versions = Versions
formulation-version = Version
formulation-version-short = Version { $number }
formulation-version-title = Formulation, version { $number }
formulation-state = État
formulation-started = Commencée
formulation-submitted = Soumise
formulation-signed-off = Validée
formulation-signed-off-by = { $date }, par { $name }
formulation-signed-off-by-name = Validée par { $name } le { $date }
formulation-returned-by = Renvoyée par { $name } le { $date }
formulation-status-draft = Brouillon
formulation-status-submitted = En attente d'examen
formulation-status-returned = Renvoyée pour modifications
formulation-status-signed-off = Validée
formulation-notice-started = La nouvelle version est prête. Elle part d'une copie de la version précédente, s'il y en avait une.
formulation-notice-saved = Vos modifications ont été enregistrées.
formulation-notice-submitted = La formulation a été envoyée à votre superviseur pour examen.
formulation-notice-returned = La formulation a été renvoyée au facilitateur avec vos commentaires.
formulation-notice-signed-off = La formulation a été validée. Elle est désormais figée ; les modifications ultérieures se feront dans une nouvelle révision.
formulation-guidance = Comment utiliser ce cadre
formulation-change = Modifier
formulation-judgement = Jugement global
formulation-judgement-lower = jugement global
formulation-judgement-hint = Avec vos propres mots : ce que les facteurs de ce domaine signifient ensemble pour cette personne, et comment ils se rattachent au reste de la formulation. { $max } caractères au maximum.
formulation-domain-ratings = Vos cotations dans ce domaine
formulation-not-rated = Pas encore coté
formulation-not-written = Pas encore rédigé
formulation-strength = Force
formulation-new-evidence = Nouveaux éléments issus des séances
formulation-sources-line = Sources : { $sources }
formulation-session-evidence = Éléments de la séance du { $session }
formulation-other-none = Vous n'avez ajouté aucun autre facteur.
formulation-other-add = Ajouter un autre facteur
formulation-other-title = Autre facteur
formulation-other-name = Nom du facteur
formulation-other-kind = S'agit-il d'une préoccupation ou d'une force ?
formulation-other-concern = Une préoccupation
formulation-written-heading = La formulation écrite
formulation-summary = Formulation de synthèse
formulation-summary-hint = Rassemblez les domaines : comment et pourquoi la personne s'est impliquée, ce qui pourrait l'amener à nuire, ce qu'elle pourrait faire, et ce qui l'aide à s'en éloigner. { $max } caractères au maximum.
formulation-plan = Plan de prise en charge
formulation-plan-hint = Ce qui sera fait, par qui et quand, pour réduire la préoccupation et s'appuyer sur les forces.
formulation-changes = Changements importants depuis la dernière version
formulation-changes-hint = Ce qui a changé depuis la version { $previous }, et pourquoi, y compris tout changement vers le désengagement.
formulation-changes-hint-first = Il s'agit de la première version. Vous pouvez laisser ce champ vide, ou noter des événements récents qui l'ont façonnée.
formulation-reviews-heading = Examens
formulation-submit-heading = Envoyer pour examen
formulation-submit-intro = Chaque facteur doit être coté (« Informations insuffisantes » compte), chaque domaine doit avoir un jugement global, et la synthèse doit être rédigée. Votre superviseur valide ensuite la formulation ou vous la renvoie avec des commentaires.
formulation-submit = Envoyer à mon superviseur
formulation-review-heading = Votre examen
formulation-review-decision = Quelle est votre décision ?
formulation-review-sign-off = Valider cette version
formulation-review-return = La renvoyer pour modifications
formulation-review-comment = Commentaires
formulation-review-comment-hint = Obligatoires si vous la renvoyez : indiquez ce qui doit changer et pourquoi. Le facilitateur voit vos commentaires avec la formulation.
formulation-review-button = Enregistrer ma décision
formulation-missing-title = Avant de pouvoir envoyer cette formulation pour examen
formulation-missing-rating = Cotez « { $factor } »
formulation-missing-judgement = Rédigez le jugement global du domaine { $domain }
formulation-missing-summary = Rédigez la formulation de synthèse
formulation-definition = Ce que signifie ce facteur
formulation-indicators = Ce qui indique chaque cotation
formulation-prompts = Questions qui peuvent aider
formulation-rating = Cotation
formulation-rating-hint = Cotez à partir d'éléments : ce que la personne a dit et fait, ce que vous avez constaté, et ce que montrent des documents fiables. Choisissez « Informations insuffisantes » lorsqu'il manque des informations.
formulation-evidence = Éléments à l'appui de cette cotation
formulation-evidence-hint = Ce que vous avez vu, entendu ou lu qui étaye la cotation, et les points sur lesquels les sources divergent. { $max } caractères au maximum.
formulation-session-evidence-heading = Éléments reliés lors des séances
formulation-session-evidence-hint = Choisissez les éléments des séances qui étayent cette cotation. La formulation comporte un lien vers eux.
formulation-sources = Sources
formulation-sources-hint = Par exemple : séances, dossiers pénitentiaires ou de probation, rapports d'autres organismes.
formulation-save-next = Enregistrer et passer au facteur suivant
formulation-save-back = Enregistrer et revenir à la formulation
formulation-conflict-saved = Ce qui est enregistré actuellement (modifié dans un autre onglet ou une autre fenêtre)
formulation-chart-heading = Cotations d'une version à l'autre
formulation-chart-intro = Chaque ligne montre la cotation d'un facteur dans chaque version, de la plus ancienne à gauche à la plus récente à droite. Les cotations sont affichées telles qu'elles ont été enregistrées : elles ne sont pas additionnées.
formulation-chart-factor = Facteur
formulation-chart-versions = Versions, de la plus ancienne à la plus récente
formulation-chart-table = Afficher les cotations sous forme de tableau
formulation-compare-heading = Comparer deux versions
formulation-compare-from = Version antérieure
formulation-compare-to = Version ultérieure
formulation-compare-button = Comparer
formulation-compare-title = Version { $from } comparée à la version { $to }
formulation-compare-count = { $count ->
    [one] { $count } facteur ou section a changé.
   *[other] { $count } facteurs ou sections ont changé.
}
formulation-compare-changed = Modifié
formulation-compare-need-two = Il n'y a qu'une seule version pour l'instant. Les versions pourront être comparées une fois qu'une révision aura été commencée.
formulation-error-too-long = Ce texte doit comporter { $max } caractères au maximum. Vous en avez saisi { $typed } : raccourcissez-le, ou déplacez-en une partie vers une autre section.
formulation-error-conflict = Ce texte a été modifié dans un autre onglet ou une autre fenêtre après que vous l'avez ouvert. Votre texte se trouve toujours dans le champ ci-dessous, et ce qui est enregistré actuellement est affiché au-dessus. Gardez ce dont vous avez besoin, puis enregistrez à nouveau.
formulation-error-rating = Choisissez une cotation dans la liste
formulation-error-name-missing = Saisissez un nom pour le facteur
formulation-error-name-long = Le nom doit comporter { $max } caractères au maximum
formulation-error-strength = Indiquez si le facteur est une préoccupation ou une force
formulation-error-submitted = Cette version a été envoyée pour examen. Elle ne peut donc pas être modifiée pour l'instant. Si elle vous est renvoyée, vous pourrez la modifier à nouveau.
formulation-error-signed-off = Cette version a été validée et elle est figée. Commencez une révision pour y apporter des modifications.
formulation-error-in-progress = Une version de cette formulation est déjà en cours. Reprenez plutôt celle-ci.
formulation-error-case-closed = Le dossier est fermé. Rouvrez-le pour travailler sur la formulation.
formulation-error-stale = La formulation a été modifiée après l'ouverture de cette page. Lisez la dernière version ci-dessous, puis enregistrez à nouveau votre décision.
formulation-error-decision = Indiquez si vous validez cette version ou si vous la renvoyez pour modifications
formulation-error-return-comment = Saisissez vos commentaires : indiquez ce qui doit changer avant que la version puisse être validée
formulation-error-own-review = Vous ne pouvez pas examiner votre propre formulation. Elle doit être examinée par l'un de vos superviseurs.
formulation-error-compare-unknown = Choisissez une version dans la liste
formulation-error-compare-same = Choisissez deux versions différentes à comparer
formulation-or = ou
review-formulations-heading = { $count ->
    [one] { $count } formulation en attente d'examen
   *[other] { $count } formulations en attente d'examen
}
review-formulations-none = Aucune formulation ne vous attend.
