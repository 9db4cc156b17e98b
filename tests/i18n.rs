//! Languages: the catalogues are complete and all used, templates hold no hard-coded text, and
//! the language is negotiated (preference, then Accept-Language, then English) on every page.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use common::{TestApp, files_under};
use reqwest::StatusCode;

const LANGUAGES: [&str; 4] = ["en", "cy", "fr", "nl"];

/// Message ids per language, read from every `.ftl` file of its folder (which must parse).
fn catalogues() -> BTreeMap<&'static str, BTreeSet<String>> {
    LANGUAGES
        .into_iter()
        .map(|lang| {
            let mut keys = BTreeSet::new();
            for file in files_under(&format!("locales/{lang}"), "ftl") {
                let source = std::fs::read_to_string(&file).unwrap();
                if let Err((_, errors)) =
                    fluent_templates::fluent_bundle::FluentResource::try_new(source.clone())
                {
                    panic!("{} does not parse: {errors:?}", file.display());
                }
                for line in source.lines() {
                    let Some((id, _)) = line.split_once('=') else {
                        continue;
                    };
                    let id = id.trim_end();
                    let starts_with_letter =
                        id.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                    if starts_with_letter
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        assert!(keys.insert(id.to_owned()), "{lang}: {id} is defined twice");
                    }
                }
            }
            (lang, keys)
        })
        .collect()
}

/// Every file of the code and templates, as text.
fn sources() -> Vec<(PathBuf, String)> {
    files_under("src", "rs")
        .into_iter()
        .chain(files_under("templates", "html"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect()
}

#[test]
fn every_catalogue_has_exactly_the_english_keys() {
    let catalogues = catalogues();
    let english = &catalogues["en"];
    assert!(english.len() > 20);
    for lang in ["cy", "fr", "nl"] {
        let other = &catalogues[lang];
        let missing: Vec<_> = english.difference(other).collect();
        let extra: Vec<_> = other.difference(english).collect();
        assert!(missing.is_empty(), "{lang} is missing {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
    }
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let english = &catalogues()["en"];
    let sources = sources();
    let quoted = |key: &str| format!("\"{key}\"");
    let unused: Vec<_> = english
        .iter()
        .filter(|key| !sources.iter().any(|(_, text)| text.contains(&quoted(key))))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code or template uses: {unused:?}"
    );

    for (path, text) in &sources {
        for call in [".t(\"", ".t1(\"", ".t_args(\""] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                let key = &rest[..rest.find('"').unwrap()];
                assert!(
                    english.contains(key),
                    "{} uses {key}, which is not in locales/en",
                    path.display()
                );
            }
        }
    }
}

/// Removes every `open … close` span from `text`.
fn strip(text: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => panic!("unclosed {open}"),
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn templates_contain_no_hard_coded_text() {
    const TEXT_ATTRIBUTES: [&str; 6] = [
        "alt=",
        "title=",
        "aria-label=",
        "placeholder=",
        "aria-description=",
        "label=",
    ];
    for path in files_under("templates", "html") {
        let source = std::fs::read_to_string(&path).unwrap();
        let without_code = strip(&strip(&strip(&source, "{#", "#}"), "{%", "%}"), "{{", "}}");
        // Text attributes must be expressions, so nothing is left of their value.
        for attribute in TEXT_ATTRIBUTES {
            for (at, _) in without_code.match_indices(attribute) {
                let rest = &without_code[at + attribute.len()..];
                let quote = rest.chars().next().expect("attribute value");
                let value = &rest[1..];
                let value = &value[..value.find(quote).unwrap_or(value.len())];
                assert!(
                    !value.chars().any(char::is_alphabetic),
                    "{}: {attribute}\"{value}\" is hard-coded: use the catalogue",
                    path.display()
                );
            }
        }
        let text = strip(&strip(&without_code, "<", ">"), "&", ";");
        let words: String = text.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            words.is_empty(),
            "{} has hard-coded text {:?}: put it in locales/ and use ctx.t",
            path.display(),
            text.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .collect::<Vec<_>>()
        );
    }
}

#[tokio::test]
async fn the_browser_language_is_used_when_nothing_was_chosen() {
    let app = TestApp::spawn().await;
    for (header, lang, phrase) in [
        ("cy-GB,cy;q=0.9,en;q=0.5", "cy", "Neidio i'r prif gynnwys"),
        ("fr-BE, nl-BE;q=0.8", "fr", "Aller au contenu principal"),
        ("nl-BE", "nl", "Naar de hoofdinhoud"),
        ("de-DE, ja;q=0.5", "en", "Skip to main content"),
        ("&&&;q=abc", "en", "Skip to main content"),
    ] {
        let response = app
            .client
            .get(app.url("/"))
            .header("Accept-Language", header)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{header}");
        let body = response.text().await.unwrap();
        assert!(body.contains(&format!("<html lang=\"{lang}\"")), "{header}");
        assert!(
            body.contains(&phrase.replace('\'', "&#39;")),
            "{header}: {phrase}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn the_switcher_saves_a_choice_that_beats_the_browser() {
    let app = TestApp::spawn().await;
    let response = app
        .browser()
        .post(
            "/language",
            &[("lang", "cy"), ("return_to", "/no-such-page")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.headers["location"], "/no-such-page");
    let cookie = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("dialogues-lang="))
        .unwrap();
    assert!(cookie.starts_with("dialogues-lang=cy"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );

    let page = app
        .client
        .get(app.url("/no-such-page"))
        .header("Cookie", "dialogues-lang=cy")
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    let body = page.text().await.unwrap();
    assert!(body.contains("<html lang=\"cy\""));
    assert!(
        body.contains("Heb ddod o hyd i&#39;r dudalen"),
        "the 404 page is in Welsh"
    );
    assert!(body.contains(r#"<span class="app-language-switcher__current" aria-current="true" lang="cy">Cymraeg</span>"#));
    for (code, name) in [("en", "English"), ("fr", "Français"), ("nl", "Nederlands")] {
        assert!(
            body.contains(&format!(r#"name="lang" value="{code}" lang="{code}" class="app-link-button">{name}</button>"#)),
            "switcher offers {name}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn unknown_language_codes_fall_back_to_english_without_error() {
    let app = TestApp::spawn().await;
    let page = app
        .client
        .get(app.url("/"))
        .header("Cookie", "dialogues-lang=xx-evil")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("<html lang=\"en\""));

    let browser = app.browser();
    let choice = browser
        .post(
            "/language",
            &[
                ("lang", "klingon"),
                ("return_to", "https://elsewhere.example/"),
            ],
        )
        .await;
    assert_eq!(choice.status, StatusCode::SEE_OTHER);
    assert_eq!(
        choice.headers["location"], "/",
        "never redirected off this server"
    );
    assert!(
        choice
            .set_cookies()
            .iter()
            .any(|c| c.starts_with("dialogues-lang=en"))
    );

    let empty = browser.post("/language", &[("nothing", "")]).await;
    assert_eq!(empty.status, StatusCode::SEE_OTHER);
    app.stop().await;
}
