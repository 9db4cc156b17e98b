//! The one error type of the web layer, and the one place it becomes a page.
//!
//! Handlers return `Result<_, AppError>`. `AppError::into_response` only marks the response
//! with the kind of error; the [`error_pages`] middleware, which knows the request's language,
//! renders the matching page. Panics are caught by the router and marked the same way.
//!
//! Internal details (database errors and the like) go to the log with a random reference that
//! the page shows; the page itself never carries them. Never put user content in an error.

use askama::Template;
use axum::extract::Request;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::i18n::Lang;
use crate::web::page::PageContext;

/// When a browser (or script) is told to try again after the database was busy.
const BUSY_RETRY_AFTER_SECONDS: &str = "5";

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such page, or an object the user may not see (the two are never told apart).
    #[error("not found")]
    NotFound,
    /// A request the page cannot read (a broken upload); nothing was changed.
    #[error("bad request")]
    BadRequest,
    /// A case this person may see, whose key they do not hold yet (a new supervisor, or a key
    /// replaced by a reset): the page says how access is renewed.
    #[error("no case key")]
    NoCaseKey,
    /// The database stayed busy (see [`crate::db::is_busy`]): nothing was changed, and trying
    /// again shortly works. Not a fault, so no reference and no error in the log.
    #[error("busy")]
    Busy,
    /// A fault of ours; the string says where, without user content.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// A database error met while doing `what`: [`AppError::Busy`] if the database was only
    /// busy, otherwise a fault of ours.
    pub fn database(what: &str, error: sqlx::Error) -> Self {
        if crate::db::is_busy(&error) {
            tracing::warn!(what, "the database was busy; the request was refused");
            AppError::Busy
        } else {
            AppError::Internal(format!("{what}: database: {error}"))
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl From<crate::accounts::AccountsError> for AppError {
    fn from(e: crate::accounts::AccountsError) -> Self {
        match e {
            crate::accounts::AccountsError::Database(e) => AppError::database("accounts", e),
            other => AppError::Internal(format!("accounts: {other}")),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::database("request", e)
    }
}

/// Marks a response as an error page to be rendered by [`error_pages`].
#[derive(Debug, Clone)]
pub enum ErrorPage {
    NotFound,
    /// A state-changing request without a valid CSRF token, or from another site.
    CsrfRejected,
    /// A form too large to read.
    TooLarge,
    /// A request the framework could not read (a malformed form, a wrong content type).
    BadRequest,
    /// See [`AppError::NoCaseKey`].
    NoCaseKey,
    /// See [`AppError::Busy`].
    Busy,
    Internal {
        reference: String,
    },
}

impl ErrorPage {
    /// A fresh reference for an internal error, logged with the detail and shown to the user.
    pub fn internal() -> Self {
        ErrorPage::Internal {
            reference: Self::internal_reference(),
        }
    }

    /// A fresh reference for a fault of ours, to log with the detail and show to the user.
    pub fn internal_reference() -> String {
        uuid::Uuid::new_v4().simple().to_string()[..12].to_owned()
    }

    pub fn into_response(self) -> Response {
        let status = match self {
            ErrorPage::NotFound => StatusCode::NOT_FOUND,
            ErrorPage::CsrfRejected => StatusCode::FORBIDDEN,
            ErrorPage::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorPage::BadRequest => StatusCode::BAD_REQUEST,
            ErrorPage::NoCaseKey => StatusCode::FORBIDDEN,
            ErrorPage::Busy => StatusCode::SERVICE_UNAVAILABLE,
            ErrorPage::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let mut response = status.into_response();
        if matches!(self, ErrorPage::Busy) {
            response.headers_mut().insert(
                RETRY_AFTER,
                HeaderValue::from_static(BUSY_RETRY_AFTER_SECONDS),
            );
        }
        response.extensions_mut().insert(self);
        response
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => ErrorPage::NotFound.into_response(),
            AppError::BadRequest => ErrorPage::BadRequest.into_response(),
            AppError::NoCaseKey => ErrorPage::NoCaseKey.into_response(),
            AppError::Busy => ErrorPage::Busy.into_response(),
            AppError::Internal(detail) => {
                let page = ErrorPage::internal();
                if let ErrorPage::Internal { reference } = &page {
                    tracing::error!(reference, detail, "request failed");
                }
                page.into_response()
            }
        }
    }
}

/// The router's fallback: every unknown path is a 404 page.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

#[derive(Template)]
#[template(path = "errors/not_found.html")]
struct NotFoundPage {
    ctx: PageContext,
}

#[derive(Template)]
#[template(path = "errors/csrf.html")]
struct CsrfPage {
    ctx: PageContext,
}

#[derive(Template)]
#[template(path = "errors/bad_request.html")]
struct BadRequestPage {
    ctx: PageContext,
}

#[derive(Template)]
#[template(path = "errors/no_case_key.html")]
struct NoCaseKeyPage {
    ctx: PageContext,
}

#[derive(Template)]
#[template(path = "errors/too_large.html")]
struct TooLargePage {
    ctx: PageContext,
}

#[derive(Template)]
#[template(path = "errors/busy.html")]
struct BusyPage {
    ctx: PageContext,
}

#[derive(Template)]
#[template(path = "errors/server_error.html")]
struct ServerErrorPage {
    ctx: PageContext,
    reference: String,
}

/// Middleware: renders the page for any response marked with [`ErrorPage`], in the request's
/// language. The status code and headers are kept.
pub async fn error_pages(lang: Lang, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let Some(page) = response
        .extensions()
        .get::<ErrorPage>()
        .cloned()
        .or_else(|| framework_rejection(&response))
    else {
        return response;
    };
    // The language switcher on an error page returns to the start page, never to the path
    // asked for: a path can carry anything, and an error page must not echo it.
    let ctx = PageContext::new(lang, "/");
    let body = match &page {
        ErrorPage::NotFound => NotFoundPage { ctx }.render(),
        ErrorPage::CsrfRejected => CsrfPage { ctx }.render(),
        ErrorPage::TooLarge => TooLargePage { ctx }.render(),
        ErrorPage::BadRequest => BadRequestPage { ctx }.render(),
        ErrorPage::NoCaseKey => NoCaseKeyPage { ctx }.render(),
        ErrorPage::Busy => BusyPage { ctx }.render(),
        ErrorPage::Internal { reference } => ServerErrorPage {
            ctx,
            reference: reference.clone(),
        }
        .render(),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    parts
        .headers
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let body = body.unwrap_or_else(|e| {
        tracing::error!(error = %e, "could not render the error page");
        String::from("<!DOCTYPE html><title>Error</title>")
    });
    Response::from_parts(parts, body.into())
}

/// axum's own rejections (a form that cannot be parsed, a wrong content type, a body too large)
/// are plain-text 4xx responses; every page of ours is HTML. Give them a proper page instead.
fn framework_rejection(response: &Response) -> Option<ErrorPage> {
    let plain_text = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    if !plain_text {
        return None;
    }
    match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Some(ErrorPage::TooLarge),
        StatusCode::BAD_REQUEST
        | StatusCode::UNPROCESSABLE_ENTITY
        | StatusCode::UNSUPPORTED_MEDIA_TYPE => Some(ErrorPage::BadRequest),
        _ => None,
    }
}

/// Turns a caught panic into a 500 page. The panic's message is not logged: it could hold
/// anything the code was handling.
pub fn panic_response(_payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let page = ErrorPage::internal();
    if let ErrorPage::Internal { reference } = &page {
        tracing::error!(reference, "a request handler panicked");
    }
    page.into_response()
}
