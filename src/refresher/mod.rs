//! The applied refresher: scenario exercises and knowledge questions from the toolkit, open to
//! every member of staff.
//!
//! An attempt's questions are drawn at random when it starts ([`attempt::draw`]) and stored, so
//! it resumes exactly where the learner left off, on any device, after signing out. Every
//! answer is saved as it is given, with immediate feedback. The last answer finishes the
//! attempt in the same transaction; a pass writes the training record (as the refresher
//! requirement the toolkit names) and an audit entry. Attempts are kept.
//!
//! This module never decides training status: it records a completion, and `training::status`
//! does the rest.

pub mod attempt;
pub mod pages;

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

pub use pages::routes;

use crate::accounts::UserId;
use crate::accounts::store::now_text;
use crate::audit::{self, Action, Actor, Entry};
use crate::db::Database;
use crate::toolkit::Toolkit;
use crate::training;
use attempt::{Outcome, Plan};

/// An attempt as stored.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub id: String,
    pub user: UserId,
    pub plan: Plan,
    pub pass_mark: u8,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub correct: Option<u32>,
    pub total: Option<u32>,
    pub passed: Option<bool>,
    /// Toolkit option index chosen, by position (0-based), for the positions answered.
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub position: usize,
    pub chosen: usize,
    pub correct: bool,
}

impl Attempt {
    /// The first unanswered position, or `None` when every question has an answer.
    pub fn next_position(&self) -> Option<usize> {
        (0..self.plan.items.len()).find(|p| self.answer(*p).is_none())
    }

    pub fn answer(&self, position: usize) -> Option<Answer> {
        self.answers
            .iter()
            .copied()
            .find(|a| a.position == position)
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    pub fn started(&self) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(&self.started_at)
            .ok()
            .map(|d| d.with_timezone(&Utc))
    }
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    id: String,
    user_id: String,
    plan: String,
    pass_mark: i64,
    started_at: String,
    finished_at: Option<String>,
    correct: Option<i64>,
    total: Option<i64>,
    passed: Option<bool>,
}

async fn load(pool: &SqlitePool, row: AttemptRow) -> Result<Attempt, sqlx::Error> {
    let answers: Vec<(i64, i64, bool)> = sqlx::query_as(
        "SELECT position, chosen, correct FROM refresher_answers WHERE attempt_id = ? ORDER BY position",
    )
    .bind(&row.id)
    .fetch_all(pool)
    .await?;
    let plan: Plan =
        serde_json::from_str(&row.plan).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Attempt {
        id: row.id,
        user: UserId::from_db(row.user_id),
        plan,
        pass_mark: row.pass_mark.clamp(0, 100) as u8,
        started_at: row.started_at,
        finished_at: row.finished_at,
        correct: row.correct.map(|c| c as u32),
        total: row.total.map(|t| t as u32),
        passed: row.passed,
        answers: answers
            .into_iter()
            .map(|(position, chosen, correct)| Answer {
                position: position as usize,
                chosen: chosen as usize,
                correct,
            })
            .collect(),
    })
}

const ATTEMPT_SELECT: &str = "SELECT id, user_id, plan, pass_mark, started_at, finished_at, correct, total, passed FROM refresher_attempts";

/// The attempt `id` if it belongs to `user` (anyone else's is "not found").
pub async fn find(
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

/// Every attempt of `user`, newest first.
pub async fn attempts_of(pool: &SqlitePool, user: &UserId) -> Result<Vec<Attempt>, sqlx::Error> {
    let rows: Vec<AttemptRow> = sqlx::query_as(&format!(
        "{ATTEMPT_SELECT} WHERE user_id = ? ORDER BY started_at DESC"
    ))
    .bind(user.as_str())
    .fetch_all(pool)
    .await?;
    let mut attempts = Vec::with_capacity(rows.len());
    for row in rows {
        attempts.push(load(pool, row).await?);
    }
    Ok(attempts)
}

/// The unfinished attempt of `user`, or a new one drawn from the toolkit.
pub async fn start(db: &Database, toolkit: &Toolkit, user: &UserId) -> Result<String, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let open: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM refresher_attempts WHERE user_id = ? AND finished_at IS NULL",
    )
    .bind(user.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((id,)) = open {
        tx.commit().await?;
        return Ok(id);
    }
    let content = toolkit.content(toolkit.source_language);
    let plan = attempt::draw(content, &mut rand::rng());
    let id = uuid::Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO refresher_attempts (id, user_id, toolkit_hash, plan, pass_mark, started_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(user.as_str())
    .bind(toolkit.content_hash())
    .bind(serde_json::to_string(&plan).expect("a plan serialises"))
    .bind(*content.refresher.pass_mark.get_ref())
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// What saving an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Saved; more questions follow.
    Answered,
    /// Saved, and it was the last: the attempt is finished with this outcome.
    Finished(Outcome),
    /// That position already had an answer (a resubmitted form): nothing changed.
    AlreadyAnswered,
}

/// Saves the answer at `position` (the toolkit option index `chosen`); the last one finishes
/// the attempt, and a pass updates the training record, all in one transaction.
pub async fn save_answer(
    db: &Database,
    toolkit: &Toolkit,
    attempt: &Attempt,
    position: usize,
    chosen: usize,
    correct: bool,
    source: &str,
) -> Result<Saved, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let inserted = sqlx::query(
        "INSERT INTO refresher_answers (attempt_id, position, chosen, correct, answered_at)
         SELECT ?, ?, ?, ?, ? WHERE EXISTS
            (SELECT 1 FROM refresher_attempts WHERE id = ? AND finished_at IS NULL)
         ON CONFLICT (attempt_id, position) DO NOTHING",
    )
    .bind(&attempt.id)
    .bind(position as i64)
    .bind(chosen as i64)
    .bind(correct)
    .bind(now_text())
    .bind(&attempt.id)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        tx.commit().await?;
        return Ok(Saved::AlreadyAnswered);
    }
    let (answered, right): (i64, i64) = sqlx::query_as(
        "SELECT count(*), coalesce(sum(correct), 0) FROM refresher_answers WHERE attempt_id = ?",
    )
    .bind(&attempt.id)
    .fetch_one(&mut *tx)
    .await?;
    let total = attempt.plan.items.len() as i64;
    if answered < total {
        tx.commit().await?;
        return Ok(Saved::Answered);
    }
    let outcome = attempt::outcome(right as u32, total as u32, attempt.pass_mark);
    sqlx::query(
        "UPDATE refresher_attempts SET finished_at = ?, correct = ?, total = ?, passed = ? WHERE id = ?",
    )
    .bind(now_text())
    .bind(right)
    .bind(total)
    .bind(outcome.passed)
    .bind(&attempt.id)
    .execute(&mut *tx)
    .await?;
    let requirement = toolkit
        .content(toolkit.source_language)
        .refresher
        .requirement
        .get_ref()
        .clone();
    if outcome.passed {
        let record = training::status::Record {
            requirement: requirement.clone(),
            module: String::new(),
            completed_on: training::today(),
            score: Some(outcome.percent),
            evidence: format!(
                "Applied refresher in Dialogues, attempt {}",
                &attempt.id[..8]
            ),
        };
        training::store::write_record(&mut tx, &attempt.user, &record, "refresher").await?;
    }
    audit::append(
        &mut tx,
        Entry::new(
            Actor::User(attempt.user.as_str().to_owned()),
            Action::RefresherFinished,
            source,
        )
        .subject(attempt.user.as_str())
        .detail(serde_json::json!({
            "attempt": attempt.id,
            "correct": right,
            "total": total,
            "passed": outcome.passed,
            "requirement": requirement,
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(Saved::Finished(outcome))
}

/// Closes an attempt that can no longer continue (its questions left the toolkit), as not
/// passed, so a new one can start. It is kept with the others.
pub async fn abandon(db: &Database, attempt: &Attempt) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE refresher_attempts SET finished_at = ?, passed = 0 WHERE id = ? AND finished_at IS NULL",
    )
    .bind(now_text())
    .bind(&attempt.id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}
