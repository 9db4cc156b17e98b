//! Signing in and out, and setting a password with a one-time link.
//!
//! Messages never say whether an account exists: a wrong password, an unknown email, an account
//! not yet activated and a disabled account all get the same message, after the same work (an
//! argon2 check against a dummy hash stands in for a missing account). A link that is unknown,
//! used, expired or belongs to a disabled account gets one "ask for a new link" page.
//!
//! Never log or audit what was typed into the email or password fields of a failed sign-in
//! (people type passwords into the email box).

use std::net::SocketAddr;

use age::secrecy::SecretString;
use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use serde_json::json;
use tower_sessions::Session;

use crate::accounts::{self, AccountsError, Email};
use crate::audit::{self, Action, Actor, Entry};
use crate::auth::password::{self, NewPassword};
use crate::auth::{MaybeUser, csrf};
use crate::crypto;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::FormErrors;
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/sign-in", get(sign_in_page).post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/signed-out", get(signed_out_page))
        .route("/activate/{token}", get(activate_page).post(activate))
}

/// Where to go after signing in: only a path on this server.
fn safe_next(next: Option<&str>) -> String {
    crate::language::safe_return_path(next.unwrap_or("/")).to_owned()
}

#[derive(Template)]
#[template(path = "sign_in/sign_in.html", blocks = ["content"])]
struct SignInPage {
    ctx: PageContext,
    errors: FormErrors,
    email: String,
    next: String,
    notice: Option<String>,
}
crate::htmx_page!(SignInPage);

#[derive(Deserialize)]
struct SignInQuery {
    next: Option<String>,
    activated: Option<String>,
}

/// `GET /sign-in`
async fn sign_in_page(
    ctx: PageContext,
    hx: HxRequest,
    MaybeUser(user): MaybeUser,
    Query(query): Query<SignInQuery>,
) -> Result<Response, AppError> {
    let next = safe_next(query.next.as_deref());
    if user.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let notice = query
        .activated
        .is_some()
        .then(|| ctx.t("sign-in-notice-activated"));
    render(
        hx,
        &SignInPage {
            ctx,
            errors: FormErrors::default(),
            email: String::new(),
            next,
            notice,
        },
    )
}

#[derive(Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /sign-in`
async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    jar: CookieJar,
    ctx: PageContext,
    hx: HxRequest,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let address = peer.ip();
    let source = address.to_string();
    let next = safe_next(Some(&form.next));
    let typed_email = form.email.trim().to_lowercase();
    let page = |ctx: PageContext, errors: FormErrors| SignInPage {
        ctx,
        errors,
        email: form.email.trim().to_owned(),
        next: next.clone(),
        notice: None,
    };

    let mut errors = FormErrors::default();
    if typed_email.is_empty() {
        errors.add("email", ctx.t("sign-in-problem-email-missing"));
    }
    if form.password.is_empty() {
        errors.add("password", ctx.t("sign-in-problem-password-missing"));
    }
    if !errors.is_empty() {
        return render_status(StatusCode::BAD_REQUEST, hx, &page(ctx, errors));
    }

    let auth = &state.auth;
    if let Some(wait) = auth.throttle.blocked(&typed_email, address) {
        let mut tx = state.db.begin_write().await?;
        audit::append(
            &mut tx,
            Entry::new(Actor::Anonymous, Action::SignInThrottled, source.clone()),
        )
        .await?;
        tx.commit().await?;
        let minutes = wait.as_secs().div_ceil(60).max(1) as usize;
        errors.add(
            "email",
            ctx.lang
                .t_args("sign-in-problem-throttled", &[("count", minutes.into())]),
        );
        return render_status(StatusCode::TOO_MANY_REQUESTS, hx, &page(ctx, errors));
    }

    let credentials = match Email::parse(&typed_email) {
        Ok(email) => accounts::store::credentials(state.db.reader(), &email).await?,
        Err(_) => None,
    };
    let password = SecretString::from(form.password.clone());
    let (stored_hash, wrapped, disabled) = match &credentials {
        Some(c) => (c.password_hash.clone(), c.wrapped_key.clone(), c.disabled),
        None => (None, None, false),
    };
    let key = auth
        .key_work
        .run(move || {
            let matches = password::verify(&password, stored_hash.as_deref());
            match (matches && !disabled, wrapped) {
                (true, Some(wrapped)) => crypto::unwrap_with_password(&wrapped, &password).ok(),
                _ => None,
            }
        })
        .await;

    let (Some(key), Some(credentials)) = (key, credentials.as_ref()) else {
        auth.throttle.record_failure(&typed_email, address);
        let mut entry = Entry::new(Actor::Anonymous, Action::SignInFailed, source);
        if let Some(c) = &credentials {
            entry = entry.subject(c.id.as_str()).detail(json!({
                "reason": if c.disabled { "disabled" } else if c.password_hash.is_none() { "not-activated" } else { "wrong-password" }
            }));
        } else {
            entry = entry.detail(json!({ "reason": "unknown-account" }));
        }
        let mut tx = state.db.begin_write().await?;
        audit::append(&mut tx, entry).await?;
        tx.commit().await?;
        errors.add("email", ctx.t("sign-in-problem-not-recognised"));
        return render_status(StatusCode::UNAUTHORIZED, hx, &page(ctx, errors));
    };

    auth.throttle.record_success(&typed_email);
    auth.start_login(
        &session,
        credentials.id.clone(),
        credentials.session_epoch,
        key,
    )
    .await?;
    let mut tx = state.db.begin_write().await?;
    audit::append(
        &mut tx,
        Entry::new(
            Actor::User(credentials.id.to_string()),
            Action::SignIn,
            source,
        )
        .subject(credentials.id.as_str()),
    )
    .await?;
    tx.commit().await?;
    // A new CSRF token for the new login.
    let (_, cookie) = csrf::fresh(auth.secure_cookies);
    Ok((jar.add(cookie), Redirect::to(&next)).into_response())
}

/// `POST /sign-out`
async fn sign_out(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    jar: CookieJar,
    MaybeUser(user): MaybeUser,
) -> Result<Response, AppError> {
    state.auth.end_login(&session).await?;
    if let Some(user) = user {
        let mut tx = state.db.begin_write().await?;
        audit::append(
            &mut tx,
            Entry::new(
                Actor::User(user.id.to_string()),
                Action::SignOut,
                peer.ip().to_string(),
            )
            .subject(user.id.as_str()),
        )
        .await?;
        tx.commit().await?;
    }
    let (_, cookie) = csrf::fresh(state.auth.secure_cookies);
    Ok((jar.add(cookie), Redirect::to("/signed-out")).into_response())
}

#[derive(Template)]
#[template(path = "sign_in/signed_out.html", blocks = ["content"])]
struct SignedOutPage {
    ctx: PageContext,
}
crate::htmx_page!(SignedOutPage);

/// `GET /signed-out`
async fn signed_out_page(ctx: PageContext, hx: HxRequest) -> Result<Response, AppError> {
    render(hx, &SignedOutPage { ctx })
}

#[derive(Template)]
#[template(path = "sign_in/activate.html", blocks = ["content"])]
struct ActivatePage {
    ctx: PageContext,
    errors: FormErrors,
    name: String,
    email: String,
    action: String,
}
crate::htmx_page!(ActivatePage);

#[derive(Template)]
#[template(path = "sign_in/link_problem.html", blocks = ["content"])]
struct LinkProblemPage {
    ctx: PageContext,
}
crate::htmx_page!(LinkProblemPage);

fn link_problem(ctx: PageContext, hx: HxRequest) -> Result<Response, AppError> {
    render_status(StatusCode::GONE, hx, &LinkProblemPage { ctx })
}

/// `GET /activate/{token}`: the set-password page, if the link is still usable.
async fn activate_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageContext,
    hx: HxRequest,
) -> Result<Response, AppError> {
    let Some(account) = accounts::link_account(&state.db, &token).await? else {
        return link_problem(ctx, hx);
    };
    render(
        hx,
        &ActivatePage {
            action: ctx.path.clone(),
            ctx,
            errors: FormErrors::default(),
            name: account.name,
            email: account.email,
        },
    )
}

#[derive(Deserialize)]
struct ActivateForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm_password: String,
}

/// `POST /activate/{token}`: sets the password and makes the person's key pair.
async fn activate(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(token): Path<String>,
    ctx: PageContext,
    hx: HxRequest,
    Form(form): Form<ActivateForm>,
) -> Result<Response, AppError> {
    let Some(account) = accounts::link_account(&state.db, &token).await? else {
        return link_problem(ctx, hx);
    };
    let personal = [account.name.as_str(), account.email.as_str()];
    let password = match NewPassword::parse(&form.password, &form.confirm_password, &personal) {
        Ok(password) => password,
        Err(problem) => {
            let mut errors = FormErrors::default();
            let field = if problem == password::PasswordProblem::Mismatch {
                "confirm_password"
            } else {
                "password"
            };
            errors.add(field, ctx.t(problem.message_key()));
            let page = ActivatePage {
                action: ctx.path.clone(),
                ctx,
                errors,
                name: account.name,
                email: account.email,
            };
            return render_status(StatusCode::BAD_REQUEST, hx, &page);
        }
    };
    match accounts::activate(
        &state.db,
        &state.auth.key_work,
        &token,
        &password,
        &peer.ip().to_string(),
    )
    .await
    {
        Ok(_) => Ok(Redirect::to("/sign-in?activated=1").into_response()),
        Err(AccountsError::LinkInvalid) => link_problem(ctx, hx),
        Err(e) => Err(AppError::Internal(format!("activation: {e}"))),
    }
}
