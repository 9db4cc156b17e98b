//! Second-rating queries, and the record of when a reviewer was first shown a formulation
//! version's ratings. Documents arrive here already sealed; only ids, states and dates are
//! plaintext. This file must never see a rating in the clear.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

/// Where a second rating stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    InProgress,
    Submitted,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::InProgress => "in-progress",
            Status::Submitted => "submitted",
        }
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct SecondRatingRow {
    pub id: String,
    pub formulation_id: String,
    pub case_id: String,
    pub rater_id: String,
    pub status: String,
    pub document: Vec<u8>,
    pub version: i64,
    pub started_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
}

impl SecondRatingRow {
    pub fn status(&self) -> Status {
        if self.status == Status::Submitted.id() {
            Status::Submitted
        } else {
            Status::InProgress
        }
    }

    pub fn is_submitted(&self) -> bool {
        self.status() == Status::Submitted
    }
}

const COLUMNS: &str = "id, formulation_id, case_id, rater_id, status, document, version, started_at, updated_at, submitted_at";

/// The second rating of one formulation version, if any.
pub async fn of_formulation(
    pool: &SqlitePool,
    formulation_id: &str,
) -> Result<Option<SecondRatingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM second_ratings WHERE formulation_id = ?"
    ))
    .bind(formulation_id)
    .fetch_optional(pool)
    .await
}

/// Every second rating of a case's formulation versions.
pub async fn of_case(
    pool: &SqlitePool,
    case_id: &str,
) -> Result<Vec<SecondRatingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM second_ratings WHERE case_id = ? ORDER BY started_at"
    ))
    .bind(case_id)
    .fetch_all(pool)
    .await
}

/// Inserts a new second rating. A second one for the same version is a unique violation.
pub async fn insert(conn: &mut SqliteConnection, row: &SecondRatingRow) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO second_ratings ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ))
    .bind(&row.id)
    .bind(&row.formulation_id)
    .bind(&row.case_id)
    .bind(&row.rater_id)
    .bind(&row.status)
    .bind(&row.document)
    .bind(row.version)
    .bind(&row.started_at)
    .bind(&row.updated_at)
    .bind(&row.submitted_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes a new document, state and dates if the row is still unfinished and at
/// `from_version`. Returns whether it was written.
pub async fn write(
    conn: &mut SqliteConnection,
    row: &SecondRatingRow,
    from_version: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE second_ratings
         SET document = ?, version = ?, status = ?, updated_at = ?, submitted_at = ?
         WHERE id = ? AND version = ? AND status = 'in-progress'",
    )
    .bind(&row.document)
    .bind(row.version)
    .bind(&row.status)
    .bind(&row.updated_at)
    .bind(&row.submitted_at)
    .bind(&row.id)
    .bind(from_version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes an unfinished second rating (abandoned by its rater). Returns whether it was.
pub async fn delete_unfinished(
    conn: &mut SqliteConnection,
    id: &str,
    rater_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM second_ratings WHERE id = ? AND rater_id = ? AND status = 'in-progress'",
    )
    .bind(id)
    .bind(rater_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Which of `formulation_ids` `user_id` has been shown the ratings of, with when.
pub async fn seen_by(
    pool: &SqlitePool,
    user_id: &str,
    formulation_ids: &[String],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    if formulation_ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; formulation_ids.len()].join(", ");
    let sql = format!(
        "SELECT formulation_id, first_seen_at FROM formulation_rating_views
         WHERE user_id = ? AND formulation_id IN ({marks})"
    );
    let mut query = sqlx::query_as(&sql).bind(user_id);
    for id in formulation_ids {
        query = query.bind(id);
    }
    query.fetch_all(pool).await
}

/// Records that `user_id` was shown the ratings of these versions (the first time only).
pub async fn mark_seen(
    conn: &mut SqliteConnection,
    user_id: &str,
    formulation_ids: &[String],
    at: &str,
) -> Result<(), sqlx::Error> {
    for id in formulation_ids {
        sqlx::query(
            "INSERT OR IGNORE INTO formulation_rating_views (formulation_id, user_id, first_seen_at)
             VALUES (?, ?, ?)",
        )
        .bind(id)
        .bind(user_id)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
