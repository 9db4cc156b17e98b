//! Training: each member of staff's training record, the facilitation rule, the training
//! manager's overview and the CSV import and export.
//!
//! - [`status`]: the pure rules (a requirement's status, who may facilitate). Ask it; never
//!   decide a status anywhere else.
//! - [`store`]: the SQL.
//! - [`import`]: CSV checking, import and export (shared by the command line and the web).
//! - [`overview`]: the training manager's matrix, counts and compliance over time.
//! - [`pages`]: the web pages.
//!
//! Every change is audited in the same transaction. What the requirements are comes from the
//! toolkit (`training/requirements.toml`), never from code.

pub mod chart;
pub mod import;
pub mod overview;
pub mod pages;
pub mod status;
pub mod store;

use chrono::NaiveDate;

pub use pages::routes;
pub use status::{Facilitation, RequirementState, Status};

use crate::accounts::{ChangedBy, UserId};
use crate::audit::{self, Action, Entry};
use crate::db::Database;

/// Today's date where the app runs (training dates are calendar days, not instants).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Records one completion (checked by the caller with [`import::check_one`]).
pub async fn record(
    db: &Database,
    by: &ChangedBy,
    person: &UserId,
    record: &status::Record,
) -> Result<store::Written, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let written = store::write_record(&mut tx, person, record, &by.actor.as_text()).await?;
    if written != store::Written::Unchanged {
        audit::append(
            &mut tx,
            Entry::new(by.actor.clone(), Action::TrainingRecorded, &by.source)
                .subject(person.as_str())
                .detail(serde_json::json!({
                    "requirement": record.requirement,
                    "module": record.module,
                    "completed_on": store::date_text(record.completed_on),
                })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(written)
}

/// Removes a record made by mistake.
pub async fn remove(
    db: &Database,
    by: &ChangedBy,
    person: &UserId,
    requirement: &str,
    module: &str,
    completed_on: NaiveDate,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let removed = store::remove_record(&mut tx, person, requirement, module, completed_on).await?;
    if removed {
        audit::append(
            &mut tx,
            Entry::new(by.actor.clone(), Action::TrainingRecordRemoved, &by.source)
                .subject(person.as_str())
                .detail(serde_json::json!({
                    "requirement": requirement,
                    "module": module,
                    "completed_on": store::date_text(completed_on),
                })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(removed)
}

/// Sets or clears the date planned for someone's next training in `requirement`.
pub async fn plan(
    db: &Database,
    by: &ChangedBy,
    person: &UserId,
    requirement: &str,
    planned_on: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    store::set_plan(&mut tx, person, requirement, planned_on).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::TrainingPlanned, &by.source)
            .subject(person.as_str())
            .detail(serde_json::json!({
                "requirement": requirement,
                "planned_on": planned_on.map(store::date_text),
            })),
    )
    .await?;
    tx.commit().await
}

/// Sets someone's staff group, team and start date.
pub async fn set_details(
    db: &Database,
    by: &ChangedBy,
    person: &UserId,
    staff_group: Option<&str>,
    team: &str,
    joined_on: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    store::set_details(&mut tx, person, staff_group, team, joined_on).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::StaffDetailsChanged, &by.source)
            .subject(person.as_str())
            .detail(serde_json::json!({ "staff_group": staff_group })),
    )
    .await?;
    tx.commit().await
}

/// One person's status on every requirement today, and whether they may facilitate: what the
/// session gate and the person's own page ask.
pub async fn standing_of(
    db: &Database,
    training: &crate::toolkit::schema::Training,
    person: &UserId,
) -> Result<Option<(Vec<RequirementState>, Facilitation)>, sqlx::Error> {
    let Some(member) = store::staff_member(db.reader(), person).await? else {
        return Ok(None);
    };
    let records = store::records_of(db.reader(), person).await?;
    let states = status::evaluate_all(training, member.staff_group.as_deref(), &records, today());
    let facilitation = status::may_facilitate(training, &states);
    Ok(Some((states, facilitation)))
}
