//! The information-sharing log and the multi-agency summary: recorded and read only by the
//! case's holders, sealed at rest, audited; bad input comes back with everything typed.

mod common;

use common::journeys::{
    SAM, SUE, closed_session_with_evidence, location, open_case, signed_in, with_sam_and_sue,
};
use common::password;

#[tokio::test]
async fn a_disclosure_is_recorded_sealed_listed_and_read_only_by_the_cases_holders() {
    let app = common::TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let form = sam.get(&format!("/cases/{reference}/sharing/new")).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Legal basis for sharing"));
    assert!(
        form.body.contains("value=\"Sam Jones\""),
        "who decided starts as the recorder"
    );

    // Everything wrong at once: every problem named, everything typed kept.
    let bad = sam
        .post(
            &format!("/cases/{reference}/sharing/new"),
            &[
                ("shared_on-day", "31"),
                ("shared_on-month", "2"),
                ("shared_on-year", "2024"),
                ("recipient", "DS Kept Typing"),
                ("agency", ""),
                ("basis", "other"),
                ("basis_other", ""),
                ("decided_by", ""),
                ("what", "Typed words stay put"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    for message in [
        "Enter a real date, for example 27 3 2026",
        "Enter their agency or organisation",
        "Describe the legal basis",
        "Enter who decided to share it",
    ] {
        assert!(bad.body.contains(message), "{message}: {}", bad.body);
    }
    assert!(bad.body.contains("value=\"DS Kept Typing\""));
    assert!(bad.body.contains("Typed words stay put"));
    assert!(bad.body.contains("govuk-error-summary"));
    let future = sam
        .post(
            &format!("/cases/{reference}/sharing/new"),
            &[
                ("shared_on-day", "1"),
                ("shared_on-month", "1"),
                ("shared_on-year", "2999"),
            ],
        )
        .await;
    assert!(future.body.contains("must be today or in the past"));
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sharing_records")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(stored, 0, "nothing is saved until every field is right");

    let saved = sam
        .post(
            &format!("/cases/{reference}/sharing/new"),
            &[
                ("shared_on-day", "14"),
                ("shared_on-month", "3"),
                ("shared_on-year", "2025"),
                ("recipient", "DS Rivers, Prevent lead"),
                ("agency", "County Police"),
                ("basis", "other"),
                ("basis_other", "Information-sharing agreement 12"),
                ("decided_by", "Sue Super"),
                ("what", "Sealed-sharing-text-41"),
            ],
        )
        .await;
    assert_eq!(
        location(&saved),
        format!("/cases/{reference}?done=shared#sharing")
    );
    assert!(app.audited("sharing-recorded").await);
    let (id, shared_on, body): (String, String, Vec<u8>) =
        sqlx::query_as("SELECT id, shared_on, body FROM sharing_records")
            .fetch_one(app.db.reader())
            .await
            .unwrap();
    assert_eq!(shared_on, "2025-03-14");
    let raw = String::from_utf8_lossy(&body);
    assert!(!raw.contains("Sealed-sharing-text-41") && !raw.contains("County Police"));
    let audit: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log")
        .fetch_all(app.db.reader())
        .await
        .unwrap();
    assert!(
        audit
            .iter()
            .all(|d| !d.contains("Sealed-sharing") && !d.contains("County Police"))
    );

    let case = sam.get(&format!("/cases/{reference}?done=shared")).await;
    assert!(
        case.body
            .contains("The information shared has been recorded.")
    );
    assert!(case.body.contains("Information shared"));
    assert!(case.body.contains("14 March 2025"));
    assert!(case.body.contains("DS Rivers, Prevent lead, County Police"));
    let record = sam.get(&format!("/cases/{reference}/sharing/{id}")).await;
    assert_eq!(record.status, 200);
    assert!(record.body.contains("Sealed-sharing-text-41"));
    assert!(record.body.contains("Information-sharing agreement 12"));

    // Her supervisor reads it too; another facilitator gets 404 for the form and the record.
    let sue = signed_in(&app, SUE, 4).await;
    assert_eq!(
        sue.get(&format!("/cases/{reference}/sharing/{id}"))
            .await
            .status,
        200
    );
    app.add_person(
        "kim@example.org",
        "Kim Other",
        &["facilitator"],
        &password(6),
    )
    .await;
    let kim = signed_in(&app, "kim@example.org", 6).await;
    assert_eq!(
        kim.get(&format!("/cases/{reference}/sharing/{id}"))
            .await
            .status,
        404
    );
    assert_eq!(
        kim.get(&format!("/cases/{reference}/sharing/new"))
            .await
            .status,
        404
    );
    assert_eq!(
        kim.get(&format!("/cases/{reference}/summary")).await.status,
        404
    );
    let posted = kim
        .post(
            &format!("/cases/{reference}/summary"),
            &[("section", "concerns")],
        )
        .await;
    assert_eq!(posted.status, 404);
    // A record id of another case is not found through this one.
    let other = open_case(&sam, "Alex Other").await;
    assert_eq!(
        sam.get(&format!("/cases/{other}/sharing/{id}"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_multi_agency_summary_holds_the_chosen_sections_is_printable_logged_and_audited() {
    let app = common::TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let framework = common::journeys::framework();
    closed_session_with_evidence(
        &sam,
        &reference,
        &framework.module,
        &framework.factors[0],
        "Evidence note.",
    )
    .await;
    let raised = sam
        .post(
            &format!("/cases/{reference}/concerns/new"),
            &[
                ("what", "Concern-text-77"),
                ("action_taken", "Told the duty manager."),
            ],
        )
        .await;
    assert_eq!(raised.status, 200);

    let form = sam.get(&format!("/cases/{reference}/summary")).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Summary formulation") && form.body.contains("Concerns"));
    let none = sam
        .post(
            &format!("/cases/{reference}/summary"),
            &[
                ("recipient", "Chair Kept"),
                ("agency", "Channel panel"),
                ("basis", "public-task"),
            ],
        )
        .await;
    assert_eq!(none.status, 422);
    assert!(none.body.contains("Select at least one thing to include"));
    assert!(none.body.contains("value=\"Chair Kept\""));
    assert!(none.body.contains("value=\"public-task\" checked"));

    let produced = sam
        .post(
            &format!("/cases/{reference}/summary"),
            &[
                ("section", "sessions"),
                ("section", "concerns"),
                ("recipient", "Panel chair"),
                ("agency", "Channel panel"),
                ("basis", "public-task"),
                ("decided_by", "Sue Super"),
            ],
        )
        .await;
    let target = location(&produced);
    assert!(
        target.starts_with(&format!("/cases/{reference}/sharing/")),
        "{target}"
    );
    assert!(app.audited("multi-agency-summary-produced").await);
    assert!(app.audited("sharing-recorded").await);
    let page = sam.get(&target).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Multi-agency summary"));
    assert!(
        page.body.contains("Robin Example"),
        "the summary names the person"
    );
    assert!(
        page.body.contains("A steady session."),
        "the closing summary is in"
    );
    assert!(page.body.contains("Concern-text-77"));
    assert!(
        !page.body.contains("Management plan</h2>"),
        "an unchosen section is left out"
    );
    assert!(page.body.contains("app-no-print"));
    let kind: String = sqlx::query_scalar("SELECT kind FROM sharing_records")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(kind, "summary");
    let case = sam.get(&format!("/cases/{reference}")).await;
    assert!(case.body.contains("Panel chair, Channel panel"));

    // The print style sheet hides the navigation.
    let css = app.get("/assets/app.css").await.text().await.unwrap();
    assert!(
        css.contains("@media print"),
        "the style sheet has print rules"
    );
}
