# Comptes rendus de supervision : les notes du superviseur sur chaque séance de supervision, et la date de la prochaine.

nav-supervision = Supervision
nav-supervision-mine = Votre supervision

supervision-title = Supervision
supervision-intro = Ce travail demande beaucoup à celles et ceux qui le font. Rencontrez régulièrement chaque personne que vous supervisez : passez en revue ses dossiers, réfléchissez ensemble à la pratique, demandez-lui comment elle va et convenez du soutien dont elle a besoin. Consignez chaque rencontre ici.
supervision-frequency = { $days ->
    [one] chaque jour
   *[other] tous les { $days } jours
}
supervision-expected = Une supervision est attendue { $frequency }. La prochaine rencontre est due ce délai après la dernière, et signalée en retard au-delà.
supervision-protected = Chaque compte rendu est chiffré : seuls vous et la personne concernée pouvez le lire. Seule la date de la rencontre est visible sans l'ouvrir.
supervision-no-supervisees = Vous ne supervisez personne pour le moment.
supervision-supervisees = Personnes que vous supervisez
supervision-person = Nom
supervision-last = Dernière supervision
supervision-next = Prochaine échéance
supervision-status = Statut
supervision-never = Aucune supervision consignée pour l'instant
supervision-due-now = Maintenant
supervision-tag-overdue = En retard
supervision-tag-due = À prévoir
supervision-not-activated-short = Compte non actif
supervision-earlier = Personnes que vous supervisiez auparavant
supervision-last-by-you = Dernière rencontre que vous avez consignée
supervision-earlier-hint = Vous pouvez toujours lire les comptes rendus que vous avez rédigés sur des personnes que vous ne supervisez plus, mais vous ne pouvez ni en ajouter ni en modifier.
supervision-mine-link = Votre propre supervision

supervision-record-new = Consigner une séance de supervision
supervision-not-activated = Le compte de cette personne n'est pas actif (pas encore activé, ou désactivé). Un compte rendu est chiffré pour elle comme pour vous : il pourra être rédigé une fois son compte actif.
supervision-former = Vous ne supervisez plus cette personne. Vous pouvez lire les comptes rendus que vous avez rédigés, mais vous ne pouvez ni en ajouter ni en modifier.
supervision-meetings = Séances de supervision
supervision-no-meetings = Aucune séance de supervision n'a encore été consignée.
supervision-date = Date de la rencontre
supervision-recorded-by = Superviseur
supervision-record = Compte rendu
supervision-open = Ouvrir le compte rendu
supervision-sealed-to-others = Seuls { $name } et la personne concernée peuvent le lire
supervision-notice-recorded = La séance de supervision a été consignée.
supervision-notice-saved = Vos modifications ont été enregistrées.

supervision-mine-title = Votre supervision
supervision-mine-intro = Votre superviseur consigne chaque séance de supervision avec vous. Vous pouvez lire tous les comptes rendus qui vous concernent ; seuls vous et le superviseur qui l'a rédigé pouvez ouvrir chacun d'eux.
supervision-your-supervisors = Vos superviseurs
supervision-no-supervisors = Personne n'est enregistré comme votre superviseur. Demandez à un administrateur d'ajouter votre superviseur à votre compte.
supervision-mine-none = Aucune séance de supervision avec vous n'a encore été consignée. Si vous n'avez pas eu de supervision depuis un moment, demandez une rencontre à votre superviseur.

supervision-record-title = Séance de supervision du { $date }
supervision-record-sealed = Seuls { $supervisor } et { $supervisee } peuvent lire ce compte rendu.
supervision-supervisor = Superviseur
supervision-supervisee = Professionnel supervisé
supervision-cases = Dossiers abordés
supervision-cases-none-discussed = Aucun dossier n'a été noté comme abordé.
supervision-notes = Notes de réflexion
supervision-wellbeing = Bien-être
supervision-support = Soutien convenu
supervision-not-written = Non renseigné
supervision-change = Modifier ce compte rendu
supervision-read-only = Seul le superviseur qui a rédigé ce compte rendu peut le modifier. Si quelque chose y est inexact, dites-le-lui.
supervision-cannot-open = Ce compte rendu ne peut pas être ouvert avec votre clé actuelle. Cela arrive lorsqu'un administrateur réinitialise un mot de passe. L'autre personne nommée ci-dessus peut toujours le lire ; si le compte rendu vous concerne, il s'ouvrira de nouveau pour vous dès que votre superviseur l'aura modifié et enregistré.

supervision-new-title = Consigner une séance de supervision
supervision-edit-title = Modifier un compte rendu de supervision
supervision-form-sealed = Ce compte rendu est chiffré : seuls vous et { $supervisee } pouvez le lire.
supervision-date-label = Quand la rencontre a-t-elle eu lieu ?
supervision-date-hint = Par exemple, 27 3 2026
supervision-cases-hint = Cochez les dossiers dont vous avez parlé. Seules les références des dossiers sont affichées ici.
supervision-cases-none = { $name } n'a aucun dossier ouvert.
supervision-notes-hint = Ce que vous avez examiné et sur quoi vous avez réfléchi ensemble : la pratique, les décisions et ce qui en a été appris. { $max } caractères au maximum.
supervision-wellbeing-hint = Comment va la personne : l'effet de ce travail sur elle, le stress, ce qui l'a inquiétée ou touchée. { $max } caractères au maximum.
supervision-support-hint = Le soutien que vous avez convenu de lui apporter : débriefings, formation, changement dans sa charge de dossiers, médecine du travail ou accompagnement psychologique. { $max } caractères au maximum.
supervision-save = Enregistrer le compte rendu
supervision-save-changes = Enregistrer les modifications
supervision-conflict-saved = Ce qui est enregistré actuellement (modifié dans un autre onglet ou une autre fenêtre)

supervision-error-date-missing = Saisissez la date de la rencontre
supervision-error-date-future = La date de la rencontre doit être aujourd'hui ou dans le passé
supervision-error-cases = Choisissez des dossiers dans la liste : l'un de ceux choisis n'est pas un dossier de cette personne
supervision-error-wellbeing-missing = Indiquez comment va le professionnel : son bien-être
supervision-error-too-long = Ce texte doit comporter { $max } caractères au maximum. Vous en avez saisi { $typed } : raccourcissez-le.
supervision-error-conflict = Ce compte rendu a été modifié dans un autre onglet ou une autre fenêtre après que vous l'avez ouvert. Ce que vous avez saisi se trouve toujours dans le formulaire ci-dessous, et ce qui est enregistré actuellement est affiché au-dessus. Gardez ce dont vous avez besoin, puis enregistrez à nouveau.
supervision-error-not-activated = Le compte de cette personne n'est pas actif : le compte rendu ne peut donc pas être chiffré pour elle. Rien n'a été enregistré : gardez une copie de ce que vous avez saisi et réessayez une fois son compte actif.
