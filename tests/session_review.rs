//! The session review loop and the supervisor's dashboard, driven over HTTP through the real
//! pages: comments on a session and on a stage, return for changes with a reason, the
//! facilitator's "Returned to you" queue, resubmission, sign-off and amendments after it; stale
//! decisions, self-review, access for other supervisors (404), comments encrypted at rest, and
//! the dashboard's waiting times and supervisees.

mod common;

use common::journeys::{
    SAM, SUE, location, open_case, plan_session, signed_in, version_in, with_sam_and_sue,
};
use common::{Browser, Page, TestApp, password};

async fn save_stage(browser: &Browser, session: &str, stage: &str, notes: &str) -> Page {
    let form = browser
        .get(&format!("/sessions/{session}/stages/{stage}"))
        .await;
    browser
        .post(
            &format!("/sessions/{session}/stages/{stage}"),
            &[
                ("notes", notes),
                ("version", &version_in(&form.body)),
                ("go", "leave"),
            ],
        )
        .await
}

/// Plans, runs (notes on the first stage), closes and submits a session; returns its id.
async fn submitted_session(browser: &Browser, reference: &str) -> String {
    let session = plan_session(browser, reference, "getting-started").await;
    let begun = browser
        .post(&format!("/sessions/{session}/begin"), &[])
        .await;
    assert_eq!(begun.status, 303, "{}", begun.body);
    let saved = save_stage(browser, &session, "check-in", "Settled, talked about work.").await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let close = browser.get(&format!("/sessions/{session}/close")).await;
    let closed = browser
        .post(
            &format!("/sessions/{session}/close"),
            &[
                ("summary", "A first meeting."),
                ("engagement", "engaged"),
                ("actions", "Meet again."),
                ("version", &version_in(&close.body)),
            ],
        )
        .await;
    assert_eq!(
        location(&closed),
        format!("/sessions/{session}?done=closed")
    );
    let submitted = browser
        .post(&format!("/sessions/{session}/submit"), &[])
        .await;
    assert_eq!(
        location(&submitted),
        format!("/sessions/{session}?done=submitted")
    );
    session
}

/// The session's status and when it was returned, as stored.
async fn stored(app: &TestApp, session: &str) -> (String, Option<String>) {
    sqlx::query_as("SELECT status, returned_at FROM sessions WHERE id = ?")
        .bind(session)
        .fetch_one(app.db.reader())
        .await
        .unwrap()
}

async fn comment_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM review_comments")
        .fetch_one(app.db.reader())
        .await
        .unwrap()
}

/// The version the session page's review forms carry.
async fn seen_version(browser: &Browser, session: &str) -> String {
    let page = browser.get(&format!("/sessions/{session}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    version_in(&page.body)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn a_session_is_returned_with_comments_changed_resubmitted_signed_off_and_amended() {
    let app = TestApp::spawn().await;
    let (_, sue_id) = with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;

    // Nothing returned yet: the start page has no queue.
    assert!(!sam.get("/").await.body.contains("Returned to you"));
    let session = submitted_session(&sam, &reference).await;

    // The supervisor reads it with her own grant and sees the review forms.
    let queue = sue.get("/review").await;
    assert!(queue.body.contains(&format!("/sessions/{session}")));
    let page = sue.get(&format!("/sessions/{session}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("A first meeting."));
    assert!(page.body.contains("Your review"));
    assert!(
        page.body
            .contains(&format!("action=\"/sessions/{session}/return\""))
    );
    assert!(
        page.body
            .contains(&format!("action=\"/sessions/{session}/sign-off\""))
    );
    let stage = sue
        .get(&format!("/sessions/{session}/stages/check-in"))
        .await;
    assert!(stage.body.contains("Settled, talked about work."));
    assert!(!stage.body.contains("name=\"notes\""), "read-only for her");
    assert!(stage.body.contains("Comment on this stage"));

    // A comment on the whole session, and one on a stage.
    let commented = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", "Good rapport: keep the pace slow.")],
        )
        .await;
    assert_eq!(
        location(&commented),
        format!("/sessions/{session}?done=commented#comments")
    );
    let on_stage = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[
                ("comment", "Ask what a good week at work looks like."),
                ("stage", "check-in"),
            ],
        )
        .await;
    assert_eq!(
        location(&on_stage),
        format!("/sessions/{session}/stages/check-in?done=commented#comments")
    );
    let stage = sue
        .get(&format!(
            "/sessions/{session}/stages/check-in?done=commented"
        ))
        .await;
    assert!(stage.body.contains("Your comment has been added"));
    assert!(
        stage
            .body
            .contains("Ask what a good week at work looks like.")
    );
    assert!(stage.body.contains("Comment by Sue Super"));
    // A stage comment stays on its stage page, and the session page lists both.
    assert!(
        !sue.get(&format!("/sessions/{session}/stages/why-here"))
            .await
            .body
            .contains("Ask what a good week at work looks like.")
    );
    let page = sue.get(&format!("/sessions/{session}")).await;
    assert!(page.body.contains("Good rapport: keep the pace slow."));
    assert!(
        page.body
            .contains("Ask what a good week at work looks like.")
    );
    assert!(
        page.body
            .contains(&format!("href=\"/sessions/{session}/stages/check-in\""))
    );

    // She returns it with a reason, naming the version she read.
    let version = version_in(&page.body);
    let returned = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[
                ("reason", "Add the actions you agreed at the end."),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(
        location(&returned),
        format!("/sessions/{session}?done=returned")
    );
    let (status, returned_at) = stored(&app, &session).await;
    assert_eq!(status, "closed");
    assert!(returned_at.is_some());
    let after = sue.get(&format!("/sessions/{session}?done=returned")).await;
    assert!(after.body.contains("returned to the facilitator"));
    assert!(
        !after.body.contains("action=\"/sessions/"),
        "no review forms on a returned session"
    );
    assert!(
        sue.get("/review")
            .await
            .body
            .contains("0 sessions awaiting sign-off")
    );

    // The facilitator sees it in their own queue with the reason, linked.
    let start = sam.get("/").await;
    assert!(start.body.contains("Returned to you"), "{}", start.body);
    assert!(
        start
            .body
            .contains("Add the actions you agreed at the end.")
    );
    assert!(
        start
            .body
            .contains(&format!("href=\"/sessions/{session}#returned\""))
    );
    assert!(start.body.contains(&reference));
    assert!(start.body.contains("2 review comments on the session"));
    // ...and on the session, with the comments, and can change it again.
    let mine = sam.get(&format!("/sessions/{session}")).await;
    assert!(mine.body.contains("Returned for changes by Sue Super"));
    assert!(mine.body.contains("Add the actions you agreed at the end."));
    assert!(
        mine.body
            .contains("Make the changes, then submit the session")
    );
    assert!(mine.body.contains("Good rapport: keep the pace slow."));
    assert!(
        mine.body
            .contains("Ask what a good week at work looks like.")
    );
    assert!(
        mine.body
            .contains(&format!("action=\"/sessions/{session}/submit\""))
    );
    let stage = sam
        .get(&format!("/sessions/{session}/stages/check-in"))
        .await;
    assert!(stage.body.contains("name=\"notes\""), "editable again");
    assert!(
        stage
            .body
            .contains("Ask what a good week at work looks like.")
    );
    let changed = save_stage(
        &sam,
        &session,
        "check-in",
        "Settled, talked about work. Agreed: a CV by next time.",
    )
    .await;
    assert_eq!(changed.status, 303, "{}", changed.body);

    // Resubmitted: the return is cleared, the queue empties, the supervisor has it again.
    let resubmitted = sam.post(&format!("/sessions/{session}/submit"), &[]).await;
    assert_eq!(resubmitted.status, 303, "{}", resubmitted.body);
    let (status, returned_at) = stored(&app, &session).await;
    assert_eq!(status, "submitted");
    assert_eq!(returned_at, None);
    assert!(!sam.get("/").await.body.contains("Returned to you"));
    assert!(
        sue.get("/review")
            .await
            .body
            .contains("1 session awaiting sign-off")
    );
    let stage = sue
        .get(&format!("/sessions/{session}/stages/check-in"))
        .await;
    assert!(stage.body.contains("Agreed: a CV by next time."));

    // Signed off from the version she read: locked, with the comments still shown.
    let version = seen_version(&sue, &session).await;
    let signed = sue
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &version)],
        )
        .await;
    assert_eq!(
        location(&signed),
        format!("/sessions/{session}?done=signed-off")
    );
    let signed_off_by: Option<String> =
        sqlx::query_scalar("SELECT signed_off_by FROM sessions WHERE id = ?")
            .bind(&session)
            .fetch_one(app.db.reader())
            .await
            .unwrap();
    assert_eq!(signed_off_by.as_deref(), Some(sue_id.as_str()));
    let refused = sam
        .post(
            &format!("/sessions/{session}/stages/check-in"),
            &[
                ("notes", "A late change"),
                ("version", "99"),
                ("go", "leave"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("has been signed off"));
    let late = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", "One more thought")],
        )
        .await;
    assert_eq!(late.status, 409);
    assert!(late.body.contains("already signed off"));
    assert!(
        late.body.contains("One more thought"),
        "what she typed is kept"
    );
    let amended = sam
        .post(
            &format!("/sessions/{session}/amend"),
            &[("text", "Correction: the CV is due in two weeks.")],
        )
        .await;
    assert_eq!(amended.status, 303);
    let locked = sam.get(&format!("/sessions/{session}")).await;
    assert!(
        locked
            .body
            .contains("Correction: the CV is due in two weeks.")
    );
    assert!(locked.body.contains("Signed off by Sue Super"));
    assert!(locked.body.contains("Good rapport: keep the pace slow."));
    assert!(
        locked
            .body
            .contains("Add the actions you agreed at the end.")
    );
    assert!(
        locked
            .body
            .contains("Ask what a good week at work looks like.")
    );

    // Three comments kept (two comments and the return), by Sue, on Sam's session.
    let kinds: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT kind, stage_id, author_id FROM review_comments WHERE session_id = ? ORDER BY created_at, id",
    )
    .bind(&session)
    .fetch_all(app.db.reader())
    .await
    .unwrap();
    assert_eq!(kinds.len(), 3);
    assert!(kinds.iter().all(|(_, _, a)| a == sue_id.as_str()));
    assert!(kinds.iter().any(|(k, s, _)| k == "return" && s.is_none()));
    assert!(
        kinds
            .iter()
            .any(|(k, s, _)| k == "comment" && s.as_deref() == Some("check-in"))
    );

    // Every step audited, with no comment text in any entry; the chain is intact.
    for action in [
        "session-submitted",
        "session-commented",
        "session-returned",
        "session-signed-off",
        "session-amended",
    ] {
        assert!(app.audited(action).await, "{action} is audited");
    }
    let details: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log")
        .fetch_all(app.db.reader())
        .await
        .unwrap();
    for text in ["Good rapport", "good week at work", "Add the actions"] {
        assert!(details.iter().all(|d| !d.contains(text)), "{text}");
    }
    assert!(matches!(
        dialogues::audit::verify(app.db.reader()).await.unwrap(),
        dialogues::audit::Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn a_return_needs_a_reason_and_a_comment_needs_text_and_what_was_typed_is_kept() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let session = submitted_session(&sam, &reference).await;
    let version = seen_version(&sue, &session).await;

    let no_reason = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[("reason", "  \r\n "), ("version", &version)],
        )
        .await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.body.contains("Enter the reason"));
    assert!(
        no_reason.body.contains("href=\"#reason\""),
        "the error summary links to the box"
    );
    let no_comment = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", " ")],
        )
        .await;
    assert_eq!(no_comment.status, 422);
    assert!(no_comment.body.contains("Enter your comment"));
    let long = format!("{}Kept-end", "r".repeat(20_000));
    let too_long = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[("reason", &long), ("version", &version)],
        )
        .await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.body.contains("characters or fewer"));
    assert!(too_long.body.contains("rrrKept-end"), "the reason is kept");
    let unknown_stage = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", "x"), ("stage", "no-such-stage")],
        )
        .await;
    assert_eq!(unknown_stage.status, 404);

    assert_eq!(stored(&app, &session).await.0, "submitted");
    assert_eq!(comment_count(&app).await, 0);
    assert!(!app.audited("session-returned").await);
    assert!(!app.audited("session-commented").await);
}

#[tokio::test]
async fn a_decision_on_a_session_that_changed_since_the_page_was_opened_is_refused() {
    let app = TestApp::spawn().await;
    app.init_organisation("ada@example.org", &password(1)).await;
    app.add_person(SUE, "Sue Super", &["supervisor"], &password(4))
        .await;
    app.add_person(
        "sal@example.org",
        "Sal Second",
        &["supervisor"],
        &password(5),
    )
    .await;
    let sam_id = app
        .add_supervised(
            SAM,
            "Sam Jones",
            &["facilitator"],
            &password(2),
            &[SUE, "sal@example.org"],
        )
        .await;
    app.make_trained(&sam_id).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let sal = signed_in(&app, "sal@example.org", 5).await;
    let reference = open_case(&sam, "Robin Example").await;
    let session = submitted_session(&sam, &reference).await;

    // Sue opens the session; meanwhile Sal returns it.
    let sue_saw = seen_version(&sue, &session).await;
    let sal_saw = seen_version(&sal, &session).await;
    assert_eq!(sue_saw, sal_saw);
    let by_sal = sal
        .post(
            &format!("/sessions/{session}/return"),
            &[
                ("reason", "Needs the closing actions."),
                ("version", &sal_saw),
            ],
        )
        .await;
    assert_eq!(by_sal.status, 303, "{}", by_sal.body);

    // Sue's return, from her old page: refused, the session as it is now, her text kept.
    let late = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[
                ("reason", "Sue's typed reason, kept."),
                ("version", &sue_saw),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    assert!(
        late.body
            .contains("already been returned to its facilitator")
    );
    assert!(late.body.contains("Sue&#39;s typed reason, kept."));

    // Sam changes it and submits again; Sue's old page is now stale, whatever she decides.
    save_stage(&sam, &session, "check-in", "Changed after the return.").await;
    assert_eq!(
        sam.post(&format!("/sessions/{session}/submit"), &[])
            .await
            .status,
        303
    );
    let stale = sue
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &sue_saw)],
        )
        .await;
    assert_eq!(stale.status, 409);
    assert!(
        stale
            .body
            .contains("The session changed after you opened this page")
    );
    assert!(
        sue.get(&format!("/sessions/{session}/stages/check-in"))
            .await
            .body
            .contains("Changed after the return."),
        "she reads it as it is now"
    );
    assert_eq!(stored(&app, &session).await.0, "submitted");
    let stale_return = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[
                ("reason", "Still typed, still kept."),
                ("version", &sue_saw),
            ],
        )
        .await;
    assert_eq!(stale_return.status, 409);
    assert!(
        stale_return
            .body
            .contains("The session changed after you opened this page")
    );
    assert!(
        stale_return
            .body
            .contains(">Still typed, still kept.</textarea>"),
        "the reason is back in its box"
    );
    // No version at all is stale too.
    let blind = sue
        .post(&format!("/sessions/{session}/sign-off"), &[])
        .await;
    assert_eq!(blind.status, 409);
    assert_eq!(stored(&app, &session).await.0, "submitted");

    // From the page she now has, it goes through; a second sign-off is refused.
    let now = version_in(&stale.body);
    assert_ne!(now, sue_saw);
    let signed = sue
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &now)],
        )
        .await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let twice = sal
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &now)],
        )
        .await;
    assert_eq!(twice.status, 409);
    assert!(twice.body.contains("already signed off"));
    assert_eq!(stored(&app, &session).await.0, "signed-off");
}

#[tokio::test]
async fn nobody_reviews_their_own_session() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    // Pat supervises and facilitates; Sue supervises Pat.
    let pat_id = app
        .add_supervised(
            "pat@example.org",
            "Pat Both",
            &["facilitator", "supervisor"],
            &password(6),
            &[SUE],
        )
        .await;
    app.make_trained(&pat_id).await;
    let pat = signed_in(&app, "pat@example.org", 6).await;
    let reference = open_case(&pat, "Robin Example").await;
    let session = submitted_session(&pat, &reference).await;

    let page = pat.get(&format!("/sessions/{session}")).await;
    assert!(page.body.contains("This is your own session"));
    assert!(
        !page
            .body
            .contains(&format!("action=\"/sessions/{session}/sign-off\""))
    );
    let version = {
        let sue = signed_in(&app, SUE, 4).await;
        seen_version(&sue, &session).await
    };
    let own_sign_off = pat
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &version)],
        )
        .await;
    assert_eq!(own_sign_off.status, 403);
    assert!(
        own_sign_off
            .body
            .contains("You cannot review your own session")
    );
    let own_return = pat
        .post(
            &format!("/sessions/{session}/return"),
            &[("reason", "Pat's own reason"), ("version", &version)],
        )
        .await;
    assert_eq!(own_return.status, 403);
    assert!(
        own_return
            .body
            .contains("You cannot review your own session")
    );
    assert!(
        own_return.body.contains("Pat&#39;s own reason"),
        "what was typed is kept"
    );
    let own_comment = pat
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", "Pat's own comment")],
        )
        .await;
    assert_eq!(own_comment.status, 403);
    assert!(
        own_comment
            .body
            .contains("You cannot review your own session")
    );
    assert_eq!(stored(&app, &session).await.0, "submitted");
    assert_eq!(comment_count(&app).await, 0);

    // Pat's supervisor can.
    let sue = signed_in(&app, SUE, 4).await;
    let signed = sue
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &version)],
        )
        .await;
    assert_eq!(signed.status, 303, "{}", signed.body);
}

#[tokio::test]
async fn a_supervisor_who_does_not_supervise_the_facilitator_finds_nothing() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    app.add_person(
        "fred@example.org",
        "Fred Other",
        &["supervisor"],
        &password(5),
    )
    .await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let session = submitted_session(&sam, &reference).await;
    let sue = signed_in(&app, SUE, 4).await;
    let version = seen_version(&sue, &session).await;

    let fred = signed_in(&app, "fred@example.org", 5).await;
    for path in [
        format!("/sessions/{session}"),
        format!("/sessions/{session}/stages/check-in"),
    ] {
        let page = fred.get(&path).await;
        assert_eq!(page.status, 404, "GET {path}");
        assert!(!page.body.contains("A first meeting."));
    }
    for path in [
        format!("/sessions/{session}/comments"),
        format!("/sessions/{session}/return"),
        format!("/sessions/{session}/sign-off"),
    ] {
        let page = fred
            .post(
                &path,
                &[
                    ("comment", "x"),
                    ("reason", "x"),
                    ("stage", "check-in"),
                    ("version", &version),
                ],
            )
            .await;
        assert_eq!(page.status, 404, "POST {path}");
    }
    let queue = fred.get("/review").await;
    assert_eq!(queue.status, 200);
    assert!(!queue.body.contains(&reference));
    assert!(queue.body.contains("You do not supervise anyone"));
    // The facilitator, without the supervisor role, has no review URLs at all.
    assert_eq!(
        sam.post(
            &format!("/sessions/{session}/return"),
            &[("reason", "x"), ("version", &version)]
        )
        .await
        .status,
        404
    );
    assert_eq!(stored(&app, &session).await.0, "submitted");
    assert_eq!(comment_count(&app).await, 0);
}

#[tokio::test]
async fn comments_and_reasons_are_sealed_to_the_case_key_and_bound_to_their_record() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let session = submitted_session(&sam, &reference).await;
    let comment = "COMMENT-CANARY-Kq81-heron";
    let reason = "REASON-CANARY-Zp44-osprey";
    for (stage, text) in [("", comment), ("why-here", "Stage note B-CANARY-77")] {
        let page = sue
            .post(
                &format!("/sessions/{session}/comments"),
                &[("comment", text), ("stage", stage)],
            )
            .await;
        assert_eq!(page.status, 303, "{}", page.body);
    }
    let version = seen_version(&sue, &session).await;
    let returned = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[("reason", reason), ("version", &version)],
        )
        .await;
    assert_eq!(returned.status, 303);
    assert!(sam.get("/").await.body.contains(reason));

    let db_file = app.db.path().to_owned();
    let mut wal = db_file.clone().into_os_string();
    wal.push("-wal");
    let mut read = 0;
    for file in [db_file.clone(), wal.into()] {
        if let Ok(bytes) = std::fs::read(&file) {
            read += 1;
            for canary in [comment, reason, "B-CANARY-77"] {
                assert!(
                    !contains(&bytes, canary),
                    "{} holds {canary}",
                    file.display()
                );
            }
        }
    }
    assert!(read > 0, "the database file was read");
    let audit: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log")
        .fetch_all(app.db.reader())
        .await
        .unwrap();
    assert!(audit.iter().all(|d| !d.contains("CANARY")));

    // A comment's ciphertext copied onto another comment's row is refused, not shown.
    let mut tx = app.db.begin_write().await.unwrap();
    sqlx::query(
        "UPDATE review_comments SET body = (SELECT body FROM review_comments WHERE kind = 'return')
         WHERE stage_id = 'why-here'",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let page = sam.get(&format!("/sessions/{session}")).await;
    assert_eq!(page.status, 500);
    assert!(!page.body.contains(reason));
    // Comments are never deleted.
    let mut tx = app.db.begin_write().await.unwrap();
    let deleted = sqlx::query("DELETE FROM review_comments")
        .execute(&mut *tx)
        .await;
    assert!(deleted.is_err());
}

/// Sets when a session was submitted, as if it had waited `days`.
async fn submitted_days_ago(app: &TestApp, session: &str, days: i64) {
    let at = (chrono::Utc::now() - chrono::Duration::days(days))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let mut tx = app.db.begin_write().await.unwrap();
    sqlx::query("UPDATE sessions SET submitted_at = ? WHERE id = ?")
        .bind(at)
        .bind(session)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn the_dashboard_shows_waiting_times_oldest_first_and_the_supervisees() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    app.add_supervised(
        "tom@example.org",
        "Tom New",
        &["facilitator"],
        &password(7),
        &[SUE],
    )
    .await;
    let cal = app
        .add_person(
            "cal@example.org",
            "Cal Cover",
            &["supervisor"],
            &password(8),
        )
        .await;
    let sam = signed_in(&app, SAM, 2).await;
    let first = open_case(&sam, "Robin Example").await;
    let second = open_case(&sam, "Alex Example").await;
    let older = submitted_session(&sam, &first).await;
    let newer = submitted_session(&sam, &second).await;
    submitted_days_ago(&app, &older, 3).await;
    submitted_days_ago(&app, &newer, 1).await;
    let tom = signed_in(&app, "tom@example.org", 7).await;
    open_case(&tom, "Sky Example").await;

    let sue = signed_in(&app, SUE, 4).await;
    let dashboard = sue.get("/review").await;
    assert_eq!(dashboard.status, 200);
    let body = &dashboard.body;
    assert!(body.contains("2 sessions awaiting sign-off"));
    assert!(body.contains("<th scope=\"col\" class=\"govuk-table__header\">Waiting</th>"));
    let at_older = body.find(&format!("/sessions/{older}")).unwrap();
    let at_newer = body.find(&format!("/sessions/{newer}")).unwrap();
    assert!(at_older < at_newer, "oldest first");
    assert!(body[at_older..at_newer].contains("3 days"));
    assert!(body[at_newer..].contains("1 day<"));

    // The supervisees: training against the rule, open cases, sessions waiting.
    assert!(body.contains("Your supervisees"));
    let sam_row = &body[body.find(">Sam Jones</a>").unwrap()..];
    let sam_row = &sam_row[..sam_row.find("</tr>").unwrap()];
    assert!(sam_row.contains("Meets the rule"), "{sam_row}");
    assert!(
        sam_row.contains(">2</td>"),
        "two open cases and two waiting: {sam_row}"
    );
    let tom_row = &body[body.find(">Tom New</a>").unwrap()..];
    let tom_row = &tom_row[..tom_row.find("</tr>").unwrap()];
    assert!(tom_row.contains("Does not meet the rule"), "{tom_row}");
    assert!(tom_row.contains(">1</td>"), "one open case: {tom_row}");
    assert!(tom_row.contains(">0</td>"), "nothing waiting: {tom_row}");
    // Nobody has recorded supervision for either yet: flagged as due, linked to the records.
    for row in [sam_row, tom_row] {
        assert!(row.contains("No supervision recorded yet"), "{row}");
        assert!(row.contains(">Due</strong>"), "{row}");
        assert!(row.contains("href=\"/supervision/"), "{row}");
    }

    // Today's submissions wait "less than a day", in the reader's language too.
    let today = submitted_session(&sam, &first).await;
    let again = sue.get("/review").await;
    let at_today = again.body.find(&format!("/sessions/{today}")).unwrap();
    assert!(again.body[at_today..].contains("Less than a day"));
    let switched = sue
        .post("/language", &[("lang", "cy"), ("return_to", "/review")])
        .await;
    assert_eq!(switched.status, 303);
    let welsh = sue.get("/review").await.body;
    assert!(welsh.contains("3 diwrnod"), "Welsh waiting time");

    // A supervisor covering for Sue sees Sue's supervisees while the cover runs.
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let sue_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(SUE)
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    let mut tx = app.db.begin_write().await.unwrap();
    sqlx::query(
        "INSERT INTO supervision_cover (id, absent_id, covering_id, starts_on, ends_on, reason, created_by, created_at)
         VALUES ('cover-1', ?, ?, ?, ?, 'Leave', 'test', ?)",
    )
    .bind(&sue_id)
    .bind(cal.as_str())
    .bind(&today)
    .bind(&today)
    .bind(&today)
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let cal = signed_in(&app, "cal@example.org", 8).await;
    let covering = cal.get("/review").await;
    assert!(covering.body.contains(">Sam Jones</a>"));
    assert!(covering.body.contains(">Tom New</a>"));
}

#[tokio::test]
async fn a_returned_formulation_is_in_the_facilitators_queue_with_its_reason() {
    let app = TestApp::spawn().await;
    with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_eq!(started.status, 303, "{}", started.body);
    let base = format!("/cases/{reference}/formulation/1");
    let common::journeys::Framework {
        factors, domains, ..
    } = common::journeys::framework();
    for factor in &factors {
        let form = sam.get(&format!("{base}/factors/{factor}")).await;
        let saved = sam
            .post(
                &format!("{base}/factors/{factor}"),
                &[
                    ("rating", "not-enough-information"),
                    ("evidence", ""),
                    ("sources", ""),
                    ("version", &version_in(&form.body)),
                    ("go", "back"),
                ],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    for domain in &domains {
        let saved = sam
            .post(
                &format!("{base}/domains/{domain}"),
                &[("judgement", "Little is known yet."), ("version", "1")],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let saved = sam
        .post(
            &format!("{base}/summary"),
            &[
                ("summary", "An early picture."),
                ("management_plan", "Continue."),
                ("changes", ""),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let submitted = sam.post(&format!("{base}/submit"), &[]).await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);

    // Waiting on the dashboard, then returned with a comment.
    let dashboard = sue.get("/review").await;
    assert!(dashboard.body.contains("1 formulation awaiting review"));
    assert!(dashboard.body.contains("Less than a day"));
    let page = sue.get(&base).await;
    let returned = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "return"),
                ("comment", "Say more about what he cares about."),
                ("version", &version_in(&page.body)),
            ],
        )
        .await;
    assert_eq!(returned.status, 303, "{}", returned.body);

    let start = sam.get("/").await;
    assert!(start.body.contains("Returned to you"));
    assert!(start.body.contains("Formulation version 1"));
    assert!(start.body.contains("Say more about what he cares about."));
    assert!(start.body.contains(&format!("href=\"{base}#returned\"")));
    // Reading the reason on the start page is a read of the case, audited as such.
    let reads: Vec<String> = sqlx::query_scalar(
        "SELECT json_extract(detail, '$.read') FROM audit_log WHERE action = 'case-read'",
    )
    .fetch_all(app.db.reader())
    .await
    .unwrap();
    assert!(reads.iter().any(|r| r == "returned-work"));
    // The supervisor has nothing returned to her.
    assert!(!sue.get("/").await.body.contains("Returned to you"));
}
