//! Choosing the interface language with the switcher on every page.
//!
//! The switcher is a small form (a POST, because it changes a saved preference), so it works
//! without JavaScript. The choice is kept in a cookie; anything unknown means English, and a
//! return address that is not a path on this server means the start page.

use axum::extract::Form;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use crate::i18n::Lang;
use crate::web::page::LANGUAGE_COOKIE;
use crate::web::routes::{Routes, post};

pub fn routes() -> Routes {
    Routes::new().route("/language", post(choose_language))
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    return_to: String,
}

/// `POST /language`: saves the choice and goes back to the page it was made on.
async fn choose_language(jar: CookieJar, Form(form): Form<LanguageForm>) -> Response {
    let lang = Lang::from_code(&form.lang).unwrap_or_default();
    let cookie = Cookie::build((LANGUAGE_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(cookie::time::Duration::days(365))
        .build();
    (
        jar.add(cookie),
        Redirect::to(safe_return_path(&form.return_to)),
    )
        .into_response()
}

/// Only a path on this server: never another host (`//evil`, `https://…`, `/\evil`).
pub fn safe_return_path(candidate: &str) -> &str {
    let local = candidate.starts_with('/')
        && !candidate.starts_with("//")
        && !candidate.starts_with("/\\")
        && !candidate.chars().any(|c| c.is_control());
    if local { candidate } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path("/cases/ABC"), "/cases/ABC");
        assert_eq!(safe_return_path("//evil.example"), "/");
        assert_eq!(safe_return_path("https://evil.example/"), "/");
        assert_eq!(safe_return_path("/\\evil.example"), "/");
        assert_eq!(safe_return_path("/a\r\nSet-Cookie: x"), "/");
        assert_eq!(safe_return_path(""), "/");
    }
}
