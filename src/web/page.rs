//! The page context every template receives, and htmx-aware rendering.
//!
//! The pattern every page follows: one handler, one askama template that extends
//! `layout.html` and declares `blocks = ["content"]`. A plain request gets the full page; an
//! htmx request (`HX-Request`, but not a boosted navigation or a history restore) gets only the
//! `content` block. Both carry `Vary: HX-Request` so that caches keep them apart.

use std::convert::Infallible;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::HeaderValue;
use axum::http::header::{ACCEPT_LANGUAGE, VARY};
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;

use crate::accounts::Role;
use crate::auth::MaybeUser;
use crate::auth::csrf::CsrfToken;
use crate::i18n::Lang;
use crate::toolkit::Toolkit;
use crate::web::error::AppError;
use crate::web::{AppState, assets};

/// The cookie that remembers the language chosen before signing in.
pub const LANGUAGE_COOKIE: &str = "dialogues-lang";

/// The language of this request: the saved preference (cookie), else `Accept-Language`, else
/// English. Never fails.
impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let preference = jar.get(LANGUAGE_COOKIE).map(|c| c.value().to_owned());
        let accept = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Ok(Lang::negotiate(preference.as_deref(), accept))
    }
}

/// What the layout needs on every page.
#[derive(Debug, Clone)]
pub struct PageContext {
    /// The language the page is written in.
    pub lang: Lang,
    /// The path of this page (no query string), where the language switcher returns to.
    pub path: String,
    /// The toolkit in use, for the footer (absent on error pages, which render without state).
    pub toolkit: Option<ToolkitLabel>,
    /// The CSRF token every form on the page carries (absent only on some error pages).
    pub csrf: Option<String>,
    /// The signed-in person, for the header.
    pub user: Option<UserLabel>,
}

/// Who is signed in, as the header shows it.
#[derive(Debug, Clone)]
pub struct UserLabel {
    pub name: String,
    pub is_administrator: bool,
    pub is_training_manager: bool,
    pub is_facilitator: bool,
    pub is_supervisor: bool,
}

/// The toolkit's name and version as the footer shows them.
#[derive(Debug, Clone)]
pub struct ToolkitLabel {
    pub name: String,
    /// The language of `name` (the source language where no translation exists).
    pub name_lang: &'static str,
    pub version: String,
    pub hash: String,
}

impl ToolkitLabel {
    pub fn new(toolkit: &Toolkit, lang: Lang) -> Self {
        let text = &toolkit.content(lang).text;
        Self {
            name: text.name.clone(),
            name_lang: text.lang.code(),
            version: toolkit.manifest.version.clone(),
            hash: toolkit.content_hash().to_owned(),
        }
    }
}

/// One entry of the language switcher.
pub struct LanguageChoice {
    pub code: &'static str,
    pub name: String,
    pub current: bool,
}

impl PageContext {
    pub fn new(lang: Lang, path: impl Into<String>) -> Self {
        Self {
            lang,
            path: path.into(),
            toolkit: None,
            csrf: None,
            user: None,
        }
    }

    /// A message from the catalogue, in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A message with one named argument.
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.lang.t1(key, name, value)
    }

    /// A message with two named arguments.
    pub fn t_args2(
        &self,
        key: &str,
        name: &'static str,
        value: &str,
        name2: &'static str,
        value2: &str,
    ) -> String {
        self.lang.t_args(
            key,
            &[
                (name, value.to_owned().into()),
                (name2, value2.to_owned().into()),
            ],
        )
    }

    /// A message with a count, for plurals (`{ $count -> [one] … *[other] … }`).
    pub fn t_count(&self, key: &str, count: usize) -> String {
        self.lang.t_args(key, &[("count", count.into())])
    }

    /// The cache-busting URL of an embedded asset.
    pub fn asset(&self, name: &str) -> String {
        assets::versioned_url(name)
    }

    /// The language switcher's entries, each named in its own language.
    pub fn languages(&self) -> Vec<LanguageChoice> {
        Lang::ALL
            .into_iter()
            .map(|lang| LanguageChoice {
                code: lang.code(),
                name: lang.endonym(),
                current: lang == self.lang,
            })
            .collect()
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let MaybeUser(user) = MaybeUser::from_request_parts(parts, state).await?;
        // A language saved on the account beats the cookie and the browser's preference.
        let lang = match user.as_ref().and_then(|u| u.language) {
            Some(lang) => lang,
            None => Lang::from_request_parts(parts, state)
                .await
                .unwrap_or_default(),
        };
        let mut ctx = PageContext::new(lang, parts.uri.path());
        ctx.toolkit = Some(ToolkitLabel::new(&state.toolkit, lang));
        ctx.csrf = parts.extensions.get::<CsrfToken>().map(|t| t.0.clone());
        ctx.user = user.map(|u| UserLabel {
            is_administrator: u.has(Role::Administrator),
            is_training_manager: u.has(Role::TrainingManager),
            is_facilitator: u.has(Role::Facilitator),
            is_supervisor: u.has(Role::Supervisor),
            name: u.name,
        });
        Ok(ctx)
    }
}

/// Whether this request wants a fragment rather than a full page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HxRequest(pub bool);

impl<S: Send + Sync> FromRequestParts<S> for HxRequest {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let has = |name: &str| {
            parts
                .headers
                .get(name)
                .is_some_and(|v| v.as_bytes() == b"true")
        };
        Ok(HxRequest(
            has("hx-request") && !has("hx-boosted") && !has("hx-history-restore-request"),
        ))
    }
}

/// A full-page template that can also render just its `content` block.
/// Implement it with [`htmx_page!`](crate::htmx_page).
pub trait HtmxPage: Template {
    fn render_fragment(&self) -> askama::Result<String>;
}

/// Implements [`HtmxPage`] for a template declared with `blocks = ["content"]`.
#[macro_export]
macro_rules! htmx_page {
    ($($page:ty),+ $(,)?) => {$(
        impl $crate::web::page::HtmxPage for $page {
            fn render_fragment(&self) -> askama::Result<String> {
                askama::Template::render(&self.as_content())
            }
        }
    )+};
}

/// Renders a page, or only its content block for an htmx request.
pub fn render<P: HtmxPage>(hx: HxRequest, page: &P) -> Result<Response, AppError> {
    let body = if hx.0 {
        page.render_fragment()?
    } else {
        page.render()?
    };
    let mut response = Html(body).into_response();
    response.headers_mut().insert(
        VARY,
        HeaderValue::from_static("HX-Request, Accept-Language, Cookie"),
    );
    Ok(response)
}

/// [`render`] with another status than 200 (a form with errors, a refused link).
pub fn render_status<P: HtmxPage>(
    status: axum::http::StatusCode,
    hx: HxRequest,
    page: &P,
) -> Result<Response, AppError> {
    let mut response = render(hx, page)?;
    *response.status_mut() = status;
    Ok(response)
}
