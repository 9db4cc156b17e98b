//! `dialogues demo`: a demonstration organisation full of fictional work, served at once, so a
//! newcomer can see the product in a minute and a benchmark can have as many cases as it needs.
//!
//! What it makes, in a data directory of its own (`demo-data` unless `--data` says otherwise):
//!
//! - one account per role, each email address naming its role (`administrator@demo.invalid`,
//!   `supervisor@…`, `training-manager@…`, `facilitator@…`, `facilitator2@…`), both
//!   facilitators supervised by the supervisor, plus `facilitator-untrained@…`, whose training
//!   does not meet the toolkit's facilitation rule, so the training gate can be seen;
//! - training records from the toolkit's own requirements: the two facilitators (and the
//!   supervisor) meet the rule (one with a course due soon), the third has a course that ran out;
//! - `--cases N` fictional cases in both settings, with sessions in every state (planned, in
//!   progress, closed, submitted, signed off, signed off with an amendment), notes in every
//!   section, a few concerns (open and acknowledged), and closed cases. Module, stage and
//!   formulation factor ids come from the loaded toolkit, never from this file.
//!
//! It must never:
//!
//! - touch a directory that already holds an organisation (it refuses, and changes nothing), or
//!   default to the real data directory, or read `DIALOGUES_*` variables that could point it at
//!   a real installation;
//! - overwrite an existing recovery key file;
//! - contain a real person: every name, number and note below is invented, and the notes say
//!   nothing that could identify anyone;
//! - plan a session the training gate would refuse: each session's training snapshot is worked
//!   out with [`crate::training::status`] for the day it was planned, and an unmet rule is an
//!   error;
//! - echo a password given on standard input (the table says where it came from instead), or
//!   log anything but counts.
//!
//! **Writing in bulk, and its audit.** The organisation, the accounts and the training records
//! go through the same functions as `init`, `user add` and the training pages, so they are
//! audited entry by entry. Cases, sessions, amendments and concerns are written with the
//! feature store functions, many cases per write transaction, already in their final state
//! and with their dates in the past (no user did this work, and 100,000 sessions one transaction
//! each would take far too long). Each such transaction appends **one `demo-created` audit
//! entry** (actor: the command line) naming the cases it wrote and counting the rest, in the
//! same transaction. We do not fabricate `session-planned`, `session-signed-off`, … entries
//! attributed to demo users: the chain records what happened, and what happened is that the
//! command line generated this data. The records themselves are sealed exactly as the features
//! seal them (same kinds, bindings and case keys), so every page, export and `recover` reads them.
//!
//! **Later issues** (formulation, supervision records) add their demo data in `build_case`
//! (sealed records per case, returned in `BuiltCase`) and write it in `write_batch`; staff
//! level data (supervision notes between supervisor and facilitators) belongs in
//! `create_staff`. Each place is marked "Later issues".

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};
use chrono::{DateTime, Days, Months, NaiveDate, SecondsFormat, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use serde_json::json;

use super::{CommandError, PasswordSource};
use crate::accounts::{
    self, ChangedBy, Email, NewAccount, NewOrganisation, PersonName, Role, Roles, UserId,
};
use crate::audit::{self, Action, Actor, Entry};
use crate::auth::KeyWork;
use crate::auth::password::NewPassword;
use crate::cases::concerns::{self, ConcernRow};
use crate::cases::store::{CaseRow, Grant};
use crate::cases::{self, Details, Setting};
use crate::config::{Config, ToolkitSource};
use crate::crypto::{self, KeyPair};
use crate::db::{DATABASE_FILE, Database};
use crate::sessions::gate::{Snapshot, SnapshotLine};
use crate::sessions::notes::{Closing, Engagement, Evidence, Plan, Section, SessionNotes};
use crate::sessions::store::{AmendmentRow, SessionRow, Status};
use crate::sessions::{self, Amendment};
use crate::startup::Application;
use crate::toolkit::Toolkit;
use crate::toolkit::schema::{RequirementKind, Training};
use crate::training::{self, status::Record};

/// Where the demo puts its data unless told otherwise: never the real `data` directory.
pub const DEFAULT_DATA_DIR: &str = "demo-data";
/// The recovery key's file name inside the data directory, unless `--recovery-key-out` is given.
pub const RECOVERY_FILE_NAME: &str = "recovery-key.txt";
/// How many cases unless `--cases` says otherwise: enough for every session state.
pub const DEFAULT_CASES: u32 = 8;
/// The most `--cases` accepts.
pub const MAX_CASES: u32 = 100_000;
/// The demo's email domain (`.invalid` is reserved: no mail can ever reach it).
pub const DOMAIN: &str = "demo.invalid";
/// The organisation's name, as pages show it.
pub const ORGANISATION: &str = "Demonstration organisation (fictional)";

/// Cases written per transaction (about ten sessions each).
const BATCH: usize = 100;
/// The source recorded for the demo's changes.
const SOURCE: &str = "command-line";

/// What `dialogues demo` is given.
pub struct DemoArgs {
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    /// `None`: `DATA_DIR/recovery-key.txt`.
    pub recovery_key_out: Option<PathBuf>,
    pub cases: u32,
    /// Every account takes the password on standard input's first line; otherwise each gets
    /// a strong generated one.
    pub password_stdin: bool,
}

/// A demo that is created and bound, ready to serve.
pub struct Demo {
    /// The server, bound to its address. Run it with `run_until_stopped`.
    pub app: Application,
    /// What to print: the accounts, the recovery key's place, the address to open.
    pub report: String,
}

/// One demo account, as the report shows it.
#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub email: String,
    pub name: String,
    pub roles: Vec<Role>,
    /// The generated password, or `None` when it came from standard input (never echoed).
    pub password: Option<String>,
    /// What this account shows, for the report.
    pub note: &'static str,
}

/// What was created.
#[derive(Debug, Clone, Default)]
pub struct Created {
    pub accounts: Vec<DemoAccount>,
    pub cases: usize,
    pub closed_cases: usize,
    /// Sessions per status, in [`Status::ALL`] order.
    pub sessions: [usize; 5],
    pub amendments: usize,
    pub concerns: usize,
}

impl Created {
    pub fn session_count(&self) -> usize {
        self.sessions.iter().sum()
    }
}

/// Where the accounts' passwords come from.
pub enum Passwords {
    /// A strong random password per account (printed once in the report).
    Generate,
    /// The same password for every account (already checked against every account's name and
    /// email).
    Same(SecretString),
}

/// `dialogues demo`: checks that nothing would be overwritten, binds the address, creates the
/// demonstration organisation and its data, and returns the bound server with the report.
/// Refused, with nothing changed, when the data directory already holds an organisation or the
/// recovery key file exists; whatever a failed run created is removed again.
pub async fn start(args: DemoArgs) -> Result<Demo, CommandError> {
    let recovery_path = args
        .recovery_key_out
        .clone()
        .unwrap_or_else(|| args.data_dir.join(RECOVERY_FILE_NAME));
    refuse_existing(&args.data_dir).await?;
    if recovery_path.exists() {
        return Err(CommandError::RecoveryFileExists(recovery_path));
    }
    let toolkit = crate::toolkit::load_from(&ToolkitSource::Builtin)?;
    // A password from standard input must suit every account: it is checked against all
    // their names and emails at once, before anything is written.
    let passwords = if args.password_stdin {
        let mut personal: Vec<String> = Vec::new();
        for person in &people() {
            personal.push(person.name.to_owned());
            personal.push(person.email());
        }
        let words: Vec<&str> = personal.iter().map(String::as_str).collect();
        let password = super::read_new_password(PasswordSource::Stdin, &words)?;
        Passwords::Same(password.secret().clone())
    } else {
        Passwords::Generate
    };

    // What this run creates, so that a failure can remove it again.
    let created_dir = args
        .data_dir
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
        .last()
        .map(Path::to_path_buf);
    let database_existed = args.data_dir.join(DATABASE_FILE).exists();

    let mut config = Config::with_data_dir(&args.data_dir);
    config.listen = args.listen;
    // Binds the address before anything is written, like `serve`.
    let app = Application::build(config).await?;
    let db = app.database();
    let recovery = KeyPair::generate();
    let result = async {
        super::write_recovery_file(&recovery_path, &recovery)?;
        create(&db, &toolkit, &recovery, passwords, args.cases).await
    }
    .await;
    match result {
        Ok(created) => {
            let report = report(&created, &args.data_dir, &recovery_path, app.address());
            Ok(Demo { app, report })
        }
        Err(e) => {
            db.close().await;
            drop(app);
            if !matches!(e, CommandError::RecoveryFileExists(_)) {
                let _ = std::fs::remove_file(&recovery_path);
            }
            match created_dir {
                Some(dir) => {
                    let _ = std::fs::remove_dir_all(dir);
                }
                None if !database_existed => {
                    crate::db::remove_database_files(&args.data_dir.join(DATABASE_FILE));
                }
                None => {}
            }
            Err(e)
        }
    }
}

/// Refuses a data directory that already holds an organisation (without creating anything).
async fn refuse_existing(data_dir: &Path) -> Result<(), CommandError> {
    if !data_dir.join(DATABASE_FILE).is_file() {
        return Ok(());
    }
    let db = Database::open_existing(data_dir).await?;
    let initialised = accounts::is_initialised(&db).await;
    db.close().await;
    if initialised? {
        return Err(CommandError::DemoDataExists(data_dir.to_owned()));
    }
    Ok(())
}

/// Creates the demonstration organisation in an empty database: accounts, training, cases.
/// Usable in-process (tests, benchmarks); [`start`] is the command.
pub async fn create(
    db: &Database,
    toolkit: &Toolkit,
    recovery: &KeyPair,
    passwords: Passwords,
    cases: u32,
) -> Result<Created, CommandError> {
    let today = training::today();
    let Staff {
        accounts,
        supervisor,
        workers,
    } = create_staff(db, toolkit, recovery, &passwords, today).await?;
    let mut created = Created {
        accounts,
        ..Created::default()
    };
    let context = Arc::new(Context::new(db, toolkit, supervisor, workers, today).await?);
    let plans = plan_cases(cases as usize);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut chunks = plans.chunks(BATCH).map(<[CasePlan]>::to_vec);
    let mut pending = VecDeque::new();
    loop {
        // Build the next batches (encryption: CPU) while this one is written (SQLite: one
        // connection).
        while pending.len() <= workers {
            let Some(chunk) = chunks.next() else { break };
            let context = Arc::clone(&context);
            pending.push_back(tokio::task::spawn_blocking(move || {
                chunk
                    .iter()
                    .map(|plan| build_case(&context, plan))
                    .collect::<Result<Vec<_>, _>>()
            }));
        }
        let Some(next) = pending.pop_front() else {
            break;
        };
        let built = next
            .await
            .map_err(|e| CommandError::Demo(format!("a demo worker stopped: {e}")))??;
        write_batch(db, &built, &mut created).await?;
        if created.cases % 1000 < BATCH && cases as usize > BATCH {
            tracing::info!(cases = created.cases, of = cases, "demo cases written");
        }
    }
    Ok(created)
}

// ---------------------------------------------------------------------------------------------
// Staff: accounts and training

/// How far someone's training goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trained {
    /// No records.
    None,
    /// The prerequisite only.
    Prerequisite,
    /// Everything valid.
    Current,
    /// Everything the rule asks for, one course due soon.
    DueSoon,
    /// One course the rule asks for has run out: the gate refuses them.
    Lapsed,
}

struct Person {
    local: &'static str,
    name: &'static str,
    roles: &'static [Role],
    supervised: bool,
    trained: Trained,
    /// Index into the toolkit's staff groups.
    group: usize,
    team: &'static str,
    /// Cases are given to this person (facilitators).
    caseload: Option<Caseload>,
    note: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caseload {
    /// Runs sessions.
    Trained,
    /// Holds a case or two but may not plan sessions.
    Untrained,
}

impl Person {
    fn email(&self) -> String {
        format!("{}@{DOMAIN}", self.local)
    }
}

/// The demo's staff. Every name is invented.
fn people() -> Vec<Person> {
    vec![
        Person {
            local: "administrator",
            name: "Morgan Ashgrove-Penhallow",
            roles: &[Role::Administrator],
            supervised: false,
            trained: Trained::None,
            group: 0,
            team: "Head office (demo)",
            caseload: None,
            note: "accounts, roles and the audit chain head",
        },
        Person {
            local: "supervisor",
            name: "Priya Lanternfield",
            roles: &[Role::Supervisor],
            supervised: false,
            trained: Trained::Current,
            group: 0,
            team: "Fernleigh (demo prison)",
            caseload: None,
            note: "reviews and signs off both facilitators' sessions, sees concerns",
        },
        Person {
            local: "training-manager",
            name: "Tomasz Quillby",
            roles: &[Role::TrainingManager],
            supervised: false,
            trained: Trained::Prerequisite,
            group: 1,
            team: "Learning and development (demo)",
            caseload: None,
            note: "the training picture of everyone",
        },
        Person {
            local: "facilitator",
            name: "Jordan Fernsby",
            roles: &[Role::Facilitator],
            supervised: true,
            trained: Trained::Current,
            group: 0,
            team: "Fernleigh (demo prison)",
            caseload: Some(Caseload::Trained),
            note: "a caseload in custody, training valid",
        },
        Person {
            local: "facilitator2",
            name: "Ceri Marlowood",
            roles: &[Role::Facilitator],
            supervised: true,
            trained: Trained::DueSoon,
            group: 1,
            team: "Riverside probation (demo)",
            caseload: Some(Caseload::Trained),
            note: "a caseload in the community, one course due soon",
        },
        Person {
            local: "facilitator-untrained",
            name: "Sam Thistlecombe",
            roles: &[Role::Facilitator],
            supervised: true,
            trained: Trained::Lapsed,
            group: 0,
            team: "Fernleigh (demo prison)",
            caseload: Some(Caseload::Untrained),
            note: "training not valid: the gate stops new sessions",
        },
    ]
}

/// A facilitator as the case builder needs them.
struct Worker {
    id: String,
    staff_group: Option<String>,
    records: Vec<Record>,
    setting: Setting,
    caseload: Caseload,
}

struct Staff {
    accounts: Vec<DemoAccount>,
    supervisor: UserId,
    workers: Vec<Worker>,
}

/// The organisation, the accounts (key derivation at most one per core at once) and their
/// training, through the same functions as `init`, `user add` and the training pages.
///
/// Later issues: supervision records between the supervisor and the facilitators go here.
async fn create_staff(
    db: &Database,
    toolkit: &Toolkit,
    recovery: &KeyPair,
    passwords: &Passwords,
    today: NaiveDate,
) -> Result<Staff, CommandError> {
    let people = people();
    let key_work = KeyWork::per_core();
    let by = ChangedBy::command_line();
    let mut accounts_out = Vec::with_capacity(people.len());
    let mut passwords_by_index = Vec::with_capacity(people.len());
    for person in &people {
        let email = person.email();
        let (password, shown) = match passwords {
            Passwords::Generate => {
                let (text, password) = generate_password(&[person.name, &email]);
                (password, Some(text))
            }
            Passwords::Same(secret) => {
                let text = secret.expose_secret();
                (
                    NewPassword::parse(text, text, &[person.name, &email])?,
                    None,
                )
            }
        };
        passwords_by_index.push(Some(password));
        accounts_out.push(DemoAccount {
            email,
            name: person.name.to_owned(),
            roles: person.roles.to_vec(),
            password: shown,
            note: person.note,
        });
    }

    // The first administrator founds the organisation, then the people who do not need a
    // supervisor, then those who do; within each step the key work runs in parallel.
    let mut ids: Vec<Option<UserId>> = vec![None; people.len()];
    let founder = people
        .iter()
        .position(|p| p.roles.contains(&Role::Administrator))
        .expect("the demo has an administrator");
    let founder_password = passwords_by_index[founder]
        .take()
        .expect("one password per person");
    ids[founder] = Some(
        accounts::initialise(
            db,
            &key_work,
            NewOrganisation {
                name: ORGANISATION.to_owned(),
                admin_email: Email::parse(&people[founder].email())
                    .map_err(|p| CommandError::Demo(p.to_string()))?,
                admin_name: PersonName::parse(people[founder].name)
                    .map_err(|p| CommandError::Demo(p.to_string()))?,
                admin_password: founder_password,
            },
            &recovery.recipient(),
        )
        .await?,
    );
    let supervisor_email = people
        .iter()
        .find(|p| p.roles.contains(&Role::Supervisor))
        .map(Person::email)
        .expect("the demo has a supervisor");
    for supervised in [false, true] {
        let mut tasks = tokio::task::JoinSet::new();
        for (index, person) in people.iter().enumerate() {
            if index == founder || person.supervised != supervised {
                continue;
            }
            let password = passwords_by_index[index].take();
            let new = NewAccount {
                email: Email::parse(&person.email())
                    .map_err(|p| CommandError::Demo(p.to_string()))?,
                name: PersonName::parse(person.name)
                    .map_err(|p| CommandError::Demo(p.to_string()))?,
                roles: person.roles.iter().copied().collect::<Roles>(),
                supervisors: if person.supervised {
                    vec![
                        Email::parse(&supervisor_email)
                            .map_err(|p| CommandError::Demo(p.to_string()))?,
                    ]
                } else {
                    Vec::new()
                },
            };
            let (db, key_work, by) = (db.clone(), key_work.clone(), by.clone());
            tasks.spawn(async move {
                let added = accounts::add(
                    &db,
                    &key_work,
                    &by,
                    new,
                    password,
                    crate::config::DEFAULT_ACTIVATION_VALIDITY,
                )
                .await;
                (index, added)
            });
        }
        while let Some(done) = tasks.join_next().await {
            let (index, added) =
                done.map_err(|e| CommandError::Demo(format!("an account was not made: {e}")))?;
            ids[index] = Some(added?.id);
        }
    }
    let ids: Vec<UserId> = ids
        .into_iter()
        .map(|id| id.ok_or_else(|| CommandError::Demo("an account was not made".into())))
        .collect::<Result<_, _>>()?;

    // Training, from the toolkit's requirements.
    let training = &toolkit.content(toolkit.source_language).training;
    let groups: Vec<String> = training
        .staff_groups
        .iter()
        .map(|g| g.id.get_ref().clone())
        .collect();
    let joined = today - Days::new(6 * 365);
    let mut workers = Vec::new();
    let mut supervisor = None;
    for (person, id) in people.iter().zip(&ids) {
        let group = (!groups.is_empty()).then(|| groups[person.group % groups.len()].clone());
        training::set_details(db, &by, id, group.as_deref(), person.team, Some(joined)).await?;
        let records = training_records(training, group.as_deref(), person.trained, today);
        for record in &records {
            training::record(db, &by, id, record).await?;
        }
        if person.trained == Trained::Lapsed {
            // The training manager has booked the course that ran out.
            if let Some(requirement) = lapsing_requirement(training, group.as_deref()) {
                training::plan(db, &by, id, &requirement, Some(today + Days::new(21))).await?;
            }
        }
        if person.roles.contains(&Role::Supervisor) && supervisor.is_none() {
            supervisor = Some(id.clone());
        }
        if let Some(caseload) = person.caseload {
            workers.push(Worker {
                id: id.to_string(),
                // Which setting a staff group works in is the organisation's business; the
                // built-in toolkit lists prison staff first.
                setting: if person.group == 0 {
                    Setting::Custody
                } else {
                    Setting::Community
                },
                staff_group: group,
                records,
                caseload,
            });
        }
    }
    Ok(Staff {
        accounts: accounts_out,
        supervisor: supervisor.ok_or_else(|| CommandError::Demo("no supervisor".into()))?,
        workers,
    })
}

/// A strong random password that meets the policy: four groups of four characters from an
/// alphabet without look-alikes (about 79 bits), easy to type from the printed table.
fn generate_password(personal: &[&str]) -> (String, NewPassword) {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    loop {
        let text = (0..4)
            .map(|_| {
                (0..4)
                    .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("-");
        if let Ok(password) = NewPassword::parse(&text, &text, personal) {
            return (text, password);
        }
    }
}

/// The requirement of the facilitation rule that a lapsed or due-soon person is short of: the
/// first one (in the rule's order) that applies to them and expires.
fn lapsing_requirement(training: &Training, group: Option<&str>) -> Option<String> {
    training
        .facilitation
        .requires
        .get_ref()
        .iter()
        .flatten()
        .filter_map(|id| {
            training
                .requirements
                .iter()
                .find(|r| r.id.get_ref() == id.get_ref())
        })
        .find(|r| r.validity_months.is_some() && training::status::applies_to(r, group))
        .map(|r| r.id.get_ref().clone())
}

/// The training records a person of this level has, dated relative to `today`.
fn training_records(
    training: &Training,
    group: Option<&str>,
    trained: Trained,
    today: NaiveDate,
) -> Vec<Record> {
    if trained == Trained::None {
        return Vec::new();
    }
    let lapsing = lapsing_requirement(training, group);
    let mut records = Vec::new();
    for requirement in &training.requirements {
        let id = requirement.id.get_ref();
        if !training::status::applies_to(requirement, group) {
            continue;
        }
        if trained == Trained::Prerequisite && requirement.kind != RequirementKind::Prerequisite {
            continue;
        }
        // The refresher is left for the lapsed person to take (it shows as missing).
        if trained == Trained::Lapsed && requirement.kind == RequirementKind::Refresher {
            continue;
        }
        let months = requirement
            .validity_months
            .as_ref()
            .map(|m| u32::try_from(*m.get_ref()).unwrap_or(12).max(1));
        let is_lapsing = lapsing.as_deref() == Some(id.as_str());
        let counted_from = match (months, trained) {
            (Some(months), Trained::DueSoon) if is_lapsing => {
                // Runs out in half the warning period.
                let warn = requirement
                    .due_soon_days
                    .as_ref()
                    .map_or(30, |d| u64::try_from(*d.get_ref()).unwrap_or(30));
                let until = today + Days::new((warn / 2).max(1));
                (until + Days::new(1))
                    .checked_sub_months(Months::new(months))
                    .unwrap_or(today)
            }
            (Some(months), Trained::Lapsed) if is_lapsing => {
                today
                    .checked_sub_months(Months::new(months))
                    .unwrap_or(today)
                    - Days::new(45)
            }
            (Some(months), _) => today
                .checked_sub_months(Months::new((months / 3).max(1)))
                .unwrap_or(today),
            (None, _) => {
                today
                    - Days::new(match requirement.kind {
                        RequirementKind::Prerequisite => 4 * 365,
                        RequirementKind::FaceToFace => 790,
                        RequirementKind::Elearning => 700,
                        RequirementKind::Refresher => 200,
                    })
            }
        };
        let pass_mark = requirement
            .pass_mark
            .as_ref()
            .map(|m| u8::try_from(*m.get_ref()).unwrap_or(80).min(100));
        if requirement.modules.is_empty() {
            records.push(Record {
                requirement: id.clone(),
                module: String::new(),
                completed_on: counted_from,
                score: pass_mark.map(|mark| mark.saturating_add(10).min(100)),
                evidence: "Demo record (fictional)".to_owned(),
            });
        } else {
            for (k, module) in requirement.modules.iter().enumerate() {
                let k = k as u8;
                records.push(Record {
                    requirement: id.clone(),
                    module: module.id.get_ref().clone(),
                    completed_on: (counted_from + Days::new(3 * u64::from(k))).min(today),
                    score: pass_mark.map(|mark| mark.saturating_add(4 + (3 * k) % 12).min(100)),
                    evidence: "Demo record (fictional)".to_owned(),
                });
            }
        }
    }
    records
}

// ---------------------------------------------------------------------------------------------
// Cases: what each one holds

/// How a case's sessions stand today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Story {
    /// Signed-off sessions, then one planned.
    NextPlanned,
    /// Signed-off sessions, then one running today.
    Running,
    /// Signed-off sessions, then one closed yesterday and not yet submitted.
    JustClosed,
    /// Signed-off sessions, then one awaiting review.
    AwaitingReview,
    /// Signed-off sessions, one awaiting review and the next planned.
    ReviewAndNext,
    /// Every session signed off and the case closed.
    Finished,
    /// A new case: its first session planned.
    New,
}

const STORIES: [Story; 7] = [
    Story::NextPlanned,
    Story::Running,
    Story::JustClosed,
    Story::AwaitingReview,
    Story::ReviewAndNext,
    Story::Finished,
    Story::New,
];

#[derive(Debug, Clone)]
struct CasePlan {
    /// Position among all cases (seeds the choices, so a demo is the same every time).
    index: usize,
    /// Index into the workers.
    worker: usize,
    /// `None`: no sessions (the facilitator whose training is not valid).
    story: Option<Story>,
    /// Position among the cases with sessions (which extras it gets).
    nth: usize,
}

/// Who holds each case and how far it has gone. Every tenth case (from the eighth) belongs to
/// the facilitator whose training is not valid; the rest alternate between the two trained
/// facilitators and cycle through the stories, so five cases already show every session state.
fn plan_cases(count: usize) -> Vec<CasePlan> {
    let mut nth = 0;
    (0..count)
        .map(|index| {
            if index % 10 == 7 {
                CasePlan {
                    index,
                    worker: 2,
                    story: None,
                    nth: 0,
                }
            } else {
                let plan = CasePlan {
                    index,
                    worker: nth % 2,
                    story: Some(STORIES[nth % STORIES.len()]),
                    nth,
                };
                nth += 1;
                plan
            }
        })
        .collect()
}

struct StagePlan {
    id: String,
    title: String,
}

struct ModulePlan {
    id: String,
    title: String,
    preparation: usize,
    stages: Vec<StagePlan>,
    /// The formulation factors its stages inform (or every factor when none).
    factors: Vec<String>,
}

/// What every case builder shares (read-only, across threads).
struct Context {
    today: NaiveDate,
    now: DateTime<Utc>,
    training: Training,
    modules: Vec<ModulePlan>,
    factor_names: HashMap<String, String>,
    toolkit_version: String,
    toolkit_hash: String,
    supervisor_id: String,
    workers: Vec<Worker>,
    /// Per worker: who holds each case key (the worker, their supervisors, recovery).
    grantees: Vec<Vec<(String, String)>>,
}

impl Context {
    async fn new(
        db: &Database,
        toolkit: &Toolkit,
        supervisor: UserId,
        workers: Vec<Worker>,
        today: NaiveDate,
    ) -> Result<Self, CommandError> {
        let content = toolkit.content(toolkit.source_language);
        let mut factor_names = HashMap::new();
        for domain in &content.domains {
            for factor in domain.factors.get_ref() {
                factor_names.insert(factor.id.get_ref().clone(), factor.name.clone());
            }
        }
        let all_factors: Vec<String> = factor_names.keys().cloned().collect();
        let modules: Vec<ModulePlan> = content
            .modules
            .iter()
            .map(|m| {
                let mut factors: Vec<String> = Vec::new();
                for stage in m.stages.get_ref() {
                    for id in &stage.informs {
                        if !factors.contains(id.get_ref())
                            && factor_names.contains_key(id.get_ref())
                        {
                            factors.push(id.get_ref().clone());
                        }
                    }
                }
                if factors.is_empty() {
                    factors = all_factors.clone();
                }
                ModulePlan {
                    id: m.id.get_ref().clone(),
                    title: m.title.clone(),
                    preparation: m.preparation.len(),
                    stages: m
                        .stages
                        .get_ref()
                        .iter()
                        .map(|s| StagePlan {
                            id: s.id.get_ref().clone(),
                            title: s.title.clone(),
                        })
                        .collect(),
                    factors,
                }
            })
            .filter(|m| !m.stages.is_empty())
            .collect();
        if modules.is_empty() {
            return Err(CommandError::Demo(
                "the toolkit has no session module with stages".into(),
            ));
        }
        let mut grantees = Vec::new();
        for worker in &workers {
            let id = UserId::from_db(worker.id.clone());
            grantees.push(
                cases::keys::grantees_of(db, &id)
                    .await
                    .map_err(|e| CommandError::Demo(e.to_string()))?,
            );
        }
        // The plan gives cases to workers 0 and 1 (trained) and 2 (not).
        let order = [Caseload::Trained, Caseload::Trained, Caseload::Untrained];
        if workers.len() != order.len() || workers.iter().zip(order).any(|(w, c)| w.caseload != c) {
            return Err(CommandError::Demo(
                "the demo needs two trained facilitators and one who is not".into(),
            ));
        }
        Ok(Self {
            today,
            now: Utc::now(),
            training: content.training.value.clone(),
            modules,
            factor_names,
            toolkit_version: toolkit.manifest.version.clone(),
            toolkit_hash: toolkit.content_hash().to_owned(),
            supervisor_id: supervisor.to_string(),
            workers,
            grantees,
        })
    }

    /// The training snapshot a session planned on `day` keeps; `None` when the rule was not
    /// met that day (the gate would have refused).
    fn snapshot(&self, worker: &Worker, day: NaiveDate) -> Option<String> {
        let states = training::status::evaluate_all(
            &self.training,
            worker.staff_group.as_deref(),
            &worker.records,
            day,
        );
        let facilitation = training::status::may_facilitate(&self.training, &states);
        facilitation.allowed.then(|| {
            Snapshot {
                checked_on: day,
                allowed: true,
                overridden: false,
                requirements: states
                    .iter()
                    .filter(|s| s.status != training::Status::NotRequired)
                    .map(|s| SnapshotLine {
                        requirement: s.requirement.clone(),
                        status: s.status.id().to_owned(),
                        valid_until: s.valid_until,
                    })
                    .collect(),
            }
            .to_json()
        })
    }
}

/// One case, built and sealed, ready to write.
///
/// Later issues: formulation records and supervision notes about this case join here.
struct BuiltCase {
    /// Its reference is given when it is written (it must be unique in the database).
    case: CaseRow,
    sealed_details: Vec<u8>,
    grants: Vec<Grant>,
    sessions: Vec<SessionRow>,
    amendments: Vec<AmendmentRow>,
    concerns: Vec<ConcernRow>,
}

fn timestamp(day: NaiveDate, hour: u32, minute: u32) -> String {
    day.and_hms_opt(hour, minute, 0)
        .unwrap_or_default()
        .and_utc()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// One session to write: its module, state and day.
struct SessionPlan {
    module: usize,
    status: Status,
    day: NaiveDate,
}

/// Builds one case: a new case key wrapped to its grantees, the details, and its sessions,
/// amendments and concerns, sealed as the features seal them.
fn build_case(context: &Context, plan: &CasePlan) -> Result<BuiltCase, CommandError> {
    let mut rng = StdRng::seed_from_u64(0x00de_0000 ^ plan.index as u64);
    let worker = &context.workers[plan.worker];
    let today = context.today;
    let key = KeyPair::generate();
    let grants = cases::keys::wrap_all(&key, &context.grantees[plan.worker])
        .map_err(|e| CommandError::Demo(e.to_string()))?;
    let person = invent_person(&mut rng, worker.setting, today);
    let first_name = person.name.split(' ').next().unwrap_or("").to_owned();

    let sessions_plan = plan_sessions(&mut rng, context, plan.story, today);
    let opened_on = sessions_plan
        .first()
        .map_or(today - Days::new(rng.random_range(3..=20)), |s| {
            s.day.min(today) - Days::new(10)
        });
    let mut case = CaseRow {
        id: uuid::Uuid::new_v4().to_string(),
        reference: String::new(),
        facilitator_id: worker.id.clone(),
        status: "open".into(),
        public_key: key.recipient(),
        details: Vec::new(),
        details_version: 1,
        next_session_on: None,
        opened_at: timestamp(opened_on, 9, rng.random_range(0..60)),
        closed_at: None,
        updated_at: String::new(),
    };
    let sealed_details = crypto::seal(&cases::details_binding(&case), &person, &case.public_key)?;

    let mut sessions = Vec::with_capacity(sessions_plan.len());
    let mut next_session_on = None;
    for (position, session) in sessions_plan.iter().enumerate() {
        let following = sessions_plan.get(position + 1).map(|s| s.day);
        let (row, next) = build_session(
            context,
            &mut rng,
            worker,
            &case,
            &first_name,
            session,
            following,
        )?;
        if next.is_some() {
            next_session_on = next;
        }
        sessions.push(row);
    }
    case.next_session_on = next_session_on.map(day_text);
    let mut updated = case.opened_at.clone();
    if plan.story == Some(Story::Finished) {
        let last = sessions_plan.last().map_or(today, |s| s.day);
        let closed = timestamp((last + Days::new(14)).min(today), 16, 10);
        case.status = "closed".into();
        case.closed_at = Some(closed.clone());
        case.next_session_on = None;
        updated = closed;
    }
    for row in &sessions {
        if row.updated_at > updated {
            updated = row.updated_at.clone();
        }
    }
    case.updated_at = updated;

    let mut amendments = Vec::new();
    let signed: Vec<&SessionRow> = sessions
        .iter()
        .filter(|s| s.status() == Status::SignedOff)
        .collect();
    if plan.nth.is_multiple_of(3)
        && let Some(row) = signed.get(signed.len() / 2)
    {
        amendments.push(build_amendment(context, &mut rng, &case, row, &first_name)?);
    }

    let mut concerns_out = Vec::new();
    let started_before_today: Vec<&SessionRow> = sessions
        .iter()
        .filter(|s| {
            s.started_at
                .as_deref()
                .is_some_and(|t| t < timestamp(today, 0, 0).as_str())
        })
        .collect();
    if plan.nth % 4 == 1
        && let Some(row) = started_before_today.last()
    {
        concerns_out.push(build_concern(
            context,
            &mut rng,
            worker,
            &case,
            row,
            &first_name,
            false,
        )?);
    }
    if plan.nth % 6 == 2
        && let Some(row) = started_before_today.get(started_before_today.len() / 2)
    {
        concerns_out.push(build_concern(
            context,
            &mut rng,
            worker,
            &case,
            row,
            &first_name,
            true,
        )?);
    }

    // Later issues: build this case's formulation (ratings and evidence, sealed to `key`'s
    // recipient) and supervision notes here, and add them to `BuiltCase`.
    Ok(BuiltCase {
        case,
        sealed_details,
        grants,
        sessions,
        amendments,
        concerns: concerns_out,
    })
}

/// The sessions of a case with this story: modules in programme order (then again from the
/// start), a fortnight apart, the latest ones in the story's states.
fn plan_sessions(
    rng: &mut StdRng,
    context: &Context,
    story: Option<Story>,
    today: NaiveDate,
) -> Vec<SessionPlan> {
    let Some(story) = story else {
        return Vec::new();
    };
    let total: usize = match story {
        Story::New => 1,
        _ => rng.random_range(9..=17),
    };
    // The latest sessions, oldest first: (status, days from today, positive = ahead).
    let tail: Vec<(Status, i64)> = match story {
        Story::NextPlanned => vec![(Status::Planned, rng.random_range(2..=9))],
        Story::Running => vec![(Status::InProgress, 0)],
        Story::JustClosed => vec![(Status::Closed, -1)],
        Story::AwaitingReview => vec![(Status::Submitted, -3)],
        Story::ReviewAndNext => vec![(Status::Submitted, -6), (Status::Planned, 8)],
        Story::Finished => Vec::new(),
        Story::New => vec![(Status::Planned, rng.random_range(3..=10))],
    };
    let signed = total.saturating_sub(tail.len());
    let last_signed = match story {
        Story::NextPlanned => 10,
        Story::Running => 14,
        Story::JustClosed => 15,
        Story::AwaitingReview => 17,
        Story::ReviewAndNext => 20,
        Story::Finished => 35,
        Story::New => 0,
    };
    let mut out = Vec::with_capacity(total);
    for k in 0..signed {
        let back = last_signed + 14 * (signed - 1 - k) as u64 + rng.random_range(0..=2);
        out.push(SessionPlan {
            module: k % context.modules.len(),
            status: Status::SignedOff,
            day: today - Days::new(back),
        });
    }
    for (k, (status, offset)) in tail.into_iter().enumerate() {
        let day = if offset >= 0 {
            today + Days::new(offset as u64)
        } else {
            today - Days::new(offset.unsigned_abs())
        };
        out.push(SessionPlan {
            module: (signed + k) % context.modules.len(),
            status,
            day,
        });
    }
    out
}

/// One session row with its notes sealed, in its final state; and the next-session date its
/// closing set, if any.
fn build_session(
    context: &Context,
    rng: &mut StdRng,
    worker: &Worker,
    case: &CaseRow,
    name: &str,
    plan: &SessionPlan,
    following: Option<NaiveDate>,
) -> Result<(SessionRow, Option<NaiveDate>), CommandError> {
    let module = &context.modules[plan.module];
    let today = context.today;
    let planned_day = if plan.status == Status::Planned {
        today - Days::new(rng.random_range(1..=3))
    } else {
        plan.day - Days::new(7)
    };
    let snapshot = context.snapshot(worker, planned_day).ok_or_else(|| {
        CommandError::Demo(
            "a demo facilitator's training does not meet the toolkit's rule (the gate would refuse their session)"
                .into(),
        )
    })?;
    let created_at = timestamp(planned_day, 15, rng.random_range(0..60));
    let mut notes = SessionNotes::default();
    let mut version = 1;
    let mut edit =
        |notes: &mut SessionNotes, section: Section, apply: &dyn Fn(&mut SessionNotes)| {
            notes
                .edit(&section, version, version + 1, apply)
                .expect("each demo edit starts from the latest version");
            version += 1;
        };

    // The plan (a new case's first session may not have one yet).
    let has_plan = !(plan.status == Status::Planned && rng.random_bool(0.3));
    if has_plan {
        let mut checklist: Vec<String> = (1..=module.preparation)
            .map(|i| format!("prep-{i}"))
            .collect();
        // `safety-N` items: the session pages list four.
        checklist.extend((1..=4).map(|i| format!("safety-{i}")));
        let done = if plan.status == Status::Planned {
            rng.random_range(0..=checklist.len())
        } else {
            checklist.len()
        };
        checklist.truncate(done);
        let the_plan = Plan {
            place: pick(rng, places(worker.setting)).to_owned(),
            checklist,
            safety: pick(rng, safety_notes(worker.setting)).to_owned(),
        };
        edit(&mut notes, Section::Plan, &|n: &mut SessionNotes| {
            n.plan = the_plan.clone()
        });
    }

    let mut row = SessionRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: case.id.clone(),
        facilitator_id: worker.id.clone(),
        module_id: module.id.clone(),
        status: plan.status.id().to_owned(),
        planned_on: has_plan.then(|| day_text(plan.day)),
        current_stage: None,
        toolkit_version: context.toolkit_version.clone(),
        toolkit_hash: context.toolkit_hash.clone(),
        training_snapshot: snapshot,
        override_id: None,
        notes: Vec::new(),
        version: 1,
        created_at: created_at.clone(),
        updated_at: created_at,
        started_at: None,
        closed_at: None,
        submitted_at: None,
        signed_off_at: None,
        signed_off_by: None,
    };

    let mut next = None;
    if plan.status != Status::Planned {
        let start_minute = rng.random_range(0..30);
        row.started_at = Some(if plan.status == Status::InProgress {
            (context.now - chrono::Duration::minutes(35))
                .to_rfc3339_opts(SecondsFormat::Millis, true)
        } else {
            timestamp(plan.day, 10, start_minute)
        });
        let stages_done = if plan.status == Status::InProgress {
            rng.random_range(1..module.stages.len().max(2))
                .min(module.stages.len())
        } else {
            module.stages.len()
        };
        let last = module.stages.len() - 1;
        for (position, stage) in module.stages.iter().enumerate().take(stages_done) {
            let templates = if position == 0 {
                OPENING_NOTES
            } else if position == last {
                CLOSING_STAGE_NOTES
            } else {
                MIDDLE_NOTES
            };
            let text = fill(pick(rng, templates), name, &stage.title, &module.title, "");
            edit(
                &mut notes,
                Section::Stage(stage.id.clone()),
                &|n: &mut SessionNotes| {
                    n.stages.insert(stage.id.clone(), text.clone());
                },
            );
            row.current_stage = Some(stage.id.clone());
        }
        if plan.status != Status::InProgress {
            let next_on = following.unwrap_or(plan.day + Days::new(14));
            let closing = build_closing(context, rng, module, name, next_on);
            edit(&mut notes, Section::Closing, &|n: &mut SessionNotes| {
                n.closing = Some(closing.clone())
            });
            row.closed_at = Some(timestamp(plan.day, 11, 5 + start_minute));
            next = Some(next_on);
        }
        if matches!(plan.status, Status::Submitted | Status::SignedOff) {
            row.submitted_at = Some(timestamp(plan.day + Days::new(1), 9, start_minute));
        }
        if plan.status == Status::SignedOff {
            let day = (plan.day + Days::new(3)).min(today - Days::new(1));
            row.signed_off_at = Some(timestamp(day, 14, start_minute));
            row.signed_off_by = Some(context.supervisor_id.clone());
        }
    }
    row.version = version;
    row.updated_at = [
        &row.signed_off_at,
        &row.submitted_at,
        &row.closed_at,
        &row.started_at,
    ]
    .into_iter()
    .flatten()
    .next()
    .cloned()
    .unwrap_or(row.updated_at);
    row.notes = crypto::seal(&sessions::binding(&row, version), &notes, &case.public_key)?;
    Ok((row, next))
}

fn build_closing(
    context: &Context,
    rng: &mut StdRng,
    module: &ModulePlan,
    name: &str,
    next_on: NaiveDate,
) -> Closing {
    let engagement = match rng.random_range(0..20) {
        0..=9 => Engagement::Engaged,
        10..=14 => Engagement::Partly,
        15..=18 => Engagement::Guarded,
        _ => Engagement::Declined,
    };
    let count = rng.random_range(1..=3).min(module.factors.len());
    let evidence = module
        .factors
        .choose_multiple(rng, count)
        .map(|factor| {
            let factor_name = context
                .factor_names
                .get(factor)
                .map_or(factor.as_str(), String::as_str);
            let stage = module.stages.choose(rng).map_or("", |s| s.title.as_str());
            Evidence {
                factor: factor.clone(),
                note: fill(
                    pick(rng, EVIDENCE_NOTES),
                    name,
                    stage,
                    &module.title,
                    factor_name,
                ),
            }
        })
        .collect();
    Closing {
        summary: fill(pick(rng, SUMMARIES), name, "", &module.title, ""),
        engagement,
        actions: fill(pick(rng, ACTIONS), name, "", &module.title, ""),
        next_session_on: Some(next_on),
        evidence,
    }
}

fn build_amendment(
    context: &Context,
    rng: &mut StdRng,
    case: &CaseRow,
    session: &SessionRow,
    name: &str,
) -> Result<AmendmentRow, CommandError> {
    let signed_off = session
        .signed_off_at
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map_or(context.today, |t| t.date_naive());
    let day = (signed_off + Days::new(2)).min(context.today - Days::new(1));
    let mut row = AmendmentRow {
        id: uuid::Uuid::new_v4().to_string(),
        session_id: session.id.clone(),
        author_id: session.facilitator_id.clone(),
        created_at: timestamp(day, 12, rng.random_range(0..60)),
        body: Vec::new(),
    };
    let binding = sessions::amendment_binding(&row, &case.id);
    let text = fill(pick(rng, AMENDMENTS), name, "", "", "");
    row.body = crypto::seal(&binding, &Amendment { text }, &case.public_key)?;
    Ok(row)
}

fn build_concern(
    context: &Context,
    rng: &mut StdRng,
    worker: &Worker,
    case: &CaseRow,
    session: &SessionRow,
    name: &str,
    acknowledged: bool,
) -> Result<ConcernRow, CommandError> {
    let module = context
        .modules
        .iter()
        .find(|m| m.id == session.module_id)
        .ok_or_else(|| CommandError::Demo("a session's module is missing".into()))?;
    let stage = &module.stages[module.stages.len() / 2];
    let day = session
        .started_at
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map_or(context.today, |t| t.date_naive());
    let (what, action) = pick(rng, concern_texts(worker.setting));
    let mut row = ConcernRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: case.id.clone(),
        session_id: Some(session.id.clone()),
        stage_id: Some(stage.id.clone()),
        raised_by: worker.id.clone(),
        raised_at: timestamp(day, 10, 40),
        status: if acknowledged { "acknowledged" } else { "open" }.into(),
        body: Vec::new(),
        acknowledged_by: acknowledged.then(|| context.supervisor_id.clone()),
        acknowledged_at: acknowledged
            .then(|| timestamp((day + Days::new(1)).min(context.today), 8, 45)),
    };
    let binding = concerns::binding(&row);
    let account = concerns::Account {
        what: fill(what, name, "", "", ""),
        action_taken: fill(action, name, "", "", ""),
    };
    row.body = crypto::seal(&binding, &account, &case.public_key)?;
    Ok(row)
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes a batch of built cases and its one `demo-created` audit entry in one transaction.
///
/// Later issues: write each case's formulation and supervision records here too.
async fn write_batch(
    db: &Database,
    batch: &[BuiltCase],
    created: &mut Created,
) -> Result<(), CommandError> {
    let mut tx = db.begin_write().await?;
    let mut case_ids = Vec::with_capacity(batch.len());
    let (mut sessions_written, mut amendments, mut concerns_written) = (0, 0, 0);
    for built in batch {
        let mut case = built.case.clone();
        case.reference = cases::store::unused_reference(&mut tx).await?;
        cases::store::insert(&mut tx, &case, &built.sealed_details).await?;
        for grant in &built.grants {
            cases::store::put_grant(&mut tx, &case.id, grant).await?;
        }
        for session in &built.sessions {
            sessions::store::insert(&mut tx, session).await?;
            if let Some(i) = Status::ALL.iter().position(|s| *s == session.status()) {
                created.sessions[i] += 1;
            }
        }
        for amendment in &built.amendments {
            sessions::store::insert_amendment(&mut tx, amendment).await?;
        }
        for concern in &built.concerns {
            concerns::insert(&mut tx, concern).await?;
        }
        if !case.is_open() {
            created.closed_cases += 1;
        }
        sessions_written += built.sessions.len();
        amendments += built.amendments.len();
        concerns_written += built.concerns.len();
        case_ids.push(case.id);
    }
    audit::append(
        &mut tx,
        Entry::new(Actor::CommandLine, Action::DemoCreated, SOURCE).detail(json!({
            "cases": case_ids,
            "sessions": sessions_written,
            "amendments": amendments,
            "concerns": concerns_written,
        })),
    )
    .await?;
    tx.commit().await?;
    created.cases += batch.len();
    created.amendments += amendments;
    created.concerns += concerns_written;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The report

fn report(created: &Created, data_dir: &Path, recovery: &Path, address: SocketAddr) -> String {
    let mut rows: Vec<[String; 4]> = vec![[
        "email".into(),
        "role".into(),
        "password".into(),
        "shows".into(),
    ]];
    for account in &created.accounts {
        rows.push([
            account.email.clone(),
            account
                .roles
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            account
                .password
                .clone()
                .unwrap_or_else(|| "(from standard input)".into()),
            account.note.to_owned(),
        ]);
    }
    let widths: Vec<usize> = (0..3)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut table = String::new();
    for row in &rows {
        table.push_str(&format!(
            "  {:<w0$}  {:<w1$}  {:<w2$}  {}\n",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
        ));
    }
    let [planned, in_progress, closed, submitted, signed_off] = created.sessions;
    format!(
        "A demonstration organisation was created in {dir}. Everything in it is fictional: never enter real people's details here.

{cases} cases ({closed_cases} closed), {sessions} sessions ({planned} planned, {in_progress} in progress, {closed} closed, {submitted} submitted, {signed_off} signed off; {amendments} amended after sign-off), {concerns} concerns.

Sign in with any of these accounts:

{table}
The demo's recovery key is in {recovery} (it opens every demo case).
Open http://{address}/ in a browser. To start again, stop the server and delete {dir}.",
        dir = data_dir.display(),
        cases = created.cases,
        closed_cases = created.closed_cases,
        sessions = created.session_count(),
        amendments = created.amendments,
        concerns = created.concerns,
        recovery = recovery.display(),
    )
}

// ---------------------------------------------------------------------------------------------
// Fictional content. Every name is invented; notes describe no real person or event.

fn pick<T: Copy>(rng: &mut StdRng, options: &[T]) -> T {
    *options
        .choose(rng)
        .expect("every list of templates has entries")
}

fn fill(template: &str, name: &str, stage: &str, module: &str, factor: &str) -> String {
    template
        .replace("{name}", name)
        .replace("{stage}", stage)
        .replace("{module}", module)
        .replace("{factor}", factor)
}

const GIVEN_NAMES: &[&str] = &[
    "Alexis", "Bailey", "Casey", "Darcy", "Eden", "Finley", "Harper", "Jude", "Kit", "Lennon",
    "Marlo", "Noel", "Oakley", "Peyton", "Quinn", "Reese", "Rowan", "Sasha", "Tate", "Wren",
    "Arlo", "Ellis", "Jesse", "Robin",
];

const FAMILY_NAMES: &[&str] = &[
    "Applethorne",
    "Brackenwhistle",
    "Cobblestead",
    "Dunmarrow",
    "Elderwick",
    "Fernhallow",
    "Gorsebury",
    "Hollowmere",
    "Inkwater",
    "Juniperside",
    "Kettlesworth",
    "Larkmoor",
    "Mossgrave",
    "Nettlecombe",
    "Oddingfield",
    "Pebblestone",
    "Quillmarsh",
    "Rushbottom",
    "Silverbirch",
    "Thistlewaite",
    "Umbergate",
    "Wickerfield",
    "Yarrowby",
    "Zephyrwood",
];

/// An invented person: name, date of birth, and a number in the setting's usual shape (prison
/// numbers like A1234BC, probation case reference numbers like X123456).
fn invent_person(rng: &mut StdRng, setting: Setting, today: NaiveDate) -> Details {
    const LETTERS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ";
    fn letter(rng: &mut StdRng) -> char {
        LETTERS[rng.random_range(0..LETTERS.len())] as char
    }
    let number = match setting {
        Setting::Custody => format!(
            "{}{:04}{}{}",
            letter(rng),
            rng.random_range(1000..10000),
            letter(rng),
            letter(rng)
        ),
        Setting::Community => format!("{}{:06}", letter(rng), rng.random_range(100_000..1_000_000)),
    };
    let age_days = rng.random_range(19 * 365..60 * 365);
    Details {
        name: format!("{} {}", pick(rng, GIVEN_NAMES), pick(rng, FAMILY_NAMES)),
        date_of_birth: today - Days::new(age_days),
        number,
        setting,
    }
}

fn places(setting: Setting) -> &'static [&'static str] {
    match setting {
        Setting::Custody => &[
            "Interview room 2, education block",
            "Chaplaincy side room",
            "Multi-faith room, ground floor",
            "Healthcare centre, consultation room 3",
        ],
        Setting::Community => &[
            "Probation office, interview room 4",
            "Approved premises, quiet room",
            "Community hub, small meeting room",
            "Probation office, room 1 (ground floor)",
        ],
    }
}

fn safety_notes(setting: Setting) -> &'static [&'static str] {
    match setting {
        Setting::Custody => &[
            "Room with a clear exit and a personal alarm. Wing officer told the start and finish times.",
            "Booked through the wing office; officer nearby throughout. Alarm checked before starting.",
            "Door window uncovered, alarm on belt, colleague in the next office knows the session is running.",
        ],
        Setting::Community => &[
            "Interview room beside reception; duty officer knows the start and finish times.",
            "Colleague in the building until the session ends; I will message them when I leave.",
            "Ground-floor room with a panic button; session kept within office hours.",
        ],
    }
}

const OPENING_NOTES: &[&str] = &[
    "{name} arrived on time and said the week had been 'up and down'. Sleep still poor but better than last month. No new worries about safety from either of us. Agreed to keep to the usual hour.",
    "Quick check-in. {name} had a visit from their sister at the weekend and seemed brighter for it. Asked again who reads these notes; I explained what is recorded and who can see it.",
    "{name} was quieter than usual and said they had fallen out with someone over a card game. We talked it through briefly; they said they felt safe and wanted to carry on.",
    "Started by going back over what we agreed last time. {name} had thought about it during the week and wanted to add something to their list of things that matter to them.",
    "{name} said they had been tired all week because of early starts at work. Happy to go ahead; we agreed to take a short break half way.",
];

const MIDDLE_NOTES: &[&str] = &[
    "We spent most of '{stage}' on how let down {name} felt by services when they were younger, and how that made some online groups feel welcoming at the time. I reflected back what I heard rather than arguing with it.",
    "'{stage}' was harder. {name} gave short answers at first, then opened up when we used the worksheet. They said they 'don't really believe all that any more' but still follow some of the same channels out of habit.",
    "In '{stage}', {name} named three people they trust: a cousin, a former football coach and an instructor in the workshop. None of them share the views {name} used to hold. Noted as possible support.",
    "'{stage}' went well. {name} compared how they saw things two years ago with now and said the biggest change was 'not needing an enemy to feel like I matter'. Agreed to come back to this.",
    "During '{stage}' {name} asked a lot about why I was asking these questions. I explained the purpose again and that they could decline any question; they engaged more after that.",
    "{name} talked about a friend who was drawn into the same group and is now out of contact. They were upset. We paused for a few minutes and carried on with '{stage}' when they were ready.",
    "'{stage}': used the scaling exercise. {name} put their confidence about staying away from old contacts at 6 out of 10, up from 4 at the start of the work.",
    "In '{stage}' {name} challenged some of the material as 'one-sided'. We discussed it calmly; they accepted that people can disagree without it becoming about us and them.",
    "'{stage}': {name} described the routine that helps them most (gym, phone call home, course work) and what knocks it off track. Clear, thoughtful answers.",
];

const CLOSING_STAGE_NOTES: &[&str] = &[
    "Summarised the session together. {name} chose one thing to try before next time: writing down a moment they felt angry and what they did with it.",
    "Closed by agreeing the date of the next session. {name} said the session had been 'better than expected'.",
    "We recapped the main points and {name} put the summary in their own words. No concerns about their wellbeing at the end.",
    "Ended on what {name} is looking forward to this month. They asked for a copy of the worksheet, which I will bring next time.",
];

const SUMMARIES: &[&str] = &[
    "{module}: {name} engaged well throughout and reflected on how their views have changed. Main themes were belonging and being treated with respect. No new risk information.",
    "{module}: a mixed session. {name} was guarded at the start and more open by the end, linking past involvement to a lonely period after losing their job.",
    "{module}: all stages completed. {name} named family contact and their education course as reasons to keep moving forward.",
    "{module}: shorter than planned because of a clash with another appointment. Main stages covered; {name} asked to return to the last one next time.",
    "{module}: {name} was reflective and spoke about wanting to be a good example for a younger brother.",
];

const ACTIONS: &[&str] = &[
    "Share the session summary with the offender manager. {name} to think of one person they could talk to when things get difficult.",
    "Book the next session. Ask education whether {name} can join the next course intake.",
    "{name} to keep a short diary of moments they felt unfairly treated, to look at together next time.",
    "Ask my supervisor whether to bring the next module forward.",
    "None beyond booking the next session.",
];

const EVIDENCE_NOTES: &[&str] = &[
    "{factor}: in '{stage}' {name} described this directly and gave a recent example.",
    "{factor}: mentioned in passing and not explored yet. Revisit next session before rating.",
    "{factor}: {name} spoke about this as something that has changed for the better over the last year.",
    "{factor}: came up when we talked about people {name} trusts; clear and consistent with earlier sessions.",
];

const AMENDMENTS: &[&str] = &[
    "Correction: the next session date in the actions was wrong; it is the following week. Nothing else changed.",
    "Added after sign-off: {name} later told me the relative mentioned in the stage notes is an uncle, not a cousin. The notes are otherwise accurate.",
    "Clarification asked for by my supervisor: 'old contacts' means people from the online group, not friends from school.",
];

fn concern_texts(setting: Setting) -> &'static [(&'static str, &'static str)] {
    match setting {
        Setting::Custody => &[
            (
                "{name} said another prisoner on the wing had been showing them videos from a group they used to follow and asking them to 'come back'. {name} said they refused.",
                "Thanked {name} for telling me and explained I had to pass it on. Submitted an intelligence report to the security department the same day and told my supervisor by phone.",
            ),
            (
                "{name} became angry talking about a news story and said some people 'deserve what's coming to them'. They calmed down and said they did not mean it literally.",
                "Wrote down their words exactly, checked they were settled before ending, and discussed it with my supervisor straight after the session.",
            ),
        ],
        Setting::Community => &[
            (
                "{name} said someone from their old online network had contacted them through a new social media account and invited them to a meeting.",
                "Advised {name} not to reply or attend. Informed the offender manager and the local Prevent lead the same day, and told my supervisor.",
            ),
            (
                "{name} said a resident at the approved premises had been handing out leaflets from a group {name} used to be involved with.",
                "Told the approved premises manager and the offender manager the same afternoon, and logged it with my supervisor.",
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_cases_tell_every_story_and_the_untrained_case_comes_eighth() {
        let plans = plan_cases(DEFAULT_CASES as usize);
        assert_eq!(plans[7].story, None);
        assert_eq!(plans[7].worker, 2);
        for story in STORIES {
            assert!(plans.iter().any(|p| p.story == Some(story)), "{story:?}");
        }
        // The first five already reach planned, in progress, closed, submitted and signed off.
        let first: Vec<Option<Story>> = plans[..5].iter().map(|p| p.story).collect();
        assert_eq!(
            first,
            STORIES[..5].iter().copied().map(Some).collect::<Vec<_>>()
        );
        assert!(
            plans
                .iter()
                .filter(|p| p.story.is_some())
                .all(|p| p.worker < 2)
        );
    }

    #[test]
    fn generated_passwords_meet_the_policy_and_differ() {
        let (a, _) = generate_password(&["Jordan Fernsby", "facilitator@demo.invalid"]);
        let (b, _) = generate_password(&[]);
        assert_ne!(a, b);
        assert_eq!(a.chars().count(), 19);
        assert!(NewPassword::parse(&a, &a, &[]).is_ok());
    }

    #[test]
    fn training_levels_meet_or_miss_the_built_in_rule_as_intended() {
        let toolkit = Toolkit::builtin().unwrap();
        let training = &toolkit.content(toolkit.source_language).training;
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let groups: Vec<String> = training
            .staff_groups
            .iter()
            .map(|g| g.id.get_ref().clone())
            .collect();
        for group in &groups {
            let rule = |trained| {
                let records = training_records(training, Some(group), trained, today);
                training::status::facilitation_on(training, Some(group), &records, today)
            };
            assert!(rule(Trained::Current).allowed, "{group}");
            assert!(rule(Trained::DueSoon).allowed, "{group}");
            assert!(!rule(Trained::Lapsed).allowed, "{group}");
            assert!(!rule(Trained::Prerequisite).allowed, "{group}");
            let records = training_records(training, Some(group), Trained::DueSoon, today);
            let states = training::status::evaluate_all(training, Some(group), &records, today);
            assert!(
                states.iter().any(|s| s.status == training::Status::DueSoon),
                "{group}"
            );
            // A year back (the oldest demo sessions), the rule was met too.
            let year_ago = today - Days::new(300);
            let past = training::status::facilitation_on(training, Some(group), &records, year_ago);
            assert!(past.allowed, "{group}");
        }
    }
}
