//! Property tests for every parser of outside input but the toolkit (that one is in
//! tests/toolkit.rs): training import files, form bodies (decoded, and posted to the real
//! handlers), backup files, and the export's HTML copy. Each property calls the same entry point
//! in `dialogues::fuzzing` as the matching cargo-fuzz target in `fuzz/`, which panics when the
//! parser breaks its promise; inputs are arbitrary bytes and valid files damaged on purpose
//! (`fuzzing::mutate`). Failures are kept in `proptest-regressions/` so they are tried first
//! on every later run.

mod common;

use common::TestApp;
use common::inputs::{draws, typed_text};
use common::journeys::{SAM, signed_in, with_sam_and_sue};
use dialogues::backup::{BackupError, RestoreArgs};
use dialogues::fuzzing;
use proptest::prelude::*;

/// A damaged copy of `valid`: any of `fuzzing::mutate`'s changes, anywhere.
fn damaged(valid: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    (
        any::<u8>(),
        any::<usize>(),
        proptest::collection::vec(any::<u8>(), 0..24),
    )
        .prop_map(move |(op, at, junk)| fuzzing::mutate(&valid, op, at, &junk))
}

/// A form field's name: one the form has, or any other.
fn field_name(names: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(names).prop_map(str::to_owned),
        1 => "[a-z_-]{1,12}",
    ]
}

// ---- Training import (CSV) -----------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any bytes at all: rows or problems on real lines, about real columns, never a panic.
    #[test]
    fn any_bytes_as_an_import_give_located_problems(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = fuzzing::training_csv(&bytes);
    }

    /// A good file damaged: truncated, bytes flipped, junk, huge numbers, unicode, CRLF, BOM.
    #[test]
    fn a_damaged_import_file_gives_located_problems(bytes in damaged(fuzzing::TRAINING_CSV_SAMPLE.as_bytes().to_vec())) {
        let _ = fuzzing::training_csv(&bytes);
    }

    /// Any value in any column of a good row: the row is accepted or each problem names the
    /// row's line; the evidence (free text) is never repeated in a message.
    #[test]
    fn any_value_in_any_column_is_reported_at_its_line(column in 0usize..6, value in "\\PC{0,30}", crlf in any::<bool>()) {
        let mut cells = ["sam@example.org", "elearning-dd", "dd-1", "2026-01-05", "85", "private evidence QX7ZK2WYVN3TLPM8"]
            .map(str::to_owned);
        cells[column] = format!("\"{}\"", value.replace('"', "\"\""));
        let newline = if crlf { "\r\n" } else { "\n" };
        let text = format!(
            "email,requirement,module,completed_on,score,evidence{newline}sue@example.org,aspects,,2021-03-01,,{newline}{}{newline}",
            cells.join(",")
        );
        if let Err(report) = fuzzing::training_csv(text.as_bytes()) {
            for line in &report {
                prop_assert_eq!(line.line, Some(3), "{:?}", report);
                for problem in &line.problems {
                    prop_assert!(!problem.message(dialogues::i18n::Lang::En).contains("QX7ZK2WYVN3TLPM8"));
                }
            }
        }
    }
}

#[test]
fn the_sample_import_is_accepted_and_its_variants_too() {
    assert_eq!(
        fuzzing::training_csv(fuzzing::TRAINING_CSV_SAMPLE.as_bytes()),
        Ok(3)
    );
    // A byte-order mark (op 6) and Windows line ends (op 5) change nothing.
    for op in [5, 6] {
        let changed = fuzzing::mutate(fuzzing::TRAINING_CSV_SAMPLE.as_bytes(), op, 0, &[]);
        assert_ne!(changed, fuzzing::TRAINING_CSV_SAMPLE.as_bytes());
        assert_eq!(fuzzing::training_csv(&changed), Ok(3), "op {op}");
    }
    // Truncated inside the second row: that row's line is named.
    let cut = fuzzing::TRAINING_CSV_SAMPLE.find("dd-1").unwrap();
    let report =
        fuzzing::training_csv(&fuzzing::TRAINING_CSV_SAMPLE.as_bytes()[..cut]).unwrap_err();
    assert_eq!(report[0].line, Some(2), "{report:?}");
}

// ---- Form bodies ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any body bytes decode (as axum's `Form` does) and the case details form names each
    /// problem's input.
    #[test]
    fn any_form_body_decodes_and_errors_name_their_field(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = fuzzing::form_body(&body);
    }

    /// Well-formed bodies with any values, repeated or missing fields.
    #[test]
    fn any_values_in_the_details_form_are_located(
        fields in proptest::collection::vec(
            (field_name(&["name", "number", "setting", "date_of_birth-day",
                "date_of_birth-month", "date_of_birth-year"]), typed_text()),
            0..10),
    ) {
        let body = serde_urlencoded::to_string(&fields).unwrap();
        let _ = fuzzing::form_body(body.as_bytes());
    }
}

#[test]
fn a_good_details_form_parses_and_a_bad_one_names_each_field() {
    let good = fuzzing::form_body(
        b"name=Alex+Smith&date_of_birth-day=3&date_of_birth-month=2&date_of_birth-year=1990&number=A1234BC&setting=custody",
    )
    .expect("a good form");
    assert_eq!(good.name, "Alex Smith");
    let errors = fuzzing::form_body(
        b"name=%20&date_of_birth-day=31&date_of_birth-month=2&date_of_birth-year=1990&number=&setting=moon",
    )
    .unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["name", "date_of_birth-day", "number", "setting"]);
    // Invalid percent-escapes and bytes that are not UTF-8 still decode (replaced, not refused).
    assert!(fuzzing::form_body(b"name=%ZZ%C3%28&\xff\xfe=%").is_err());
}

/// The real handlers: any values posted to the case details form and the training record form
/// come back as the form with an error summary whose every link goes to an input on the page
/// (or the change is made); never a server error, and the typed text comes back escaped.
#[tokio::test]
async fn posted_forms_answer_with_located_errors_never_a_server_error() {
    let app = TestApp::spawn().await;
    let (sam, _sue) = with_sam_and_sue(&app).await;
    let facilitator = signed_in(&app, SAM, 2).await;
    let manager_email = "tm@example.org";
    app.add_person(
        manager_email,
        "Tess Manager",
        &["training-manager"],
        &common::password(7),
    )
    .await;
    let manager = signed_in(&app, manager_email, 7).await;
    let record_form = format!("/training/staff/{}/records", sam.as_str());
    let record_page = manager
        .get(&format!("/training/staff/{}", sam.as_str()))
        .await;
    assert_eq!(record_page.status, 200, "{}", record_page.body);

    let strategy = (
        any::<bool>(),
        proptest::collection::vec(
            (
                field_name(&[
                    "name",
                    "number",
                    "setting",
                    "date_of_birth-day",
                    "date_of_birth-month",
                    "date_of_birth-year",
                    "requirement",
                    "completed-day",
                    "completed-month",
                    "completed-year",
                    "score",
                    "evidence",
                    "version",
                ]),
                typed_text(),
            ),
            0..10,
        ),
    );
    for (to_cases, fields) in draws(strategy, 48) {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let (browser, path) = if to_cases {
            (&facilitator, "/cases/new")
        } else {
            (&manager, record_form.as_str())
        };
        let page = browser.post(path, &fields).await;
        let status = page.status.as_u16();
        assert!(
            status < 500,
            "{path} answered {status} to {fields:?}: {}",
            page.body
        );
        if status == 303 {
            continue;
        }
        assert!(
            [400, 409, 422].contains(&status),
            "{path}: {status} {fields:?}"
        );
        assert!(
            page.body.contains("govuk-error-summary"),
            "{path}: {status} without an error summary for {fields:?}: {}",
            page.body
        );
        // Every summary link goes to an input on the page.
        for link in page.body.split("href=\"#").skip(1) {
            let id = &link[..link.find('"').unwrap()];
            if id == "main-content" {
                continue;
            }
            assert!(
                page.body.contains(&format!("id=\"{id}\"")),
                "{path}: the summary links to #{id}, which is not on the page ({fields:?})"
            );
        }
        for (_, value) in &fields {
            if value.contains('<') {
                assert!(
                    !page.body.contains(value),
                    "{path}: typed markup came back unescaped: {value:?}"
                );
            }
        }
    }
    app.stop().await;
}

// ---- Backup files --------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any bytes as a backup file: a clear, located refusal (never a panic, never the content).
    #[test]
    fn any_bytes_as_a_backup_are_refused_clearly(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        prop_assert!(fuzzing::backup_file(&bytes).is_err());
    }

    /// A real backup file damaged after it was made.
    #[test]
    fn a_damaged_backup_file_is_refused_clearly(bytes in damaged(fuzzing::backup_encrypt(&fuzzing::backup_plaintext_sample(b"SQLite format 3\0 and more")))) {
        let _ = fuzzing::backup_file(&bytes);
    }

    /// Damaged content inside a correctly encrypted file (header, metadata, length).
    #[test]
    fn damaged_content_in_a_well_made_backup_is_refused_clearly(bytes in damaged(fuzzing::backup_plaintext_sample(b"SQLite format 3\0 and more"))) {
        let _ = fuzzing::backup_plaintext(&bytes);
    }
}

#[test]
fn a_well_made_backup_reads_back_and_other_files_are_told_apart() {
    let database = b"SQLite format 3\0 and more".to_vec();
    let (metadata, read) =
        fuzzing::backup_plaintext(&fuzzing::backup_plaintext_sample(&database)).unwrap();
    assert_eq!(read, database);
    assert_eq!(metadata.organisation, "Fuzzing organisation");
    assert!(matches!(
        fuzzing::backup_file(b"plain text, not age"),
        Err(BackupError::NotAgeFile(_))
    ));
    let mut file = fuzzing::backup_encrypt(&fuzzing::backup_plaintext_sample(&database));
    file.truncate(file.len() - 5);
    assert!(matches!(
        fuzzing::backup_file(&file),
        Err(BackupError::Damaged { .. })
    ));
    let mut sample = fuzzing::backup_plaintext_sample(&database);
    sample.truncate(sample.len() - 1);
    let error = fuzzing::backup_plaintext(&sample).unwrap_err();
    assert!(error.to_string().contains("bytes of database"), "{error}");
}

/// The whole restore (decryption, SQLite's integrity check, migrations, audit chain) on real
/// backups damaged inside the encryption: each is refused with a clear message, or restored
/// whole, and the database that was there is never changed by a refusal. Slow (each case
/// restores a real database), so few cases.
#[tokio::test]
async fn restoring_a_backup_damaged_inside_its_encryption_refuses_clearly_or_restores() {
    let app = TestApp::spawn().await;
    let (_, recovery) = app
        .init_organisation("ada@example.org", &common::password(1))
        .await;
    let dir = tempfile::tempdir().unwrap();
    let made = dir.path().join("made.age");
    dialogues::backup::backup(dialogues::backup::BackupArgs {
        data_dir: app.data_dir(),
        out: made.clone(),
    })
    .await
    .unwrap();
    app.stop().await;
    let key_file = dir.path().join("recovery.key");
    {
        use age::secrecy::ExposeSecret;
        std::fs::write(&key_file, recovery.secret().expose_secret()).unwrap();
    }
    let identity: age::x25519::Identity = {
        use age::secrecy::ExposeSecret;
        recovery.secret().expose_secret().parse().unwrap()
    };
    let plaintext = {
        use std::io::Read;
        let decryptor = age::Decryptor::new(std::fs::File::open(&made).unwrap()).unwrap();
        let mut reader = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .unwrap();
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).unwrap();
        bytes
    };
    // The database starts after the two header lines.
    let header_end = plaintext
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .unwrap()
        .0
        + 1;
    let header = plaintext[..header_end].to_vec();
    let database = plaintext[header_end..].to_vec();

    // A data directory with a database of its own, which a refused restore must not change.
    let target = dir.path().join("target");
    std::fs::create_dir(&target).unwrap();
    let existing = target.join("dialogues.db");
    std::fs::write(&existing, b"the database that was there").unwrap();

    let mut samples = draws((any::<usize>(), 1u8..=255), 12);
    // Always the first page (SQLite's header) and the last, plus the random places.
    samples.push((0, 0xff));
    samples.push((database.len() - 1, 0x01));
    for (n, (at, flip)) in samples.into_iter().enumerate() {
        let mut changed = database.clone();
        changed[at % database.len()] ^= flip;
        let mut inner = header.clone();
        inner.extend_from_slice(&changed);
        let file = dir.path().join(format!("damaged-{n}.age"));
        {
            use std::io::Write;
            let encryptor = age::Encryptor::with_recipients(std::iter::once(
                &identity.to_public() as &dyn age::Recipient
            ))
            .unwrap();
            let mut writer = encryptor
                .wrap_output(std::fs::File::create(&file).unwrap())
                .unwrap();
            writer.write_all(&inner).unwrap();
            writer.finish().unwrap();
        }
        let before = std::fs::read(&existing).unwrap();
        let result = dialogues::backup::restore(RestoreArgs {
            from: file.clone(),
            recovery_key: key_file.clone(),
            data_dir: target.clone(),
        })
        .await;
        match result {
            Ok(_) => {
                // Restored whole: the damage was in space SQLite does not use. Put the old
                // database back for the next case.
                let kept: Vec<_> = std::fs::read_dir(&target)
                    .unwrap()
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| {
                        name.starts_with("dialogues.db.before-restore-")
                            && !name.ends_with("-wal")
                            && !name.ends_with("-shm")
                    })
                    .collect();
                assert_eq!(kept.len(), 1, "{kept:?}");
                std::fs::remove_file(&existing).unwrap();
                std::fs::rename(target.join(&kept[0]), &existing).unwrap();
            }
            Err(error) => {
                fuzzing::assert_clear_backup_error(&error, &changed);
                assert_eq!(std::fs::read(&existing).unwrap(), before, "{error}");
            }
        }
        let leftovers: Vec<String> = std::fs::read_dir(&target)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(".restore-"))
            .collect();
        assert!(
            leftovers.is_empty(),
            "a working folder was left: {leftovers:?}"
        );
    }
}

// ---- Export: the HTML copy and the command's arguments -------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text in every free-text place of a case: escaped, never markup, in every language.
    #[test]
    fn typed_text_never_becomes_markup_in_the_export(texts in proptest::collection::vec(typed_text(), 1..12), lang in 0usize..4) {
        let _ = fuzzing::export_html(&texts, lang);
    }

    /// `--case` and `--language` values: a reference is recognised or not, never a panic, and
    /// what is recognised is in its one written form.
    #[test]
    fn any_case_reference_or_language_is_read_or_refused(text in "\\PC{0,16}") {
        if let Some(reference) = dialogues::cases::reference::normalise(&text) {
            prop_assert_eq!(dialogues::cases::reference::normalise(&reference), Some(reference.clone()));
            prop_assert!(reference.starts_with("DD-") && reference.len() == 9);
        }
        if let Some(lang) = dialogues::i18n::Lang::from_code(&text) {
            prop_assert!(text.trim().to_ascii_lowercase().starts_with(lang.code()));
        }
    }
}

#[test]
fn the_export_page_escapes_a_script_and_an_attribute_breakout() {
    let texts = [
        "<script>alert(1)</script>".to_owned(),
        "\" onmouseover=\"x".to_owned(),
        "O'Brien & Sons".to_owned(),
    ];
    let page = fuzzing::export_html(&texts, 0);
    // askama writes the five characters as numeric references.
    for escaped in [
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&#34; onmouseover=&#34;x",
        "O&#39;Brien &#38; Sons",
    ] {
        assert!(page.contains(escaped), "{escaped} is shown as text");
    }
}
