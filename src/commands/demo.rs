//! `dialogues demo`: a demonstration organisation full of fictional work, served at once, so a
//! newcomer can see the product in a minute and a benchmark can have as many cases as it needs.
//!
//! What it makes, in a data directory of its own (`demo-data` unless `--data` says otherwise):
//!
//! - one account per role, each email address naming its role (`administrator@demo.invalid`,
//!   `supervisor@…`, `training-manager@…`, `facilitator@…`, `facilitator2@…`), both
//!   facilitators supervised by the supervisor, plus `facilitator-untrained@…`, whose training
//!   does not meet the toolkit's facilitation rule, so the training gate can be seen, and
//!   `supervisor2@…`, who supervises no one now but covered the supervisor's leave;
//! - one **cover** (`/admin/cover`): the second supervisor covered the supervisor's three weeks
//!   of leave, which ended seven weeks ago. It is arranged as the cover page arranges it; a
//!   running cover would change who reads what, so the demo never makes one;
//! - **supervision records** (`/supervision`, `/supervision/mine`): meetings about every four
//!   weeks over the last four months between the supervisor and each trained facilitator, one
//!   of them held by the covering supervisor during the leave. Each names one or two of that
//!   facilitator's cases open on the day, by reference only, with reflective notes, wellbeing
//!   and the support agreed. Against the default frequency (28 days) `facilitator@` is up to
//!   date and `facilitator2@` overdue, so the flag shows; the untrained facilitator has none
//!   ("Due");
//! - training records from the toolkit's own requirements: the two facilitators (and the
//!   supervisor) meet the rule (one with a course due soon), the third has a course that ran out;
//! - `--cases N` fictional cases in both settings, with sessions in every state (planned, in
//!   progress, closed, submitted, signed off, signed off with an amendment), notes in every
//!   section, a few concerns (open and acknowledged), and closed cases. Module, stage and
//!   formulation factor ids come from the loaded toolkit, never from this file;
//! - structured formulations on about three cases in four that have sessions, every framework
//!   factor rated from the toolkit's scale with evidence and sources (citing the closed sessions
//!   that tagged it), a judgement per domain, a summary and a management plan, and on some
//!   cases one "other factor" (`other-1`). Their versions show every state: a first version
//!   drafted, one awaiting the supervisor's review, one returned with the supervisor's comment,
//!   and signed-off versions (by the demo supervisor) followed by a revision copied from them
//!   (`based_on`) with a few ratings changed and the significant changes written, as a draft,
//!   submitted, or (on closed cases) signed off too, so the compare page and the ratings chart
//!   have something to show. Scale, domain and factor ids come from the loaded toolkit;
//! - **session review** beyond sign-offs (`review_story`): on about one case in twenty (the
//!   first of the default eight) the latest session before the planned one was returned for
//!   changes, with a comment on one stage and the reason, and waits in the facilitator's
//!   "Returned to you"; about one session awaiting review in four (in the default eight, the
//!   one that has waited least) has a comment on a stage and one on the whole session; and
//!   half the closed cases' last session kept the comment made before it was signed off.
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
//! **Writing in bulk, and its audit.** The organisation, the accounts, the training records and
//! the cover go through the same functions as `init`, `user add`, the training pages and the
//! cover page, so they are audited entry by entry. Cases, sessions, review comments and returns,
//! amendments, concerns, formulations and supervision records are written
//! with the feature store functions, many cases per write transaction, already in their final
//! state and with their dates in the past (no user did this work, and 100,000 sessions one
//! transaction each would take far too long). Each such transaction appends **one
//! `demo-created` audit entry** (actor: the command line) naming the cases it wrote and
//! counting the rest, in the same transaction. We do not fabricate `session-planned`,
//! `session-signed-off`, `session-returned`, `formulation-signed-off`,
//! `supervision-record-saved`, … entries attributed to demo users: the
//! chain records what happened, and what happened is that the command line generated this data.
//! The records themselves are sealed exactly as the features seal them (same kinds, bindings
//! and case keys), so every page, export and `recover` reads them.
//!
//! **Formulations** are built with the case (in `build_formulations`, on the same worker
//! threads that seal the sessions, each version sealed with `formulations::binding` at its row's
//! version under the case key) and written with the case in `write_batch`.
//!
//! **Review comments and returns** are built with the case too (`build_review`): each comment
//! and each return's reason is a `review_comments` row sealed to the case key with
//! `sessions::comment_binding` and its session, stage and kind beside the text, exactly as
//! `sessions::comment` and `sessions::review` seal them; a return is stored with the review
//! feature's own `write_review_step` (`returned_at` on the closed session). They are counted in
//! their batch's `demo-created` entry.
//!
//! **Supervision records** name the facilitators' cases by reference, which exist only once the
//! cases are written, so they are written last (`write_supervision`), sealed as the supervision
//! feature seals them (`records::binding`, `crypto::seal_to_each` to the supervisor's and the
//! supervisee's own keys, never the recovery key), in one transaction with one more
//! `demo-created` entry naming them. The cover goes through `cover::arrange` with the accounts
//! (audited `cover-set`, by the command line).

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
use crate::cover::{self, NewCover};
use crate::crypto::{self, KeyPair};
use crate::db::{DATABASE_FILE, Database};
use crate::formulations;
use crate::formulations::document::{FactorEntry, FormulationDoc, OtherFactor, Review};
use crate::formulations::store::{FormulationRow, Status as FormulationStatus};
use crate::second_rating;
use crate::second_rating::document::SecondRatingDoc;
use crate::second_rating::store::{SecondRatingRow, Status as SecondRatingStatus};
use crate::sessions::gate::{Snapshot, SnapshotLine};
use crate::sessions::notes::{Closing, Engagement, Evidence, Plan, Section, SessionNotes};
use crate::sessions::store::{AmendmentRow, CommentKind, CommentRow, SessionRow, Status};
use crate::sessions::{self, Amendment, Comment};
use crate::startup::Application;
use crate::supervision::records::{self, RecordBody, Standing};
use crate::supervision::store::RecordRow;
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
/// The frequency of supervision the demo is served with (`serve`'s default: the demo reads no
/// `DIALOGUES_*` variable), against which one facilitator is up to date and the other overdue.
const SUPERVISION_EVERY_DAYS: u32 = crate::config::DEFAULT_SUPERVISION_EVERY_DAYS;
/// Why the supervisor was covered.
const COVER_REASON: &str =
    "Annual leave (three weeks). Urgent questions about concerns to the covering supervisor.";
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
    /// Formulation versions per status, in [`FormulationStatus::ALL`] order.
    pub formulations: [usize; 4],
    /// Cases with a formulation.
    pub formulation_cases: usize,
    /// Versions copied from a signed-off version (`based_on`).
    pub revisions: usize,
    /// Signed-off versions the supervisor rated blind before signing them off.
    pub second_ratings: usize,
    /// Sessions returned to their facilitator for changes, each with the reason.
    pub returned_sessions: usize,
    /// Supervisors' review comments on sessions (on a stage or the whole session; the returns'
    /// reasons not counted).
    pub review_comments: usize,
    /// Supervision records written.
    pub supervision_records: usize,
    /// Each facilitator's name and where they stand today against the default frequency of
    /// supervision ([`crate::config::DEFAULT_SUPERVISION_EVERY_DAYS`]).
    pub supervision: Vec<(String, Standing)>,
    /// Covers arranged (all of them ended).
    pub covers: usize,
}

impl Created {
    pub fn session_count(&self) -> usize {
        self.sessions.iter().sum()
    }

    pub fn formulation_count(&self) -> usize {
        self.formulations.iter().sum()
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
        covering,
    } = create_staff(db, toolkit, recovery, &passwords, today).await?;
    let mut created = Created {
        accounts,
        covers: usize::from(covering.is_some()),
        ..Created::default()
    };
    let context = Arc::new(Context::new(db, toolkit, supervisor, workers, today).await?);
    let plans = plan_cases(cases as usize);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut chunks = plans.chunks(BATCH).map(<[CasePlan]>::to_vec);
    let mut pending = VecDeque::new();
    // A few of each facilitator's cases, for their supervision records to discuss.
    let mut discussable: HashMap<String, Vec<Discussable>> = HashMap::new();
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
        write_batch(db, &built, &mut created, &mut discussable).await?;
        if created.cases % 1000 < BATCH && cases as usize > BATCH {
            tracing::info!(cases = created.cases, of = cases, "demo cases written");
        }
    }
    write_supervision(db, &context, covering.as_ref(), &discussable, &mut created).await?;
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
            note: "reviews and signs off both facilitators' sessions, sees concerns, records supervision (one facilitator overdue)",
        },
        Person {
            local: "supervisor2",
            name: "Rhian Copperwell",
            roles: &[Role::Supervisor],
            supervised: false,
            trained: Trained::Current,
            group: 1,
            team: "Riverside probation (demo)",
            caseload: None,
            note: "covered the supervisor's leave (the cover has ended): supervises no one now",
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
    /// Their full name (the supervision records call them by their first name).
    name: &'static str,
    staff_group: Option<String>,
    records: Vec<Record>,
    setting: Setting,
    caseload: Caseload,
}

struct Staff {
    accounts: Vec<DemoAccount>,
    supervisor: UserId,
    workers: Vec<Worker>,
    /// The second supervisor, who covered the first one's leave (the cover has ended).
    covering: Option<UserId>,
}

/// The organisation, the accounts (key derivation at most one per core at once), their
/// training, and the ended cover for the supervisor's leave, through the same functions as
/// `init`, `user add`, the training pages and the cover page.
///
/// The supervision records between the supervisors and the facilitators name the facilitators'
/// cases, so they are written after the cases ([`write_supervision`]).
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
    let mut covering = None;
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
        if person.roles.contains(&Role::Supervisor) {
            if supervisor.is_none() {
                supervisor = Some(id.clone());
            } else if covering.is_none() {
                covering = Some(id.clone());
            }
        }
        if let Some(caseload) = person.caseload {
            workers.push(Worker {
                id: id.to_string(),
                name: person.name,
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
    let supervisor = supervisor.ok_or_else(|| CommandError::Demo("no supervisor".into()))?;
    // The supervisor's leave, covered by the second supervisor: arranged as the cover page
    // does (audited `cover-set`), already over, so today nobody sees more than their own.
    if let Some(covering) = &covering {
        let (starts_on, ends_on) = cover_dates(today, SUPERVISION_EVERY_DAYS);
        cover::arrange(
            db,
            &by,
            &NewCover {
                absent: supervisor.clone(),
                covering: covering.clone(),
                starts_on,
                ends_on,
                reason: COVER_REASON.to_owned(),
            },
        )
        .await?;
    }
    Ok(Staff {
        accounts: accounts_out,
        supervisor,
        workers,
        covering,
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

/// Where a point of the formulation scale sits, as the demo's writing needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// The lowest ranked point.
    Low,
    /// Any ranked point between the lowest and the highest.
    Middle,
    /// The highest ranked point.
    High,
    /// A point without a rank ("not enough information").
    Unknown,
}

/// A point of the toolkit's formulation scale.
struct ScalePlan {
    id: String,
    label: String,
    level: Level,
}

/// A domain of the toolkit's formulation framework with its factor ids, in framework order.
struct DomainPlan {
    id: String,
    factors: Vec<String>,
}

/// What every case builder shares (read-only, across threads).
struct Context {
    today: NaiveDate,
    now: DateTime<Utc>,
    training: Training,
    modules: Vec<ModulePlan>,
    factor_names: HashMap<String, String>,
    /// The formulation scale (empty: the demo makes no formulations).
    scale: Vec<ScalePlan>,
    /// The framework's domains and factors, in framework order.
    framework: Vec<DomainPlan>,
    /// Whether the framework lets facilitators add their own factors.
    other_factors: bool,
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
        let (scale, framework) = formulation_plan(content);
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
            scale,
            framework,
            other_factors: content.framework.other_factors.allowed,
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

/// The toolkit's formulation scale (each point placed by its rank) and its framework's domains
/// with their factors, in framework order.
fn formulation_plan(content: &crate::toolkit::Content) -> (Vec<ScalePlan>, Vec<DomainPlan>) {
    let points = content.framework.scale.get_ref();
    let ranks: Vec<u32> = points.iter().filter_map(|p| p.rank).collect();
    let (lowest, highest) = (ranks.iter().min(), ranks.iter().max());
    let scale = points
        .iter()
        .map(|p| ScalePlan {
            id: p.id.get_ref().clone(),
            label: p.label.clone(),
            level: match p.rank {
                None => Level::Unknown,
                Some(rank) if lowest != highest && Some(&rank) == lowest => Level::Low,
                Some(rank) if lowest != highest && Some(&rank) == highest => Level::High,
                Some(_) => Level::Middle,
            },
        })
        .collect();
    let framework = content
        .framework
        .domains
        .get_ref()
        .iter()
        .map(|d| DomainPlan {
            id: d.id.get_ref().clone(),
            factors: content
                .domains
                .iter()
                .filter(|f| f.domain.get_ref() == d.id.get_ref())
                .flat_map(|f| f.factors.get_ref().iter().map(|f| f.id.get_ref().clone()))
                .collect(),
        })
        .collect();
    (scale, framework)
}

/// One case, built and sealed, ready to write.
struct BuiltCase {
    /// Its reference is given when it is written (it must be unique in the database).
    case: CaseRow,
    sealed_details: Vec<u8>,
    grants: Vec<Grant>,
    sessions: Vec<SessionRow>,
    amendments: Vec<AmendmentRow>,
    concerns: Vec<ConcernRow>,
    /// The case's formulation versions, oldest first (a revision after the version it copies).
    formulations: Vec<FormulationRow>,
    /// Blind second ratings of those versions, each written after its version.
    second_ratings: Vec<SecondRatingRow>,
    /// Sessions returned for changes.
    returned: Returns,
    /// Supervisors' review comments and returns' reasons, oldest first.
    comments: Vec<CommentRow>,
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
    /// Closed, submitted, then returned for changes by the supervisor (status `Closed`).
    returned: bool,
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

    let mut sessions_plan = plan_sessions(&mut rng, context, plan.story, today);
    if review_story(plan) == Some(ReviewStory::Returned)
        && let Some(last) = sessions_plan
            .iter_mut()
            .rev()
            .find(|s| s.status == Status::SignedOff)
    {
        // The latest session before the planned one went back for changes instead.
        last.status = Status::Closed;
        last.returned = true;
    }
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
        key_rotation_due: false,
    };
    let sealed_details = crypto::seal(&cases::details_binding(&case), &person, &case.public_key)?;

    let mut sessions = Vec::with_capacity(sessions_plan.len());
    // Per session: the factors its closing tagged as evidence.
    let mut tagged = Vec::with_capacity(sessions_plan.len());
    let mut next_session_on = None;
    for (position, session) in sessions_plan.iter().enumerate() {
        let following = sessions_plan.get(position + 1).map(|s| s.day);
        let (row, next, factors) = build_session(
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
        tagged.push(factors);
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

    let (formulations, second_ratings) = build_formulations(
        context,
        &mut rng,
        plan,
        worker,
        &case,
        &first_name,
        &sessions,
        &tagged,
    )?;

    let (returned, comments) = build_review(
        context,
        &mut rng,
        plan,
        &case,
        &first_name,
        &sessions_plan,
        &sessions,
    )?;
    Ok(BuiltCase {
        case,
        sealed_details,
        grants,
        sessions,
        amendments,
        concerns: concerns_out,
        formulations,
        second_ratings,
        returned,
        comments,
    })
}

/// What a supervisor's review left on a case besides sign-offs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReviewStory {
    /// The latest session before the planned one was returned for changes: a comment on one
    /// stage, then the reason. It waits in the facilitator's "Returned to you".
    Returned,
    /// The session awaiting review has a comment on one stage and one on the whole session.
    Commented,
    /// The last session, signed off, kept the comment made on it before the sign-off.
    CommentKept,
}

/// Which cases show returns and comments: the first of every three rounds of the stories
/// returns a `NextPlanned` case's latest session (about one case in twenty), and the first of
/// every two comments on an `AwaitingReview` case's session and on a closed case's last one.
/// The default eight cases show all three.
fn review_story(plan: &CasePlan) -> Option<ReviewStory> {
    let round = plan.nth / STORIES.len();
    match plan.story? {
        Story::NextPlanned if round.is_multiple_of(3) => Some(ReviewStory::Returned),
        Story::AwaitingReview if round.is_multiple_of(2) => Some(ReviewStory::Commented),
        Story::Finished if round.is_multiple_of(2) => Some(ReviewStory::CommentKept),
        _ => None,
    }
}

/// Sessions returned for changes: (index into the case's sessions, when it was returned).
type Returns = Vec<(usize, String)>;

/// A time `minutes` after (or before) a stored one.
fn shifted(at: &str, minutes: i64) -> Result<DateTime<Utc>, CommandError> {
    let at = DateTime::parse_from_rfc3339(at)
        .map_err(|e| CommandError::Demo(format!("a demo time did not parse: {e}")))?;
    Ok(at.with_timezone(&Utc) + chrono::Duration::minutes(minutes))
}

fn time_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The returns and review comments of a case (see [`review_story`]): which session was
/// returned and when, and the comments, each sealed as `sessions::comment` and
/// `sessions::review` seal them.
fn build_review(
    context: &Context,
    rng: &mut StdRng,
    plan: &CasePlan,
    case: &CaseRow,
    name: &str,
    sessions_plan: &[SessionPlan],
    sessions: &[SessionRow],
) -> Result<(Returns, Vec<CommentRow>), CommandError> {
    let (mut returned, mut comments) = (Vec::new(), Vec::new());
    let Some(story) = review_story(plan) else {
        return Ok((returned, comments));
    };
    let found = sessions_plan.iter().rposition(|s| match story {
        ReviewStory::Returned => s.returned,
        ReviewStory::Commented => s.status == Status::Submitted,
        ReviewStory::CommentKept => s.status == Status::SignedOff,
    });
    let Some(position) = found else {
        return Ok((returned, comments));
    };
    let (session, row) = (&sessions_plan[position], &sessions[position]);
    let module = &context.modules[session.module];
    let stage = &module.stages[module.stages.len() / 2];
    let supervisor = context.supervisor_id.as_str();
    let mut comment = |stage: Option<&str>, kind, texts: &[&str], at: DateTime<Utc>| {
        let text = fill(
            pick(rng, texts),
            name,
            stage_title(module, stage),
            &module.title,
            "",
        );
        review_comment(case, row, supervisor, stage, kind, text, time_text(at))
    };
    match story {
        ReviewStory::Returned => {
            // Read and commented on a stage, then returned with the reason.
            let at = row.updated_at.clone();
            comments.push(comment(
                Some(&stage.id),
                CommentKind::Comment,
                STAGE_COMMENTS,
                shifted(&at, -25)?,
            )?);
            comments.push(comment(
                None,
                CommentKind::Return,
                RETURN_REASONS,
                shifted(&at, 0)?,
            )?);
            returned.push((position, at));
        }
        ReviewStory::Commented => {
            // Read the day after it was submitted; not yet signed off.
            let submitted = row.submitted_at.as_deref().unwrap_or(&row.updated_at);
            let first = shifted(submitted, 25 * 60)?.min(context.now - chrono::Duration::hours(1));
            comments.push(comment(
                Some(&stage.id),
                CommentKind::Comment,
                STAGE_COMMENTS,
                first,
            )?);
            comments.push(comment(
                None,
                CommentKind::Comment,
                SESSION_COMMENTS,
                first + chrono::Duration::minutes(20),
            )?);
        }
        ReviewStory::CommentKept => {
            let signed = row.signed_off_at.as_deref().unwrap_or(&row.updated_at);
            comments.push(comment(
                None,
                CommentKind::Comment,
                KEPT_COMMENTS,
                shifted(signed, -30)?,
            )?);
        }
    }
    Ok((returned, comments))
}

/// A stage's title in its module (empty for none or an unknown id).
fn stage_title<'m>(module: &'m ModulePlan, stage: Option<&str>) -> &'m str {
    module
        .stages
        .iter()
        .find(|s| Some(s.id.as_str()) == stage)
        .map_or("", |s| s.title.as_str())
}

/// A review comment (or a return's reason) on a session, sealed to the case key with
/// [`sessions::comment_binding`] and where it belongs beside the text, as the review feature
/// seals it.
fn review_comment(
    case: &CaseRow,
    session: &SessionRow,
    author: &str,
    stage: Option<&str>,
    kind: CommentKind,
    text: String,
    at: String,
) -> Result<CommentRow, CommandError> {
    let mut row = CommentRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: case.id.clone(),
        session_id: session.id.clone(),
        stage_id: stage.map(str::to_owned),
        author_id: author.to_owned(),
        created_at: at,
        kind: kind.id().to_owned(),
        body: Vec::new(),
    };
    row.body = crypto::seal(
        &sessions::comment_binding(&row),
        &Comment {
            session_id: row.session_id.clone(),
            stage_id: row.stage_id.clone(),
            kind: row.kind.clone(),
            text,
        },
        &case.public_key,
    )?;
    Ok(row)
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
            returned: false,
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
            returned: false,
        });
    }
    out
}

/// One session row with its notes sealed, in its final state; the next-session date its
/// closing set, if any; and the formulation factors its closing tagged as evidence.
fn build_session(
    context: &Context,
    rng: &mut StdRng,
    worker: &Worker,
    case: &CaseRow,
    name: &str,
    plan: &SessionPlan,
    following: Option<NaiveDate>,
) -> Result<(SessionRow, Option<NaiveDate>, Vec<String>), CommandError> {
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
    let mut tagged = Vec::new();
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
            tagged = closing.evidence.iter().map(|e| e.factor.clone()).collect();
            edit(&mut notes, Section::Closing, &|n: &mut SessionNotes| {
                n.closing = Some(closing.clone())
            });
            row.closed_at = Some(timestamp(plan.day, 11, 5 + start_minute));
            next = Some(next_on);
        }
        if matches!(plan.status, Status::Submitted | Status::SignedOff) || plan.returned {
            row.submitted_at = Some(timestamp(plan.day + Days::new(1), 9, start_minute));
        }
        if plan.status == Status::SignedOff {
            let day = (plan.day + Days::new(3)).min(today - Days::new(1));
            row.signed_off_at = Some(timestamp(day, 14, start_minute));
            row.signed_off_by = Some(context.supervisor_id.clone());
        }
    }
    row.version = version;
    // A returned session was last changed by its return (`build_review` reads it from here).
    let returned_at = plan.returned.then(|| {
        let day = (plan.day + Days::new(3))
            .min(today - Days::new(1))
            .max(plan.day + Days::new(1));
        timestamp(day, 15, rng.random_range(0..60))
    });
    row.updated_at = [
        &returned_at,
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
    Ok((row, next, tagged))
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
// Formulations

/// How a case's formulation stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormulationStory {
    /// A first version being drafted.
    Draft,
    /// A first version awaiting the supervisor's review.
    Submitted,
    /// A first version the supervisor returned with a comment.
    Returned,
    /// A first version, signed off.
    SignedOff,
    /// A signed-off first version and a revision being drafted from it.
    RevisionDraft,
    /// A signed-off first version and a revision awaiting review.
    RevisionSubmitted,
    /// A signed-off first version and a signed-off revision (closed cases).
    RevisedAndSignedOff,
}

impl FormulationStory {
    /// The state of the first version, and of the revision if there is one.
    fn statuses(self) -> (FormulationStatus, Option<FormulationStatus>) {
        use FormulationStatus as S;
        match self {
            Self::Draft => (S::Draft, None),
            Self::Submitted => (S::Submitted, None),
            Self::Returned => (S::Returned, None),
            Self::SignedOff => (S::SignedOff, None),
            Self::RevisionDraft => (S::SignedOff, Some(S::Draft)),
            Self::RevisionSubmitted => (S::SignedOff, Some(S::Submitted)),
            Self::RevisedAndSignedOff => (S::SignedOff, Some(S::SignedOff)),
        }
    }
}

/// Which cases have a formulation and how far it has gone. A new case (no closed session yet)
/// and the untrained facilitator's cases have none; a closed case's versions are all signed
/// off; the others cycle (six against the seven session stories, so every pairing occurs)
/// through every state, one in six without a formulation yet. The first six cases with sessions
/// already show a draft, a submission, a return, sign-offs and revisions.
fn formulation_story(plan: &CasePlan) -> Option<FormulationStory> {
    match plan.story? {
        Story::New => None,
        Story::Finished if plan.nth.is_multiple_of(2) => {
            Some(FormulationStory::RevisedAndSignedOff)
        }
        Story::Finished => Some(FormulationStory::SignedOff),
        _ => match plan.nth % 6 {
            0 => Some(FormulationStory::RevisionDraft),
            1 => Some(FormulationStory::Submitted),
            2 => Some(FormulationStory::Returned),
            3 => Some(FormulationStory::RevisionSubmitted),
            4 => Some(FormulationStory::Draft),
            _ => None,
        },
    }
}

/// A closed session as a formulation cites it.
struct ClosedSession<'a> {
    id: &'a str,
    module: &'a str,
    closed_at: DateTime<Utc>,
    /// The factors its closing tagged as evidence.
    factors: &'a [String],
}

/// Hands out the times of a formulation's steps: each on the day asked for (never after
/// yesterday), and always after the step before.
struct Clock {
    last: DateTime<Utc>,
    latest_day: NaiveDate,
}

impl Clock {
    fn at(&mut self, rng: &mut StdRng, day: NaiveDate, hour: u32) -> String {
        let wanted = day
            .min(self.latest_day)
            .and_hms_opt(hour, rng.random_range(0..60), 0)
            .unwrap_or_default()
            .and_utc();
        self.last = wanted.max(self.last + chrono::Duration::minutes(20));
        self.last.to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    fn day(&self) -> NaiveDate {
        self.last.date_naive()
    }
}

/// When one version was started, last written, submitted and reviewed.
struct VersionTimes {
    created: String,
    written: String,
    submitted: Option<String>,
    reviewed: Option<String>,
}

/// The steps of a version in `status`, from the day after `after`.
fn version_times(
    rng: &mut StdRng,
    clock: &mut Clock,
    after: NaiveDate,
    status: FormulationStatus,
) -> VersionTimes {
    let created = clock.at(rng, after + Days::new(1), 13);
    let written = clock.at(rng, after + Days::new(2), 16);
    let submitted =
        (status != FormulationStatus::Draft).then(|| clock.at(rng, after + Days::new(4), 10));
    let reviewed = matches!(
        status,
        FormulationStatus::Returned | FormulationStatus::SignedOff
    )
    .then(|| clock.at(rng, after + Days::new(6), 14));
    VersionTimes {
        created,
        written,
        submitted,
        reviewed,
    }
}

/// The case's formulation versions (none for some cases), each sealed as the formulation
/// feature seals it: one document per version under the case key, bound to its row.
#[allow(clippy::too_many_arguments)]
fn build_formulations(
    context: &Context,
    rng: &mut StdRng,
    plan: &CasePlan,
    worker: &Worker,
    case: &CaseRow,
    name: &str,
    sessions: &[SessionRow],
    tagged: &[Vec<String>],
) -> Result<(Vec<FormulationRow>, Vec<SecondRatingRow>), CommandError> {
    let Some(story) = formulation_story(plan) else {
        return Ok((Vec::new(), Vec::new()));
    };
    if context.scale.is_empty() || context.framework.iter().all(|d| d.factors.is_empty()) {
        return Ok((Vec::new(), Vec::new()));
    }
    let closed: Vec<ClosedSession<'_>> = sessions
        .iter()
        .zip(tagged)
        .filter_map(|(row, factors)| {
            let closed_at = DateTime::parse_from_rfc3339(row.closed_at.as_deref()?).ok()?;
            Some(ClosedSession {
                id: &row.id,
                module: &row.module_id,
                closed_at: closed_at.with_timezone(&Utc),
                factors,
            })
        })
        .collect();
    let (first_status, second_status) = story.statuses();
    // The first version draws on the sessions closed before it; a revision on the rest too.
    let first_cut = if second_status.is_some() {
        closed.len().div_ceil(2)
    } else {
        closed.len()
    };
    let Some(cut) = first_cut.checked_sub(1).and_then(|i| closed.get(i)) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let mut clock = Clock {
        last: cut.closed_at,
        latest_day: context.today - Days::new(1),
    };
    let times = version_times(rng, &mut clock, cut.closed_at.date_naive(), first_status);
    let mut doc = first_formulation(context, rng, plan, name, &closed[..first_cut]);
    if let Some(at) = &times.reviewed {
        let signed_off = first_status == FormulationStatus::SignedOff;
        let comments = if signed_off {
            SIGN_OFF_COMMENTS
        } else {
            RETURN_COMMENTS
        };
        doc.reviews.push(Review {
            by: context.supervisor_id.clone(),
            at: at.clone(),
            signed_off,
            comment: pick(rng, comments).to_owned(),
        });
    }
    let blind = match (&times.submitted, &times.reviewed) {
        (Some(submitted), Some(reviewed)) if first_status == FormulationStatus::SignedOff => {
            Some((submitted.clone(), reviewed.clone()))
        }
        _ => None,
    };
    let first = version_row(context, worker, case, 1, first_status, None, times, &doc)?;
    let mut second_ratings = Vec::new();
    if let Some((started, finished)) = blind {
        second_ratings.push(second_rating_row(
            context, plan, case, &first, &doc, started, finished,
        )?);
    }
    let Some(second_status) = second_status else {
        return Ok((vec![first], second_ratings));
    };
    let last_closed = closed.last().map_or(cut.closed_at, |s| s.closed_at);
    let after = clock.day().max(last_closed.date_naive());
    clock.last = clock.last.max(last_closed);
    let times = version_times(rng, &mut clock, after, second_status);
    let mut next = revise(context, rng, name, &doc, &closed, first_cut);
    if let Some(at) = &times.reviewed {
        next.reviews.push(Review {
            by: context.supervisor_id.clone(),
            at: at.clone(),
            signed_off: true,
            comment: pick(rng, SIGN_OFF_COMMENTS).to_owned(),
        });
    }
    let second = version_row(
        context,
        worker,
        case,
        2,
        second_status,
        Some(first.id.clone()),
        times,
        &next,
    )?;
    Ok((vec![first, second], second_ratings))
}

/// The supervisor's blind second rating of a signed-off version, made between its submission
/// and the sign-off, sealed as the second rating feature seals it: every framework factor
/// rated, mostly as the facilitator rated it (the demo's own random stream, so the rest of the
/// demo is the same with or without it).
fn second_rating_row(
    context: &Context,
    plan: &CasePlan,
    case: &CaseRow,
    version: &FormulationRow,
    facilitator_doc: &FormulationDoc,
    started: String,
    submitted: String,
) -> Result<SecondRatingRow, CommandError> {
    let mut rng = StdRng::seed_from_u64(0x5ec0_0000 ^ plan.index as u64);
    let mut doc = SecondRatingDoc::new(&version.id, version.number);
    for factor in context.framework.iter().flat_map(|d| &d.factors) {
        let theirs = facilitator_doc
            .factors
            .get(factor)
            .and_then(|entry| entry.rating.clone());
        let mine = match &theirs {
            Some(rating) if rng.random_bool(0.75) => rating.clone(),
            _ => context
                .scale
                .choose(&mut rng)
                .expect("formulations are built only with a scale")
                .id
                .clone(),
        };
        doc.ratings.insert(factor.clone(), mine);
        if let Some(rating) = theirs {
            doc.facilitator.insert(factor.clone(), rating);
        }
    }
    let mut row = SecondRatingRow {
        id: uuid::Uuid::new_v4().to_string(),
        formulation_id: version.id.clone(),
        case_id: case.id.clone(),
        rater_id: context.supervisor_id.clone(),
        status: SecondRatingStatus::Submitted.id().to_owned(),
        document: Vec::new(),
        version: 1,
        started_at: started,
        updated_at: submitted.clone(),
        submitted_at: Some(submitted),
    };
    row.document = crypto::seal(
        &second_rating::binding(&row, row.version),
        &doc,
        &case.public_key,
    )?;
    Ok(row)
}

/// A version's row with its document sealed (at version 1: the demo writes each version once).
#[allow(clippy::too_many_arguments)]
fn version_row(
    context: &Context,
    worker: &Worker,
    case: &CaseRow,
    number: i64,
    status: FormulationStatus,
    based_on: Option<String>,
    times: VersionTimes,
    doc: &FormulationDoc,
) -> Result<FormulationRow, CommandError> {
    let signed_off = status == FormulationStatus::SignedOff;
    let updated_at = times
        .reviewed
        .clone()
        .or_else(|| times.submitted.clone())
        .unwrap_or_else(|| times.written.clone());
    let mut row = FormulationRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: case.id.clone(),
        number,
        status: status.id().to_owned(),
        facilitator_id: worker.id.clone(),
        based_on,
        toolkit_version: context.toolkit_version.clone(),
        toolkit_hash: context.toolkit_hash.clone(),
        document: Vec::new(),
        version: 1,
        created_at: times.created,
        updated_at,
        submitted_at: times.submitted,
        signed_off_at: if signed_off { times.reviewed } else { None },
        signed_off_by: signed_off.then(|| context.supervisor_id.clone()),
    };
    row.document = crypto::seal(
        &formulations::binding(&row, row.version),
        doc,
        &case.public_key,
    )?;
    Ok(row)
}

/// The scale point of a level (any point when the scale has none at that level).
fn point_at<'c>(context: &'c Context, rng: &mut StdRng, level: Level) -> &'c ScalePlan {
    let at: Vec<&ScalePlan> = context.scale.iter().filter(|p| p.level == level).collect();
    match at.choose(rng) {
        Some(point) => point,
        None => context
            .scale
            .choose(rng)
            .expect("formulations are built only with a scale"),
    }
}

/// A rating: factors the sessions tagged are more often rated, the others more often lack
/// information.
fn rating_level(rng: &mut StdRng, tagged: bool) -> Level {
    let roll = rng.random_range(0..100);
    let [low, middle, high] = if tagged { [30, 70, 90] } else { [35, 60, 70] };
    match roll {
        r if r < low => Level::Low,
        r if r < middle => Level::Middle,
        r if r < high => Level::High,
        _ => Level::Unknown,
    }
}

/// The evidence of one factor at a rating, with the sessions that tagged it.
fn factor_entry(
    context: &Context,
    rng: &mut StdRng,
    name: &str,
    point: &ScalePlan,
    cited: &[&ClosedSession<'_>],
) -> FactorEntry {
    let texts = evidence_texts(point.level, !cited.is_empty());
    let mut evidence = fill(pick(rng, texts), name, "", "", "");
    if let Some(latest) = cited.last() {
        let module = context
            .modules
            .iter()
            .find(|m| m.id == latest.module)
            .map_or(latest.module, |m| m.title.as_str());
        evidence.push_str(&format!(
            " Tagged as evidence in {} closed session{}, most recently '{module}' on {}.",
            cited.len(),
            if cited.len() == 1 { "" } else { "s" },
            day_text(latest.closed_at.date_naive()),
        ));
    }
    let sources = if point.level == Level::Unknown && cited.is_empty() {
        fill(pick(rng, SOURCES_SO_FAR), name, "", "", "")
    } else {
        fill(pick(rng, SOURCES), name, "", "", "")
    };
    FactorEntry {
        rating: Some(point.id.clone()),
        evidence,
        sources,
        sessions: cited.iter().map(|s| s.id.to_owned()).collect(),
    }
}

/// The sessions among `closed` that tagged `factor`.
fn citing<'s, 'a>(closed: &'s [ClosedSession<'a>], factor: &str) -> Vec<&'s ClosedSession<'a>> {
    closed
        .iter()
        .filter(|s| s.factors.iter().any(|f| f == factor))
        .collect()
}

/// A first version: every framework factor rated, a judgement per domain, the summary and the
/// management plan; on some cases one "other factor".
fn first_formulation(
    context: &Context,
    rng: &mut StdRng,
    plan: &CasePlan,
    name: &str,
    closed: &[ClosedSession<'_>],
) -> FormulationDoc {
    let mut doc = FormulationDoc::default();
    // A different judgement for each domain (while there are enough to go round).
    let mut judgements: Vec<&str> = DOMAIN_JUDGEMENTS.to_vec();
    rand::seq::SliceRandom::shuffle(judgements.as_mut_slice(), rng);
    for (position, domain) in context.framework.iter().enumerate() {
        for factor in &domain.factors {
            let cited = citing(closed, factor);
            let level = rating_level(rng, !cited.is_empty());
            let point = point_at(context, rng, level);
            let entry = factor_entry(context, rng, name, point, &cited);
            doc.factors.insert(factor.clone(), entry);
        }
        let judgement = judgements[position % judgements.len()];
        doc.domains
            .insert(domain.id.clone(), fill(judgement, name, "", "", ""));
    }
    if context.other_factors && plan.nth % 4 == 1 {
        let (factor_name, strength, text) = pick(rng, OTHER_FACTORS);
        let level = if strength && rng.random_bool(0.5) {
            Level::High
        } else {
            Level::Middle
        };
        let point = point_at(context, rng, level);
        doc.other.push(OtherFactor {
            id: doc.next_other_id(),
            name: factor_name.to_owned(),
            strength,
            entry: FactorEntry {
                rating: Some(point.id.clone()),
                evidence: fill(text, name, "", "", ""),
                sources: fill(pick(rng, SOURCES), name, "", "", ""),
                sessions: Vec::new(),
            },
        });
    }
    doc.summary = fill(pick(rng, FORMULATION_SUMMARIES), name, "", "", "");
    doc.management_plan = fill(pick(rng, MANAGEMENT_PLANS), name, "", "", "");
    doc
}

/// Where a rating moves at a revision: one step, more often down than up, and from "not enough
/// information" to a ranked point.
fn next_level(rng: &mut StdRng, from: Level) -> Level {
    match from {
        Level::Unknown if rng.random_bool(0.5) => Level::Low,
        Level::Unknown | Level::High => Level::Middle,
        Level::Middle if rng.random_bool(0.7) => Level::Low,
        Level::Middle => Level::High,
        Level::Low => Level::Middle,
    }
}

/// A revision of `doc`, as the app starts one (a copy without reviews or changes), with the
/// sessions closed since cited, two to four ratings changed (first those with new evidence),
/// the significant changes written and the summary brought up to date.
fn revise(
    context: &Context,
    rng: &mut StdRng,
    name: &str,
    doc: &FormulationDoc,
    closed: &[ClosedSession<'_>],
    first_cut: usize,
) -> FormulationDoc {
    let mut next = doc.revision();
    let since = &closed[first_cut..];
    let mut candidates: Vec<String> = Vec::new();
    for factor in context.framework.iter().flat_map(|d| &d.factors) {
        if since.iter().any(|s| s.factors.contains(factor)) {
            candidates.push(factor.clone());
        }
    }
    let mut others: Vec<String> = context
        .framework
        .iter()
        .flat_map(|d| d.factors.iter())
        .filter(|f| !candidates.contains(f))
        .cloned()
        .collect();
    rand::seq::SliceRandom::shuffle(candidates.as_mut_slice(), rng);
    rand::seq::SliceRandom::shuffle(others.as_mut_slice(), rng);
    candidates.extend(others);
    let wanted = rng.random_range(2..=4);
    let mut changed: Vec<String> = Vec::new();
    let mut changed_ids: Vec<String> = Vec::new();
    for factor in candidates {
        if changed.len() == wanted {
            break;
        }
        let Some(entry) = next.factors.get(&factor) else {
            continue;
        };
        let Some(from) = context
            .scale
            .iter()
            .find(|p| Some(&p.id) == entry.rating.as_ref())
        else {
            continue;
        };
        let level = next_level(rng, from.level);
        let to = point_at(context, rng, level);
        if to.id == from.id {
            continue;
        }
        let cited = citing(closed, &factor);
        let mut updated = factor_entry(context, rng, name, to, &cited);
        updated.evidence = format!(
            "{} {}",
            fill(pick(rng, REVISION_NOTES), name, "", "", ""),
            updated.evidence
        );
        next.factors.insert(factor.clone(), updated);
        changed_ids.push(factor.clone());
        changed.push(format!(
            "{} ({} to {})",
            context
                .factor_names
                .get(&factor)
                .map_or(factor.as_str(), String::as_str),
            from.label,
            to.label
        ));
    }
    // The factors the newer sessions tagged and that kept their rating: looked at again, with
    // the newer sessions cited.
    for factor in context.framework.iter().flat_map(|d| &d.factors) {
        if changed_ids.contains(factor) || citing(since, factor).is_empty() {
            continue;
        }
        let Some(point) = next.factors.get(factor).and_then(|e| {
            context
                .scale
                .iter()
                .find(|p| Some(&p.id) == e.rating.as_ref())
        }) else {
            continue;
        };
        let mut kept = factor_entry(context, rng, name, point, &citing(closed, factor));
        kept.evidence = format!("{} {}", pick(rng, KEPT_NOTES), kept.evidence);
        next.factors.insert(factor.clone(), kept);
    }
    next.changes = format!(
        "Since version 1 was signed off, {} more session{} closed. {} {}",
        since.len(),
        if since.len() == 1 { " has" } else { "s have" },
        if changed.is_empty() {
            "No rating changed.".to_owned()
        } else {
            format!("Ratings changed: {}.", changed.join("; "))
        },
        fill(pick(rng, CHANGE_NOTES), name, "", "", ""),
    );
    next.summary = format!(
        "{} {}",
        next.summary,
        fill(pick(rng, SUMMARY_UPDATES), name, "", "", "")
    );
    next
}

// ---------------------------------------------------------------------------------------------
// Writing

/// A case a supervision record can say was discussed: its reference and when it was open.
struct Discussable {
    reference: String,
    opened_on: NaiveDate,
    closed_on: Option<NaiveDate>,
}

/// At most this many of each facilitator's cases are offered to their supervision records.
const DISCUSSABLE: usize = 12;

/// The day of a stored time (`YYYY-MM-DD…`).
fn day_of(at: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(at.get(..10)?, "%Y-%m-%d").ok()
}

/// Writes a batch of built cases (details, grants, sessions with their returns and review
/// comments, amendments, concerns and formulation versions) and its one `demo-created` audit
/// entry in one transaction. The first few cases with sessions of each facilitator join
/// `discussable`, once they have their reference.
async fn write_batch(
    db: &Database,
    batch: &[BuiltCase],
    created: &mut Created,
    discussable: &mut HashMap<String, Vec<Discussable>>,
) -> Result<(), CommandError> {
    let mut tx = db.begin_write().await?;
    let mut case_ids = Vec::with_capacity(batch.len());
    let (mut sessions_written, mut amendments, mut concerns_written) = (0, 0, 0);
    let (mut formulations_written, mut comments_written, mut returned) = (0, 0, 0);
    let mut second_ratings_written = 0;
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
        // A return is stored as the review feature stores it: `returned_at` on the closed
        // session, until it is submitted again.
        for (position, at) in &built.returned {
            let session = &built.sessions[*position];
            let stored = sessions::store::write_review_step(
                &mut tx,
                session,
                Some(at),
                session.version,
                Status::Closed,
            )
            .await?;
            if !stored {
                return Err(CommandError::Demo(
                    "a returned demo session was not written".into(),
                ));
            }
        }
        for comment in &built.comments {
            sessions::store::insert_comment(&mut tx, comment).await?;
            if comment.kind() == CommentKind::Comment {
                created.review_comments += 1;
            }
        }
        for amendment in &built.amendments {
            sessions::store::insert_amendment(&mut tx, amendment).await?;
        }
        for concern in &built.concerns {
            concerns::insert(&mut tx, concern).await?;
        }
        // Oldest first: a revision names the version it was copied from.
        for version in &built.formulations {
            formulations::store::insert(&mut tx, version).await?;
            if let Some(i) = FormulationStatus::ALL
                .iter()
                .position(|s| *s == version.status())
            {
                created.formulations[i] += 1;
            }
            if version.based_on.is_some() {
                created.revisions += 1;
            }
        }
        for rating in &built.second_ratings {
            second_rating::store::insert(&mut tx, rating).await?;
        }
        created.second_ratings += built.second_ratings.len();
        second_ratings_written += built.second_ratings.len();
        if !built.formulations.is_empty() {
            created.formulation_cases += 1;
        }
        if !case.is_open() {
            created.closed_cases += 1;
        }
        let offered = discussable.entry(case.facilitator_id.clone()).or_default();
        if !built.sessions.is_empty()
            && offered.len() < DISCUSSABLE
            && let Some(opened_on) = day_of(&case.opened_at)
        {
            offered.push(Discussable {
                reference: case.reference.clone(),
                opened_on,
                closed_on: case.closed_at.as_deref().and_then(day_of),
            });
        }
        sessions_written += built.sessions.len();
        returned += built.returned.len();
        comments_written += built.comments.len();
        amendments += built.amendments.len();
        concerns_written += built.concerns.len();
        formulations_written += built.formulations.len();
        case_ids.push(case.id);
    }
    audit::append(
        &mut tx,
        Entry::new(Actor::CommandLine, Action::DemoCreated, SOURCE).detail(json!({
            "cases": case_ids,
            "sessions": sessions_written,
            "amendments": amendments,
            "concerns": concerns_written,
            "formulation_versions": formulations_written,
            "second_ratings": second_ratings_written,
            "returned_sessions": returned,
            "review_comments": comments_written,
        })),
    )
    .await?;
    tx.commit().await?;
    created.returned_sessions += returned;
    created.cases += batch.len();
    created.amendments += amendments;
    created.concerns += concerns_written;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Supervision records

/// One supervision meeting the demo records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MeetingPlan {
    /// Index into the workers (0 and 1: the two trained facilitators).
    worker: usize,
    days_ago: u64,
}

/// The supervisor's leave, covered by the second supervisor: (first day, last day), both in
/// the past (three weeks, ending seven weeks ago with the default frequency).
fn cover_dates(today: NaiveDate, every_days: u32) -> (NaiveDate, NaiveDate) {
    let every = u64::from(every_days);
    (
        today - Days::new(2 * every + 16),
        today - Days::new((2 * every).saturating_sub(5).max(1)),
    )
}

/// The meetings, roughly every `every_days` days over the last four months: the first
/// facilitator met a third of the period ago (up to date), the second last met eleven days more
/// than a period ago (overdue). One meeting of each falls in the supervisor's leave and was
/// held by the covering supervisor. Oldest first.
fn supervision_meetings(every_days: u32) -> Vec<MeetingPlan> {
    let e = u64::from(every_days);
    let up_to_date = [e / 3, e / 3 + e, 2 * e + 8, 3 * e + 9, 4 * e + 11];
    let overdue = [e + 11, 2 * e + 11, 3 * e + 12, 4 * e + 14];
    let mut meetings: Vec<MeetingPlan> = up_to_date
        .into_iter()
        .map(|days_ago| MeetingPlan {
            worker: 0,
            days_ago,
        })
        .chain(overdue.into_iter().map(|days_ago| MeetingPlan {
            worker: 1,
            days_ago,
        }))
        .collect();
    meetings.sort_by_key(|m| (std::cmp::Reverse(m.days_ago), m.worker));
    meetings
}

/// Writes the supervision records (see [`supervision_meetings`]) between the supervisors and
/// the two trained facilitators, each sealed as the supervision feature seals it: one
/// [`RecordBody`] to the supervisor's and the supervisee's own keys with
/// [`records::binding`], stored with `supervision::store::insert`, all in one transaction with
/// one `demo-created` audit entry. A record names only references of the facilitator's cases
/// open on the day (never a person's name: it is not sealed to a case key). The facilitator
/// whose training is not valid has none ("No supervision recorded yet").
async fn write_supervision(
    db: &Database,
    context: &Context,
    covering: Option<&UserId>,
    discussable: &HashMap<String, Vec<Discussable>>,
    created: &mut Created,
) -> Result<(), CommandError> {
    let today = context.today;
    let public_key = async |id: &str| -> Result<String, CommandError> {
        crate::supervision::store::person(db.reader(), id)
            .await?
            .and_then(|p| p.public_key)
            .ok_or_else(|| CommandError::Demo("a demo account has no key".into()))
    };
    let supervisor = (
        context.supervisor_id.clone(),
        public_key(&context.supervisor_id).await?,
    );
    let covering = match covering {
        Some(id) => Some((id.to_string(), public_key(id.as_str()).await?)),
        None => None,
    };
    let (cover_from, cover_to) = cover_dates(today, SUPERVISION_EVERY_DAYS);
    let mut rows = Vec::new();
    let mut last: HashMap<usize, NaiveDate> = HashMap::new();
    for (k, meeting) in supervision_meetings(SUPERVISION_EVERY_DAYS)
        .into_iter()
        .enumerate()
    {
        let Some(worker) = context.workers.get(meeting.worker) else {
            continue;
        };
        let mut rng = StdRng::seed_from_u64(0x005e_0000 ^ k as u64);
        let day = today - Days::new(meeting.days_ago);
        let (author, author_key) = match &covering {
            Some(cover) if (cover_from..=cover_to).contains(&day) => cover,
            _ => &supervisor,
        };
        let open_then: Vec<&str> = discussable
            .get(&worker.id)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter(|c| c.opened_on < day && c.closed_on.is_none_or(|closed| closed >= day))
            .map(|c| c.reference.as_str())
            .collect();
        let count = rng.random_range(1..=2).min(open_then.len());
        let mut cases: Vec<String> = open_then
            .choose_multiple(&mut rng, count)
            .map(|r| (*r).to_owned())
            .collect();
        cases.sort();
        let body = supervision_body(&mut rng, worker, &cases);
        let id = uuid::Uuid::new_v4().to_string();
        let sealed = crypto::seal_to_each(
            &records::binding(&id, author, 1),
            &body,
            &[author_key.clone(), public_key(&worker.id).await?],
        )?;
        rows.push(RecordRow {
            id,
            supervisor_id: author.clone(),
            supervisee_id: worker.id.clone(),
            held_on: day_text(day),
            created_at: timestamp(day, 16, rng.random_range(0..60)),
            version: 1,
            body: sealed,
        });
        last.insert(meeting.worker, day);
    }
    let mut tx = db.begin_write().await?;
    for row in &rows {
        crate::supervision::store::insert(&mut tx, row).await?;
    }
    audit::append(
        &mut tx,
        Entry::new(Actor::CommandLine, Action::DemoCreated, SOURCE).detail(json!({
            "supervision_records": rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        })),
    )
    .await?;
    tx.commit().await?;
    created.supervision_records = rows.len();
    created.supervision = context
        .workers
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let standing = Standing::of(last.get(&i).copied(), SUPERVISION_EVERY_DAYS, today);
            (w.name.to_owned(), standing)
        })
        .collect();
    Ok(())
}

/// What a supervisor writes after a meeting with `worker` in which `cases` were discussed.
fn supervision_body(rng: &mut StdRng, worker: &Worker, cases: &[String]) -> RecordBody {
    let first = worker.name.split(' ').next().unwrap_or(worker.name);
    let with =
        |template: &str, case: &str| template.replace("{first}", first).replace("{case}", case);
    let reflective_notes = match cases {
        [] => with(pick(rng, REFLECTIVE_NO_CASE), ""),
        [case] => with(pick(rng, REFLECTIVE_ONE_CASE), case),
        [case, other, ..] => format!(
            "{} {}",
            with(pick(rng, REFLECTIVE_ONE_CASE), case),
            with(pick(rng, REFLECTIVE_OTHER_CASE), other)
        ),
    };
    RecordBody {
        cases: cases.to_vec(),
        reflective_notes,
        wellbeing: with(pick(rng, WELLBEING), ""),
        support_agreed: with(pick(rng, SUPPORT_AGREED), ""),
    }
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
    let [f_draft, f_submitted, f_returned, f_signed_off] = created.formulations;
    let standings = created
        .supervision
        .iter()
        .map(|(name, standing)| {
            let words = match standing {
                Standing::NeverRecorded => "none recorded yet".to_owned(),
                Standing::Upcoming { next, .. } => {
                    format!("up to date, next due {}", day_text(*next))
                }
                Standing::Overdue { next, .. } => format!("overdue, was due {}", day_text(*next)),
            };
            format!("{name} {words}")
        })
        .collect::<Vec<_>>()
        .join("; ");
    format!(
        "A demonstration organisation was created in {dir}. Everything in it is fictional: never enter real people's details here.

{cases} cases ({closed_cases} closed), {sessions} sessions ({planned} planned, {in_progress} in progress, {closed} closed, {submitted} submitted, {signed_off} signed off; {amendments} amended after sign-off), {concerns} concerns.
{versions} formulation versions on {formulation_cases} cases ({f_draft} draft, {f_submitted} submitted, {f_returned} returned, {f_signed_off} signed off; {revisions} revisions of a signed-off version; {second_ratings} rated blind by the supervisor before sign-off).
{returned_sessions} returned for changes with a reason (on their facilitator's start page), {review_comments} on sessions (on a stage or the whole session).
{records}, expected every {every} days: {standings}. {covers} for the supervisor's leave (ended).

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
        versions = created.formulation_count(),
        formulation_cases = created.formulation_cases,
        revisions = created.revisions,
        second_ratings = created.second_ratings,
        returned_sessions = counted(created.returned_sessions, "session", "sessions"),
        review_comments = counted(created.review_comments, "review comment", "review comments"),
        records = counted(
            created.supervision_records,
            "supervision record",
            "supervision records"
        ),
        every = SUPERVISION_EVERY_DAYS,
        covers = counted(created.covers, "cover", "covers"),
        recovery = recovery.display(),
    )
}

/// `1 session`, `2 sessions`.
fn counted(n: usize, one: &str, other: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { other })
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

/// What a facilitator writes as evidence for a rating at this level (`tagged`: with sessions
/// that tagged the factor). Worded to suit a factor of concern and a protective factor alike.
fn evidence_texts(level: Level, tagged: bool) -> &'static [&'static str] {
    match level {
        Level::Unknown if tagged => &[
            "Tagged in the sessions listed, but what {name} said was brief and pointed both ways. Not enough to rate yet; to explore further.",
            "Came up in the sessions listed without enough detail to judge. I will ask about it directly next time.",
        ],
        Level::Low => &[
            "Asked about this directly; {name} did not link it to their situation, and nothing in the sessions or the records points the other way.",
            "Nothing {name} has said suggests this applies now; their account is consistent on it and the offender manager agrees.",
            "{name} described how this used to be different and gave clear reasons for the change; their day-to-day choices fit what they say.",
        ],
        Level::Middle => &[
            "Partly there. {name} came back to this twice, with feeling, but could also talk about other parts of their life without it. It seems to come and go with how the week has gone.",
            "{name} linked this to how things were at the start of the work, as one thing among several. Less marked than it was.",
            "Mixed picture: in sessions {name} plays it down, while older records describe it more strongly. I have rated what I see now and noted the difference.",
        ],
        Level::High => &[
            "Clearly there. {name} describes this in their own words, gave recent examples, and it came up again without prompting in the last session.",
            "Seen in almost every session, and consistent with the records and with what staff who see {name} most days describe.",
            "{name} raised this themselves early on and has been consistent about it since; the older records say the same.",
        ],
        Level::Unknown => &[
            "Not talked about yet, and the records say nothing reliable. To explore in the next sessions before rating.",
            "{name} moved the conversation on when this came up and I did not push. Not enough to rate either way for now.",
            "Only one brief mention, early on, and not tagged in a closing. Too little to go on; I will come back to it.",
        ],
    }
}

const SOURCES: &[&str] = &[
    "Sessions with {name}; the offender manager's records.",
    "Session notes; a conversation with {name}'s key worker.",
    "What {name} said in sessions, checked against the case file.",
    "Sessions; the pre-sentence report; a phone call with the offender manager.",
    "Self-report in sessions only; not yet checked against other records.",
];

const SOURCES_SO_FAR: &[&str] = &[
    "Nothing yet beyond the first sessions.",
    "Case file read; it says nothing on this.",
];

const DOMAIN_JUDGEMENTS: &[&str] = &[
    "Read together, these factors describe someone whose involvement met real needs for belonging and being listened to. Those needs are still there, but {name} now meets more of them in other ways.",
    "A mixed picture: the factors that are partly there seem to rise and fall with how settled {name} feels. None of them stands out on its own, and they link to each other more than to any one event.",
    "What stands out here is how much depends on {name}'s circumstances: when work and contact with family are steady, these factors matter less. The ratings reflect the last few months.",
    "The records and what {name} says in sessions mostly agree here. Where they differ, I have rated what the sessions show now and noted the older picture in the evidence.",
    "Little here is clearly present now. What there is links back to a difficult period that {name} describes with some distance, and it fits what others have seen.",
    "Gaps remain here, and the next sessions should fill them before this judgement is firm. What is known fits the rest of the formulation.",
];

const FORMULATION_SUMMARIES: &[&str] = &[
    "{name} became involved during a lonely and unsettled period, when the group offered company, a sense of purpose and someone to blame for what had gone wrong. The views mattered less than the belonging. Since then, family contact, work and these sessions have given {name} some of the same things in other ways. The main thing to watch is how {name} copes when those supports are disrupted.",
    "{name}'s involvement grew out of a long-held sense of being treated unfairly, which the group's material turned into anger at a whole community. {name} now questions much of that material and has stepped away from the people involved, but the sense of grievance is still close to the surface when things go wrong.",
    "For {name}, involvement was as much about status and excitement as about belief. There is little sign of fixed views now; what matters most is the pull of old friendships and how much {name} has to lose by going back.",
    "An early formulation. What is known suggests {name} was drawn in through online contacts at a time of isolation. Several factors still lack enough information, and the next sessions should focus on them.",
];

const MANAGEMENT_PLANS: &[&str] = &[
    "Continue the sessions fortnightly, with the next modules on belonging and influence online. Share this formulation with the offender manager. Review after six more sessions, or sooner if {name} moves, is released or loses contact with family.",
    "Keep the current routine of sessions and work. The offender manager to support {name}'s college application. Bring the factors that lack information to supervision. Review in three months.",
    "Sessions to continue; agree with {name} what to do when old contacts get in touch. Any new contact to be passed on the same day through the reporting route. Review at the next sentence planning meeting.",
    "Focus the next sessions on what {name} wants from the next two years. Link with education and the chaplaincy. Review after the next module, or at once if there is a concern.",
];

/// Factors a facilitator adds of their own: name, whether it is a strength, the evidence.
const OTHER_FACTORS: &[(&str, bool, &str)] = &[
    (
        "Money worries",
        false,
        "{name} owes money to a relative and says it is on their mind most days. It makes them restless, and they once said the group 'looked after people like me'.",
    ),
    (
        "Helping a younger brother",
        true,
        "{name} speaks with pride about helping a younger brother with school work over the phone. It gives them a reason to keep things steady.",
    ),
    (
        "Poor sleep",
        false,
        "{name} sleeps badly and is short-tempered after bad nights; the sessions that went worst followed a poor week of sleep.",
    ),
    (
        "Weekly football",
        true,
        "{name} plays most weeks in a mixed team and calls it 'the best two hours of the week'. Teammates from very different backgrounds.",
    ),
];

const SIGN_OFF_COMMENTS: &[&str] = &[
    "Clear and well evidenced. Agreed.",
    "Agreed. The links between the domains are well made; keep an eye on the gaps at the next review.",
    "Signed off. Please bring the next review forward if anything changes at home.",
    "Good use of the session evidence. Agreed as it stands.",
];

const RETURN_COMMENTS: &[&str] = &[
    "Please say where the evidence for the highest ratings comes from: sessions only, or the records too? Then submit it again.",
    "The summary repeats the ratings rather than explaining how the factors link together. Could you put it in your own words and add what would make things worse?",
    "Several ratings rest on a single session. Please check them against the case file before I sign this off.",
];

const REVISION_NOTES: &[&str] = &[
    "Changed at this review.",
    "Re-rated after the last sessions.",
    "Updated with new information from the offender manager.",
];

const KEPT_NOTES: &[&str] = &[
    "Looked at again after the newer sessions; rating unchanged.",
    "Reviewed with the newer sessions; they fit the rating as it was.",
];

const CHANGE_NOTES: &[&str] = &[
    "The main change is that {name} now talks about the past with more distance and has kept away from old contacts for several months.",
    "{name} has had a difficult few weeks after a family illness; the ratings that moved reflect that, and the plan now includes more frequent contact.",
    "New information from the offender manager filled two gaps; the other changes follow from what {name} said in the last sessions.",
];

const SUMMARY_UPDATES: &[&str] = &[
    "Since the last review {name} has kept to the plan and the picture is steadier.",
    "The last few sessions showed {name} under more strain; see the significant changes.",
    "Newer sessions add detail but do not change the overall account.",
];

/// A supervisor's comment on one stage of a session ({stage}).
const STAGE_COMMENTS: &[&str] = &[
    "Clear notes on '{stage}'. Could you add, separately from what {name} said, what you made of it? That helps whoever reads this later.",
    "You record what {name} said in '{stage}' but not how you responded. Add a line on that, so the conversation can be followed.",
    "Well handled: you stayed curious in '{stage}' without arguing. Worth tagging this as evidence in the closing too.",
    "In '{stage}', please keep to what {name} said and did; 'seemed closed off' is an interpretation. Say what led you to it.",
];

/// A supervisor's comment on a whole session awaiting review.
const SESSION_COMMENTS: &[&str] = &[
    "A well-paced session with a clear summary. I will sign it off once I have read the evidence tags against the stage notes.",
    "Thorough notes. Let's talk at supervision about bringing the module on belonging forward for {name}.",
    "Good to see the actions agreed with {name} in their own words. One question before I sign off: has the offender manager seen the summary?",
];

/// A supervisor's comment on a session, made before signing it off (kept after sign-off).
const KEPT_COMMENTS: &[&str] = &[
    "A good last session: the summary pulls the work together well. Signing off.",
    "Clear closing record. Please make sure the offender manager has the final summary before the case closes.",
];

/// A supervisor's reason for returning a session for changes.
const RETURN_REASONS: &[&str] = &[
    "The evidence tags in the closing do not say what {name} said or did that supports them. Please add a sentence of evidence to each tag, then submit it again.",
    "The agreed actions do not say who does what by when. Please add that to the closing record, then submit it again.",
    "Please separate what {name} said from your own reading of it in the stage notes, and say in the summary how {name} took part. Then submit it again.",
];

/// A supervisor's reflective notes on one case discussed ({case}: its reference; {first}: the
/// facilitator). Never the person's name: a supervision record is not sealed to a case key.
const REFLECTIVE_ONE_CASE: &[&str] = &[
    "We went through {case}. {first} has built good rapport but noticed they steer away from the harder questions about old contacts; we practised ways of coming back to them gently.",
    "{first} brought {case} after a session that left them unsettled, when strong views came up about a news story. {first} stayed calm, recorded the words exactly and told me the same day; we agreed that was proportionate.",
    "On {case}, the last sessions have been guarded and shorter than planned. We talked about slowing the pace and checking what else is going on with the offender manager before the next module.",
    "We looked at the evidence tags on {case}: {first} tags well, but the notes for the protective factors are thin. Agreed to write one sentence of evidence for each tag.",
    "{case} is going well and could move to the next module. {first} reflected on what made the difference: keeping to the same time and room every fortnight.",
];

/// A second case discussed at the same meeting ({case}).
const REFLECTIVE_OTHER_CASE: &[&str] = &[
    "We also looked at {case}, where the formulation is due a revision; {first} will draft it before we next meet.",
    "Briefly on {case}: two sessions were missed, so {first} will check with the offender manager before booking the next one.",
    "On {case}, {first} wondered whether to raise something as a concern; we went through the reporting route together and agreed it did not meet the threshold, and why.",
];

/// Reflective notes when no case was discussed.
const REFLECTIVE_NO_CASE: &[&str] = &[
    "No single case today. We talked about {first}'s practice in general: keeping boundaries when people ask personal questions, and keeping notes factual and proportionate.",
];

/// How the practitioner is ({first}).
const WELLBEING: &[&str] = &[
    "{first} said they are well. The workload feels manageable and they are taking their leave as planned.",
    "{first} felt drained after a run of difficult sessions in one week. No sign of lasting distress; they have good support at home and use the walk home to switch off.",
    "Tired: {first} has been covering a colleague's work on top of their own caseload. The content of the sessions is not getting to them, but the hours are.",
    "In good spirits. {first} said the last debrief helped and they feel more confident raising things early.",
    "{first} said one account of violence stayed with them for a few days. We talked it through; they do not want a referral now but know how to ask for one.",
];

/// The support agreed ({first}).
const SUPPORT_AGREED: &[&str] = &[
    "Next supervision in four weeks. Nothing further needed now.",
    "A short phone debrief on the same day after any session in which a concern is raised. {first} to book their next training before it runs out.",
    "Protected time on Friday afternoons for writing up notes. I will raise the covering arrangements with the team manager.",
    "Offered the employee assistance line and occupational health; {first} will think about it. A short check-in in two weeks.",
    "I will sit in on one of {first}'s sessions next month, with the person's agreement, and give feedback afterwards.",
];

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
    fn the_default_cases_show_every_formulation_state_and_a_revision() {
        let plans = plan_cases(DEFAULT_CASES as usize);
        let stories: Vec<FormulationStory> = plans.iter().filter_map(formulation_story).collect();
        for status in FormulationStatus::ALL {
            assert!(
                stories.iter().any(|s| {
                    let (first, second) = s.statuses();
                    first == status || second == Some(status)
                }),
                "{status:?} in {stories:?}"
            );
        }
        assert!(stories.iter().any(|s| s.statuses().1.is_some()));
        // No formulation without closed sessions: a new case, the untrained facilitator's.
        for plan in &plans {
            if matches!(plan.story, None | Some(Story::New)) {
                assert_eq!(formulation_story(plan), None);
            }
            // A closed case's versions are all signed off.
            if plan.story == Some(Story::Finished) {
                let (first, second) = formulation_story(plan).unwrap().statuses();
                assert_eq!(first, FormulationStatus::SignedOff);
                assert!(second.is_none_or(|s| s == FormulationStatus::SignedOff));
            }
        }
        // About three in four of a large demo's cases with sessions have one.
        let many = plan_cases(10_000);
        let with_sessions = many.iter().filter(|p| p.story.is_some()).count();
        let with_formulation = many.iter().filter_map(formulation_story).count();
        assert!(
            with_formulation * 10 > with_sessions * 6,
            "{with_formulation}"
        );
    }

    #[test]
    fn the_default_cases_show_a_return_a_commented_session_and_a_kept_comment() {
        let plans = plan_cases(DEFAULT_CASES as usize);
        let stories: Vec<ReviewStory> = plans.iter().filter_map(review_story).collect();
        for story in [
            ReviewStory::Returned,
            ReviewStory::Commented,
            ReviewStory::CommentKept,
        ] {
            assert!(stories.contains(&story), "{story:?} in {stories:?}");
        }
        // Only cases with sessions in the right state, and not every one of them.
        let many = plan_cases(10_000);
        for plan in &many {
            match review_story(plan) {
                Some(ReviewStory::Returned) => assert_eq!(plan.story, Some(Story::NextPlanned)),
                Some(ReviewStory::Commented) => {
                    assert_eq!(plan.story, Some(Story::AwaitingReview))
                }
                Some(ReviewStory::CommentKept) => assert_eq!(plan.story, Some(Story::Finished)),
                None => {}
            }
        }
        let returned = many
            .iter()
            .filter(|p| review_story(p) == Some(ReviewStory::Returned))
            .count();
        assert!((300..=600).contains(&returned), "{returned}");
    }

    #[test]
    fn supervision_leaves_one_facilitator_up_to_date_and_the_other_overdue() {
        let every = SUPERVISION_EVERY_DAYS;
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let meetings = supervision_meetings(every);
        let (cover_from, cover_to) = cover_dates(today, every);
        assert!(
            cover_from <= cover_to && cover_to < today,
            "the cover has ended"
        );
        let last = |worker| {
            meetings
                .iter()
                .filter(|m| m.worker == worker)
                .map(|m| today - Days::new(m.days_ago))
                .max()
        };
        assert!(matches!(
            Standing::of(last(0), every, today),
            Standing::Upcoming { .. }
        ));
        assert!(matches!(
            Standing::of(last(1), every, today),
            Standing::Overdue { .. }
        ));
        for worker in [0, 1] {
            let days: Vec<NaiveDate> = meetings
                .iter()
                .filter(|m| m.worker == worker)
                .map(|m| today - Days::new(m.days_ago))
                .collect();
            assert!(days.len() >= 4, "a few months of meetings");
            assert!(days.windows(2).all(|w| w[0] < w[1]), "oldest first");
            // One meeting each in the leave, held by the covering supervisor.
            let in_cover = days
                .iter()
                .filter(|d| (cover_from..=cover_to).contains(d))
                .count();
            assert_eq!(in_cover, 1, "worker {worker}");
            // Never more than about a period and a half apart.
            assert!(
                days.windows(2)
                    .all(|w| (w[1] - w[0]).num_days() <= i64::from(every) + 14),
                "{days:?}"
            );
        }
    }

    #[test]
    fn the_scale_and_framework_come_from_the_toolkit() {
        let toolkit = Toolkit::builtin().unwrap();
        let content = toolkit.content(toolkit.source_language);
        let (scale, framework) = formulation_plan(content);
        assert_eq!(scale.len(), content.framework.scale.get_ref().len());
        for level in [Level::Low, Level::Middle, Level::High, Level::Unknown] {
            assert!(scale.iter().any(|p| p.level == level), "{level:?}");
        }
        let ids: Vec<&String> = framework.iter().map(|d| &d.id).collect();
        let expected: Vec<&String> = content
            .framework
            .domains
            .get_ref()
            .iter()
            .map(|d| d.id.get_ref())
            .collect();
        assert_eq!(ids, expected);
        let factors: usize = content
            .domains
            .iter()
            .map(|d| d.factors.get_ref().len())
            .sum();
        assert_eq!(
            framework.iter().map(|d| d.factors.len()).sum::<usize>(),
            factors
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
