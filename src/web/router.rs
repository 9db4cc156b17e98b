//! The router: where every feature's routes are mounted, and the layers around them.
//!
//! `/healthz` sits outside every layer that could touch a session or the database (it gets only
//! the security headers), so a load balancer's probe costs nothing and reveals nothing.
//!
//! Every route goes through the registry in [`crate::web::routes`], so [`route_table`] lists
//! exactly what [`build`] mounts; never add a route here or in a feature with axum's own
//! `Router::route`.

use axum::http::HeaderValue;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::IntoResponse;
use axum::{Router, middleware};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

use crate::auth::{self, csrf};
use crate::web::routes::{Access, RouteInfo, Routes, get};
use crate::web::{AppState, assets, error, security};
use crate::{
    account, admin, cases, cover, formulations, home, language, refresher, sessions, sign_in,
    supervision, training,
};

/// Every feature's routes, split by who may reach them: the one list both [`build`] and
/// [`route_table`] read.
struct Mounted {
    public: Routes,
    signed_in: Routes,
    assets: Routes,
    health: Routes,
}

fn mounted() -> Mounted {
    // Deny by default: only these routes can be reached without signing in. Every other
    // feature goes in `signed_in`, whose layer sends anyone not signed in to the sign-in page
    // even if a handler forgot its auth extractor.
    let public = Routes::new()
        .merge(home::routes())
        .merge(language::routes())
        .merge(sign_in::routes())
        // Saves of typed notes check sign-in themselves, to hand the text back if it ended.
        .merge(sessions::pages::typed_text_routes());
    let signed_in = Routes::new()
        .merge(account::routes())
        .merge(admin::routes())
        .merge(training::routes())
        .merge(refresher::routes())
        .merge(crate::calibration::routes())
        .merge(cases::pages::routes())
        .merge(sessions::pages::routes())
        .merge(formulations::pages::routes())
        .merge(crate::second_rating::pages::routes())
        .merge(cover::pages::routes())
        .merge(supervision::pages::routes())
        .merge(crate::sharing::pages::routes());
    Mounted {
        public,
        signed_in,
        assets: Routes::new().route("/assets/{*path}", get(assets::serve)),
        health: Routes::new().route("/healthz", get(healthz)),
    }
}

/// Every route the app answers: its path pattern, its methods and who may reach it, in the
/// order they are mounted. Built from the same calls as [`build`], so nothing can be missing.
pub fn route_table() -> Vec<RouteInfo> {
    let mounted = mounted();
    let mut table = mounted.public.table(Access::Public);
    table.extend(mounted.signed_in.table(Access::SignedIn));
    table.extend(mounted.assets.table(Access::Asset));
    table.extend(mounted.health.table(Access::Health));
    table
}

/// Builds the whole application.
///
/// Around the page routes, innermost first: the CSRF token check, the `Origin`/`Sec-Fetch-Site`
/// check, the session layer; then [`with_page_layers`].
pub fn build(state: AppState) -> Router {
    let Mounted {
        public,
        signed_in,
        assets,
        health,
    } = mounted();
    let signed_in = signed_in
        .into_router()
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_sign_in,
        ));
    let pages = public
        .into_router()
        .merge(signed_in)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            csrf::check_token,
        ))
        .layer(csrf::origin_check())
        .layer(state.auth.session_layer())
        .merge(assets.into_router());
    // The health check gets the security headers too (they touch neither session nor
    // database), so no response of this app goes without them.
    let mut health = health.into_router();
    for layer in security::header_layers() {
        health = health.layer(layer);
    }
    health
        .merge(with_page_layers(pages))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}

/// Wraps page routes in what every page gets: the 404 fallback, panic catching, error pages in
/// the request's language, and the security headers.
pub fn with_page_layers<S: Clone + Send + Sync + 'static>(pages: Router<S>) -> Router<S> {
    let mut pages = pages
        .fallback(error::not_found)
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(middleware::from_fn(error::error_pages));
    for layer in security::header_layers() {
        pages = pages.layer(layer);
    }
    pages
}

/// The log span of a request: its method and route pattern (`/activate/{token}`), never the
/// actual path or query, which can carry one-time tokens.
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or("(no route)", |p| p.as_str());
    tracing::info_span!("request", method = %request.method(), route)
}

/// `GET /healthz`: the process is up and serving.
async fn healthz() -> impl IntoResponse {
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        "ok\n",
    )
}

#[cfg(test)]
mod tests {
    use axum::body::{Body, to_bytes};
    use axum::http::{Request, StatusCode};
    use axum::routing::get;
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn a_panic_becomes_the_500_page_without_its_message() {
        let app = with_page_layers(Router::new().route(
            "/boom",
            get(|| async {
                let secret = "canary-7f3a";
                panic!("failed with {secret}");
                #[allow(unreachable_code)]
                ()
            }),
        ));
        let request = Request::get("/boom")
            .header("accept-language", "en")
            .body(Body::empty())
            .unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(response.headers().contains_key("content-security-policy"));
        let body = String::from_utf8(
            to_bytes(response.into_body(), 1 << 20)
                .await
                .unwrap()
                .to_vec(),
        )
        .unwrap();
        assert!(
            body.contains("Sorry, there is a problem with the service"),
            "{body}"
        );
        assert!(body.contains("give them this reference"));
        assert!(!body.contains("canary-7f3a"));
    }

    #[tokio::test]
    async fn an_internal_error_shows_a_reference_not_the_detail() {
        let app = with_page_layers(Router::new().route(
            "/fail",
            get(|| async {
                Err::<(), _>(error::AppError::Internal("database: canary-91b2".into()))
            }),
        ));
        let response = app
            .oneshot(Request::get("/fail").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = String::from_utf8(
            to_bytes(response.into_body(), 1 << 20)
                .await
                .unwrap()
                .to_vec(),
        )
        .unwrap();
        assert!(!body.contains("canary-91b2"));
        assert!(body.contains("<main"));
    }
}
