//! The audit chain: who did what, when and from where, in an append-only table where every
//! row carries the hash of the row before it.
//!
//! [`append`] writes a row inside the caller's write transaction, so the audit row and the
//! change it records commit together or not at all. [`verify`] walks the chain and names the
//! first row that was altered, removed or reordered; `audit_head` (updated with every row)
//! also exposes rows cut off the end. Administrators see [`head`] so they can record it
//! outside the system.
//!
//! Never put note content, identifying details, passwords or keys in an entry: `detail` is for
//! ids, role names, reasons chosen from a list and counts.

use chrono::{SecondsFormat, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;

/// The hash before the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who acted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in user, by id.
    User(String),
    /// Someone at the machine's command line (`dialogues init`, `user add`, …).
    CommandLine,
    /// Someone not signed in (a failed sign-in).
    Anonymous,
    /// The server itself (revoking grants when a cover ends).
    System,
}

impl Actor {
    /// How the actor is written in the log (and in `recorded_by` columns).
    pub fn as_text(&self) -> String {
        match self {
            Actor::User(id) => format!("user:{id}"),
            Actor::CommandLine => "command-line".to_owned(),
            Actor::Anonymous => "anonymous".to_owned(),
            Actor::System => "system".to_owned(),
        }
    }
}

/// What happened. Later features add their own actions here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    OrganisationCreated,
    AccountCreated,
    AccountActivated,
    ActivationIssued,
    RolesChanged,
    SupervisionChanged,
    AccountDisabled,
    AccountEnabled,
    PasswordReset,
    PasswordChanged,
    SignIn,
    SignInFailed,
    SignInThrottled,
    SignOut,
    TrainingRecorded,
    TrainingRecordRemoved,
    TrainingImported,
    TrainingPlanned,
    StaffDetailsChanged,
    RefresherFinished,
    CalibrationSubmitted,
    CaseOpened,
    CaseRead,
    CaseDetailsChanged,
    CaseClosed,
    CaseReopened,
    CaseGranted,
    CaseGrantRevoked,
    CaseKeyRotated,
    CaseReassigned,
    CoverSet,
    GateOverridden,
    SessionPlanned,
    SessionStarted,
    SessionNotesSaved,
    SessionClosed,
    SessionSubmitted,
    SessionSignedOff,
    SessionAmended,
    SessionCommented,
    SessionReturned,
    ConcernRaised,
    ConcernAcknowledged,
    FormulationStarted,
    FormulationSaved,
    FormulationSubmitted,
    FormulationReturned,
    FormulationSignedOff,
    SecondRatingStarted,
    SecondRatingSaved,
    SecondRatingSubmitted,
    SecondRatingAbandoned,
    SupervisionRecordSaved,
    SupervisionRecordRead,
    CasesExported,
    DemoCreated,
    BackupMade,
    BackupRestored,
    CaseAccessRecovered,
    SharingRecorded,
    MultiAgencySummaryProduced,
    CaseDestroyed,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::OrganisationCreated => "organisation-created",
            Action::AccountCreated => "account-created",
            Action::AccountActivated => "account-activated",
            Action::ActivationIssued => "activation-issued",
            Action::RolesChanged => "roles-changed",
            Action::SupervisionChanged => "supervision-changed",
            Action::AccountDisabled => "account-disabled",
            Action::AccountEnabled => "account-enabled",
            Action::PasswordReset => "password-reset",
            Action::PasswordChanged => "password-changed",
            Action::SignIn => "sign-in",
            Action::SignInFailed => "sign-in-failed",
            Action::SignInThrottled => "sign-in-throttled",
            Action::SignOut => "sign-out",
            Action::TrainingRecorded => "training-recorded",
            Action::TrainingRecordRemoved => "training-record-removed",
            Action::TrainingImported => "training-imported",
            Action::TrainingPlanned => "training-planned",
            Action::StaffDetailsChanged => "staff-details-changed",
            Action::RefresherFinished => "refresher-finished",
            Action::CalibrationSubmitted => "calibration-submitted",
            Action::CaseOpened => "case-opened",
            Action::CaseRead => "case-read",
            Action::CaseDetailsChanged => "case-details-changed",
            Action::CaseClosed => "case-closed",
            Action::CaseReopened => "case-reopened",
            Action::CaseGranted => "case-granted",
            Action::CaseGrantRevoked => "case-grant-revoked",
            Action::CaseKeyRotated => "case-key-rotated",
            Action::CaseReassigned => "case-reassigned",
            Action::CoverSet => "cover-set",
            Action::GateOverridden => "gate-overridden",
            Action::SessionPlanned => "session-planned",
            Action::SessionStarted => "session-started",
            Action::SessionNotesSaved => "session-notes-saved",
            Action::SessionClosed => "session-closed",
            Action::SessionSubmitted => "session-submitted",
            Action::SessionSignedOff => "session-signed-off",
            Action::SessionAmended => "session-amended",
            Action::SessionCommented => "session-commented",
            Action::SessionReturned => "session-returned",
            Action::ConcernRaised => "concern-raised",
            Action::ConcernAcknowledged => "concern-acknowledged",
            Action::FormulationStarted => "formulation-started",
            Action::FormulationSaved => "formulation-saved",
            Action::FormulationSubmitted => "formulation-submitted",
            Action::FormulationReturned => "formulation-returned",
            Action::FormulationSignedOff => "formulation-signed-off",
            Action::SecondRatingStarted => "second-rating-started",
            Action::SecondRatingSaved => "second-rating-saved",
            Action::SecondRatingSubmitted => "second-rating-submitted",
            Action::SecondRatingAbandoned => "second-rating-abandoned",
            Action::SupervisionRecordSaved => "supervision-record-saved",
            Action::SupervisionRecordRead => "supervision-record-read",
            Action::CasesExported => "cases-exported",
            Action::DemoCreated => "demo-created",
            Action::BackupMade => "backup-made",
            Action::BackupRestored => "backup-restored",
            Action::CaseAccessRecovered => "case-access-recovered",
            Action::SharingRecorded => "sharing-recorded",
            Action::MultiAgencySummaryProduced => "multi-agency-summary-produced",
            Action::CaseDestroyed => "case-destroyed",
        }
    }
}

/// One entry to append.
#[derive(Debug, Clone)]
pub struct Entry {
    pub actor: Actor,
    pub action: Action,
    /// The object acted on, by id (an account, a case, …).
    pub subject: Option<String>,
    /// Extra facts without secrets or content (role names, counts, reasons from a list).
    pub detail: Value,
    /// Where from: a client address, or `command-line`.
    pub source: String,
}

impl Entry {
    pub fn new(actor: Actor, action: Action, source: impl Into<String>) -> Self {
        Self {
            actor,
            action,
            subject: None,
            detail: Value::Object(Default::default()),
            source: source.into(),
        }
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    pub fn detail(mut self, detail: Value) -> Self {
        self.detail = detail;
        self
    }
}

/// A stored row, as verification reads it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub detail: String,
    pub source: String,
    pub prev_hash: String,
    pub hash: String,
}

impl Row {
    /// The hash of a row: SHA-256 over the previous hash and every field, each
    /// length-prefixed so that no two different rows can give the same input.
    pub fn computed_hash(&self) -> String {
        let mut hasher = Sha256::new();
        let subject = self.subject.as_deref().unwrap_or("\u{0}none");
        let seq = self.seq.to_string();
        for field in [
            &self.prev_hash,
            &seq,
            &self.at,
            &self.actor,
            &self.action,
            subject,
            &self.detail,
            &self.source,
        ] {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field.as_bytes());
        }
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// Appends an entry inside the caller's write transaction (started with `BEGIN IMMEDIATE`, so
/// no other writer can slip a row in between reading the head and writing the next row).
pub async fn append(conn: &mut SqliteConnection, entry: Entry) -> Result<(), sqlx::Error> {
    let (last_seq, prev_hash): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&mut *conn)
            .await?;
    let mut row = Row {
        seq: last_seq + 1,
        at: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
        actor: entry.actor.as_text(),
        action: entry.action.as_str().to_owned(),
        subject: entry.subject,
        detail: entry.detail.to_string(),
        source: entry.source,
        prev_hash,
        hash: String::new(),
    };
    row.hash = row.computed_hash();
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, source, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(row.seq)
    .bind(&row.at)
    .bind(&row.actor)
    .bind(&row.action)
    .bind(&row.subject)
    .bind(&row.detail)
    .bind(&row.source)
    .bind(&row.prev_hash)
    .bind(&row.hash)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")
        .bind(row.seq)
        .bind(&row.hash)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The chain's current head: the number of rows and the last hash.
pub async fn head(pool: &sqlx::SqlitePool) -> Result<(i64, String), sqlx::Error> {
    sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
        .fetch_one(pool)
        .await
}

/// What verification found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every row links to the one before and matches its hash.
    Intact { rows: i64, head: String },
    /// The first row found at fault, and what is wrong with it.
    Broken { row: i64, problem: String },
}

/// Walks the whole chain in order.
pub async fn verify(pool: &sqlx::SqlitePool) -> Result<Verdict, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, at, actor, action, subject, detail, source, prev_hash, hash FROM audit_log ORDER BY seq",
    )
    .fetch_all(pool)
    .await?;
    let mut expected_seq = 1;
    let mut prev = GENESIS.to_owned();
    for row in &rows {
        if row.seq != expected_seq {
            return Ok(Verdict::Broken {
                row: expected_seq,
                problem: format!(
                    "row {expected_seq} is missing (the next row is {})",
                    row.seq
                ),
            });
        }
        if row.prev_hash != prev {
            return Ok(Verdict::Broken {
                row: row.seq,
                problem: format!(
                    "row {} does not follow row {}: rows were removed, inserted or reordered",
                    row.seq,
                    row.seq - 1
                ),
            });
        }
        if row.computed_hash() != row.hash {
            return Ok(Verdict::Broken {
                row: row.seq,
                problem: format!(
                    "row {} was altered: its contents do not match its hash",
                    row.seq
                ),
            });
        }
        prev = row.hash.clone();
        expected_seq += 1;
    }
    let (head_seq, head_hash) = head(pool).await?;
    let last = expected_seq - 1;
    if head_seq != last || head_hash != prev {
        return Ok(Verdict::Broken {
            row: head_seq.max(last),
            problem: format!(
                "the chain ends at row {last} but its recorded head is row {head_seq}: rows were removed from the end"
            ),
        });
    }
    Ok(Verdict::Intact {
        rows: last,
        head: prev,
    })
}
