//! `dialogues export`: the data controller's decrypted JSON copy, with the recovery key.

mod common;

use age::secrecy::ExposeSecret;
use common::{TestApp, password, run_dialogues, stderr, stdout};

/// Sam's case with a session whose stage notes are written; returns (reference, recovery key
/// file, a second reference).
async fn case_with_notes(
    app: &TestApp,
    dir: &std::path::Path,
) -> (String, std::path::PathBuf, String) {
    let (_, recovery) = app.init_organisation("ada@example.org", &password(1)).await;
    let key_file = dir.join("recovery-key.txt");
    std::fs::write(
        &key_file,
        format!("# a comment line\n{}\n", recovery.secret().expose_secret()),
    )
    .unwrap();
    let sam = app
        .add_person(
            "sam@example.org",
            "Sam Jones",
            &["facilitator"],
            &password(2),
        )
        .await;
    app.make_trained(&sam).await;
    let browser = app.browser();
    browser.sign_in("sam@example.org", &password(2)).await;
    let mut references = Vec::new();
    for name in ["Robin Example", "Alex Sample"] {
        let page = browser
            .post(
                "/cases/new",
                &[
                    ("name", name),
                    ("date_of_birth-day", "3"),
                    ("date_of_birth-month", "2"),
                    ("date_of_birth-year", "1990"),
                    ("number", "A1234BC"),
                    ("setting", "community"),
                ],
            )
            .await;
        let target = page.location().unwrap().to_owned();
        references.push(
            target
                .trim_start_matches("/cases/")
                .split('?')
                .next()
                .unwrap()
                .to_owned(),
        );
    }
    let page = browser
        .post(
            &format!("/cases/{}/sessions/new", references[0]),
            &[("module", "getting-started")],
        )
        .await;
    let session = page
        .location()
        .unwrap()
        .trim_start_matches("/sessions/")
        .trim_end_matches("/plan")
        .to_owned();
    let saved = browser
        .post(
            &format!("/sessions/{session}/stages/check-in"),
            &[
                ("notes", "Exported stage notes"),
                ("version", "1"),
                ("go", "leave"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    (references[0].clone(), key_file, references[1].clone())
}

#[tokio::test]
async fn the_export_decrypts_every_case_refuses_to_overwrite_and_is_audited() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (reference, key_file, other) = case_with_notes(&app, dir.path()).await;
    let data = app.data_dir();
    let out = dir.path().join("export.json");
    let args = [
        "export",
        "--data",
        data.to_str().unwrap(),
        "--recovery-key",
        key_file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let run = run_dialogues(&args, &[], dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("Exported 2 case(s)"));
    assert!(
        !stdout(&run).contains("Robin Example"),
        "no content on the terminal"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2);
    let first = cases
        .iter()
        .find(|c| c["reference"] == reference.as_str())
        .unwrap();
    assert_eq!(first["details"]["name"], "Robin Example");
    assert_eq!(first["details"]["setting"], "community");
    assert_eq!(
        first["sessions"][0]["notes"]["stages"]["check-in"],
        "Exported stage notes"
    );
    assert_eq!(first["sessions"][0]["module"], "getting-started");
    assert_eq!(first["facilitator"]["email"], "sam@example.org");

    // Never over an existing file.
    let again = run_dialogues(&args, &[], dir.path());
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );

    // One case only.
    let one = dir.path().join("one.json");
    let run = run_dialogues(
        &[
            "export",
            "--data",
            data.to_str().unwrap(),
            "--recovery-key",
            key_file.to_str().unwrap(),
            "--case",
            &other.to_lowercase(),
            "--out",
            one.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&one).unwrap()).unwrap();
    assert_eq!(json["cases"].as_array().unwrap().len(), 1);
    assert_eq!(json["cases"][0]["details"]["name"], "Alex Sample");

    let exports: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'cases-exported'")
            .fetch_all(app.db.reader())
            .await
            .unwrap();
    assert_eq!(exports.len(), 2);
    assert!(exports.iter().all(|d| !d.contains("Robin")));
}

#[tokio::test]
async fn the_export_refuses_a_wrong_key_or_an_unknown_case_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, _) = case_with_notes(&app, dir.path()).await;
    let data = app.data_dir();
    let out = dir.path().join("export.json");
    let stranger = dir.path().join("other-key.txt");
    std::fs::write(
        &stranger,
        dialogues::crypto::KeyPair::generate()
            .secret()
            .expose_secret(),
    )
    .unwrap();
    let not_a_key = dir.path().join("notes.txt");
    std::fs::write(&not_a_key, "hello").unwrap();
    for (key, expected) in [
        (stranger.as_path(), "not this organisation's recovery key"),
        (not_a_key.as_path(), "holds no age secret key"),
        (
            dir.path().join("missing.txt").as_path(),
            "cannot read the recovery key file",
        ),
    ] {
        let run = run_dialogues(
            &[
                "export",
                "--data",
                data.to_str().unwrap(),
                "--recovery-key",
                key.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
            &[],
            dir.path(),
        );
        assert!(!run.status.success());
        assert!(stderr(&run).contains(expected), "{}", stderr(&run));
        assert!(!out.exists());
    }
    let run = run_dialogues(
        &[
            "export",
            "--data",
            data.to_str().unwrap(),
            "--recovery-key",
            dir.path().join("recovery-key.txt").to_str().unwrap(),
            "--case",
            "DD-XXXXXX",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("there is no case with the reference DD-XXXXXX"),
        "{}",
        stderr(&run)
    );
    assert!(!out.exists());
}
