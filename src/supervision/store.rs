//! Supervision record queries. Bodies arrive here already sealed; only ids and dates are
//! plaintext. "Who supervises whom today" is always the `effective_supervision` view (standing
//! links plus any cover running today), never the `supervision` table on its own.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

/// One stored record, with its sealed body.
#[derive(Debug, Clone, FromRow)]
pub struct RecordRow {
    pub id: String,
    pub supervisor_id: String,
    pub supervisee_id: String,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub created_at: String,
    pub version: i64,
    pub body: Vec<u8>,
}

/// A record as a list shows it: no body, and the supervisor's name.
#[derive(Debug, Clone, FromRow)]
pub struct RecordLine {
    pub id: String,
    pub supervisor_id: String,
    pub supervisor_name: String,
    pub supervisee_id: String,
    pub held_on: String,
}

/// A member of staff, as these pages need them.
#[derive(Debug, Clone, FromRow)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// `None` until they have activated their account (nothing can be sealed to them yet).
    pub public_key: Option<String>,
    pub disabled: bool,
}

/// Someone a supervisor supervises today (or has records with), and their latest meeting with
/// anyone.
#[derive(Debug, Clone, FromRow)]
pub struct SuperviseeLine {
    pub id: String,
    pub name: String,
    pub activated: bool,
    /// The latest `held_on` of any record about them, by any supervisor.
    pub last_held_on: Option<String>,
}

const COLUMNS: &str = "id, supervisor_id, supervisee_id, held_on, created_at, version, body";

pub async fn person(pool: &SqlitePool, id: &str) -> Result<Option<Person>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, public_key, disabled <> 0 AS disabled FROM users WHERE id = ?")
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Whether `supervisor` supervises `supervisee` today (a standing link or a running cover).
pub async fn supervises_now(
    pool: &SqlitePool,
    supervisor: &str,
    supervisee: &str,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM effective_supervision WHERE supervisor_id = ? AND supervisee_id = ?",
    )
    .bind(supervisor)
    .bind(supervisee)
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}

/// Everyone `supervisor` supervises today whose account is not disabled, by name.
pub async fn current_supervisees(
    pool: &SqlitePool,
    supervisor: &str,
) -> Result<Vec<SuperviseeLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.name, u.public_key IS NOT NULL AS activated,
                (SELECT MAX(r.held_on) FROM supervision_records r WHERE r.supervisee_id = u.id)
                    AS last_held_on
         FROM effective_supervision e
         JOIN users u ON u.id = e.supervisee_id
         WHERE e.supervisor_id = ? AND u.disabled = 0
         GROUP BY u.id
         ORDER BY u.name, u.id",
    )
    .bind(supervisor)
    .fetch_all(pool)
    .await
}

/// Everyone `supervisor` has written records about, with the latest of those records, by name.
pub async fn written_about(
    pool: &SqlitePool,
    supervisor: &str,
) -> Result<Vec<SuperviseeLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.name, u.public_key IS NOT NULL AS activated,
                MAX(r.held_on) AS last_held_on
         FROM supervision_records r
         JOIN users u ON u.id = r.supervisee_id
         WHERE r.supervisor_id = ?
         GROUP BY u.id
         ORDER BY u.name, u.id",
    )
    .bind(supervisor)
    .fetch_all(pool)
    .await
}

/// Whether `supervisor` has written any record about `supervisee`.
pub async fn has_written_about(
    pool: &SqlitePool,
    supervisor: &str,
    supervisee: &str,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM supervision_records WHERE supervisor_id = ? AND supervisee_id = ? LIMIT 1",
    )
    .bind(supervisor)
    .bind(supervisee)
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}

/// The latest meeting recorded about `supervisee`, by anyone.
pub async fn last_held_on(
    pool: &SqlitePool,
    supervisee: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(held_on) FROM supervision_records WHERE supervisee_id = ?")
        .bind(supervisee)
        .fetch_one(pool)
        .await
}

/// Every record about `supervisee` (only those by `by`, when given), newest meeting first.
pub async fn lines_about(
    pool: &SqlitePool,
    supervisee: &str,
    by: Option<&str>,
) -> Result<Vec<RecordLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.id, r.supervisor_id, u.name AS supervisor_name, r.supervisee_id, r.held_on
         FROM supervision_records r
         JOIN users u ON u.id = r.supervisor_id
         WHERE r.supervisee_id = ?1 AND (?2 IS NULL OR r.supervisor_id = ?2)
         ORDER BY r.held_on DESC, r.created_at DESC",
    )
    .bind(supervisee)
    .bind(by)
    .fetch_all(pool)
    .await
}

/// The people who supervise `supervisee` today, by name.
pub async fn supervisors_now(
    pool: &SqlitePool,
    supervisee: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT u.name FROM effective_supervision e JOIN users u ON u.id = e.supervisor_id
         WHERE e.supervisee_id = ? GROUP BY u.id ORDER BY u.name",
    )
    .bind(supervisee)
    .fetch_all(pool)
    .await
}

pub async fn record(pool: &SqlitePool, id: &str) -> Result<Option<RecordRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM supervision_records WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// References of the supervisee's open cases, in caseload order.
pub async fn open_case_references(
    pool: &SqlitePool,
    facilitator: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT reference FROM cases WHERE facilitator_id = ? AND status = 'open' ORDER BY reference",
    )
    .bind(facilitator)
    .fetch_all(pool)
    .await
}

/// Which of `references` are cases of `facilitator` (open or closed).
pub async fn cases_of(
    pool: &SqlitePool,
    facilitator: &str,
    references: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    let mut found = Vec::new();
    for reference in references {
        let hit: Option<String> = sqlx::query_scalar(
            "SELECT reference FROM cases WHERE facilitator_id = ? AND reference = ?",
        )
        .bind(facilitator)
        .bind(reference)
        .fetch_optional(pool)
        .await?;
        found.extend(hit);
    }
    Ok(found)
}

pub async fn insert(conn: &mut SqliteConnection, row: &RecordRow) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO supervision_records ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
    ))
    .bind(&row.id)
    .bind(&row.supervisor_id)
    .bind(&row.supervisee_id)
    .bind(&row.held_on)
    .bind(&row.created_at)
    .bind(row.version)
    .bind(&row.body)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes a new date, body and version if the row is still at `from_version`. Returns whether
/// it was written (false: someone saved first).
pub async fn update(
    conn: &mut SqliteConnection,
    row: &RecordRow,
    from_version: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE supervision_records SET held_on = ?, version = ?, body = ?
         WHERE id = ? AND version = ?",
    )
    .bind(&row.held_on)
    .bind(row.version)
    .bind(&row.body)
    .bind(&row.id)
    .bind(from_version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
