//! `dialogues retention`: a closed case past its period is destroyed so that nothing of it can
//! be read again, even from the database file, and every step is audited; an open case is
//! refused and keeps everything.

mod common;

use common::journeys::{
    SAM, SUE, location, open_case, plan_session, signed_in, version_in, with_sam_sue_and_recovery,
};
use common::{Browser, run_dialogues, stderr, stdout};
use dialogues::cases::keys;
use dialogues::db::Database;

const CANARY: &str = "zq-canary-7f3a9e";

async fn post_ok(browser: &Browser, path: &str, fields: &[(&str, &str)]) -> String {
    let page = browser.post(path, fields).await;
    assert_eq!(page.status, 303, "{path}: {}", page.body);
    location(&page)
}

/// Every ciphertext held for the case, by where it was found.
async fn ciphertexts(db: &Database, case_id: &str) -> Vec<(String, Vec<u8>)> {
    let queries = [
        ("details", "SELECT details FROM cases WHERE id = ?"),
        (
            "grant",
            "SELECT wrapped_key FROM case_grants WHERE case_id = ?",
        ),
        (
            "session notes",
            "SELECT notes FROM sessions WHERE case_id = ?",
        ),
        (
            "amendment",
            "SELECT a.body FROM session_amendments a JOIN sessions s ON s.id = a.session_id WHERE s.case_id = ?",
        ),
        (
            "review comment",
            "SELECT body FROM review_comments WHERE case_id = ?",
        ),
        ("concern", "SELECT body FROM concerns WHERE case_id = ?"),
        (
            "formulation",
            "SELECT document FROM formulations WHERE case_id = ?",
        ),
        (
            "sharing record",
            "SELECT body FROM sharing_records WHERE case_id = ?",
        ),
    ];
    let mut found = Vec::new();
    for (what, sql) in queries {
        let blobs: Vec<Vec<u8>> = sqlx::query_scalar(sql)
            .bind(case_id)
            .fetch_all(db.reader())
            .await
            .unwrap();
        found.extend(blobs.into_iter().map(|b| (what.to_owned(), b)));
    }
    found
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Pieces of a ciphertext small enough to sit inside one database page (a long blob is split
/// over overflow pages, so the whole blob would never match even if every byte survived).
/// The first 40 bytes are skipped: every age file starts `age-encryption.org/v1\n-> X25519 `,
/// which the other case's records share.
fn pieces(blob: &[u8]) -> Vec<&[u8]> {
    (40..blob.len().saturating_sub(32))
        .step_by(200)
        .map(|at| &blob[at..at + 32])
        .collect()
}

fn database_bytes(data: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(data.join("dialogues.db")).unwrap();
    if let Ok(wal) = std::fs::read(data.join("dialogues.db-wal")) {
        bytes.extend(wal);
    }
    bytes
}

#[tokio::test]
async fn a_destroyed_case_leaves_no_plaintext_no_ciphertext_and_no_key_but_a_tombstone_and_audit() {
    let app = common::TestApp::spawn().await;
    let (sam_id, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, &format!("Robin {CANARY}")).await;
    let kept = open_case(&sam, "Alex Kept").await;

    // A canary in every encrypted field: session notes, closing, review comment, concern,
    // formulation, sharing record (the details carry it in the name).
    let session = plan_session(&sam, &reference, "getting-started").await;
    post_ok(&sam, &format!("/sessions/{session}/begin"), &[]).await;
    let stage = sam
        .get(&format!("/sessions/{session}/stages/check-in"))
        .await;
    post_ok(
        &sam,
        &format!("/sessions/{session}/stages/check-in"),
        &[
            ("notes", &format!("Stage notes {CANARY}")),
            ("version", &version_in(&stage.body)),
            ("go", "leave"),
        ],
    )
    .await;
    let close = sam.get(&format!("/sessions/{session}/close")).await;
    post_ok(
        &sam,
        &format!("/sessions/{session}/close"),
        &[
            ("summary", &format!("Closing {CANARY}")),
            ("engagement", "engaged"),
            ("actions", "Meet again."),
            ("version", &version_in(&close.body)),
        ],
    )
    .await;
    post_ok(&sam, &format!("/sessions/{session}/submit"), &[]).await;
    post_ok(
        &sue,
        &format!("/sessions/{session}/comments"),
        &[("comment", &format!("Comment {CANARY}"))],
    )
    .await;
    let raised = sam
        .post(
            &format!("/cases/{reference}/concerns/new"),
            &[
                ("what", &format!("Concern {CANARY}")),
                ("action_taken", "Told the duty manager."),
            ],
        )
        .await;
    assert!(raised.body.contains("Concern recorded"), "{}", raised.body);
    post_ok(&sam, &format!("/cases/{reference}/formulation/start"), &[]).await;
    let base = format!("/cases/{reference}/formulation/1");
    let summary = sam.get(&format!("{base}/summary")).await;
    post_ok(
        &sam,
        &format!("{base}/summary"),
        &[
            ("summary", &format!("Formulation {CANARY}")),
            ("management_plan", "Continue."),
            ("changes", ""),
            ("version", &version_in(&summary.body)),
        ],
    )
    .await;
    post_ok(
        &sam,
        &format!("/cases/{reference}/sharing/new"),
        &[
            ("shared_on-day", "1"),
            ("shared_on-month", "2"),
            ("shared_on-year", "2024"),
            ("recipient", "A. Officer"),
            ("agency", "Police"),
            ("basis", "safeguarding"),
            ("decided_by", "Sam Jones"),
            ("what", &format!("Shared {CANARY}")),
        ],
    )
    .await;

    let case_id: String = sqlx::query_scalar("SELECT id FROM cases WHERE reference = ?")
        .bind(&reference)
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    let before = ciphertexts(&app.db, &case_id).await;
    for kind in [
        "details",
        "grant",
        "session notes",
        "review comment",
        "concern",
        "formulation",
        "sharing record",
    ] {
        assert!(
            before.iter().any(|(what, _)| what == kind),
            "the case holds a {kind} before retention"
        );
    }
    assert!(
        keys::open_with_recovery(app.db.reader(), &case_id, &recovery)
            .await
            .is_ok()
    );

    let dir = app.data.path().to_owned();
    let data = app.data_dir();
    let data_arg = data.to_str().unwrap().to_owned();

    // An open case named on the command line is refused, and keeps everything.
    let refused = run_dialogues(
        &[
            "retention",
            "--data",
            &data_arg,
            "--retention-days",
            "0",
            "--case",
            &reference,
            "--apply",
            "--by",
            "ada@example.org",
        ],
        &[],
        &dir,
    );
    assert!(!refused.status.success());
    let message = stderr(&refused);
    assert!(
        message.contains(&format!("case {reference} is open")),
        "{message}"
    );
    assert!(message.contains("nothing was destroyed"), "{message}");
    assert_eq!(ciphertexts(&app.db, &case_id).await.len(), before.len());

    // Closed today: not due under the default six years.
    post_ok(&sam, &format!("/cases/{reference}/close"), &[]).await;
    let early = run_dialogues(
        &["retention", "--data", &data_arg, "--case", &reference],
        &[],
        &dir,
    );
    assert!(!early.status.success());
    assert!(
        stderr(&early).contains("is closed but not due for destruction until"),
        "{}",
        stderr(&early)
    );
    let before = ciphertexts(&app.db, &case_id).await;
    let closed_counts: (i64, i64) = sqlx::query_as(
        "SELECT open_cases, closed_cases FROM caseload_counts WHERE facilitator_id = ?",
    )
    .bind(sam_id.as_str())
    .fetch_one(app.db.reader())
    .await
    .unwrap();
    assert_eq!(closed_counts, (1, 1));
    let _dir_guard = app.stop().await;

    // Listing changes nothing; --apply needs an administrator.
    let listed = run_dialogues(
        &["retention", "--data", &data_arg, "--retention-days", "0"],
        &[],
        &dir,
    );
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert!(stdout(&listed).contains(&reference));
    assert!(
        !stdout(&listed).contains(&kept),
        "an open case is never listed"
    );
    assert!(stdout(&listed).contains("Nothing was destroyed"));
    let no_by = run_dialogues(
        &[
            "retention",
            "--data",
            &data_arg,
            "--retention-days",
            "0",
            "--apply",
        ],
        &[],
        &dir,
    );
    assert!(
        stderr(&no_by).contains("--apply needs --by EMAIL"),
        "{}",
        stderr(&no_by)
    );
    let not_admin = run_dialogues(
        &[
            "retention",
            "--data",
            &data_arg,
            "--retention-days",
            "0",
            "--apply",
            "--by",
            SUE,
        ],
        &[],
        &dir,
    );
    assert!(
        stderr(&not_admin).contains("is not an active administrator"),
        "{}",
        stderr(&not_admin)
    );
    let bad_days = run_dialogues(
        &["retention", "--data", &data_arg, "--retention-days", "soon"],
        &[],
        &dir,
    );
    assert!(!bad_days.status.success());
    assert!(stderr(&bad_days).contains("is not a number of days"));
    {
        let db = Database::open_existing(&data).await.unwrap();
        assert_eq!(ciphertexts(&db, &case_id).await.len(), before.len());
        db.close().await;
    }

    let applied = common::destroy_closed_cases(&data, "ada@example.org", &dir);
    assert!(applied.status.success(), "{}", stderr(&applied));
    let said = stdout(&applied);
    assert!(said.contains(&format!("Destroyed {reference}")), "{said}");
    assert!(
        said.contains("1 session(s)") && said.contains("1 review comment(s)"),
        "{said}"
    );
    assert!(!said.contains(CANARY));

    // Nothing of it is left in the file or its WAL: no plaintext, no piece of any ciphertext.
    let bytes = database_bytes(&data);
    assert!(
        !contains(&bytes, CANARY.as_bytes()),
        "the canary is in the file"
    );
    for (what, blob) in &before {
        for piece in pieces(blob) {
            assert!(
                !contains(&bytes, piece),
                "a piece of a {what} ciphertext is still in the file"
            );
        }
    }

    let db = Database::open_existing(&data).await.unwrap();
    let pool = db.reader();
    assert!(ciphertexts(&db, &case_id).await.is_empty());
    assert!(
        keys::open_with_recovery(pool, &case_id, &recovery)
            .await
            .is_err(),
        "not even the recovery key opens the destroyed case"
    );
    let kept_id: String = sqlx::query_scalar("SELECT id FROM cases WHERE reference = ?")
        .bind(&kept)
        .fetch_one(pool)
        .await
        .unwrap();
    assert!(
        keys::open_with_recovery(pool, &kept_id, &recovery)
            .await
            .is_ok()
    );
    let counts: (i64, i64) = sqlx::query_as(
        "SELECT open_cases, closed_cases FROM caseload_counts WHERE facilitator_id = ?",
    )
    .bind(sam_id.as_str())
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(counts, (1, 0), "the caseload counts follow the destruction");

    let (tomb_reference, by, tomb_counts): (String, String, String) = sqlx::query_as(
        "SELECT reference, destroyed_by, counts FROM case_tombstones WHERE case_id = ?",
    )
    .bind(&case_id)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(tomb_reference, reference);
    assert!(by.starts_with("user:"));
    let tomb_counts: serde_json::Value = serde_json::from_str(&tomb_counts).unwrap();
    assert_eq!(tomb_counts["sessions"], 1);
    assert_eq!(tomb_counts["concerns"], 1);
    assert_eq!(tomb_counts["sharing_records"], 1);

    let (actor, detail): (String, String) = sqlx::query_as(
        "SELECT actor, detail FROM audit_log WHERE action = 'case-destroyed' AND subject = ?",
    )
    .bind(&case_id)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(actor, by);
    let detail: serde_json::Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["reference"], reference.as_str());
    assert_eq!(detail["destroyed"]["formulations"], 1);
    assert_eq!(detail["destroyed"]["review_comments"], 1);
    assert!(!detail.to_string().contains(CANARY));
    assert!(matches!(
        dialogues::audit::verify(pool).await.unwrap(),
        dialogues::audit::Verdict::Intact { .. }
    ));
    db.close().await;

    // Named again, it is reported as destroyed.
    let again = run_dialogues(
        &[
            "retention",
            "--data",
            &data_arg,
            "--retention-days",
            "0",
            "--case",
            &reference,
        ],
        &[],
        &dir,
    );
    assert!(
        stderr(&again).contains("was already destroyed"),
        "{}",
        stderr(&again)
    );
}
