//! ERG-style formulations, driven over HTTP through the real pages: the whole journey (draft,
//! submit, return, sign-off, revise, compare), access for everyone else (404), the chart against
//! the stored (sealed) versions, encryption at rest, and every bad input.

mod common;

use common::journeys::{
    SAM, SUE, closed_session_with_evidence, location, open_case, signed_in, version_in,
    with_sam_and_sue, with_sam_sue_and_recovery,
};
use common::{Browser, Page, TestApp, password};
use dialogues::toolkit::Toolkit;

/// Saves a factor from the version its page shows now (or version 1 where there is no form).
async fn rate(browser: &Browser, base: &str, factor: &str, rating: &str, evidence: &str) -> Page {
    let form = browser.get(&format!("{base}/factors/{factor}")).await;
    let version = if form.status == 200 {
        version_in(&form.body)
    } else {
        "1".to_owned()
    };
    browser
        .post(
            &format!("{base}/factors/{factor}"),
            &[
                ("rating", rating),
                ("evidence", evidence),
                ("sources", ""),
                ("version", &version),
                ("go", "back"),
            ],
        )
        .await
}

/// Rates every factor not yet rated, writes every domain judgement and the summary.
async fn complete(browser: &Browser, base: &str) {
    let common::journeys::Framework {
        factors, domains, ..
    } = common::journeys::framework();
    for factor in &factors {
        let page = browser.get(&format!("{base}/factors/{factor}")).await;
        if page.body.contains("checked>") {
            continue;
        }
        let saved = rate(browser, base, factor, "not-enough-information", "").await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    for domain in &domains {
        let saved = browser
            .post(
                &format!("{base}/domains/{domain}"),
                &[
                    ("judgement", "Read together, little is known yet."),
                    ("version", "1"),
                ],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let saved = browser
        .post(
            &format!("{base}/summary"),
            &[
                ("summary", "An early picture, built with him."),
                (
                    "management_plan",
                    "Continue the sessions; review in three months.",
                ),
                ("changes", ""),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
}

#[tokio::test]
async fn draft_submit_return_sign_off_revise_and_compare() {
    let app = TestApp::spawn().await;
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let first_session = closed_session_with_evidence(
        &sam,
        &reference,
        "getting-started",
        "p-engagement",
        "Came early and asked what the sessions were for.",
    )
    .await;

    // Nothing yet; the tagged factor is offered as a prompt.
    let overview = sam.get(&format!("/cases/{reference}/formulation")).await;
    assert_eq!(overview.status, 200);
    assert!(
        overview
            .body
            .contains("There is no formulation for this case yet.")
    );
    assert!(
        overview
            .body
            .contains("Closed sessions have tagged evidence")
    );
    assert!(
        overview
            .body
            .contains("no score, no total and no risk level")
    );
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_eq!(
        location(&started),
        format!("/cases/{reference}/formulation/1?done=started")
    );
    assert!(app.audited("formulation-started").await);
    let base = format!("/cases/{reference}/formulation/1");

    // Submitting an empty draft lists what is missing, each linked to its page.
    let early = sam.post(&format!("{base}/submit"), &[]).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("Before you can send this for review"));
    assert!(
        early
            .body
            .contains(&format!("href=\"{base}/factors/i-us-them\""))
    );
    assert!(early.body.contains(&format!("href=\"{base}/summary\"")));

    // A factor page: definition, indicators and prompts where the rating is made, and the
    // session evidence tagged for it.
    let factor = sam.get(&format!("{base}/factors/p-engagement")).await;
    assert_eq!(factor.status, 200);
    assert!(factor.body.contains("What this factor means"));
    assert!(factor.body.contains("What indicates each rating"));
    assert!(factor.body.contains("Questions that can help"));
    assert!(factor.body.contains("Not enough information"));
    assert!(
        factor
            .body
            .contains("Came early and asked what the sessions were for.")
    );
    let saved = sam
        .post(
            &format!("{base}/factors/p-engagement"),
            &[
                ("rating", "partly-present"),
                ("evidence", "Engages when the topic is practical."),
                ("sources", "Sessions; wing officer"),
                ("sessions", &first_session),
                ("version", &version_in(&factor.body)),
                ("go", "next"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(
        location(&saved).starts_with(&format!("{base}/factors/")),
        "save and next goes to the next factor"
    );
    let version_page = sam.get(&base).await;
    assert!(
        version_page
            .body
            .contains("Engages when the topic is practical.")
    );
    assert!(
        version_page
            .body
            .contains("Sources: Sessions; wing officer")
    );
    assert!(
        version_page
            .body
            .contains(&format!("href=\"/sessions/{first_session}\""))
    );

    // Another factor named by the facilitator.
    let added = sam
        .post(
            &format!("{base}/factors/new"),
            &[
                ("name", "Debts to people inside"),
                ("strength", "concern"),
                ("rating", "partly-present"),
                ("evidence", "Mentioned owing money on the wing."),
                ("sources", ""),
                ("version", "1"),
                ("go", "back"),
            ],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    assert!(sam.get(&base).await.body.contains("Debts to people inside"));

    complete(&sam, &base).await;
    let submitted = sam.post(&format!("{base}/submit"), &[]).await;
    assert_eq!(location(&submitted), format!("{base}?done=submitted"));
    let locked = rate(&sam, &base, "i-us-them", "not-present", "late change").await;
    assert_eq!(locked.status, 422);
    assert!(locked.body.contains("sent for review"));
    assert!(
        locked.body.contains("late change"),
        "what was typed is kept"
    );

    // Sam cannot review his own work; Sue reads it with her own grant and returns it.
    let own = sam
        .post(
            &format!("{base}/review"),
            &[("decision", "sign-off"), ("comment", ""), ("version", "99")],
        )
        .await;
    assert_eq!(own.status, 422);
    assert!(own.body.contains("You cannot review your own formulation"));
    let queue = sue.get("/review").await;
    assert!(queue.body.contains("1 formulation awaiting review"));
    assert!(queue.body.contains(&format!("{base}#review")));
    let review_page = sue.get(&base).await;
    assert_eq!(review_page.status, 200);
    assert!(
        review_page
            .body
            .contains("Engages when the topic is practical.")
    );
    assert!(review_page.body.contains("Your review"));
    let seen = version_in(&review_page.body);
    let no_comment = sue
        .post(
            &format!("{base}/review"),
            &[("decision", "return"), ("comment", " "), ("version", &seen)],
        )
        .await;
    assert_eq!(no_comment.status, 422);
    assert!(no_comment.body.contains("Enter your comments"));
    let stale = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "return"),
                ("comment", "More on intent, please."),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(stale.status, 422);
    assert!(stale.body.contains("changed after you opened this page"));
    assert!(
        stale.body.contains("More on intent, please."),
        "the comment is kept"
    );
    let returned = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "return"),
                ("comment", "More on intent, please."),
                ("version", &seen),
            ],
        )
        .await;
    assert_eq!(location(&returned), format!("{base}?done=returned"));
    let back = sam.get(&base).await;
    assert!(back.body.contains("Returned by Sue Super"));
    assert!(back.body.contains("More on intent, please."));
    let edited = rate(
        &sam,
        &base,
        "i-us-them",
        "partly-present",
        "Talks of 'them' at times.",
    )
    .await;
    assert_eq!(
        edited.status, 303,
        "returned work can be changed: {}",
        edited.body
    );
    sam.post(&format!("{base}/submit"), &[]).await;
    let seen = version_in(&sue.get(&base).await.body);
    let signed = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "sign-off"),
                ("comment", ""),
                ("version", &seen),
            ],
        )
        .await;
    assert_eq!(location(&signed), format!("{base}?done=signed-off"));
    for action in [
        "formulation-saved",
        "formulation-submitted",
        "formulation-returned",
        "formulation-signed-off",
    ] {
        assert!(app.audited(action).await, "{action} is audited");
    }

    // Frozen: no change links, no changes.
    let frozen = sam.get(&base).await;
    assert!(!frozen.body.contains(&format!("{base}/factors/i-us-them\"")));
    let refused = rate(&sam, &base, "i-us-them", "not-present", "after sign-off").await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("signed off and is frozen"));

    // A later session's evidence prompts the next revision, which starts from a copy.
    closed_session_with_evidence(
        &sam,
        &reference,
        "getting-started",
        "p-hope",
        "Spoke about college for the first time.",
    )
    .await;
    let overview = sam.get(&format!("/cases/{reference}/formulation")).await;
    assert!(overview.body.contains("since version 1 was signed off"));
    assert!(overview.body.contains("Start a revision of version 1"));
    let revised = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_eq!(
        location(&revised),
        format!("/cases/{reference}/formulation/2?done=started")
    );
    let base2 = format!("/cases/{reference}/formulation/2");
    let copy = sam.get(&format!("{base2}/factors/i-us-them")).await;
    assert!(
        copy.body.contains("value=\"partly-present\" checked"),
        "a copy"
    );
    assert!(
        sam.get(&base2)
            .await
            .body
            .contains("New evidence from sessions")
    );
    let second = sam
        .get(&format!("/cases/{reference}/formulation/start"))
        .await;
    assert_eq!(second.status, 405, "starting is a POST only");
    let again = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_eq!(again.status, 422, "one version at a time");
    assert!(again.body.contains("already being worked on"));
    let changed = rate(
        &sam,
        &base2,
        "i-us-them",
        "strongly-present",
        "Now speaks of 'them' as the enemy.",
    )
    .await;
    assert_eq!(changed.status, 303, "{}", changed.body);

    // Compare: side by side, changes marked.
    let compared = sam
        .get(&format!(
            "/cases/{reference}/formulation/compare?from=1&to=2"
        ))
        .await;
    assert_eq!(compared.status, 200);
    assert!(compared.body.contains("<del>Partly present</del>"));
    assert!(compared.body.contains("<ins>Strongly present</ins>"));
    assert!(
        compared.body.contains("1 factor or section changed."),
        "{}",
        compared.body
    );
    let bad = sam
        .get(&format!(
            "/cases/{reference}/formulation/compare?from=1&to=7"
        ))
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Choose a version from the list"));
    let same = sam
        .get(&format!(
            "/cases/{reference}/formulation/compare?from=2&to=2"
        ))
        .await;
    assert!(same.body.contains("Choose two different versions"));

    // The chart on the case page shows each version's rating as stored (opened here with the
    // recovery key, not taken from what the test typed).
    let case_page = sam.get(&format!("/cases/{reference}")).await;
    let table = &case_page.body[case_page.body.find("id=\"ratings-table\"").unwrap()..];
    let case = dialogues::cases::store::by_reference(app.db.reader(), &reference)
        .await
        .unwrap()
        .unwrap();
    let key = dialogues::cases::keys::open_with_recovery(app.db.reader(), &case.id, &recovery)
        .await
        .unwrap();
    let stored = dialogues::formulations::store::of_case(app.db.reader(), &case.id)
        .await
        .unwrap();
    assert_eq!(stored.len(), 2);
    let toolkit = Toolkit::builtin().unwrap();
    let scale = toolkit
        .content(toolkit.source_language)
        .framework
        .scale
        .get_ref();
    let factors = common::journeys::framework().factors;
    for factor in &factors {
        let row_at = table
            .find(&format!("data-factor=\"{factor}\""))
            .unwrap_or_else(|| panic!("a chart row for {factor}"));
        let row = &table[row_at..row_at + table[row_at..].find("</tr>").unwrap()];
        let cells: Vec<&str> = row
            .split("<td class=\"govuk-table__cell\" lang=\"en\">")
            .skip(1)
            .map(|c| &c[..c.find("</td>").unwrap()])
            .collect();
        let expected: Vec<String> = stored
            .iter()
            .map(|v| {
                let doc = dialogues::formulations::open_doc(v, &key).unwrap();
                let id = doc.factors.get(factor).and_then(|e| e.rating.clone());
                id.and_then(|id| scale.iter().find(|p| p.id.get_ref() == &id))
                    .map_or_else(|| "–".to_owned(), |p| p.label.clone())
            })
            .collect();
        assert_eq!(cells, expected, "the chart row for {factor}");
    }
    assert!(table.contains("Debts to people inside"));

    // At rest: nothing typed is in the database file or its write-ahead log.
    for (path, bytes) in common::live_database_files(app.db.path()) {
        for canary in [
            "Engages when the topic",
            "More on intent",
            "Debts to people",
        ] {
            assert!(
                !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
                "{canary} found in {}",
                path.display()
            );
        }
    }
}

#[tokio::test]
async fn formulations_are_not_found_for_anyone_but_the_facilitator_and_their_supervisors() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    sam.post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    let base = format!("/cases/{reference}/formulation");

    let fay_id = app
        .add_person(
            "fay@example.org",
            "Fay Other",
            &["facilitator"],
            &password(5),
        )
        .await;
    app.make_trained(&fay_id).await;
    // A training manager sees staff training, never cases.
    app.add_person(
        "nora@example.org",
        "Nora Manager",
        &["training-manager"],
        &password(6),
    )
    .await;
    let fay = signed_in(&app, "fay@example.org", 5).await;
    let nora = signed_in(&app, "nora@example.org", 6).await;
    let reads = [
        base.clone(),
        format!("{base}/1"),
        format!("{base}/1/factors/i-us-them"),
        format!("{base}/1/domains/intent"),
        format!("{base}/1/summary"),
        format!("{base}/compare?from=1&to=1"),
    ];
    let writes = [
        format!("{base}/start"),
        format!("{base}/1/factors/i-us-them"),
        format!("{base}/1/domains/intent"),
        format!("{base}/1/summary"),
        format!("{base}/1/submit"),
        format!("{base}/1/review"),
    ];
    for outsider in [&fay, &nora] {
        for url in &reads {
            assert_eq!(outsider.get(url).await.status, 404, "GET {url}");
        }
        for url in &writes {
            assert_eq!(outsider.post(url, &[]).await.status, 404, "POST {url}");
        }
    }
    // The supervisor reads but does not write the facilitator's formulation.
    let sue = signed_in(&app, SUE, 4).await;
    assert_eq!(sue.get(&format!("{base}/1")).await.status, 200);
    assert_eq!(
        sue.get(&format!("{base}/1/factors/i-us-them")).await.status,
        404
    );
    let refused = rate(&sue, &format!("{base}/1"), "i-us-them", "not-present", "").await;
    assert_eq!(refused.status, 404);
    // Numbers and factors that do not exist.
    for url in [
        format!("{base}/2"),
        format!("{base}/0"),
        format!("{base}/x"),
        format!("{base}/1/factors/not-a-factor"),
        format!("{base}/1/factors/other-9"),
        format!("{base}/1/domains/not-a-domain"),
    ] {
        assert_eq!(sam.get(&url).await.status, 404, "GET {url}");
    }
    // Every read is audited with its reason.
    let reads: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'case-read' AND detail LIKE '%formulation%'",
    )
    .fetch_one(app.db.reader())
    .await
    .unwrap();
    assert!(reads >= 2, "formulation reads are audited ({reads})");
}

#[tokio::test]
async fn bad_input_gets_clear_messages_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    sam.post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    let base = format!("/cases/{reference}/formulation/1");

    let bogus = rate(&sam, &base, "i-us-them", "very-high", "Typed with care.").await;
    assert_eq!(bogus.status, 422);
    assert!(bogus.body.contains("Choose a rating from the list"));
    assert!(bogus.body.contains("Typed with care."));
    assert!(bogus.body.contains("govuk-error-summary"));

    let long = "x".repeat(20_001);
    let too_long = rate(&sam, &base, "i-us-them", "not-present", &long).await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.body.contains("You have typed 20001"));
    assert!(too_long.body.contains(&long), "the text is kept");

    let unnamed = sam
        .post(
            &format!("{base}/factors/new"),
            &[
                ("name", " "),
                ("rating", ""),
                ("evidence", "Kept."),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(unnamed.status, 422);
    assert!(unnamed.body.contains("Enter a name for the factor"));
    assert!(
        unnamed
            .body
            .contains("Choose whether the factor is a concern or a strength")
    );
    assert!(unnamed.body.contains("Kept."));

    // Two tabs on one factor: the second save is a visible conflict, not an overwrite.
    let tab = sam.get(&format!("{base}/factors/i-us-them")).await;
    let version = version_in(&tab.body);
    let first = rate(&sam, &base, "i-us-them", "partly-present", "From tab one.").await;
    assert_eq!(first.status, 303);
    let second = sam
        .post(
            &format!("{base}/factors/i-us-them"),
            &[
                ("rating", "not-present"),
                ("evidence", "From tab two."),
                ("version", &version),
                ("go", "back"),
            ],
        )
        .await;
    assert_eq!(second.status, 409);
    assert!(second.body.contains("changed in another tab or window"));
    assert!(
        second.body.contains("From tab one."),
        "what is saved is shown"
    );
    assert!(
        second.body.contains("From tab two."),
        "what was typed is kept"
    );
    // A different factor saved from the same old version is not a conflict.
    let other = sam
        .post(
            &format!("{base}/factors/i-harmful-ends"),
            &[
                ("rating", "not-present"),
                ("evidence", ""),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(other.status, 303);

    // A closed case takes no formulation work.
    sam.post(&format!("/cases/{reference}/close"), &[]).await;
    let closed = rate(&sam, &base, "i-us-them", "not-present", "While closed.").await;
    assert_eq!(closed.status, 422);
    assert!(closed.body.contains("The case is closed"));
}
