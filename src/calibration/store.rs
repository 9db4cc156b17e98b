//! Calibration queries: the only SQL about calibration attempts and their ratings.
//!
//! Ratings are a participant's own training work on a fictional vignette, not case content, so
//! they are plaintext. The blind rule lives here as well as in the pages: [`group_ratings`]
//! returns only submitted attempts, and [`find_own`] only the caller's own attempt. Nothing here
//! may hand one participant's unsubmitted ratings to anyone else.

use std::collections::BTreeMap;

use sqlx::SqlitePool;

use crate::accounts::UserId;
use crate::accounts::store::now_text;
use crate::audit::{self, Action, Actor, Entry};
use crate::db::Database;

use super::results::Ratings;

/// One participant's attempt at one vignette.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub id: String,
    pub user: UserId,
    pub vignette: String,
    pub started_at: String,
    pub submitted_at: Option<String>,
    /// Scale id by factor id, for the factors rated so far.
    pub ratings: BTreeMap<String, String>,
}

impl Attempt {
    pub fn is_submitted(&self) -> bool {
        self.submitted_at.is_some()
    }
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    id: String,
    user_id: String,
    vignette_id: String,
    started_at: String,
    submitted_at: Option<String>,
}

const ATTEMPT_SELECT: &str =
    "SELECT id, user_id, vignette_id, started_at, submitted_at FROM calibration_attempts";

async fn ratings_of(
    pool: &SqlitePool,
    attempt: &str,
) -> Result<BTreeMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT factor_id, rating FROM calibration_ratings WHERE attempt_id = ?")
            .bind(attempt)
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().collect())
}

async fn load(pool: &SqlitePool, row: AttemptRow) -> Result<Attempt, sqlx::Error> {
    let ratings = ratings_of(pool, &row.id).await?;
    Ok(Attempt {
        id: row.id,
        user: UserId::from_db(row.user_id),
        vignette: row.vignette_id,
        started_at: row.started_at,
        submitted_at: row.submitted_at,
        ratings,
    })
}

/// The attempt `id` if it belongs to `user`; anyone else's is "not found".
pub async fn find_own(
    pool: &SqlitePool,
    user: &UserId,
    id: &str,
) -> Result<Option<Attempt>, sqlx::Error> {
    let row: Option<AttemptRow> =
        sqlx::query_as(&format!("{ATTEMPT_SELECT} WHERE id = ? AND user_id = ?"))
            .bind(id)
            .bind(user.as_str())
            .fetch_optional(pool)
            .await?;
    match row {
        Some(row) => Ok(Some(load(pool, row).await?)),
        None => Ok(None),
    }
}

/// The attempt `id` if it has been submitted (what a training manager may read).
pub async fn find_submitted(pool: &SqlitePool, id: &str) -> Result<Option<Attempt>, sqlx::Error> {
    let row: Option<AttemptRow> = sqlx::query_as(&format!(
        "{ATTEMPT_SELECT} WHERE id = ? AND submitted_at IS NOT NULL"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await?;
    match row {
        Some(row) => Ok(Some(load(pool, row).await?)),
        None => Ok(None),
    }
}

/// Every attempt of `user`, by vignette id.
pub async fn attempts_of(
    pool: &SqlitePool,
    user: &UserId,
) -> Result<BTreeMap<String, Attempt>, sqlx::Error> {
    let rows: Vec<AttemptRow> = sqlx::query_as(&format!("{ATTEMPT_SELECT} WHERE user_id = ?"))
        .bind(user.as_str())
        .fetch_all(pool)
        .await?;
    let mut attempts = BTreeMap::new();
    for row in rows {
        let attempt = load(pool, row).await?;
        attempts.insert(attempt.vignette.clone(), attempt);
    }
    Ok(attempts)
}

/// The submitted exercises of `user`, oldest first: (vignette id, submitted at, attempt id).
/// What the training record lists.
pub async fn completed_by(
    pool: &SqlitePool,
    user: &UserId,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT vignette_id, submitted_at, id FROM calibration_attempts
         WHERE user_id = ? AND submitted_at IS NOT NULL ORDER BY submitted_at",
    )
    .bind(user.as_str())
    .fetch_all(pool)
    .await
}

/// The ratings of every submitted attempt at `vignette` (the group, the caller included once
/// they have submitted). Unsubmitted attempts are never part of it.
pub async fn group_ratings(
    pool: &SqlitePool,
    vignette: &str,
) -> Result<Vec<BTreeMap<String, String>>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT a.id, r.factor_id, r.rating
         FROM calibration_attempts a JOIN calibration_ratings r ON r.attempt_id = a.id
         WHERE a.vignette_id = ? AND a.submitted_at IS NOT NULL
         ORDER BY a.id",
    )
    .bind(vignette)
    .fetch_all(pool)
    .await?;
    let mut by_attempt: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (attempt, factor, rating) in rows {
        by_attempt
            .entry(attempt)
            .or_default()
            .insert(factor, rating);
    }
    Ok(by_attempt.into_values().collect())
}

/// The open or submitted attempt of `user` at `vignette`, or a new one.
pub async fn start(
    db: &Database,
    toolkit_hash: &str,
    user: &UserId,
    vignette: &str,
) -> Result<String, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let existing: Option<(String,)> =
        sqlx::query_as("SELECT id FROM calibration_attempts WHERE user_id = ? AND vignette_id = ?")
            .bind(user.as_str())
            .bind(vignette)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some((id,)) = existing {
        tx.commit().await?;
        return Ok(id);
    }
    let id = uuid::Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO calibration_attempts (id, user_id, vignette_id, toolkit_hash, started_at)
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(user.as_str())
    .bind(vignette)
    .bind(toolkit_hash)
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves (or changes) ratings of an attempt that is not yet submitted. Returns `false`, and
/// changes nothing, once it has been submitted.
pub async fn save_ratings(
    db: &Database,
    attempt: &str,
    ratings: &[(String, String)],
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let open: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM calibration_attempts WHERE id = ? AND submitted_at IS NULL")
            .bind(attempt)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        tx.commit().await?;
        return Ok(false);
    }
    for (factor, rating) in ratings {
        sqlx::query(
            "INSERT INTO calibration_ratings (attempt_id, factor_id, rating, rated_at)
             VALUES (?, ?, ?, ?)
             ON CONFLICT (attempt_id, factor_id) DO UPDATE SET
                rating = excluded.rating, rated_at = excluded.rated_at",
        )
        .bind(attempt)
        .bind(factor)
        .bind(rating)
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Marks the attempt submitted and audits it, in one transaction. Returns `false` if it was
/// already submitted (a resubmitted form): nothing changes then.
pub async fn submit(db: &Database, attempt: &Attempt, source: &str) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE calibration_attempts SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL",
    )
    .bind(now_text())
    .bind(&attempt.id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        tx.commit().await?;
        return Ok(false);
    }
    audit::append(
        &mut tx,
        Entry::new(
            Actor::User(attempt.user.as_str().to_owned()),
            Action::CalibrationSubmitted,
            source,
        )
        .subject(attempt.user.as_str())
        .detail(serde_json::json!({
            "attempt": attempt.id,
            "vignette": attempt.vignette,
            "factors": attempt.ratings.len(),
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Every submitted attempt with its ratings, for the calibration dashboard: the person (only
/// to count people), the vignette, the submission time and the ratings. Unsubmitted attempts
/// are never part of it.
pub async fn all_submitted(
    pool: &SqlitePool,
) -> Result<Vec<(String, String, String, Ratings)>, sqlx::Error> {
    let rows: Vec<(String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT a.id, a.user_id, a.vignette_id, a.submitted_at, r.factor_id, r.rating
         FROM calibration_attempts a JOIN calibration_ratings r ON r.attempt_id = a.id
         WHERE a.submitted_at IS NOT NULL
         ORDER BY a.id",
    )
    .fetch_all(pool)
    .await?;
    let mut by_attempt: BTreeMap<String, (String, String, String, Ratings)> = BTreeMap::new();
    for (attempt, user, vignette, submitted_at, factor, rating) in rows {
        by_attempt
            .entry(attempt)
            .or_insert_with(|| (user, vignette, submitted_at, Ratings::new()))
            .3
            .insert(factor, rating);
    }
    Ok(by_attempt.into_values().collect())
}
