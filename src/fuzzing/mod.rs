//! Entry points for the fuzz targets (`fuzz/fuzz_targets/`) and the property tests
//! (`tests/fuzz_properties.rs`, `tests/toolkit.rs`): one function per parser of outside input,
//! each running the real parser on the input given and **panicking if the parser breaks its
//! promise**: a panic inside it, a problem without its place (file, line and column for a
//! toolkit; line and column for a CSV import; the field for a form), an untranslated message,
//! a backup error that is not one of the clear "what is wrong, what to do" kinds or that
//! repeats the file's content, or export HTML where typed text became markup. Both the fuzzer
//! and proptest treat that panic as a failure, so each property is written once, here.
//!
//! The parsers themselves live in their features; this module only feeds them and checks what
//! comes back. It must never be used by the application (nothing here is a route or a
//! command), and it must never print or log what it is given.

use std::io::{self, Write};
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::accounts::{Roles, UserId};
use crate::backup::{BackupError, Metadata};
use crate::i18n::Lang;
use crate::toolkit::{Problem, Toolkit, ToolkitFiles};
use crate::training::import::{self, LineProblems};
use crate::training::store::StaffMember;
use crate::web::form::{DateInput, FormErrors, Pairs};

/// Changes a valid input the way files get damaged or hand-edited, so that structure-aware
/// tests start from something the parser nearly accepts. `op` picks the change, `at` the place
/// (taken modulo the length), `junk` the bytes put in.
pub fn mutate(valid: &[u8], op: u8, at: usize, junk: &[u8]) -> Vec<u8> {
    let mut bytes = valid.to_vec();
    let at = at % (bytes.len() + 1);
    match op % 12 {
        0 => bytes.truncate(at),
        1 => {
            if let Some(byte) = bytes.get_mut(at) {
                *byte ^= junk.first().copied().filter(|b| *b != 0).unwrap_or(0x20);
            }
        }
        2 => {
            bytes.splice(at..at, junk.iter().copied());
        }
        3 => {
            bytes.splice(at..at, *b"99999999999999999999999999999999999999");
        }
        4 => {
            bytes.splice(at..at, "é\u{202E}𝄞\u{FEFF}\u{0}\u{85}".bytes());
        }
        5 => {
            bytes = String::from_utf8_lossy(&bytes)
                .replace('\n', "\r\n")
                .into_bytes();
        }
        6 => {
            bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
        }
        7 => bytes.clear(),
        8 => {
            let end = (at + junk.len()).min(bytes.len());
            bytes.splice(at..end, junk.iter().copied());
        }
        9 => {
            let end = (at + junk.len().max(1) * 8).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            bytes.splice(at..at, copy);
        }
        10 => {
            bytes.splice(at..at, *b"-9223372036854775809");
        }
        _ => {
            bytes.splice(at..at, *b"\"'<>\\{}[]=,#\n");
        }
    }
    bytes
}

/// Whether `message` repeats a distinctive run of `input` (16 or more letters and digits, not
/// all digits): the check that an error names what is wrong without copying the file into it.
fn repeats_input(message: &str, input: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(input);
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|run| run.len() >= 16 && !run.bytes().all(|b| b.is_ascii_digit()))
        .find(|run| message.contains(run))
        .map(str::to_owned)
}

/// A message from a catalogue: present, complete (no unfilled `{$…}`), not the bare key.
fn assert_translated(message: &str, key: &str) {
    assert!(!message.trim().is_empty(), "`{key}` gave an empty message");
    assert_ne!(message, key, "`{key}` is missing from the catalogue");
    assert!(
        !message.contains("{$"),
        "`{key}` left an argument unfilled: {message}"
    );
}

// ---- Toolkit files -------------------------------------------------------------------------

fn builtin_files() -> &'static ToolkitFiles {
    static FILES: OnceLock<ToolkitFiles> = OnceLock::new();
    FILES.get_or_init(ToolkitFiles::builtin)
}

/// The built-in toolkit's file names, in order: [`toolkit_file`]'s `which` picks one.
pub fn toolkit_file_names() -> Vec<String> {
    builtin_files().names().map(str::to_owned).collect()
}

/// The built-in toolkit's file `name`, as shipped (a valid starting point for mutations).
pub fn toolkit_file_text(name: &str) -> Vec<u8> {
    builtin_files().get(name).unwrap_or_default().to_vec()
}

/// Loads the built-in toolkit with the file `which` (modulo the number of files) replaced by
/// `bytes`. Every problem must name a file of the toolkit and a line and column inside that
/// file's text, with a one-line message.
pub fn toolkit_file(which: usize, bytes: &[u8]) -> Result<(), Vec<Problem>> {
    let names = toolkit_file_names();
    let name = &names[which % names.len()];
    let mut files = builtin_files().clone();
    files.insert(name.clone(), bytes.to_vec());
    let problems = match crate::toolkit::load(&files) {
        Ok(_) => return Ok(()),
        Err(problems) => problems,
    };
    assert!(
        !problems.is_empty(),
        "a refused toolkit must say why (file {name})"
    );
    for problem in &problems {
        assert!(
            names.contains(&problem.file),
            "{problem}: not a file of the toolkit"
        );
        assert!(
            problem.line >= 1 && problem.column >= 1,
            "{problem}: lines and columns count from 1"
        );
        assert!(
            !problem.message.trim().is_empty() && !problem.message.contains('\n'),
            "{problem}: the message must be one line"
        );
        let text = files.get(&problem.file).unwrap_or_default();
        if let Ok(text) = std::str::from_utf8(text) {
            let line = text.split('\n').nth(problem.line - 1);
            assert!(
                line.is_some_and(|l| problem.column <= l.chars().count() + 1),
                "{problem}: the place is outside the file ({} lines)",
                text.split('\n').count()
            );
        }
    }
    Err(problems)
}

// ---- Training records CSV ------------------------------------------------------------------

/// A valid import file for [`training_csv`]'s staff and toolkit.
pub const TRAINING_CSV_SAMPLE: &str = "email,requirement,module,completed_on,score,evidence\n\
sam@example.org,elearning-dd,dd-1,2026-01-05,85%,certificate 1\n\
sue@example.org,aspects,,2021-03-01,,\"course, in person\"\n\
sam@example.org,aspects,,2022-04-02,,'=not a formula\n";

/// The keys of problems about a whole line (or the whole file) rather than one column.
const LINE_PROBLEMS: [&str; 6] = [
    "training-import-field-count",
    "training-import-duplicate",
    "training-import-not-utf8",
    "training-import-unreadable",
    "training-import-header",
    "training-import-utf16",
];

/// The keys of problems about the whole file, which have no line.
const FILE_PROBLEMS: [&str; 3] = [
    "training-import-utf16",
    "training-import-empty",
    "training-import-unreadable",
];

fn training_toolkit() -> &'static Toolkit {
    static TOOLKIT: OnceLock<Toolkit> = OnceLock::new();
    TOOLKIT.get_or_init(|| Toolkit::builtin().expect("the built-in toolkit is checked by tests"))
}

fn staff() -> &'static [StaffMember] {
    static STAFF: OnceLock<Vec<StaffMember>> = OnceLock::new();
    STAFF.get_or_init(|| {
        ["sam", "sue"]
            .into_iter()
            .map(|name| StaffMember {
                id: UserId::from_db(format!("user-{name}")),
                name: name.to_owned(),
                email: format!("{name}@example.org"),
                roles: Roles::default(),
                team: String::new(),
                staff_group: Some("prison".into()),
                joined_on: NaiveDate::from_ymd_opt(2020, 1, 1),
                disabled: false,
            })
            .collect()
    })
}

/// Checks `bytes` as a training import (two staff, the built-in toolkit, today 2026-11-21).
/// Returns the number of good rows, or the problems; every problem must be on a line of the
/// file (or be about the whole file), about a column where it concerns one value, and read
/// as a complete sentence in every language.
pub fn training_csv(bytes: &[u8]) -> Result<usize, Vec<LineProblems>> {
    let toolkit = training_toolkit();
    let context = import::Context {
        training: &toolkit.content(toolkit.source_language).training,
        staff: staff(),
        today: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap_or_default(),
    };
    let report = match import::check(bytes, &context) {
        Ok(rows) => {
            assert!(!rows.is_empty(), "an accepted import has rows");
            return Ok(rows.len());
        }
        Err(report) => report,
    };
    assert!(!report.is_empty(), "a refused import must say why");
    // Each `\n`, and each `\r` (a Windows `\r\n` counts once, but this is a bound).
    let lines = bytes.iter().filter(|b| matches!(b, b'\n' | b'\r')).count() as u64 + 1;
    for problems in &report {
        assert!(
            !problems.problems.is_empty(),
            "a reported line has problems"
        );
        for problem in &problems.problems {
            match problems.line {
                Some(line) => assert!(
                    (1..=lines).contains(&line),
                    "{}: line {line} of a file of {lines} lines",
                    problem.key
                ),
                None => assert!(
                    FILE_PROBLEMS.contains(&problem.key),
                    "{} has no line",
                    problem.key
                ),
            }
            if !LINE_PROBLEMS.contains(&problem.key) && !FILE_PROBLEMS.contains(&problem.key) {
                let column = problem.column();
                assert!(
                    column.is_some_and(|c| import::COLUMNS.contains(&c)),
                    "{} names no column",
                    problem.key
                );
            }
            // The values quoted from the file are anything; the catalogue's own text is checked
            // with plain values in their place.
            let plain = import::Problem {
                key: problem.key,
                args: problem
                    .args
                    .iter()
                    .map(|(n, _)| (*n, "x".to_owned()))
                    .collect(),
            };
            for lang in Lang::ALL {
                assert_translated(&plain.message(lang), problem.key);
                assert!(!problem.message(lang).is_empty());
            }
        }
    }
    Err(report)
}

// ---- Form bodies ---------------------------------------------------------------------------

/// The inputs of the case details form, which its errors link to.
const DETAILS_FIELDS: [&str; 4] = ["name", "date_of_birth-day", "number", "setting"];

/// Reads `body` as an `application/x-www-form-urlencoded` form, as axum's `Form` extractor
/// does for every form handler (`Form<Vec<(String, String)>>`), then as the case details form
/// (the form with the most rules: text lengths, a GOV.UK date, a choice) in every language.
/// Decoding must never fail (a failure would answer with the framework's own text instead of
/// the page), every error must name one of the form's inputs, and the date parts must give a
/// date or one of the date messages. Returns the details or the errors (in English).
pub fn form_body(body: &[u8]) -> Result<crate::cases::Details, FormErrors> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .unwrap_or_else(|_| panic!("a form body that does not decode as name-value pairs"));
    let pairs = Pairs(pairs);
    for name in ["date_of_birth", "completed", "date"] {
        match DateInput::from_pairs(&pairs, name).parse() {
            Ok(_) => {}
            Err(key) => {
                assert!(
                    ["date-problem-incomplete", "date-problem-not-real"].contains(&key),
                    "{key}"
                );
                assert_translated(&Lang::En.t1(key, "field", "Date"), key);
            }
        }
    }
    let form = crate::cases::pages::DetailsForm::from_pairs(&pairs);
    let mut english = None;
    for lang in Lang::ALL {
        let result = form.parse(lang);
        if let Err(errors) = &result {
            assert!(!errors.is_empty(), "a refused form must say why");
            for error in errors.iter() {
                assert!(
                    DETAILS_FIELDS.contains(&error.field),
                    "an error for `{}`, which is not an input of the form",
                    error.field
                );
                assert_translated(&error.message, error.field);
            }
        }
        if lang == Lang::En {
            english = Some(result);
        }
    }
    english.unwrap_or_else(|| Err(FormErrors::default()))
}

// ---- Backup files --------------------------------------------------------------------------

/// The name the backup entry points give the file in their messages.
const BACKUP_NAME: &str = "fuzz-input.age";
const KEY_NAME: &str = "fuzz-recovery.key";

fn backup_identity() -> &'static age::x25519::Identity {
    static IDENTITY: OnceLock<age::x25519::Identity> = OnceLock::new();
    IDENTITY.get_or_init(age::x25519::Identity::generate)
}

/// The plaintext of a valid backup: the header and `database` (the SQLite bytes).
pub fn backup_plaintext_sample(database: &[u8]) -> Vec<u8> {
    let metadata = Metadata {
        created_at: "2026-11-22T04:05:12.000Z".into(),
        dialogues_version: "0.1.0".into(),
        schema_version: 12,
        organisation: "Fuzzing organisation".into(),
        audit_rows: 3,
        audit_head: "ab".repeat(32),
        database_bytes: database.len() as u64,
    };
    let mut bytes = Vec::new();
    crate::backup::write_header(&mut bytes, &metadata).expect("writing to memory");
    bytes.extend_from_slice(database);
    bytes
}

/// Encrypts `plaintext` as `dialogues backup` does, to the key [`backup_file`] reads with.
pub fn backup_encrypt(plaintext: &[u8]) -> Vec<u8> {
    let recipient = backup_identity().to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .expect("one recipient");
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).expect("writing to memory");
    writer.write_all(plaintext).expect("writing to memory");
    writer.finish().expect("writing to memory");
    out
}

/// Reads `bytes` as a backup file, as `dialogues restore` does before it touches the database
/// (decryption, the header, the database's length). Every failure must be one of the kinds
/// that say what is wrong with the file and what to do, name the file, promise that nothing
/// was changed, and not repeat the file's content. Returns the metadata and the database.
pub fn backup_file(bytes: &[u8]) -> Result<(Metadata, Vec<u8>), BackupError> {
    let result = crate::backup::restore::read_backup(
        io::Cursor::new(bytes),
        bytes.len() as u64,
        backup_identity(),
        Path::new(BACKUP_NAME),
        Path::new(KEY_NAME),
        |_| Ok(Vec::new()),
        |source| BackupError::WorkFolder {
            dir: BACKUP_NAME.into(),
            source,
        },
    );
    if let Err(error) = &result {
        assert_clear_backup_error(error, bytes);
    }
    result
}

/// [`backup_file`] for a file made with the right key around `plaintext`: the header and the
/// length checks, the part of a backup an attacker with the public key could shape.
pub fn backup_plaintext(plaintext: &[u8]) -> Result<(Metadata, Vec<u8>), BackupError> {
    let result = backup_file(&backup_encrypt(plaintext));
    if let Err(error) = &result {
        assert!(
            !matches!(
                error,
                BackupError::WrongKey { .. } | BackupError::NotAgeFile(_)
            ),
            "a file made with the right key was refused as {error}"
        );
        if let Some(run) = repeats_input(&error.to_string(), plaintext) {
            panic!("the message repeats the backup's content {run:?}: {error}");
        }
    }
    result
}

/// The promise every backup error keeps (see [`BackupError`]).
pub fn assert_clear_backup_error(error: &BackupError, input: &[u8]) {
    let message = error.to_string();
    assert!(
        matches!(
            error,
            BackupError::Damaged { .. }
                | BackupError::NotAgeFile(_)
                | BackupError::WrongKey { .. }
                | BackupError::NotABackup(_)
                | BackupError::NewerFormat { .. }
                | BackupError::Integrity { .. }
                | BackupError::AuditBroken { .. }
                | BackupError::Incompatible { .. }
        ),
        "not a clear kind of problem with the file: {message}"
    );
    assert!(
        message.contains("nothing was changed") && message.contains(':'),
        "the message must say what to do and that nothing changed: {message}"
    );
    assert!(!message.contains('\n'), "one line: {message}");
    if let Some(run) = repeats_input(&message, input) {
        panic!("the message repeats the file's content {run:?}: {message}");
    }
}

// ---- Export HTML ---------------------------------------------------------------------------

/// Renders a case whose every free-text field takes one of `texts` (in `Lang::ALL[lang % 4]`)
/// and checks that none of it became markup: the page has exactly as many `<`, `>`, `"` and
/// `'` as the same page with those characters taken out of the texts, and no `<script`.
/// Returns the page.
pub fn export_html(texts: &[String], lang: usize) -> String {
    let lang = Lang::ALL[lang % Lang::ALL.len()];
    let page = crate::commands::export::sample::render(texts, lang)
        .unwrap_or_else(|_| panic!("the export page did not render"));
    let plain: Vec<String> = texts
        .iter()
        .map(|t| t.replace(['<', '>', '"', '\'', '&'], "x"))
        .collect();
    let baseline = crate::commands::export::sample::render(&plain, lang)
        .unwrap_or_else(|_| panic!("the export page did not render"));
    for c in ['<', '>', '"', '\''] {
        let (got, expected) = (page.matches(c).count(), baseline.matches(c).count());
        assert_eq!(
            got,
            expected,
            "typed text put {} extra `{c}` into the page",
            got as i64 - expected as i64
        );
    }
    assert!(
        !page.to_ascii_lowercase().contains("<script"),
        "a script element in the export page"
    );
    page
}
