//! Cover and reassignment, driven over HTTP: a case moved to another facilitator stays readable
//! (old notes included) by its new holders and becomes unreadable by the old facilitator, with
//! new writes sealed to a rotated key; cover gives a supervisor access from its first day to its
//! last and no longer; and the bad input of both forms.

mod common;

use common::journeys::{
    SAM, SUE, closed_session_with_evidence, location, open_case, signed_in,
    with_sam_sue_and_recovery,
};
use common::{TestApp, open_wrapped, password};
use dialogues::accounts::UserId;
use dialogues::crypto::{self, Keyring};

const FAY: &str = "fay@example.org";
const VIC: &str = "vic@example.org";
const ADA: &str = "ada@example.org";

async fn case_id(app: &TestApp, reference: &str) -> String {
    dialogues::cases::store::by_reference(app.db.reader(), reference)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn grantees(app: &TestApp, case: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT grantee FROM case_grants WHERE case_id = ? ORDER BY grantee")
        .bind(case)
        .fetch_all(app.db.reader())
        .await
        .unwrap()
}

async fn user_key(app: &TestApp, id: &UserId, n: u32) -> dialogues::crypto::KeyPair {
    let wrapped: Vec<u8> = sqlx::query_scalar("SELECT wrapped_key FROM users WHERE id = ?")
        .bind(id.as_str())
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    open_wrapped(&wrapped, &password(n)).unwrap()
}

async fn session_notes(app: &TestApp, session: &str) -> dialogues::sessions::store::SessionRow {
    dialogues::sessions::store::by_id(app.db.reader(), session)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_moved_case_is_readable_by_its_new_holders_and_by_nobody_it_was_taken_from() {
    let app = TestApp::spawn().await;
    let (sam_id, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let fay_id = app
        .add_supervised(FAY, "Fay Other", &["facilitator"], &password(5), &[SUE])
        .await;
    app.make_trained(&fay_id).await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let old_session = closed_session_with_evidence(
        &sam,
        &reference,
        "getting-started",
        "p-engagement",
        "Written before the move.",
    )
    .await;
    let case = case_id(&app, &reference).await;
    let old_ring = dialogues::cases::keys::open_with_recovery(app.db.reader(), &case, &recovery)
        .await
        .unwrap();
    assert_eq!(old_ring.all().len(), 1);

    // Only one of the facilitator's supervisors may move it; a bad choice is explained.
    assert_eq!(
        sam.get(&format!("/cases/{reference}/reassign"))
            .await
            .status,
        404
    );
    let sue = signed_in(&app, SUE, 4).await;
    let form = sue.get(&format!("/cases/{reference}/reassign")).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Fay Other"));
    let unchosen = sue
        .post(
            &format!("/cases/{reference}/reassign"),
            &[("facilitator", "")],
        )
        .await;
    assert_eq!(unchosen.status, 422);
    assert!(
        unchosen
            .body
            .contains("Choose the facilitator to move the case to")
    );
    let moved = sue
        .post(
            &format!("/cases/{reference}/reassign"),
            &[("facilitator", fay_id.as_str())],
        )
        .await;
    assert_eq!(
        location(&moved),
        format!("/cases/{reference}?done=reassigned"),
        "Sue supervises Fay too, so she keeps the case"
    );
    for action in ["case-reassigned", "case-grant-revoked", "case-key-rotated"] {
        assert!(app.audited(action).await, "{action} is audited");
    }

    // The old facilitator: not found, no grant, and no grant opens with their key.
    assert_eq!(sam.get(&format!("/cases/{reference}")).await.status, 404);
    assert!(
        sam.get("/cases").await.body.contains("0 open cases"),
        "the counts follow"
    );
    assert_eq!(
        sam.get(&format!("/sessions/{old_session}")).await.status,
        404
    );
    let holders = grantees(&app, &case).await;
    assert!(!holders.contains(&sam_id.to_string()), "{holders:?}");
    assert!(holders.contains(&fay_id.to_string()));
    let sam_key = user_key(&app, &sam_id, 2).await;
    let wrapped: Vec<Vec<u8>> =
        sqlx::query_scalar("SELECT wrapped_key FROM case_grants WHERE case_id = ?")
            .bind(&case)
            .fetch_all(app.db.reader())
            .await
            .unwrap();
    for grant in &wrapped {
        assert!(crypto::unwrap_keyring(grant, &sam_key).is_err());
    }

    // The new facilitator reads the old notes, and what she writes is sealed to the new key.
    let fay = signed_in(&app, FAY, 5).await;
    assert!(fay.get("/cases").await.body.contains("1 open case"));
    let old = fay.get(&format!("/sessions/{old_session}")).await;
    assert_eq!(old.status, 200);
    assert!(old.body.contains("Written before the move."));
    let new_session = closed_session_with_evidence(
        &fay,
        &reference,
        "getting-started",
        "p-hope",
        "Written after the move.",
    )
    .await;
    let row = session_notes(&app, &new_session).await;
    let with_old_key: Result<dialogues::sessions::notes::SessionNotes, _> =
        dialogues::sessions::open_notes(&row, &old_ring);
    assert!(with_old_key.is_err(), "the old key does not open new notes");
    let new_ring: Keyring =
        dialogues::cases::keys::open_with_recovery(app.db.reader(), &case, &recovery)
            .await
            .unwrap();
    assert_eq!(
        new_ring.all().len(),
        2,
        "the new key in front of the old one"
    );
    let notes = dialogues::sessions::open_notes(&row, &new_ring).unwrap();
    assert!(
        notes.closing.unwrap().evidence[0]
            .note
            .contains("after the move")
    );
    let old_row = session_notes(&app, &old_session).await;
    assert!(dialogues::sessions::open_notes(&old_row, &new_ring).is_ok());
}

#[tokio::test]
async fn cover_gives_access_from_its_first_day_to_its_last_and_no_longer() {
    let app = TestApp::spawn().await;
    let (sam_id, sue_id, _) = with_sam_sue_and_recovery(&app).await;
    let vic_id = app
        .add_person(VIC, "Vic Cover", &["supervisor"], &password(7))
        .await;
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let case = case_id(&app, &reference).await;
    let vic = signed_in(&app, VIC, 7).await;
    assert_eq!(vic.get(&format!("/cases/{reference}")).await.status, 404);

    let ada = signed_in(&app, ADA, 1).await;
    let today = chrono::Utc::now().date_naive();
    let day = |offset: i64| today + chrono::Duration::days(offset);
    let arrange = |from: chrono::NaiveDate, to: chrono::NaiveDate, reason: &'static str| {
        let (absent, covering) = (sue_id.to_string(), vic_id.to_string());
        let ada = &ada;
        async move {
            let fields = [
                ("absent", absent),
                ("covering", covering),
                ("starts-day", from.format("%-d").to_string()),
                ("starts-month", from.format("%-m").to_string()),
                ("starts-year", from.format("%Y").to_string()),
                ("ends-day", to.format("%-d").to_string()),
                ("ends-month", to.format("%-m").to_string()),
                ("ends-year", to.format("%Y").to_string()),
                ("reason", reason.to_owned()),
            ];
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ada.post("/admin/cover/new", &fields).await
        }
    };

    // Bad input: the last day before the first, one person twice, no reason.
    let backwards = arrange(day(5), day(2), "Leave").await;
    assert_eq!(backwards.status, 422);
    assert!(
        backwards
            .body
            .contains("The last day must be the same as or after the first day")
    );
    assert!(
        backwards.body.contains("value=\"Leave\""),
        "what was typed is kept"
    );
    let ended = arrange(day(-5), day(-1), "Leave").await;
    assert!(ended.body.contains("The last day has already passed"));
    let unexplained = arrange(day(1), day(2), " ").await;
    assert!(unexplained.body.contains("Enter a reason"));
    let same = ada
        .post(
            "/admin/cover/new",
            &[("absent", sue_id.as_str()), ("covering", sue_id.as_str())],
        )
        .await;
    assert!(same.body.contains("nobody can cover for themselves"));
    // Only administrators arrange cover.
    assert_eq!(sam.get("/admin/cover").await.status, 404);
    assert_eq!(vic.post("/admin/cover/new", &[]).await.status, 404);

    // Starting tomorrow: nothing yet.
    let later = arrange(day(1), day(3), "Leave next week").await;
    assert_eq!(location(&later), "/admin/cover?done=arranged");
    assert!(app.audited("cover-set").await);
    assert_eq!(vic.get(&format!("/cases/{reference}")).await.status, 404);
    assert!(ada.get("/admin/cover").await.body.contains("Not started"));
    assert!(
        ada.get("/admin/accounts")
            .await
            .body
            .contains("href=\"/admin/cover\""),
        "administrators find cover from the accounts page"
    );

    // Running today: Vic may see the case; its key is wrapped to him when a holder next opens
    // it, and until then he is told why he cannot open it yet.
    let now = arrange(day(0), day(0), "Sick today").await;
    assert_eq!(now.status, 303);
    let waiting = vic.get(&format!("/cases/{reference}")).await;
    assert_eq!(waiting.status, 403, "visible, but no key yet");
    sam.get(&format!("/cases/{reference}")).await;
    let open = vic.get(&format!("/cases/{reference}")).await;
    assert_eq!(open.status, 200);
    assert!(open.body.contains("Robin Example"));
    assert!(grantees(&app, &case).await.contains(&vic_id.to_string()));

    // The cover ends (yesterday was its last day): access ends at once, and the grant is
    // revoked by the sweep with the key rotated at the next holder's visit.
    let mut tx = app.db.begin_write().await.unwrap();
    sqlx::query("UPDATE supervision_cover SET starts_on = ?, ends_on = ?")
        .bind(day(-3).to_string())
        .bind(day(-1).to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(vic.get(&format!("/cases/{reference}")).await.status, 404);
    let revoked =
        dialogues::cases::keys::revoke_lapsed(&app.db, &dialogues::audit::Actor::System, "test")
            .await
            .unwrap();
    assert_eq!(revoked, 1);
    assert!(!grantees(&app, &case).await.contains(&vic_id.to_string()));
    let before: String = sqlx::query_scalar("SELECT public_key FROM cases WHERE id = ?")
        .bind(&case)
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(sam.get(&format!("/cases/{reference}")).await.status, 200);
    let after: String = sqlx::query_scalar("SELECT public_key FROM cases WHERE id = ?")
        .bind(&case)
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_ne!(before, after, "new writes go to a new key");
    assert!(ada.get("/admin/cover").await.body.contains("Ended"));
    let _ = sam_id;
}
