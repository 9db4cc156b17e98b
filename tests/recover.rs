//! `dialogues recover`: after a password reset, the recovery key gives a person their case keys
//! again, without anyone learning a password; every grant audited, bad input changing nothing.

mod common;

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use common::journeys::{SAM, SUE, open_case, plan_session, signed_in, with_sam_sue_and_recovery};
use common::{Browser, TestApp, password, run_dialogues, stderr, stdout};
use dialogues::crypto::KeyPair;

const NOTES: &str = "Notes that only the case key opens";

fn key_file(dir: &Path, name: &str, key: &KeyPair) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{}\n", key.secret().expose_secret())).unwrap();
    path
}

fn recover(app: &TestApp, key: &Path, user: &str, cases: &[&str]) -> std::process::Output {
    let data = app.data_dir();
    let mut args = vec![
        "recover",
        "--data",
        data.to_str().unwrap(),
        "--recovery-key",
        key.to_str().unwrap(),
        "--user",
        user,
    ];
    for case in cases {
        args.extend(["--case", case]);
    }
    run_dialogues(&args, &[], key.parent().unwrap())
}

/// Resets a person from the command line; returns their one-time token.
fn reset(app: &TestApp, email: &str, cwd: &Path) -> String {
    let run = run_dialogues(
        &[
            "user",
            "reset",
            "--data",
            app.data_dir().to_str().unwrap(),
            "--email",
            email,
        ],
        &[],
        cwd,
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let out = stdout(&run);
    let start = out.find("/activate/").unwrap() + "/activate/".len();
    out[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn activate(app: &TestApp, token: &str, n: u32) {
    let page = app
        .browser()
        .post(
            &format!("/activate/{token}"),
            &[
                ("password", &password(n)),
                ("confirm_password", &password(n)),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
}

/// Every grant, as (case, grantee, recipient, wrapped key), in a fixed order.
async fn grants(app: &TestApp) -> Vec<(String, String, String, Vec<u8>)> {
    sqlx::query_as(
        "SELECT case_id, grantee, recipient, wrapped_key FROM case_grants ORDER BY case_id, grantee",
    )
    .fetch_all(app.db.reader())
    .await
    .unwrap()
}

async fn recoveries(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as(
        "SELECT actor, subject, detail FROM audit_log WHERE action = 'case-access-recovered' ORDER BY seq",
    )
    .fetch_all(app.db.reader())
    .await
    .unwrap()
}

/// Sam's case with a session whose check-in notes are written; returns (reference, session).
async fn case_with_notes(sam: &Browser) -> (String, String) {
    let reference = open_case(sam, "Robin Example").await;
    let session = plan_session(sam, &reference, "getting-started").await;
    let saved = sam
        .post(
            &format!("/sessions/{session}/stages/check-in"),
            &[("notes", NOTES), ("version", "1"), ("go", "leave")],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    (reference, session)
}

#[tokio::test]
async fn recover_gives_a_reset_facilitator_their_notes_back_and_audits_each_grant() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (sam_id, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let key = key_file(dir.path(), "recovery.key", &recovery);
    let sam = signed_in(&app, SAM, 2).await;
    let (reference, session) = case_with_notes(&sam).await;
    let stage = format!("/sessions/{session}/stages/check-in");
    assert!(sam.get(&stage).await.body.contains(NOTES));

    let token = reset(&app, SAM, dir.path());

    // Before Sam has chosen a new password there is no key to wrap to.
    let grants_before = grants(&app).await;
    let early = recover(&app, &key, SAM, &[]);
    assert!(!early.status.success());
    assert!(
        stderr(&early).contains("has not chosen a new password since the reset"),
        "{}",
        stderr(&early)
    );

    activate(&app, &token, 9).await;
    let sam = signed_in(&app, SAM, 9).await;
    let case_page = sam.get(&format!("/cases/{reference}")).await;
    assert_ne!(case_page.status, 200, "the old grant no longer opens");
    let stage_page = sam.get(&stage).await;
    assert!(!stage_page.body.contains(NOTES));

    let run = recover(&app, &key, SAM, &[]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains(&reference), "{}", stdout(&run));
    assert!(stdout(&run).contains("Sam Jones <sam@example.org>"));
    assert!(!stdout(&run).contains("AGE-SECRET-KEY"));

    assert_eq!(sam.get(&format!("/cases/{reference}")).await.status, 200);
    let stage_page = sam.get(&stage).await;
    assert_eq!(stage_page.status, 200);
    assert!(stage_page.body.contains(NOTES), "the notes open again");

    // The grant is to Sam's new key, replacing the stale one; other grants are unchanged.
    let new_public: String = sqlx::query_scalar("SELECT public_key FROM users WHERE id = ?")
        .bind(sam_id.as_str())
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    let after = grants(&app).await;
    let sams: Vec<_> = after.iter().filter(|g| g.1 == sam_id.as_str()).collect();
    assert_eq!(sams.len(), 1);
    assert_eq!(sams[0].2, new_public);
    assert_eq!(
        after
            .iter()
            .filter(|g| g.1 != sam_id.as_str())
            .collect::<Vec<_>>(),
        grants_before
            .iter()
            .filter(|g| g.1 != sam_id.as_str())
            .collect::<Vec<_>>()
    );

    let audited = recoveries(&app).await;
    assert_eq!(audited.len(), 1);
    let case_id = &sams[0].0;
    assert_eq!(audited[0].0, "command-line");
    assert_eq!(&audited[0].1, case_id);
    let detail: serde_json::Value = serde_json::from_str(&audited[0].2).unwrap();
    assert_eq!(detail["grantee"], sam_id.as_str());
    assert_eq!(detail["reference"], reference.as_str());
    let every_detail: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log")
        .fetch_all(app.db.reader())
        .await
        .unwrap();
    assert!(
        every_detail
            .iter()
            .all(|d| !d.contains("AGE-SECRET-KEY") && !d.contains(NOTES))
    );

    // Running it again changes nothing.
    let again = recover(&app, &key, SAM, &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("already holds"),
        "{}",
        stdout(&again)
    );
    assert_eq!(recoveries(&app).await.len(), 1);
    assert_eq!(grants(&app).await, after);
}

#[tokio::test]
async fn recover_gives_a_reset_supervisor_only_the_cases_asked_for() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, sue_id, recovery) = with_sam_sue_and_recovery(&app).await;
    let key = key_file(dir.path(), "recovery.key", &recovery);
    let sam = signed_in(&app, SAM, 2).await;
    let (first, session) = case_with_notes(&sam).await;
    let second = open_case(&sam, "Alex Sample").await;

    let token = reset(&app, SUE, dir.path());
    activate(&app, &token, 8).await;
    let sue = signed_in(&app, SUE, 8).await;
    assert_ne!(sue.get(&format!("/cases/{first}")).await.status, 200);

    let run = recover(&app, &key, SUE, &[&first.to_lowercase()]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("1 case(s)"), "{}", stdout(&run));
    let page = sue
        .get(&format!("/sessions/{session}/stages/check-in"))
        .await;
    assert!(page.body.contains(NOTES), "{}", page.status);
    let audited = recoveries(&app).await;
    assert_eq!(audited.len(), 1);
    assert!(audited[0].2.contains(sue_id.as_str()));
    let held: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM case_grants g JOIN cases c ON c.id = g.case_id
         WHERE g.grantee = ? AND c.reference = ? AND g.recipient = (SELECT public_key FROM users WHERE id = ?)",
    )
    .bind(sue_id.as_str())
    .bind(&second)
    .bind(sue_id.as_str())
    .fetch_one(app.db.reader())
    .await
    .unwrap();
    assert_eq!(held, 0, "the case not asked for is left alone");
}

#[tokio::test]
async fn recover_refuses_bad_input_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let key = key_file(dir.path(), "recovery.key", &recovery);
    let stranger = key_file(dir.path(), "stranger.key", &KeyPair::generate());
    let not_a_key = dir.path().join("notes.txt");
    std::fs::write(&not_a_key, "hello").unwrap();
    let sam = signed_in(&app, SAM, 2).await;
    let (reference, _) = case_with_notes(&sam).await;
    app.add_person(
        "tom@example.org",
        "Tom Other",
        &["facilitator"],
        &password(6),
    )
    .await;
    let tom = app.browser();
    tom.sign_in("tom@example.org", &password(6)).await;
    let toms = open_case(&tom, "Jo Other").await;
    let token = reset(&app, SAM, dir.path());
    activate(&app, &token, 9).await;

    let grants_before = grants(&app).await;
    let audit_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    let missing = dir.path().join("missing.key");
    let cases: Vec<(&Path, &str, Vec<&str>, &str)> = vec![
        (
            &stranger,
            SAM,
            vec![],
            "not this organisation's recovery key",
        ),
        (&not_a_key, SAM, vec![], "holds no age secret key"),
        (&missing, SAM, vec![], "cannot read the recovery key file"),
        (
            &key,
            "nobody@example.org",
            vec![],
            "there is no account with the email nobody@example.org",
        ),
        (
            &key,
            "not an email",
            vec![],
            "--user: enter an email address in the right format",
        ),
        (
            &key,
            SAM,
            vec!["DD-ZZZZZZ"],
            "there is no case with the reference DD-ZZZZZZ",
        ),
        (
            &key,
            SAM,
            vec![&reference, &toms],
            "is neither the facilitator of case",
        ),
    ];
    for (key_path, user, refs, expected) in cases {
        let run = recover(&app, key_path, user, &refs);
        assert!(!run.status.success(), "{expected}");
        assert!(
            stderr(&run).contains(expected),
            "{expected}: {}",
            stderr(&run)
        );
        assert!(
            stderr(&run).contains("nothing was changed")
                || stderr(&run).contains("`dialogues init`")
                || stderr(&run).contains("enter an email"),
            "{}",
            stderr(&run)
        );
    }
    assert_eq!(grants(&app).await, grants_before, "no grant was written");
    let audit_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(audit_after, audit_before);

    // A disabled account is refused too.
    let admin = signed_in(&app, "ada@example.org", 1).await;
    let sam_id = dialogues::accounts::store::find_by_email(
        app.db.reader(),
        &dialogues::accounts::Email::parse(SAM).unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .id;
    let page = admin
        .post(
            &format!("/admin/accounts/{sam_id}/status"),
            &[("action", "disable")],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    let run = recover(&app, &key, SAM, &[]);
    assert!(!run.status.success());
    assert!(stderr(&run).contains("is disabled"), "{}", stderr(&run));
    assert_eq!(grants(&app).await, grants_before);
}
