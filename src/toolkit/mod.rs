//! The toolkit: all practice content, loaded from data, never written in code.
//!
//! A toolkit is a folder of TOML files (format: `toolkit/README.md`): session modules, the
//! formulation framework, training requirements, refresher material and calibration vignettes,
//! each with translations beside it. [`load`](load::load) reads and checks a folder completely,
//! returning either a [`Toolkit`] or every problem with its file, line and column; the server
//! refuses to start on a toolkit with problems, and `dialogues toolkit check` prints them.
//!
//! The built-in toolkit (the repository's `toolkit/` folder) is embedded in the binary. A
//! content hash identifies the version in use; records store it with the content they used.

mod check;
pub mod load;
pub mod problems;
pub mod schema;
mod translation;

use std::collections::BTreeMap;
use std::ops::Deref;

use serde::Deserialize;

pub use load::{ToolkitFiles, load};
pub use problems::Problem;

use crate::i18n::Lang;

/// A piece of content and the language it is written in (the requested language, or the
/// source language where no translation exists), so pages can mark it with `lang`.
#[derive(Debug, Clone)]
pub struct InLang<T> {
    pub lang: Lang,
    pub value: T,
}

impl<T> Deref for InLang<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// The manifest's text (its translation files hold only these).
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestText {
    pub name: String,
    pub notice: String,
}

/// Everything in one language.
#[derive(Debug, Clone)]
pub struct Content {
    pub lang: Lang,
    pub text: InLang<ManifestText>,
    /// In programme order.
    pub modules: Vec<InLang<schema::Module>>,
    pub framework: InLang<schema::Framework>,
    pub domains: Vec<InLang<schema::DomainFactors>>,
    pub training: InLang<schema::Training>,
    pub refresher: InLang<schema::RefresherSettings>,
    pub scenarios: Vec<InLang<schema::Scenario>>,
    pub banks: Vec<InLang<schema::QuestionBank>>,
    pub vignettes: Vec<InLang<schema::Vignette>>,
}

/// A checked toolkit.
#[derive(Debug, Clone)]
pub struct Toolkit {
    pub manifest: schema::Manifest,
    pub source_language: Lang,
    contents: BTreeMap<Lang, Content>,
    hash: String,
}

impl Toolkit {
    /// The built-in toolkit. It is checked by the test suite, so a failure here is a build
    /// that should never have been made; the error lists the problems all the same.
    pub fn builtin() -> Result<Self, Vec<Problem>> {
        load(&ToolkitFiles::builtin())
    }

    /// The content in `lang`, or in the source language if the toolkit does not offer `lang`.
    pub fn content(&self, lang: Lang) -> &Content {
        self.contents
            .get(&lang)
            .or_else(|| self.contents.get(&self.source_language))
            .expect("a loaded toolkit has content in its source language")
    }

    /// A short hash of every file: which version of the content is in use.
    pub fn content_hash(&self) -> &str {
        &self.hash
    }

    /// How many formulation factors the framework has (the same in every language).
    pub fn factor_count(&self) -> usize {
        self.content(self.source_language)
            .domains
            .iter()
            .map(|d| d.factors.get_ref().len())
            .sum()
    }
}

/// Why a toolkit could not be used, for the command line and start-up.
#[derive(Debug, thiserror::Error)]
pub enum ToolkitError {
    #[error(
        "the toolkit directory {} does not exist: give the folder that holds toolkit.toml, or leave it out to use the built-in toolkit",
        path.display()
    )]
    Missing { path: std::path::PathBuf },
    #[error("cannot read the toolkit directory {} ({source}): check its permissions", path.display())]
    Read {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("{}", report(origin, problems))]
    Problems {
        origin: String,
        problems: Vec<Problem>,
    },
}

fn report(origin: &str, problems: &[Problem]) -> String {
    let count = problems.len();
    let noun = if count == 1 { "problem" } else { "problems" };
    let mut text =
        format!("the toolkit in {origin} has {count} {noun}; correct each one, then try again:");
    for problem in problems {
        text.push_str(&format!("\n  {origin}{problem}"));
    }
    text
}

/// Loads the built-in toolkit or the folder given, with problems located for the reader:
/// `DIR/modules/x.toml:3:1: …`.
pub fn load_from(source: &crate::config::ToolkitSource) -> Result<Toolkit, ToolkitError> {
    match source {
        crate::config::ToolkitSource::Builtin => {
            Toolkit::builtin().map_err(|problems| ToolkitError::Problems {
                origin: "toolkit/".to_owned(),
                problems,
            })
        }
        crate::config::ToolkitSource::Directory(dir) => {
            if !dir.is_dir() {
                return Err(ToolkitError::Missing { path: dir.clone() });
            }
            let files = ToolkitFiles::from_dir(dir).map_err(|e| ToolkitError::Read {
                path: dir.clone(),
                source: e,
            })?;
            let origin = format!("{}/", dir.display().to_string().trim_end_matches('/'));
            load(&files).map_err(|problems| ToolkitError::Problems { origin, problems })
        }
    }
}

impl Toolkit {
    /// One line describing the toolkit, for `dialogues toolkit check`.
    pub fn describe(&self) -> String {
        let content = self.content(self.source_language);
        format!(
            "{} {} (content {}): {} session modules, {} formulation factors, {} training requirements, {} refresher scenarios, {} knowledge-check questions, {} calibration vignettes; languages {}",
            content.text.name,
            self.manifest.version,
            self.hash,
            content.modules.len(),
            self.factor_count(),
            content.training.requirements.len(),
            content.scenarios.len(),
            content
                .banks
                .iter()
                .map(|b| b.questions.get_ref().len())
                .sum::<usize>(),
            content.vignettes.len(),
            self.contents
                .keys()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
}
