//! The export's HTML rendering: everything in the JSON export, as one page a person without
//! technical knowledge can read (a subject access request): plain headings, dates in words,
//! staff by name, toolkit ids by their titles. It is self-contained: inline styles, no script,
//! nothing loaded from anywhere. Every value goes through askama's HTML escaping; nothing here
//! marks content as safe except the fixed style sheet below.
//!
//! Like the rest of the export, this must never print or log what it renders.

use std::collections::HashMap;

use askama::Template;

use super::Export;
use crate::i18n::Lang;
use crate::toolkit::{Content, Toolkit};

/// The page's whole style sheet (no external file, so the page reads anywhere, also printed).
const STYLE: &str = "body{font-family:Arial,sans-serif;line-height:1.45;color:#0b0c0c;max-width:52em;margin:2em auto;padding:0 1em}\
h1{font-size:2em}h2{font-size:1.6em;border-top:4px solid #1d3557;padding-top:.5em;margin-top:2em}\
h3{font-size:1.3em;margin-top:1.5em}h4{font-size:1.1em;margin-bottom:.3em}h5{font-size:1em;margin-bottom:.2em}\
dl{display:grid;grid-template-columns:minmax(10em,1fr) 3fr;gap:.3em 1em;margin:.5em 0}dt{font-weight:bold}dd{margin:0}\
.prose{white-space:pre-wrap;overflow-wrap:anywhere}section.record{border-left:4px solid #b1b4b6;padding-left:1em;margin:1em 0}\
@media print{body{margin:0;max-width:none}h2{break-before:page}section.record{break-inside:avoid}}";

#[derive(Template)]
#[template(path = "export/subject_access.html")]
struct Page<'a> {
    doc: &'a Export,
    names: &'a HashMap<String, String>,
    lang: Lang,
    style: &'static str,
    content: Option<&'a Content>,
}

/// Renders the export as one HTML page in `lang`.
pub(super) fn render(
    doc: &Export,
    names: &HashMap<String, String>,
    lang: Lang,
) -> askama::Result<String> {
    // Titles of modules, stages and factors come from the built-in toolkit when it has them;
    // an id it does not know is shown as it is.
    let toolkit = Toolkit::builtin().ok();
    render_with(doc, names, lang, toolkit.as_ref().map(|t| t.content(lang)))
}

/// [`render`] with the toolkit content already loaded (the fuzz target renders many pages).
pub(super) fn render_with(
    doc: &Export,
    names: &HashMap<String, String>,
    lang: Lang,
    content: Option<&Content>,
) -> askama::Result<String> {
    Page {
        doc,
        names,
        lang,
        style: STYLE,
        content,
    }
    .render()
}

impl Page<'_> {
    fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    fn t1(&self, key: &str, name: &'static str, value: impl AsRef<str>) -> String {
        self.lang.t1(key, name, value.as_ref())
    }

    fn t2(
        &self,
        key: &str,
        name: &'static str,
        value: impl AsRef<str>,
        name2: &'static str,
        value2: impl AsRef<str>,
    ) -> String {
        self.lang.t_args(
            key,
            &[
                (name, value.as_ref().to_owned().into()),
                (name2, value2.as_ref().to_owned().into()),
            ],
        )
    }

    /// A stored date or timestamp in words ("3 February 2026"), or empty.
    fn date(&self, stored: &str) -> String {
        crate::cases::pages::date_words(self.lang, Some(stored))
    }

    fn opt_date(&self, stored: &Option<String>) -> String {
        stored.as_deref().map(|s| self.date(s)).unwrap_or_default()
    }

    fn day(&self, date: &chrono::NaiveDate) -> String {
        self.lang.format_date(*date)
    }

    /// A member of staff's name from their id (the id itself if the account is gone).
    fn name(&self, id: &str) -> String {
        self.names.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }

    fn opt_name(&self, id: &Option<String>) -> String {
        id.as_deref().map(|i| self.name(i)).unwrap_or_default()
    }

    fn module_title(&self, id: &str) -> String {
        self.content
            .and_then(|c| c.modules.iter().find(|m| m.id.get_ref() == id))
            .map(|m| m.title.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    fn stage_title(&self, module: &str, stage: &str) -> String {
        self.content
            .and_then(|c| c.modules.iter().find(|m| m.id.get_ref() == module))
            .and_then(|m| m.stages.get_ref().iter().find(|s| s.id.get_ref() == stage))
            .map(|s| s.title.clone())
            .unwrap_or_else(|| stage.to_owned())
    }

    fn factor_name(&self, id: &str) -> String {
        self.content
            .and_then(|c| {
                c.domains
                    .iter()
                    .flat_map(|d| d.factors.get_ref().iter())
                    .find(|f| f.id.get_ref() == id)
            })
            .map(|f| f.name.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    fn domain_name(&self, id: &str) -> String {
        self.content
            .and_then(|c| {
                c.framework
                    .domains
                    .get_ref()
                    .iter()
                    .find(|d| d.id.get_ref() == id)
            })
            .map(|d| d.name.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    /// A scale point by its label (a blind second rating's ratings are plain ids).
    fn scale_point(&self, id: &str) -> String {
        self.rating(&Some(id.to_owned()))
    }

    fn rating(&self, id: &Option<String>) -> String {
        let Some(id) = id else {
            return self.t("export-not-rated");
        };
        self.content
            .and_then(|c| {
                c.framework
                    .scale
                    .get_ref()
                    .iter()
                    .find(|p| p.id.get_ref() == id)
            })
            .map(|p| p.label.clone())
            .unwrap_or_else(|| id.clone())
    }

    fn session_status(&self, id: &str) -> String {
        crate::sessions::store::Status::parse(id)
            .map(|s| self.t(s.label_key()))
            .unwrap_or_else(|| id.to_owned())
    }

    fn formulation_status(&self, id: &str) -> String {
        crate::formulations::store::Status::parse(id)
            .map(|s| self.t(s.label_key()))
            .unwrap_or_else(|| id.to_owned())
    }

    fn concern_status(&self, id: &str) -> String {
        if id == "open" {
            self.t("concern-open")
        } else {
            self.t("concern-acknowledged")
        }
    }

    fn case_status(&self, id: &str) -> String {
        if id == "open" {
            self.t("export-case-open")
        } else {
            self.t("export-case-closed")
        }
    }
}
