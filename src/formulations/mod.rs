//! ERG-style structured formulations: per case, a formulation the facilitator builds factor by
//! factor (a rating from the toolkit's scale, evidence, sources, links to session evidence),
//! with a judgement per domain, a summary formulation, a management plan and the significant
//! changes since the last version. Versions are drafted, submitted, returned with comments or
//! signed off, and then frozen; the next revision starts from a copy.
//!
//! Every version is one sealed document ([`document::FormulationDoc`]) under the case key; its
//! row holds ids, the number, the state and dates. Every change is one write with its audit
//! row, checked against the version the editor started from. Reads go through
//! [`crate::cases::open_case`], which audits them.
//!
//! This module must never compute a score, a total or a risk level, and never puts content in
//! a log, an audit entry, an error or a URL.

pub mod chart;
pub mod compare;
pub mod document;
pub mod pages;
pub mod store;

use serde_json::json;

use crate::accounts::ChangedBy;
use crate::audit::{self, Action, Entry};
use crate::cases::OpenCase;
use crate::crypto::{self, Binding, CryptoError, Keyring};
use crate::db::Database;
use crate::sessions::store as session_store;
use crate::toolkit::Toolkit;
use document::{Conflict, FormulationDoc, Review, Section};
use store::{FormulationRow, Status};

/// Why a formulation change did not happen. None of these carries content.
#[derive(Debug, thiserror::Error)]
pub enum FormulationError {
    /// The section changed in another tab or window after the editor loaded it.
    #[error("conflict")]
    Conflict(Conflict),
    /// The version is not in a state that allows this.
    #[error("wrong state: {0:?}")]
    WrongState(Status),
    /// The record changed after the reviewer opened it.
    #[error("changed since opened")]
    Stale,
    /// A version is already being worked on (only one draft at a time).
    #[error("already open")]
    AlreadyOpen,
    /// The case is closed.
    #[error("case closed")]
    CaseClosed,
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<FormulationError> for crate::web::error::AppError {
    fn from(e: FormulationError) -> Self {
        match e {
            FormulationError::Database(e) => {
                crate::web::error::AppError::database("formulation", e)
            }
            other => crate::web::error::AppError::Internal(format!("formulation: {other}")),
        }
    }
}

/// The binding of a formulation's document at `version`.
pub fn binding(row: &FormulationRow, version: i64) -> Binding {
    Binding {
        kind: document::KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: row.case_id.clone(),
        author_id: row.facilitator_id.clone(),
        version,
    }
}

/// Opens a version's document with its case key.
pub fn open_doc(row: &FormulationRow, key: &Keyring) -> Result<FormulationDoc, CryptoError> {
    crypto::open(&binding(row, row.version), &row.document, key)
}

/// Starts the case's first formulation, or the next revision as a copy of the latest
/// signed-off version. Returns the new version's number.
pub async fn start(
    db: &Database,
    toolkit: &Toolkit,
    by: &ChangedBy,
    open: &OpenCase,
) -> Result<i64, FormulationError> {
    if !open.case.is_open() {
        return Err(FormulationError::CaseClosed);
    }
    let versions = store::of_case(db.reader(), &open.case.id).await?;
    if let Some(working) = versions.iter().find(|v| v.status() != Status::SignedOff) {
        return Err(FormulationError::WrongState(working.status()));
    }
    let (doc, based_on) = match versions.last() {
        Some(latest) => (open_doc(latest, &open.key)?.revision(), Some(latest)),
        None => (FormulationDoc::default(), None),
    };
    let now = crate::accounts::store::now_text();
    let mut row = FormulationRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: open.case.id.clone(),
        number: versions.last().map_or(1, |v| v.number + 1),
        status: Status::Draft.id().to_owned(),
        facilitator_id: open.case.facilitator_id.clone(),
        based_on: based_on.map(|v| v.id.clone()),
        toolkit_version: toolkit.manifest.version.clone(),
        toolkit_hash: toolkit.content_hash().to_owned(),
        document: Vec::new(),
        version: 1,
        created_at: now.clone(),
        updated_at: now,
        submitted_at: None,
        signed_off_at: None,
        signed_off_by: None,
    };
    row.document = crypto::seal(&binding(&row, 1), &doc, &open.case.public_key)?;
    let mut tx = db.begin_write().await?;
    match store::insert(&mut tx, &row).await {
        Ok(()) => {}
        // The one-open-version index: another tab started one first.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(FormulationError::AlreadyOpen);
        }
        Err(e) => return Err(e.into()),
    }
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::FormulationStarted, &by.source)
            .subject(&row.id)
            .detail(
                json!({ "case": open.case.id, "number": row.number, "based_on": row.based_on }),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(row.number)
}

/// The result of a saved change: the new version (the editor's next base).
#[derive(Debug, Clone, Copy)]
pub struct Saved {
    pub version: i64,
}

/// Changes one section of an editable version, made from `base_version`. Retries when another
/// section was saved in between; refuses (nothing written) when this section was.
pub async fn save(
    db: &Database,
    by: &ChangedBy,
    open: &OpenCase,
    number: i64,
    section: Section,
    base_version: i64,
    apply: impl Fn(&mut FormulationDoc),
) -> Result<Saved, FormulationError> {
    for attempt in 0..crate::db::OPTIMISTIC_ATTEMPTS {
        let row = current(db, open, number).await?;
        if !row.status().is_editable() {
            return Err(FormulationError::WrongState(row.status()));
        }
        if !open.case.is_open() {
            return Err(FormulationError::CaseClosed);
        }
        let mut doc = open_doc(&row, &open.key)?;
        let next_version = row.version + 1;
        doc.edit(&section, base_version, next_version, &apply)
            .map_err(FormulationError::Conflict)?;
        let mut next = row.clone();
        next.version = next_version;
        next.updated_at = crate::accounts::store::now_text();
        next.document = crypto::seal(&binding(&next, next_version), &doc, &open.case.public_key)?;
        let entry = Entry::new(by.actor.clone(), Action::FormulationSaved, &by.source)
            .subject(&row.id)
            .detail(
                json!({ "case": open.case.id, "section": section.key(), "version": next_version }),
            );
        if write(db, next, row.version, entry).await? {
            return Ok(Saved {
                version: next_version,
            });
        }
        crate::db::pause_before_retry(attempt).await;
    }
    Err(FormulationError::Database(crate::db::busy()))
}

/// Submits an editable version for review.
pub async fn submit(
    db: &Database,
    by: &ChangedBy,
    open: &OpenCase,
    number: i64,
) -> Result<(), FormulationError> {
    let row = current(db, open, number).await?;
    if !row.status().is_editable() {
        return Err(FormulationError::WrongState(row.status()));
    }
    let mut next = row.clone();
    let now = crate::accounts::store::now_text();
    next.status = Status::Submitted.id().to_owned();
    next.submitted_at = Some(now.clone());
    next.updated_at = now;
    next.version = row.version + 1;
    let doc = open_doc(&row, &open.key)?;
    next.document = crypto::seal(&binding(&next, next.version), &doc, &open.case.public_key)?;
    let entry = Entry::new(by.actor.clone(), Action::FormulationSubmitted, &by.source)
        .subject(&row.id)
        .detail(json!({ "case": open.case.id, "number": number }));
    if !write(db, next, row.version, entry).await? {
        return Err(FormulationError::Stale);
    }
    Ok(())
}

/// A supervisor's decision on a submitted version, made on a page showing `seen_version`:
/// sign-off freezes it; a return (with a comment) hands it back to the facilitator.
#[allow(clippy::too_many_arguments)]
pub async fn review(
    db: &Database,
    by: &ChangedBy,
    reviewer_id: &str,
    open: &OpenCase,
    number: i64,
    seen_version: i64,
    sign_off: bool,
    comment: &str,
) -> Result<(), FormulationError> {
    let row = current(db, open, number).await?;
    if row.status() != Status::Submitted {
        return Err(FormulationError::WrongState(row.status()));
    }
    if row.version != seen_version {
        return Err(FormulationError::Stale);
    }
    let now = crate::accounts::store::now_text();
    let mut doc = open_doc(&row, &open.key)?;
    doc.reviews.push(Review {
        by: reviewer_id.to_owned(),
        at: now.clone(),
        signed_off: sign_off,
        comment: comment.to_owned(),
    });
    let mut next = row.clone();
    next.version = row.version + 1;
    doc.changed.insert(Section::Review.key(), next.version);
    next.updated_at = now.clone();
    let action = if sign_off {
        next.status = Status::SignedOff.id().to_owned();
        next.signed_off_at = Some(now);
        next.signed_off_by = Some(reviewer_id.to_owned());
        Action::FormulationSignedOff
    } else {
        next.status = Status::Returned.id().to_owned();
        Action::FormulationReturned
    };
    next.document = crypto::seal(&binding(&next, next.version), &doc, &open.case.public_key)?;
    let entry = Entry::new(by.actor.clone(), action, &by.source)
        .subject(&row.id)
        .detail(json!({ "case": open.case.id, "number": number }));
    if !write(db, next, row.version, entry).await? {
        return Err(FormulationError::Stale);
    }
    Ok(())
}

async fn current(
    db: &Database,
    open: &OpenCase,
    number: i64,
) -> Result<FormulationRow, FormulationError> {
    store::by_number(db.reader(), &open.case.id, number)
        .await?
        .ok_or(FormulationError::WrongState(Status::Draft))
}

/// One group-committed write: the document and state with the audit row, if the row is still
/// at `from_version`.
async fn write(
    db: &Database,
    next: FormulationRow,
    from_version: i64,
    entry: Entry,
) -> Result<bool, sqlx::Error> {
    db.write(move |conn| {
        Box::pin(async move {
            if !store::write(conn, &next, from_version).await? {
                return Ok(false);
            }
            audit::append(conn, entry).await?;
            Ok(true)
        })
    })
    .await
}

/// Evidence a closed session tagged for a formulation factor.
#[derive(Debug, Clone)]
pub struct TaggedEvidence {
    pub session_id: String,
    pub module_id: String,
    /// The session's date (planned, else started), `YYYY-MM-DD…`.
    pub date: Option<String>,
    pub closed_at: Option<String>,
    pub factor: String,
    pub note: String,
}

/// Everything the case's closed sessions tagged as evidence, oldest session first.
pub fn tagged_evidence(
    sessions: &[session_store::SessionRow],
    key: &Keyring,
) -> Result<Vec<TaggedEvidence>, CryptoError> {
    let mut out = Vec::new();
    for row in sessions {
        if row.status() < session_store::Status::Closed {
            continue;
        }
        let notes = crate::sessions::open_notes(row, key)?;
        let Some(closing) = notes.closing else {
            continue;
        };
        for e in closing.evidence {
            out.push(TaggedEvidence {
                session_id: row.id.clone(),
                module_id: row.module_id.clone(),
                date: row.planned_on.clone().or_else(|| row.started_at.clone()),
                closed_at: row.closed_at.clone(),
                factor: e.factor,
                note: e.note,
            });
        }
    }
    Ok(out)
}

/// The factors tagged by sessions closed after `since` (all closed sessions when `None`):
/// offered as prompts for the next revision.
pub fn new_evidence_factors(evidence: &[TaggedEvidence], since: Option<&str>) -> Vec<String> {
    let mut factors: Vec<String> = evidence
        .iter()
        .filter(|e| match (since, e.closed_at.as_deref()) {
            (Some(since), Some(closed)) => closed > since,
            (None, _) => true,
            (Some(_), None) => false,
        })
        .map(|e| e.factor.clone())
        .collect();
    factors.sort();
    factors.dedup();
    factors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(factor: &str, closed_at: &str) -> TaggedEvidence {
        TaggedEvidence {
            session_id: "s".into(),
            module_id: "m".into(),
            date: None,
            closed_at: Some(closed_at.into()),
            factor: factor.into(),
            note: String::new(),
        }
    }

    #[test]
    fn only_sessions_closed_after_the_last_sign_off_prompt_the_next_revision() {
        let evidence = [
            tagged("i-us-them", "2026-01-01T10:00:00Z"),
            tagged("e-grievance", "2026-03-01T10:00:00Z"),
            tagged("e-grievance", "2026-03-02T10:00:00Z"),
            tagged("c-networks", "2026-03-03T10:00:00Z"),
        ];
        assert_eq!(
            new_evidence_factors(&evidence, Some("2026-02-01T00:00:00Z")),
            ["c-networks", "e-grievance"]
        );
        assert_eq!(new_evidence_factors(&evidence, None).len(), 3);
        assert!(new_evidence_factors(&evidence, Some("2027-01-01")).is_empty());
    }
}
