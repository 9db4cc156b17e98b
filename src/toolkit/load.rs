//! Reading a toolkit folder: collect the files, parse every source file, merge every
//! translation, check coverage and the rules, and either return a complete [`Toolkit`] or every
//! problem found. A toolkit with any problem is never returned: no half-loaded toolkit is served.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rust_embed::RustEmbed;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::problems::{Problem, Problems};
use super::schema::{self, Manifest};
use super::{Content, InLang, ManifestText, Toolkit, check};
use crate::i18n::Lang;

/// The default toolkit, shipped inside the binary.
#[derive(RustEmbed)]
#[folder = "toolkit/"]
#[include = "*.toml"]
struct Builtin;

/// Largest toolkit file read, to keep a stray file from exhausting memory.
const MAX_FILE_BYTES: usize = 1024 * 1024;

/// The files of a toolkit: path relative to its folder (with `/`) to content.
#[derive(Clone)]
pub struct ToolkitFiles {
    files: BTreeMap<String, Vec<u8>>,
    /// Files over [`MAX_FILE_BYTES`], left unread.
    too_large: Vec<String>,
}

impl ToolkitFiles {
    /// The toolkit built into the binary.
    pub fn builtin() -> Self {
        let files = Builtin::iter()
            .filter_map(|name| {
                Builtin::get(&name).map(|file| (name.into_owned(), file.data.into_owned()))
            })
            .collect();
        Self {
            files,
            too_large: Vec::new(),
        }
    }

    /// Every `.toml` file below `dir` (other files, such as README.md, are not content).
    pub fn from_dir(dir: &Path) -> std::io::Result<Self> {
        fn walk(root: &Path, dir: &Path, found: &mut ToolkitFiles) -> std::io::Result<()> {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                let hidden = path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if hidden {
                    continue;
                }
                if path.is_dir() {
                    walk(root, &path, found)?;
                } else if path.extension().is_some_and(|e| e == "toml") {
                    let relative = path.strip_prefix(root).unwrap_or(&path);
                    let name = relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    if std::fs::metadata(&path)?.len() > MAX_FILE_BYTES as u64 {
                        found.too_large.push(name);
                    } else {
                        found.files.insert(name, std::fs::read(&path)?);
                    }
                }
            }
            Ok(())
        }
        let mut found = Self {
            files: BTreeMap::new(),
            too_large: Vec::new(),
        };
        walk(dir, dir, &mut found)?;
        Ok(found)
    }

    /// Files given directly (tests use this).
    pub fn from_map(files: impl IntoIterator<Item = (String, String)>) -> Self {
        Self {
            files: files
                .into_iter()
                .map(|(k, v)| (k, v.into_bytes()))
                .collect(),
            too_large: Vec::new(),
        }
    }

    /// Puts `bytes` in place of the file `name` (or adds it): for tests and fuzzing, which
    /// give a file exactly as it might be on disk, not necessarily UTF-8.
    pub fn insert(&mut self, name: impl Into<String>, bytes: Vec<u8>) {
        self.files.insert(name.into(), bytes);
    }

    /// The files' names, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// The bytes of the file `name`, if there is one.
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.files.get(name).map(Vec::as_slice)
    }

    /// A short hash of every file's name and content: the toolkit version in use.
    fn content_hash(&self) -> String {
        let mut hasher = Sha256::new();
        for (name, content) in &self.files {
            hasher.update((name.len() as u64).to_le_bytes());
            hasher.update(name.as_bytes());
            hasher.update((content.len() as u64).to_le_bytes());
            hasher.update(content);
        }
        hasher.finalize()[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// The part of the toolkit a file belongs to (coverage is declared per part).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Part {
    Modules,
    Formulation,
    Training,
    Refresher,
    Calibration,
}

/// What a source file holds, decided by its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Manifest,
    Module,
    Framework,
    DomainFactors,
    Training,
    RefresherSettings,
    Scenario,
    QuestionBank,
    Vignette,
}

impl Kind {
    fn of(path: &str) -> Option<Kind> {
        let (dir, _) = path.rsplit_once('/').unwrap_or(("", path));
        Some(match (dir, path) {
            (_, "toolkit.toml") => Kind::Manifest,
            (_, "formulation/framework.toml") => Kind::Framework,
            (_, "training/requirements.toml") => Kind::Training,
            (_, "refresher/refresher.toml") => Kind::RefresherSettings,
            ("modules", _) => Kind::Module,
            ("formulation", _) => Kind::DomainFactors,
            ("refresher/scenarios", _) => Kind::Scenario,
            ("refresher/questions", _) => Kind::QuestionBank,
            ("calibration", _) => Kind::Vignette,
            _ => return None,
        })
    }

    fn part(self) -> Option<Part> {
        match self {
            Kind::Manifest => None,
            Kind::Module => Some(Part::Modules),
            Kind::Framework | Kind::DomainFactors => Some(Part::Formulation),
            Kind::Training => Some(Part::Training),
            Kind::RefresherSettings | Kind::Scenario | Kind::QuestionBank => Some(Part::Refresher),
            Kind::Vignette => Some(Part::Calibration),
        }
    }
}

/// Splits `modules/x.cy.toml` into (`modules/x.toml`, Some("cy")).
fn split_language(path: &str) -> (String, Option<String>) {
    let stem = path.strip_suffix(".toml").unwrap_or(path);
    if let Some((base, code)) = stem.rsplit_once('.')
        && !base.ends_with('/')
        && (2..=3).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_alphabetic())
    {
        return (format!("{base}.toml"), Some(code.to_owned()));
    }
    (path.to_owned(), None)
}

/// One source file, parsed, with its translations.
pub(super) struct Parsed<T> {
    pub file: String,
    pub text: String,
    pub source: T,
    pub translations: BTreeMap<Lang, T>,
}

/// Everything parsed from the folder, before the rules are checked.
#[derive(Default)]
pub(super) struct Parts {
    pub modules: Vec<Parsed<schema::Module>>,
    pub framework: Option<Parsed<schema::Framework>>,
    pub domains: Vec<Parsed<schema::DomainFactors>>,
    pub training: Option<Parsed<schema::Training>>,
    pub refresher: Option<Parsed<schema::RefresherSettings>>,
    pub scenarios: Vec<Parsed<schema::Scenario>>,
    pub banks: Vec<Parsed<schema::QuestionBank>>,
    pub vignettes: Vec<Parsed<schema::Vignette>>,
}

/// Loads and checks a toolkit. On failure, every problem found, in file order.
pub fn load(files: &ToolkitFiles) -> Result<Toolkit, Vec<Problem>> {
    let mut problems = Problems::default();
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for name in &files.too_large {
        problems.in_file(
            name,
            "this file is larger than 1 MiB: split it, or remove it from the toolkit folder",
        );
    }
    for (name, bytes) in &files.files {
        match String::from_utf8(bytes.clone()) {
            Ok(text) => {
                texts.insert(name.clone(), text);
            }
            Err(_) => problems.in_file(name, "this file is not UTF-8 text: save it as UTF-8"),
        }
    }

    let Some(manifest_text) = texts.get("toolkit.toml").cloned() else {
        problems.in_file("toolkit.toml", "there is no toolkit.toml: every toolkit folder starts with this manifest (see toolkit/README.md)");
        return Err(problems.into_sorted());
    };
    let manifest: Option<Manifest> = parse(&mut problems, "toolkit.toml", &manifest_text);
    let languages = manifest
        .as_ref()
        .map(|m| check::manifest_languages(m, "toolkit.toml", &manifest_text, &mut problems));
    let (source_language, declared) = languages.unwrap_or((Lang::En, vec![Lang::En]));

    // Sources first, then their translations.
    let mut parts = Parts::default();
    let mut manifest_translations: BTreeMap<Lang, ManifestText> = BTreeMap::new();
    let mut translation_files: Vec<(String, String, String)> = Vec::new();
    for (name, text) in &texts {
        let (base, code) = split_language(name);
        if let Some(code) = code {
            translation_files.push((name.clone(), base, code));
            continue;
        }
        match Kind::of(name) {
            None => problems.in_file(
                name,
                "this is not a toolkit file: put it in modules/, formulation/, training/, refresher/ or calibration/ as toolkit/README.md describes, or remove it",
            ),
            Some(Kind::Manifest) => {}
            Some(kind) => add_source(&mut parts, &mut problems, kind, name, text),
        }
    }
    for (name, base, code) in translation_files {
        let text = &texts[&name];
        let Some(lang) =
            Lang::from_code(&code).filter(|l| l.code() == code && declared.contains(l))
        else {
            problems.in_file(&name, format!("`{code}` is not one of the languages in toolkit.toml: add it to `languages`, or rename this file"));
            continue;
        };
        if lang == source_language {
            problems.in_file(
                &name,
                format!("`{code}` is the source language: write this text in {base} instead"),
            );
            continue;
        }
        let Some(source_text) = texts.get(&base) else {
            problems.in_file(&name, format!("this translates {base}, which does not exist: add the source file, or remove this one"));
            continue;
        };
        if problems.count_in(&base) > 0 {
            continue; // the source's own problems come first; its translations follow it
        }
        let Ok(source_value) = toml::from_str::<toml::Value>(source_text) else {
            continue;
        };
        let Some(merged) = super::translation::merge(&name, text, &source_value, &mut problems)
        else {
            continue;
        };
        if problems.count_in(&name) > 0 {
            continue;
        }
        match Kind::of(&base) {
            Some(Kind::Manifest) => {
                if let Some(t) = reparse::<ManifestText>(&merged) {
                    manifest_translations.insert(lang, t);
                }
            }
            Some(kind) => add_translation(&mut parts, kind, &base, lang, &merged),
            None => {}
        }
    }

    if let Some(manifest) = &manifest {
        check_coverage(manifest, &manifest_text, &texts, &mut problems);
    }
    check::rules(&parts, &mut problems);

    // Without problems, the rules have seen the framework, training and refresher files.
    let (Some(manifest), Some(framework), Some(training), Some(refresher), true) = (
        manifest,
        parts.framework.as_ref(),
        parts.training.as_ref(),
        parts.refresher.as_ref(),
        problems.is_empty(),
    ) else {
        return Err(problems.into_sorted());
    };
    let hash = files.content_hash();
    Ok(build(
        manifest,
        manifest_translations,
        Required {
            framework,
            training,
            refresher,
        },
        &parts,
        source_language,
        &declared,
        hash,
    ))
}

fn parse<T: DeserializeOwned>(problems: &mut Problems, file: &str, text: &str) -> Option<T> {
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.parse_error(file, text, &e);
            None
        }
    }
}

/// Reads a merged translation as its type. The merge has kept the source's shape, so this
/// only fails if the source itself failed (and that is reported already).
fn reparse<T: DeserializeOwned>(merged: &toml::Value) -> Option<T> {
    toml::to_string(merged)
        .ok()
        .and_then(|text| toml::from_str(&text).ok())
}

fn add_source(parts: &mut Parts, problems: &mut Problems, kind: Kind, name: &str, text: &str) {
    fn parsed<T: DeserializeOwned>(
        problems: &mut Problems,
        name: &str,
        text: &str,
    ) -> Option<Parsed<T>> {
        parse(problems, name, text).map(|source| Parsed {
            file: name.to_owned(),
            text: text.to_owned(),
            source,
            translations: BTreeMap::new(),
        })
    }
    match kind {
        Kind::Manifest => {}
        Kind::Module => parts.modules.extend(parsed(problems, name, text)),
        Kind::Framework => parts.framework = parsed(problems, name, text),
        Kind::DomainFactors => parts.domains.extend(parsed(problems, name, text)),
        Kind::Training => parts.training = parsed(problems, name, text),
        Kind::RefresherSettings => parts.refresher = parsed(problems, name, text),
        Kind::Scenario => parts.scenarios.extend(parsed(problems, name, text)),
        Kind::QuestionBank => parts.banks.extend(parsed(problems, name, text)),
        Kind::Vignette => parts.vignettes.extend(parsed(problems, name, text)),
    }
}

fn add_translation(parts: &mut Parts, kind: Kind, base: &str, lang: Lang, merged: &toml::Value) {
    fn put<T: DeserializeOwned>(
        list: &mut [Parsed<T>],
        base: &str,
        lang: Lang,
        merged: &toml::Value,
    ) {
        if let Some(parsed) = list.iter_mut().find(|p| p.file == base)
            && let Some(value) = reparse(merged)
        {
            parsed.translations.insert(lang, value);
        }
    }
    match kind {
        Kind::Manifest => {}
        Kind::Module => put(&mut parts.modules, base, lang, merged),
        Kind::Framework => put(parts.framework.as_mut_slice(), base, lang, merged),
        Kind::DomainFactors => put(&mut parts.domains, base, lang, merged),
        Kind::Training => put(parts.training.as_mut_slice(), base, lang, merged),
        Kind::RefresherSettings => put(parts.refresher.as_mut_slice(), base, lang, merged),
        Kind::Scenario => put(&mut parts.scenarios, base, lang, merged),
        Kind::QuestionBank => put(&mut parts.banks, base, lang, merged),
        Kind::Vignette => put(&mut parts.vignettes, base, lang, merged),
    }
}

/// Every source file of a part must have a translation into each language its coverage names.
fn check_coverage(
    manifest: &Manifest,
    manifest_text: &str,
    texts: &BTreeMap<String, String>,
    problems: &mut Problems,
) {
    let coverage = &manifest.coverage;
    let required = [
        (Part::Modules, &coverage.modules),
        (Part::Formulation, &coverage.formulation),
        (Part::Training, &coverage.training),
        (Part::Refresher, &coverage.refresher),
        (Part::Calibration, &coverage.calibration),
    ];
    let sources: BTreeSet<&String> = texts
        .keys()
        .filter(|name| split_language(name).1.is_none())
        .collect();
    for (part, languages) in required {
        for code in languages.get_ref() {
            if code == manifest.source_language.get_ref() {
                continue;
            }
            if !manifest.languages.get_ref().contains(code) {
                problems.at(
                    "toolkit.toml",
                    manifest_text,
                    languages.span(),
                    format!("coverage names `{code}`, which is not in `languages`: add it there, or remove it here"),
                );
                continue;
            }
            for source in sources
                .iter()
                .filter(|s| Kind::of(s).and_then(Kind::part) == Some(part))
            {
                let expected = format!("{}.{code}.toml", source.trim_end_matches(".toml"));
                if !texts.contains_key(&expected) {
                    problems.in_file(
                        source,
                        format!(
                            "missing translation: toolkit.toml asks for `{code}`, so add {expected}"
                        ),
                    );
                }
            }
        }
    }
}

/// Assembles the checked toolkit: for each declared language, every item in that language where
/// a translation exists, else in the source language.
/// The files a toolkit cannot be without.
struct Required<'a> {
    framework: &'a Parsed<schema::Framework>,
    training: &'a Parsed<schema::Training>,
    refresher: &'a Parsed<schema::RefresherSettings>,
}

fn build(
    manifest: Manifest,
    manifest_translations: BTreeMap<Lang, ManifestText>,
    required: Required<'_>,
    parts: &Parts,
    source_language: Lang,
    declared: &[Lang],
    hash: String,
) -> Toolkit {
    fn pick<T: Clone>(parsed: &Parsed<T>, lang: Lang, source_language: Lang) -> InLang<T> {
        match parsed.translations.get(&lang) {
            Some(value) => InLang {
                lang,
                value: value.clone(),
            },
            None => InLang {
                lang: source_language,
                value: parsed.source.clone(),
            },
        }
    }
    fn all<T: Clone>(list: &[Parsed<T>], lang: Lang, source_language: Lang) -> Vec<InLang<T>> {
        list.iter()
            .map(|p| pick(p, lang, source_language))
            .collect()
    }
    let source_text = ManifestText {
        name: manifest.name.clone(),
        notice: manifest.notice.clone(),
    };
    let mut contents = BTreeMap::new();
    for &lang in declared {
        let text = match manifest_translations.get(&lang) {
            Some(t) => InLang {
                lang,
                value: t.clone(),
            },
            None => InLang {
                lang: source_language,
                value: source_text.clone(),
            },
        };
        let mut modules = all(&parts.modules, lang, source_language);
        modules.sort_by_key(|m| *m.value.order.get_ref());
        let content = Content {
            lang,
            text,
            modules,
            framework: pick(required.framework, lang, source_language),
            domains: all(&parts.domains, lang, source_language),
            training: pick(required.training, lang, source_language),
            refresher: pick(required.refresher, lang, source_language),
            scenarios: all(&parts.scenarios, lang, source_language),
            banks: all(&parts.banks, lang, source_language),
            vignettes: all(&parts.vignettes, lang, source_language),
        };
        contents.insert(lang, content);
    }
    Toolkit {
        manifest,
        source_language,
        contents,
        hash,
    }
}
