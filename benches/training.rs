//! The training overview's work for a large organisation: every person's status on every
//! requirement, the 13-point compliance series, and checking a 1,000-row import file.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use dialogues::accounts::{Role, UserId};
use dialogues::toolkit::Toolkit;
use dialogues::training::import::{self, Context};
use dialogues::training::overview;
use dialogues::training::status::Record;
use dialogues::training::store::StaffMember;

const STAFF: usize = 1_000;

fn organisation() -> (Vec<StaffMember>, Vec<(UserId, Record)>) {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let staff: Vec<StaffMember> = (0..STAFF)
        .map(|i| StaffMember {
            id: UserId::new_random(),
            name: format!("Person {i}"),
            email: format!("person{i}@example.org"),
            roles: [Role::Facilitator].into_iter().collect(),
            team: format!("Team {}", i % 12),
            staff_group: Some(if i % 2 == 0 { "prison" } else { "probation" }.into()),
            joined_on: Some(day(2015, 1, 1)),
            disabled: false,
        })
        .collect();
    let mut records = Vec::new();
    for (i, member) in staff.iter().enumerate() {
        let year = 2022 + (i % 4) as i32;
        for (requirement, module, score) in [
            (if i % 2 == 0 { "aspects" } else { "wrap3" }, "", None),
            ("elearning-understanding", "understanding-1", Some(85)),
            ("elearning-understanding", "understanding-2", Some(80)),
            ("elearning-dd", "dd-1", Some(90)),
            ("elearning-dd", "dd-2", Some(75)),
            ("dd-face-to-face", "", None),
            ("applied-refresher", "", Some(83)),
        ] {
            records.push((
                member.id.clone(),
                Record {
                    requirement: requirement.into(),
                    module: module.into(),
                    completed_on: day(year, 1 + (i % 12) as u32, 10),
                    score,
                    evidence: String::new(),
                },
            ));
        }
    }
    (staff, records)
}

fn bench(c: &mut Criterion) {
    let toolkit = Toolkit::builtin().unwrap();
    let training = &toolkit.content(toolkit.source_language).training;
    let (staff, records) = organisation();
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();

    c.bench_function("overview rows, 1000 staff x 7 records", |b| {
        b.iter(|| overview::rows(training, &staff, &records, &[], today))
    });
    let people: Vec<&StaffMember> = staff.iter().collect();
    c.bench_function("compliance series, 13 points, 1000 staff", |b| {
        b.iter(|| overview::compliance(training, &people, &records, today, 12))
    });

    let mut file = import::COLUMNS.join(",");
    file.push('\n');
    for (person, record) in records.iter().take(1_000) {
        let email = staff
            .iter()
            .find(|s| &s.id == person)
            .unwrap()
            .email
            .clone();
        file.push_str(&format!(
            "{email},{},{},{},{},\n",
            record.requirement,
            record.module,
            record.completed_on,
            record.score.map(|s| s.to_string()).unwrap_or_default()
        ));
    }
    let context = Context {
        training,
        staff: &staff,
        today,
    };
    c.bench_function("check a 1000-row import file", |b| {
        b.iter(|| import::check(file.as_bytes(), &context).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
