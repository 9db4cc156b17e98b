//! Training queries: the only SQL about staff details, training records and planned dates.
//!
//! Writes take the caller's `BEGIN IMMEDIATE` transaction so that a change and its audit row
//! commit together. Training data is about staff, not about the people they work with, so it is
//! plaintext; it never holds case content.

use chrono::NaiveDate;
use sqlx::{SqliteConnection, SqlitePool};

use super::status::Record;
use crate::accounts::store::now_text;
use crate::accounts::{Role, Roles, UserId};

pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// A member of staff as training pages see them.
#[derive(Debug, Clone)]
pub struct StaffMember {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub roles: Roles,
    pub team: String,
    pub staff_group: Option<String>,
    pub joined_on: Option<NaiveDate>,
    pub disabled: bool,
}

#[derive(sqlx::FromRow)]
struct StaffRow {
    id: String,
    name: String,
    email: String,
    team: String,
    staff_group: Option<String>,
    joined_on: Option<String>,
    disabled: bool,
    roles: Option<String>,
}

impl From<StaffRow> for StaffMember {
    fn from(row: StaffRow) -> Self {
        StaffMember {
            id: UserId::from_db(row.id),
            name: row.name,
            email: row.email,
            roles: row
                .roles
                .unwrap_or_default()
                .split(',')
                .filter_map(|r| r.parse::<Role>().ok())
                .collect(),
            team: row.team,
            staff_group: row.staff_group,
            joined_on: row.joined_on.as_deref().and_then(parse_date),
            disabled: row.disabled,
        }
    }
}

pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, DATE_FORMAT).ok()
}

pub fn date_text(date: NaiveDate) -> String {
    date.format(DATE_FORMAT).to_string()
}

const STAFF_SELECT: &str = "SELECT u.id, u.name, u.email, u.team, u.staff_group, u.joined_on,
        u.disabled,
        (SELECT group_concat(role, ',') FROM user_roles r WHERE r.user_id = u.id) AS roles
     FROM users u";

/// Everyone with an account, by name.
pub async fn staff(pool: &SqlitePool) -> Result<Vec<StaffMember>, sqlx::Error> {
    let rows: Vec<StaffRow> = sqlx::query_as(&format!(
        "{STAFF_SELECT} ORDER BY u.name COLLATE NOCASE, u.email"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(StaffMember::from).collect())
}

pub async fn staff_member(
    pool: &SqlitePool,
    id: &UserId,
) -> Result<Option<StaffMember>, sqlx::Error> {
    let row: Option<StaffRow> = sqlx::query_as(&format!("{STAFF_SELECT} WHERE u.id = ?"))
        .bind(id.as_str())
        .fetch_optional(pool)
        .await?;
    Ok(row.map(StaffMember::from))
}

/// The teams in use, for the filter.
pub async fn teams(pool: &SqlitePool) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT DISTINCT team FROM users WHERE team <> '' ORDER BY team COLLATE NOCASE",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(t,)| t).collect())
}

pub async fn set_details(
    conn: &mut SqliteConnection,
    id: &UserId,
    staff_group: Option<&str>,
    team: &str,
    joined_on: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET staff_group = ?, team = ?, joined_on = ? WHERE id = ?")
        .bind(staff_group)
        .bind(team)
        .bind(joined_on.map(date_text))
        .bind(id.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    user_id: String,
    requirement: String,
    module: String,
    completed_on: String,
    score: Option<i64>,
    evidence: String,
}

impl RecordRow {
    fn into_record(self) -> (UserId, Record) {
        (
            UserId::from_db(self.user_id),
            Record {
                requirement: self.requirement,
                module: self.module,
                completed_on: parse_date(&self.completed_on).unwrap_or(NaiveDate::MIN),
                score: self.score.and_then(|s| u8::try_from(s).ok()),
                evidence: self.evidence,
            },
        )
    }
}

const RECORD_SELECT: &str =
    "SELECT user_id, requirement, module, completed_on, score, evidence FROM training_records";

/// One person's records, newest first.
pub async fn records_of(pool: &SqlitePool, id: &UserId) -> Result<Vec<Record>, sqlx::Error> {
    let rows: Vec<RecordRow> = sqlx::query_as(&format!(
        "{RECORD_SELECT} WHERE user_id = ? ORDER BY completed_on DESC, requirement, module"
    ))
    .bind(id.as_str())
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| r.into_record().1).collect())
}

/// Every record, with its person.
pub async fn all_records(pool: &SqlitePool) -> Result<Vec<(UserId, Record)>, sqlx::Error> {
    let rows: Vec<RecordRow> = sqlx::query_as(RECORD_SELECT).fetch_all(pool).await?;
    Ok(rows.into_iter().map(RecordRow::into_record).collect())
}

/// What writing a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Added,
    Changed,
    Unchanged,
}

/// Adds a record, or updates the score and evidence of the one with the same person,
/// requirement, module and date. Writing the same values again changes nothing.
pub async fn write_record(
    conn: &mut SqliteConnection,
    id: &UserId,
    record: &Record,
    recorded_by: &str,
) -> Result<Written, sqlx::Error> {
    let existing: Option<(Option<i64>, String)> = sqlx::query_as(
        "SELECT score, evidence FROM training_records
         WHERE user_id = ? AND requirement = ? AND module = ? AND completed_on = ?",
    )
    .bind(id.as_str())
    .bind(&record.requirement)
    .bind(&record.module)
    .bind(date_text(record.completed_on))
    .fetch_optional(&mut *conn)
    .await?;
    let score = record.score.map(i64::from);
    let written = match existing {
        Some((old_score, old_evidence))
            if old_score == score && old_evidence == record.evidence =>
        {
            return Ok(Written::Unchanged);
        }
        Some(_) => Written::Changed,
        None => Written::Added,
    };
    sqlx::query(
        "INSERT INTO training_records
            (user_id, requirement, module, completed_on, score, evidence, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (user_id, requirement, module, completed_on) DO UPDATE SET
            score = excluded.score, evidence = excluded.evidence,
            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
    )
    .bind(id.as_str())
    .bind(&record.requirement)
    .bind(&record.module)
    .bind(date_text(record.completed_on))
    .bind(score)
    .bind(&record.evidence)
    .bind(recorded_by)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(written)
}

/// Removes one record (a mistake). Returns whether there was one.
pub async fn remove_record(
    conn: &mut SqliteConnection,
    id: &UserId,
    requirement: &str,
    module: &str,
    completed_on: NaiveDate,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM training_records
         WHERE user_id = ? AND requirement = ? AND module = ? AND completed_on = ?",
    )
    .bind(id.as_str())
    .bind(requirement)
    .bind(module)
    .bind(date_text(completed_on))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Planned dates: (person, requirement, date).
pub async fn all_plans(pool: &SqlitePool) -> Result<Vec<(UserId, String, NaiveDate)>, sqlx::Error> {
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT user_id, requirement, planned_on FROM training_plans")
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(u, r, d)| Some((UserId::from_db(u), r, parse_date(&d)?)))
        .collect())
}

pub async fn plans_of(
    pool: &SqlitePool,
    id: &UserId,
) -> Result<Vec<(String, NaiveDate)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT requirement, planned_on FROM training_plans WHERE user_id = ?")
            .bind(id.as_str())
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(r, d)| Some((r, parse_date(&d)?)))
        .collect())
}

/// Sets or (with `None`) clears the planned date.
pub async fn set_plan(
    conn: &mut SqliteConnection,
    id: &UserId,
    requirement: &str,
    planned_on: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    match planned_on {
        Some(date) => {
            sqlx::query(
                "INSERT INTO training_plans (user_id, requirement, planned_on) VALUES (?, ?, ?)
                 ON CONFLICT (user_id, requirement) DO UPDATE SET planned_on = excluded.planned_on",
            )
            .bind(id.as_str())
            .bind(requirement)
            .bind(date_text(date))
            .execute(conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM training_plans WHERE user_id = ? AND requirement = ?")
                .bind(id.as_str())
                .bind(requirement)
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}
