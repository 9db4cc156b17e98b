//! Static assets (styles, scripts, icons), embedded in the binary at build time.
//!
//! `build.rs` fetches govuk-frontend and htmx from the npm registry, compiles our Sass and
//! stages the files in `OUT_DIR/assets`; nothing third-party is committed and no page loads
//! anything from another host. Pages link to `/assets/<file>?v=<hash>`: a request carrying the
//! current hash may be cached for a year; any other gets `no-cache` and an `ETag`.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{Path, Query};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use serde::Deserialize;

use crate::web::error::AppError;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/assets"]
struct Assets;

/// Each asset's short content hash, computed once.
static VERSIONS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    Assets::iter()
        .filter_map(|name| {
            let file = Assets::get(&name)?;
            Some((name.into_owned(), short_hash(&file.metadata.sha256_hash())))
        })
        .collect()
});

fn short_hash(sha256: &[u8; 32]) -> String {
    sha256[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The URL of an asset with its version, for templates.
pub fn versioned_url(name: &str) -> String {
    match VERSIONS.get(name) {
        Some(version) => format!("/assets/{name}?v={version}"),
        None => format!("/assets/{name}"),
    }
}

#[derive(Deserialize)]
pub struct AssetQuery {
    v: Option<String>,
}

/// `GET /assets/{*path}`
pub async fn serve(
    Path(path): Path<String>,
    Query(query): Query<AssetQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let file = Assets::get(&path).ok_or(AppError::NotFound)?;
    let version = short_hash(&file.metadata.sha256_hash());
    let etag = format!("\"{version}\"");
    let cache = if query.v.as_deref() == Some(version.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = if headers
        .get(IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        file.data.into_owned().into_response()
    };
    let content_type = match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8".to_owned(),
        Some("js" | "mjs") => "text/javascript; charset=utf-8".to_owned(),
        _ => file.metadata.mimetype().to_owned(),
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(CONTENT_TYPE, value);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(ETAG, value);
    }
    Ok(response)
}
