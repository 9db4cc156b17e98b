//! Subject access: `dialogues export` also writes a readable, self-contained HTML copy beside
//! its JSON, covering everything held (review comments and the sharing log included), every
//! value escaped; neither file is ever overwritten.

mod common;

use std::os::unix::fs::PermissionsExt;

use age::secrecy::ExposeSecret;
use common::journeys::{
    SAM, SUE, location, open_case, plan_session, signed_in, version_in, with_sam_sue_and_recovery,
};
use common::{run_dialogues, stderr, stdout};

#[tokio::test]
async fn the_export_writes_a_readable_escaped_html_copy_with_comments_and_sharing() {
    let app = common::TestApp::spawn().await;
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin <script>alert(1)</script>").await;
    let session = plan_session(&sam, &reference, "getting-started").await;
    sam.post(&format!("/sessions/{session}/begin"), &[]).await;
    let close = sam.get(&format!("/sessions/{session}/close")).await;
    let closed = sam
        .post(
            &format!("/sessions/{session}/close"),
            &[
                ("summary", "Closing words & more"),
                ("engagement", "engaged"),
                ("actions", "Meet again."),
                ("version", &version_in(&close.body)),
            ],
        )
        .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    sam.post(&format!("/sessions/{session}/submit"), &[]).await;
    let commented = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", "Review-comment-text-5")],
        )
        .await;
    assert_eq!(commented.status, 303);
    let shared = sam
        .post(
            &format!("/cases/{reference}/sharing/new"),
            &[
                ("shared_on-day", "14"),
                ("shared_on-month", "3"),
                ("shared_on-year", "2025"),
                ("recipient", "DS Rivers"),
                ("agency", "County Police"),
                ("basis", "consent"),
                ("decided_by", "Sue Super"),
                ("what", "Sharing-text-9"),
            ],
        )
        .await;
    location(&shared);

    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("recovery.key");
    std::fs::write(&key, recovery.secret().expose_secret()).unwrap();
    let data = app.data_dir();
    let out = dir.path().join("robin.json");
    let args = |out: &std::path::Path| {
        vec![
            "export".to_owned(),
            "--data".to_owned(),
            data.to_str().unwrap().to_owned(),
            "--recovery-key".to_owned(),
            key.to_str().unwrap().to_owned(),
            "--case".to_owned(),
            reference.clone(),
            "--out".to_owned(),
            out.to_str().unwrap().to_owned(),
        ]
    };
    let run = |args: Vec<String>| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        run_dialogues(&refs, &[], dir.path())
    };
    let done = run(args(&out));
    assert!(done.status.success(), "{}", stderr(&done));
    let html_path = dir.path().join("robin.html");
    assert!(stdout(&done).contains("robin.html"));

    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let case = &json["cases"][0];
    assert_eq!(
        case["sessions"][0]["review_comments"][0]["text"],
        "Review-comment-text-5"
    );
    assert_eq!(case["sharing"][0]["record"]["what"], "Sharing-text-9");
    assert_eq!(case["sharing"][0]["shared_on"], "2025-03-14");

    let html = std::fs::read_to_string(&html_path).unwrap();
    let mode = std::fs::metadata(&html_path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(html.contains("Information held by"));
    assert!(html.contains(&format!("Case {reference}")));
    assert!(
        html.contains("Robin &#60;script&#62;alert(1)&#60;/script&#62;"),
        "values are escaped"
    );
    assert!(!html.contains("<script"), "no script at all");
    assert!(
        !html.contains("<link") && !html.contains("src="),
        "nothing loaded from elsewhere"
    );
    assert!(html.contains("Closing words &#38; more"));
    assert!(html.contains("3 February 1990"), "dates in words");
    assert!(html.contains("14 March 2025"));
    assert!(html.contains("Comment by Sue Super"));
    assert!(html.contains("Review-comment-text-5"));
    assert!(html.contains("Sharing-text-9"));
    assert!(html.contains("The person agreed to it being shared (consent)"));
    assert!(html.contains("Took part fully"));

    // Neither file is overwritten: with only the HTML left, nothing is written at all.
    let again = run(args(&out));
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists"));
    std::fs::remove_file(&out).unwrap();
    let html_only = run(args(&out));
    assert!(!html_only.status.success());
    assert!(
        stderr(&html_only).contains("robin.html already exists"),
        "{}",
        stderr(&html_only)
    );
    assert!(!out.exists(), "nothing was written");
    assert_eq!(std::fs::read_to_string(&html_path).unwrap(), html);
    let to_html = run(args(&dir.path().join("copy.html")));
    assert!(
        stderr(&to_html).contains("give --out a name ending in .json"),
        "{}",
        stderr(&to_html)
    );
    assert!(!dir.path().join("copy.html").exists());
}
