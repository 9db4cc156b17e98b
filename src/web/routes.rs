//! The route registry: the only way a feature adds a route, so that the router and the list of
//! every route the app answers ([`crate::web::router::route_table`]) come from the same calls
//! and a new route cannot be left out of the access-matrix test.
//!
//! A feature's `routes()` returns [`Routes`] built with this module's [`get`] and [`post`]
//! (used exactly like axum's `get(handler).post(handler)`), never an axum `Router` or
//! `axum::routing` directly; `tests/access_matrix.rs` reads `src/` and fails if anything
//! outside this module calls axum's `.route(`. This module must never hide a route from the
//! table or register one without recording it.

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::MethodRouter;

use crate::web::AppState;

/// Who may reach a route before its handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Access {
    /// Anyone, signed in or not (the page layers, the session and CSRF checks apply).
    Public,
    /// Only the signed-in: anyone else is sent to the sign-in page before the handler runs.
    SignedIn,
    /// The embedded assets: public, outside the session layer, cached.
    Asset,
    /// The health check: public, outside every page layer.
    Health,
}

/// One registered path and the methods it answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    /// The axum path pattern, e.g. `/cases/{reference}`.
    pub path: &'static str,
    /// The methods registered, in the order given (`GET` also answers `HEAD`, as in axum).
    pub methods: Vec<Method>,
    pub access: Access,
}

/// A path's handlers and the methods they were registered for: axum's `MethodRouter`, which
/// cannot tell its methods, plus the list.
pub struct Endpoint<S = AppState> {
    methods: Vec<Method>,
    inner: MethodRouter<S>,
}

/// A `GET` handler (as `axum::routing::get`).
pub fn get<H, T, S>(handler: H) -> Endpoint<S>
where
    H: Handler<T, S>,
    T: 'static,
    S: Clone + Send + Sync + 'static,
{
    Endpoint {
        methods: vec![Method::GET],
        inner: axum::routing::get(handler),
    }
}

/// A `POST` handler (as `axum::routing::post`).
pub fn post<H, T, S>(handler: H) -> Endpoint<S>
where
    H: Handler<T, S>,
    T: 'static,
    S: Clone + Send + Sync + 'static,
{
    Endpoint {
        methods: vec![Method::POST],
        inner: axum::routing::post(handler),
    }
}

impl<S: Clone + Send + Sync + 'static> Endpoint<S> {
    /// Adds a `GET` handler to this path.
    pub fn get<H, T>(mut self, handler: H) -> Self
    where
        H: Handler<T, S>,
        T: 'static,
    {
        self.methods.push(Method::GET);
        self.inner = self.inner.get(handler);
        self
    }

    /// Adds a `POST` handler to this path.
    pub fn post<H, T>(mut self, handler: H) -> Self
    where
        H: Handler<T, S>,
        T: 'static,
    {
        self.methods.push(Method::POST);
        self.inner = self.inner.post(handler);
        self
    }
}

/// A set of routes being built: the axum router and the record of what went into it.
pub struct Routes<S = AppState> {
    router: Router<S>,
    table: Vec<(&'static str, Vec<Method>)>,
}

impl<S: Clone + Send + Sync + 'static> Default for Routes<S> {
    fn default() -> Self {
        Self::new()
    }
}

impl<S: Clone + Send + Sync + 'static> Routes<S> {
    pub fn new() -> Self {
        Self {
            router: Router::new(),
            table: Vec::new(),
        }
    }

    /// Registers `endpoint` at `path` (as axum's `Router::route`) and records it.
    pub fn route(mut self, path: &'static str, endpoint: Endpoint<S>) -> Self {
        self.router = self.router.route(path, endpoint.inner);
        self.table.push((path, endpoint.methods));
        self
    }

    /// Adds another feature's routes (as axum's `Router::merge`), with their record.
    pub fn merge(mut self, other: Routes<S>) -> Self {
        self.router = self.router.merge(other.router);
        self.table.extend(other.table);
        self
    }

    /// The axum router, to mount.
    pub fn into_router(self) -> Router<S> {
        self.router
    }

    /// What was registered, each path marked with who may reach it.
    pub fn table(&self, access: Access) -> Vec<RouteInfo> {
        self.table
            .iter()
            .map(|(path, methods)| RouteInfo {
                path,
                methods: methods.clone(),
                access,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    use super::*;

    #[tokio::test]
    async fn the_record_matches_what_the_router_answers() {
        let routes: Routes<()> = Routes::new()
            .route("/a", get(|| async { "a" }).post(|| async { "posted" }))
            .merge(Routes::new().route("/b/{id}", post(|| async { "b" })));
        assert_eq!(
            routes.table(Access::Public),
            vec![
                RouteInfo {
                    path: "/a",
                    methods: vec![Method::GET, Method::POST],
                    access: Access::Public,
                },
                RouteInfo {
                    path: "/b/{id}",
                    methods: vec![Method::POST],
                    access: Access::Public,
                },
            ]
        );
        let router = routes.into_router();
        let answer = |method: Method, path: &'static str| {
            let router = router.clone();
            async move {
                let request = Request::builder()
                    .method(method)
                    .uri(path)
                    .body(Body::empty())
                    .unwrap();
                router.oneshot(request).await.unwrap().status()
            }
        };
        assert_eq!(answer(Method::GET, "/a").await, StatusCode::OK);
        assert_eq!(answer(Method::POST, "/a").await, StatusCode::OK);
        assert_eq!(answer(Method::POST, "/b/7").await, StatusCode::OK);
        assert_eq!(
            answer(Method::GET, "/b/7").await,
            StatusCode::METHOD_NOT_ALLOWED
        );
        assert_eq!(answer(Method::GET, "/c").await, StatusCode::NOT_FOUND);
    }
}
