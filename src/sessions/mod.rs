//! Guided one-to-one sessions: planning (behind the training gate), running a module stage by
//! stage with notes that autosave, closing with a summary and evidence for the formulation,
//! submitting for review, a supervisor's review (comments on the session or a stage, return for
//! changes with a reason, sign-off), and amendments after sign-off.
//!
//! Review: a supervisor of the facilitator reads a submitted session with their own grant to the
//! case key, comments (sealed to the case key like the notes, kept with the record after
//! sign-off), and signs it off or returns it with a reason (back to `closed`, so the facilitator
//! changes it and submits again). Both decisions name the version the supervisor read and are
//! refused if the session changed since; every step re-seals the notes at a new version, so a
//! page opened before any step is stale. Nobody reviews their own session.
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
use crate::cases::{CaseRow, OpenCase, ReadReason};
use crate::crypto::{self, Binding, CryptoError, Keyring};
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
    /// The session changed after the reviewer opened the page their decision was made on.
    #[error("changed since opened")]
    Stale,
    /// A review step (comment, return, sign-off) by the session's own facilitator.
    #[error("own session")]
    OwnSession,
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<SessionError> for crate::web::error::AppError {
    fn from(e: SessionError) -> Self {
        match e {
            SessionError::Database(e) => crate::web::error::AppError::database("session", e),
            other => crate::web::error::AppError::Internal(format!("session: {other}")),
        }
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
pub fn open_notes(row: &SessionRow, key: &Keyring) -> Result<SessionNotes, CryptoError> {
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
    for attempt in 0..crate::db::OPTIMISTIC_ATTEMPTS {
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
            crate::db::pause_before_retry(attempt).await;
            continue;
        }
        return Ok(Saved {
            version: next_version,
        });
    }
    Err(SessionError::Database(crate::db::busy()))
}

/// Submits a closed session for review (again, after a return: the return is then cleared).
/// A second submission is refused with the state it is in.
pub async fn submit(
    db: &Database,
    by: &ChangedBy,
    open: &OpenCase,
    id: &str,
) -> Result<(), SessionError> {
    let row = current(db, open, id).await?;
    if row.status() != Status::Closed {
        return Err(SessionError::WrongState(row.status()));
    }
    let now = crate::accounts::store::now_text();
    let mut next = row.clone();
    next.status = Status::Submitted.id().to_owned();
    next.submitted_at = Some(now);
    let entry = Entry::new(by.actor.clone(), Action::SessionSubmitted, &by.source)
        .subject(&row.id)
        .detail(json!({ "case": row.case_id, "version": row.version + 1 }));
    review_step(db, open, &row, next, None, None, entry).await
}

/// What a supervisor decided about a submitted session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision<'a> {
    /// Locks it; later changes are amendments beside it.
    SignOff,
    /// Hands it back to the facilitator (status closed) with the reason, which is sealed to the
    /// case key and kept with the session.
    Return { reason: &'a str },
}

/// A supervisor's decision on a submitted session, made on a page showing `seen_version`. A
/// return's reason is checked by the page (required). Refused with
/// [`SessionError::Stale`] when the session changed after the page was opened, and with
/// [`SessionError::OwnSession`] for the session's own facilitator.
pub async fn review(
    db: &Database,
    by: &ChangedBy,
    reviewer_id: &str,
    open: &OpenCase,
    id: &str,
    seen_version: i64,
    decision: Decision<'_>,
) -> Result<(), SessionError> {
    let row = current(db, open, id).await?;
    if open.reason != ReadReason::Supervision || row.facilitator_id == reviewer_id {
        return Err(SessionError::OwnSession);
    }
    if row.status() != Status::Submitted {
        return Err(SessionError::WrongState(row.status()));
    }
    if row.version != seen_version {
        return Err(SessionError::Stale);
    }
    let now = crate::accounts::store::now_text();
    let mut next = row.clone();
    let (action, returned_at, comment) = match decision {
        Decision::SignOff => {
            next.status = Status::SignedOff.id().to_owned();
            next.signed_off_at = Some(now);
            next.signed_off_by = Some(reviewer_id.to_owned());
            (Action::SessionSignedOff, None, None)
        }
        Decision::Return { reason } => {
            next.status = Status::Closed.id().to_owned();
            let comment = seal_comment(
                open,
                &row,
                reviewer_id,
                None,
                store::CommentKind::Return,
                reason,
                &now,
            )?;
            (Action::SessionReturned, Some(now), Some(comment))
        }
    };
    let entry = Entry::new(by.actor.clone(), action, &by.source)
        .subject(&row.id)
        .detail(json!({
            "case": row.case_id,
            "version": row.version + 1,
            "comment": comment.as_ref().map(|c| c.id.clone()),
        }));
    review_step(db, open, &row, next, returned_at, comment, entry).await
}

/// A session of this case by id, as it is now.
async fn current(db: &Database, open: &OpenCase, id: &str) -> Result<SessionRow, SessionError> {
    store::by_id(db.reader(), id)
        .await?
        .filter(|r| r.case_id == open.case.id)
        .ok_or(SessionError::WrongState(Status::Planned))
}

/// One review step in one transaction: the notes sealed again at the next version (so any page
/// opened before it is stale), the new status and dates, the return's reason if any, and the
/// audit row. Refused as stale if the row changed since it was read.
async fn review_step(
    db: &Database,
    open: &OpenCase,
    row: &SessionRow,
    mut next: SessionRow,
    returned_at: Option<String>,
    comment: Option<store::CommentRow>,
    entry: Entry,
) -> Result<(), SessionError> {
    let notes = open_notes(row, &open.key)?;
    next.version = row.version + 1;
    next.updated_at = crate::accounts::store::now_text();
    next.notes = crypto::seal(&binding(&next, next.version), &notes, &open.case.public_key)?;
    let mut tx = db.begin_write().await?;
    if !store::write_review_step(
        &mut tx,
        &next,
        returned_at.as_deref(),
        row.version,
        row.status(),
    )
    .await?
    {
        // Dropping the transaction rolls it back: nothing was written.
        let now = store::by_id(db.reader(), &row.id).await?;
        return Err(match now {
            Some(now) if now.status() != row.status() => SessionError::WrongState(now.status()),
            _ => SessionError::Stale,
        });
    }
    if let Some(comment) = &comment {
        store::insert_comment(&mut tx, comment).await?;
    }
    audit::append(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The record kind of a review comment.
pub const COMMENT_KIND: &str = "session-comment";

/// A review comment's content, with where it belongs sealed beside the text and checked on
/// every open (a ciphertext moved to another session, stage or kind is refused).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub session_id: String,
    pub stage_id: Option<String>,
    pub kind: String,
    pub text: String,
}

/// The binding a review comment is sealed with.
pub fn comment_binding(row: &store::CommentRow) -> Binding {
    Binding {
        kind: COMMENT_KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: row.case_id.clone(),
        author_id: row.author_id.clone(),
        version: 1,
    }
}

/// A new comment row with its text sealed to the case key (not yet written).
fn seal_comment(
    open: &OpenCase,
    session: &SessionRow,
    author_id: &str,
    stage_id: Option<&str>,
    kind: store::CommentKind,
    text: &str,
    at: &str,
) -> Result<store::CommentRow, CryptoError> {
    let mut row = store::CommentRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: open.case.id.clone(),
        session_id: session.id.clone(),
        stage_id: stage_id.map(str::to_owned),
        author_id: author_id.to_owned(),
        created_at: at.to_owned(),
        kind: kind.id().to_owned(),
        body: Vec::new(),
    };
    row.body = crypto::seal(
        &comment_binding(&row),
        &Comment {
            session_id: row.session_id.clone(),
            stage_id: row.stage_id.clone(),
            kind: row.kind.clone(),
            text: text.to_owned(),
        },
        &open.case.public_key,
    )?;
    Ok(row)
}

/// Opens a review comment with the case's keyring and checks it belongs where its row says.
pub fn open_comment(row: &store::CommentRow, key: &Keyring) -> Result<Comment, CryptoError> {
    let comment: Comment = crypto::open(&comment_binding(row), &row.body, key)?;
    if comment.session_id != row.session_id
        || comment.stage_id != row.stage_id
        || comment.kind != row.kind
    {
        return Err(CryptoError::Misplaced);
    }
    Ok(comment)
}

/// A supervisor's comment on a submitted session (`stage_id` `None`) or one of its stages.
pub async fn comment(
    db: &Database,
    by: &ChangedBy,
    author_id: &str,
    open: &OpenCase,
    id: &str,
    stage_id: Option<&str>,
    text: &str,
) -> Result<(), SessionError> {
    let row = current(db, open, id).await?;
    if open.reason != ReadReason::Supervision || row.facilitator_id == author_id {
        return Err(SessionError::OwnSession);
    }
    if row.status() != Status::Submitted {
        return Err(SessionError::WrongState(row.status()));
    }
    let now = crate::accounts::store::now_text();
    let comment = seal_comment(
        open,
        &row,
        author_id,
        stage_id,
        store::CommentKind::Comment,
        text,
        &now,
    )?;
    let mut tx = db.begin_write().await?;
    // Only while it is still submitted: a comment never lands on a returned or locked session.
    if !store::is_in(&mut tx, &row.id, Status::Submitted).await? {
        let now = store::by_id(db.reader(), &row.id).await?;
        return Err(SessionError::WrongState(
            now.map_or(Status::Planned, |r| r.status()),
        ));
    }
    store::insert_comment(&mut tx, &comment).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::SessionCommented, &by.source)
            .subject(&row.id)
            .detail(json!({ "case": row.case_id, "comment": comment.id, "stage": stage_id })),
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
    key: &Keyring,
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
