//! Protection against cross-site request forgery, in two independent layers:
//!
//! 1. tower-http's `CsrfLayer` refuses a state-changing request whose `Sec-Fetch-Site` or
//!    `Origin` says it came from another site (see [`origin_check`]).
//! 2. A token: every page carries a random token (a hidden `csrf_token` field in each form, and
//!    an `X-CSRF-Token` header on every htmx request via `hx-headers` on `<body>`), which must
//!    match the HttpOnly, SameSite=Strict cookie it came with ("double submit"). This covers old
//!    browsers and proxies that strip the headers layer 1 relies on. The cookie is replaced at
//!    sign-in and sign-out.
//!
//! Every POST, PUT, PATCH and DELETE passes both or gets the 403 page that explains what to do.
//! No route may change state on GET. Never log a token.

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{CONTENT_TYPE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use subtle::ConstantTimeEq;
use tower_http::csrf::CsrfLayer;

use crate::web::AppState;
use crate::web::error::{AppError, ErrorPage};

/// The form field that carries the token.
pub const FORM_FIELD: &str = "csrf_token";
/// The header htmx requests carry the token in.
pub const HEADER: &str = "x-csrf-token";
/// The largest form body read to find the token (the same limit axum's `Form` applies).
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// The token of this request, for templates.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .ok_or_else(|| AppError::Internal("the CSRF middleware is not installed".into()))
    }
}

/// The cookie's name: `__Host-` prefixed when cookies are `Secure`.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-dialogues-csrf"
    } else {
        "dialogues-csrf"
    }
}

/// A new token and the cookie that carries it.
pub fn fresh(secure: bool) -> (CsrfToken, Cookie<'static>) {
    let token = crate::auth::random_token();
    let cookie = Cookie::build((cookie_name(secure), token.clone()))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .build();
    (CsrfToken(token), cookie)
}

/// Layer 1: the `Sec-Fetch-Site`/`Origin` check, answering with the same 403 page as layer 2.
pub fn origin_check() -> CsrfLayer<fn(tower_http::csrf::ProtectionError) -> Response> {
    fn rejected(_: tower_http::csrf::ProtectionError) -> Response {
        ErrorPage::CsrfRejected.into_response()
    }
    CsrfLayer::new().with_rejection_response(rejected as fn(_) -> Response)
}

/// Layer 2 (middleware): checks the token on state-changing requests and issues one when the
/// browser has none.
pub async fn check_token(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let secure = state.config.secure_cookies;
    let name = cookie_name(secure);
    let jar = CookieJar::from_headers(request.headers());
    let existing = jar
        .get(name)
        .map(|c| c.value().to_owned())
        .filter(|v| well_formed(v));

    let (mut request, new_cookie) = match &existing {
        Some(token) => {
            let mut request = request;
            request.extensions_mut().insert(CsrfToken(token.clone()));
            (request, None)
        }
        None => {
            let (token, cookie) = fresh(secure);
            let mut request = request;
            request.extensions_mut().insert(token);
            (request, Some(cookie))
        }
    };

    if changes_state(request.method()) {
        let (checked, submitted) = match submitted_token(request).await {
            Ok(pair) => pair,
            Err(response) => return response,
        };
        request = checked;
        let matches = match (&existing, &submitted) {
            (Some(expected), Some(given)) => {
                bool::from(expected.as_bytes().ct_eq(given.as_bytes()))
            }
            _ => false,
        };
        if !matches {
            let mut response = ErrorPage::CsrfRejected.into_response();
            if let Some(cookie) = new_cookie {
                append_cookie(&mut response, &cookie);
            }
            return response;
        }
    }

    let mut response = next.run(request).await;
    if let Some(cookie) = new_cookie {
        let already_set = response
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .any(|v| v.to_str().is_ok_and(|v| v.starts_with(name)));
        if !already_set {
            append_cookie(&mut response, &cookie);
        }
    }
    response
}

fn append_cookie(response: &mut Response, cookie: &Cookie<'_>) {
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn well_formed(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The token the request carries: the header, or the form field of a urlencoded or multipart
/// body (which is read and put back for the handler).
async fn submitted_token(request: Request) -> Result<(Request, Option<String>), Response> {
    if let Some(value) = request.headers().get(HEADER) {
        let token = value.to_str().ok().map(str::to_owned);
        return Ok((request, token));
    }
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let boundary = multer::parse_boundary(&content_type).ok();
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    if !is_form && boundary.is_none() {
        return Ok((request, None));
    }
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| ErrorPage::TooLarge.into_response())?;
    let token = match boundary {
        Some(boundary) => multipart_token(bytes.clone(), boundary).await,
        None => serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|fields| {
                fields
                    .into_iter()
                    .find(|(name, _)| name == FORM_FIELD)
                    .map(|(_, value)| value)
            }),
    };
    Ok((Request::from_parts(parts, Body::from(bytes)), token))
}

/// The token field of a multipart body (forms put it first, so the file is rarely read here).
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let stream =
        futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(FORM_FIELD) {
            return field.text().await.ok();
        }
    }
    None
}
