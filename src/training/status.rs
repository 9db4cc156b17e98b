//! Where a person stands on each training requirement, and the one rule that decides whether
//! they may facilitate Developing Dialogues sessions.
//!
//! Pure functions of the toolkit's requirements, the person's records and a date: no database,
//! no clock. Every page, the CSV download, the compliance chart and the session gate ask these
//! functions; nothing else decides a status.

use chrono::{Days, Months, NaiveDate};

use crate::toolkit::schema::{Requirement, Training};

/// One completion, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub requirement: String,
    /// The e-learning module, or empty for a record of the whole requirement.
    pub module: String,
    pub completed_on: NaiveDate,
    /// Knowledge-check score in percent.
    pub score: Option<u8>,
    pub evidence: String,
}

/// The status of one requirement for one person on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Valid,
    DueSoon,
    Expired,
    Missing,
    /// The requirement is for another staff group, and the person has no record of it.
    NotRequired,
}

impl Status {
    pub const FILTERABLE: [Status; 4] = [
        Status::Valid,
        Status::DueSoon,
        Status::Expired,
        Status::Missing,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::DueSoon => "due-soon",
            Status::Expired => "expired",
            Status::Missing => "missing",
            Status::NotRequired => "not-required",
        }
    }

    pub fn parse(id: &str) -> Option<Status> {
        [
            Status::Valid,
            Status::DueSoon,
            Status::Expired,
            Status::Missing,
            Status::NotRequired,
        ]
        .into_iter()
        .find(|s| s.id() == id)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Status::Valid => "training-status-valid",
            Status::DueSoon => "training-status-due-soon",
            Status::Expired => "training-status-expired",
            Status::Missing => "training-status-missing",
            Status::NotRequired => "training-status-not-required",
        }
    }

    /// The GOV.UK tag colour modifier (colour is never the only signal: the text says it too).
    pub fn tag_class(self) -> &'static str {
        match self {
            Status::Valid => "govuk-tag--green",
            Status::DueSoon => "govuk-tag--yellow",
            Status::Expired => "govuk-tag--red",
            Status::Missing => "govuk-tag--grey",
            Status::NotRequired => "app-tag--quiet",
        }
    }

    /// Whether this status counts as having the training.
    pub fn is_current(self) -> bool {
        matches!(self, Status::Valid | Status::DueSoon)
    }

    /// Whether the person should be reminded.
    pub fn needs_attention(self) -> bool {
        matches!(self, Status::DueSoon | Status::Expired)
    }
}

/// Why a requirement is not valid (beyond its status), for the person and their manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// Some modules of a course have a record and these have none.
    ModulesMissing(Vec<String>),
    /// The best score on record is below the pass mark.
    BelowPassMark { score: u8, pass_mark: u8 },
}

/// Where one person stands on one requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequirementState {
    pub requirement: String,
    pub status: Status,
    /// The completion that counts (for a course: its last module).
    pub completed_on: Option<NaiveDate>,
    /// The last day it counts, for requirements that expire.
    pub valid_until: Option<NaiveDate>,
    pub score: Option<u8>,
    pub gap: Option<Gap>,
}

/// Whether `requirement` applies to someone in `staff_group` (everything applies while the
/// group is not yet known).
pub fn applies_to(requirement: &Requirement, staff_group: Option<&str>) -> bool {
    match staff_group {
        None => true,
        Some(group) => {
            requirement.staff_groups.is_empty()
                || requirement
                    .staff_groups
                    .iter()
                    .any(|g| g.get_ref() == group)
        }
    }
}

/// The status of `requirement` for someone with `records` (all of theirs, any requirement),
/// on `today`.
pub fn evaluate(
    requirement: &Requirement,
    staff_group: Option<&str>,
    records: &[Record],
    today: NaiveDate,
) -> RequirementState {
    let id = requirement.id.get_ref();
    let mine: Vec<&Record> = records
        .iter()
        .filter(|r| &r.requirement == id && r.completed_on <= today)
        .collect();
    let pass_mark = requirement.pass_mark.as_ref().map(|m| *m.get_ref() as u8);
    let missing = |gap| RequirementState {
        requirement: id.clone(),
        status: if mine.is_empty() && !applies_to(requirement, staff_group) {
            Status::NotRequired
        } else {
            Status::Missing
        },
        completed_on: None,
        valid_until: None,
        score: None,
        gap,
    };
    if mine.is_empty() {
        return missing(None);
    }

    // (completion date, earliest date from which validity is counted, score)
    let counted: (NaiveDate, NaiveDate, Option<u8>) = if requirement.modules.is_empty() {
        let latest_passing = mine
            .iter()
            .filter(|r| passes(r.score, pass_mark))
            .max_by_key(|r| r.completed_on);
        match latest_passing {
            Some(record) => (record.completed_on, record.completed_on, record.score),
            None => {
                let latest = mine
                    .iter()
                    .max_by_key(|r| r.completed_on)
                    .expect("non-empty");
                return missing(Some(Gap::BelowPassMark {
                    score: latest.score.unwrap_or(0),
                    pass_mark: pass_mark.unwrap_or(0),
                }));
            }
        }
    } else {
        // A course: the latest record of every module; the course score is their mean, and it
        // lasts as long as its oldest module.
        let mut latest = Vec::new();
        let mut absent = Vec::new();
        for module in &requirement.modules {
            match mine
                .iter()
                .filter(|r| &r.module == module.id.get_ref())
                .max_by_key(|r| r.completed_on)
            {
                Some(record) => latest.push(*record),
                None => absent.push(module.id.get_ref().clone()),
            }
        }
        if !absent.is_empty() {
            return missing(Some(Gap::ModulesMissing(absent)));
        }
        // Compared exactly (79.5% is not 80%); shown rounded down.
        let total: u32 = latest.iter().map(|r| u32::from(r.score.unwrap_or(0))).sum();
        let count = latest.len() as u32;
        let mean = (total / count) as u8;
        let course_passes = pass_mark.is_none_or(|mark| total >= u32::from(mark) * count);
        if !course_passes {
            return missing(Some(Gap::BelowPassMark {
                score: mean,
                pass_mark: pass_mark.unwrap_or(0),
            }));
        }
        let last = latest
            .iter()
            .map(|r| r.completed_on)
            .max()
            .expect("modules");
        let first = latest
            .iter()
            .map(|r| r.completed_on)
            .min()
            .expect("modules");
        (last, first, Some(mean))
    };
    let (completed_on, counted_from, score) = counted;

    let valid_until = requirement.validity_months.as_ref().map(|months| {
        counted_from
            .checked_add_months(Months::new(*months.get_ref() as u32))
            .and_then(|d| d.checked_sub_days(Days::new(1)))
            .unwrap_or(NaiveDate::MAX)
    });
    let status = match valid_until {
        None => Status::Valid,
        Some(until) if today > until => Status::Expired,
        Some(until) => {
            let warn = requirement
                .due_soon_days
                .as_ref()
                .map_or(0, |d| *d.get_ref() as u64);
            if until
                .checked_sub_days(Days::new(warn))
                .is_some_and(|from| today >= from)
            {
                Status::DueSoon
            } else {
                Status::Valid
            }
        }
    };
    RequirementState {
        requirement: id.clone(),
        status,
        completed_on: Some(completed_on),
        valid_until,
        score,
        gap: None,
    }
}

fn passes(score: Option<u8>, pass_mark: Option<u8>) -> bool {
    match pass_mark {
        None => true,
        Some(mark) => score.is_some_and(|s| s >= mark),
    }
}

/// Every requirement of the toolkit, in its order, for one person.
pub fn evaluate_all(
    training: &Training,
    staff_group: Option<&str>,
    records: &[Record],
    today: NaiveDate,
) -> Vec<RequirementState> {
    training
        .requirements
        .iter()
        .map(|r| evaluate(r, staff_group, records, today))
        .collect()
}

/// The answer to "may this person facilitate Developing Dialogues sessions?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facilitation {
    pub allowed: bool,
    /// One entry per unmet group of the toolkit's `[facilitation] requires`: the requirements
    /// that would meet it, with where the person stands on each.
    pub unmet: Vec<Vec<RequirementState>>,
}

/// THE facilitation rule: every group in the toolkit's `requires` must be met, and a group is
/// met when any one of its requirements is valid or due soon. Nothing else in the app decides
/// who may facilitate.
pub fn may_facilitate(training: &Training, states: &[RequirementState]) -> Facilitation {
    let state_of = |id: &str| states.iter().find(|s| s.requirement == id);
    let unmet: Vec<Vec<RequirementState>> = training
        .facilitation
        .requires
        .get_ref()
        .iter()
        .filter(|group| {
            !group
                .iter()
                .any(|id| state_of(id.get_ref()).is_some_and(|s| s.status.is_current()))
        })
        .map(|group| {
            group
                .iter()
                .filter_map(|id| state_of(id.get_ref()).cloned())
                .collect()
        })
        .collect();
    Facilitation {
        allowed: unmet.is_empty(),
        unmet,
    }
}

/// The facilitation rule for one person on one day, from their records.
pub fn facilitation_on(
    training: &Training,
    staff_group: Option<&str>,
    records: &[Record],
    day: NaiveDate,
) -> Facilitation {
    may_facilitate(training, &evaluate_all(training, staff_group, records, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toolkit::Toolkit;

    fn training() -> Training {
        let toolkit = Toolkit::builtin().expect("built-in toolkit");
        toolkit
            .content(toolkit.source_language)
            .training
            .value
            .clone()
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn record(requirement: &str, module: &str, on: &str, score: Option<u8>) -> Record {
        Record {
            requirement: requirement.into(),
            module: module.into(),
            completed_on: day(on),
            score,
            evidence: String::new(),
        }
    }

    fn requirement<'a>(training: &'a Training, id: &str) -> &'a Requirement {
        training
            .requirements
            .iter()
            .find(|r| r.id.get_ref() == id)
            .unwrap()
    }

    /// Everything the built-in rule asks for, completed on `on`.
    fn complete(on: &str) -> Vec<Record> {
        vec![
            record("aspects", "", on, None),
            record("elearning-understanding", "understanding-1", on, Some(90)),
            record("elearning-understanding", "understanding-2", on, Some(80)),
            record("elearning-dd", "dd-1", on, Some(85)),
            record("elearning-dd", "dd-2", on, Some(75)),
            record("dd-face-to-face", "", on, None),
        ]
    }

    #[test]
    fn a_course_passes_on_the_mean_of_its_modules_and_lasts_as_long_as_its_oldest_module() {
        let t = training();
        let course = requirement(&t, "elearning-dd");
        let records = vec![
            record("elearning-dd", "dd-1", "2024-01-10", Some(85)),
            record("elearning-dd", "dd-2", "2024-02-20", Some(75)),
        ];
        let state = evaluate(course, Some("prison"), &records, day("2025-01-01"));
        assert_eq!(state.status, Status::Valid);
        assert_eq!(state.score, Some(80));
        assert_eq!(state.completed_on, Some(day("2024-02-20")));
        assert_eq!(state.valid_until, Some(day("2027-01-09")));
        // 60 days before the end it is due soon; the day after the end it has expired.
        let due = evaluate(course, Some("prison"), &records, day("2026-11-10"));
        assert_eq!(due.status, Status::DueSoon);
        let last_day = evaluate(course, Some("prison"), &records, day("2027-01-09"));
        assert_eq!(last_day.status, Status::DueSoon);
        let after = evaluate(course, Some("prison"), &records, day("2027-01-10"));
        assert_eq!(after.status, Status::Expired);
    }

    #[test]
    fn a_course_below_the_pass_mark_or_with_a_module_missing_is_missing_and_says_why() {
        let t = training();
        let course = requirement(&t, "elearning-dd");
        let failed = vec![
            record("elearning-dd", "dd-1", "2024-01-10", Some(80)),
            record("elearning-dd", "dd-2", "2024-01-10", Some(79)),
        ];
        // 79.5% is not 80%.
        let state = evaluate(course, None, &failed, day("2025-01-01"));
        assert_eq!(state.status, Status::Missing);
        assert_eq!(
            state.gap,
            Some(Gap::BelowPassMark {
                score: 79,
                pass_mark: 80
            })
        );
        let half = vec![record("elearning-dd", "dd-1", "2024-01-10", Some(100))];
        let state = evaluate(course, None, &half, day("2025-01-01"));
        assert_eq!(state.status, Status::Missing);
        assert_eq!(state.gap, Some(Gap::ModulesMissing(vec!["dd-2".into()])));
    }

    #[test]
    fn a_retaken_module_replaces_the_earlier_score() {
        let t = training();
        let course = requirement(&t, "elearning-dd");
        let records = vec![
            record("elearning-dd", "dd-1", "2024-01-10", Some(50)),
            record("elearning-dd", "dd-2", "2024-01-10", Some(90)),
            record("elearning-dd", "dd-1", "2024-03-01", Some(90)),
        ];
        let state = evaluate(course, None, &records, day("2025-01-01"));
        assert_eq!(state.status, Status::Valid);
        assert_eq!(state.score, Some(90));
    }

    #[test]
    fn a_failed_refresher_does_not_undo_an_earlier_pass() {
        let t = training();
        let refresher = requirement(&t, "applied-refresher");
        let records = vec![
            record("applied-refresher", "", "2026-01-10", Some(80)),
            record("applied-refresher", "", "2026-03-10", Some(60)),
        ];
        let state = evaluate(refresher, None, &records, day("2026-06-01"));
        assert_eq!(state.status, Status::Valid);
        assert_eq!(state.completed_on, Some(day("2026-01-10")));
        assert_eq!(state.valid_until, Some(day("2027-01-09")));
        let only_fail = vec![record("applied-refresher", "", "2026-03-10", Some(79))];
        let state = evaluate(refresher, None, &only_fail, day("2026-06-01"));
        assert_eq!(state.status, Status::Missing);
    }

    #[test]
    fn prerequisites_of_another_staff_group_are_not_required_and_do_not_expire() {
        let t = training();
        let wrap = requirement(&t, "wrap3");
        let aspects = requirement(&t, "aspects");
        assert_eq!(
            evaluate(wrap, Some("prison"), &[], day("2026-01-01")).status,
            Status::NotRequired
        );
        assert_eq!(
            evaluate(wrap, None, &[], day("2026-01-01")).status,
            Status::Missing
        );
        let old = vec![record("aspects", "", "2001-01-01", None)];
        assert_eq!(
            evaluate(aspects, Some("prison"), &old, day("2026-01-01")).status,
            Status::Valid
        );
    }

    #[test]
    fn records_after_the_day_asked_about_do_not_count() {
        let t = training();
        let aspects = requirement(&t, "aspects");
        let records = vec![record("aspects", "", "2026-05-01", None)];
        assert_eq!(
            evaluate(aspects, None, &records, day("2026-04-30")).status,
            Status::Missing
        );
    }

    /// The rule for each combination of the four things it asks for: each present, missing,
    /// expired or due soon, and the prerequisite met by either ASPECTS or WRAP 3.
    #[test]
    fn the_facilitation_rule_for_every_combination_of_records() {
        let t = training();
        let today = day("2026-11-21");
        let full = complete("2025-06-01");
        assert!(facilitation_on(&t, Some("prison"), &full, today).allowed);

        // The prerequisite: ASPECTS or WRAP 3, whatever the staff group.
        let mut with_wrap: Vec<Record> = full
            .iter()
            .filter(|r| r.requirement != "aspects")
            .cloned()
            .collect();
        with_wrap.push(record("wrap3", "", "2020-01-01", None));
        assert!(facilitation_on(&t, Some("probation"), &with_wrap, today).allowed);
        assert!(facilitation_on(&t, Some("prison"), &with_wrap, today).allowed);

        // Each of the four groups left out in turn, alone and in every combination.
        let groups = [
            "aspects",
            "elearning-understanding",
            "elearning-dd",
            "dd-face-to-face",
        ];
        for mask in 1u32..16 {
            let left_out: Vec<&str> = groups
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, g)| *g)
                .collect();
            let records: Vec<Record> = full
                .iter()
                .filter(|r| !left_out.contains(&r.requirement.as_str()))
                .cloned()
                .collect();
            let decision = facilitation_on(&t, Some("prison"), &records, today);
            assert!(!decision.allowed, "allowed without {left_out:?}");
            assert_eq!(decision.unmet.len(), left_out.len(), "{left_out:?}");
            for (group, missing) in decision.unmet.iter().zip(&left_out) {
                assert!(group.iter().any(|s| s.requirement == *missing));
                assert!(group.iter().all(|s| !s.status.is_current()));
            }
        }

        // Expired e-learning stops facilitation; due soon does not.
        let old = complete("2023-06-01");
        let decision = facilitation_on(&t, Some("prison"), &old, today);
        assert!(!decision.allowed);
        let unmet: Vec<&str> = decision
            .unmet
            .iter()
            .flat_map(|g| g.iter().map(|s| s.requirement.as_str()))
            .collect();
        assert_eq!(unmet, ["elearning-understanding", "elearning-dd"]);
        assert!(
            decision
                .unmet
                .iter()
                .flatten()
                .all(|s| s.status == Status::Expired)
        );
        let nearly = complete("2023-12-01");
        let states = evaluate_all(&t, Some("prison"), &nearly, today);
        assert!(
            states
                .iter()
                .any(|s| s.requirement == "elearning-dd" && s.status == Status::DueSoon)
        );
        assert!(may_facilitate(&t, &states).allowed);

        // A failed course does not count.
        let mut failed = complete("2025-06-01");
        for r in failed
            .iter_mut()
            .filter(|r| r.requirement == "elearning-dd")
        {
            r.score = Some(50);
        }
        assert!(!facilitation_on(&t, Some("prison"), &failed, today).allowed);

        // The refresher is not part of the built-in rule.
        assert!(
            !t.facilitation
                .requires
                .get_ref()
                .iter()
                .flatten()
                .any(|id| id.get_ref() == "applied-refresher")
        );
    }
}
