//! `dialogues recover --data DIR --recovery-key KEYFILE --user EMAIL [--case REF…]`: gives a
//! person whose password was reset their case keys again, with the organisation's recovery
//! key, so that nobody has to learn or share a password.
//!
//! A reset removes a person's key; when they choose a new password they get a new one, and
//! every grant wrapped to the old key is useless. For each case the person should hold (the
//! cases they facilitate and those of the facilitators they supervise today, standing or
//! cover, as `effective_supervision` says; or only the `--case` references given, each of
//! which must be one of those), this opens the case's keyring from its recovery grant and wraps
//! it to the person's current public key, replacing any stale grant. Everything is checked
//! before anything is written, and all grants are written in one transaction, each with its
//! own `case-access-recovered` audit entry (the case and the person, never key material).
//!
//! Supervision records are sealed to the supervisor and supervisee themselves, not to a case
//! key, so they are out of this command's reach. This module must never print or log a key.

use std::path::PathBuf;

use serde_json::json;
use sqlx::SqlitePool;

use crate::accounts::{AccountStatus, Email, FieldProblem};
use crate::audit::{self, Action, Actor, Entry};
use crate::cases::store::{self as case_store, Grant};
use crate::cases::{OpenError, keys};
use crate::commands::export::{ExportError, read_recovery_key};
use crate::crypto::{self, CryptoError, KeyPair};
use crate::db::{Database, DbError};

/// What `dialogues recover` is given.
pub struct RecoverArgs {
    pub data_dir: PathBuf,
    pub recovery_key: PathBuf,
    /// The person's email address.
    pub user: String,
    /// Only these cases (references); empty means every case they should hold.
    pub cases: Vec<String>,
}

/// Why nothing was recovered. When any of these happens, no grant was written.
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    #[error("--user: {0}")]
    Email(FieldProblem),
    #[error(transparent)]
    Key(#[from] ExportError),
    #[error(
        "there is no account with the email {0}: check it with `dialogues user list` (nothing was changed)"
    )]
    UnknownAccount(String),
    #[error(
        "the account {0} is disabled: enable it on the Accounts page first, then run recover again (nothing was changed)"
    )]
    Disabled(String),
    #[error(
        "{0} has not chosen a new password since the reset, so there is no key to give their cases to yet: give them the link from `dialogues user reset`, and run recover once they have used it (nothing was changed)"
    )]
    NoKeyYet(String),
    #[error(
        "there is no case with the reference {0}: check it (references look like DD-7KQ3MX), or leave out --case to recover every case they should hold (nothing was changed)"
    )]
    UnknownCase(String),
    #[error(
        "{email} is neither the facilitator of case {reference} nor a supervisor of its facilitator, so recover will not give them its key: move the case to them first if it should be theirs (nothing was changed)"
    )]
    NotTheirs { email: String, reference: String },
    #[error(
        "case {reference} has no grant for the recovery key, so it cannot be recovered with it: a colleague who holds the case can give access by opening it (nothing was changed)"
    )]
    NoRecoveryGrant { reference: String },
    #[error(
        "the key of case {reference} could not be opened with the recovery key ({problem}): its data may have been altered; report this to your data controller (nothing was changed)"
    )]
    Damaged {
        reference: String,
        problem: CryptoError,
    },
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
}

/// One case to give back.
#[derive(Debug, Clone, sqlx::FromRow)]
struct Holdable {
    id: String,
    reference: String,
}

/// Runs the recovery; returns the text to print.
pub async fn recover(args: RecoverArgs) -> Result<String, RecoverError> {
    let email = Email::parse(&args.user).map_err(RecoverError::Email)?;
    let recovery = read_recovery_key(&args.recovery_key)?;
    let db = Database::open_existing(&args.data_dir).await?;
    let result = recover_in(&db, &args, &email, &recovery).await;
    db.close().await;
    result
}

async fn recover_in(
    db: &Database,
    args: &RecoverArgs,
    email: &Email,
    recovery: &KeyPair,
) -> Result<String, RecoverError> {
    let pool = db.reader();
    let expected = crate::accounts::store::recovery_recipient(pool).await?;
    if expected.as_deref() != Some(recovery.recipient().as_str()) {
        return Err(ExportError::WrongKey(args.recovery_key.clone()).into());
    }
    let account = crate::accounts::store::find_by_email(pool, email)
        .await?
        .ok_or_else(|| RecoverError::UnknownAccount(email.to_string()))?;
    if account.status == AccountStatus::Disabled {
        return Err(RecoverError::Disabled(email.to_string()));
    }
    let public_key = account
        .public_key
        .clone()
        .ok_or_else(|| RecoverError::NoKeyYet(email.to_string()))?;
    let holdable = holdable_cases(pool, account.id.as_str()).await?;
    let chosen = if args.cases.is_empty() {
        holdable
    } else {
        choose(pool, &holdable, &args.cases, email).await?
    };

    // Open and wrap everything first: a case that does not open stops the run before any
    // grant is written.
    let mut grants: Vec<(Holdable, Grant)> = Vec::new();
    let mut already = Vec::new();
    for case in chosen {
        let held = case_store::grant_of(pool, &case.id, account.id.as_str()).await?;
        if held.is_some_and(|g| g.recipient == public_key) {
            already.push(case.reference);
            continue;
        }
        let ring = match keys::open_with_recovery(pool, &case.id, recovery).await {
            Ok(ring) => ring,
            Err(OpenError::NoKey) => {
                return Err(RecoverError::NoRecoveryGrant {
                    reference: case.reference,
                });
            }
            Err(OpenError::Crypto(problem)) => {
                return Err(RecoverError::Damaged {
                    reference: case.reference,
                    problem,
                });
            }
            Err(OpenError::Database(e)) => return Err(e.into()),
            Err(OpenError::NotFound) => {
                return Err(RecoverError::UnknownCase(case.reference));
            }
        };
        let wrapped_key =
            crypto::wrap_keyring(&ring, &public_key).map_err(|problem| RecoverError::Damaged {
                reference: case.reference.clone(),
                problem,
            })?;
        grants.push((
            case,
            Grant {
                grantee: account.id.to_string(),
                recipient: public_key.clone(),
                wrapped_key,
            },
        ));
    }

    if !grants.is_empty() {
        let mut tx = db.begin_write().await?;
        for (case, grant) in &grants {
            case_store::put_grant(&mut tx, &case.id, grant).await?;
            audit::append(
                &mut tx,
                Entry::new(
                    Actor::CommandLine,
                    Action::CaseAccessRecovered,
                    "command-line",
                )
                .subject(&case.id)
                .detail(json!({
                    "grantee": account.id.as_str(),
                    "reference": case.reference,
                    "with": "recovery-key",
                })),
            )
            .await?;
        }
        tx.commit().await?;
    }

    let who = format!("{} <{email}>", account.name);
    let given: Vec<&str> = grants.iter().map(|(c, _)| c.reference.as_str()).collect();
    let mut out = if given.is_empty() && already.is_empty() {
        format!(
            "{who} holds no cases: they facilitate none and supervise nobody with a case. Nothing was changed."
        )
    } else if given.is_empty() {
        format!("{who} already holds the key of every case asked for. Nothing was changed.")
    } else {
        format!(
            "Gave {who} access again to {} case(s): {}.\nEach grant is recorded in the audit log.",
            given.len(),
            given.join(", ")
        )
    };
    if !given.is_empty() && !already.is_empty() {
        out.push_str(&format!(
            "\nAlready held, unchanged: {}.",
            already.join(", ")
        ));
    }
    Ok(out)
}

/// Every case this person should hold: those they facilitate and those of the facilitators
/// they supervise today (standing links and running cover).
async fn holdable_cases(pool: &SqlitePool, user_id: &str) -> Result<Vec<Holdable>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.reference FROM cases c
         WHERE c.facilitator_id = ?1
            OR EXISTS (SELECT 1 FROM effective_supervision v
                       WHERE v.supervisor_id = ?1 AND v.supervisee_id = c.facilitator_id)
         ORDER BY c.reference",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// The `--case` references, each checked: it exists and is one this person should hold.
async fn choose(
    pool: &SqlitePool,
    holdable: &[Holdable],
    references: &[String],
    email: &Email,
) -> Result<Vec<Holdable>, RecoverError> {
    let mut chosen: Vec<Holdable> = Vec::new();
    for reference in references {
        let case = case_store::by_reference(pool, reference)
            .await?
            .ok_or_else(|| RecoverError::UnknownCase(reference.trim().to_owned()))?;
        let Some(found) = holdable.iter().find(|h| h.id == case.id) else {
            return Err(RecoverError::NotTheirs {
                email: email.to_string(),
                reference: case.reference,
            });
        };
        if !chosen.iter().any(|c| c.id == found.id) {
            chosen.push(found.clone());
        }
    }
    Ok(chosen)
}
