//! Retention: destroying a closed case once its retention period has passed.
//!
//! A case is due when it is closed and the day it was closed plus the retention period (in
//! days, [`DEFAULT_RETENTION_DAYS`] unless the organisation sets its own) has been reached. An
//! open case is never due, whatever its dates. Destroying a due case ([`destroy`]) deletes, in
//! one write transaction, its key grants and every encrypted record it holds (the details,
//! every session's notes, amendments, review comments, concerns, every formulation version with
//! its blind second rating and who had seen its ratings, sharing records, the training gate's
//! overrides) and the case row itself, and leaves a
//! tombstone (`case_tombstones`: reference, dates, who, how many records of each kind) and an
//! audit entry saying the same. The database runs with `secure_delete`, so freed pages are
//! overwritten with zeros, and the caller checkpoints the WAL with TRUNCATE afterwards
//! ([`scrub_wal`]) so no frame of the old pages stays in the `-wal` file. With the grants gone,
//! not even the organisation's recovery key can open anything of the case.
//!
//! This module must never read, decrypt, print or log any record's content: it counts rows and
//! deletes them. It does not touch backups; a backup made before destruction still holds the
//! case until that backup is itself deleted.

use chrono::{Duration, NaiveDate};
use serde::Serialize;
use serde_json::json;
use sqlx::{FromRow, SqliteConnection, SqlitePool};

use crate::audit::{self, Action, Actor, Entry};
use crate::db::Database;

/// Six years after a case is closed: the period most UK public-sector retention schedules use
/// for case records of adults (it matches the six-year limitation period for most claims, so
/// the record is there if the work is ever challenged). An organisation with its own schedule
/// sets `--retention-days` or `DIALOGUES_RETENTION_DAYS`.
pub const DEFAULT_RETENTION_DAYS: u32 = 2_192;
/// The longest period accepted: a hundred years.
pub const MAX_RETENTION_DAYS: u32 = 36_525;

/// Reads `--retention-days`: a whole number of days from 0 (due as soon as closed) to
/// [`MAX_RETENTION_DAYS`]. The message names what was given and what to give instead.
pub fn parse_retention_days(text: &str) -> Result<u32, String> {
    let expected = format!(
        "give a whole number of days from 0 to {MAX_RETENTION_DAYS}, such as {DEFAULT_RETENTION_DAYS} for six years"
    );
    match text.trim().parse::<u64>() {
        Ok(days) if days > u64::from(MAX_RETENTION_DAYS) => Err(format!(
            "{days} days is more than a hundred years: {expected}"
        )),
        Ok(days) => Ok(days as u32),
        Err(_) => Err(format!("{text:?} is not a number of days: {expected}")),
    }
}

/// The day a case closed on `closed_on` becomes due for destruction.
pub fn due_on(closed_on: NaiveDate, days: u32) -> NaiveDate {
    closed_on
        .checked_add_signed(Duration::days(i64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether a case closed on `closed_on` is due on `today`.
pub fn is_due(closed_on: NaiveDate, days: u32, today: NaiveDate) -> bool {
    due_on(closed_on, days) <= today
}

/// The day part of a stored timestamp.
fn day_of(stored: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(stored.get(..10)?, "%Y-%m-%d").ok()
}

/// A case as retention sees it: plaintext columns only.
#[derive(Debug, Clone, FromRow)]
pub struct CaseDates {
    pub id: String,
    pub reference: String,
    pub facilitator_id: String,
    pub status: String,
    pub opened_at: String,
    pub closed_at: Option<String>,
}

impl CaseDates {
    /// The day it closed (`None` while open).
    pub fn closed_on(&self) -> Option<NaiveDate> {
        if self.status != "closed" {
            return None;
        }
        self.closed_at.as_deref().and_then(day_of)
    }
}

/// A closed case and the day it became due.
#[derive(Debug, Clone)]
pub struct DueCase {
    pub case: CaseDates,
    pub closed_on: NaiveDate,
    pub due_on: NaiveDate,
}

/// What retention makes of one case reference.
#[derive(Debug, Clone)]
pub enum Standing {
    Due(DueCase),
    /// Open: never destroyed.
    Open {
        reference: String,
    },
    /// Closed, but its period has not passed.
    NotYet {
        reference: String,
        due_on: NaiveDate,
    },
    /// Already destroyed, on this day.
    Destroyed {
        reference: String,
        destroyed_on: String,
    },
    Unknown,
}

const COLUMNS: &str = "id, reference, facilitator_id, status, opened_at, closed_at";

/// Every closed case due on `today`, oldest closure first.
pub async fn due(
    pool: &SqlitePool,
    days: u32,
    today: NaiveDate,
) -> Result<Vec<DueCase>, sqlx::Error> {
    let rows: Vec<CaseDates> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM cases WHERE status = 'closed' ORDER BY closed_at, reference"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|case| {
            let closed_on = case.closed_on()?;
            is_due(closed_on, days, today).then(|| DueCase {
                due_on: due_on(closed_on, days),
                closed_on,
                case,
            })
        })
        .collect())
}

/// Where one case stands.
pub async fn standing(
    pool: &SqlitePool,
    reference: &str,
    days: u32,
    today: NaiveDate,
) -> Result<Standing, sqlx::Error> {
    let Some(reference) = crate::cases::reference::normalise(reference) else {
        return Ok(Standing::Unknown);
    };
    let case: Option<CaseDates> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM cases WHERE reference = ?"))
            .bind(&reference)
            .fetch_optional(pool)
            .await?;
    let Some(case) = case else {
        let destroyed: Option<String> =
            sqlx::query_scalar("SELECT destroyed_at FROM case_tombstones WHERE reference = ?")
                .bind(&reference)
                .fetch_optional(pool)
                .await?;
        return Ok(match destroyed {
            Some(at) => Standing::Destroyed {
                reference,
                destroyed_on: at.chars().take(10).collect(),
            },
            None => Standing::Unknown,
        });
    };
    let Some(closed_on) = case.closed_on() else {
        return Ok(Standing::Open {
            reference: case.reference,
        });
    };
    let due = due_on(closed_on, days);
    if due > today {
        return Ok(Standing::NotYet {
            reference: case.reference,
            due_on: due,
        });
    }
    Ok(Standing::Due(DueCase {
        case,
        closed_on,
        due_on: due,
    }))
}

/// How many records of each kind a destruction removed. Counts only, never content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub details: i64,
    pub key_grants: i64,
    pub sessions: i64,
    pub amendments: i64,
    pub review_comments: i64,
    pub concerns: i64,
    pub formulations: i64,
    /// Blind second ratings of formulation versions (finished or not).
    pub second_ratings: i64,
    pub sharing_records: i64,
    pub gate_overrides: i64,
}

/// Why one case was not destroyed. Nothing of it was changed.
#[derive(Debug, thiserror::Error)]
pub enum DestroyError {
    #[error(
        "case {0} is open, so it is not destroyed: its facilitator closes it first, and it becomes due when the retention period has passed after that (nothing was destroyed)"
    )]
    Open(String),
    #[error("case {reference} is not due until {due_on} (nothing was destroyed)")]
    NotDue {
        reference: String,
        due_on: NaiveDate,
    },
    #[error(
        "case {0} no longer exists: it may have been destroyed already (nothing was destroyed)"
    )]
    Gone(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

async fn count(conn: &mut SqliteConnection, sql: &str, case_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(sql).bind(case_id).fetch_one(conn).await
}

/// Destroys one due case in one write transaction: checks again that it is closed and due,
/// writes the tombstone, deletes every record and grant and the case row, and appends the
/// audit entry (reference, dates, counts; who: `by`). Returns the counts.
pub async fn destroy(
    db: &Database,
    due: &DueCase,
    days: u32,
    today: NaiveDate,
    by: &Actor,
    source: &str,
) -> Result<Counts, DestroyError> {
    let reference = due.case.reference.clone();
    let mut tx = db.begin_write().await?;
    // Checked again inside the transaction: a case reopened since it was listed is refused.
    let now: Option<CaseDates> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM cases WHERE id = ?"))
            .bind(&due.case.id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(now) = now else {
        return Err(DestroyError::Gone(reference));
    };
    let Some(closed_on) = now.closed_on() else {
        return Err(DestroyError::Open(reference));
    };
    if !is_due(closed_on, days, today) {
        return Err(DestroyError::NotDue {
            reference,
            due_on: due_on(closed_on, days),
        });
    }
    let id = now.id.as_str();
    let sessions = "SELECT id FROM sessions WHERE case_id = ?";
    let counts = Counts {
        details: 1,
        key_grants: count(
            &mut tx,
            "SELECT COUNT(*) FROM case_grants WHERE case_id = ?",
            id,
        )
        .await?,
        sessions: count(
            &mut tx,
            "SELECT COUNT(*) FROM sessions WHERE case_id = ?",
            id,
        )
        .await?,
        amendments: count(
            &mut tx,
            &format!("SELECT COUNT(*) FROM session_amendments WHERE session_id IN ({sessions})"),
            id,
        )
        .await?,
        review_comments: count(
            &mut tx,
            "SELECT COUNT(*) FROM review_comments WHERE case_id = ?",
            id,
        )
        .await?,
        concerns: count(
            &mut tx,
            "SELECT COUNT(*) FROM concerns WHERE case_id = ?",
            id,
        )
        .await?,
        formulations: count(
            &mut tx,
            "SELECT COUNT(*) FROM formulations WHERE case_id = ?",
            id,
        )
        .await?,
        second_ratings: count(
            &mut tx,
            "SELECT COUNT(*) FROM second_ratings WHERE case_id = ?",
            id,
        )
        .await?,
        sharing_records: count(
            &mut tx,
            "SELECT COUNT(*) FROM sharing_records WHERE case_id = ?",
            id,
        )
        .await?,
        gate_overrides: count(
            &mut tx,
            "SELECT COUNT(*) FROM gate_overrides WHERE case_id = ?",
            id,
        )
        .await?,
    };
    let counts_json = serde_json::to_string(&counts).unwrap_or_else(|_| "{}".to_owned());
    let destroyed_at = crate::accounts::store::now_text();
    // The tombstone first: the triggers that keep review comments and sharing records allow
    // their deletion only for a case that has one.
    sqlx::query(
        "INSERT INTO case_tombstones (case_id, reference, facilitator_id, opened_at, closed_at, destroyed_at, destroyed_by, retention_days, counts)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(&now.reference)
    .bind(&now.facilitator_id)
    .bind(&now.opened_at)
    .bind(now.closed_at.as_deref().unwrap_or_default())
    .bind(&destroyed_at)
    .bind(by.as_text())
    .bind(i64::from(days))
    .bind(&counts_json)
    .execute(&mut *tx)
    .await?;
    for statement in [
        "DELETE FROM review_comments WHERE case_id = ?".to_owned(),
        format!("DELETE FROM session_amendments WHERE session_id IN ({sessions})"),
        "DELETE FROM concerns WHERE case_id = ?".to_owned(),
        "DELETE FROM sharing_records WHERE case_id = ?".to_owned(),
        "DELETE FROM second_ratings WHERE case_id = ?".to_owned(),
        "DELETE FROM formulation_rating_views WHERE formulation_id IN (SELECT id FROM formulations WHERE case_id = ?)".to_owned(),
        "DELETE FROM formulations WHERE case_id = ?".to_owned(),
        "DELETE FROM sessions WHERE case_id = ?".to_owned(),
        "DELETE FROM gate_overrides WHERE case_id = ?".to_owned(),
        "DELETE FROM case_grants WHERE case_id = ?".to_owned(),
        "DELETE FROM cases WHERE id = ?".to_owned(),
    ] {
        sqlx::query(&statement).bind(id).execute(&mut *tx).await?;
    }
    audit::append(
        &mut tx,
        Entry::new(by.clone(), Action::CaseDestroyed, source)
            .subject(id)
            .detail(json!({
                "reference": now.reference,
                "opened_at": now.opened_at,
                "closed_at": now.closed_at,
                "retention_days": days,
                "destroyed": counts,
            })),
    )
    .await?;
    tx.commit().await?;
    Ok(counts)
}

/// Whether the WAL checkpoint after a destruction completed: every frame copied into the
/// database file and the `-wal` file truncated to nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scrub {
    Complete,
    /// Another process (a running server) was reading: some frames are still in the WAL until
    /// its next checkpoint.
    Busy,
}

/// Checkpoints the WAL with TRUNCATE on a connection of its own (a checkpoint cannot run
/// inside a transaction), so the pages freed and zeroed by [`destroy`] reach the database file
/// and no older copy of them stays in the `-wal` file.
pub async fn scrub_wal(db: &Database) -> Result<Scrub, sqlx::Error> {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(db.path())
        .create_if_missing(false)
        .busy_timeout(std::time::Duration::from_secs(5))
        .connect()
        .await?;
    let (busy, _log, _checkpointed): (i64, i64, i64) =
        sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_one(&mut conn)
            .await?;
    use sqlx::Connection;
    conn.close().await?;
    Ok(if busy == 0 {
        Scrub::Complete
    } else {
        Scrub::Busy
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_case_is_due_once_its_period_after_closing_has_been_reached() {
        let closed = day(2020, 3, 1);
        assert_eq!(due_on(closed, 0), closed);
        assert!(is_due(closed, 0, closed));
        assert!(!is_due(closed, 1, closed));
        assert!(is_due(closed, 1, day(2020, 3, 2)));
        assert_eq!(due_on(closed, DEFAULT_RETENTION_DAYS), day(2026, 3, 2));
        assert!(!is_due(closed, DEFAULT_RETENTION_DAYS, day(2026, 3, 1)));
        assert!(is_due(closed, DEFAULT_RETENTION_DAYS, day(2026, 3, 2)));
        assert_eq!(due_on(NaiveDate::MAX, 10), NaiveDate::MAX);
    }

    #[test]
    fn an_open_case_has_no_closing_day_whatever_its_columns_say() {
        let case = CaseDates {
            id: "c".into(),
            reference: "DD-AAAAAA".into(),
            facilitator_id: "f".into(),
            status: "open".into(),
            opened_at: "2020-01-01T00:00:00Z".into(),
            closed_at: Some("2020-02-01T00:00:00Z".into()),
        };
        assert_eq!(case.closed_on(), None);
        let closed = CaseDates {
            status: "closed".into(),
            ..case
        };
        assert_eq!(closed.closed_on(), Some(day(2020, 2, 1)));
    }

    #[test]
    fn retention_days_are_0_to_a_hundred_years_with_a_clear_message() {
        assert_eq!(parse_retention_days("0"), Ok(0));
        assert_eq!(parse_retention_days(" 2192 "), Ok(2192));
        let long = parse_retention_days("40000").unwrap_err();
        assert!(long.contains("more than a hundred years"), "{long}");
        let word = parse_retention_days("six years").unwrap_err();
        assert!(
            word.contains("\"six years\" is not a number of days"),
            "{word}"
        );
        assert!(parse_retention_days("-1").is_err());
    }
}
