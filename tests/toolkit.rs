//! The toolkit: the shipped content is valid and complete, every kind of fault is reported at
//! its file, line and column, a broken toolkit stops `serve`, and the parser never panics.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{files_under, run_dialogues, stderr, stdout};
use dialogues::i18n::Lang;
use dialogues::toolkit::schema::RequirementKind;
use dialogues::toolkit::{Toolkit, ToolkitFiles, load};
use proptest::prelude::*;

/// The shipped toolkit's files, as text, keyed by their path in the folder.
fn shipped() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("toolkit");
    files_under("toolkit", "toml")
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

fn problems_of(files: BTreeMap<String, String>) -> Vec<String> {
    match load(&ToolkitFiles::from_map(files)) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_shipped_toolkit_is_valid_and_complete() {
    let toolkit = Toolkit::builtin().unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(toolkit.content_hash().len(), 12);
    let en = toolkit.content(Lang::En);
    assert!(
        en.text.notice.contains("not official HMPPS material"),
        "{}",
        en.text.notice
    );

    // At least ten modules, each with 4-7 stages, opening with a wellbeing and safety check and
    // closing with a summary and agreed actions.
    assert!(en.modules.len() >= 10);
    for module in &en.modules {
        let stages = module.stages.get_ref();
        assert!(
            (4..=7).contains(&stages.len()),
            "{} has {} stages",
            module.id.get_ref(),
            stages.len()
        );
        assert_eq!(
            stages.first().unwrap().id.get_ref(),
            "check-in",
            "{}",
            module.id.get_ref()
        );
        assert_eq!(
            stages.last().unwrap().id.get_ref(),
            "close",
            "{}",
            module.id.get_ref()
        );
        let preparation = module.preparation.join(" ").to_lowercase();
        assert!(
            preparation.contains("safe"),
            "{}: the checklist covers safety",
            module.id.get_ref()
        );
    }

    // The three ERG-style domains with the 22 factor concepts, plus protective factors.
    let domains: BTreeMap<&str, usize> = en
        .domains
        .iter()
        .map(|d| (d.domain.get_ref().as_str(), d.factors.get_ref().len()))
        .collect();
    assert_eq!(
        domains["engagement"] + domains["intent"] + domains["capability"],
        22
    );
    assert!(domains["protective"] >= 4);
    assert!(en.framework.other_factors.allowed);
    let unranked: Vec<_> = en
        .framework
        .scale
        .get_ref()
        .iter()
        .filter(|p| p.rank.is_none())
        .collect();
    assert_eq!(
        unranked.len(),
        1,
        "exactly one 'not enough information' point off the ordinal scale"
    );

    // Training as the public facts describe it.
    let requirements = &en.training.requirements;
    let by_id = |id: &str| {
        requirements
            .iter()
            .find(|r| r.id.get_ref() == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert_eq!(by_id("aspects").kind, RequirementKind::Prerequisite);
    assert_eq!(by_id("wrap3").kind, RequirementKind::Prerequisite);
    for course in ["elearning-understanding", "elearning-dd"] {
        let course = by_id(course);
        assert_eq!(course.kind, RequirementKind::Elearning);
        assert_eq!(course.modules.len(), 2);
        assert_eq!(course.pass_mark.as_ref().map(|m| *m.get_ref()), Some(80));
    }
    assert_eq!(*en.refresher.pass_mark.get_ref(), 80);

    // Refresher and calibration material.
    assert!(en.scenarios.len() >= 6);
    let questions: usize = en.banks.iter().map(|b| b.questions.get_ref().len()).sum();
    assert!(questions >= 40, "{questions} knowledge-check questions");
    assert!(en.vignettes.len() >= 3);

    // Languages: training and refresher in all four, sessions and formulation in Welsh too.
    for lang in [Lang::Cy, Lang::Fr, Lang::Nl] {
        let content = toolkit.content(lang);
        assert_eq!(content.training.lang, lang);
        assert_eq!(content.refresher.lang, lang);
        assert!(content.banks.iter().all(|b| b.lang == lang));
        assert!(content.scenarios.iter().all(|s| s.lang == lang));
    }
    let cy = toolkit.content(Lang::Cy);
    assert!(cy.modules.iter().all(|m| m.lang == Lang::Cy));
    assert!(cy.domains.iter().all(|d| d.lang == Lang::Cy));
    assert_ne!(
        cy.modules[0].title, en.modules[0].title,
        "Welsh text, not a copy"
    );
    let fr = toolkit.content(Lang::Fr);
    assert_eq!(
        fr.modules[0].lang,
        Lang::En,
        "untranslated content falls back to English, marked as such"
    );
}

#[test]
fn the_shipped_files_are_exactly_what_the_binary_embeds() {
    let on_disk = load(&ToolkitFiles::from_map(shipped())).unwrap();
    assert_eq!(
        on_disk.content_hash(),
        Toolkit::builtin().unwrap().content_hash()
    );
}

/// The 1-based line and column (in characters) where `needle` first stands in `text`.
fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found"));
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// One fault per case: the file, the change, the message expected, and the text of the changed
/// file that the message must point at (its line and column).
#[test]
fn each_fault_is_reported_at_its_place() {
    struct Fault {
        file: &'static str,
        find: &'static str,
        replace: &'static str,
        expect: &'static str,
        points_at: &'static str,
    }
    let faults = [
        Fault {
            file: "modules/02-identity-belonging.toml",
            find: "summary =",
            replace: "sumary =",
            expect: "unknown key `sumary`",
            points_at: "sumary =",
        },
        Fault {
            file: "modules/02-identity-belonging.toml",
            find: "id = \"check-in\"",
            replace: "id = \"check in\"",
            expect: "the stage id `check in` may only use lower-case letters",
            points_at: "\"check in\"",
        },
        Fault {
            file: "modules/03-grievance-injustice.toml",
            find: "id = \"grievance-injustice\"",
            replace: "id = \"identity-belonging\"",
            expect: "the module id `identity-belonging` is already used in modules/02-identity-belonging.toml",
            points_at: "\"identity-belonging\"",
        },
        Fault {
            file: "modules/04-threat-fear.toml",
            find: "informs = [\"",
            replace: "informs = [\"e-no-such-factor\", \"",
            expect: "`e-no-such-factor` is not a factor of the formulation framework",
            points_at: "\"e-no-such-factor\"",
        },
        Fault {
            file: "formulation/intent.toml",
            find: "partly-present =",
            replace: "partly-presnt =",
            expect: "has no indicator for the rating `partly-present`",
            points_at: "[factors.indicators]",
        },
        Fault {
            file: "formulation/intent.toml",
            find: "partly-present =",
            replace: "sometimes =",
            expect: "`sometimes` is not a rating of the scale",
            points_at: "[factors.indicators]",
        },
        Fault {
            file: "refresher/questions/prevent-duty.toml",
            find: "correct = true",
            replace: "correct = false",
            expect: "has no correct answer: mark one option with `correct = true`",
            points_at: "[[questions.options]]",
        },
        Fault {
            file: "training/requirements.toml",
            find: "pass_mark = 80",
            replace: "pass_mark = 120",
            expect: "the pass mark 120 is outside 0-100",
            points_at: "120",
        },
        Fault {
            file: "training/requirements.toml",
            find: "\"wrap3\"]",
            replace: "\"wrap-3\"]",
            expect: "`wrap-3` is not a requirement",
            points_at: "\"wrap-3\"",
        },
        Fault {
            file: "calibration/vignette-a.toml",
            find: "rating = \"",
            replace: "rating = \"very-",
            expect: "is not a rating of the scale",
            points_at: "\"very-",
        },
        Fault {
            file: "modules/05-us-and-them.cy.toml",
            find: "guidance = ",
            replace: "guidance_cy = ",
            expect: "is not in the source file",
            points_at: "guidance_cy",
        },
        Fault {
            file: "modules/05-us-and-them.cy.toml",
            find: "informs = [\"",
            replace: "informs = [\"e-status\", \"",
            expect: "must be the same as in the source",
            points_at: "[\"e-status\"",
        },
        Fault {
            file: "refresher/refresher.toml",
            find: "pass_mark = 80",
            replace: "pass_mark = \"eighty\"",
            expect: "invalid type: string \"eighty\", expected i64",
            points_at: "\"eighty\"",
        },
        Fault {
            file: "toolkit.toml",
            find: "languages = [",
            replace: "languages = [\"de\", ",
            expect: "`de` is not a language Dialogues offers",
            points_at: "[\"de\"",
        },
    ];
    for fault in faults {
        let mut files = shipped();
        let text = files
            .get_mut(fault.file)
            .unwrap_or_else(|| panic!("{}", fault.file));
        assert!(
            text.contains(fault.find),
            "{}: {:?}",
            fault.file,
            fault.find
        );
        *text = text.replacen(fault.find, fault.replace, 1);
        let (line, column) = place_of(text, fault.points_at);
        let expected = format!("{}:{line}:{column}: ", fault.file);
        let problems = problems_of(files);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&expected) && p.contains(fault.expect)),
            "{}: expected {expected}…{:?} in {problems:#?}",
            fault.replace,
            fault.expect
        );
    }
}

#[test]
fn a_syntax_error_is_located() {
    let mut files = shipped();
    let text = files.get_mut("modules/06-means-and-ends.toml").unwrap();
    *text = text.replacen("title = \"", "title = \"\"\"", 1);
    let problems = problems_of(files);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("modules/06-means-and-ends.toml:")),
        "{problems:#?}"
    );
}

#[test]
fn missing_translations_and_stray_files_are_reported() {
    let mut files = shipped();
    files.remove("modules/07-influence-online.cy.toml");
    files.insert(
        "notes/ideas.toml".into(),
        "idea = \"more modules\"\n".into(),
    );
    files.insert(
        "modules/01-getting-started.de.toml".into(),
        files["modules/01-getting-started.cy.toml"].clone(),
    );
    let problems = problems_of(files);
    let joined = problems.join("\n");
    assert!(
        joined.contains("modules/07-influence-online.toml:1:1: missing translation: toolkit.toml asks for `cy`, so add modules/07-influence-online.cy.toml"),
        "{joined}"
    );
    assert!(
        joined.contains("notes/ideas.toml:1:1: this is not a toolkit file"),
        "{joined}"
    );
    assert!(joined.contains("modules/01-getting-started.de.toml:1:1: `de` is not one of the languages in toolkit.toml"), "{joined}");
}

#[test]
fn a_translation_missing_a_field_names_it() {
    let mut files = shipped();
    let cy = files
        .get_mut("modules/02-identity-belonging.cy.toml")
        .unwrap();
    let start = cy.find("\nsummary = ").unwrap();
    let end = start + 1 + cy[start + 1..].find('\n').unwrap();
    cy.replace_range(start..end, "");
    let problems = problems_of(files);
    assert!(
        problems.iter().any(|p| p.starts_with(
            "modules/02-identity-belonging.cy.toml:1:1: missing translation of `summary`"
        )),
        "{problems:#?}"
    );
}

#[test]
fn toolkit_check_prints_every_problem_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let toolkit = dir.path().join("mine");
    for (name, text) in shipped() {
        let path = toolkit.join(&name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let good = run_dialogues(&["toolkit", "check", "mine"], &[], dir.path());
    assert!(good.status.success(), "{}", stderr(&good));
    assert!(
        stdout(&good).contains("The toolkit is valid: Dialogues illustrative toolkit"),
        "{}",
        stdout(&good)
    );

    let module = toolkit.join("modules/01-getting-started.toml");
    let text = std::fs::read_to_string(&module).unwrap();
    std::fs::write(&module, text.replacen("title = ", "titel = ", 1)).unwrap();
    let bank = toolkit.join("refresher/questions/formulation.toml");
    let text = std::fs::read_to_string(&bank).unwrap();
    std::fs::write(&bank, text.replacen("correct = true", "correct = false", 1)).unwrap();

    let bad = run_dialogues(&["toolkit", "check", "mine"], &[], dir.path());
    assert_eq!(bad.status.code(), Some(1));
    let report = stderr(&bad);
    // The faulty module's translation is not checked against a source that does not parse;
    // the question's translations still say the option is correct, so they are reported too.
    assert!(
        report.contains("the toolkit in mine/ has 5 problems"),
        "{report}"
    );
    assert!(
        report.contains("mine/modules/01-getting-started.toml:3:1: unknown key `titel`"),
        "{report}"
    );
    assert!(!report.contains("01-getting-started.cy.toml"), "{report}");
    assert!(report.contains("mine/refresher/questions/formulation.toml:11:1: the question `formulation-1` has no correct answer"), "{report}");

    // serve refuses the same toolkit with the same report, before creating anything.
    let serve = run_dialogues(
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--toolkit",
            "mine",
            "--data",
            "data",
        ],
        &[],
        dir.path(),
    );
    assert_eq!(serve.status.code(), Some(1));
    assert!(
        stderr(&serve).contains("unknown key `titel`"),
        "{}",
        stderr(&serve)
    );
    assert!(
        !dir.path().join("data").exists(),
        "nothing created for a toolkit that cannot be served"
    );
}

#[test]
fn toolkit_check_needs_an_existing_folder() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_dialogues(&["toolkit", "check", "nowhere"], &[], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the toolkit directory nowhere does not exist"),
        "{}",
        stderr(&output)
    );
    let builtin = run_dialogues(&["toolkit", "check"], &[], dir.path());
    assert!(builtin.status.success(), "{}", stderr(&builtin));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Arbitrary text in any toolkit file gives located problems, never a panic
    /// (`fuzzing::toolkit_file` checks each problem's file, line and column against the file).
    #[test]
    fn any_text_in_any_file_gives_located_problems(text in "\\PC{0,400}", which in any::<usize>()) {
        let _ = dialogues::fuzzing::toolkit_file(which, text.as_bytes());
    }

    /// Any bytes at all (not UTF-8, NUL, control characters) in any file.
    #[test]
    fn any_bytes_in_any_file_give_located_problems(bytes in proptest::collection::vec(any::<u8>(), 0..300), which in any::<usize>()) {
        let _ = dialogues::fuzzing::toolkit_file(which, &bytes);
    }

    /// A real file damaged: cut short, a byte changed, junk, huge numbers, unicode, CRLF, a
    /// byte-order mark, emptied, a part repeated (`fuzzing::mutate`): located problems, never a
    /// panic.
    #[test]
    fn damaged_real_files_give_located_problems(
        which in any::<usize>(),
        op in any::<u8>(),
        at in any::<usize>(),
        junk in proptest::collection::vec(any::<u8>(), 0..24),
    ) {
        let names = dialogues::fuzzing::toolkit_file_names();
        let name = &names[which % names.len()];
        let damaged = dialogues::fuzzing::mutate(&dialogues::fuzzing::toolkit_file_text(name), op, at, &junk);
        let _ = dialogues::fuzzing::toolkit_file(which, &damaged);
    }
}

#[test]
fn every_shipped_file_as_it_is_passes_the_fuzzing_entry_point() {
    let names = dialogues::fuzzing::toolkit_file_names();
    assert!(names.len() > 40, "{names:?}");
    for (which, name) in names.iter().enumerate() {
        let text = dialogues::fuzzing::toolkit_file_text(name);
        assert!(
            dialogues::fuzzing::toolkit_file(which, &text).is_ok(),
            "{name}"
        );
    }
    // A byte-order mark (op 6) or Windows line ends (op 5), as editors save them: still valid.
    for op in [5, 6] {
        for (which, name) in names.iter().enumerate().step_by(7) {
            let changed = dialogues::fuzzing::mutate(
                &dialogues::fuzzing::toolkit_file_text(name),
                op,
                0,
                &[],
            );
            let result = dialogues::fuzzing::toolkit_file(which, &changed);
            assert!(result.is_ok(), "{name}, op {op}: {result:?}");
        }
    }
}
