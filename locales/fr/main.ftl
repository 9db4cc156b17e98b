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
