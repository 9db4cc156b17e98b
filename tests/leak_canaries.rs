//! Leak canaries (issue #14): a unique canary (`CANARY-<32 hex>-<field>`) typed through the real
//! pages into every field the app encrypts, on the real `dialogues serve` binary with
//! `RUST_LOG=trace`; then every place it must not be is searched for every canary's unique part
//! (ignoring case): the database file, its WAL and shared-memory files and anything else in the
//! data directory, a backup made by `dialogues backup` (the encrypted file, and the snapshot inside
//! it, decrypted with the recovery key), the server's whole log, every row of the audit table,
//! and every page (status, headers and body) that a non-holder can reach by `GET`: another
//! facilitator, a supervisor who does not supervise the case's facilitator, a training manager,
//! an administrator, one person holding all four roles without holding the case, and a
//! signed-out browser. The pages are every `GET` route of the router's own table
//! (`dialogues::web::router::route_table`), filled with the case's real reference and ids, so a
//! new page is searched without changing this test.
//!
//! The canaries must be there to be found: the same pages, read by the case's holders (its
//! facilitator and his supervisor), must show every canary, or the test fails naming those
//! never shown. A field stored in plaintext would fail the database search.
//!
//! Not covered here because the app does not encrypt them (they are not about the person): the
//! reason a supervisor gives for a training-gate override (`gate_overrides.reason`), training
//! records' evidence and refresher and calibration answers.
//!
//! This test must never put a canary's surrounding content in a failure message beyond the
//! canary's own label and where it was found.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use common::journeys::{SAM, SUE, location, version_in, with_sam_sue_and_recovery};
use common::served::Served;
use common::{Browser, TestApp, password, run_dialogues};
use dialogues::toolkit::Toolkit;
use dialogues::web::router::route_table;
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

const MODULE: &str = "getting-started";

/// Every canary: its label (the field it went into) and its text.
#[derive(Default)]
struct Canaries {
    all: Vec<(String, String)>,
}

impl Canaries {
    /// A new canary for `field`.
    fn add(&mut self, field: &str) -> String {
        let text = format!("CANARY-{}-{field}", uuid::Uuid::new_v4().simple());
        self.all.push((field.to_owned(), text.clone()));
        text
    }

    /// The labels of the canaries found in `haystack` (by their unique part, ignoring case).
    fn found_in(&self, haystack: &[u8]) -> Vec<String> {
        let lower = haystack.to_ascii_lowercase();
        self.all
            .iter()
            .filter(|(_, text)| {
                let unique = text.split('-').nth(1).unwrap().to_ascii_lowercase();
                contains(&lower, unique.as_bytes())
            })
            .map(|(label, _)| label.clone())
            .collect()
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("the form carries {name}"))
        + marker.len();
    body[at..at + body[at..].find('"').unwrap()].to_owned()
}

fn assert_redirect(page: &common::Page, what: &str) {
    assert_eq!(page.status, 303, "{what}: {}", page.body);
}

/// The values each route parameter takes: the real references and ids of what was written.
#[derive(Default)]
struct Ids {
    reference: String,
    sessions: Vec<String>,
    concerns: Vec<String>,
    people: Vec<String>,
    stages: Vec<String>,
    factors: Vec<String>,
    domains: Vec<String>,
    sharing: Vec<String>,
    supervision: Vec<String>,
    numbers: Vec<String>,
}

impl Ids {
    /// The values of parameter `name` in a path whose previous segment is `after`.
    fn values(&self, pattern: &str, after: &str, name: &str) -> Vec<String> {
        let nobody = "00000000-0000-4000-8000-000000000000".to_owned();
        match (after, name) {
            (_, "reference") => vec![self.reference.clone()],
            ("sessions", "id") => self.sessions.clone(),
            ("concerns", "id") => self.concerns.clone(),
            ("accounts" | "staff", "id") => self.people.clone(),
            (_, "supervisee") => self.people.clone(),
            ("attempts", "id") => vec![nobody],
            (_, "n") => vec!["1".to_owned()],
            (_, "stage") => self.stages.clone(),
            (_, "number") => self.numbers.clone(),
            (_, "factor") => self.factors.clone(),
            (_, "domain") => self.domains.clone(),
            ("sharing", "record") => self.sharing.clone(),
            ("records", "record") => self.supervision.clone(),
            (_, "token") => vec!["not-a-real-token".to_owned()],
            (_, "vignette") => vec!["not-a-vignette".to_owned()],
            (_, "path") => vec!["app.css".to_owned()],
            _ => panic!(
                "the route {pattern} has a parameter {{{name}}} (after /{after}) this test does not fill: add its real values to Ids::values so the page is searched"
            ),
        }
    }

    /// Every concrete path of every `GET` route.
    fn every_get_path(&self) -> Vec<String> {
        let mut paths = BTreeSet::new();
        for route in route_table() {
            if !route.methods.iter().any(|m| m.as_str() == "GET") {
                continue;
            }
            let mut expanded = vec![String::new()];
            let mut after = "";
            for segment in route.path.split('/').skip(1) {
                let choices = match segment.strip_prefix('{') {
                    Some(param) => {
                        let name = param.trim_end_matches('}').trim_start_matches('*');
                        self.values(route.path, after, name)
                    }
                    None => vec![segment.to_owned()],
                };
                expanded = expanded
                    .iter()
                    .flat_map(|p| choices.iter().map(move |c| format!("{p}/{c}")))
                    .collect();
                after = segment;
            }
            for path in expanded {
                paths.insert(if path.is_empty() {
                    "/".to_owned()
                } else {
                    path
                });
            }
        }
        // The sign-out confirmation last, in case it ever ends the session it is shown in.
        let mut paths: Vec<String> = paths.into_iter().collect();
        paths.sort_by_key(|p| p.starts_with("/sign"));
        paths
    }
}

/// Every page at `paths` as `browser` gets it: the status line, headers and body together.
async fn sweep(browser: &Browser, paths: &[String]) -> Vec<(String, Vec<u8>)> {
    let mut pages = Vec::with_capacity(paths.len());
    for path in paths {
        let response = browser
            .client
            .get(browser.url(path))
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let mut all = format!("{}\n", response.status()).into_bytes();
        for (name, value) in response.headers() {
            all.extend_from_slice(name.as_str().as_bytes());
            all.extend_from_slice(b": ");
            all.extend_from_slice(value.as_bytes());
            all.push(b'\n');
        }
        all.extend_from_slice(&response.bytes().await.unwrap());
        pages.push((path.clone(), all));
    }
    pages
}

/// Every file below `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Searches every file below `root`; returns "canary in file" lines.
fn search_files(canaries: &Canaries, root: &Path, moment: &str) -> Vec<String> {
    let mut leaks = Vec::new();
    for file in files(root) {
        let bytes = std::fs::read(&file).unwrap();
        for label in canaries.found_in(&bytes) {
            leaks.push(format!(
                "{label} is in {} ({moment})",
                file.strip_prefix(root).unwrap().display()
            ));
        }
    }
    leaks
}

/// The case's holders and everyone else, and what sweeping every page as each of them found.
struct Pages<'a> {
    holders: Vec<&'a Browser>,
    others: Vec<(Browser, &'static str)>,
    /// The labels of the canaries some holder's page showed.
    shown: BTreeSet<String>,
    /// "canary on page as whom" for every canary a non-holder's page showed.
    leaks: Vec<String>,
    /// Pages a non-holder got with 200.
    reached: usize,
    /// Pages fetched in all.
    paths: usize,
}

impl Pages<'_> {
    /// Fetches every `GET` page as every holder and every other person, now.
    async fn check(&mut self, ids: &Ids, canaries: &Canaries, moment: &str) {
        let paths = ids.every_get_path();
        for holder in self.holders.iter().copied() {
            for (_, page) in sweep(holder, &paths).await {
                self.shown.extend(canaries.found_in(&page));
            }
        }
        for (browser, who) in &self.others {
            for (path, page) in sweep(browser, &paths).await {
                if page.starts_with(b"200") {
                    self.reached += 1;
                }
                for label in canaries.found_in(&page) {
                    self.leaks
                        .push(format!("{label} is on GET {path} as {who} ({moment})"));
                }
            }
        }
        self.paths += paths.len() * (self.holders.len() + self.others.len());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_canary_leaves_its_encrypted_field() {
    let mut canaries = Canaries::default();

    // Accounts, set up in-process; then the real binary serves the same data directory.
    let app = TestApp::spawn().await;
    let (sam_id, sue_id, recovery) = with_sam_sue_and_recovery(&app).await;
    let fay_id = app
        .add_person(
            "fay@example.org",
            "Fay Other",
            &["facilitator"],
            &password(5),
        )
        .await;
    app.make_trained(&fay_id).await;
    let sid_id = app
        .add_person(
            "sid@example.org",
            "Sid Other",
            &["supervisor"],
            &password(6),
        )
        .await;
    let tia_id = app
        .add_person(
            "tia@example.org",
            "Tia Training",
            &["training-manager"],
            &password(7),
        )
        .await;
    let max_id = app
        .add_person(
            "max@example.org",
            "Max Manyroles",
            &[
                "facilitator",
                "supervisor",
                "training-manager",
                "administrator",
            ],
            &password(8),
        )
        .await;
    let ada_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind("ada@example.org")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    let root = app.stop().await;
    let data = root.path().join("data");
    let logs = root.path().join("logs");
    std::fs::create_dir(&logs).unwrap();
    let mut server = Served::start(&data, &logs, "serve", "trace");

    let sam = Browser::at(&server.base);
    sam.sign_in(SAM, &password(2)).await;
    let sue = Browser::at(&server.base);
    sue.sign_in(SUE, &password(4)).await;
    let mut others = Vec::new();
    for (email, n, who) in [
        ("fay@example.org", 5, "another facilitator"),
        ("sid@example.org", 6, "a supervisor of someone else"),
        ("tia@example.org", 7, "a training manager"),
        ("ada@example.org", 1, "an administrator"),
        ("max@example.org", 8, "someone with every role"),
    ] {
        let browser = Browser::at(&server.base);
        browser.sign_in(email, &password(n)).await;
        others.push((browser, who));
    }
    others.push((Browser::at(&server.base), "a signed-out browser"));

    // The case: its sealed details (name and number; the date of birth and setting cannot hold
    // text).
    let opened = sam
        .post(
            "/cases/new",
            &[
                ("name", &canaries.add("case-name")),
                ("date_of_birth-day", "3"),
                ("date_of_birth-month", "2"),
                ("date_of_birth-year", "1990"),
                ("number", &canaries.add("case-number")),
                ("setting", "custody"),
                ("version", "0"),
            ],
        )
        .await;
    assert_redirect(&opened, "opening the case");
    let reference = location(&opened)
        .trim_start_matches("/cases/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();

    // A session, sealed as one document: the plan's place and safety arrangements, every
    // stage's notes (one by autosave, the rest by the plain form), the closing summary, actions
    // and evidence tagged to two factors.
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    let stages: Vec<String> = content
        .modules
        .iter()
        .find(|m| m.id.get_ref() == MODULE)
        .unwrap()
        .stages
        .get_ref()
        .iter()
        .map(|s| s.id.get_ref().clone())
        .collect();
    let framework = common::journeys::framework();
    let planned = sam
        .post(
            &format!("/cases/{reference}/sessions/new"),
            &[("module", MODULE)],
        )
        .await;
    assert_redirect(&planned, "planning the session");
    let session = location(&planned)
        .trim_start_matches("/sessions/")
        .trim_end_matches("/plan")
        .to_owned();
    let plan = sam.get(&format!("/sessions/{session}/plan")).await;
    let saved = sam
        .post(
            &format!("/sessions/{session}/plan"),
            &[
                ("planned-day", "1"),
                ("planned-month", "12"),
                ("planned-year", "2030"),
                ("place", &canaries.add("session-plan-place")),
                ("safety", &canaries.add("session-plan-safety")),
                ("check", "prep-1"),
                ("version", &version_in(&plan.body)),
            ],
        )
        .await;
    assert_redirect(&saved, "saving the plan");
    let begun = sam.post(&format!("/sessions/{session}/begin"), &[]).await;
    assert_redirect(&begun, "beginning the session");
    for (n, stage) in stages.iter().enumerate() {
        let form = sam
            .get(&format!("/sessions/{session}/stages/{stage}"))
            .await;
        let notes = canaries.add(&format!("session-stage-{stage}"));
        if n == 0 {
            let saved = sam
                .post(
                    &format!("/sessions/{session}/stages/{stage}/autosave"),
                    &[("notes", &notes), ("version", &version_in(&form.body))],
                )
                .await;
            assert!(saved.body.contains("hx-swap-oob"), "{}", saved.body);
        } else {
            let saved = sam
                .post(
                    &format!("/sessions/{session}/stages/{stage}"),
                    &[
                        ("notes", &notes),
                        ("version", &version_in(&form.body)),
                        ("go", "leave"),
                    ],
                )
                .await;
            assert_redirect(&saved, "saving a stage");
        }
    }
    // Every page now, while the plan and stages can still be edited (the plan's safety
    // arrangements are shown only on its form, until the session is closed).
    let mut ids = Ids {
        reference: reference.clone(),
        sessions: vec![session.clone()],
        people: vec![
            sam_id.to_string(),
            sue_id.to_string(),
            fay_id.to_string(),
            sid_id.to_string(),
            tia_id.to_string(),
            max_id.to_string(),
            ada_id.clone(),
        ],
        stages: stages.clone(),
        factors: framework.factors.clone(),
        domains: framework.domains.clone(),
        numbers: vec!["1".into(), "2".into()],
        ..Ids::default()
    };
    let mut pages = Pages {
        holders: vec![&sam, &sue],
        others,
        shown: BTreeSet::new(),
        leaks: Vec::new(),
        reached: 0,
        paths: 0,
    };
    pages
        .check(&ids, &canaries, "while the session is in progress")
        .await;

    let close = sam.get(&format!("/sessions/{session}/close")).await;
    let evidence = [
        format!("evidence-{}", framework.factors[0]),
        format!("evidence-{}", framework.factors[1]),
    ];
    let closed = sam
        .post(
            &format!("/sessions/{session}/close"),
            &[
                ("summary", &canaries.add("session-closing-summary")),
                ("engagement", "engaged"),
                ("actions", &canaries.add("session-closing-actions")),
                (
                    &evidence[0],
                    &canaries.add("session-closing-evidence-first-factor"),
                ),
                (
                    &evidence[1],
                    &canaries.add("session-closing-evidence-second-factor"),
                ),
                ("version", &version_in(&close.body)),
            ],
        )
        .await;
    assert_redirect(&closed, "closing the session");

    // The review: a comment on the session and one on a stage (review comments), a return
    // with its reason, resubmission, sign-off, then an amendment.
    assert_redirect(
        &sam.post(&format!("/sessions/{session}/submit"), &[]).await,
        "submitting",
    );
    let commented = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[("comment", &canaries.add("review-comment-session"))],
        )
        .await;
    assert_redirect(&commented, "commenting on the session");
    let commented = sue
        .post(
            &format!("/sessions/{session}/comments"),
            &[
                ("comment", &canaries.add("review-comment-stage")),
                ("stage", &stages[0]),
            ],
        )
        .await;
    assert_redirect(&commented, "commenting on a stage");
    let seen = version_in(&sue.get(&format!("/sessions/{session}")).await.body);
    let returned = sue
        .post(
            &format!("/sessions/{session}/return"),
            &[
                ("reason", &canaries.add("review-return-reason")),
                ("version", &seen),
            ],
        )
        .await;
    assert_redirect(&returned, "returning the session");
    assert_redirect(
        &sam.post(&format!("/sessions/{session}/submit"), &[]).await,
        "resubmitting",
    );
    let seen = version_in(&sue.get(&format!("/sessions/{session}")).await.body);
    let signed = sue
        .post(
            &format!("/sessions/{session}/sign-off"),
            &[("version", &seen)],
        )
        .await;
    assert_redirect(&signed, "signing off");
    let amended = sam
        .post(
            &format!("/sessions/{session}/amend"),
            &[("text", &canaries.add("session-amendment"))],
        )
        .await;
    assert_redirect(&amended, "amending");

    // A concern: what happened and what was done.
    let raised = sam
        .post(
            &format!("/cases/{reference}/concerns/new"),
            &[
                ("what", &canaries.add("concern-what")),
                ("action_taken", &canaries.add("concern-action-taken")),
            ],
        )
        .await;
    assert!(
        raised.status == 303 || raised.status == 200,
        "raising a concern: {}",
        raised.body
    );

    // The formulation: a factor's evidence and sources, a factor the facilitator named (its
    // name, evidence and sources), every domain's judgement, the summary and management plan,
    // the supervisor's comment when returning it and when signing it off; then a revision's
    // "what changed".
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_redirect(&started, "starting the formulation");
    let base = format!("/cases/{reference}/formulation/1");
    for (n, factor) in framework.factors.iter().enumerate() {
        let form = sam.get(&format!("{base}/factors/{factor}")).await;
        let (rating, evidence, sources) = if n == 0 {
            (
                "partly-present",
                canaries.add("formulation-factor-evidence"),
                canaries.add("formulation-factor-sources"),
            )
        } else {
            ("not-enough-information", String::new(), String::new())
        };
        let saved = sam
            .post(
                &format!("{base}/factors/{factor}"),
                &[
                    ("rating", rating),
                    ("evidence", &evidence),
                    ("sources", &sources),
                    ("version", &version_in(&form.body)),
                    ("go", "back"),
                ],
            )
            .await;
        assert_redirect(&saved, "rating a factor");
    }
    let form = sam.get(&format!("{base}/factors/new")).await;
    let added = sam
        .post(
            &format!("{base}/factors/new"),
            &[
                ("name", &canaries.add("formulation-other-factor-name")),
                ("strength", "concern"),
                ("rating", "partly-present"),
                (
                    "evidence",
                    &canaries.add("formulation-other-factor-evidence"),
                ),
                ("sources", &canaries.add("formulation-other-factor-sources")),
                ("version", &version_in(&form.body)),
                ("go", "back"),
            ],
        )
        .await;
    assert_redirect(&added, "adding a factor");
    for domain in &framework.domains {
        let form = sam.get(&format!("{base}/domains/{domain}")).await;
        let saved = sam
            .post(
                &format!("{base}/domains/{domain}"),
                &[
                    (
                        "judgement",
                        &canaries.add(&format!("formulation-judgement-{domain}")),
                    ),
                    ("version", &version_in(&form.body)),
                ],
            )
            .await;
        assert_redirect(&saved, "a domain judgement");
    }
    let summary = canaries.add("formulation-summary");
    let management_plan = canaries.add("formulation-management-plan");
    let form = sam.get(&format!("{base}/summary")).await;
    let saved = sam
        .post(
            &format!("{base}/summary"),
            &[
                ("summary", &summary),
                ("management_plan", &management_plan),
                ("changes", ""),
                ("version", &version_in(&form.body)),
            ],
        )
        .await;
    assert_redirect(&saved, "the formulation summary");
    assert_redirect(
        &sam.post(&format!("{base}/submit"), &[]).await,
        "submitting the formulation",
    );
    let seen = version_in(&sue.get(&base).await.body);
    let returned = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "return"),
                ("comment", &canaries.add("formulation-return-comment")),
                ("version", &seen),
            ],
        )
        .await;
    assert_redirect(&returned, "returning the formulation");
    assert_redirect(
        &sam.post(&format!("{base}/submit"), &[]).await,
        "resubmitting the formulation",
    );
    let seen = version_in(&sue.get(&base).await.body);
    let signed = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "sign-off"),
                ("comment", &canaries.add("formulation-sign-off-comment")),
                ("version", &seen),
            ],
        )
        .await;
    assert_redirect(&signed, "signing off the formulation");
    let revision = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_redirect(&revision, "starting a revision");
    let base2 = format!("/cases/{reference}/formulation/2");
    let form = sam.get(&format!("{base2}/summary")).await;
    let saved = sam
        .post(
            &format!("{base2}/summary"),
            &[
                ("summary", &summary),
                ("management_plan", &management_plan),
                ("changes", &canaries.add("formulation-changes")),
                ("version", &version_in(&form.body)),
            ],
        )
        .await;
    assert_redirect(&saved, "the revision's changes");

    // A supervision record of Sam's meeting with Sue, sealed to both of them.
    let form = sue.get(&format!("/supervision/{sam_id}/new")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let recorded = sue
        .post(
            &format!("/supervision/{sam_id}/new"),
            &[
                ("held_on-day", "2"),
                ("held_on-month", "1"),
                ("held_on-year", "2025"),
                (
                    "reflective_notes",
                    &canaries.add("supervision-reflective-notes"),
                ),
                ("wellbeing", &canaries.add("supervision-wellbeing")),
                (
                    "support_agreed",
                    &canaries.add("supervision-support-agreed"),
                ),
                ("cases", &reference),
                ("record", &hidden(&form.body, "record")),
                ("version", &version_in(&form.body)),
            ],
        )
        .await;
    assert_redirect(&recorded, "recording supervision");

    // A sharing record, and a multi-agency summary with every section (its recipient, agency
    // and decision-maker are canaries; its content copies the canaries above).
    let shared = sam
        .post(
            &format!("/cases/{reference}/sharing/new"),
            &[
                ("shared_on-day", "14"),
                ("shared_on-month", "3"),
                ("shared_on-year", "2025"),
                ("recipient", &canaries.add("sharing-recipient")),
                ("agency", &canaries.add("sharing-agency")),
                ("basis", "other"),
                ("basis_other", &canaries.add("sharing-basis-other")),
                ("decided_by", &canaries.add("sharing-decided-by")),
                ("what", &canaries.add("sharing-what")),
            ],
        )
        .await;
    assert_redirect(&shared, "recording a disclosure");
    let produced = sam
        .post(
            &format!("/cases/{reference}/summary"),
            &[
                ("section", "formulation"),
                ("section", "management-plan"),
                ("section", "sessions"),
                ("section", "concerns"),
                ("recipient", &canaries.add("summary-recipient")),
                ("agency", &canaries.add("summary-agency")),
                ("basis", "public-task"),
                ("decided_by", &canaries.add("summary-decided-by")),
            ],
        )
        .await;
    assert_redirect(&produced, "producing the multi-agency summary");

    // The control: a canary typed into a field the app stores in plain text (a supervisor's
    // reason for letting a session go ahead despite the training rule), which the file search
    // must find, proving it reads the same pages and WAL frames the encrypted fields went to.
    let mut controls = Canaries::default();
    let allowed = sue
        .post(
            &format!("/cases/{reference}/override"),
            &[("reason", &controls.add("control-gate-override-reason"))],
        )
        .await;
    assert_redirect(&allowed, "the override");

    // The real ids of everything written.
    let db_options = SqliteConnectOptions::new()
        .filename(data.join("dialogues.db"))
        .read_only(true);
    let mut conn = SqliteConnection::connect_with(&db_options).await.unwrap();
    let ids_of = |table: &str| format!("SELECT id FROM {table} ORDER BY rowid");
    ids.concerns = sqlx::query_scalar(&ids_of("concerns"))
        .fetch_all(&mut conn)
        .await
        .unwrap();
    ids.sharing = sqlx::query_scalar(&ids_of("sharing_records"))
        .fetch_all(&mut conn)
        .await
        .unwrap();
    ids.supervision = sqlx::query_scalar(&ids_of("supervision_records"))
        .fetch_all(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    assert_eq!(ids.sharing.len(), 2, "the disclosure and the summary");
    assert_eq!(ids.supervision.len(), 1);
    // The factor the facilitator named has an id of its own, linked from the draft revision's
    // page (the signed-off version links to no factor form).
    let version_page = sam.get(&base2).await.body;
    let other = version_page
        .match_indices(&format!("{base2}/factors/"))
        .map(|(at, m)| {
            let rest = &version_page[at + m.len()..];
            rest[..rest.find(['"', '?', '#']).unwrap()].to_owned()
        })
        .find(|f| !framework.factors.contains(f) && f != "new")
        .expect("a link to the factor the facilitator named");
    ids.factors.push(other);
    ids.factors.push("new".into());
    pages.check(&ids, &canaries, "at the end").await;
    let (shown, mut leaks, reached, paths) = (pages.shown, pages.leaks, pages.reached, pages.paths);

    // The holders saw every canary somewhere: they were written, and these pages show them.
    let never_shown: Vec<&str> = canaries
        .all
        .iter()
        .map(|(label, _)| label.as_str())
        .filter(|label| !shown.contains(*label))
        .collect();
    assert!(
        never_shown.is_empty(),
        "these canaries were never shown to the case's holders on any page ({paths} fetched), so the test cannot tell they were written: {never_shown:?}"
    );
    assert!(reached > 0, "the non-holders reached no page at all");

    // The backup, made while the server runs: the encrypted file, and the snapshot inside it.
    let backup = root.path().join("nightly.backup");
    let made = run_dialogues(
        &[
            "backup",
            "--data",
            data.to_str().unwrap(),
            "--out",
            backup.to_str().unwrap(),
        ],
        &[],
        root.path(),
    );
    assert!(made.status.success(), "{}", common::stderr(&made));
    let identity: age::x25519::Identity = recovery.secret().expose_secret().parse().unwrap();
    let encrypted = std::fs::read(&backup).unwrap();
    let mut snapshot = Vec::new();
    age::Decryptor::new_buffered(&encrypted[..])
        .unwrap()
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut snapshot)
        .unwrap();
    assert!(
        contains(&snapshot, b"SQLite format 3\0"),
        "the backup holds the database"
    );
    for label in canaries.found_in(&snapshot) {
        leaks.push(format!("{label} is in the database inside the backup"));
    }

    // Every file while the server runs (the database, its WAL and shared memory, the backup,
    // the logs so far), then again after a clean stop (the WAL checkpointed into the file).
    leaks.extend(search_files(&canaries, root.path(), "server running"));
    let wal = data.join("dialogues.db-wal");
    assert!(
        wal.is_file() && std::fs::metadata(&wal).unwrap().len() > 0,
        "the WAL was searched while it held the writes"
    );
    let control_in = |moment: &str| {
        let found = ["dialogues.db", "dialogues.db-wal"].iter().any(|file| {
            std::fs::read(data.join(file)).is_ok_and(|bytes| !controls.found_in(&bytes).is_empty())
        });
        assert!(
            found,
            "the control canary, typed into the override reason (stored in plain text), is not in the database or its WAL ({moment}), so the search is not reading what was written; if that field is now encrypted, take another plain-text field as the control"
        );
    };
    control_in("server running");
    server.stop();
    leaks.extend(search_files(&canaries, root.path(), "server stopped"));
    control_in("server stopped");

    // The audit table, row by row.
    let mut conn = SqliteConnection::connect_with(&db_options).await.unwrap();
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT seq, action, at || ' ' || actor || ' ' || COALESCE(subject, '') || ' ' || detail || ' ' || source FROM audit_log ORDER BY seq",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    assert!(rows.len() > 50, "the audit log recorded the work");
    for (seq, action, row) in &rows {
        for label in canaries.found_in(row.as_bytes()) {
            leaks.push(format!("{label} is in audit row {seq} ({action})"));
        }
    }

    let log = std::fs::metadata(&server.stderr).unwrap().len();
    assert!(log > 0, "the server logged at trace level");
    println!(
        "leak canaries: {} canaries; {paths} page fetches by 2 holders and 6 others ({reached} answered the others with 200); {} audit rows; {} log bytes",
        canaries.all.len(),
        rows.len(),
        log
    );
    let leaks: BTreeSet<String> = leaks.into_iter().collect();
    assert!(
        leaks.is_empty(),
        "{} canary leaks:\n{}",
        leaks.len(),
        leaks.into_iter().collect::<Vec<_>>().join("\n")
    );
}
