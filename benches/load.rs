//! Load benchmark for cases and sessions: 10,000 cases and 100,000 sessions (sealed exactly as
//! the app seals them), then the real server under concurrent clients over HTTP:
//!
//! - the caseload page (`GET /cases`) with 32 concurrent clients,
//! - a session page (`GET /sessions/{id}`: access check, grant unwrap, one decryption, an
//!   audit row for the read) with 32 concurrent clients,
//! - autosave (`POST …/autosave`: decrypt, edit, encrypt, durable write, audit row) with 16
//!   concurrent writers, each on its own session.
//!
//! Prints requests per second and latency percentiles for each. Run with
//! `cargo bench --bench load` (add `-- --cases 2000` for a quicker, smaller run). The data is
//! built directly with the store functions in large transactions, so the set-up takes about a
//! minute rather than the hours 110,000 audited form posts would.

use std::sync::Arc;
use std::time::{Duration, Instant};

use dialogues::accounts::{
    self, ChangedBy, Email, NewAccount, NewOrganisation, PersonName, Roles, UserId,
};
use dialogues::auth::KeyWork;
use dialogues::auth::password::NewPassword;
use dialogues::cases::{self, Details, Setting, keys, store as case_store};
use dialogues::config::Config;
use dialogues::crypto::{self, KeyPair};
use dialogues::db::Database;
use dialogues::sessions::notes::SessionNotes;
use dialogues::sessions::{self, store as session_store};
use dialogues::startup::Application;
use dialogues::toolkit::Toolkit;

const PASSWORD: &str = "marble orchard kettle drift 1";
const FACILITATORS: usize = 100;
const SESSIONS_PER_CASE: usize = 10;
const DURATION: Duration = Duration::from_secs(10);

fn main() {
    let cases: usize = std::env::args()
        .skip_while(|a| a != "--cases")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run(cases));
}

struct Person {
    id: UserId,
    email: String,
    public_key: String,
}

async fn add(db: &Database, email: &str, roles: &[&str], supervisors: Vec<Email>) -> Person {
    let added = accounts::add(
        db,
        &KeyWork::new(2),
        &ChangedBy::command_line(),
        NewAccount {
            email: Email::parse(email).unwrap(),
            name: PersonName::parse("Bench Person").unwrap(),
            roles: Roles::parse(roles.iter().copied()).unwrap(),
            supervisors,
        },
        Some(NewPassword::parse(PASSWORD, PASSWORD, &[]).unwrap()),
        Duration::from_secs(3600),
    )
    .await
    .unwrap();
    let public_key: String = sqlx::query_scalar("SELECT public_key FROM users WHERE id = ?")
        .bind(added.id.as_str())
        .fetch_one(db.reader())
        .await
        .unwrap();
    Person {
        id: added.id,
        email: email.to_owned(),
        public_key,
    }
}

/// Builds the organisation, people, cases and sessions; returns the first facilitator.
async fn seed(db: &Database, toolkit: &Toolkit, case_count: usize) -> Person {
    let recovery = KeyPair::generate();
    accounts::initialise(
        db,
        &KeyWork::new(2),
        NewOrganisation {
            name: "Bench".into(),
            admin_email: Email::parse("admin@bench.invalid").unwrap(),
            admin_name: PersonName::parse("Admin").unwrap(),
            admin_password: NewPassword::parse(PASSWORD, PASSWORD, &[]).unwrap(),
        },
        &recovery.recipient(),
    )
    .await
    .unwrap();
    let supervisor = add(db, "supervisor@bench.invalid", &["supervisor"], vec![]).await;
    let mut facilitators = Vec::with_capacity(FACILITATORS);
    for n in 0..FACILITATORS {
        facilitators.push(
            add(
                db,
                &format!("facilitator{n}@bench.invalid"),
                &["facilitator"],
                vec![Email::parse("supervisor@bench.invalid").unwrap()],
            )
            .await,
        );
    }
    let content = toolkit.content(toolkit.source_language);
    let modules: Vec<&str> = content
        .modules
        .iter()
        .map(|m| m.id.get_ref().as_str())
        .collect();
    let started = Instant::now();
    let mut tx = db.begin_write().await.unwrap();
    for n in 0..case_count {
        let facilitator = &facilitators[n % FACILITATORS];
        let key = KeyPair::generate();
        let now = accounts::store::now_text();
        let mut case = case_store::CaseRow {
            id: uuid::Uuid::new_v4().to_string(),
            reference: case_store::unused_reference(&mut tx).await.unwrap(),
            facilitator_id: facilitator.id.to_string(),
            status: "open".into(),
            public_key: key.recipient(),
            details: Vec::new(),
            details_version: 1,
            next_session_on: None,
            opened_at: now.clone(),
            closed_at: None,
            updated_at: now.clone(),
            key_rotation_due: false,
        };
        let details = Details {
            name: format!("Bench Person {n}"),
            date_of_birth: chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
            number: format!("A{n:04}BC"),
            setting: Setting::Custody,
        };
        let sealed =
            crypto::seal(&cases::details_binding(&case), &details, &case.public_key).unwrap();
        case.details = sealed.clone();
        case_store::insert(&mut tx, &case, &sealed).await.unwrap();
        let grants = keys::wrap_all(
            &key,
            &[
                (facilitator.id.to_string(), facilitator.public_key.clone()),
                (supervisor.id.to_string(), supervisor.public_key.clone()),
                (
                    case_store::RECOVERY_GRANTEE.to_owned(),
                    recovery.recipient(),
                ),
            ],
        )
        .unwrap();
        for grant in &grants {
            case_store::put_grant(&mut tx, &case.id, grant)
                .await
                .unwrap();
        }
        for s in 0..SESSIONS_PER_CASE {
            let mut notes = SessionNotes::default();
            notes.plan.place = "Interview room".into();
            notes
                .stages
                .insert("check-in".into(), "Settled and talkative; a typical paragraph of notes about how the person arrived, what they said first and how the room felt. ".repeat(4));
            let mut row = session_store::SessionRow {
                id: uuid::Uuid::new_v4().to_string(),
                case_id: case.id.clone(),
                facilitator_id: case.facilitator_id.clone(),
                module_id: modules[s % modules.len()].to_owned(),
                status: if s + 1 == SESSIONS_PER_CASE {
                    "in-progress"
                } else {
                    "signed-off"
                }
                .into(),
                planned_on: Some("2026-10-01".into()),
                current_stage: Some("check-in".into()),
                toolkit_version: toolkit.manifest.version.clone(),
                toolkit_hash: toolkit.content_hash().to_owned(),
                training_snapshot: "{}".into(),
                override_id: None,
                notes: Vec::new(),
                version: 1,
                created_at: now.clone(),
                updated_at: now.clone(),
                started_at: Some(now.clone()),
                closed_at: None,
                submitted_at: None,
                signed_off_at: None,
                signed_off_by: None,
            };
            row.notes =
                crypto::seal(&sessions::binding(&row, 1), &notes, &case.public_key).unwrap();
            session_store::insert(&mut tx, &row).await.unwrap();
        }
        if n % 250 == 249 {
            tx.commit().await.unwrap();
            tx = db.begin_write().await.unwrap();
        }
    }
    tx.commit().await.unwrap();
    eprintln!(
        "seeded {case_count} cases and {} sessions in {:.1} s",
        case_count * SESSIONS_PER_CASE,
        started.elapsed().as_secs_f64()
    );
    facilitators.swap_remove(0)
}

async fn signed_in_client(base: &str, email: &str) -> (reqwest::Client, String) {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(Arc::clone(&jar))
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();
    client.get(format!("{base}/sign-in")).send().await.unwrap();
    let token = csrf_cookie(&jar, base);
    let response = client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "sign-in works");
    // Sign-in replaces the CSRF cookie: later forms carry the new one.
    (client, csrf_cookie(&jar, base))
}

fn csrf_cookie(jar: &reqwest::cookie::Jar, base: &str) -> String {
    use reqwest::cookie::CookieStore;
    let cookies = jar.cookies(&base.parse().unwrap()).unwrap();
    cookies
        .to_str()
        .unwrap()
        .split("; ")
        .find_map(|c| c.strip_prefix("dialogues-csrf="))
        .unwrap()
        .to_owned()
}

struct Report {
    requests: usize,
    seconds: f64,
    latencies: Vec<Duration>,
}

impl Report {
    fn print(&mut self, what: &str) {
        self.latencies.sort();
        let at = |q: f64| {
            let i = ((self.latencies.len() as f64 * q) as usize).min(self.latencies.len() - 1);
            self.latencies[i].as_secs_f64() * 1000.0
        };
        println!(
            "{what}: {:.0} requests/s; p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} requests)",
            self.requests as f64 / self.seconds,
            at(0.50),
            at(0.99),
            at(1.0),
            self.requests
        );
    }
}

/// Runs `clients` loops of `request(i, n)` for [`DURATION`], each timing its requests.
async fn drive<F, Fut>(clients: usize, request: F) -> Report
where
    F: Fn(usize, usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..clients {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut n = 0;
            while started.elapsed() < DURATION {
                let t = Instant::now();
                request(i, n).await;
                latencies.push(t.elapsed());
                n += 1;
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    Report {
        requests: latencies.len(),
        seconds: started.elapsed().as_secs_f64(),
        latencies,
    }
}

async fn run(case_count: usize) {
    let data = tempfile::tempdir().unwrap();
    let mut config = Config::with_data_dir(data.path().join("data"));
    config.listen = "127.0.0.1:0".parse().unwrap();
    let app = Application::build(config).await.unwrap();
    let base = format!("http://{}", app.address());
    let db = app.database();
    let toolkit = Toolkit::builtin().unwrap();
    let facilitator = seed(&db, &toolkit, case_count).await;
    tokio::spawn(app.run_until(std::future::pending()));

    let (client, token) = signed_in_client(&base, &facilitator.email).await;
    let sessions: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM sessions WHERE facilitator_id = ? AND status = 'in-progress'",
    )
    .bind(facilitator.id.as_str())
    .fetch_all(db.reader())
    .await
    .unwrap();
    let caseload = client.get(format!("{base}/cases")).send().await.unwrap();
    assert_eq!(caseload.status(), 200);
    println!(
        "{} cases, {} sessions; the facilitator under test holds {} cases",
        case_count,
        case_count * SESSIONS_PER_CASE,
        sessions.len()
    );

    let url = format!("{base}/cases");
    let c = client.clone();
    drive(32, move |_, _| {
        let (c, url) = (c.clone(), url.clone());
        async move {
            let r = c.get(&url).send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.bytes().await.unwrap();
        }
    })
    .await
    .print("caseload page, 32 clients");

    let ids = Arc::new(sessions);
    let (c, b, list) = (client.clone(), base.clone(), Arc::clone(&ids));
    drive(32, move |i, n| {
        let (c, url) = (
            c.clone(),
            format!("{b}/sessions/{}", list[(i * 7 + n) % list.len()]),
        );
        async move {
            let r = c.get(&url).send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.bytes().await.unwrap();
        }
    })
    .await
    .print("session page, 32 clients");

    // Autosave: 16 writers, each on its own session, carrying the version it last saved.
    let versions: Arc<Vec<std::sync::Mutex<i64>>> =
        Arc::new((0..16).map(|_| std::sync::Mutex::new(1)).collect());
    let (c, b, list, t) = (
        client.clone(),
        base.clone(),
        Arc::clone(&ids),
        token.clone(),
    );
    drive(16, move |i, n| {
        let c = c.clone();
        let url = format!("{b}/sessions/{}/stages/check-in/autosave", list[i]);
        let versions = Arc::clone(&versions);
        let t = t.clone();
        async move {
            let version = *versions[i].lock().unwrap();
            let text = format!("Autosaved notes, revision {n}. ").repeat(20);
            let r = c
                .post(&url)
                .header("hx-request", "true")
                .header("x-csrf-token", &t)
                .form(&[("notes", text.as_str()), ("version", &version.to_string())])
                .send()
                .await
                .unwrap();
            let body = r.text().await.unwrap();
            let saved = body
                .split("value=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or_else(|| panic!("the autosave was accepted: {body}"));
            *versions[i].lock().unwrap() = saved;
        }
    })
    .await
    .print("autosave, 16 writers");
}
