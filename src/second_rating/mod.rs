//! Blind second rating of a live formulation version (optional): one of the case's supervisors
//! rates every framework factor on the toolkit's scale without being shown the facilitator's
//! ratings of that version, then both see the two ratings side by side with the agreement
//! figures of `calibration::results`, and the supervisor reviews as usual. It stays attached to
//! the version, after sign-off too, and is in the subject-access export.
//!
//! The blind rule, and what it rests on: the first time a reviewer is shown a version's ratings
//! (the version page, a chart that includes it, a comparison) is recorded in
//! `formulation_rating_views`; only a reviewer with no such record may start. Until a reviewer
//! of a submitted version has chosen (rate blind first, or show the ratings), and while their
//! blind rating is in progress, every formulation page holds that version's ratings, domain
//! judgements and written formulation back from them ([`Standing::hides_ratings`]).
//!
//! Storage: one age document per second rating ([`document::SecondRatingDoc`]) sealed to the
//! case key with its id, case, rater and version bound inside, and the version it rates checked
//! after every open. Every start, save, submission and abandonment is audited without content.
//!
//! This module must never turn ratings into a score for the person, never show anyone an
//! unfinished second rating but its rater, and never put a rating in a log, an audit entry, an
//! error or a URL.

pub mod document;
pub mod pages;
pub mod store;

use serde_json::json;

use crate::accounts::ChangedBy;
use crate::audit::{self, Action, Entry};
use crate::calibration::results::{self, Categories, Figures, Ratings};
use crate::cases::{OpenCase, ReadReason};
use crate::crypto::{self, Binding, CryptoError, Keyring};
use crate::db::Database;
use crate::formulations::document::FormulationDoc;
use crate::formulations::store::{FormulationRow, Status as FormulationStatus};
use crate::toolkit::Content;
use document::SecondRatingDoc;
use store::{SecondRatingRow, Status};

/// Why a second-rating change did not happen. None of these carries a rating.
#[derive(Debug, thiserror::Error)]
pub enum SecondRatingError {
    /// Only a submitted version can be rated blind.
    #[error("the version is not submitted")]
    NotSubmitted,
    /// This reviewer has been shown the version's ratings already.
    #[error("ratings already seen")]
    AlreadySeen,
    /// Someone has already started (or finished) the second rating of this version.
    #[error("already rated")]
    AlreadyRated,
    /// Not unfinished any more (submitted or abandoned in another tab).
    #[error("not in progress")]
    NotInProgress,
    /// That domain's page was saved in another tab after this one was loaded.
    #[error("conflict")]
    Conflict,
    /// Factors (ids) not rated yet.
    #[error("{} factors not rated", .0.len())]
    Missing(Vec<String>),
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<SecondRatingError> for crate::web::error::AppError {
    fn from(e: SecondRatingError) -> Self {
        match e {
            SecondRatingError::Database(e) => {
                crate::web::error::AppError::database("second rating", e)
            }
            other => crate::web::error::AppError::Internal(format!("second rating: {other}")),
        }
    }
}

/// The binding of a second rating's document at `version`.
pub fn binding(row: &SecondRatingRow, version: i64) -> Binding {
    Binding {
        kind: document::KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: row.case_id.clone(),
        author_id: row.rater_id.clone(),
        version,
    }
}

/// Opens a second rating's document with its case key, and checks it rates the version its
/// row names.
pub fn open_doc(row: &SecondRatingRow, key: &Keyring) -> Result<SecondRatingDoc, CryptoError> {
    let doc: SecondRatingDoc = crypto::open(&binding(row, row.version), &row.document, key)?;
    if doc.formulation_id != row.formulation_id {
        return Err(CryptoError::Damaged);
    }
    Ok(doc)
}

/// Framework factor ids in framework order, with their domain's id.
pub fn framework_factors(content: &Content) -> Vec<(String, String)> {
    crate::calibration::domains(content)
        .into_iter()
        .flat_map(|(domain, factors)| {
            factors
                .into_iter()
                .map(move |f| (domain.id.get_ref().clone(), f.id.get_ref().clone()))
        })
        .collect()
}

/// The facilitator's ratings of the framework factors in a formulation version.
pub fn facilitator_ratings(content: &Content, doc: &FormulationDoc) -> Ratings {
    framework_factors(content)
        .into_iter()
        .filter_map(|(_, id)| {
            let rating = doc.factors.get(&id)?.rating.clone()?;
            Some((id, rating))
        })
        .collect()
}

/// The agreement between the two raters over `factors` (percentage, Cohen's kappa and
/// quadratic-weighted kappa; the group figure is not used with two raters).
pub fn agreement(content: &Content, factors: &[&str], doc: &SecondRatingDoc) -> Figures {
    let categories = Categories::of(content.framework.scale.get_ref());
    results::figures(&categories, factors, &doc.facilitator, &doc.ratings, &[])
}

// ---------------------------------------------------------------------------------------------
// Who may see what

/// One person's position on the second rating of one formulation version.
#[derive(Debug, Clone)]
pub struct Standing {
    /// The version's second rating, if anyone has started one.
    pub rating: Option<SecondRatingRow>,
    /// When this person was first shown the version's ratings (recorded for reviewers only).
    pub seen_at: Option<String>,
    /// They read the case as a supervisor of its facilitator (so they may review it).
    pub reviewer: bool,
    pub user_id: String,
    pub version_status: FormulationStatus,
}

impl Standing {
    /// Their own blind rating of this version is in progress.
    pub fn rating_blind(&self) -> bool {
        self.rating
            .as_ref()
            .is_some_and(|r| !r.is_submitted() && r.rater_id == self.user_id)
    }

    /// They may start a blind rating now: a reviewer, the version submitted, nobody has
    /// started one, and they have not been shown its ratings.
    pub fn may_start(&self) -> bool {
        self.reviewer
            && self.version_status == FormulationStatus::Submitted
            && self.rating.is_none()
            && self.seen_at.is_none()
    }

    /// Whether the version's ratings (and the judgements and written formulation beside them)
    /// are held back from this person now: while they rate blind, and until they choose.
    pub fn hides_ratings(&self) -> bool {
        self.rating_blind() || self.may_start()
    }
}

/// Where `user_id` stands on the second rating of `row`, read as `reason`.
pub async fn standing(
    db: &Database,
    user_id: &str,
    reason: ReadReason,
    row: &FormulationRow,
) -> Result<Standing, sqlx::Error> {
    let reviewer = reason == ReadReason::Supervision;
    let rating = store::of_formulation(db.reader(), &row.id).await?;
    let seen_at = if reviewer {
        store::seen_by(db.reader(), user_id, std::slice::from_ref(&row.id))
            .await?
            .into_iter()
            .next()
            .map(|(_, at)| at)
    } else {
        None
    };
    Ok(Standing {
        rating,
        seen_at,
        reviewer,
        user_id: user_id.to_owned(),
        version_status: row.status(),
    })
}

/// Records, before a page shows them, that a reviewer is being shown the ratings of these
/// versions (the first time counts; nothing is written for anyone else or when all are known).
pub async fn note_shown(
    db: &Database,
    user_id: &str,
    reason: ReadReason,
    formulation_ids: &[String],
) -> Result<(), sqlx::Error> {
    if reason != ReadReason::Supervision || formulation_ids.is_empty() {
        return Ok(());
    }
    let known = store::seen_by(db.reader(), user_id, formulation_ids).await?;
    let new: Vec<String> = formulation_ids
        .iter()
        .filter(|id| !known.iter().any(|(k, _)| k == *id))
        .cloned()
        .collect();
    if new.is_empty() {
        return Ok(());
    }
    let user_id = user_id.to_owned();
    let at = crate::accounts::store::now_text();
    db.write(move |conn| Box::pin(async move { store::mark_seen(conn, &user_id, &new, &at).await }))
        .await
}

/// The numbers of a case's versions whose ratings are held back from this person now (nothing
/// is recorded).
pub async fn held_back(
    db: &Database,
    user_id: &str,
    reason: ReadReason,
    rows: &[FormulationRow],
) -> Result<Vec<i64>, sqlx::Error> {
    let reviewer = reason == ReadReason::Supervision;
    let case_ratings = match rows.first() {
        Some(first) => store::of_case(db.reader(), &first.case_id).await?,
        None => Vec::new(),
    };
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let seen = if reviewer {
        store::seen_by(db.reader(), user_id, &ids).await?
    } else {
        Vec::new()
    };
    Ok(rows
        .iter()
        .filter(|row| {
            Standing {
                rating: case_ratings
                    .iter()
                    .find(|r| r.formulation_id == row.id)
                    .cloned(),
                seen_at: seen
                    .iter()
                    .find(|(id, _)| *id == row.id)
                    .map(|(_, at)| at.clone()),
                reviewer,
                user_id: user_id.to_owned(),
                version_status: row.status(),
            }
            .hides_ratings()
        })
        .map(|row| row.number)
        .collect())
}

/// Of a case's versions, those whose ratings this person may be shown now (recorded as shown,
/// for a reviewer: call it only where they are then shown, such as a chart), and the numbers of
/// those held back.
pub async fn shown_versions(
    db: &Database,
    user_id: &str,
    reason: ReadReason,
    rows: &[FormulationRow],
) -> Result<(Vec<FormulationRow>, Vec<i64>), sqlx::Error> {
    let hidden = held_back(db, user_id, reason, rows).await?;
    let shown: Vec<FormulationRow> = rows
        .iter()
        .filter(|r| !hidden.contains(&r.number))
        .cloned()
        .collect();
    let shown_ids: Vec<String> = shown.iter().map(|r| r.id.clone()).collect();
    note_shown(db, user_id, reason, &shown_ids).await?;
    Ok((shown, hidden))
}

// ---------------------------------------------------------------------------------------------
// Changes

/// Starts the blind second rating of a submitted version by `rater_id`. Checked again inside
/// the write transaction: the version still submitted, no second rating yet, and the rater not
/// shown its ratings. Returns the new row.
pub async fn start(
    db: &Database,
    by: &ChangedBy,
    rater_id: &str,
    open: &OpenCase,
    formulation: &FormulationRow,
) -> Result<(), SecondRatingError> {
    let now = crate::accounts::store::now_text();
    let mut row = SecondRatingRow {
        id: uuid::Uuid::new_v4().to_string(),
        formulation_id: formulation.id.clone(),
        case_id: open.case.id.clone(),
        rater_id: rater_id.to_owned(),
        status: Status::InProgress.id().to_owned(),
        document: Vec::new(),
        version: 1,
        started_at: now.clone(),
        updated_at: now,
        submitted_at: None,
    };
    let doc = SecondRatingDoc::new(&formulation.id, formulation.number);
    row.document = crypto::seal(&binding(&row, 1), &doc, &open.case.public_key)?;
    let mut tx = db.begin_write().await?;
    let status: Option<String> = sqlx::query_scalar("SELECT status FROM formulations WHERE id = ?")
        .bind(&formulation.id)
        .fetch_optional(&mut *tx)
        .await?;
    if status.as_deref() != Some(FormulationStatus::Submitted.id()) {
        return Err(SecondRatingError::NotSubmitted);
    }
    let seen: Option<String> = sqlx::query_scalar(
        "SELECT first_seen_at FROM formulation_rating_views WHERE formulation_id = ? AND user_id = ?",
    )
    .bind(&formulation.id)
    .bind(rater_id)
    .fetch_optional(&mut *tx)
    .await?;
    if seen.is_some() {
        return Err(SecondRatingError::AlreadySeen);
    }
    match store::insert(&mut tx, &row).await {
        Ok(()) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(SecondRatingError::AlreadyRated);
        }
        Err(e) => return Err(e.into()),
    }
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::SecondRatingStarted, &by.source)
            .subject(&row.id)
            .detail(json!({
                "case": open.case.id,
                "formulation": formulation.id,
                "number": formulation.number,
            })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The rater's unfinished second rating of `formulation`, read again now.
async fn current_unfinished(
    db: &Database,
    rater_id: &str,
    formulation_id: &str,
) -> Result<SecondRatingRow, SecondRatingError> {
    match store::of_formulation(db.reader(), formulation_id).await? {
        Some(row) if row.rater_id == rater_id && !row.is_submitted() => Ok(row),
        _ => Err(SecondRatingError::NotInProgress),
    }
}

/// One group-committed write: the document and state with its audit row, if the row is still
/// unfinished at `from_version`.
async fn write(
    db: &Database,
    next: SecondRatingRow,
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

/// Saves the ratings given on one domain's page (valid scale ids only), made from
/// `base_version`. Retries when another domain was saved in between; refuses (nothing written)
/// when this domain was.
#[allow(clippy::too_many_arguments)]
pub async fn save_domain(
    db: &Database,
    by: &ChangedBy,
    rater_id: &str,
    open: &OpenCase,
    formulation_id: &str,
    domain_id: &str,
    base_version: i64,
    given: &[(String, String)],
) -> Result<i64, SecondRatingError> {
    for attempt in 0..crate::db::OPTIMISTIC_ATTEMPTS {
        let row = current_unfinished(db, rater_id, formulation_id).await?;
        let mut doc = open_doc(&row, &open.key)?;
        let next_version = row.version + 1;
        doc.rate_domain(domain_id, base_version, next_version, given)
            .map_err(|_| SecondRatingError::Conflict)?;
        let mut next = row.clone();
        next.version = next_version;
        next.updated_at = crate::accounts::store::now_text();
        next.document = crypto::seal(&binding(&next, next_version), &doc, &open.case.public_key)?;
        let entry = Entry::new(by.actor.clone(), Action::SecondRatingSaved, &by.source)
            .subject(&row.id)
            .detail(json!({
                "case": open.case.id,
                "formulation": formulation_id,
                "domain": domain_id,
                "version": next_version,
            }));
        if write(db, next, row.version, entry).await? {
            return Ok(next_version);
        }
        crate::db::pause_before_retry(attempt).await;
    }
    Err(SecondRatingError::Database(crate::db::busy()))
}

/// Submits the rater's second rating once every framework factor is rated, with a copy of the
/// facilitator's ratings of the version as they stand now (what the figures compare).
pub async fn submit(
    db: &Database,
    by: &ChangedBy,
    rater_id: &str,
    open: &OpenCase,
    content: &Content,
    formulation: &FormulationRow,
    facilitator_doc: &FormulationDoc,
) -> Result<(), SecondRatingError> {
    let row = current_unfinished(db, rater_id, &formulation.id).await?;
    let mut doc = open_doc(&row, &open.key)?;
    let factors = framework_factors(content);
    let ids: Vec<&str> = factors.iter().map(|(_, f)| f.as_str()).collect();
    let missing = doc.missing(&ids);
    if !missing.is_empty() {
        return Err(SecondRatingError::Missing(
            missing.into_iter().map(str::to_owned).collect(),
        ));
    }
    doc.facilitator = facilitator_ratings(content, facilitator_doc);
    let now = crate::accounts::store::now_text();
    let mut next = row.clone();
    next.version = row.version + 1;
    next.status = Status::Submitted.id().to_owned();
    next.submitted_at = Some(now.clone());
    next.updated_at = now;
    next.document = crypto::seal(&binding(&next, next.version), &doc, &open.case.public_key)?;
    let entry = Entry::new(by.actor.clone(), Action::SecondRatingSubmitted, &by.source)
        .subject(&row.id)
        .detail(json!({
            "case": open.case.id,
            "formulation": formulation.id,
            "number": formulation.number,
        }));
    if !write(db, next, row.version, entry).await? {
        return Err(SecondRatingError::NotInProgress);
    }
    Ok(())
}

/// Abandons the rater's unfinished second rating (deleted; audited). From then on the version's
/// ratings are shown to them as to any reviewer (recorded as seen, so they cannot start again).
pub async fn abandon(
    db: &Database,
    by: &ChangedBy,
    rater_id: &str,
    open: &OpenCase,
    formulation: &FormulationRow,
) -> Result<(), SecondRatingError> {
    let row = current_unfinished(db, rater_id, &formulation.id).await?;
    let rater = rater_id.to_owned();
    let at = crate::accounts::store::now_text();
    let entry = Entry::new(by.actor.clone(), Action::SecondRatingAbandoned, &by.source)
        .subject(&row.id)
        .detail(json!({
            "case": open.case.id,
            "formulation": formulation.id,
            "number": formulation.number,
        }));
    let done = db
        .write(move |conn| {
            Box::pin(async move {
                if !store::delete_unfinished(conn, &row.id, &rater).await? {
                    return Ok(false);
                }
                // They chose to stop: from now on the version is shown to them as to any
                // reviewer, and they cannot start again.
                store::mark_seen(conn, &rater, std::slice::from_ref(&row.formulation_id), &at)
                    .await?;
                audit::append(conn, entry).await?;
                Ok(true)
            })
        })
        .await?;
    if !done {
        return Err(SecondRatingError::NotInProgress);
    }
    Ok(())
}
