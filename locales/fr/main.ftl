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
home-setup-body = Un administrateur configure Dialogues en ligne de commande, sur la machine où il fonctionne. Le fichier README explique chaque étape.

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
