//! `dialogues export`: the data controller's decrypted JSON copy, with the recovery key.

mod common;

use age::secrecy::ExposeSecret;
use common::journeys::{
    Framework, SAM, SUE, closed_session_with_evidence, framework, location, open_case, signed_in,
    version_in, with_sam_sue_and_recovery,
};
use common::{Browser, TestApp, password, run_dialogues, stderr, stdout};
use dialogues::toolkit::Toolkit;

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

/// Saves one factor of a version through its page.
async fn rate(browser: &Browser, base: &str, factor: &str, fields: &[(&str, &str)]) {
    let form = browser.get(&format!("{base}/factors/{factor}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let version = version_in(&form.body);
    let mut all: Vec<(&str, &str)> = fields.to_vec();
    all.extend([("version", version.as_str()), ("go", "back")]);
    let saved = browser
        .post(&format!("{base}/factors/{factor}"), &all)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
}

/// Sam's case with a closed session tagging the first factor, and a formulation written through
/// the pages: version 1 rated in full (the first factor citing the session), with an other
/// factor, returned once with a comment and then signed off by Sue; version 2, a revision, with
/// the first factor re-rated and the changes written. Returns (reference, session id, Sue's id,
/// recovery key file).
async fn case_with_formulation(
    app: &TestApp,
    dir: &std::path::Path,
    f: &Framework,
) -> (String, String, String, std::path::PathBuf) {
    let (_, sue_id, recovery) = with_sam_sue_and_recovery(app).await;
    let key_file = dir.join("recovery-key.txt");
    std::fs::write(&key_file, recovery.secret().expose_secret()).unwrap();
    let sam = signed_in(app, SAM, 2).await;
    let sue = signed_in(app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let first = &f.factors[0];
    let session = closed_session_with_evidence(
        &sam,
        &reference,
        &f.module,
        first,
        "Tagged in the first session.",
    )
    .await;
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    let base = format!("/cases/{reference}/formulation/1");
    assert_eq!(location(&started), format!("{base}?done=started"));

    rate(
        &sam,
        &base,
        first,
        &[
            ("rating", f.ranked[1].as_str()),
            ("evidence", "Exported formulation evidence."),
            ("sources", "Exported sources: sessions."),
            ("sessions", session.as_str()),
        ],
    )
    .await;
    rate(
        &sam,
        &base,
        "new",
        &[
            ("name", "Exported other factor"),
            ("strength", "strength"),
            ("rating", f.ranked[0].as_str()),
            ("evidence", "Plays football every week."),
            ("sources", ""),
        ],
    )
    .await;
    for factor in &f.factors[1..] {
        rate(
            &sam,
            &base,
            factor,
            &[
                ("rating", f.unranked.as_str()),
                ("evidence", ""),
                ("sources", ""),
            ],
        )
        .await;
    }
    for domain in &f.domains {
        let saved = sam
            .post(
                &format!("{base}/domains/{domain}"),
                &[
                    ("judgement", &format!("Exported judgement for {domain}.")),
                    ("version", "1"),
                ],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let saved = sam
        .post(
            &format!("{base}/summary"),
            &[
                ("summary", "Exported summary."),
                ("management_plan", "Exported management plan."),
                ("changes", ""),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    // Submitted, returned with a comment, submitted again and signed off.
    for (decision, comment) in [
        ("return", "Exported return comment."),
        ("sign-off", "Exported sign-off comment."),
    ] {
        let submitted = sam.post(&format!("{base}/submit"), &[]).await;
        assert_eq!(location(&submitted), format!("{base}?done=submitted"));
        let seen = version_in(&sue.get(&base).await.body);
        let reviewed = sue
            .post(
                &format!("{base}/review"),
                &[
                    ("decision", decision),
                    ("comment", comment),
                    ("version", &seen),
                ],
            )
            .await;
        assert_eq!(reviewed.status, 303, "{}", reviewed.body);
    }

    // A revision, with the first factor re-rated and the changes written.
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    let revision = format!("/cases/{reference}/formulation/2");
    assert_eq!(location(&started), format!("{revision}?done=started"));
    rate(
        &sam,
        &revision,
        first,
        &[
            ("rating", f.ranked[0].as_str()),
            ("evidence", "Exported revised evidence."),
            ("sources", "Exported sources: sessions."),
            ("sessions", session.as_str()),
        ],
    )
    .await;
    let form = sam.get(&format!("{revision}/summary")).await;
    let saved = sam
        .post(
            &format!("{revision}/summary"),
            &[
                ("summary", "Exported summary."),
                ("management_plan", "Exported management plan."),
                ("changes", "Exported significant changes."),
                ("version", &version_in(&form.body)),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    (reference, session, sue_id.to_string(), key_file)
}

#[tokio::test]
async fn the_export_holds_every_formulation_version_with_its_whole_document() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let f = framework();
    let (reference, session, sue, key_file) = case_with_formulation(&app, dir.path(), &f).await;
    let data = app.data_dir();
    let out = dir.path().join("export.json");
    let run = run_dialogues(
        &[
            "export",
            "--data",
            data.to_str().unwrap(),
            "--recovery-key",
            key_file.to_str().unwrap(),
            "--case",
            &reference,
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!stdout(&run).contains("Exported formulation evidence"));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let case = &json["cases"][0];
    assert_eq!(case["reference"], reference.as_str());
    let versions = case["formulations"].as_array().expect("the formulations");
    assert_eq!(versions.len(), 2, "every version: {versions:?}");
    let toolkit = Toolkit::builtin().unwrap();
    let first = &f.factors[0];

    // Version 1: signed off by Sue after a return, the whole document decrypted.
    let v1 = &versions[0];
    assert_eq!(v1["number"], 1);
    assert_eq!(v1["status"], "signed-off");
    assert_eq!(v1["signed_off_by"], sue.as_str());
    assert!(v1["created_at"].is_string() && v1["submitted_at"].is_string());
    assert!(v1["signed_off_at"].is_string());
    assert!(v1["based_on"].is_null() && v1["based_on_number"].is_null());
    assert_eq!(v1["toolkit_version"], toolkit.manifest.version.as_str());
    assert_eq!(v1["toolkit_hash"], toolkit.content_hash());
    let doc = &v1["document"];
    let entry = &doc["factors"][first];
    assert_eq!(entry["rating"], f.ranked[1].as_str());
    assert_eq!(entry["evidence"], "Exported formulation evidence.");
    assert_eq!(entry["sources"], "Exported sources: sessions.");
    assert_eq!(entry["sessions"], serde_json::json!([session]));
    assert_eq!(
        doc["factors"].as_object().unwrap().len(),
        f.factors.len(),
        "every factor"
    );
    assert_eq!(doc["factors"][&f.factors[1]]["rating"], f.unranked.as_str());
    assert_eq!(doc["other"][0]["id"], "other-1");
    assert_eq!(doc["other"][0]["name"], "Exported other factor");
    assert_eq!(doc["other"][0]["strength"], true);
    assert_eq!(
        doc["other"][0]["entry"]["evidence"],
        "Plays football every week."
    );
    for domain in &f.domains {
        assert_eq!(
            doc["domains"][domain],
            format!("Exported judgement for {domain}.").as_str()
        );
    }
    assert_eq!(doc["summary"], "Exported summary.");
    assert_eq!(doc["management_plan"], "Exported management plan.");
    let reviews = doc["reviews"].as_array().unwrap();
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0]["signed_off"], false);
    assert_eq!(reviews[0]["comment"], "Exported return comment.");
    assert_eq!(reviews[0]["by"], sue.as_str());
    assert_eq!(reviews[1]["signed_off"], true);
    assert_eq!(reviews[1]["comment"], "Exported sign-off comment.");
    assert_eq!(reviews[1]["at"], v1["signed_off_at"]);

    // Version 2: the draft revision copied from version 1.
    let v2 = &versions[1];
    assert_eq!(v2["number"], 2);
    assert_eq!(v2["status"], "draft");
    assert_eq!(v2["based_on"], v1["id"]);
    assert_eq!(v2["based_on_number"], 1);
    assert!(v2["submitted_at"].is_null() && v2["signed_off_by"].is_null());
    let doc = &v2["document"];
    assert_eq!(doc["factors"][first]["rating"], f.ranked[0].as_str());
    assert_eq!(
        doc["factors"][first]["evidence"],
        "Exported revised evidence."
    );
    assert_eq!(doc["changes"], "Exported significant changes.");
    assert_eq!(doc["other"][0]["name"], "Exported other factor");
    assert!(doc["reviews"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_formulation_version_that_does_not_open_stops_the_export_and_names_it() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let f = framework();
    let (reference, _, _, key_file) = case_with_formulation(&app, dir.path(), &f).await;
    // Version 2's document replaced by version 1's: sealed to the right key, bound elsewhere.
    let mut tx = app.db.begin_write().await.unwrap();
    let moved = sqlx::query(
        "UPDATE formulations SET document = (SELECT document FROM formulations WHERE number = 1)
         WHERE number = 2",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    assert_eq!(moved.rows_affected(), 1);
    tx.commit().await.unwrap();
    let data = app.data_dir();
    let out = dir.path().join("export.json");
    let run = run_dialogues(
        &[
            "export",
            "--data",
            data.to_str().unwrap(),
            "--recovery-key",
            key_file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(!run.status.success());
    let message = stderr(&run);
    assert!(
        message.contains(&format!("version 2 of the formulation of case {reference}")),
        "{message}"
    );
    assert!(message.contains("nothing was written"), "{message}");
    assert!(
        !message.contains("Exported"),
        "no content in the message: {message}"
    );
    assert!(!out.exists(), "nothing is written");
}
