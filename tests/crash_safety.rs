//! Crash safety (issue #14): the real `dialogues serve` binary, killed with SIGKILL at random
//! moments while a facilitator autosaves stage notes in several sessions at once and runs
//! sessions through plan, begin, close and submit while their supervisor signs them off.
//!
//! After every kill, with the server stopped: SQLite's `PRAGMA integrity_check` says `ok`, every
//! session's stored status is the last one acknowledged to its writer (or the one step that was
//! in flight when the process died, which may or may not have landed), and `dialogues audit
//! verify` exits 0. After every restart each stage's notes page shows exactly the last
//! acknowledged text for that stage (or the text of the one autosave that was in flight).
//!
//! The summary line counts as "acknowledged writes checked" every comparison, after a kill, of a
//! record (one stage's notes, one session's status) with its last acknowledged write; a record
//! is checked again after every later kill, since a later crash could still damage it.
//!
//! The seed of the random kill moments is printed; set `DIALOGUES_CRASH_SEED` to replay one.
//! `DIALOGUES_CRASH_KILLS` changes the number of kills (default [`KILLS`]). This test must never
//! time anything as an assertion, and never write outside its temporary directory.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::journeys::{SAM, SUE, location, open_case, plan_session, version_in};
use common::served::Served;
use common::{Browser, TestApp, password, run_dialogues};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

/// How many times the server is killed.
const KILLS: usize = 30;
/// Sessions whose stages are autosaved concurrently, and the stages autosaved in each.
const AUTOSAVE_SESSIONS: usize = 3;
const STAGES: [&str; 2] = ["check-in", "why-here"];
/// The module every session of this test follows.
const MODULE: &str = "getting-started";
/// Autosaves answered by nobody (the kill came first) that had nonetheless been written: these
/// show the kills land in the middle of writes.
static LANDED_IN_FLIGHT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// The window, after the writers start, in which the kill lands (milliseconds).
const KILL_AFTER_MS: std::ops::Range<u64> = 50..900;

// ---------------------------------------------------------------------------------------------
// Requests that may fail because the server was killed

/// A response read in full, or `None` when the server went away before answering.
struct Answer {
    status: u16,
    location: Option<String>,
    body: String,
}

async fn try_get(browser: &Browser, path: &str) -> Option<Answer> {
    read(browser.client.get(browser.url(path)).send().await.ok()?).await
}

async fn try_post(browser: &Browser, path: &str, fields: &[(&str, &str)]) -> Option<Answer> {
    let token = browser
        .cookie("dialogues-csrf")
        .expect("signed in, so a CSRF cookie");
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    read(
        browser
            .client
            .post(browser.url(path))
            .form(&all)
            .send()
            .await
            .ok()?,
    )
    .await
}

async fn read(response: reqwest::Response) -> Option<Answer> {
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.text().await.ok()?;
    Some(Answer {
        status,
        location,
        body,
    })
}

/// The text in a stage page's notes box.
fn notes_in(body: &str) -> String {
    let at = body
        .find("name=\"notes\"")
        .unwrap_or_else(|| panic!("the stage page has a notes box: {body}"));
    let start = at + body[at..].find('>').unwrap() + 1;
    let end = start + body[start..].find("</textarea>").unwrap();
    body[start..end]
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

// ---------------------------------------------------------------------------------------------
// What was acknowledged

/// One stage's notes, written by exactly one task at a time.
struct Field {
    session: String,
    stage: &'static str,
    /// The last text whose autosave was acknowledged (or seen after a restart).
    acked: String,
    /// The text of an autosave sent but not answered: it may or may not have landed.
    pending: Option<String>,
    version: String,
    writes: u32,
}

/// Where a session is, as acknowledged to whoever moved it, and the step in flight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Planned,
    InProgress,
    Closed,
    Submitted,
    SignedOff,
}

impl Step {
    fn stored(self) -> &'static str {
        match self {
            Step::Planned => "planned",
            Step::InProgress => "in-progress",
            Step::Closed => "closed",
            Step::Submitted => "submitted",
            Step::SignedOff => "signed-off",
        }
    }

    fn parse(text: &str) -> Step {
        [
            Step::Planned,
            Step::InProgress,
            Step::Closed,
            Step::Submitted,
            Step::SignedOff,
        ]
        .into_iter()
        .find(|s| s.stored() == text)
        .unwrap_or_else(|| panic!("unknown session status {text}"))
    }
}

#[derive(Clone, Copy, Debug)]
struct Tracked {
    acked: Step,
    pending: Option<Step>,
}

#[derive(Default)]
struct Lifecycle {
    sessions: HashMap<String, Tracked>,
    /// The facilitator's session still on its way to submission.
    current: Option<String>,
    acknowledged: u64,
}

type Shared = Arc<Mutex<Lifecycle>>;

fn ack(shared: &Shared, id: &str, step: Step) {
    let mut life = shared.lock().unwrap();
    life.sessions.insert(
        id.to_owned(),
        Tracked {
            acked: step,
            pending: None,
        },
    );
    life.acknowledged += 1;
}

fn pend(shared: &Shared, id: &str, step: Step) {
    let mut life = shared.lock().unwrap();
    life.sessions.get_mut(id).expect("tracked").pending = Some(step);
}

// ---------------------------------------------------------------------------------------------
// The writers

/// Autosaves one stage over and over until the server goes away. Returns the field and how many
/// autosaves were acknowledged.
async fn autosave_loop(browser: Arc<Browser>, mut field: Field, seed: u64) -> (Field, u64) {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut acknowledged = 0;
    loop {
        field.writes += 1;
        let words = rng.random_range(1..120);
        let text = format!(
            "{} {} write {}: {}",
            &field.session[..8],
            field.stage,
            field.writes,
            "the conversation moved on to family and work ".repeat(words)
        )
        .trim_end()
        .to_owned();
        field.pending = Some(text.clone());
        let path = format!(
            "/sessions/{}/stages/{}/autosave",
            field.session, field.stage
        );
        let Some(answer) = try_post(
            &browser,
            &path,
            &[("notes", &text), ("version", &field.version)],
        )
        .await
        else {
            return (field, acknowledged);
        };
        // A server killed with SIGKILL cannot answer, so any answer but "saved" is a fault of
        // the running server (one writer per stage never conflicts with itself).
        assert!(
            answer.status == 200 && !answer.body.contains("app-save-status--problem"),
            "autosave of {path} was refused with {}: {}",
            answer.status,
            answer.body
        );
        let marker = "name=\"version\" id=\"version\" value=\"";
        let at = answer.body.find(marker).unwrap_or_else(|| {
            panic!(
                "an acknowledged autosave gives the new version: {}",
                answer.body
            )
        }) + marker.len();
        field.version = answer.body[at..at + answer.body[at..].find('"').unwrap()].to_owned();
        field.acked = text;
        field.pending = None;
        acknowledged += 1;
    }
}

/// The facilitator: plans, begins, closes and submits sessions one after another, handing each
/// submitted one to the supervisor. Stops when the server goes away.
async fn facilitator_loop(
    browser: Arc<Browser>,
    reference: String,
    shared: Shared,
    to_supervisor: tokio::sync::mpsc::UnboundedSender<String>,
) {
    loop {
        let current = shared.lock().unwrap().current.clone();
        let Some(id) = current else {
            let Some(answer) = try_post(
                &browser,
                &format!("/cases/{reference}/sessions/new"),
                &[("module", MODULE)],
            )
            .await
            else {
                return;
            };
            assert_eq!(answer.status, 303, "planning a session: {}", answer.body);
            let id = answer
                .location
                .unwrap()
                .trim_start_matches("/sessions/")
                .trim_end_matches("/plan")
                .to_owned();
            ack(&shared, &id, Step::Planned);
            shared.lock().unwrap().current = Some(id);
            continue;
        };
        let at = shared.lock().unwrap().sessions[&id].acked;
        match at {
            Step::Planned => {
                pend(&shared, &id, Step::InProgress);
                let Some(answer) = try_post(&browser, &format!("/sessions/{id}/begin"), &[]).await
                else {
                    return;
                };
                assert_eq!(answer.status, 303, "beginning {id}: {}", answer.body);
                ack(&shared, &id, Step::InProgress);
            }
            Step::InProgress => {
                let Some(form) = try_get(&browser, &format!("/sessions/{id}/close")).await else {
                    return;
                };
                assert_eq!(form.status, 200, "closing form of {id}: {}", form.body);
                pend(&shared, &id, Step::Closed);
                let Some(answer) = try_post(
                    &browser,
                    &format!("/sessions/{id}/close"),
                    &[
                        ("summary", "A steady session."),
                        ("engagement", "engaged"),
                        ("actions", "Meet again."),
                        ("version", &version_in(&form.body)),
                    ],
                )
                .await
                else {
                    return;
                };
                assert_eq!(
                    answer.location.as_deref(),
                    Some(format!("/sessions/{id}?done=closed").as_str()),
                    "closing {id}: {}",
                    answer.body
                );
                ack(&shared, &id, Step::Closed);
            }
            Step::Closed => {
                pend(&shared, &id, Step::Submitted);
                let Some(answer) = try_post(&browser, &format!("/sessions/{id}/submit"), &[]).await
                else {
                    return;
                };
                assert_eq!(
                    answer.location.as_deref(),
                    Some(format!("/sessions/{id}?done=submitted").as_str()),
                    "submitting {id}: {}",
                    answer.body
                );
                ack(&shared, &id, Step::Submitted);
                shared.lock().unwrap().current = None;
                let _ = to_supervisor.send(id);
            }
            Step::Submitted | Step::SignedOff => {
                shared.lock().unwrap().current = None;
            }
        }
    }
}

/// The supervisor: signs off each submitted session handed over. Stops when the server goes
/// away.
async fn supervisor_loop(
    browser: Arc<Browser>,
    shared: Shared,
    mut submitted: tokio::sync::mpsc::UnboundedReceiver<String>,
) {
    while let Some(id) = submitted.recv().await {
        let Some(page) = try_get(&browser, &format!("/sessions/{id}")).await else {
            return;
        };
        assert_eq!(page.status, 200, "the supervisor opens {id}: {}", page.body);
        pend(&shared, &id, Step::SignedOff);
        let Some(answer) = try_post(
            &browser,
            &format!("/sessions/{id}/sign-off"),
            &[("version", &version_in(&page.body))],
        )
        .await
        else {
            return;
        };
        assert_eq!(
            answer.location.as_deref(),
            Some(format!("/sessions/{id}?done=signed-off").as_str()),
            "signing off {id}: {}",
            answer.body
        );
        ack(&shared, &id, Step::SignedOff);
    }
}

// ---------------------------------------------------------------------------------------------
// The checks

/// With the server stopped: the database's integrity, every session's status against what was
/// acknowledged (then taken as the new baseline), and the audit chain. Returns the number of
/// sessions checked against an acknowledged status.
async fn check_stopped(data: &Path, shared: &Shared, kill: usize, seed: u64) -> u64 {
    let options = SqliteConnectOptions::new()
        .filename(data.join("dialogues.db"))
        .read_only(true);
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .expect("the database opens read-only after the kill");
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(
        integrity,
        vec!["ok".to_owned()],
        "integrity check after kill {kill} (seed {seed})"
    );
    let stored: HashMap<String, String> = sqlx::query_as("SELECT id, status FROM sessions")
        .fetch_all(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .collect();
    conn.close().await.unwrap();

    let mut checked = 0;
    let mut life = shared.lock().unwrap();
    for (id, tracked) in life.sessions.iter_mut() {
        let status = stored.get(id).unwrap_or_else(|| {
            panic!(
                "session {id}, acknowledged as {:?}, is missing after kill {kill} (seed {seed})",
                tracked.acked
            )
        });
        let now = Step::parse(status);
        assert!(
            now == tracked.acked || Some(now) == tracked.pending,
            "after kill {kill} (seed {seed}) session {id} is {status}, but {:?} was acknowledged (in flight: {:?})",
            tracked.acked,
            tracked.pending
        );
        *tracked = Tracked {
            acked: now,
            pending: None,
        };
        checked += 1;
    }
    drop(life);

    let verify = run_dialogues(
        &["audit", "verify", "--data", data.to_str().unwrap()],
        &[],
        data,
    );
    assert!(
        verify.status.success(),
        "audit verify after kill {kill} (seed {seed}): {}{}",
        common::stdout(&verify),
        common::stderr(&verify)
    );
    checked
}

/// After a restart: each stage shows its last acknowledged text, or the in-flight one. Takes
/// what it shows (and the version) as the new baseline.
async fn check_fields(browser: &Browser, fields: &mut [Field], kill: usize, seed: u64) -> u64 {
    let mut checked = 0;
    for field in fields.iter_mut() {
        let page = browser
            .get(&format!(
                "/sessions/{}/stages/{}",
                field.session, field.stage
            ))
            .await;
        assert_eq!(page.status, 200, "{}", page.body);
        let shown = notes_in(&page.body);
        assert!(
            shown == field.acked || Some(&shown) == field.pending.as_ref(),
            "after kill {kill} (seed {seed}) stage {} of session {} shows {:?}…, but the last acknowledged text was {:?}… (in flight: {:?}…)",
            field.stage,
            field.session,
            shown.chars().take(60).collect::<String>(),
            field.acked.chars().take(60).collect::<String>(),
            field
                .pending
                .as_ref()
                .map(|p| p.chars().take(60).collect::<String>()),
        );
        if !field.acked.is_empty() {
            checked += 1;
        }
        if field.pending.as_ref() == Some(&shown) && shown != field.acked {
            LANDED_IN_FLIGHT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        field.acked = shown;
        field.pending = None;
        field.version = version_in(&page.body);
    }
    checked
}

// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_write_is_lost_when_the_server_is_killed() {
    let seed: u64 = std::env::var("DIALOGUES_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    let kills: usize = std::env::var("DIALOGUES_CRASH_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(KILLS);
    println!("crash safety: seed {seed} (replay with DIALOGUES_CRASH_SEED={seed})");
    let mut rng = StdRng::seed_from_u64(seed);

    // The organisation, a case and the sessions to autosave, set up in-process; then the
    // in-process server stops and frees the data directory for the real binary.
    let app = TestApp::spawn().await;
    common::journeys::with_sam_and_sue(&app).await;
    let sam = common::journeys::signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let mut fields = Vec::new();
    for _ in 0..AUTOSAVE_SESSIONS {
        let session = plan_session(&sam, &reference, MODULE).await;
        let begun = sam.post(&format!("/sessions/{session}/begin"), &[]).await;
        assert_eq!(begun.status, 303, "{}", location(&begun));
        for stage in STAGES {
            fields.push(Field {
                session: session.clone(),
                stage,
                acked: String::new(),
                pending: None,
                version: String::new(),
                writes: 0,
            });
        }
    }
    let root = app.stop().await;
    let data = root.path().join("data");
    let logs = root.path().join("logs");
    std::fs::create_dir(&logs).unwrap();

    let shared: Shared = Arc::default();
    let mut acknowledged_autosaves = 0u64;
    let mut checked = 0u64;
    let started = Instant::now();
    for kill in 1..=kills {
        let mut server = Served::start(&data, &logs, &format!("serve-{kill}"), "warn");
        let sam = Arc::new(Browser::at(&server.base));
        sam.sign_in(SAM, &password(2)).await;
        let sue = Arc::new(Browser::at(&server.base));
        sue.sign_in(SUE, &password(4)).await;
        // Each restart: every stage shows what was acknowledged before the last kill.
        checked += check_fields(&sam, &mut fields, kill - 1, seed).await;

        let (to_supervisor, submitted) = tokio::sync::mpsc::unbounded_channel();
        for (id, tracked) in &shared.lock().unwrap().sessions {
            if tracked.acked == Step::Submitted {
                to_supervisor.send(id.clone()).unwrap();
            }
        }
        let writers: Vec<_> = std::mem::take(&mut fields)
            .into_iter()
            .map(|field| tokio::spawn(autosave_loop(Arc::clone(&sam), field, rng.random())))
            .collect();
        let facilitator = tokio::spawn(facilitator_loop(
            Arc::clone(&sam),
            reference.clone(),
            Arc::clone(&shared),
            to_supervisor,
        ));
        let supervisor = tokio::spawn(supervisor_loop(
            Arc::clone(&sue),
            Arc::clone(&shared),
            submitted,
        ));

        tokio::time::sleep(Duration::from_millis(rng.random_range(KILL_AFTER_MS))).await;
        server.kill();

        for writer in writers {
            let (field, acknowledged) = writer.await.unwrap_or_else(|e| {
                panic!(
                    "an autosave writer failed at kill {kill} (seed {seed}): {e}; server log: {}",
                    server.log()
                )
            });
            acknowledged_autosaves += acknowledged;
            fields.push(field);
        }
        for task in [facilitator, supervisor] {
            task.await.unwrap_or_else(|e| {
                panic!(
                    "a review writer failed at kill {kill} (seed {seed}): {e}; server log: {}",
                    server.log()
                )
            });
        }
        checked += check_stopped(&data, &shared, kill, seed).await;
    }

    // A last start to check the stages after the final kill.
    let mut server = Served::start(&data, &logs, "serve-last", "warn");
    let sam = Browser::at(&server.base);
    sam.sign_in(SAM, &password(2)).await;
    checked += check_fields(&sam, &mut fields, kills, seed).await;
    server.kill();

    let life = shared.lock().unwrap();
    let signed_off = life
        .sessions
        .values()
        .filter(|t| t.acked == Step::SignedOff)
        .count();
    let landed = LANDED_IN_FLIGHT.load(std::sync::atomic::Ordering::Relaxed);
    println!(
        "crash safety: {kills} kills, {checked} acknowledged writes checked ({acknowledged_autosaves} autosaves and {} session steps acknowledged, {signed_off} sessions signed off, {landed} unanswered autosaves found written) in {:.1} s",
        life.acknowledged,
        started.elapsed().as_secs_f64()
    );
    assert!(kills >= 20 || std::env::var("DIALOGUES_CRASH_KILLS").is_ok());
    assert!(
        acknowledged_autosaves >= kills as u64,
        "too few autosaves were acknowledged ({acknowledged_autosaves}) to say anything"
    );
    assert!(
        signed_off >= 3,
        "too few sign-offs were acknowledged ({signed_off}) to say anything"
    );
    assert!(checked >= 5 * kills as u64, "only {checked} checks");
}
