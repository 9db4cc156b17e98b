## Examen des séances : commentaires, renvoi pour modifications, validation ; le tableau de bord
## du superviseur ; la file « Renvoyé pour modifications » du facilitateur sur la page d'accueil.

review-notice-returned = La séance a été renvoyée au facilitateur avec votre motif. Elle figure dans sa file, sur sa page d'accueil.
review-notice-commented = Votre commentaire a été ajouté. Le facilitateur le voit avec la séance.
review-problem-own = Vous ne pouvez pas examiner votre propre séance. Elle doit être examinée par l'un de vos superviseurs.
review-problem-stale = La séance a été modifiée après l'ouverture de cette page. Relisez-la ci-dessous, puis enregistrez à nouveau votre décision.
review-problem-returned = Cette séance a déjà été renvoyée à son facilitateur pour modifications. Rien n'a été modifié.
review-problem-not-submitted = Seule une séance en attente d'examen peut être examinée. Rien n'a été modifié.
review-problem-reason-missing = Saisissez le motif : indiquez ce qui doit changer avant que la séance puisse être validée
review-problem-comment-missing = Saisissez votre commentaire
review-returned-tag = Renvoyée pour modifications
review-returned-by = Renvoyée pour modifications par { $name } le { $date }
review-returned-what-to-do = Apportez les modifications, puis soumettez à nouveau la séance pour examen.
review-comments-heading = Commentaires d'examen
review-comments-none = Aucun commentaire d'examen.
review-comment-by = Commentaire de { $name } le { $date }
review-comment-on-stage = Sur l'étape « { $stage } »
review-own-session = Il s'agit de votre propre séance : vous ne pouvez donc pas l'examiner. L'un de vos superviseurs l'examine.
review-your-review = Votre examen
review-intro = Lisez le plan, chaque étape et le compte rendu de clôture. Commentez la séance entière ici, ou une étape depuis sa page ; puis validez la séance ou renvoyez-la pour modifications.
review-comment-label = Commentaire sur la séance entière
review-comment-hint = Le facilitateur voit vos commentaires avec la séance. Ils sont conservés avec le compte rendu, y compris après la validation.
review-comment-button = Ajouter le commentaire
review-return-label = La renvoyer pour modifications
review-return-hint = Indiquez ce qui doit changer et pourquoi. Le facilitateur le voit avec la séance et sur sa page d'accueil.
review-return-button = Renvoyer pour modifications
review-typed-heading = Ce que vous avez saisi (non enregistré)
review-stage-comments-heading = Commentaires d'examen sur cette étape
review-stage-comment-label = Commentaire sur cette étape
review-dashboard-intro = Tout ce qui vous attend de la part des personnes que vous supervisez, du plus ancien au plus récent, et où en est chacune d'elles.
review-waited = En attente depuis
review-waited-days = { $count ->
    [0] Moins d'un jour
    [one] 1 jour
   *[other] { $count } jours
}
review-supervisees-heading = Les personnes que vous supervisez
review-supervisees-none = Vous ne supervisez personne pour le moment.
review-supervisee-name = Nom
review-supervisee-training = Formation
review-supervisee-meets-rule = Remplit la règle
review-supervisee-not-met = Ne remplit pas la règle
review-supervisee-open-cases = Dossiers ouverts
review-supervisee-awaiting = Séances en attente d'examen
home-returned-heading = Renvoyé pour modifications
home-returned-intro = Un superviseur vous a renvoyé ces éléments pour modifications. Ouvrez chacun d'eux, apportez les modifications, puis soumettez-le à nouveau.
home-returned-on = Renvoyé le { $date }
home-returned-no-key = Ouvrez-le pour lire le motif.
home-returned-comments = { $count ->
    [one] 1 commentaire d'examen sur la séance
   *[other] { $count } commentaires d'examen sur la séance
}
