//! Concerns: what was disclosed or observed that may need reporting, raised from any stage of
//! a session or from the case page. The account is sealed to the case key; the row holds only
//! who raised it, when, from where, and whether the supervisor has acknowledged it. A concern
//! flags the case (its page and the caseload) and the supervisor's queue the moment it is saved.

use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{FromRow, SqlitePool};

use super::OpenCase;
use crate::accounts::ChangedBy;
use crate::audit::{self, Action, Entry};
use crate::crypto::{self, Binding, CryptoError, Keyring};
use crate::db::Database;

pub const KIND: &str = "concern";

/// What the facilitator recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// What was said or seen, as close to the words used as possible.
    pub what: String,
    /// What the facilitator has done already (told someone, made the person safe…).
    pub action_taken: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct ConcernRow {
    pub id: String,
    pub case_id: String,
    pub session_id: Option<String>,
    pub stage_id: Option<String>,
    pub raised_by: String,
    pub raised_at: String,
    pub status: String,
    pub body: Vec<u8>,
    pub acknowledged_by: Option<String>,
    pub acknowledged_at: Option<String>,
}

impl ConcernRow {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

/// The binding a concern's account is sealed with.
pub fn binding(row: &ConcernRow) -> Binding {
    Binding {
        kind: KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: row.case_id.clone(),
        author_id: row.raised_by.clone(),
        version: 1,
    }
}

pub fn open_account(row: &ConcernRow, key: &Keyring) -> Result<Account, CryptoError> {
    crypto::open(&binding(row), &row.body, key)
}

const COLUMNS: &str = "id, case_id, session_id, stage_id, raised_by, raised_at, status, body, acknowledged_by, acknowledged_at";

pub async fn of_case(pool: &SqlitePool, case_id: &str) -> Result<Vec<ConcernRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM concerns WHERE case_id = ? ORDER BY raised_at DESC, id"
    ))
    .bind(case_id)
    .fetch_all(pool)
    .await
}

pub async fn by_id(pool: &SqlitePool, id: &str) -> Result<Option<ConcernRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM concerns WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// Inserts a concern row (already sealed).
pub async fn insert(
    conn: &mut sqlx::SqliteConnection,
    row: &ConcernRow,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO concerns ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ))
    .bind(&row.id)
    .bind(&row.case_id)
    .bind(&row.session_id)
    .bind(&row.stage_id)
    .bind(&row.raised_by)
    .bind(&row.raised_at)
    .bind(&row.status)
    .bind(&row.body)
    .bind(&row.acknowledged_by)
    .bind(&row.acknowledged_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Saves a concern. Returns its id.
pub async fn raise(
    db: &Database,
    by: &ChangedBy,
    raised_by: &str,
    open: &OpenCase,
    session_id: Option<&str>,
    stage_id: Option<&str>,
    account: &Account,
) -> Result<String, super::OpenError> {
    let mut row = ConcernRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: open.case.id.clone(),
        session_id: session_id.map(str::to_owned),
        stage_id: stage_id.map(str::to_owned),
        raised_by: raised_by.to_owned(),
        raised_at: crate::accounts::store::now_text(),
        status: "open".into(),
        body: Vec::new(),
        acknowledged_by: None,
        acknowledged_at: None,
    };
    row.body = crypto::seal(&binding(&row), account, &open.case.public_key)?;
    let mut tx = db.begin_write().await?;
    insert(&mut tx, &row).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::ConcernRaised, &by.source)
            .subject(&row.id)
            .detail(
                json!({ "case": row.case_id, "session": row.session_id, "stage": row.stage_id }),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(row.id)
}

/// A supervisor acknowledges a concern (it leaves the open list). False if it already was.
pub async fn acknowledge(
    db: &Database,
    by: &ChangedBy,
    supervisor_id: &str,
    concern: &ConcernRow,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE concerns SET status = 'acknowledged', acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND status = 'open'",
    )
    .bind(supervisor_id)
    .bind(crate::accounts::store::now_text())
    .bind(&concern.id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 1 {
        audit::append(
            &mut tx,
            Entry::new(by.actor.clone(), Action::ConcernAcknowledged, &by.source)
                .subject(&concern.id)
                .detail(json!({ "case": concern.case_id })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done.rows_affected() == 1)
}

/// Open concerns on the cases of everyone `supervisor_id` supervises: (concern id, case
/// reference, facilitator name, raised at).
pub async fn open_for_supervisor(
    pool: &SqlitePool,
    supervisor_id: &str,
) -> Result<Vec<(String, String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT k.id, c.reference, u.name, k.raised_at
         FROM concerns k
         JOIN cases c ON c.id = k.case_id
         JOIN users u ON u.id = c.facilitator_id
         JOIN effective_supervision v ON v.supervisee_id = c.facilitator_id AND v.supervisor_id = ?
         WHERE k.status = 'open'
         ORDER BY k.raised_at",
    )
    .bind(supervisor_id)
    .fetch_all(pool)
    .await
}
