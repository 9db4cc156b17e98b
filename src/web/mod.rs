//! Web plumbing shared by every feature: the router and its layers, the page context and
//! htmx-aware rendering, the one error type that becomes an error page, embedded assets and
//! security headers. Features put their routes, queries and view models in their own folders.

pub mod assets;
pub mod error;
pub mod form;
pub mod page;
pub mod router;
pub mod routes;
pub mod security;

use std::sync::Arc;

use crate::auth::Auth;
use crate::config::Config;
use crate::db::Database;
use crate::toolkit::Toolkit;

/// What every handler can reach: the database, the configuration, the checked toolkit and the
/// sign-in machinery.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub config: Arc<Config>,
    pub toolkit: Arc<Toolkit>,
    /// Sessions, keyring, throttling and key-derivation limits.
    pub auth: Auth,
}
