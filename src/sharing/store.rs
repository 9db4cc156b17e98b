//! Sharing-log queries. Plaintext columns only (ids, the kind, dates, who recorded it): the
//! record itself arrives here already sealed. Nothing here may decrypt, log or return content.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

/// A sharing record as stored; `body` is the sealed [`super::Disclosure`].
#[derive(Debug, Clone, FromRow)]
pub struct SharingRow {
    pub id: String,
    pub case_id: String,
    /// `disclosure` or `summary` ([`super::RecordKind`]).
    pub kind: String,
    /// The day the information was shared, `YYYY-MM-DD`.
    pub shared_on: String,
    pub recorded_by: String,
    pub recorded_at: String,
    pub body: Vec<u8>,
}

const COLUMNS: &str = "id, case_id, kind, shared_on, recorded_by, recorded_at, body";

/// A case's sharing records, newest first.
pub async fn of_case(pool: &SqlitePool, case_id: &str) -> Result<Vec<SharingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sharing_records WHERE case_id = ?
         ORDER BY shared_on DESC, recorded_at DESC, id"
    ))
    .bind(case_id)
    .fetch_all(pool)
    .await
}

/// One record of one case (`None` if the id is unknown or belongs to another case).
pub async fn of_case_by_id(
    pool: &SqlitePool,
    case_id: &str,
    id: &str,
) -> Result<Option<SharingRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sharing_records WHERE case_id = ? AND id = ?"
    ))
    .bind(case_id)
    .bind(id)
    .fetch_optional(pool)
    .await
}

pub async fn insert(conn: &mut SqliteConnection, row: &SharingRow) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO sharing_records ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
    ))
    .bind(&row.id)
    .bind(&row.case_id)
    .bind(&row.kind)
    .bind(&row.shared_on)
    .bind(&row.recorded_by)
    .bind(&row.recorded_at)
    .bind(&row.body)
    .execute(conn)
    .await?;
    Ok(())
}
