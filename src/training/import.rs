//! Training records as CSV: reading an import file, checking every row, and writing the export.
//!
//! The columns (documented in the README) are `email,requirement,module,completed_on,score,
//! evidence`, and the export writes exactly those, so an export re-imports unchanged. An import
//! is all or nothing: [`check`] reads the whole file and returns either every row ready to write
//! or every problem with its line; [`apply`] then writes the rows in one transaction.
//!
//! Problems are message keys with arguments, so the web page shows them in the reader's
//! language and the command line in English. They name the value that is wrong, never more of
//! the file than that.

use std::collections::HashMap;

use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use super::status::Record;
use super::store::{self, StaffMember, Written, date_text};
use crate::accounts::{ChangedBy, UserId};
use crate::audit::{self, Action, Entry};
use crate::db::Database;
use crate::i18n::Lang;
use crate::toolkit::schema::Training;

/// The columns, in order.
pub const COLUMNS: [&str; 6] = [
    "email",
    "requirement",
    "module",
    "completed_on",
    "score",
    "evidence",
];

/// The message key describing each column, for the import page.
pub const COLUMN_HELP: [&str; 6] = [
    "training-import-column-email",
    "training-import-column-requirement",
    "training-import-column-module",
    "training-import-column-completed_on",
    "training-import-column-score",
    "training-import-column-evidence",
];

/// The longest evidence note.
pub const MAX_EVIDENCE: usize = 500;

/// One thing wrong, as a catalogue message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    fn new(key: &'static str) -> Self {
        Problem {
            key,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The column (and form field) the problem is about, if one.
    pub fn column(&self) -> Option<&'static str> {
        let rest = self.key.strip_prefix("training-import-")?;
        let column = match rest.split('-').next()? {
            "email" => "email",
            "unknown" => match rest {
                "unknown-staff" => "email",
                "unknown-module" => "module",
                _ => "requirement",
            },
            "requirement" => "requirement",
            "module" => "module",
            "date" => "completed_on",
            "score" => "score",
            "evidence" => "evidence",
            _ => return None,
        };
        Some(column)
    }

    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<(&'static str, FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(value.clone())))
            .collect();
        lang.t_args(self.key, &args)
    }
}

/// The problems on one line of the file (line 1 is the header), or with the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblems {
    /// `None` for a problem with the whole file.
    pub line: Option<u64>,
    pub problems: Vec<Problem>,
}

/// A row that passed every check.
#[derive(Debug, Clone)]
pub struct CheckedRow {
    pub line: u64,
    pub person: UserId,
    pub record: Record,
}

/// What the checks need to know: the toolkit's requirements, everyone's email and start date,
/// and today's date.
pub struct Context<'a> {
    pub training: &'a Training,
    pub staff: &'a [StaffMember],
    pub today: NaiveDate,
}

/// Reads and checks a whole file.
pub fn check(bytes: &[u8], context: &Context<'_>) -> Result<Vec<CheckedRow>, Vec<LineProblems>> {
    let whole_file = |problem: Problem| {
        vec![LineProblems {
            line: None,
            problems: vec![problem],
        }]
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(whole_file(Problem::new("training-import-utf16")));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let header = match reader.byte_headers() {
        Ok(header) => header.clone(),
        Err(_) => return Err(whole_file(Problem::new("training-import-unreadable"))),
    };
    let names: Vec<String> = header
        .iter()
        .map(|h| String::from_utf8_lossy(h).to_ascii_lowercase())
        .collect();
    if names != COLUMNS {
        return Err(vec![LineProblems {
            line: Some(1),
            problems: vec![
                Problem::new("training-import-header").with("columns", COLUMNS.join(",")),
            ],
        }]);
    }

    let by_email: HashMap<String, &StaffMember> = context
        .staff
        .iter()
        .map(|s| (s.email.to_lowercase(), s))
        .collect();
    let mut seen: HashMap<(UserId, String, String, NaiveDate), u64> = HashMap::new();
    let mut rows = Vec::new();
    let mut report = Vec::new();
    for result in reader.byte_records() {
        let record = match result {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| line_at(bytes, p));
                report.push(LineProblems {
                    line,
                    problems: vec![Problem::new("training-import-unreadable")],
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(bytes, p));
        if record.iter().all(|field| field.is_empty()) {
            continue;
        }
        let mut problems = Vec::new();
        let fields: Option<Vec<&str>> = record
            .iter()
            .map(|field| std::str::from_utf8(field).ok())
            .collect();
        let Some(fields) = fields else {
            report.push(LineProblems {
                line: Some(line),
                problems: vec![Problem::new("training-import-not-utf8")],
            });
            continue;
        };
        if fields.len() != COLUMNS.len() {
            report.push(LineProblems {
                line: Some(line),
                problems: vec![
                    Problem::new("training-import-field-count")
                        .with("found", fields.len().to_string())
                        .with("expected", COLUMNS.len().to_string()),
                ],
            });
            continue;
        }
        match check_row(&fields, context, &by_email, &mut problems) {
            Some((person, record)) if problems.is_empty() => {
                let key = (
                    person.clone(),
                    record.requirement.clone(),
                    record.module.clone(),
                    record.completed_on,
                );
                if let Some(first) = seen.get(&key) {
                    report.push(LineProblems {
                        line: Some(line),
                        problems: vec![
                            Problem::new("training-import-duplicate")
                                .with("line", first.to_string()),
                        ],
                    });
                } else {
                    seen.insert(key, line);
                    rows.push(CheckedRow {
                        line,
                        person,
                        record,
                    });
                }
            }
            _ => report.push(LineProblems {
                line: Some(line),
                problems,
            }),
        }
    }
    if !report.is_empty() {
        return Err(report);
    }
    if rows.is_empty() {
        return Err(whole_file(Problem::new("training-import-empty")));
    }
    Ok(rows)
}

/// The line (from 1) a record starts on. The csv reader's own line count is not used: it
/// starts a record at the line break before it, so a record after a blank line, or after a
/// Windows `\r\n` (the reader ends a record at `\r`), was reported a line too early. Here a
/// record starts at its first byte that is not a line break, and `\r\n`, `\n` and a lone `\r`
/// each end a line, as a spreadsheet or text editor counts them.
fn line_at(bytes: &[u8], position: &csv::Position) -> u64 {
    let from = usize::try_from(position.byte())
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    let start = bytes[from..]
        .iter()
        .position(|b| !matches!(b, b'\r' | b'\n'))
        .map_or(bytes.len(), |skip| from + skip);
    let before = &bytes[..start];
    let breaks = before
        .iter()
        .enumerate()
        .filter(|&(i, b)| *b == b'\n' || (*b == b'\r' && before.get(i + 1) != Some(&b'\n')))
        .count();
    breaks as u64 + 1
}

/// Checks one record typed into a form, with the same rules as an import row.
pub fn check_one(
    fields: &[&str; 6],
    context: &Context<'_>,
) -> Result<(UserId, Record), Vec<Problem>> {
    let by_email: HashMap<String, &StaffMember> = context
        .staff
        .iter()
        .map(|s| (s.email.to_lowercase(), s))
        .collect();
    let mut problems = Vec::new();
    match check_row(fields, context, &by_email, &mut problems) {
        Some(checked) if problems.is_empty() => Ok(checked),
        _ => Err(problems),
    }
}

/// Checks one row's fields, adding a problem for each that is wrong.
fn check_row(
    fields: &[&str],
    context: &Context<'_>,
    by_email: &HashMap<String, &StaffMember>,
    problems: &mut Vec<Problem>,
) -> Option<(UserId, Record)> {
    let [email, requirement_id, module, completed_on, score, evidence] = fields else {
        return None;
    };

    let person = if email.is_empty() {
        problems.push(Problem::new("training-import-email-empty"));
        None
    } else {
        let found = by_email.get(&email.to_lowercase()).copied();
        if found.is_none() {
            problems.push(Problem::new("training-import-unknown-staff").with("email", *email));
        }
        found
    };

    let requirement = context
        .training
        .requirements
        .iter()
        .find(|r| r.id.get_ref() == requirement_id);
    match requirement {
        None if requirement_id.is_empty() => {
            problems.push(Problem::new("training-import-requirement-empty").with(
                "known",
                known(context.training.requirements.iter().map(|r| r.id.get_ref())),
            ))
        }
        None => problems.push(
            Problem::new("training-import-unknown-requirement")
                .with("requirement", *requirement_id)
                .with(
                    "known",
                    known(context.training.requirements.iter().map(|r| r.id.get_ref())),
                ),
        ),
        Some(requirement) => {
            let modules = known(requirement.modules.iter().map(|m| m.id.get_ref()));
            if requirement.modules.is_empty() {
                if !module.is_empty() {
                    problems.push(
                        Problem::new("training-import-module-not-allowed")
                            .with("requirement", *requirement_id),
                    );
                }
            } else if module.is_empty() {
                problems.push(
                    Problem::new("training-import-module-needed")
                        .with("requirement", *requirement_id)
                        .with("known", modules),
                );
            } else if !requirement.modules.iter().any(|m| m.id.get_ref() == module) {
                problems.push(
                    Problem::new("training-import-unknown-module")
                        .with("module", *module)
                        .with("requirement", *requirement_id)
                        .with("known", modules),
                );
            }
            let assessed = requirement.pass_mark.is_some();
            if assessed && score.is_empty() {
                problems.push(
                    Problem::new("training-import-score-needed")
                        .with("requirement", *requirement_id),
                );
            } else if !assessed && !score.is_empty() {
                problems.push(
                    Problem::new("training-import-score-not-allowed")
                        .with("requirement", *requirement_id),
                );
            }
        }
    }

    let date = if completed_on.is_empty() {
        problems.push(Problem::new("training-import-date-empty"));
        None
    } else {
        match store::parse_date(completed_on) {
            None => {
                problems
                    .push(Problem::new("training-import-date-format").with("value", *completed_on));
                None
            }
            Some(date) if date > context.today => {
                problems
                    .push(Problem::new("training-import-date-future").with("date", *completed_on));
                None
            }
            Some(date) => {
                if let Some(joined) = person.and_then(|p| p.joined_on)
                    && date < joined
                {
                    problems.push(
                        Problem::new("training-import-date-before-joined")
                            .with("date", *completed_on)
                            .with("joined", date_text(joined)),
                    );
                }
                Some(date)
            }
        }
    };

    let score_value = if score.is_empty() {
        None
    } else {
        let digits = score.strip_suffix('%').unwrap_or(score).trim();
        match digits.parse::<u32>() {
            Ok(value) if value > 100 => {
                problems
                    .push(Problem::new("training-import-score-above-100").with("value", *score));
                None
            }
            Ok(value) => Some(value as u8),
            Err(_) => {
                problems.push(Problem::new("training-import-score-format").with("value", *score));
                None
            }
        }
    };

    let evidence = unescape_cell(evidence);
    if evidence.chars().count() > MAX_EVIDENCE {
        problems.push(
            Problem::new("training-import-evidence-too-long").with("max", MAX_EVIDENCE.to_string()),
        );
    }

    Some((
        person?.id.clone(),
        Record {
            requirement: (*requirement_id).to_owned(),
            module: (*module).to_owned(),
            completed_on: date?,
            score: score_value,
            evidence,
        },
    ))
}

fn known<'a>(ids: impl Iterator<Item = &'a String>) -> String {
    ids.map(String::as_str).collect::<Vec<_>>().join(", ")
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
}

/// Writes checked rows in one transaction, with one audit entry for the import.
pub async fn apply(
    db: &Database,
    rows: &[CheckedRow],
    by: &ChangedBy,
) -> Result<Summary, sqlx::Error> {
    let recorded_by = by.actor.as_text();
    let mut tx = db.begin_write().await?;
    let mut summary = Summary::default();
    for row in rows {
        match store::write_record(&mut tx, &row.person, &row.record, &recorded_by).await? {
            Written::Added => summary.added += 1,
            Written::Changed => summary.changed += 1,
            Written::Unchanged => summary.unchanged += 1,
        }
    }
    if summary.added + summary.changed > 0 {
        audit::append(
            &mut tx,
            Entry::new(by.actor.clone(), Action::TrainingImported, &by.source).detail(
                serde_json::json!({
                    "rows": rows.len(),
                    "added": summary.added,
                    "changed": summary.changed,
                }),
            ),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(summary)
}

/// Every record as CSV in the import's columns, sorted, so that an export re-imports unchanged.
pub async fn export(db: &Database) -> Result<String, sqlx::Error> {
    let staff = store::staff(db.reader()).await?;
    let email_of: HashMap<&UserId, &str> =
        staff.iter().map(|s| (&s.id, s.email.as_str())).collect();
    let mut rows: Vec<[String; 6]> = store::all_records(db.reader())
        .await?
        .into_iter()
        .filter_map(|(person, record)| {
            Some([
                (*email_of.get(&person)?).to_owned(),
                record.requirement,
                record.module,
                date_text(record.completed_on),
                record.score.map(|s| s.to_string()).unwrap_or_default(),
                escape_cell(&record.evidence),
            ])
        })
        .collect();
    rows.sort();
    Ok(write_csv(&COLUMNS, rows))
}

/// Writes rows of cells as CSV text.
pub fn write_csv<R: AsRef<[String]>>(header: &[&str], rows: impl IntoIterator<Item = R>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(header)
        .expect("writing to memory cannot fail");
    for row in rows {
        writer
            .write_record(row.as_ref())
            .expect("writing to memory cannot fail");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory cannot fail"))
        .expect("CSV of UTF-8 strings is UTF-8")
}

/// A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula: free text leaving
/// the app gets a leading `'` so it stays text.
pub fn escape_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Undoes [`escape_cell`] on the way back in.
fn unescape_cell(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Roles;
    use crate::toolkit::Toolkit;

    fn staff() -> Vec<StaffMember> {
        vec![StaffMember {
            id: UserId::from_db("u1".into()),
            name: "Sam".into(),
            email: "sam@example.org".into(),
            roles: Roles::default(),
            team: String::new(),
            staff_group: Some("prison".into()),
            joined_on: NaiveDate::from_ymd_opt(2020, 1, 1),
            disabled: false,
        }]
    }

    fn run(text: &[u8]) -> Result<Vec<CheckedRow>, Vec<LineProblems>> {
        let toolkit = Toolkit::builtin().unwrap();
        let training = &toolkit.content(toolkit.source_language).training;
        let staff = staff();
        let context = Context {
            training,
            staff: &staff,
            today: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        };
        check(text, &context)
    }

    fn keys(report: &[LineProblems]) -> Vec<(Option<u64>, Vec<&'static str>)> {
        report
            .iter()
            .map(|l| (l.line, l.problems.iter().map(|p| p.key).collect()))
            .collect()
    }

    const HEADER: &str = "email,requirement,module,completed_on,score,evidence\n";

    #[test]
    fn good_rows_are_read_with_a_bom_and_percent_signs() {
        let text = format!(
            "\u{feff}{HEADER}Sam@Example.org,elearning-dd,dd-1,2026-01-05,85%,certificate\nsam@example.org,aspects,,2021-03-01,,'=not a formula\n"
        );
        let rows = run(text.as_bytes()).expect("good file");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].record.score, Some(85));
        assert_eq!(rows[1].record.evidence, "=not a formula");
    }

    #[test]
    fn every_bad_row_is_reported_by_line_with_every_reason() {
        let text = format!(
            "{HEADER}nobody@example.org,aspects,,2021-03-01,,\n\
             sam@example.org,juggling,,2021-03-01,,\n\
             sam@example.org,elearning-dd,,2099-01-01,101,\n\
             sam@example.org,aspects,x,1999-01-01,50,\n\
             sam@example.org,elearning-dd,dd-9,14/03/2026,abc,\n\
             sam@example.org,aspects,,2021-03-01,,\n\
             sam@example.org,aspects,,2021-03-01,,again\n\
             sam@example.org,aspects\n"
        );
        let report = run(text.as_bytes()).unwrap_err();
        assert_eq!(
            keys(&report),
            vec![
                (Some(2), vec!["training-import-unknown-staff"]),
                (Some(3), vec!["training-import-unknown-requirement"]),
                (
                    Some(4),
                    vec![
                        "training-import-module-needed",
                        "training-import-date-future",
                        "training-import-score-above-100"
                    ]
                ),
                (
                    Some(5),
                    vec![
                        "training-import-module-not-allowed",
                        "training-import-score-not-allowed",
                        "training-import-date-before-joined"
                    ]
                ),
                (
                    Some(6),
                    vec![
                        "training-import-unknown-module",
                        "training-import-date-format",
                        "training-import-score-format"
                    ]
                ),
                (Some(8), vec!["training-import-duplicate"]),
                (Some(9), vec!["training-import-field-count"]),
            ]
        );
        let duplicate = &report[5].problems[0];
        assert_eq!(duplicate.args, vec![("line", "7".to_owned())]);
        assert!(duplicate.message(Lang::En).contains('7'));
    }

    #[test]
    fn wrong_encodings_and_headers_are_named() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(HEADER.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            keys(&run(&utf16).unwrap_err()),
            vec![(None, vec!["training-import-utf16"])]
        );
        let mut latin1 = HEADER.as_bytes().to_vec();
        latin1.extend_from_slice(b"sam@example.org,aspects,,2021-03-01,,Caf\xe9 training\n");
        assert_eq!(
            keys(&run(&latin1).unwrap_err()),
            vec![(Some(2), vec!["training-import-not-utf8"])]
        );
        assert_eq!(
            keys(&run(b"name,course\nSam,x\n").unwrap_err()),
            vec![(Some(1), vec!["training-import-header"])]
        );
        assert_eq!(
            keys(&run(HEADER.as_bytes()).unwrap_err()),
            vec![(None, vec!["training-import-empty"])]
        );
    }

    /// Found by the property tests: the csv reader ends a record at the `\r` of a `\r\n` and
    /// counts the `\n` into the next record, so in a file saved with Windows line ends every
    /// problem after the first row was reported one line too early.
    #[test]
    fn windows_and_old_mac_line_ends_report_the_same_lines() {
        let lf = format!(
            "{HEADER}sam@example.org,aspects,,2021-03-01,,\n\nnobody@example.org,aspects,,2021-03-01,,\n\"multi\nline\",aspects,,2021-03-01,,\nsam@example.org,juggling,,2021-03-01,,\n"
        );
        let expected = vec![
            (Some(4), vec!["training-import-unknown-staff"]),
            (Some(5), vec!["training-import-unknown-staff"]),
            (Some(7), vec!["training-import-unknown-requirement"]),
        ];
        assert_eq!(keys(&run(lf.as_bytes()).unwrap_err()), expected, "LF");
        let crlf = lf.replace('\n', "\r\n");
        assert_eq!(keys(&run(crlf.as_bytes()).unwrap_err()), expected, "CRLF");
        let cr = lf.replace('\n', "\r");
        assert_eq!(keys(&run(cr.as_bytes()).unwrap_err()), expected, "CR");
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_escaped_and_read_back() {
        for text in ["=SUM(A1)", "+1", "-x", "@cmd", "plain", "'quoted"] {
            assert_eq!(unescape_cell(&escape_cell(text)), text);
        }
        assert_eq!(escape_cell("=1"), "'=1");
    }
}
