//! Calibration: helping staff rate formulation factors consistently.
//!
//! Field studies found structured extremism-risk formulations only moderately consistent between
//! assessors, weakest on intent. This feature measures agreement (`stats`) so trainers can see
//! where definitions or training need work. It must never turn ratings into a score for a person.
//!
//! - [`stats`]: the agreement statistics, pure arithmetic.
//! - [`results`]: ratings (scale ids) to category numbers, and the figures of a results page.
//! - [`store`]: the SQL; attempts and their ratings.
//! - [`pages`]: the exercise list, one rating page per domain, the check page and the results.
//! - [`dashboard`] and [`dashboard_page`]: the training managers' view across staff, lowest
//!   agreement first and month by month, withholding any figure from fewer than three people.
//!
//! The blind rule: until a participant submits their own ratings of a vignette, no page shows
//! them the reference ratings or anyone else's. After submitting they see both, beside their own.
//! Every member of staff may take the exercises (as with the refresher); a submission is audited
//! and listed in the person's training record.

pub mod dashboard;
pub mod dashboard_page;
pub mod pages;
pub mod results;
pub mod stats;
pub mod store;

pub use pages::routes;

use crate::toolkit::Content;
use crate::toolkit::schema::{Domain, Factor};

/// The framework's domains in order, each with its factors in order.
pub fn domains(content: &Content) -> Vec<(&Domain, Vec<&Factor>)> {
    content
        .framework
        .domains
        .get_ref()
        .iter()
        .map(|domain| {
            let factors = content
                .domains
                .iter()
                .filter(|d| d.domain.get_ref() == domain.id.get_ref())
                .flat_map(|d| d.factors.get_ref().iter())
                .collect();
            (domain, factors)
        })
        .collect()
}

/// One completed exercise, as a person's training record lists it.
#[derive(Debug, Clone)]
pub struct Completed {
    pub title: String,
    pub title_lang: &'static str,
    pub submitted: String,
}

/// The calibration exercises `person` has submitted, oldest first, for the training record
/// (their own page and the training manager's page about them). Titles and dates only: never
/// the ratings.
pub async fn completed_by(
    db: &crate::db::Database,
    toolkit: &crate::toolkit::Toolkit,
    lang: crate::i18n::Lang,
    person: &crate::accounts::UserId,
) -> Result<Vec<Completed>, sqlx::Error> {
    let content = toolkit.content(lang);
    Ok(store::completed_by(db.reader(), person)
        .await?
        .into_iter()
        .map(|(vignette, submitted_at, _)| {
            let found = content
                .vignettes
                .iter()
                .find(|v| v.id.get_ref() == &vignette);
            Completed {
                title: found.map(|v| v.title.clone()).unwrap_or(vignette),
                title_lang: found.map_or(content.lang.code(), |v| v.lang.code()),
                submitted: chrono::DateTime::parse_from_rfc3339(&submitted_at)
                    .map(|d| lang.format_date(d.date_naive()))
                    .unwrap_or(submitted_at),
            }
        })
        .collect())
}
