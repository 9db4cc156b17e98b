//! Supervision records: a supervisor records each supervision meeting with a person they
//! supervise: the date, the cases discussed (references from the supervisee's caseload), their
//! reflective notes, the practitioner's wellbeing and the support agreed. Staff doing this work
//! need ongoing supervision and support, so the expected frequency is configurable
//! (`--supervision-every-days`, default 28) and supervision that is overdue, or was never
//! recorded, is flagged on the supervisor's list.
//!
//! **Sealed to the two people.** A record is about the member of staff, not a case, so it is
//! not sealed to a case key: its body ([`records::RecordBody`]) is one age ciphertext sealed to
//! the supervisor's and the supervisee's own public keys, with the record id, the author and
//! the version bound inside (an empty case id). Only the ids, the meeting date, the creation
//! time and the version are plaintext (the date is what the due rule needs). The organisation's
//! recovery key is deliberately not a recipient: the issue asks for records visible to the two
//! of them; a record whose two readers both lose their keys (administrator resets) is lost.
//!
//! **Who sees what.** "Who supervises whom today" is the `effective_supervision` view (standing
//! links and running cover). A current supervisor lists a supervisee's meetings (dates and who
//! recorded them, so cover and co-supervisors see when supervision last happened) and reads the
//! records they wrote; the supervisee reads every record about themselves, read-only. A
//! supervisor who stops supervising someone keeps reading the records they wrote (they are
//! sealed to them) but can neither add nor change any: changing needs the supervisee's current
//! caseload, which they no longer see. Everyone else gets 404 for every URL.
//!
//! **Nothing lost, nothing silent.** Every opened record is written to the audit chain
//! (`supervision-record-read`) before it is shown, and every save with its audit row in one
//! group-committed write (`supervision-record-saved`). An edit names the version it started
//! from; a stale one is refused with both texts on the page. A new record's id is made when the
//! form is shown, so sending the same form twice saves it once. Nothing is ever deleted (a
//! trigger refuses it).
//!
//! This module never puts record content in a log, an audit entry, an error or a URL.

pub mod pages;
pub mod records;
pub mod store;

use chrono::NaiveDate;
use serde_json::json;

use crate::accounts::ChangedBy;
use crate::audit::{self, Action, Entry};
use crate::crypto::{self, CryptoError, KeyPair};
use crate::db::Database;
use records::RecordBody;
use store::RecordRow;

/// Why a supervision record was not saved. None of these carries content.
#[derive(Debug, thiserror::Error)]
pub enum SupervisionError {
    /// The record changed after the editor loaded it.
    #[error("changed since opened")]
    Conflict,
    /// A record with this id already exists (the same form sent twice).
    #[error("already saved")]
    AlreadySaved,
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<SupervisionError> for crate::web::error::AppError {
    fn from(e: SupervisionError) -> Self {
        match e {
            SupervisionError::Database(e) => {
                crate::web::error::AppError::database("supervision", e)
            }
            other => crate::web::error::AppError::Internal(format!("supervision: {other}")),
        }
    }
}

/// Opens a record's body with the reader's own key, checking it belongs to this row.
pub fn open_body(row: &RecordRow, own: &KeyPair) -> Result<RecordBody, CryptoError> {
    crypto::open_as(
        &records::binding(&row.id, &row.supervisor_id, row.version),
        &row.body,
        own,
    )
}

/// The public keys a record is sealed to: the supervisor's, then the supervisee's.
pub struct Recipients {
    pub supervisor: String,
    pub supervisee: String,
}

impl Recipients {
    fn list(&self) -> [String; 2] {
        [self.supervisor.clone(), self.supervisee.clone()]
    }
}

/// Who and when a new record is about.
pub struct NewRecord<'a> {
    /// Made when the form was shown, so the same form sent twice saves once.
    pub id: &'a str,
    pub supervisor_id: &'a str,
    pub supervisee_id: &'a str,
    pub held_on: NaiveDate,
}

/// A new record: sealed, stored and audited in one write.
pub async fn create(
    db: &Database,
    by: &ChangedBy,
    new: NewRecord<'_>,
    recipients: &Recipients,
    body: &RecordBody,
) -> Result<(), SupervisionError> {
    let row = RecordRow {
        id: new.id.to_owned(),
        supervisor_id: new.supervisor_id.to_owned(),
        supervisee_id: new.supervisee_id.to_owned(),
        held_on: new.held_on.format("%Y-%m-%d").to_string(),
        created_at: crate::accounts::store::now_text(),
        version: 1,
        body: crypto::seal_to_each(
            &records::binding(new.id, new.supervisor_id, 1),
            body,
            &recipients.list(),
        )?,
    };
    let entry = saved_entry(by, &row, true);
    let written = db
        .write(move |conn| {
            Box::pin(async move {
                match store::insert(conn, &row).await {
                    Ok(()) => {}
                    Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(false),
                    Err(e) => return Err(e),
                }
                audit::append(conn, entry).await?;
                Ok(true)
            })
        })
        .await?;
    if written {
        Ok(())
    } else {
        Err(SupervisionError::AlreadySaved)
    }
}

/// Replaces a record's date and body, made from `base_version`; refused (nothing written) when
/// the record changed since. Returns the new version.
pub async fn edit(
    db: &Database,
    by: &ChangedBy,
    current: &RecordRow,
    recipients: &Recipients,
    base_version: i64,
    held_on: NaiveDate,
    body: &RecordBody,
) -> Result<i64, SupervisionError> {
    if current.version != base_version {
        return Err(SupervisionError::Conflict);
    }
    let version = base_version + 1;
    let next = RecordRow {
        held_on: held_on.format("%Y-%m-%d").to_string(),
        version,
        body: crypto::seal_to_each(
            &records::binding(&current.id, &current.supervisor_id, version),
            body,
            &recipients.list(),
        )?,
        ..current.clone()
    };
    let entry = saved_entry(by, &next, false);
    let written = db
        .write(move |conn| {
            Box::pin(async move {
                if !store::update(conn, &next, base_version).await? {
                    return Ok(false);
                }
                audit::append(conn, entry).await?;
                Ok(true)
            })
        })
        .await?;
    if written {
        Ok(version)
    } else {
        Err(SupervisionError::Conflict)
    }
}

fn saved_entry(by: &ChangedBy, row: &RecordRow, new: bool) -> Entry {
    Entry::new(by.actor.clone(), Action::SupervisionRecordSaved, &by.source)
        .subject(&row.id)
        .detail(json!({
            "supervisor": row.supervisor_id,
            "supervisee": row.supervisee_id,
            "version": row.version,
            "new": new,
        }))
}

/// Why a record was read, for the audit entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAs {
    /// The supervisor who wrote it.
    Author,
    /// The person it is about.
    Supervisee,
}

impl ReadAs {
    pub fn as_str(self) -> &'static str {
        match self {
            ReadAs::Author => "author",
            ReadAs::Supervisee => "supervisee",
        }
    }
}

/// Writes the read of a record to the audit chain, durably, before it is shown.
pub async fn record_read(
    db: &Database,
    by: &ChangedBy,
    row: &RecordRow,
    read_as: ReadAs,
) -> Result<(), sqlx::Error> {
    let entry = Entry::new(by.actor.clone(), Action::SupervisionRecordRead, &by.source)
        .subject(&row.id)
        .detail(json!({
            "supervisee": row.supervisee_id,
            "as": read_as.as_str(),
            "version": row.version,
        }));
    db.write(move |conn| Box::pin(async move { audit::append(conn, entry).await }))
        .await
}
