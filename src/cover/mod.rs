//! Cover for an absent supervisor: for a stated period (inclusive dates), another supervisor
//! counts as a supervisor of the absent colleague's supervisees. Arranged by an administrator.
//!
//! Nothing here grants or revokes keys by itself: the SQL view `effective_supervision`
//! (migration 0007) adds the covering supervisor on the first day and drops them after the
//! last, so every access check, review queue and grant follows the dates. Keys are wrapped to
//! them when a holder next opens each case (`cases::keys::renew_grants`), and their grants are
//! revoked after the end (`cases::keys::revoke_lapsed`, hourly) with the key rotated for new
//! writes.

pub mod pages;

use chrono::NaiveDate;
use serde_json::json;
use sqlx::{FromRow, SqlitePool};

use crate::accounts::{ChangedBy, UserId};
use crate::audit::{self, Action, Entry};
use crate::db::Database;

/// Longest reason, in characters.
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Clone, FromRow)]
pub struct CoverRow {
    pub id: String,
    pub absent_id: String,
    pub absent_name: String,
    pub covering_id: String,
    pub covering_name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub reason: String,
}

/// Where a cover stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Upcoming,
    Running,
    Ended,
}

impl Phase {
    pub fn of(starts_on: NaiveDate, ends_on: NaiveDate, today: NaiveDate) -> Self {
        if today < starts_on {
            Phase::Upcoming
        } else if today > ends_on {
            Phase::Ended
        } else {
            Phase::Running
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Phase::Upcoming => "cover-phase-upcoming",
            Phase::Running => "cover-phase-running",
            Phase::Ended => "cover-phase-ended",
        }
    }

    pub fn tag_class(self) -> &'static str {
        match self {
            Phase::Upcoming => "govuk-tag--blue",
            Phase::Running => "govuk-tag--green",
            Phase::Ended => "govuk-tag--grey",
        }
    }
}

/// A cover as arranged, checked.
#[derive(Debug, Clone)]
pub struct NewCover {
    pub absent: UserId,
    pub covering: UserId,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub reason: String,
}

/// Every cover, newest start first.
pub async fn all(pool: &SqlitePool) -> Result<Vec<CoverRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.absent_id, a.name AS absent_name, c.covering_id, b.name AS covering_name,
                c.starts_on, c.ends_on, c.reason
         FROM supervision_cover c
         JOIN users a ON a.id = c.absent_id
         JOIN users b ON b.id = c.covering_id
         ORDER BY c.starts_on DESC, c.created_at DESC",
    )
    .fetch_all(pool)
    .await
}

/// Records a cover, audited. Grants that the new arrangement makes lapse are revoked at once.
pub async fn arrange(db: &Database, by: &ChangedBy, cover: &NewCover) -> Result<(), sqlx::Error> {
    let id = uuid::Uuid::new_v4().to_string();
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO supervision_cover
             (id, absent_id, covering_id, starts_on, ends_on, reason, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(cover.absent.as_str())
    .bind(cover.covering.as_str())
    .bind(cover.starts_on.format("%Y-%m-%d").to_string())
    .bind(cover.ends_on.format("%Y-%m-%d").to_string())
    .bind(&cover.reason)
    .bind(by.actor.as_text())
    .bind(crate::accounts::store::now_text())
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::CoverSet, &by.source)
            .subject(&id)
            .detail(json!({
                "absent": cover.absent.as_str(),
                "covering": cover.covering.as_str(),
                "starts_on": cover.starts_on.to_string(),
                "ends_on": cover.ends_on.to_string(),
            })),
    )
    .await?;
    tx.commit().await?;
    crate::cases::keys::revoke_lapsed(db, &by.actor, &by.source).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cover_runs_from_its_first_day_to_its_last_inclusive() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        assert_eq!(Phase::of(day(10), day(20), day(9)), Phase::Upcoming);
        assert_eq!(Phase::of(day(10), day(20), day(10)), Phase::Running);
        assert_eq!(Phase::of(day(10), day(20), day(20)), Phase::Running);
        assert_eq!(Phase::of(day(10), day(20), day(21)), Phase::Ended);
    }
}
