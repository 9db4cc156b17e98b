//! Formulation queries. Documents arrive here already sealed; only metadata is plaintext.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

/// The states a version of a formulation moves through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Draft,
    Submitted,
    Returned,
    SignedOff,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::Submitted,
        Status::Returned,
        Status::SignedOff,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Returned => "returned",
            Status::SignedOff => "signed-off",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Status::Draft => "formulation-status-draft",
            Status::Submitted => "formulation-status-submitted",
            Status::Returned => "formulation-status-returned",
            Status::SignedOff => "formulation-status-signed-off",
        }
    }

    pub fn tag_class(self) -> &'static str {
        match self {
            Status::Draft => "govuk-tag--grey",
            Status::Submitted => "govuk-tag--purple",
            Status::Returned => "govuk-tag--orange",
            Status::SignedOff => "govuk-tag--green",
        }
    }

    /// Whether the facilitator may still change it.
    pub fn is_editable(self) -> bool {
        matches!(self, Status::Draft | Status::Returned)
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct FormulationRow {
    pub id: String,
    pub case_id: String,
    pub number: i64,
    pub status: String,
    pub facilitator_id: String,
    pub based_on: Option<String>,
    pub toolkit_version: String,
    pub toolkit_hash: String,
    pub document: Vec<u8>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
    pub signed_off_at: Option<String>,
    pub signed_off_by: Option<String>,
}

impl FormulationRow {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Draft)
    }
}

const COLUMNS: &str = "id, case_id, number, status, facilitator_id, based_on, toolkit_version, toolkit_hash, document, version, created_at, updated_at, submitted_at, signed_off_at, signed_off_by";

/// Every version of a case's formulation, oldest first.
pub async fn of_case(pool: &SqlitePool, case_id: &str) -> Result<Vec<FormulationRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM formulations WHERE case_id = ? ORDER BY number"
    ))
    .bind(case_id)
    .fetch_all(pool)
    .await
}

/// One version of a case's formulation, by its number.
pub async fn by_number(
    pool: &SqlitePool,
    case_id: &str,
    number: i64,
) -> Result<Option<FormulationRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM formulations WHERE case_id = ? AND number = ?"
    ))
    .bind(case_id)
    .bind(number)
    .fetch_optional(pool)
    .await
}

pub async fn insert(conn: &mut SqliteConnection, row: &FormulationRow) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO formulations ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ))
    .bind(&row.id)
    .bind(&row.case_id)
    .bind(row.number)
    .bind(&row.status)
    .bind(&row.facilitator_id)
    .bind(&row.based_on)
    .bind(&row.toolkit_version)
    .bind(&row.toolkit_hash)
    .bind(&row.document)
    .bind(row.version)
    .bind(&row.created_at)
    .bind(&row.updated_at)
    .bind(&row.submitted_at)
    .bind(&row.signed_off_at)
    .bind(&row.signed_off_by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes a new document, state and dates, if the row is still at `from_version`. Returns
/// whether it was written (false: someone else wrote first).
pub async fn write(
    conn: &mut SqliteConnection,
    row: &FormulationRow,
    from_version: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE formulations
         SET document = ?, version = ?, status = ?, updated_at = ?, submitted_at = ?,
             signed_off_at = ?, signed_off_by = ?
         WHERE id = ? AND version = ?",
    )
    .bind(&row.document)
    .bind(row.version)
    .bind(&row.status)
    .bind(&row.updated_at)
    .bind(&row.submitted_at)
    .bind(&row.signed_off_at)
    .bind(&row.signed_off_by)
    .bind(&row.id)
    .bind(from_version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Formulation versions awaiting review by one of `supervisor_id`'s supervisees, oldest first:
/// (case reference, number, facilitator's name, submitted at).
pub async fn awaiting_review(
    pool: &SqlitePool,
    supervisor_id: &str,
) -> Result<Vec<(String, i64, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.reference, f.number, u.name, COALESCE(f.submitted_at, '')
         FROM formulations f
         JOIN cases c ON c.id = f.case_id
         JOIN users u ON u.id = f.facilitator_id
         JOIN effective_supervision v ON v.supervisee_id = f.facilitator_id AND v.supervisor_id = ?
         WHERE f.status = 'submitted'
         ORDER BY f.submitted_at",
    )
    .bind(supervisor_id)
    .fetch_all(pool)
    .await
}
