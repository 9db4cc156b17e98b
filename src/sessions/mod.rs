//! Guided one-to-one sessions: planning (behind the training gate), running a module stage by
//! stage with notes that autosave, closing with a summary and evidence for the formulation,
//! submitting for review, sign-off, and amendments after sign-off.
//!
//! A session's notes are one sealed document ([`notes::SessionNotes`]); its row holds only
//! metadata. Every change is one write transaction that also appends its audit row, and is
//! checked against the version the editor started from, so two tabs cannot silently overwrite
//! each other (see `notes.rs`).
//!
//! This module must never put notes in a log, an audit entry, an error or a URL.

pub mod gate;
pub mod notes;
pub mod pages;
pub mod store;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::accounts::ChangedBy;
use crate::audit::{self, Action, Entry};
use crate::cases::{CaseRow, OpenCase};
use crate::crypto::{self, Binding, CryptoError, KeyPair};
use crate::db::Database;
use crate::toolkit::Toolkit;
use notes::{Conflict, Section, SessionNotes};
use store::{SessionRow, Status};

/// The record kind of an amendment.
pub const AMENDMENT_KIND: &str = "session-amendment";

/// Why a session change did not happen. None of these carries content.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The facilitator's training does not meet the rule and no override is available.
    #[error("training gate")]
    Gate,
    /// The section changed in another tab or window after the editor loaded it.
    #[error("conflict")]
    Conflict(Conflict),
    /// The session is not in a state that allows this (submitted twice, edited after sign-off…).
    #[error("wrong state: {0:?}")]
    WrongState(Status),
    /// The case is closed.
    #[error("case closed")]
    CaseClosed,
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<SessionError> for crate::web::error::AppError {
    fn from(e: SessionError) -> Self {
        crate::web::error::AppError::Internal(format!("session: {e}"))
    }
}

/// The binding of a session's notes at `version`.
pub fn binding(row: &SessionRow, version: i64) -> Binding {
    Binding {
        kind: notes::KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: row.case_id.clone(),
        author_id: row.facilitator_id.clone(),
        version,
    }
}

/// Opens a session's notes with its case key.
pub fn open_notes(row: &SessionRow, key: &KeyPair) -> Result<SessionNotes, CryptoError> {
    crypto::open(&binding(row, row.version), &row.notes, key)
}

/// Plans a new session of `module_id` on an open case, if the facilitator's training meets the
/// rule or a supervisor has given an override for this case. Returns the new session's id.
pub async fn plan(
    db: &Database,
    toolkit: &Toolkit,
    by: &ChangedBy,
    case: &CaseRow,
    module_id: &str,
) -> Result<String, SessionError> {
    if !case.is_open() {
        return Err(SessionError::CaseClosed);
    }
    let facilitator = crate::accounts::UserId::from_db(case.facilitator_id.clone());
    let training = &toolkit.content(toolkit.source_language).training;
    let (mut snapshot, facilitation) = gate::check(db, training, &facilitator).await?;
    let override_id = if facilitation.allowed {
        None
    } else {
        match store::unused_override(db.reader(), &case.id, &case.facilitator_id).await? {
            Some((id, _)) => {
                snapshot.overridden = true;
                Some(id)
            }
            None => return Err(SessionError::Gate),
        }
    };
    let now = crate::accounts::store::now_text();
    let mut row = SessionRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: case.id.clone(),
        facilitator_id: case.facilitator_id.clone(),
        module_id: module_id.to_owned(),
        status: Status::Planned.id().to_owned(),
        planned_on: None,
        current_stage: None,
        toolkit_version: toolkit.manifest.version.clone(),
        toolkit_hash: toolkit.content_hash().to_owned(),
        training_snapshot: snapshot.to_json(),
        override_id: override_id.clone(),
        notes: Vec::new(),
        version: 1,
        created_at: now.clone(),
        updated_at: now,
        started_at: None,
        closed_at: None,
        submitted_at: None,
        signed_off_at: None,
        signed_off_by: None,
    };
    row.notes = crypto::seal(
        &binding(&row, 1),
        &SessionNotes::default(),
        &case.public_key,
    )?;
    let mut tx = db.begin_write().await?;
    if let Some(id) = &override_id
        && !store::use_override(&mut tx, id, &row.id).await?
    {
        return Err(SessionError::Gate);
    }
    store::insert(&mut tx, &row).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::SessionPlanned, &by.source)
            .subject(&row.id)
            .detail(json!({
                "case": case.id,
                "module": module_id,
                "training_met": snapshot.allowed,
                "override": override_id,
            })),
    )
    .await?;
    tx.commit().await?;
    Ok(row.id)
}

/// What an edit changes besides the notes.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub planned_on: Option<Option<NaiveDate>>,
    pub current_stage: Option<String>,
    pub status: Option<Status>,
}

/// The result of a saved edit: the new version (the editor's next base).
#[derive(Debug, Clone, Copy)]
pub struct Saved {
    pub version: i64,
}

/// Applies an edit to one section, made from `base_version`, and writes the new version with
/// its audit row. Retries when another section was saved in between; refuses (nothing written)
/// when this section was.
#[allow(clippy::too_many_arguments)]
pub async fn edit(
    db: &Database,
    by: &ChangedBy,
    open: &OpenCase,
    session_id: &str,
    section: Section,
    base_version: i64,
    meta: Meta,
    apply: impl Fn(&mut SessionNotes),
) -> Result<Saved, SessionError> {
    for _ in 0..5 {
        let row = store::by_id(db.reader(), session_id)
            .await?
            .filter(|r| r.case_id == open.case.id)
            .ok_or(SessionError::WrongState(Status::Planned))?;
        let status = row.status();
        if !status.is_editable() {
            return Err(SessionError::WrongState(status));
        }
        if !open.case.is_open() {
            return Err(SessionError::CaseClosed);
        }
        let mut notes = open_notes(&row, &open.key)?;
        let next_version = row.version + 1;
        notes
            .edit(&section, base_version, next_version, &apply)
            .map_err(SessionError::Conflict)?;
        let mut next = row.clone();
        next.version = next_version;
        if let Some(planned_on) = meta.planned_on {
            next.planned_on = planned_on.map(|d| d.format("%Y-%m-%d").to_string());
        }
        if let Some(stage) = &meta.current_stage {
            next.current_stage = Some(stage.clone());
        }
        let mut action = Action::SessionNotesSaved;
        if let Some(to) = meta.status {
            let now = crate::accounts::store::now_text();
            match to {
                Status::InProgress if status == Status::Planned => {
                    next.started_at = Some(now);
                    action = Action::SessionStarted;
                }
                Status::Closed => {
                    next.closed_at = Some(now);
                    action = Action::SessionClosed;
                }
                _ => {}
            }
            next.status = to.id().to_owned();
        }
        next.notes = crypto::seal(&binding(&next, next_version), &notes, &open.case.public_key)?;
        let next_session_on = match (&section, &notes.closing) {
            (Section::Closing, Some(closing)) => Some(
                closing
                    .next_session_on
                    .map(|d| d.format("%Y-%m-%d").to_string()),
            ),
            _ => None,
        };
        let entry = Entry::new(by.actor.clone(), action, &by.source)
            .subject(session_id)
            .detail(
                json!({ "case": open.case.id, "section": section.key(), "version": next_version }),
            );
        let case_id = open.case.id.clone();
        let from_version = row.version;
        // One group-committed write: the notes, the case's next date and the audit row
        // together, durable before the editor is told "saved".
        let written = db
            .write(move |conn| {
                Box::pin(async move {
                    if !store::write_notes(conn, &next, from_version).await? {
                        return Ok(false);
                    }
                    if let Some(date) = next_session_on {
                        crate::cases::store::set_next_session_on(conn, &case_id, date.as_deref())
                            .await?;
                    }
                    audit::append(conn, entry).await?;
                    Ok(true)
                })
            })
            .await?;
        if !written {
            continue;
        }
        return Ok(Saved {
            version: next_version,
        });
    }
    Err(SessionError::Database(sqlx::Error::PoolTimedOut))
}

/// Submits a closed session for review. A second submission is refused with the state it is in.
pub async fn submit(db: &Database, by: &ChangedBy, row: &SessionRow) -> Result<(), SessionError> {
    move_status(
        db,
        by,
        row,
        Status::Closed,
        Status::Submitted,
        Action::SessionSubmitted,
    )
    .await
}

/// Signs off a submitted session: it is locked from now on.
pub async fn sign_off(db: &Database, by: &ChangedBy, row: &SessionRow) -> Result<(), SessionError> {
    move_status(
        db,
        by,
        row,
        Status::Submitted,
        Status::SignedOff,
        Action::SessionSignedOff,
    )
    .await
}

async fn move_status(
    db: &Database,
    by: &ChangedBy,
    row: &SessionRow,
    from: Status,
    to: Status,
    action: Action,
) -> Result<(), SessionError> {
    let actor = match &by.actor {
        crate::audit::Actor::User(id) => id.clone(),
        other => other.as_text(),
    };
    let mut tx = db.begin_write().await?;
    if !store::move_status(&mut tx, &row.id, from, to, &actor).await? {
        let current = store::by_id(db.reader(), &row.id)
            .await?
            .map(|r| r.status())
            .unwrap_or(Status::Planned);
        return Err(SessionError::WrongState(current));
    }
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), action, &by.source)
            .subject(&row.id)
            .detail(json!({ "case": row.case_id })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An amendment's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    pub text: String,
}

/// The binding an amendment is sealed with.
pub fn amendment_binding(row: &store::AmendmentRow, case_id: &str) -> Binding {
    Binding {
        kind: AMENDMENT_KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: case_id.to_owned(),
        author_id: row.author_id.clone(),
        version: 1,
    }
}

/// Adds an amendment to a signed-off session, kept beside the locked original.
pub async fn amend(
    db: &Database,
    by: &ChangedBy,
    author_id: &str,
    open: &OpenCase,
    row: &SessionRow,
    text: &str,
) -> Result<(), SessionError> {
    if row.status() != Status::SignedOff {
        return Err(SessionError::WrongState(row.status()));
    }
    let mut amendment = store::AmendmentRow {
        id: uuid::Uuid::new_v4().to_string(),
        session_id: row.id.clone(),
        author_id: author_id.to_owned(),
        created_at: crate::accounts::store::now_text(),
        body: Vec::new(),
    };
    amendment.body = crypto::seal(
        &amendment_binding(&amendment, &open.case.id),
        &Amendment {
            text: text.to_owned(),
        },
        &open.case.public_key,
    )?;
    let mut tx = db.begin_write().await?;
    store::insert_amendment(&mut tx, &amendment).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::SessionAmended, &by.source)
            .subject(&row.id)
            .detail(json!({ "case": open.case.id, "amendment": amendment.id })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A session's amendments, opened: (row, text).
pub async fn amendments(
    db: &Database,
    open: &OpenCase,
    row: &SessionRow,
) -> Result<Vec<(store::AmendmentRow, Amendment)>, SessionError> {
    let rows = store::amendments_of(db.reader(), &row.id).await?;
    rows.into_iter()
        .map(|a| {
            let body = crypto::open(&amendment_binding(&a, &open.case.id), &a.body, &open.key)?;
            Ok((a, body))
        })
        .collect()
}

/// Opens an amendment with a case key (for the export).
pub fn open_amendment(
    a: &store::AmendmentRow,
    case_id: &str,
    key: &KeyPair,
) -> Result<Amendment, CryptoError> {
    crypto::open(&amendment_binding(a, case_id), &a.body, key)
}

/// Records a supervisor's override for one session on this case.
pub async fn grant_override(
    db: &Database,
    by: &ChangedBy,
    supervisor_id: &str,
    case: &CaseRow,
    reason: &str,
) -> Result<(), sqlx::Error> {
    let id = uuid::Uuid::new_v4().to_string();
    let mut tx = db.begin_write().await?;
    store::insert_override(
        &mut tx,
        &id,
        &case.id,
        &case.facilitator_id,
        supervisor_id,
        reason,
    )
    .await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::GateOverridden, &by.source)
            .subject(&case.id)
            .detail(json!({ "override": id, "facilitator": case.facilitator_id })),
    )
    .await?;
    tx.commit().await
}

/// The module the case page suggests next: the first, in programme order, that no session of
/// this case has used yet.
pub fn suggested_module<'a>(
    modules: &'a [crate::toolkit::InLang<crate::toolkit::schema::Module>],
    sessions: &[SessionRow],
) -> Option<&'a crate::toolkit::InLang<crate::toolkit::schema::Module>> {
    modules
        .iter()
        .find(|m| !sessions.iter().any(|s| &s.module_id == m.id.get_ref()))
}
