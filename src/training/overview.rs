//! The training manager's overview: everyone's status on every requirement, the filters, the
//! counts, and compliance month by month. Pure functions over rows the caller has read.

use std::collections::HashMap;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::status::{self, Facilitation, Record, RequirementState, Status};
use super::store::StaffMember;
use crate::accounts::{Role, UserId};
use crate::toolkit::schema::Training;

/// One person's line of the matrix.
#[derive(Debug, Clone)]
pub struct StaffRow {
    pub member: StaffMember,
    /// In the toolkit's requirement order.
    pub states: Vec<RequirementState>,
    pub facilitation: Facilitation,
    /// The person's planned dates, by requirement id.
    pub plans: HashMap<String, NaiveDate>,
}

impl StaffRow {
    /// The earliest planned date, and what it is for.
    pub fn next_planned(&self) -> Option<(&str, NaiveDate)> {
        self.plans
            .iter()
            .min_by_key(|(_, d)| **d)
            .map(|(r, d)| (r.as_str(), *d))
    }

    pub fn planned(&self, requirement: &str) -> Option<NaiveDate> {
        self.plans.get(requirement).copied()
    }

    pub fn needs_attention(&self) -> bool {
        self.states.iter().any(|s| s.status.needs_attention())
    }
}

/// The filters on the overview (each optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub team: Option<String>,
    pub role: Option<Role>,
    /// People with at least one requirement in this status.
    pub status: Option<Status>,
}

impl Filters {
    pub fn keeps(&self, row: &StaffRow) -> bool {
        self.team.as_ref().is_none_or(|t| &row.member.team == t)
            && self.role.is_none_or(|r| row.member.roles.contains(r))
            && self
                .status
                .is_none_or(|s| row.states.iter().any(|state| state.status == s))
    }
}

/// Every enabled member of staff's row, by name.
pub fn rows(
    training: &Training,
    staff: &[StaffMember],
    records: &[(UserId, Record)],
    plans: &[(UserId, String, NaiveDate)],
    today: NaiveDate,
) -> Vec<StaffRow> {
    let mut records_by: HashMap<&UserId, Vec<Record>> = HashMap::new();
    for (person, record) in records {
        records_by.entry(person).or_default().push(record.clone());
    }
    let mut plans_by: HashMap<&UserId, HashMap<String, NaiveDate>> = HashMap::new();
    for (person, requirement, day) in plans {
        plans_by
            .entry(person)
            .or_default()
            .insert(requirement.clone(), *day);
    }
    staff
        .iter()
        .filter(|m| !m.disabled)
        .map(|member| {
            let mine = records_by.get(&member.id).map_or(&[][..], Vec::as_slice);
            let states = status::evaluate_all(training, member.staff_group.as_deref(), mine, today);
            let facilitation = status::may_facilitate(training, &states);
            StaffRow {
                member: member.clone(),
                states,
                facilitation,
                plans: plans_by.remove(&member.id).unwrap_or_default(),
            }
        })
        .collect()
}

/// How many people are in each status, for one requirement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub requirement: String,
    pub valid: usize,
    pub due_soon: usize,
    pub expired: usize,
    pub missing: usize,
    pub not_required: usize,
}

pub fn counts(training: &Training, rows: &[StaffRow]) -> Vec<Counts> {
    training
        .requirements
        .iter()
        .enumerate()
        .map(|(i, requirement)| {
            let mut counts = Counts {
                requirement: requirement.id.get_ref().clone(),
                ..Counts::default()
            };
            for row in rows {
                match row.states[i].status {
                    Status::Valid => counts.valid += 1,
                    Status::DueSoon => counts.due_soon += 1,
                    Status::Expired => counts.expired += 1,
                    Status::Missing => counts.missing += 1,
                    Status::NotRequired => counts.not_required += 1,
                }
            }
            counts
        })
        .collect()
}

/// Compliance on one day: of the facilitators in view, how many the rule let facilitate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompliancePoint {
    pub day: NaiveDate,
    pub facilitators: usize,
    pub allowed: usize,
}

impl CompliancePoint {
    pub fn percent(&self) -> Option<u32> {
        (self.facilitators > 0)
            .then(|| (self.allowed as f64 * 100.0 / self.facilitators as f64).round() as u32)
    }
}

/// The last day of each of the `months` months before `today`'s month, then `today`: the
/// facilitation rule applied to the records as they stood on each day.
pub fn compliance(
    training: &Training,
    people: &[&StaffMember],
    records: &[(UserId, Record)],
    today: NaiveDate,
    months: u32,
) -> Vec<CompliancePoint> {
    let first_of_month = today.with_day(1).expect("day 1 exists");
    let mut days: Vec<NaiveDate> = (1..=months)
        .rev()
        .filter_map(|back| {
            first_of_month
                .checked_sub_months(Months::new(back - 1))?
                .checked_sub_days(Days::new(1))
        })
        .collect();
    days.push(today);
    let facilitators: Vec<&&StaffMember> = people
        .iter()
        .filter(|m| m.roles.contains(Role::Facilitator))
        .collect();
    let mut records_by: HashMap<&UserId, Vec<Record>> = HashMap::new();
    for (person, record) in records {
        records_by.entry(person).or_default().push(record.clone());
    }
    days.into_iter()
        .map(|day| CompliancePoint {
            day,
            facilitators: facilitators.len(),
            allowed: facilitators
                .iter()
                .filter(|m| {
                    let mine = records_by.get(&m.id).map_or(&[][..], Vec::as_slice);
                    status::facilitation_on(training, m.staff_group.as_deref(), mine, day).allowed
                })
                .count(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Roles;
    use crate::toolkit::Toolkit;

    fn member(id: &str, team: &str, roles: &[Role]) -> StaffMember {
        StaffMember {
            id: UserId::from_db(id.into()),
            name: id.into(),
            email: format!("{id}@example.org"),
            roles: roles.iter().copied().collect::<Roles>(),
            team: team.into(),
            staff_group: Some("prison".into()),
            joined_on: None,
            disabled: false,
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn full_record_set(person: &str, on: NaiveDate) -> Vec<(UserId, Record)> {
        [
            ("aspects", "", None),
            ("elearning-understanding", "understanding-1", Some(90)),
            ("elearning-understanding", "understanding-2", Some(90)),
            ("elearning-dd", "dd-1", Some(90)),
            ("elearning-dd", "dd-2", Some(90)),
            ("dd-face-to-face", "", None),
        ]
        .into_iter()
        .map(|(r, m, s)| {
            (
                UserId::from_db(person.into()),
                Record {
                    requirement: r.into(),
                    module: m.into(),
                    completed_on: on,
                    score: s,
                    evidence: String::new(),
                },
            )
        })
        .collect()
    }

    #[test]
    fn compliance_over_time_follows_the_dates_of_the_records() {
        let toolkit = Toolkit::builtin().unwrap();
        let training = &toolkit.content(toolkit.source_language).training;
        let a = member("a", "North", &[Role::Facilitator]);
        let b = member("b", "South", &[Role::Facilitator]);
        let c = member("c", "South", &[Role::TrainingManager]);
        let mut records = full_record_set("a", day(2026, 3, 15));
        records.extend(full_record_set("b", day(2026, 9, 1)));
        let people = [&a, &b, &c];
        let points = compliance(training, &people, &records, day(2026, 11, 21), 12);
        assert_eq!(points.len(), 13);
        assert_eq!(points[0].day, day(2025, 11, 30));
        assert_eq!(points[11].day, day(2026, 10, 31));
        assert_eq!(points[12].day, day(2026, 11, 21));
        let percents: Vec<Option<u32>> = points.iter().map(CompliancePoint::percent).collect();
        // Nobody until the end of March, one of two from then, both from the end of September.
        assert_eq!(&percents[..4], &[Some(0); 4]);
        assert_eq!(&percents[4..10], &[Some(50); 6]);
        assert_eq!(&percents[10..], &[Some(100); 3]);
        assert!(points.iter().all(|p| p.facilitators == 2));
    }

    #[test]
    fn filters_and_counts() {
        let toolkit = Toolkit::builtin().unwrap();
        let training = &toolkit.content(toolkit.source_language).training;
        let staff = vec![
            member("a", "North", &[Role::Facilitator]),
            member("b", "South", &[Role::Facilitator, Role::Supervisor]),
            member("c", "South", &[Role::TrainingManager]),
        ];
        let records = full_record_set("a", day(2026, 3, 15));
        let rows = rows(training, &staff, &records, &[], day(2026, 11, 21));
        assert!(rows[0].facilitation.allowed);
        assert!(!rows[1].facilitation.allowed);
        let south = Filters {
            team: Some("South".into()),
            ..Filters::default()
        };
        assert_eq!(rows.iter().filter(|r| south.keeps(r)).count(), 2);
        let supervisors = Filters {
            role: Some(Role::Supervisor),
            ..Filters::default()
        };
        assert_eq!(rows.iter().filter(|r| supervisors.keeps(r)).count(), 1);
        let valid = Filters {
            status: Some(Status::Valid),
            ..Filters::default()
        };
        assert_eq!(rows.iter().filter(|r| valid.keeps(r)).count(), 1);
        // Nobody has taken the refresher, so everyone has something missing.
        let missing = Filters {
            status: Some(Status::Missing),
            ..Filters::default()
        };
        assert_eq!(rows.iter().filter(|r| missing.keeps(r)).count(), 3);
        let counts = counts(training, &rows);
        let aspects = counts.iter().find(|c| c.requirement == "aspects").unwrap();
        assert_eq!((aspects.valid, aspects.missing), (1, 2));
        let wrap = counts.iter().find(|c| c.requirement == "wrap3").unwrap();
        assert_eq!(wrap.not_required, 3);
    }
}
