## Adolygu sesiynau: sylwadau, dychwelyd am newidiadau, cymeradwyo; dangosfwrdd y goruchwyliwr;
## ciw "Wedi'u dychwelyd atoch" yr hwylusydd ar y dudalen gychwyn.

review-notice-returned = Mae'r sesiwn wedi'i dychwelyd i'r hwylusydd gyda'ch rheswm. Mae yn eu ciw ar eu tudalen gychwyn.
review-notice-commented = Mae eich sylw wedi'i ychwanegu. Mae'r hwylusydd yn ei weld gyda'r sesiwn.
review-problem-own = Ni allwch adolygu eich sesiwn eich hun. Mae angen i un o'ch goruchwylwyr wneud hynny.
review-problem-stale = Newidiodd y sesiwn ar ôl i chi agor y dudalen hon. Darllenwch hi eto isod, yna cofnodwch eich penderfyniad eto.
review-problem-returned = Mae'r sesiwn hon eisoes wedi'i dychwelyd i'w hwylusydd am newidiadau. Ni newidiwyd dim.
review-problem-not-submitted = Dim ond sesiwn sy'n aros am adolygiad y gellir ei hadolygu. Ni newidiwyd dim.
review-problem-reason-missing = Rhowch y rheswm: dywedwch beth ddylai newid cyn y gellir cymeradwyo'r sesiwn
review-problem-comment-missing = Rhowch eich sylw
review-returned-tag = Wedi'i dychwelyd am newidiadau
review-returned-by = Dychwelwyd am newidiadau gan { $name } ar { $date }
review-returned-what-to-do = Gwnewch y newidiadau, yna cyflwynwch y sesiwn i'w hadolygu eto.
review-comments-heading = Sylwadau adolygu
review-comments-none = Dim sylwadau adolygu.
review-comment-by = Sylw gan { $name } ar { $date }
review-comment-on-stage = Ar y cam “{ $stage }”
review-own-session = Eich sesiwn chi yw hon, felly ni allwch ei hadolygu. Bydd un o'ch goruchwylwyr yn ei hadolygu.
review-your-review = Eich adolygiad
review-intro = Darllenwch y cynllun, pob cam a'r cofnod cau. Rhowch sylw ar y sesiwn gyfan yma, neu ar un cam o'i dudalen; yna cymeradwywch y sesiwn neu ei dychwelyd am newidiadau.
review-comment-label = Sylw ar y sesiwn gyfan
review-comment-hint = Mae'r hwylusydd yn gweld eich sylwadau gyda'r sesiwn. Maen nhw'n cael eu cadw gyda'r cofnod, hefyd ar ôl cymeradwyo.
review-comment-button = Ychwanegu'r sylw
review-return-label = Ei dychwelyd am newidiadau
review-return-hint = Dywedwch beth ddylai newid a pham. Mae'r hwylusydd yn gweld hyn gyda'r sesiwn ac ar eu tudalen gychwyn.
review-return-button = Dychwelyd am newidiadau
review-typed-heading = Yr hyn a deipiwyd gennych (ni chafodd ei gadw)
review-stage-comments-heading = Sylwadau adolygu ar y cam hwn
review-stage-comment-label = Sylw ar y cam hwn
review-dashboard-intro = Popeth sy'n aros amdanoch gan y bobl rydych yn eu goruchwylio, yr hynaf yn gyntaf, a ble mae pob un ohonyn nhw arni.
review-waited = Yn aros ers
review-waited-days = { $count ->
    [0] Llai na diwrnod
    [one] 1 diwrnod
    [two] 2 ddiwrnod
   *[other] { $count } diwrnod
}
review-supervisees-heading = Y bobl rydych yn eu goruchwylio
review-supervisees-none = Nid ydych yn goruchwylio neb ar hyn o bryd.
review-supervisee-name = Enw
review-supervisee-training = Hyfforddiant
review-supervisee-meets-rule = Yn bodloni'r rheol
review-supervisee-not-met = Nid yw'n bodloni'r rheol
review-supervisee-open-cases = Achosion agored
review-supervisee-awaiting = Sesiynau'n aros am adolygiad
home-returned-heading = Wedi'u dychwelyd atoch
home-returned-intro = Dychwelodd goruchwyliwr y rhain am newidiadau. Agorwch bob un, gwnewch y newidiadau, yna cyflwynwch ef eto.
home-returned-on = Dychwelwyd ar { $date }
home-returned-no-key = Agorwch ef i ddarllen y rheswm.
home-returned-comments = { $count ->
    [one] 1 sylw adolygu ar y sesiwn
    [two] 2 sylw adolygu ar y sesiwn
   *[other] { $count } sylw adolygu ar y sesiwn
}
