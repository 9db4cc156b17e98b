## Sessies beoordelen: opmerkingen, terugsturen voor wijzigingen, aftekenen; het overzicht van de
## supervisor; de lijst "Naar u teruggestuurd" van de facilitator op de startpagina.

review-notice-returned = De sessie is met uw reden teruggestuurd naar de facilitator. Ze staat in de lijst op de startpagina van de facilitator.
review-notice-commented = Uw opmerking is toegevoegd. De facilitator ziet haar bij de sessie.
review-problem-own = U kunt uw eigen sessie niet beoordelen. Dat moet een van uw supervisors doen.
review-problem-stale = De sessie is gewijzigd nadat u deze pagina opende. Lees haar hieronder opnieuw en leg daarna uw beslissing opnieuw vast.
review-problem-returned = Deze sessie is al voor wijzigingen teruggestuurd naar de facilitator. Er is niets gewijzigd.
review-problem-not-submitted = Alleen een sessie die op beoordeling wacht, kan worden beoordeeld. Er is niets gewijzigd.
review-problem-reason-missing = Vul de reden in: zeg wat er moet veranderen voordat de sessie kan worden afgetekend
review-problem-comment-missing = Vul uw opmerking in
review-returned-tag = Teruggestuurd voor wijzigingen
review-returned-by = Teruggestuurd voor wijzigingen door { $name } op { $date }
review-returned-what-to-do = Breng de wijzigingen aan en dien de sessie daarna opnieuw in ter beoordeling.
review-comments-heading = Opmerkingen bij de beoordeling
review-comments-none = Geen opmerkingen bij de beoordeling.
review-comment-by = Opmerking van { $name } op { $date }
review-comment-on-stage = Bij de fase ‘{ $stage }’
review-own-session = Dit is uw eigen sessie, dus u kunt haar niet beoordelen. Een van uw supervisors beoordeelt haar.
review-your-review = Uw beoordeling als supervisor
review-intro = Lees het plan, elke fase en het afsluitende verslag. Maak hier een opmerking bij de hele sessie, of bij één fase vanaf de pagina van die fase; teken de sessie daarna af of stuur haar terug voor wijzigingen.
review-comment-label = Opmerking bij de hele sessie
review-comment-hint = De facilitator ziet uw opmerkingen bij de sessie. Ze worden bij het verslag bewaard, ook na het aftekenen.
review-comment-button = De opmerking toevoegen
review-return-label = Terugsturen voor wijzigingen
review-return-hint = Zeg wat er moet veranderen en waarom. De facilitator ziet dit bij de sessie en op de eigen startpagina.
review-return-button = Terugsturen voor wijzigingen
review-typed-heading = Wat u had getypt (niet opgeslagen)
review-stage-comments-heading = Opmerkingen bij de beoordeling van deze fase
review-stage-comment-label = Opmerking bij deze fase
review-dashboard-intro = Alles wat bij de mensen onder uw supervisie op u wacht, het oudste eerst, en hoe elk van hen ervoor staat.
review-waited = Wacht al
review-waited-days = { $count ->
    [0] Minder dan een dag
    [one] 1 dag
   *[other] { $count } dagen
}
review-supervisees-heading = Mensen onder uw supervisie
review-supervisees-none = U hebt op dit moment niemand onder supervisie.
review-supervisee-name = Naam
review-supervisee-training = Opleiding
review-supervisee-meets-rule = Voldoet aan de regel
review-supervisee-not-met = Voldoet niet aan de regel
review-supervisee-open-cases = Open dossiers
review-supervisee-awaiting = Sessies die op beoordeling wachten
home-returned-heading = Naar u teruggestuurd
home-returned-intro = Een supervisor heeft dit teruggestuurd voor wijzigingen. Open elk onderdeel, breng de wijzigingen aan en dien het daarna opnieuw in.
home-returned-on = Teruggestuurd op { $date }
home-returned-no-key = Open het om de reden te lezen.
home-returned-comments = { $count ->
    [one] 1 opmerking bij de beoordeling van de sessie
   *[other] { $count } opmerkingen bij de beoordeling van de sessie
}
