//! `dialogues init` and `dialogues user …`, run as the real binary.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{TestApp, password, run_dialogues, run_dialogues_with_input, stderr, stdout};
use dialogues::crypto::KeyPair;
use dialogues::db::Database;

fn init(dir: &std::path::Path, recovery: &str, input: &str) -> std::process::Output {
    run_dialogues_with_input(
        &[
            "init",
            "--data",
            "data",
            "--admin-email",
            "ada@example.org",
            "--admin-name",
            "Ada Admin",
            "--recovery-key-out",
            recovery,
            "--password-stdin",
        ],
        input,
        dir,
    )
}

#[tokio::test]
async fn init_writes_the_recovery_key_once_and_keeps_only_its_public_half() {
    let dir = tempfile::tempdir().unwrap();
    let output = init(dir.path(), "recovery.key", &format!("{}\n", password(1)));
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(printed.contains("recovery key was written to recovery.key"));
    assert!(printed.contains("keep it offline"));
    assert!(
        !printed.contains("AGE-SECRET-KEY"),
        "the secret is never printed"
    );

    let file = dir.path().join("recovery.key");
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let secret_line = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap();
    assert!(text.lines().any(|l| l.starts_with("# public key: age1")));
    let recovery = KeyPair::from_secret(&secret_line.to_owned().into()).unwrap();

    let db = Database::open_existing(&dir.path().join("data"))
        .await
        .unwrap();
    let stored = dialogues::accounts::store::recovery_recipient(db.reader())
        .await
        .unwrap();
    assert_eq!(stored, Some(recovery.recipient()));
    let dump: Vec<(String,)> = sqlx::query_as("SELECT recovery_recipient FROM organisation")
        .fetch_all(db.reader())
        .await
        .unwrap();
    assert!(!format!("{dump:?}").contains("AGE-SECRET-KEY"));
    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY seq")
        .fetch_all(db.reader())
        .await
        .unwrap();
    assert_eq!(actions, ["organisation-created", "account-created"]);
    db.close().await;
    assert!(printed.contains(&recovery.recipient()));
}

#[test]
fn init_is_refused_a_second_time_and_when_the_recovery_file_exists() {
    let dir = tempfile::tempdir().unwrap();
    assert!(init(dir.path(), "first.key", &password(1)).status.success());

    let again = init(dir.path(), "second.key", &password(1));
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already holds an organisation"),
        "{}",
        stderr(&again)
    );
    assert!(!dir.path().join("second.key").exists());

    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("taken.key"), "keep me").unwrap();
    let refused = init(other.path(), "taken.key", &password(1));
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("taken.key already exists"));
    assert_eq!(
        std::fs::read_to_string(other.path().join("taken.key")).unwrap(),
        "keep me"
    );
    assert!(!other.path().join("data").exists(), "nothing was created");
}

#[test]
fn init_refuses_a_weak_password_a_bad_email_and_a_missing_terminal_leaving_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let weak = init(dir.path(), "r.key", "password1234\n");
    assert_eq!(weak.status.code(), Some(1));
    assert!(
        stderr(&weak).contains("too common or too easy to guess"),
        "{}",
        stderr(&weak)
    );
    assert!(!dir.path().join("r.key").exists());

    let empty = init(dir.path(), "r.key", "");
    assert!(stderr(&empty).contains("no password was given on standard input"));

    let bad_email = run_dialogues(
        &[
            "init",
            "--data",
            "data",
            "--admin-email",
            "ada",
            "--recovery-key-out",
            "r.key",
        ],
        &[],
        dir.path(),
    );
    assert_eq!(bad_email.status.code(), Some(1));
    assert!(
        stderr(&bad_email).contains("--admin-email: enter an email address in the right format")
    );

    let no_terminal = run_dialogues(
        &[
            "init",
            "--data",
            "data",
            "--admin-email",
            "ada@example.org",
            "--recovery-key-out",
            "r.key",
        ],
        &[],
        dir.path(),
    );
    assert_eq!(no_terminal.status.code(), Some(1));
    assert!(stderr(&no_terminal).contains("no terminal: pipe it in and add --password-stdin"));
    assert!(!dir.path().join("r.key").exists());
}

#[tokio::test]
async fn user_add_prints_a_link_that_works_in_the_running_app() {
    let app = TestApp::spawn().await;
    app.init_organisation("ada@example.org", &password(1)).await;
    app.add_person(
        "sue@example.org",
        "Sue Supervisor",
        &["supervisor"],
        &password(2),
    )
    .await;
    let data = app.data_dir();
    let data = data.to_str().unwrap();
    let url = format!("http://{}", app.address);

    let output = run_dialogues(
        &[
            "user",
            "add",
            "--data",
            data,
            "--email",
            "sam@example.org",
            "--name",
            "Sam Jones",
            "--role",
            "facilitator",
            "--supervisor",
            "sue@example.org",
            "--public-url",
            &url,
        ],
        &[],
        app.data.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(printed.contains("expires in 72 hours"));
    let link = printed
        .lines()
        .find(|l| l.starts_with(&url))
        .expect("a link")
        .to_owned();
    let path = link.trim_start_matches(&url).to_owned();

    let browser = app.browser();
    assert_eq!(browser.get(&path).await.status, 200);
    let page = browser
        .post(
            &path,
            &[
                ("password", &password(3)),
                ("confirm_password", &password(3)),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    browser.sign_in("sam@example.org", &password(3)).await;

    let list = run_dialogues(&["user", "list", "--data", data], &[], app.data.path());
    let list = stdout(&list);
    assert!(
        list.contains("sam@example.org\tSam Jones\tfacilitator\tactive"),
        "{list}"
    );

    let reset = run_dialogues(
        &[
            "user",
            "reset",
            "--data",
            data,
            "--email",
            "sam@example.org",
            "--public-url",
            &url,
        ],
        &[],
        app.data.path(),
    );
    assert!(reset.status.success());
    assert!(stdout(&reset).contains("/activate/"));
    assert_eq!(
        browser.get("/account").await.status,
        303,
        "a reset from the command line ends the session too"
    );
}

#[tokio::test]
async fn user_add_refuses_bad_input_with_the_reason() {
    let app = TestApp::spawn().await;
    app.init_organisation("ada@example.org", &password(1)).await;
    let data = app.data_dir();
    let data = data.to_str().unwrap();
    let cwd = app.data.path();
    let add = |extra: &[&str]| {
        let mut args = vec!["user", "add", "--data", data, "--name", "Sam Jones"];
        args.extend_from_slice(extra);
        run_dialogues(&args, &[], cwd)
    };
    let cases: [(&[&str], &str); 4] = [
        (
            &["--email", "sam@example.org", "--role", "boss"],
            "--role: choose a role",
        ),
        (
            &["--email", "sam", "--role", "facilitator"],
            "--email: enter an email address",
        ),
        (
            &[
                "--email",
                "sam@example.org",
                "--role",
                "facilitator",
                "--supervisor",
                "ada@example.org",
            ],
            "there is no supervisor with the email address ada@example.org",
        ),
        (
            &["--email", "ada@example.org", "--role", "facilitator"],
            "already exists",
        ),
    ];
    for (extra, message) in cases {
        let output = add(extra);
        assert_eq!(output.status.code(), Some(1), "{extra:?}");
        assert!(
            stderr(&output).contains(message),
            "{extra:?}: {}",
            stderr(&output)
        );
    }
    let output = run_dialogues_with_input(
        &[
            "user",
            "add",
            "--data",
            data,
            "--name",
            "Sam Jones",
            "--email",
            "sam@example.org",
            "--role",
            "facilitator",
            "--password-stdin",
        ],
        &password(4),
        cwd,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("They can sign in now"));
    app.browser().sign_in("sam@example.org", &password(4)).await;

    let fresh = tempfile::tempdir().unwrap();
    let output = run_dialogues(
        &[
            "user",
            "add",
            "--data",
            "nowhere",
            "--email",
            "a@b",
            "--name",
            "A",
            "--role",
            "facilitator",
        ],
        &[],
        fresh.path(),
    );
    assert!(stderr(&output).contains("there is no Dialogues database"));
}
