//! `dialogues demo`: the real binary creates a demonstration organisation, prints an account per
//! role, and serves it; its data holds every session state, readable with the recovery key; a
//! second run on the same directory, an existing recovery file, a refused password and a port
//! in use are each refused with nothing created or changed.
//!
//! Every demo server started here is killed when its guard drops, so none outlives its test.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use age::secrecy::SecretString;
use common::{run_dialogues, run_dialogues_with_input, stderr, stdout};
use dialogues::cases::{self, OpenCase, ReadReason, Setting};
use dialogues::crypto::KeyPair;
use dialogues::db::Database;
use dialogues::sessions::{self, store::Status};
use dialogues::toolkit::Toolkit;
use reqwest::cookie::CookieStore;

const PASSWORD: &str = "quiet lantern harbour meadow";
const ROLES: [&str; 4] = [
    "administrator",
    "supervisor",
    "training-manager",
    "facilitator",
];

/// A demo server started from the real binary; killed (and reaped) on drop.
struct RunningDemo {
    child: Child,
    /// Everything it printed up to and including the "is running at" line.
    output: String,
    /// `http://127.0.0.1:PORT`
    base: String,
}

impl Drop for RunningDemo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `dialogues demo ARGS --listen 127.0.0.1:0` in `cwd` (with `input` on standard input, if
/// any) and waits until it serves.
fn start_demo(cwd: &Path, args: &[&str], input: Option<&str>) -> RunningDemo {
    let log = cwd.join("demo-stderr.log");
    let mut command = Command::new(env!("CARGO_BIN_EXE_dialogues"));
    command
        .arg("demo")
        .args(args)
        .args(["--listen", "127.0.0.1:0"])
        .current_dir(cwd)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap());
    for name in ["DIALOGUES_LISTEN", "DIALOGUES_DATA", "DIALOGUES_TOOLKIT"] {
        command.env_remove(name);
    }
    let mut child = command.spawn().expect("the binary runs");
    if let Some(input) = input {
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input.as_bytes()).unwrap();
    }
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut running = RunningDemo {
        child,
        output: String::new(),
        base: String::new(),
    };
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            panic!(
                "the demo stopped before serving:\n{}\n{}",
                running.output,
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        running.output.push_str(&line);
        if line.contains("is running at") {
            let url = line
                .split_whitespace()
                .find(|w| w.starts_with("http://"))
                .expect("the address is printed");
            running.base = url.trim_end_matches('/').to_owned();
            return running;
        }
    }
}

/// The recovery key in the file the demo wrote.
fn recovery_key(path: &Path) -> KeyPair {
    let text = std::fs::read_to_string(path).unwrap();
    let secret = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .expect("an age identity");
    KeyPair::from_secret(&SecretString::from(secret.to_owned())).unwrap()
}

/// A browser with a cookie jar that signs in as the sign-in form expects.
struct Browser {
    base: String,
    client: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
}

impl Browser {
    fn new(base: &str) -> Self {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_provider(Arc::clone(&jar))
            .build()
            .unwrap();
        Self {
            base: base.to_owned(),
            client,
            jar,
        }
    }

    fn cookie(&self, name: &str) -> Option<String> {
        let cookies = self.jar.cookies(&self.base.parse().unwrap())?;
        cookies
            .to_str()
            .unwrap()
            .split("; ")
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")).map(str::to_owned))
    }

    async fn get(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        (response.status(), response.text().await.unwrap())
    }

    async fn sign_in(&self, email: &str, password: &str) -> reqwest::StatusCode {
        self.get("/").await;
        let token = self.cookie("dialogues-csrf").expect("a CSRF cookie");
        self.client
            .post(format!("{}/sign-in", self.base))
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", email),
                ("password", password),
                ("next", "/"),
            ])
            .send()
            .await
            .unwrap()
            .status()
    }
}

/// The account lines of the printed table: (email, role, password).
fn accounts(output: &str) -> Vec<(String, String, String)> {
    output
        .lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let email = words.first()?;
            email.ends_with("@demo.invalid").then(|| {
                (
                    (*email).to_owned(),
                    words.get(1).copied().unwrap_or_default().to_owned(),
                    words.get(2).copied().unwrap_or_default().to_owned(),
                )
            })
        })
        .collect()
}

async fn audit_count(db: &Database) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(db.reader())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_demo_has_every_role_and_every_session_state_all_readable_with_its_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let demo = start_demo(
        dir.path(),
        &[
            "--data",
            data.to_str().unwrap(),
            "--cases",
            "8",
            "--password-stdin",
        ],
        Some(&format!("{PASSWORD}\n")),
    );
    let printed = accounts(&demo.output);
    for role in ROLES {
        assert!(
            printed
                .iter()
                .any(|(email, roles, _)| email.contains(role) && roles.contains(role)),
            "an account for {role}:\n{}",
            demo.output
        );
    }
    assert!(
        printed
            .iter()
            .filter(|(e, _, _)| e.contains("facilitator"))
            .count()
            >= 3,
        "two facilitators and one whose training is not valid"
    );
    assert!(
        !demo.output.contains(PASSWORD),
        "the password given on standard input is never echoed"
    );
    let recovery_path = data.join("recovery-key.txt");
    assert!(demo.output.contains(&recovery_path.display().to_string()));
    assert!(demo.output.contains(&format!("Open {}/", demo.base)));
    assert_eq!(
        std::fs::metadata(&recovery_path)
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    drop(demo);

    let db = Database::open_existing(&data).await.unwrap();
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    let factor_ids: BTreeSet<String> = content
        .domains
        .iter()
        .flat_map(|d| d.factors.get_ref().iter().map(|f| f.id.get_ref().clone()))
        .collect();
    let recovery = recovery_key(&recovery_path);

    let case_rows = cases::store::all(db.reader()).await.unwrap();
    assert_eq!(case_rows.len(), 8);
    let mut settings = BTreeSet::new();
    let mut statuses: BTreeMap<&str, usize> = BTreeMap::new();
    let mut amendments = 0;
    let mut concerns = 0;
    // Review comments opened with the case key: (returns, stage comments, whole-session ones).
    let (mut returns, mut on_stage, mut on_session) = (0, 0, 0);
    for case in case_rows {
        let key = cases::keys::open_with_recovery(db.reader(), &case.id, &recovery)
            .await
            .unwrap();
        let open = OpenCase {
            case,
            reason: ReadReason::Assignment,
            key,
        };
        let details = open.details().expect("the details open with their binding");
        settings.insert(details.setting.id());
        for row in sessions::store::of_case(db.reader(), &open.case.id)
            .await
            .unwrap()
        {
            let notes = sessions::open_notes(&row, &open.key).expect("the notes open");
            *statuses.entry(row.status().id()).or_default() += 1;
            let module = content
                .modules
                .iter()
                .find(|m| m.id.get_ref() == &row.module_id)
                .expect("a module of the toolkit");
            for stage in notes.stages.keys() {
                assert!(
                    module
                        .stages
                        .get_ref()
                        .iter()
                        .any(|s| s.id.get_ref() == stage),
                    "{stage} is a stage of {}",
                    row.module_id
                );
            }
            let snapshot = sessions::gate::Snapshot::from_json(&row.training_snapshot)
                .expect("a training snapshot");
            assert!(snapshot.allowed, "the gate allowed every demo session");
            match row.status() {
                Status::Planned => assert!(notes.closing.is_none() && notes.stages.is_empty()),
                Status::InProgress => {
                    assert!(notes.closing.is_none());
                    assert!(!notes.stages.is_empty());
                    assert!(row.current_stage.is_some() && row.started_at.is_some());
                }
                status => {
                    let closing = notes.closing.as_ref().expect("a closing record");
                    assert!(!closing.summary.is_empty());
                    assert!(
                        closing
                            .evidence
                            .iter()
                            .all(|e| factor_ids.contains(&e.factor))
                    );
                    assert_eq!(notes.stages.len(), module.stages.get_ref().len());
                    assert_eq!(
                        row.signed_off_by.is_some(),
                        status == Status::SignedOff,
                        "only signed-off sessions name who signed them off"
                    );
                }
            }
            let returned_at = sessions::store::returned_at(db.reader(), &row.id)
                .await
                .unwrap();
            if let Some(at) = &returned_at {
                assert_eq!(row.status(), Status::Closed, "a returned session is closed");
                assert!(row.submitted_at.is_some() && row.signed_off_by.is_none());
                let latest = sessions::store::latest_return(db.reader(), &row.id)
                    .await
                    .unwrap()
                    .expect("the return's reason");
                assert_eq!(&latest.created_at, at);
            }
            for comment in sessions::store::comments_of(db.reader(), &row.id)
                .await
                .unwrap()
            {
                let body = sessions::open_comment(&comment, &open.key)
                    .expect("the comment opens with its binding");
                assert!(!body.text.trim().is_empty());
                assert!(
                    row.submitted_at.as_deref().unwrap() < comment.created_at.as_str(),
                    "made after the session was submitted"
                );
                match (comment.kind(), &comment.stage_id) {
                    (sessions::store::CommentKind::Return, _) => {
                        assert!(returned_at.is_some());
                        returns += 1;
                    }
                    (_, Some(stage)) => {
                        assert!(notes.stages.contains_key(stage), "a stage of the session");
                        on_stage += 1;
                    }
                    (_, None) => on_session += 1,
                }
            }
            for amendment in sessions::store::amendments_of(db.reader(), &row.id)
                .await
                .unwrap()
            {
                assert_eq!(row.status(), Status::SignedOff);
                let body = sessions::open_amendment(&amendment, &open.case.id, &open.key)
                    .expect("the amendment opens");
                assert!(!body.text.is_empty());
                amendments += 1;
            }
        }
        for concern in cases::concerns::of_case(db.reader(), &open.case.id)
            .await
            .unwrap()
        {
            let account =
                cases::concerns::open_account(&concern, &open.key).expect("the concern opens");
            assert!(!account.what.is_empty() && !account.action_taken.is_empty());
            concerns += 1;
        }
    }
    for status in Status::ALL {
        assert!(
            statuses.get(status.id()).is_some_and(|n| *n > 0),
            "a session {}: {statuses:?}",
            status.id()
        );
    }
    assert!(amendments >= 1, "a session signed off with an amendment");
    assert!(
        returns >= 1,
        "a session returned for changes with its reason"
    );
    assert!(
        on_stage >= 1 && on_session >= 1,
        "comments on a stage and on a whole session"
    );
    assert!(concerns >= 1, "at least one concern");
    assert_eq!(
        settings,
        BTreeSet::from([Setting::Custody.id(), Setting::Community.id()])
    );

    let untrained_sessions: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.facilitator_id WHERE u.email LIKE 'facilitator-untrained@%'",
    )
    .fetch_one(db.reader())
    .await
    .unwrap();
    assert_eq!(
        untrained_sessions, 0,
        "the gate keeps the untrained facilitator out"
    );
    let demo_entries: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'demo-created'")
            .fetch_one(db.reader())
            .await
            .unwrap();
    assert_eq!(
        demo_entries, 2,
        "one audit entry for the one batch of cases, one for the supervision records"
    );

    // Supervision records: sealed to the two people only, never to the recovery key.
    let records: Vec<dialogues::supervision::store::RecordRow> = sqlx::query_as(
        "SELECT id, supervisor_id, supervisee_id, held_on, created_at, version, body FROM supervision_records",
    )
    .fetch_all(db.reader())
    .await
    .unwrap();
    assert!(
        records.len() >= 8,
        "a few months of meetings with each facilitator"
    );
    let today = chrono::Utc::now().date_naive().to_string();
    for record in &records {
        assert!(record.held_on < today, "held in the past");
        assert!(
            dialogues::supervision::open_body(record, &recovery).is_err(),
            "not readable with the recovery key"
        );
    }
    let covers: Vec<(String, String)> =
        sqlx::query_as("SELECT starts_on, ends_on FROM supervision_cover")
            .fetch_all(db.reader())
            .await
            .unwrap();
    assert_eq!(covers.len(), 1, "one cover");
    assert!(
        covers[0].0 <= covers[0].1 && covers[0].1 < today,
        "it has ended"
    );
    let running: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM effective_supervision e JOIN supervision_cover c ON c.covering_id = e.supervisor_id",
    )
    .fetch_one(db.reader())
    .await
    .unwrap();
    assert_eq!(running, 0, "the covering supervisor supervises no one now");
    assert!(matches!(
        dialogues::audit::verify(db.reader()).await.unwrap(),
        dialogues::audit::Verdict::Intact { .. }
    ));
    db.close().await;
}

#[tokio::test]
async fn a_second_demo_on_the_same_directory_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let args = [
        "demo",
        "--data",
        data.to_str().unwrap(),
        "--cases",
        "2",
        "--listen",
        "127.0.0.1:0",
        "--password-stdin",
    ];
    drop(start_demo(
        dir.path(),
        &[
            "--data",
            data.to_str().unwrap(),
            "--cases",
            "2",
            "--password-stdin",
        ],
        Some(&format!("{PASSWORD}\n")),
    ));
    let recovery_before = std::fs::read(data.join("recovery-key.txt")).unwrap();
    let db = Database::open_existing(&data).await.unwrap();
    let audit_before = audit_count(&db).await;
    db.close().await;

    let second = run_dialogues_with_input(&args, &format!("{PASSWORD}\n"), dir.path());
    assert_eq!(second.status.code(), Some(1));
    let message = stderr(&second);
    assert!(
        message.contains("already holds an organisation"),
        "{message}"
    );
    assert!(message.contains("--data"), "{message}");
    assert!(message.contains("nothing was changed"), "{message}");
    assert!(stdout(&second).is_empty());

    assert_eq!(
        std::fs::read(data.join("recovery-key.txt")).unwrap(),
        recovery_before
    );
    let db = Database::open_existing(&data).await.unwrap();
    assert_eq!(audit_count(&db).await, audit_before);
    db.close().await;
}

#[tokio::test]
async fn the_demo_facilitator_signs_in_with_the_printed_password_and_sees_their_cases() {
    let dir = tempfile::tempdir().unwrap();
    // No --data: the demo's own directory, never the real `data`.
    let demo = start_demo(dir.path(), &["--cases", "6"], None);
    assert!(dir.path().join("demo-data/dialogues.db").is_file());
    assert!(dir.path().join("demo-data/recovery-key.txt").is_file());
    assert!(!dir.path().join("data").exists());

    let printed = accounts(&demo.output);
    let passwords: BTreeSet<&str> = printed.iter().map(|(_, _, p)| p.as_str()).collect();
    assert_eq!(passwords.len(), printed.len(), "a different password each");
    let (email, _, password) = printed
        .iter()
        .find(|(email, _, _)| email.starts_with("facilitator@"))
        .expect("the demo facilitator");

    let browser = Browser::new(&demo.base);
    assert_eq!(browser.sign_in(email, password).await, 303);
    let (status, body) = browser.get("/cases").await;
    assert_eq!(status, 200);
    assert!(body.contains("DD-"), "the caseload lists cases");

    let other = Browser::new(&demo.base);
    assert_eq!(other.sign_in(email, "not the password at all").await, 401);
    drop(demo);
}

#[test]
fn an_existing_recovery_key_file_is_refused_before_anything_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("keep.txt");
    std::fs::write(&existing, "someone's key").unwrap();
    let output = run_dialogues(
        &[
            "demo",
            "--listen",
            "127.0.0.1:0",
            "--recovery-key-out",
            existing.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("already exists"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "someone's key");
    assert!(!dir.path().join("demo-data").exists());
}

#[test]
fn a_refused_password_or_a_port_in_use_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let weak = run_dialogues_with_input(
        &["demo", "--listen", "127.0.0.1:0", "--password-stdin"],
        "password1234\n",
        dir.path(),
    );
    assert_eq!(weak.status.code(), Some(1));
    assert!(stderr(&weak).contains("too common"), "{}", stderr(&weak));
    assert!(!dir.path().join("demo-data").exists());

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let busy = run_dialogues_with_input(
        &["demo", "--listen", &address, "--password-stdin"],
        &format!("{PASSWORD}\n"),
        dir.path(),
    );
    assert_eq!(busy.status.code(), Some(1));
    assert!(
        stderr(&busy).contains("already using that port"),
        "{}",
        stderr(&busy)
    );
    assert!(!dir.path().join("demo-data").exists());
}

#[test]
fn demo_help_names_its_flags_and_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let help = run_dialogues(&["demo", "--help"], &[], dir.path());
    assert!(help.status.success());
    let text = stdout(&help);
    for expected in [
        "--data",
        "demo-data",
        "--listen",
        "127.0.0.1:8080",
        "--recovery-key-out",
        "recovery-key.txt",
        "--cases",
        "[default: 8]",
        "--password-stdin",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    let top = run_dialogues(&["--help"], &[], dir.path());
    assert!(stdout(&top).contains("demo"));
}

/// Every version of every demo case's formulation, opened with the recovery key: what the
/// facilitator wrote is all there, from the toolkit's ids, in a consistent state; revisions are
/// copies of a signed-off version of the same case with ratings changed; some signed-off
/// versions carry the supervisor's blind second rating.
#[tokio::test]
async fn a_demo_has_formulations_in_every_state_each_sealed_to_its_case() {
    use dialogues::formulations;
    use dialogues::formulations::document::FormulationDoc;
    use dialogues::formulations::store::{FormulationRow, Status as FormulationStatus};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let demo = start_demo(
        dir.path(),
        &[
            "--data",
            data.to_str().unwrap(),
            "--cases",
            "8",
            "--password-stdin",
        ],
        Some(&format!("{PASSWORD}\n")),
    );
    assert!(
        demo.output.contains("formulation versions on"),
        "the report counts the formulations:\n{}",
        demo.output
    );
    let demo_output = demo.output.clone();
    drop(demo);

    let db = Database::open_existing(&data).await.unwrap();
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    let scale: BTreeSet<String> = content
        .framework
        .scale
        .get_ref()
        .iter()
        .map(|p| p.id.get_ref().clone())
        .collect();
    let domains: Vec<String> = content
        .framework
        .domains
        .get_ref()
        .iter()
        .map(|d| d.id.get_ref().clone())
        .collect();
    let factor_ids: BTreeSet<String> = content
        .domains
        .iter()
        .flat_map(|d| d.factors.get_ref().iter().map(|f| f.id.get_ref().clone()))
        .collect();
    let supervisor: String =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'supervisor@demo.invalid'")
            .fetch_one(db.reader())
            .await
            .unwrap();
    let recovery = recovery_key(&data.join("recovery-key.txt"));
    let now = dialogues::accounts::store::now_text();

    let mut statuses: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut revisions, mut cited, mut others, mut second_ratings) = (0, 0, 0, 0);
    for case in cases::store::all(db.reader()).await.unwrap() {
        let key = cases::keys::open_with_recovery(db.reader(), &case.id, &recovery)
            .await
            .unwrap();
        let session_rows = sessions::store::of_case(db.reader(), &case.id)
            .await
            .unwrap();
        let tagged = formulations::tagged_evidence(&session_rows, &key).unwrap();
        let versions = formulations::store::of_case(db.reader(), &case.id)
            .await
            .unwrap();
        if !versions.is_empty() {
            assert!(
                !tagged.is_empty(),
                "a formulation only where closed sessions tagged evidence"
            );
        }
        assert!(
            versions
                .iter()
                .filter(|v| v.status() != FormulationStatus::SignedOff)
                .count()
                <= 1,
            "at most one version being worked on"
        );
        if !case.is_open() {
            assert!(
                versions
                    .iter()
                    .all(|v| v.status() == FormulationStatus::SignedOff),
                "a closed case's formulation is signed off"
            );
        }
        let mut docs: Vec<(&FormulationRow, FormulationDoc)> = Vec::new();
        for (position, row) in versions.iter().enumerate() {
            assert_eq!(row.number, position as i64 + 1, "numbered 1, 2, …");
            assert_eq!(row.facilitator_id, case.facilitator_id);
            assert_eq!(row.toolkit_version, toolkit.manifest.version);
            assert_eq!(row.toolkit_hash, toolkit.content_hash());
            let doc =
                formulations::open_doc(row, &key).expect("the version opens with its binding");
            *statuses.entry(row.status().id()).or_default() += 1;

            // Every framework factor rated from the scale, with evidence and sources.
            assert_eq!(
                doc.factors.keys().cloned().collect::<BTreeSet<_>>(),
                factor_ids
            );
            for (factor, entry) in &doc.factors {
                let rating = entry.rating.as_deref().expect("rated");
                assert!(scale.contains(rating), "{rating} is a point of the scale");
                assert!(!entry.evidence.trim().is_empty() && !entry.sources.trim().is_empty());
                for session in &entry.sessions {
                    assert!(
                        tagged
                            .iter()
                            .any(|t| &t.session_id == session && &t.factor == factor),
                        "{factor} cites a session of this case that tagged it"
                    );
                    cited += 1;
                }
            }
            for other in &doc.other {
                assert_eq!(other.id, "other-1");
                assert!(!other.name.is_empty() && !other.entry.evidence.is_empty());
                assert!(scale.contains(other.entry.rating.as_deref().unwrap()));
                others += 1;
            }
            for domain in &domains {
                assert!(
                    doc.domains
                        .get(domain)
                        .is_some_and(|j| !j.trim().is_empty()),
                    "a judgement for {domain}"
                );
            }
            assert!(!doc.summary.trim().is_empty() && !doc.management_plan.trim().is_empty());

            // Dates and reviews that fit the state.
            assert!(row.created_at <= row.updated_at && row.updated_at <= now);
            let last_review = doc.reviews.last();
            match row.status() {
                FormulationStatus::Draft => {
                    assert!(row.submitted_at.is_none() && row.signed_off_at.is_none());
                    assert!(doc.reviews.is_empty());
                }
                FormulationStatus::Submitted => {
                    assert!(row.submitted_at.is_some() && row.signed_off_at.is_none());
                    assert!(doc.reviews.is_empty());
                }
                FormulationStatus::Returned => {
                    assert!(row.submitted_at.is_some() && row.signed_off_by.is_none());
                    let review = last_review.expect("the return's review");
                    assert!(!review.signed_off && !review.comment.trim().is_empty());
                    assert_eq!(review.by, supervisor);
                    assert_eq!(doc.last_return(), Some(review));
                }
                FormulationStatus::SignedOff => {
                    assert_eq!(row.signed_off_by.as_deref(), Some(supervisor.as_str()));
                    let (submitted, signed) = (
                        row.submitted_at.as_deref().unwrap(),
                        row.signed_off_at.as_deref().unwrap(),
                    );
                    assert!(row.created_at.as_str() < submitted && submitted < signed);
                    let review = last_review.expect("the sign-off's review");
                    assert!(review.signed_off);
                    assert_eq!(review.by, supervisor);
                    assert_eq!(review.at, signed);
                }
            }

            // A revision: a copy of a signed-off version of this case, with ratings changed.
            match &row.based_on {
                None => assert!(doc.changes.is_empty(), "only a revision has changes"),
                Some(based_on) => {
                    let (earlier, earlier_doc) = docs
                        .iter()
                        .find(|(r, _)| &r.id == based_on)
                        .expect("based on an earlier version of the same case");
                    assert_eq!(earlier.status(), FormulationStatus::SignedOff);
                    assert!(earlier.number < row.number);
                    assert!(
                        earlier.signed_off_at.as_deref().unwrap() < row.created_at.as_str(),
                        "started after the version it copies was signed off"
                    );
                    assert!(!doc.changes.trim().is_empty());
                    assert!(
                        doc.factors
                            .iter()
                            .any(|(id, e)| earlier_doc.factors[id].rating != e.rating),
                        "a rating changed"
                    );
                    assert!(
                        doc.reviews
                            .iter()
                            .all(|r| r.at > earlier.signed_off_at.clone().unwrap()),
                        "the copy starts without the earlier reviews"
                    );
                    revisions += 1;
                }
            }
            docs.push((row, doc));
        }

        // Blind second ratings: by the supervisor, of a signed-off version, between its
        // submission and its sign-off, rating every framework factor, with the facilitator's
        // ratings of that version copied beside them.
        for rating in dialogues::second_rating::store::of_case(db.reader(), &case.id)
            .await
            .unwrap()
        {
            let (version, version_doc) = docs
                .iter()
                .find(|(r, _)| r.id == rating.formulation_id)
                .expect("a version of the same case");
            assert_eq!(version.status(), FormulationStatus::SignedOff);
            assert_eq!(rating.rater_id, supervisor);
            assert!(rating.is_submitted());
            let submitted = rating.submitted_at.as_deref().unwrap();
            assert!(version.submitted_at.as_deref().unwrap() <= rating.started_at.as_str());
            assert!(submitted <= version.signed_off_at.as_deref().unwrap());
            let doc = dialogues::second_rating::open_doc(&rating, &key)
                .expect("the second rating opens with its binding");
            assert_eq!(doc.formulation_id, version.id);
            assert_eq!(
                doc.ratings.keys().cloned().collect::<BTreeSet<_>>(),
                factor_ids
            );
            assert!(doc.ratings.values().all(|r| scale.contains(r)));
            for (factor, theirs) in &doc.facilitator {
                assert_eq!(version_doc.factors[factor].rating.as_ref(), Some(theirs));
            }
            second_ratings += 1;
        }
    }
    assert!(
        demo_output.contains(&format!(
            "{second_ratings} rated blind by the supervisor before sign-off"
        )),
        "{demo_output}"
    );
    assert!(second_ratings >= 1, "a blind second rating");
    for status in FormulationStatus::ALL {
        assert!(
            statuses.get(status.id()).is_some_and(|n| *n > 0),
            "a formulation version {}: {statuses:?}",
            status.id()
        );
    }
    assert!(revisions >= 1, "a revision of a signed-off version");
    assert!(cited >= 1, "factors cite the sessions that tagged them");
    assert!(others >= 1, "an other factor");
    db.close().await;
}

/// Reads (case reference, facilitator email, status) of every formulation version while the
/// demo serves, oldest version first.
async fn formulation_versions(data: &Path) -> Vec<(String, String, i64, String)> {
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            sqlx::sqlite::SqliteConnectOptions::new()
                .filename(data.join("dialogues.db"))
                .read_only(true),
        )
        .await
        .unwrap();
    let rows = sqlx::query_as(
        "SELECT c.reference, u.email, f.number, f.status FROM formulations f
         JOIN cases c ON c.id = f.case_id JOIN users u ON u.id = c.facilitator_id
         ORDER BY c.reference, f.number",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    pool.close().await;
    rows
}

#[tokio::test]
async fn a_demo_user_opens_a_case_formulation_its_versions_and_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let demo = start_demo(
        dir.path(),
        &[
            "--data",
            data.to_str().unwrap(),
            "--cases",
            "8",
            "--password-stdin",
        ],
        Some(&format!("{PASSWORD}\n")),
    );
    let versions = formulation_versions(&data).await;
    let toolkit = Toolkit::builtin().unwrap();
    let labels: Vec<String> = toolkit
        .content(toolkit.source_language)
        .framework
        .scale
        .get_ref()
        .iter()
        .map(|p| p.label.clone())
        .collect();

    // A revised case: its overview lists both versions with the chart and the comparison.
    let (reference, email, _, _) = versions
        .iter()
        .find(|(_, _, number, _)| *number == 2)
        .expect("a revised formulation")
        .clone();
    let facilitator = Browser::new(&demo.base);
    assert_eq!(facilitator.sign_in(&email, PASSWORD).await, 303);
    let (status, overview) = facilitator
        .get(&format!("/cases/{reference}/formulation"))
        .await;
    assert_eq!(status, 200, "{overview}");
    for number in [1, 2] {
        assert!(
            overview.contains(&format!("href=\"/cases/{reference}/formulation/{number}\"")),
            "version {number} is listed"
        );
    }
    assert!(
        overview.contains("Priya Lanternfield"),
        "signed off by the supervisor"
    );
    assert!(overview.contains("<svg"), "the ratings chart");
    for number in [1, 2] {
        let (status, page) = facilitator
            .get(&format!("/cases/{reference}/formulation/{number}"))
            .await;
        assert_eq!(status, 200, "version {number}: {page}");
        assert!(
            labels.iter().any(|l| page.contains(l.as_str())),
            "version {number} shows its ratings"
        );
    }
    let (status, page) = facilitator
        .get(&format!("/cases/{reference}/formulation/1"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Signed off by"), "the sign-off is shown");
    let (status, compared) = facilitator
        .get(&format!(
            "/cases/{reference}/formulation/compare?from=1&to=2"
        ))
        .await;
    assert_eq!(status, 200, "{compared}");
    assert!(
        compared.contains("<del>") && compared.contains("<ins>"),
        "a changed rating is marked"
    );

    // A returned version shows the supervisor's comment to its facilitator.
    let (reference, email, number, _) = versions
        .iter()
        .find(|(_, _, _, status)| status == "returned")
        .expect("a returned version")
        .clone();
    let facilitator = Browser::new(&demo.base);
    assert_eq!(facilitator.sign_in(&email, PASSWORD).await, 303);
    let (status, page) = facilitator
        .get(&format!("/cases/{reference}/formulation/{number}"))
        .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("id=\"returned\""), "the return is shown");
    assert!(page.contains("Priya Lanternfield"));

    // The supervisor can review a submitted version.
    let (reference, _, number, _) = versions
        .iter()
        .find(|(_, _, _, status)| status == "submitted")
        .expect("a submitted version")
        .clone();
    let supervisor = Browser::new(&demo.base);
    assert_eq!(
        supervisor
            .sign_in("supervisor@demo.invalid", PASSWORD)
            .await,
        303
    );
    let (status, page) = supervisor
        .get(&format!("/cases/{reference}/formulation/{number}"))
        .await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains(&format!(
            "action=\"/cases/{reference}/formulation/{number}/review\""
        )),
        "the review form"
    );
    drop(demo);
}

/// A read-only connection to a demo's database while it serves.
async fn read_only(data: &Path) -> sqlx::SqlitePool {
    sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            sqlx::sqlite::SqliteConnectOptions::new()
                .filename(data.join("dialogues.db"))
                .read_only(true),
        )
        .await
        .unwrap()
}

/// Starts a default demo (8 cases) with [`PASSWORD`] for every account.
fn start_default_demo(dir: &Path, data: &Path) -> RunningDemo {
    start_demo(
        dir,
        &[
            "--data",
            data.to_str().unwrap(),
            "--cases",
            "8",
            "--password-stdin",
        ],
        Some(&format!("{PASSWORD}\n")),
    )
}

/// The rows of the `/supervision` table, by the person's name: whether each is flagged overdue.
fn overdue_by_name(page: &str) -> BTreeMap<String, bool> {
    let mut rows = BTreeMap::new();
    for row in page.split("data-supervisee=\"").skip(1) {
        let row = row.split("</tr>").next().unwrap();
        for name in ["Jordan Fernsby", "Ceri Marlowood", "Sam Thistlecombe"] {
            if row.contains(name) {
                rows.insert(name.to_owned(), row.contains("Overdue"));
            }
        }
    }
    rows
}

#[tokio::test]
async fn a_demo_supervisor_sees_one_facilitator_overdue_and_the_supervisee_opens_their_records() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let demo = start_default_demo(dir.path(), &data);
    assert!(
        demo.output
            .contains("supervision records, expected every 28 days"),
        "the report tells the supervision story:\n{}",
        demo.output
    );
    let pool = read_only(&data).await;
    let id_of = async |email: &str| -> String {
        sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
            .bind(email)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let jordan = id_of("facilitator@demo.invalid").await;
    let ceri = id_of("facilitator2@demo.invalid").await;
    let ceri_cases: Vec<String> =
        sqlx::query_scalar("SELECT reference FROM cases WHERE facilitator_id = ?")
            .bind(&ceri)
            .fetch_all(&pool)
            .await
            .unwrap();

    // The supervisor's list: one facilitator up to date, the other overdue.
    let supervisor = Browser::new(&demo.base);
    assert_eq!(
        supervisor
            .sign_in("supervisor@demo.invalid", PASSWORD)
            .await,
        303
    );
    let (status, page) = supervisor.get("/supervision").await;
    assert_eq!(status, 200, "{page}");
    let overdue = overdue_by_name(&page);
    assert_eq!(overdue.get("Jordan Fernsby"), Some(&false), "{page}");
    assert_eq!(overdue.get("Ceri Marlowood"), Some(&true), "{page}");
    assert_eq!(overdue.values().filter(|o| **o).count(), 1, "{overdue:?}");
    // Their dashboard says the same.
    let (status, page) = supervisor.get("/review").await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("href=\"/supervision/{ceri}\"")));
    // A supervisee's page lists the meetings; the supervisor opens one they wrote.
    let (status, page) = supervisor.get(&format!("/supervision/{jordan}")).await;
    assert_eq!(status, 200, "{page}");
    let link = page
        .split("href=\"/supervision/records/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a record the supervisor wrote")
        .to_owned();
    let (status, page) = supervisor
        .get(&format!("/supervision/records/{link}"))
        .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("id=\"record\""), "the record opens: {page}");

    // The overdue facilitator reads every record about them, the covering supervisor's too.
    let facilitator = Browser::new(&demo.base);
    assert_eq!(
        facilitator
            .sign_in("facilitator2@demo.invalid", PASSWORD)
            .await,
        303
    );
    let (status, mine) = facilitator.get("/supervision/mine").await;
    assert_eq!(status, 200, "{mine}");
    assert!(mine.contains("Overdue"), "they see they are overdue");
    assert!(
        mine.contains("Rhian Copperwell"),
        "a meeting during the cover"
    );
    let links: Vec<&str> = mine
        .split("href=\"/supervision/records/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(links.len() >= 4, "{mine}");
    let mut discussed = 0;
    for id in links {
        let (status, page) = facilitator.get(&format!("/supervision/records/{id}")).await;
        assert_eq!(status, 200, "{page}");
        assert!(page.contains("id=\"record\""), "the record opens: {page}");
        assert!(!page.contains("/edit\""), "read-only for the supervisee");
        if ceri_cases.iter().any(|r| page.contains(r.as_str())) {
            discussed += 1;
        }
    }
    assert!(discussed >= 1, "records name the facilitator's cases");
    // The other facilitator cannot open them.
    let other = Browser::new(&demo.base);
    assert_eq!(
        other.sign_in("facilitator@demo.invalid", PASSWORD).await,
        303
    );
    let (status, _) = other.get(&format!("/supervision/{ceri}")).await;
    assert_eq!(status, 404);

    // The administrator's cover list shows the ended cover.
    let administrator = Browser::new(&demo.base);
    assert_eq!(
        administrator
            .sign_in("administrator@demo.invalid", PASSWORD)
            .await,
        303
    );
    let (status, page) = administrator.get("/admin/cover").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Priya Lanternfield") && page.contains("Rhian Copperwell"));
    assert!(
        page.contains("Ended") && !page.contains("Running now"),
        "{page}"
    );
    pool.close().await;
    drop(demo);
}

/// The waiting times in the tables of `/review` (`3 days`, `1 day`, `Less than a day`).
fn waiting_times(page: &str) -> Vec<String> {
    page.split("<td class=\"govuk-table__cell\">")
        .skip(1)
        .filter_map(|cell| cell.split("</td>").next())
        .filter(|cell| {
            *cell == "Less than a day"
                || cell
                    .strip_suffix(" days")
                    .or_else(|| cell.strip_suffix(" day"))
                    .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_demo_shows_waiting_times_a_returned_session_and_review_comments() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let demo = start_default_demo(dir.path(), &data);
    assert!(
        demo.output.contains("returned for changes with a reason"),
        "{}",
        demo.output
    );
    let pool = read_only(&data).await;

    // The supervisor's dashboard: how long each submitted session has waited.
    let supervisor = Browser::new(&demo.base);
    assert_eq!(
        supervisor
            .sign_in("supervisor@demo.invalid", PASSWORD)
            .await,
        303
    );
    let (status, page) = supervisor.get("/review").await;
    assert_eq!(status, 200, "{page}");
    let waited = waiting_times(&page);
    assert!(
        waited.iter().any(|w| w.ends_with("days")),
        "waiting times in days: {waited:?}"
    );

    // The returned session is in its facilitator's "Returned to you", with the reason.
    let (session, email, reference): (String, String, String) = sqlx::query_as(
        "SELECT s.id, u.email, c.reference FROM sessions s
         JOIN cases c ON c.id = s.case_id JOIN users u ON u.id = c.facilitator_id
         WHERE s.returned_at IS NOT NULL AND s.status = 'closed' ORDER BY s.returned_at LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a returned session");
    let facilitator = Browser::new(&demo.base);
    assert_eq!(facilitator.sign_in(&email, PASSWORD).await, 303);
    let (status, home) = facilitator.get("/").await;
    assert_eq!(status, 200);
    assert!(home.contains("Returned to you"), "{home}");
    assert!(home.contains(&format!("href=\"/sessions/{session}#returned\"")));
    assert!(home.contains(&reference));
    assert!(
        !home.contains("Open it to read the reason."),
        "the reason opens on the start page"
    );
    assert!(home.contains("1 review comment on the session"), "{home}");
    let (status, page) = facilitator.get(&format!("/sessions/{session}")).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("id=\"returned\""));
    assert!(page.contains("Returned for changes by Priya Lanternfield"));
    assert!(page.contains("Comment by Priya Lanternfield"));

    // A submitted session's comments, on a stage and on the whole session, open on its page
    // for the supervisor and for its facilitator.
    let (session, email): (String, String) = sqlx::query_as(
        "SELECT s.id, u.email FROM sessions s JOIN users u ON u.id = s.facilitator_id
         WHERE s.status = 'submitted'
           AND EXISTS (SELECT 1 FROM review_comments r WHERE r.session_id = s.id AND r.stage_id IS NULL)
           AND EXISTS (SELECT 1 FROM review_comments r WHERE r.session_id = s.id AND r.stage_id IS NOT NULL)
         LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a submitted session with both kinds of comment");
    let (status, page) = supervisor.get(&format!("/sessions/{session}")).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page.matches("Comment by Priya Lanternfield").count(), 2);
    assert!(
        page.contains("On the stage"),
        "the stage comment links its stage"
    );
    assert!(page.contains(&format!("action=\"/sessions/{session}/sign-off\"")));
    let owner = Browser::new(&demo.base);
    assert_eq!(owner.sign_in(&email, PASSWORD).await, 303);
    let (status, page) = owner.get(&format!("/sessions/{session}")).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page.matches("Comment by Priya Lanternfield").count(), 2);

    // A signed-off session keeps the comment made before its sign-off.
    let kept: String = sqlx::query_scalar(
        "SELECT s.id FROM sessions s JOIN review_comments r ON r.session_id = s.id
         WHERE s.status = 'signed-off' LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a comment kept after sign-off");
    let (status, page) = supervisor.get(&format!("/sessions/{kept}")).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Comment by Priya Lanternfield"));
    pool.close().await;
    drop(demo);
}
