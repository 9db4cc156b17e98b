//! The training gate: whether a facilitator may start a session now, and the snapshot of their
//! training status that each session keeps.
//!
//! The rule itself is the training feature's ([`crate::training::status::may_facilitate`]);
//! this file only asks it and records the answer. A supervisor's written override lets one
//! session go ahead while the rule is not met.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::accounts::UserId;
use crate::db::Database;
use crate::toolkit::schema::Training;
use crate::training::status::{Facilitation, Status};

/// One requirement as it stood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotLine {
    pub requirement: String,
    pub status: String,
    pub valid_until: Option<NaiveDate>,
}

/// The facilitator's training status when the session was planned or begun.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub checked_on: NaiveDate,
    /// Whether the facilitation rule was met.
    pub allowed: bool,
    /// Whether a supervisor's override let the session go ahead anyway.
    pub overridden: bool,
    pub requirements: Vec<SnapshotLine>,
}

impl Snapshot {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    pub fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    /// The status of each line as the training feature names it.
    pub fn line_status(line: &SnapshotLine) -> Status {
        Status::parse(&line.status).unwrap_or(Status::Missing)
    }
}

/// Where a facilitator stands today: the snapshot, and the rule's answer with what is unmet.
pub async fn check(
    db: &Database,
    training: &Training,
    facilitator: &UserId,
) -> Result<(Snapshot, Facilitation), sqlx::Error> {
    let (states, facilitation) = crate::training::standing_of(db, training, facilitator)
        .await?
        .unwrap_or_else(|| {
            let states = Vec::new();
            let facilitation = crate::training::status::may_facilitate(training, &states);
            (states, facilitation)
        });
    let snapshot = Snapshot {
        checked_on: crate::training::today(),
        allowed: facilitation.allowed,
        overridden: false,
        requirements: states
            .iter()
            .filter(|s| s.status != Status::NotRequired)
            .map(|s| SnapshotLine {
                requirement: s.requirement.clone(),
                status: s.status.id().to_owned(),
                valid_until: s.valid_until,
            })
            .collect(),
    };
    Ok((snapshot, facilitation))
}
