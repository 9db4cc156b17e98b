//! Who is signed in, and what they may do: sessions, the in-memory keyring, passwords,
//! sign-in throttling, CSRF protection, role extractors and the one object-level access check.
//!
//! Deny by default: a handler that takes no auth extractor is public, so every handler that
//! shows or changes anything about people or cases takes [`CurrentUser`] or a role extractor
//! ([`Administrator`], [`Supervisor`], [`Facilitator`], [`TrainingManager`]). A missing role and
//! another person's object both answer 404, never 403, so ids reveal nothing.
//!
//! This module must never put a key, a password or a token in a log, an error or the session
//! record.

pub mod csrf;
pub mod keyring;
pub mod password;
pub mod store;
pub mod throttle;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::HeaderValue;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, Session, SessionManagerLayer};

use crate::accounts::{self, AccountStatus, Role, Roles, UserId};
use crate::crypto::KeyPair;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::error::AppError;

pub use keyring::Keyring;
pub use password::KeyWork;
pub use store::InMemorySessions;
pub use throttle::Throttle;

/// The key in the session record that holds the login id.
const LOGIN_KEY: &str = "login";

/// 32 random bytes from the operating system, URL-safe base64 (43 characters).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Everything sign-in needs, shared by all requests.
#[derive(Clone)]
pub struct Auth {
    pub keyring: Keyring,
    pub throttle: Throttle,
    pub key_work: KeyWork,
    pub sessions: InMemorySessions,
    pub secure_cookies: bool,
    pub absolute_timeout: Duration,
}

impl Auth {
    pub fn new(idle_timeout: Duration, absolute_timeout: Duration, secure_cookies: bool) -> Self {
        Self {
            keyring: Keyring::new(idle_timeout, absolute_timeout),
            throttle: Throttle::default(),
            key_work: KeyWork::per_core(),
            sessions: InMemorySessions::default(),
            secure_cookies,
            absolute_timeout,
        }
    }

    /// The session cookie's name: `__Host-` prefixed when cookies are `Secure`.
    pub fn session_cookie_name(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-dialogues-session"
        } else {
            "dialogues-session"
        }
    }

    /// The tower-sessions layer: HttpOnly, SameSite=Strict, Secure when configured; the cookie
    /// lasts for the browser session (the server ends the login at its own timeouts).
    pub fn session_layer(&self) -> SessionManagerLayer<InMemorySessions> {
        SessionManagerLayer::new(self.sessions.clone())
            .with_name(self.session_cookie_name())
            .with_http_only(true)
            .with_same_site(SameSite::Strict)
            .with_secure(self.secure_cookies)
            .with_path("/")
            .with_expiry(Expiry::OnSessionEnd)
    }

    /// Starts a login: a new session id (so a planted id is useless), the key in the keyring.
    pub async fn start_login(
        &self,
        session: &Session,
        user_id: UserId,
        session_epoch: i64,
        key: KeyPair,
    ) -> Result<(), AppError> {
        session.cycle_id().await.map_err(session_error)?;
        let login_id = self.keyring.insert(user_id, session_epoch, key);
        let until = time::OffsetDateTime::now_utc()
            + time::Duration::try_from(self.absolute_timeout).unwrap_or(time::Duration::hours(10));
        session.set_expiry(Some(Expiry::AtDateTime(until)));
        session
            .insert(LOGIN_KEY, login_id)
            .await
            .map_err(session_error)?;
        Ok(())
    }

    /// Ends this login: the key is forgotten and the session record deleted.
    pub async fn end_login(&self, session: &Session) -> Result<(), AppError> {
        if let Ok(Some(login_id)) = session.get::<String>(LOGIN_KEY).await {
            self.keyring.remove(&login_id);
        }
        session.flush().await.map_err(session_error)
    }

    /// Runs the sweeper until the process ends: timed-out logins and session records and stale
    /// throttle counts are removed every few seconds.
    pub fn spawn_sweeper(&self) -> tokio::task::JoinHandle<()> {
        let auth = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(5));
            loop {
                tick.tick().await;
                auth.keyring.sweep();
                auth.throttle.sweep();
                let _ = tower_sessions::ExpiredDeletion::delete_expired(&auth.sessions).await;
            }
        })
    }

    /// Forgets every key and session (shutdown).
    pub async fn shut_down(&self) {
        self.keyring.clear();
        self.sessions.clear().await;
    }
}

fn session_error(e: tower_sessions::session::Error) -> AppError {
    AppError::Internal(format!("session store: {e}"))
}

/// The signed-in person. Taking this extractor makes a handler require sign-in; without a live
/// login the browser is sent to the sign-in page (and back afterwards).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub roles: Roles,
    pub language: Option<Lang>,
    login_id: String,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(role)
    }

    /// This login's private key, for opening case keys. `None` only if the login ended while
    /// the request was running.
    pub fn key(&self, auth: &Auth) -> Option<Arc<KeyPair>> {
        auth.keyring.key(&self.login_id)
    }

    /// Opens a case key from this person's grant (the case key wrapped to their public key),
    /// with the key unwrapped at sign-in. A grant for someone else, or a login that has just
    /// ended, is refused.
    pub fn open_case_key(
        &self,
        auth: &Auth,
        grant: &[u8],
    ) -> Result<KeyPair, crate::crypto::CryptoError> {
        let key = self.key(auth).ok_or(crate::crypto::CryptoError::WrongKey)?;
        crate::crypto::unwrap_with_key(grant, &key)
    }

    /// The login id (to keep this login alive across a password change).
    pub fn login_id(&self) -> &str {
        &self.login_id
    }
}

/// The signed-in person, if any: for pages that anyone may see but that change when signed in
/// (the layout's header, the start page).
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(resolved) = parts.extensions.get::<MaybeUser>() {
            return Ok(resolved.clone());
        }
        let resolved = MaybeUser(resolve(parts, state).await?);
        parts.extensions.insert(resolved.clone());
        Ok(resolved)
    }
}

async fn resolve(parts: &Parts, state: &AppState) -> Result<Option<CurrentUser>, AppError> {
    let Some(session) = parts.extensions.get::<Session>().cloned() else {
        return Ok(None);
    };
    let Ok(Some(login_id)) = session.get::<String>(LOGIN_KEY).await else {
        return Ok(None);
    };
    let auth = &state.auth;
    let Some(live) = auth.keyring.touch(&login_id) else {
        session.flush().await.map_err(session_error)?;
        return Ok(None);
    };
    let account = accounts::store::find(state.db.reader(), &live.user_id).await?;
    match account {
        Some(account)
            if account.status == AccountStatus::Active
                && account.session_epoch == live.session_epoch =>
        {
            Ok(Some(CurrentUser {
                id: account.id,
                name: account.name,
                email: account.email,
                roles: account.roles,
                language: account.language,
                login_id,
            }))
        }
        _ => {
            // Disabled, reset, deleted, or password changed in another session: end it now.
            auth.keyring.remove(&login_id);
            session.flush().await.map_err(session_error)?;
            Ok(None)
        }
    }
}

/// Not signed in: go to the sign-in page, and come back here afterwards. htmx requests get an
/// `HX-Redirect` so the whole page navigates rather than swapping the sign-in page into a
/// fragment.
pub struct SignInRequired {
    next: String,
    htmx: bool,
}

impl IntoResponse for SignInRequired {
    fn into_response(self) -> Response {
        let target = format!("/sign-in?next={}", url_encode(&self.next));
        if self.htmx {
            let mut response = axum::http::StatusCode::NO_CONTENT.into_response();
            if let Ok(value) = HeaderValue::from_str(&target) {
                response.headers_mut().insert("hx-redirect", value);
            }
            response
        } else {
            Redirect::to(&target).into_response()
        }
    }
}

fn url_encode(path: &str) -> String {
    serde_urlencoded::to_string([("", path)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let MaybeUser(user) = MaybeUser::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        user.ok_or_else(|| {
            let next = if parts.method == axum::http::Method::GET {
                parts.uri.path().to_owned()
            } else {
                "/".to_owned()
            };
            SignInRequired {
                next,
                htmx: parts.headers.contains_key("hx-request"),
            }
            .into_response()
        })
    }
}

/// Middleware for every route that is not public: not signed in means the sign-in page, whatever
/// the handler takes.
pub async fn require_sign_in(
    _user: CurrentUser,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    next.run(request).await
}

macro_rules! role_extractor {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name(pub CurrentUser);

        impl FromRequestParts<AppState> for $name {
            type Rejection = Response;

            async fn from_request_parts(
                parts: &mut Parts,
                state: &AppState,
            ) -> Result<Self, Self::Rejection> {
                let user = CurrentUser::from_request_parts(parts, state).await?;
                if user.has($role) {
                    Ok(Self(user))
                } else {
                    Err(AppError::NotFound.into_response())
                }
            }
        }
    };
}

role_extractor!(
    /// A signed-in administrator; anyone else gets 404.
    Administrator,
    Role::Administrator
);
role_extractor!(
    /// A signed-in supervisor; anyone else gets 404.
    Supervisor,
    Role::Supervisor
);
role_extractor!(
    /// A signed-in facilitator; anyone else gets 404.
    Facilitator,
    Role::Facilitator
);
role_extractor!(
    /// A signed-in training manager; anyone else gets 404.
    TrainingManager,
    Role::TrainingManager
);

/// The object-level check every handler that takes an id must use: the object is returned only
/// if it exists **and** `allowed` says this person may see it; otherwise 404, the same answer
/// for both, so an id reveals nothing.
pub fn visible<T>(object: Option<T>, allowed: impl FnOnce(&T) -> bool) -> Result<T, AppError> {
    match object {
        Some(object) if allowed(&object) => Ok(object),
        _ => Err(AppError::NotFound),
    }
}

/// Whether `viewer` may see the work of `owner`: their own, or that of someone they supervise.
/// Later features add case grants and cover on top of this, never instead of it.
pub async fn may_see_work_of(
    state: &AppState,
    viewer: &CurrentUser,
    owner: &UserId,
) -> Result<bool, AppError> {
    if viewer.id == *owner {
        return Ok(true);
    }
    Ok(viewer.has(Role::Supervisor)
        && accounts::store::supervises(state.db.reader(), &viewer.id, owner).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
    }

    #[test]
    fn visible_answers_not_found_for_missing_and_forbidden_alike() {
        assert!(matches!(
            visible(None::<u8>, |_| true),
            Err(AppError::NotFound)
        ));
        assert!(matches!(
            visible(Some(1), |_| false),
            Err(AppError::NotFound)
        ));
        assert_eq!(visible(Some(1), |n| *n == 1).unwrap(), 1);
    }

    #[test]
    fn a_signed_in_user_opens_only_their_own_grants_and_nothing_after_sign_out() {
        let auth = Auth::new(Duration::from_secs(60), Duration::from_secs(60), false);
        let user_key = KeyPair::generate();
        let recipient = user_key.recipient();
        let id = UserId::new_random();
        let login_id = auth.keyring.insert(id.clone(), 0, user_key);
        let user = CurrentUser {
            id,
            name: "Sam".into(),
            email: "sam@example.org".into(),
            roles: Roles::default(),
            language: None,
            login_id: login_id.clone(),
        };
        let case = KeyPair::generate();
        let grant = crate::crypto::wrap_to_recipient(&case, &recipient).unwrap();
        let opened = user.open_case_key(&auth, &grant).unwrap();
        assert_eq!(opened.recipient(), case.recipient());
        let elsewhere =
            crate::crypto::wrap_to_recipient(&case, &KeyPair::generate().recipient()).unwrap();
        assert!(user.open_case_key(&auth, &elsewhere).is_err());
        auth.keyring.remove(&login_id);
        assert!(user.open_case_key(&auth, &grant).is_err());
    }

    #[test]
    fn the_next_path_is_encoded() {
        assert_eq!(url_encode("/admin/accounts"), "%2Fadmin%2Faccounts");
    }
}
