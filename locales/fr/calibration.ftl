# Exercices de calibrage : noter des cas fictifs à l'aveugle, puis comparer.
nav-calibration = Exercices de calibrage
calibration-title = Exercices de calibrage
calibration-intro = { $count ->
    [one] Dans chaque exercice, vous lisez un cas fictif et notez seul { $count } facteur de la formulation, puis vous comparez vos notes aux notes de référence et à celles de vos collègues.
   *[other] Dans chaque exercice, vous lisez un cas fictif et notez seul { $count } facteurs de la formulation, puis vous comparez vos notes aux notes de référence et à celles de vos collègues.
}
calibration-intro-blind = Vous ne verrez ni les notes de référence ni celles des autres avant d'avoir envoyé les vôtres. Jusque-là, vous seul voyez vos notes. Ensuite, les responsables de formation peuvent voir que vous avez terminé l'exercice, et vos notes comptent, sans votre nom, dans les chiffres qu'ils voient pour les groupes d'au moins trois personnes.
calibration-intro-fictional = Les cas sont fictifs. C'est un entraînement à appliquer les définitions de façon cohérente, pas un examen : personne ne reçoit de note globale.
calibration-state-submitted = Envoyé
calibration-state-in-progress = En cours
calibration-rated-of = { $rated } facteurs notés sur { $total }.
calibration-start = Commencer cet exercice
calibration-continue = Continuer à noter
calibration-see-results = Voir vos résultats
calibration-domain-of = Partie { $number } sur { $total }
calibration-read-vignette = Lire le cas
calibration-blind-hint = Notez chaque facteur à partir du cas seul, en vous appuyant sur sa définition. Vous pouvez modifier vos notes jusqu'à leur envoi.
calibration-save-next = Enregistrer et continuer
calibration-save-check = Enregistrer et vérifier vos notes
calibration-resume-hint = Vos notes sont enregistrées chaque fois que vous continuez : vous pouvez vous arrêter et revenir plus tard.
calibration-back-to-list = Retour aux exercices de calibrage
calibration-problem-not-on-scale = Choisissez l'une des notes de l'échelle pour { $factor }
calibration-problem-not-rated = Notez { $factor } avant d'envoyer
calibration-check-title = Vérifier vos notes
calibration-not-rated = Pas encore noté
calibration-rate = Noter
calibration-change = Modifier
calibration-submit-heading = Envoyer vos notes
calibration-submit-body = Une fois envoyées, vos notes ne peuvent plus être modifiées. Vous les verrez alors à côté des notes de référence et de celles de vos collègues.
calibration-submit = Envoyer les notes
calibration-results-title = Vos résultats
calibration-results-intro = Vos notes à côté des notes de référence, avec la raison de chaque note de référence et la façon dont chaque personne ayant envoyé ses notes a noté chaque facteur. Lorsque votre note diffère, la définition du facteur est rappelée.
calibration-results-conventions = Un accord de 1 est complet ; 0 correspond à ce que le hasard seul donnerait. Les mots à côté de chaque chiffre (faible, passable, modéré, important, presque parfait) sont les conventions habituelles (Landis et Koch, 1977), pas des tests ni des seuils de réussite.
calibration-results-not-a-score = Ces chiffres vous aident, vous et vos formateurs, à voir où les définitions sont lues différemment. Ce n'est pas une note sur vous.
calibration-overall = Tous les facteurs
calibration-figure-percent = Votre accord avec la référence
calibration-figure-cohen = Votre kappa avec la référence
calibration-figure-weighted = Votre kappa pondéré avec la référence (l'écart compte)
calibration-figure-fleiss = Le kappa du groupe (Fleiss)
calibration-raters = { $count ->
    [one] (d'après les notes de { $count } personne)
   *[other] (d'après les notes de { $count } personnes)
}
calibration-your-rating = Votre note
calibration-reference-rating = Note de référence
calibration-differs = Différente
calibration-group-ratings = Les notes de tous
calibration-pairs-agree = { $percent } des paires d'évaluateurs sont d'accord
calibration-reading-worse = moins d'accord que le hasard
calibration-reading-slight = accord faible
calibration-reading-fair = accord passable
calibration-reading-moderate = accord modéré
calibration-reading-substantial = accord important
calibration-reading-almost-perfect = accord presque parfait
calibration-undefined-no-items = Impossible à calculer : il n'y a pas de notes à comparer ici (« Pas assez d'informations » est exclu du chiffre pondéré).
calibration-undefined-one-rater = Impossible à calculer : un seul évaluateur pour l'instant. Les chiffres du groupe demandent qu'au moins deux personnes aient envoyé leurs notes.
calibration-undefined-no-variation = Impossible à calculer : toutes les notes étaient identiques, donc le hasard seul serait entièrement d'accord.
calibration-undefined-unequal = Impossible à calculer : tout le monde n'a pas noté les mêmes facteurs.
calibration-undefined-out-of-scale = Impossible à calculer : une note ne figure plus sur l'échelle de la boîte à outils.
calibration-training-heading = Exercices de calibrage
calibration-training-none = Aucun exercice de calibrage terminé pour l'instant.
calibration-training-exercise = Exercice
calibration-training-submitted = Envoyé le
calibration-count-after-label = {"\u00A0"}: { $count }

# The training managers' calibration dashboard.
calibration-dashboard-link = L'étalonnage au sein des équipes
calibration-dashboard-title = L'étalonnage au sein des équipes
calibration-dashboard-intro = Les facteurs de la formulation que les équipes lisent différemment, d'après tous les exercices d'étalonnage envoyés. Servez-vous-en pour choisir les définitions et les parties de la formation à revoir. Ce n'est la note de personne.
calibration-dashboard-between-staff-explained = Accord entre collègues : parmi toutes les paires de personnes ayant noté le même facteur du même cas, la part qui a choisi la même note.
calibration-dashboard-with-reference-explained = Conforme à la référence : la part des notes identiques à la note de référence.
calibration-dashboard-privacy = { $count ->
    [one] Aucun nom ni aucune note individuelle n'apparaît ici.
   *[other] Aucun nom ni aucune note individuelle n'apparaît ici. Un chiffre n'est affiché que s'il provient d'au moins { $count } personnes différentes, pour que personne ne puisse en déduire les notes de quelqu'un.
}
calibration-dashboard-empty = Personne n'a encore envoyé d'exercice d'étalonnage.
calibration-dashboard-totals = Exercices envoyés : { $submissions }. Personnes en ayant envoyé un : { $people }.
calibration-dashboard-domains-heading = Domaines
calibration-dashboard-factors-heading = Facteurs
calibration-dashboard-lowest-first = Du plus faible accord entre collègues au plus fort
calibration-dashboard-domain = Domaine
calibration-dashboard-factor = Facteur
calibration-dashboard-between-staff = Accord entre collègues
calibration-dashboard-with-reference = Conforme à la référence
calibration-dashboard-people = Personnes
calibration-dashboard-withheld = { $count ->
    [one] Non affiché : personne pour l'instant
   *[other] Non affiché : moins de { $count } personnes
}
calibration-dashboard-withheld-short = Non affiché
calibration-dashboard-no-pairs = Aucun cas noté par deux personnes
calibration-dashboard-none = Aucune
calibration-dashboard-over-time-heading = Sur les 12 derniers mois
calibration-dashboard-over-time-intro = La fréquence à laquelle les notes étaient conformes à la référence dans chaque domaine, selon le mois d'envoi de l'exercice. Les mois comptant moins de personnes que le seuil ci-dessus ne figurent pas sur les courbes.
calibration-dashboard-chart-caption = Notes conformes à la référence, par domaine et par mois
calibration-dashboard-chart-desc = Une courbe par domaine. Les mêmes chiffres figurent dans le tableau sous le graphique.
calibration-dashboard-chart-table = Afficher le graphique sous forme de tableau
calibration-dashboard-month = Mois
