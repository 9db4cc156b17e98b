//! `dialogues retention`: lists the closed cases whose retention period has passed and, with
//! `--apply --by EMAIL`, destroys them (see [`crate::retention`] for what is destroyed and what
//! remains). Without `--apply` nothing is changed. `--case REF` works on one case, and refuses an
//! open case or one that is not yet due with a message saying why and when.
//!
//! The administrator named with `--by` is recorded as who destroyed each case, in the
//! tombstone and the audit entry. This command must never print or log any case content: it
//! prints references, dates and counts.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::audit::Actor;
use crate::db::{Database, DbError};
use crate::i18n::Lang;
use crate::retention::{self, DestroyError, DueCase, Scrub, Standing};

/// What `dialogues retention` is given.
pub struct RetentionArgs {
    pub data_dir: PathBuf,
    pub days: u32,
    /// One case by reference, or every due case.
    pub case: Option<String>,
    pub apply: bool,
    /// The administrator authorising the destruction (needed with `apply`).
    pub by: Option<String>,
}

/// Why retention refused or stopped. Each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error(
        "--apply needs --by EMAIL: the email of the administrator who authorises the destruction (nothing was destroyed)"
    )]
    NoAdministrator,
    #[error(
        "--by {0} is not an active administrator: give the email of an administrator's account (`dialogues user list` shows them; nothing was destroyed)"
    )]
    NotAdministrator(String),
    #[error(
        "case {0} is open, so it cannot be destroyed: a case is destroyed only after it has been closed and its retention period has passed (nothing was destroyed)"
    )]
    Open(String),
    #[error(
        "case {reference} is closed but not due for destruction until {due_on} (retention period {days} days; nothing was destroyed)"
    )]
    NotYet {
        reference: String,
        due_on: String,
        days: u32,
    },
    #[error("case {reference} was already destroyed on {destroyed_on} (nothing was changed)")]
    Destroyed {
        reference: String,
        destroyed_on: String,
    },
    #[error(
        "there is no case with the reference {0}: check it (references look like DD-7KQ3MX) or leave out --case to list every case that is due"
    )]
    UnknownCase(String),
    #[error("{done}case {reference} was not destroyed: {problem}")]
    Stopped {
        done: String,
        reference: String,
        problem: DestroyError,
    },
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
}

fn words(date: NaiveDate) -> String {
    Lang::En.format_date(date)
}

/// Runs the command; returns the text to print.
pub async fn run(args: RetentionArgs) -> Result<String, RetentionError> {
    if args.apply && args.by.as_deref().is_none_or(|b| b.trim().is_empty()) {
        return Err(RetentionError::NoAdministrator);
    }
    let db = Database::open_existing(&args.data_dir).await?;
    let result = run_in(&db, &args).await;
    db.close().await;
    result
}

async fn administrator(db: &Database, email: &str) -> Result<Actor, RetentionError> {
    let id: Option<String> = sqlx::query_scalar(
        "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id
         WHERE lower(u.email) = lower(?) AND r.role = 'administrator' AND u.disabled = 0",
    )
    .bind(email.trim())
    .fetch_optional(db.reader())
    .await?;
    id.map(Actor::User)
        .ok_or_else(|| RetentionError::NotAdministrator(email.trim().to_owned()))
}

async fn run_in(db: &Database, args: &RetentionArgs) -> Result<String, RetentionError> {
    let today = chrono::Utc::now().date_naive();
    let by = match (&args.by, args.apply) {
        (Some(email), true) => Some(administrator(db, email).await?),
        _ => None,
    };
    let due: Vec<DueCase> = match &args.case {
        Some(reference) => {
            match retention::standing(db.reader(), reference, args.days, today).await? {
                Standing::Due(case) => vec![case],
                Standing::Open { reference } => return Err(RetentionError::Open(reference)),
                Standing::NotYet { reference, due_on } => {
                    return Err(RetentionError::NotYet {
                        reference,
                        due_on: words(due_on),
                        days: args.days,
                    });
                }
                Standing::Destroyed {
                    reference,
                    destroyed_on,
                } => {
                    return Err(RetentionError::Destroyed {
                        reference,
                        destroyed_on,
                    });
                }
                Standing::Unknown => {
                    return Err(RetentionError::UnknownCase(reference.trim().to_owned()));
                }
            }
        }
        None => retention::due(db.reader(), args.days, today).await?,
    };
    let period = format!("retention period {} days after closing", args.days);
    if due.is_empty() {
        return Ok(format!("No closed case is due for destruction ({period})."));
    }
    let Some(by) = by else {
        let mut out = format!("{} case(s) due for destruction ({period}):\n", due.len());
        for case in &due {
            out.push_str(&format!(
                "  {}  closed {}, due since {}\n",
                case.case.reference,
                words(case.closed_on),
                words(case.due_on)
            ));
        }
        out.push_str(
            "Nothing was destroyed. To destroy them, run again with --apply --by EMAIL (an administrator's email).",
        );
        return Ok(out);
    };
    let mut out = String::new();
    for case in &due {
        match retention::destroy(db, case, args.days, today, &by, "command-line").await {
            Ok(counts) => out.push_str(&format!(
                "Destroyed {}: its details, {} session(s) with {} amendment(s) and {} review comment(s), {} concern(s), {} formulation version(s), {} second rating(s), {} sharing record(s) and {} key grant(s).\n",
                case.case.reference,
                counts.sessions,
                counts.amendments,
                counts.review_comments,
                counts.concerns,
                counts.formulations,
                counts.second_ratings,
                counts.sharing_records,
                counts.key_grants,
            )),
            Err(problem) => {
                // What was destroyed before stays destroyed; scrub it before stopping.
                let _ = retention::scrub_wal(db).await;
                return Err(RetentionError::Stopped {
                    done: out,
                    reference: case.case.reference.clone(),
                    problem,
                });
            }
        }
    }
    match retention::scrub_wal(db).await? {
        Scrub::Complete => out.push_str(
            "The freed space was overwritten and the write-ahead log emptied. Backups made before today still hold these cases until they are deleted.",
        ),
        Scrub::Busy => out.push_str(
            "The server was reading the database, so part of the write-ahead log could not be emptied yet: it is overwritten at the server's next checkpoint, or run this command again with the server stopped. Backups made before today still hold these cases until they are deleted.",
        ),
    }
    Ok(out)
}
