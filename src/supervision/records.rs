//! A supervision record as the supervisor writes it, and the rule that says when the next
//! supervision is due. Pure data and rules: no database, no keys, no HTTP.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::crypto::Binding;

/// The record kind sealed inside a supervision record's ciphertext.
pub const KIND: &str = "supervision-record";

/// Longest text one box accepts, in characters (as for session notes and formulations).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// What was said and agreed at one supervision meeting: sealed as one age ciphertext, readable
/// by the supervisor who wrote it and the supervisee it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordBody {
    /// References of the supervisee's cases that were discussed (`DD-…`), in caseload order.
    pub cases: Vec<String>,
    /// The supervisor's reflective notes on the practice discussed.
    pub reflective_notes: String,
    /// How the practitioner is: the impact of the work on them. Always written.
    pub wellbeing: String,
    /// Support agreed (debriefs, training, a change of caseload, occupational health, …).
    pub support_agreed: String,
}

/// The binding sealed inside record `record_id` at `version`, written by `supervisor_id`.
/// A ciphertext copied to another row, or an older version put back, is refused on opening.
pub fn binding(record_id: &str, supervisor_id: &str, version: i64) -> Binding {
    Binding {
        kind: KIND.to_owned(),
        record_id: record_id.to_owned(),
        case_id: String::new(),
        author_id: supervisor_id.to_owned(),
        version,
    }
}

/// Where a supervisee stands against the expected frequency of supervision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No meeting has been recorded: supervision is due now.
    NeverRecorded,
    /// The next meeting is due on `next` (today or later).
    Upcoming { last: NaiveDate, next: NaiveDate },
    /// The next meeting was due on `next`, which has passed.
    Overdue { last: NaiveDate, next: NaiveDate },
}

impl Standing {
    /// The rule: the next supervision is due `every_days` days after the last meeting, and is
    /// overdue from the day after that. With no meeting at all it is due at once.
    pub fn of(last: Option<NaiveDate>, every_days: u32, today: NaiveDate) -> Self {
        let Some(last) = last else {
            return Standing::NeverRecorded;
        };
        let next = last
            .checked_add_days(chrono::Days::new(u64::from(every_days)))
            .unwrap_or(NaiveDate::MAX);
        if today > next {
            Standing::Overdue { last, next }
        } else {
            Standing::Upcoming { last, next }
        }
    }

    /// Whether supervision should be arranged now (overdue, or never recorded).
    pub fn needs_attention(self) -> bool {
        !matches!(self, Standing::Upcoming { .. })
    }

    pub fn last(self) -> Option<NaiveDate> {
        match self {
            Standing::NeverRecorded => None,
            Standing::Upcoming { last, .. } | Standing::Overdue { last, .. } => Some(last),
        }
    }

    pub fn next(self) -> Option<NaiveDate> {
        match self {
            Standing::NeverRecorded => None,
            Standing::Upcoming { next, .. } | Standing::Overdue { next, .. } => Some(next),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn supervision_is_due_every_n_days_and_overdue_only_after_the_due_day() {
        let last = day("2026-03-01");
        // 28 days after 1 March is 29 March: due that day, overdue from the next.
        assert_eq!(
            Standing::of(Some(last), 28, day("2026-03-10")),
            Standing::Upcoming {
                last,
                next: day("2026-03-29")
            }
        );
        assert_eq!(
            Standing::of(Some(last), 28, day("2026-03-29")),
            Standing::Upcoming {
                last,
                next: day("2026-03-29")
            }
        );
        let overdue = Standing::of(Some(last), 28, day("2026-03-30"));
        assert_eq!(
            overdue,
            Standing::Overdue {
                last,
                next: day("2026-03-29")
            }
        );
        assert!(overdue.needs_attention());
        // The frequency is configurable.
        assert!(matches!(
            Standing::of(Some(last), 7, day("2026-03-10")),
            Standing::Overdue { .. }
        ));
        assert!(!Standing::of(Some(last), 366, day("2027-03-01")).needs_attention());
        // A meeting today is never overdue, whatever the frequency.
        assert!(!Standing::of(Some(day("2026-03-10")), 1, day("2026-03-10")).needs_attention());
    }

    #[test]
    fn supervision_never_recorded_is_due_now() {
        let never = Standing::of(None, 28, day("2026-03-10"));
        assert_eq!(never, Standing::NeverRecorded);
        assert!(never.needs_attention());
        assert_eq!(never.last(), None);
        assert_eq!(never.next(), None);
    }

    #[test]
    fn supervision_due_dates_cross_months_and_leap_days() {
        assert_eq!(
            Standing::of(Some(day("2028-02-01")), 28, day("2028-02-01")).next(),
            Some(day("2028-02-29"))
        );
        assert_eq!(
            Standing::of(Some(day("2026-12-20")), 28, day("2026-12-20")).next(),
            Some(day("2027-01-17"))
        );
        // Even an absurd date cannot make the rule panic.
        assert!(!Standing::of(Some(NaiveDate::MAX), 28, day("2026-01-01")).needs_attention());
    }

    #[test]
    fn supervision_bindings_carry_the_author_and_version_without_a_case() {
        let b = binding("r1", "sue", 3);
        assert_eq!(b.kind, "supervision-record");
        assert_eq!(b.case_id, "");
        assert_eq!((b.author_id.as_str(), b.version), ("sue", 3));
    }
}
