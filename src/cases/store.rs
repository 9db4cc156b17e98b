//! Case queries. Plaintext columns only: the details arrive here already sealed.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

use crate::accounts::store::now_text;

/// A case row as stored.
#[derive(Debug, Clone, FromRow)]
pub struct CaseRow {
    pub id: String,
    pub reference: String,
    pub facilitator_id: String,
    pub status: String,
    pub public_key: String,
    pub details: Vec<u8>,
    pub details_version: i64,
    pub next_session_on: Option<String>,
    pub opened_at: String,
    pub closed_at: Option<String>,
    pub updated_at: String,
    /// A grant was revoked: the next holder to open the case rotates its key.
    pub key_rotation_due: bool,
}

impl CaseRow {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

const COLUMNS: &str = "id, reference, facilitator_id, status, public_key, details, details_version, next_session_on, opened_at, closed_at, updated_at, key_rotation_due";

/// The case columns for a query that joins `cases` as `c` to another table, each named `c_…`
/// so none collides with the other table's columns; [`case_from_prefixed`] reads them back.
pub fn prefixed_columns() -> &'static str {
    static PREFIXED: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        COLUMNS
            .split(", ")
            .map(|c| format!("c.{c} AS c_{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    });
    &PREFIXED
}

/// A case row from a joined query's [`prefixed_columns`].
pub fn case_from_prefixed(row: &sqlx::sqlite::SqliteRow) -> Result<CaseRow, sqlx::Error> {
    use sqlx::Row;
    Ok(CaseRow {
        id: row.try_get("c_id")?,
        reference: row.try_get("c_reference")?,
        facilitator_id: row.try_get("c_facilitator_id")?,
        status: row.try_get("c_status")?,
        public_key: row.try_get("c_public_key")?,
        details: row.try_get("c_details")?,
        details_version: row.try_get("c_details_version")?,
        next_session_on: row.try_get("c_next_session_on")?,
        opened_at: row.try_get("c_opened_at")?,
        closed_at: row.try_get("c_closed_at")?,
        updated_at: row.try_get("c_updated_at")?,
        key_rotation_due: row.try_get("c_key_rotation_due")?,
    })
}

/// One case's key wrapped to one grantee.
#[derive(Debug, Clone, FromRow)]
pub struct Grant {
    /// A user id, or [`RECOVERY_GRANTEE`].
    pub grantee: String,
    pub recipient: String,
    pub wrapped_key: Vec<u8>,
}

/// The grantee name of the organisation's recovery key.
pub const RECOVERY_GRANTEE: &str = "recovery";

pub async fn by_reference(
    pool: &SqlitePool,
    reference: &str,
) -> Result<Option<CaseRow>, sqlx::Error> {
    let Some(reference) = super::reference::normalise(reference) else {
        return Ok(None);
    };
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM cases WHERE reference = ?"))
        .bind(reference)
        .fetch_optional(pool)
        .await
}

pub async fn by_id(pool: &SqlitePool, id: &str) -> Result<Option<CaseRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM cases WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Every case (for the data controller's export), oldest first.
pub async fn all(pool: &SqlitePool) -> Result<Vec<CaseRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM cases ORDER BY opened_at, id"
    ))
    .fetch_all(pool)
    .await
}

/// A free reference (retrying on the rare collision), inside the write transaction that will
/// use it.
pub async fn unused_reference(conn: &mut SqliteConnection) -> Result<String, sqlx::Error> {
    loop {
        let candidate = super::reference::generate();
        // A destroyed case's reference stays in its tombstone and the audit log: never reused.
        let taken: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM cases WHERE reference = ?1
             UNION ALL SELECT 1 FROM case_tombstones WHERE reference = ?1",
        )
        .bind(&candidate)
        .fetch_optional(&mut *conn)
        .await?;
        if taken.is_none() {
            return Ok(candidate);
        }
    }
}

pub async fn insert(
    conn: &mut SqliteConnection,
    row: &CaseRow,
    sealed_details: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO cases (id, reference, facilitator_id, status, public_key, details, details_version, next_session_on, opened_at, closed_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&row.id)
    .bind(&row.reference)
    .bind(&row.facilitator_id)
    .bind(&row.status)
    .bind(&row.public_key)
    .bind(sealed_details)
    .bind(row.details_version)
    .bind(&row.next_session_on)
    .bind(&row.opened_at)
    .bind(&row.closed_at)
    .bind(&row.updated_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces the details if they are still at `from_version`; false if someone changed them first.
pub async fn set_details(
    conn: &mut SqliteConnection,
    id: &str,
    from_version: i64,
    to_version: i64,
    sealed: &[u8],
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE cases SET details = ?, details_version = ?, updated_at = ? WHERE id = ? AND details_version = ?",
    )
    .bind(sealed)
    .bind(to_version)
    .bind(now_text())
    .bind(id)
    .bind(from_version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Opens or closes a case; false if it was already so.
pub async fn set_status(
    conn: &mut SqliteConnection,
    id: &str,
    open: bool,
) -> Result<bool, sqlx::Error> {
    let now = now_text();
    let done = if open {
        sqlx::query("UPDATE cases SET status = 'open', closed_at = NULL, updated_at = ? WHERE id = ? AND status = 'closed'")
            .bind(&now)
            .bind(id)
            .execute(conn)
            .await?
    } else {
        sqlx::query("UPDATE cases SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ? AND status = 'open'")
            .bind(&now)
            .bind(&now)
            .bind(id)
            .execute(conn)
            .await?
    };
    Ok(done.rows_affected() == 1)
}

pub async fn set_next_session_on(
    conn: &mut SqliteConnection,
    id: &str,
    date: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE cases SET next_session_on = ?, updated_at = ? WHERE id = ?")
        .bind(date)
        .bind(now_text())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn grant_of(
    pool: &SqlitePool,
    case_id: &str,
    grantee: &str,
) -> Result<Option<Grant>, sqlx::Error> {
    sqlx::query_as(
        "SELECT grantee, recipient, wrapped_key FROM case_grants WHERE case_id = ? AND grantee = ?",
    )
    .bind(case_id)
    .bind(grantee)
    .fetch_optional(pool)
    .await
}

pub async fn grants_of(pool: &SqlitePool, case_id: &str) -> Result<Vec<Grant>, sqlx::Error> {
    sqlx::query_as("SELECT grantee, recipient, wrapped_key FROM case_grants WHERE case_id = ?")
        .bind(case_id)
        .fetch_all(pool)
        .await
}

/// Adds or replaces one grantee's grant.
pub async fn put_grant(
    conn: &mut SqliteConnection,
    case_id: &str,
    grant: &Grant,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO case_grants (case_id, grantee, recipient, wrapped_key, granted_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (case_id, grantee) DO UPDATE SET recipient = excluded.recipient, wrapped_key = excluded.wrapped_key, granted_at = excluded.granted_at",
    )
    .bind(case_id)
    .bind(&grant.grantee)
    .bind(&grant.recipient)
    .bind(&grant.wrapped_key)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}

/// One line of a caseload: metadata only, nothing that needs the case key.
#[derive(Debug, Clone, FromRow)]
pub struct CaseloadRow {
    pub reference: String,
    pub status: String,
    pub opened_at: String,
    pub next_session_on: Option<String>,
    /// The earliest date among planned sessions.
    pub next_planned_on: Option<String>,
    pub last_session_on: Option<String>,
    pub sessions: i64,
    pub open_concerns: i64,
    pub awaiting_review: i64,
}

/// One page of a facilitator's open (or closed) cases, by reference.
///
/// Served from the `cases_by_facilitator` index and the summary columns kept by triggers
/// (migration 0005): listing a page reads no session or concern, and its cost does not grow
/// with the size of the caseload.
pub async fn caseload(
    pool: &SqlitePool,
    facilitator_id: &str,
    closed: bool,
    limit: u32,
    offset: u32,
) -> Result<Vec<CaseloadRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reference, status, opened_at, next_session_on, next_planned_on, last_session_on,
                sessions_count AS sessions, open_concerns, awaiting_review
         FROM cases
         WHERE facilitator_id = ? AND status = ?
         ORDER BY reference
         LIMIT ? OFFSET ?",
    )
    .bind(facilitator_id)
    .bind(if closed { "closed" } else { "open" })
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await
}

/// How many open and closed cases a facilitator holds (one row, kept by triggers: migration
/// 0010).
pub async fn caseload_counts(
    pool: &SqlitePool,
    facilitator_id: &str,
) -> Result<(u32, u32), sqlx::Error> {
    let counts: Option<(i64, i64)> = sqlx::query_as(
        "SELECT open_cases, closed_cases FROM caseload_counts WHERE facilitator_id = ?",
    )
    .bind(facilitator_id)
    .fetch_optional(pool)
    .await?;
    let (open, closed) = counts.unwrap_or((0, 0));
    Ok((open.max(0) as u32, closed.max(0) as u32))
}
