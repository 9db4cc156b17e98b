//! Languages: English (the source), Welsh, French and Dutch.
//!
//! Every user-facing string of the web interface comes from the Fluent catalogues in
//! `locales/<code>/*.ftl`, embedded at build time. This module picks the language for a request
//! (saved preference, else the browser's `Accept-Language`, else English) and formats messages,
//! plurals (Fluent's CLDR plural rules, so Welsh gets its six forms) and dates.
//!
//! It knows nothing of HTTP: `web::page` turns a request into a [`Lang`]. It must never panic on
//! a language code or header from outside: anything unknown is English.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Without this, Fluent wraps every variable in invisible Unicode isolation marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface is offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Cy,
    Fr,
    Nl,
}

/// The month names' message keys, January first (used by [`Lang::format_date`]).
const MONTH_KEYS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// Short month names' message keys, January first (used by [`Lang::format_month_year`]).
const MONTH_SHORT_KEYS: [&str; 12] = [
    "month-short-1",
    "month-short-2",
    "month-short-3",
    "month-short-4",
    "month-short-5",
    "month-short-6",
    "month-short-7",
    "month-short-8",
    "month-short-9",
    "month-short-10",
    "month-short-11",
    "month-short-12",
];

static LANGIDS: LazyLock<[LanguageIdentifier; 4]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| {
        lang.code()
            .parse()
            .expect("the four language codes are valid BCP 47")
    })
});

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Cy, Lang::Fr, Lang::Nl];

    /// The BCP 47 code, as used in `lang` attributes and catalogue folder names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
        }
    }

    /// Reads a language code such as `cy`, `CY`, `fr-BE` or `nl_BE`; `None` if it is none of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// Chooses the language: a saved preference if it is one of ours, else the first acceptable
    /// language of an `Accept-Language` header (by quality), else English.
    pub fn negotiate(preference: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = preference.and_then(Lang::from_code) {
            return lang;
        }
        accept_language
            .map(accept_language::parse_with_quality)
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, quality)| *quality > 0.0)
            .find_map(|(tag, _)| Lang::from_code(&tag))
            .unwrap_or_default()
    }

    fn langid(self) -> &'static LanguageIdentifier {
        let index = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        &LANGIDS[index]
    }

    /// The message `key` in this language. A key missing here falls back to English; a key
    /// missing everywhere (a bug the catalogue tests catch) shows the key itself.
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message `key` with one named text argument.
    pub fn t1(self, key: &str, name: &'static str, value: &str) -> String {
        self.t_args(key, &[(name, value.to_owned().into())])
    }

    /// The message `key` with named arguments, such as `("count", 3.into())`.
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.lookup(key, Some(&map))
    }

    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'static>>>,
    ) -> String {
        LOCALES
            .try_lookup_complete(self.langid(), key, args)
            .or_else(|| LOCALES.try_lookup_complete(Lang::En.langid(), key, args))
            .unwrap_or_else(|| {
                tracing::warn!(key, "message key missing from every catalogue");
                key.to_owned()
            })
    }

    /// The language's own name for itself ("Cymraeg"), for the language switcher.
    pub fn endonym(self) -> String {
        self.t("language-endonym")
    }

    /// A date written out in this language, such as "21 November 2026" or "1er novembre 2026".
    /// A short month and year ("Nov 2026"), for chart axes.
    pub fn format_month_year(self, date: NaiveDate) -> String {
        self.t_args(
            "date-month-year",
            &[
                (
                    "month",
                    FluentValue::from(self.t(MONTH_SHORT_KEYS[date.month0() as usize])),
                ),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }

    /// A whole percentage as the language writes it: "62%" in English and Welsh, "62 %" (with a
    /// narrow no-break space) in French, "62%" in Dutch.
    pub fn format_percent(self, percent: i64) -> String {
        self.t_args(
            "number-percent",
            &[("value", FluentValue::from(percent.to_string()))],
        )
    }

    /// A decimal with `places` digits after the separator the language uses (a comma in French
    /// and Dutch). Minus signs and rounding are Rust's.
    pub fn format_decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self {
            Lang::Fr | Lang::Nl => text.replace('.', ","),
            Lang::En | Lang::Cy => text,
        }
    }

    pub fn format_date(self, date: NaiveDate) -> String {
        let month = MONTH_KEYS[date.month0() as usize];
        self.t_args(
            "date-long",
            &[
                ("day", FluentValue::from(date.day())),
                ("month", FluentValue::from(self.t(month))),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_loosely_and_unknown_ones_are_refused() {
        assert_eq!(Lang::from_code("cy"), Some(Lang::Cy));
        assert_eq!(Lang::from_code(" NL-be "), Some(Lang::Nl));
        assert_eq!(Lang::from_code("fr_BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("\u{0}--"), None);
    }

    #[test]
    fn preference_beats_the_browser_and_english_is_the_last_resort() {
        assert_eq!(Lang::negotiate(Some("nl"), Some("cy")), Lang::Nl);
        assert_eq!(
            Lang::negotiate(Some("xx"), Some("fr-BE,fr;q=0.9")),
            Lang::Fr
        );
        assert_eq!(
            Lang::negotiate(None, Some("de-DE, de;q=0.9, cy;q=0.5")),
            Lang::Cy
        );
        assert_eq!(Lang::negotiate(None, Some("en;q=0.1, cy;q=0.9")), Lang::Cy);
        assert_eq!(Lang::negotiate(None, Some("cy;q=0, nl;q=0.2")), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("de, ja")), Lang::En);
        assert_eq!(Lang::negotiate(None, Some(";;;,,,q=zz")), Lang::En);
        assert_eq!(Lang::negotiate(None, None), Lang::En);
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(Lang::En.format_date(date(2026, 11, 21)), "21 November 2026");
        assert_eq!(Lang::Cy.format_date(date(2026, 11, 21)), "21 Tachwedd 2026");
        assert_eq!(Lang::Fr.format_date(date(2026, 11, 1)), "1er novembre 2026");
        assert_eq!(Lang::Fr.format_date(date(2027, 2, 2)), "2 février 2027");
        assert_eq!(Lang::Nl.format_date(date(2026, 12, 3)), "3 december 2026");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let modules = |lang: Lang, count: u32| {
            lang.t_args("home-toolkit-modules", &[("count", count.into())])
        };
        assert_eq!(modules(Lang::En, 1), "one session module");
        assert_eq!(modules(Lang::En, 0), "0 session modules");
        assert_eq!(modules(Lang::En, 10), "10 session modules");
        // Welsh has six plural categories: zero, one, two, few (3), many (6), other.
        assert_eq!(modules(Lang::Cy, 0), "dim modiwlau sesiwn");
        assert_eq!(modules(Lang::Cy, 1), "un modiwl sesiwn");
        assert_eq!(modules(Lang::Cy, 2), "dau fodiwl sesiwn");
        assert_eq!(modules(Lang::Cy, 3), "3 modiwl sesiwn");
        assert_eq!(modules(Lang::Cy, 10), "10 modiwl sesiwn");
        // French counts 0 and 1 as singular; Dutch only 1.
        assert_eq!(modules(Lang::Fr, 0), "0 module d'entretien");
        assert_eq!(modules(Lang::Fr, 2), "2 modules d'entretien");
        assert_eq!(modules(Lang::Nl, 1), "één gespreksmodule");
        assert_eq!(modules(Lang::Nl, 0), "0 gespreksmodules");
    }

    #[test]
    fn every_language_names_itself() {
        let names: Vec<String> = Lang::ALL.iter().map(|l| l.endonym()).collect();
        assert_eq!(names, ["English", "Cymraeg", "Français", "Nederlands"]);
    }

    #[test]
    fn percentages_and_decimals_use_each_languages_signs() {
        assert_eq!(Lang::En.format_percent(62), "62%");
        assert_eq!(Lang::Cy.format_percent(62), "62%");
        assert_eq!(Lang::Fr.format_percent(62), "62\u{202f}%");
        assert_eq!(Lang::Nl.format_percent(-5), "-5%");
        assert_eq!(Lang::En.format_decimal(0.4302, 2), "0.43");
        assert_eq!(Lang::Fr.format_decimal(0.4302, 2), "0,43");
        assert_eq!(Lang::Nl.format_decimal(-0.125, 3), "-0,125");
    }
}
