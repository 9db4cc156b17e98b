//! `dialogues export`: a complete, decrypted JSON copy of every case (or one), for the data
//! controller: subject access requests and transfers. It opens each case key with the
//! organisation's recovery key, so it works without anyone's password. A case holds its
//! details, its sessions with their notes, amendments and review comments, its concerns, every
//! version of its formulation with the whole document (and its blind second rating, if any),
//! and its information-sharing log. Any
//! record that does not open stops the export with an error naming the case (and the record),
//! and nothing is written.
//!
//! Beside the JSON it writes the same content as one HTML page ([`html`]) a person without
//! technical knowledge can read: plain headings, dates in words, self-contained (inline styles,
//! no scripts, nothing loaded from elsewhere), every value escaped by askama. `--out case.json`
//! also writes `case.html`.
//!
//! Both output files are created new (never overwritten: if either exists nothing is written),
//! readable by this user only, and flushed before the command reports success; the export is written to the audit chain (which cases,
//! never what they hold). This file must never print or log any decrypted content: it goes only
//! into the output file.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use serde::Serialize;
use serde_json::json;

mod html;
pub(crate) mod sample;

use crate::audit::{self, Action, Actor, Entry};
use crate::cases::{self, Details, concerns, keys, store as case_store};
use crate::crypto::{CryptoError, KeyPair, Keyring};
use crate::db::{Database, DbError};
use crate::formulations::{self, document::FormulationDoc, store as formulation_store};
use crate::i18n::Lang;
use crate::sessions::{self, gate, notes::SessionNotes, store as session_store};
use crate::sharing::{self, Disclosure};

/// What `dialogues export` is given.
pub struct ExportArgs {
    pub data_dir: PathBuf,
    pub recovery_key: PathBuf,
    /// One case by reference, or every case.
    pub case: Option<String>,
    /// The JSON file; the HTML rendering goes beside it with the extension `.html`.
    pub out: PathBuf,
    /// The language of the HTML rendering.
    pub lang: Lang,
}

/// Why an export failed. Nothing is written when any of these happens.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "{} already exists: an export is written only to a new file, so choose another --out (nothing was written)",
        .0.display()
    )]
    OutExists(PathBuf),
    #[error(
        "--out {} would put the HTML rendering on top of the JSON: give --out a name ending in .json, such as export.json (nothing was written)",
        .0.display()
    )]
    OutNotJson(PathBuf),
    #[error("cannot write {} ({source}): choose a writable --out path", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot read the recovery key file {} ({source}): give the file `dialogues init` wrote", path.display())]
    ReadKey { path: PathBuf, source: io::Error },
    #[error(
        "{} holds no age secret key (a line starting AGE-SECRET-KEY-1): give the recovery key file `dialogues init` wrote",
        .0.display()
    )]
    NotAKey(PathBuf),
    #[error(
        "the key in {} is not this organisation's recovery key: give the recovery key made by `dialogues init` for this data directory",
        .0.display()
    )]
    WrongKey(PathBuf),
    #[error(
        "there is no case with the reference {0}: check it (references look like DD-7KQ3MX) or leave out --case to export every case"
    )]
    UnknownCase(String),
    #[error(
        "case {reference} could not be decrypted ({problem}): its data may have been altered; nothing was written"
    )]
    Damaged {
        reference: String,
        problem: CryptoError,
    },
    #[error(
        "version {number} of the formulation of case {reference} (record {id}) could not be decrypted ({problem}): its data may have been altered; nothing was written"
    )]
    DamagedFormulation {
        reference: String,
        number: i64,
        id: String,
        problem: CryptoError,
    },
    #[error("the HTML rendering could not be made ({0}); nothing was written")]
    Render(String),
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
}

#[derive(Serialize)]
struct Export {
    format: &'static str,
    exported_at: String,
    organisation: String,
    cases: Vec<CaseExport>,
}

#[derive(Serialize)]
struct CaseExport {
    reference: String,
    status: String,
    opened_at: String,
    closed_at: Option<String>,
    facilitator: Person,
    details: Details,
    sessions: Vec<SessionExport>,
    concerns: Vec<ConcernExport>,
    /// Every version of the case's formulation, oldest first.
    formulations: Vec<FormulationExport>,
    /// The information-sharing log, newest first.
    sharing: Vec<SharingExport>,
}

#[derive(Serialize)]
struct SharingExport {
    id: String,
    kind: String,
    shared_on: String,
    /// A user id.
    recorded_by: String,
    recorded_at: String,
    /// Recipient, agency, legal basis, what was shared, who decided; for a multi-agency
    /// summary, the sections as they were shared.
    record: Disclosure,
}

#[derive(Serialize)]
struct CommentExport {
    id: String,
    /// A user id.
    author: String,
    created_at: String,
    /// The stage commented on; `None` for the whole session.
    stage: Option<String>,
    /// `comment`, or `return` (the reason the session was returned for changes).
    kind: String,
    text: String,
}

#[derive(Serialize)]
struct Person {
    id: String,
    name: String,
    email: String,
}

#[derive(Serialize)]
struct SessionExport {
    id: String,
    module: String,
    status: String,
    planned_on: Option<String>,
    started_at: Option<String>,
    closed_at: Option<String>,
    submitted_at: Option<String>,
    signed_off_at: Option<String>,
    signed_off_by: Option<String>,
    toolkit_version: String,
    toolkit_hash: String,
    training_snapshot: Option<gate::Snapshot>,
    notes: SessionNotes,
    amendments: Vec<AmendmentExport>,
    /// Supervisors' review comments and reasons for returning it, oldest first.
    review_comments: Vec<CommentExport>,
}

#[derive(Serialize)]
struct AmendmentExport {
    author: String,
    created_at: String,
    text: String,
}

#[derive(Serialize)]
struct FormulationExport {
    id: String,
    number: i64,
    status: String,
    /// The id of the signed-off version this one was copied from, and its number.
    based_on: Option<String>,
    based_on_number: Option<i64>,
    created_at: String,
    updated_at: String,
    submitted_at: Option<String>,
    signed_off_at: Option<String>,
    /// A user id, as for sessions.
    signed_off_by: Option<String>,
    toolkit_version: String,
    toolkit_hash: String,
    /// Ratings, evidence, sources and cited sessions per factor, other factors, domain
    /// judgements, summary, management plan, significant changes and reviews.
    document: FormulationDoc,
    /// The version's blind second rating by a supervisor, if one was started.
    second_rating: Option<SecondRatingExport>,
}

#[derive(Serialize)]
struct SecondRatingExport {
    id: String,
    /// A user id, as for sessions.
    rater: String,
    /// `in-progress` or `submitted`.
    status: String,
    started_at: String,
    submitted_at: Option<String>,
    /// Factor id → the supervisor's rating (a scale id).
    ratings: std::collections::BTreeMap<String, String>,
    /// Factor id → the facilitator's rating it was compared with (empty until submitted).
    facilitator_ratings: std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
struct ConcernExport {
    raised_by: String,
    raised_at: String,
    session: Option<String>,
    stage: Option<String>,
    status: String,
    acknowledged_by: Option<String>,
    acknowledged_at: Option<String>,
    what: String,
    action_taken: String,
}

/// Reads the recovery identity from the file `dialogues init` wrote (comment lines allowed).
pub fn read_recovery_key(path: &Path) -> Result<KeyPair, ExportError> {
    let text = std::fs::read_to_string(path).map_err(|source| ExportError::ReadKey {
        path: path.to_owned(),
        source,
    })?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .ok_or_else(|| ExportError::NotAKey(path.to_owned()))?;
    KeyPair::from_secret(&SecretString::from(line.to_owned()))
        .map_err(|_| ExportError::NotAKey(path.to_owned()))
}

/// Runs the export; returns the text to print.
pub async fn export(args: ExportArgs) -> Result<String, ExportError> {
    let html_out = html_path(&args.out)?;
    for path in [&args.out, &html_out] {
        if path.exists() {
            return Err(ExportError::OutExists(path.clone()));
        }
    }
    let recovery = read_recovery_key(&args.recovery_key)?;
    let db = Database::open_existing(&args.data_dir).await?;
    let result = export_in(&db, &args, &recovery).await;
    db.close().await;
    result
}

async fn export_in(
    db: &Database,
    args: &ExportArgs,
    recovery: &KeyPair,
) -> Result<String, ExportError> {
    let pool = db.reader();
    let expected = crate::accounts::store::recovery_recipient(pool).await?;
    if expected.as_deref() != Some(recovery.recipient().as_str()) {
        return Err(ExportError::WrongKey(args.recovery_key.clone()));
    }
    let rows = match &args.case {
        Some(reference) => vec![
            case_store::by_reference(pool, reference)
                .await?
                .ok_or_else(|| ExportError::UnknownCase(reference.trim().to_owned()))?,
        ],
        None => case_store::all(pool).await?,
    };
    let organisation: String = sqlx::query_scalar("SELECT name FROM organisation WHERE id = 1")
        .fetch_optional(pool)
        .await?
        .unwrap_or_default();
    let mut exported = Vec::with_capacity(rows.len());
    for case in rows {
        let reference = case.reference.clone();
        let damaged = |problem: CryptoError| ExportError::Damaged {
            reference: reference.clone(),
            problem,
        };
        let key = match keys::open_with_recovery(pool, &case.id, recovery).await {
            Ok(key) => key,
            Err(cases::OpenError::Crypto(e)) => return Err(damaged(e)),
            Err(cases::OpenError::Database(e)) => return Err(e.into()),
            Err(_) => return Err(damaged(CryptoError::WrongKey)),
        };
        exported.push(case_export(pool, case, &key, damaged).await?);
    }
    let document = Export {
        format: "dialogues-export-1",
        exported_at: crate::accounts::store::now_text(),
        organisation,
        cases: exported,
    };
    let count = document.cases.len();
    let json = serde_json::to_vec_pretty(&document).map_err(|e| ExportError::Write {
        path: args.out.clone(),
        source: io::Error::other(e),
    })?;
    let names = staff_names(pool).await?;
    let page = html::render(&document, &names, args.lang)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    let html_out = html_path(&args.out)?;
    write_new(&args.out, &json)?;
    if let Err(e) = write_new(&html_out, page.as_bytes()) {
        let _ = std::fs::remove_file(&args.out);
        return Err(e);
    }
    let mut tx = db.begin_write().await?;
    audit::append(
        &mut tx,
        Entry::new(Actor::CommandLine, Action::CasesExported, "command-line").detail(json!({
            "cases": document.cases.iter().map(|c| c.reference.as_str()).collect::<Vec<_>>(),
            "scope": if args.case.is_some() { "one" } else { "all" },
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(format!(
        "Exported {count} case(s) to {} and, for reading, {}.\nThe files hold every case's notes in plain text: keep them as carefully as the recovery key, and delete them when they have served their purpose.",
        args.out.display(),
        html_out.display()
    ))
}

async fn case_export(
    pool: &sqlx::SqlitePool,
    case: case_store::CaseRow,
    key: &Keyring,
    damaged: impl Fn(CryptoError) -> ExportError,
) -> Result<CaseExport, ExportError> {
    let details: Details = crate::crypto::open(&cases::details_binding(&case), &case.details, key)
        .map_err(&damaged)?;
    let mut sessions_out = Vec::new();
    for row in session_store::of_case(pool, &case.id).await? {
        let notes = sessions::open_notes(&row, key).map_err(&damaged)?;
        let mut amendments = Vec::new();
        for a in session_store::amendments_of(pool, &row.id).await? {
            let body = sessions::open_amendment(&a, &case.id, key).map_err(&damaged)?;
            amendments.push(AmendmentExport {
                author: a.author_id,
                created_at: a.created_at,
                text: body.text,
            });
        }
        let mut review_comments = Vec::new();
        for c in session_store::comments_of(pool, &row.id).await? {
            let body = sessions::open_comment(&c, key).map_err(&damaged)?;
            review_comments.push(CommentExport {
                id: c.id,
                author: c.author_id,
                created_at: c.created_at,
                stage: c.stage_id,
                kind: c.kind,
                text: body.text,
            });
        }
        sessions_out.push(SessionExport {
            review_comments,
            training_snapshot: gate::Snapshot::from_json(&row.training_snapshot),
            id: row.id,
            module: row.module_id,
            status: row.status,
            planned_on: row.planned_on,
            started_at: row.started_at,
            closed_at: row.closed_at,
            submitted_at: row.submitted_at,
            signed_off_at: row.signed_off_at,
            signed_off_by: row.signed_off_by,
            toolkit_version: row.toolkit_version,
            toolkit_hash: row.toolkit_hash,
            notes,
            amendments,
        });
    }
    let mut concerns_out = Vec::new();
    for row in concerns::of_case(pool, &case.id).await? {
        let account = concerns::open_account(&row, key).map_err(&damaged)?;
        concerns_out.push(ConcernExport {
            raised_by: row.raised_by,
            raised_at: row.raised_at,
            session: row.session_id,
            stage: row.stage_id,
            status: row.status,
            acknowledged_by: row.acknowledged_by,
            acknowledged_at: row.acknowledged_at,
            what: account.what,
            action_taken: account.action_taken,
        });
    }
    let versions = formulation_store::of_case(pool, &case.id).await?;
    let second_ratings = crate::second_rating::store::of_case(pool, &case.id).await?;
    let mut formulations_out = Vec::with_capacity(versions.len());
    for row in &versions {
        let document = formulations::open_doc(row, key).map_err(|problem| {
            ExportError::DamagedFormulation {
                reference: case.reference.clone(),
                number: row.number,
                id: row.id.clone(),
                problem,
            }
        })?;
        let second_rating = match second_ratings.iter().find(|r| r.formulation_id == row.id) {
            Some(rating) => {
                let doc = crate::second_rating::open_doc(rating, key).map_err(|problem| {
                    ExportError::DamagedFormulation {
                        reference: case.reference.clone(),
                        number: row.number,
                        id: rating.id.clone(),
                        problem,
                    }
                })?;
                Some(SecondRatingExport {
                    id: rating.id.clone(),
                    rater: rating.rater_id.clone(),
                    status: rating.status.clone(),
                    started_at: rating.started_at.clone(),
                    submitted_at: rating.submitted_at.clone(),
                    ratings: doc.ratings,
                    facilitator_ratings: doc.facilitator,
                })
            }
            None => None,
        };
        let based_on_number = row
            .based_on
            .as_ref()
            .and_then(|id| versions.iter().find(|v| &v.id == id))
            .map(|v| v.number);
        formulations_out.push(FormulationExport {
            id: row.id.clone(),
            number: row.number,
            status: row.status.clone(),
            based_on: row.based_on.clone(),
            based_on_number,
            created_at: row.created_at.clone(),
            updated_at: row.updated_at.clone(),
            submitted_at: row.submitted_at.clone(),
            signed_off_at: row.signed_off_at.clone(),
            signed_off_by: row.signed_off_by.clone(),
            toolkit_version: row.toolkit_version.clone(),
            toolkit_hash: row.toolkit_hash.clone(),
            document,
            second_rating,
        });
    }
    let mut sharing_out = Vec::new();
    for row in sharing::store::of_case(pool, &case.id).await? {
        let record = sharing::open_record(&row, key).map_err(&damaged)?;
        sharing_out.push(SharingExport {
            id: row.id,
            kind: row.kind,
            shared_on: row.shared_on,
            recorded_by: row.recorded_by,
            recorded_at: row.recorded_at,
            record,
        });
    }
    let facilitator: (String, String) =
        sqlx::query_as("SELECT name, email FROM users WHERE id = ?")
            .bind(&case.facilitator_id)
            .fetch_optional(pool)
            .await?
            .unwrap_or_default();
    Ok(CaseExport {
        reference: case.reference,
        status: case.status,
        opened_at: case.opened_at,
        closed_at: case.closed_at,
        facilitator: Person {
            id: case.facilitator_id,
            name: facilitator.0,
            email: facilitator.1,
        },
        details,
        sessions: sessions_out,
        concerns: concerns_out,
        formulations: formulations_out,
        sharing: sharing_out,
    })
}

/// Where the HTML rendering of an export to `out` goes: beside it, ending in `.html`.
fn html_path(out: &Path) -> Result<PathBuf, ExportError> {
    let html = out.with_extension("html");
    if html == out {
        return Err(ExportError::OutNotJson(out.to_owned()));
    }
    Ok(html)
}

/// Every member of staff's name by id, for the HTML rendering (staff names are not protected).
async fn staff_names(
    pool: &sqlx::SqlitePool,
) -> Result<std::collections::HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT id, name FROM users")
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Writes a new file (refusing an existing one), mode 0600, flushed to disk.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|source| match source.kind() {
            io::ErrorKind::AlreadyExists => ExportError::OutExists(path.to_owned()),
            _ => ExportError::Write {
                path: path.to_owned(),
                source,
            },
        })?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|source| {
            let _ = std::fs::remove_file(path);
            ExportError::Write {
                path: path.to_owned(),
                source,
            }
        })
}
