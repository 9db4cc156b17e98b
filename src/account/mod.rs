//! Your own account: your details and roles, the language the service uses for you (saved on
//! the account, so it follows you to any computer and beats the browser's setting), and changing
//! your password (which needs the current one and re-wraps your key under the new one).

use std::net::SocketAddr;

use age::secrecy::SecretString;
use askama::Template;
use axum::extract::{ConnectInfo, Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::{self, AccountsError, Role};
use crate::auth::CurrentUser;
use crate::auth::password::{NewPassword, PasswordProblem};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::FormErrors;
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/account", get(account_page))
        .route("/account/language", post(save_language))
        .route(
            "/account/password",
            get(password_page).post(change_password),
        )
}

#[derive(Template)]
#[template(path = "account/account.html", blocks = ["content"])]
struct AccountPage {
    ctx: PageContext,
    name: String,
    email: String,
    roles: Vec<Role>,
    saved_language: Option<Lang>,
    /// The saved language's code, or "" for "follow the browser".
    saved_code: &'static str,
    notice: Option<String>,
}
crate::htmx_page!(AccountPage);

#[derive(Deserialize)]
struct Notice {
    saved: Option<String>,
}

/// `GET /account`
async fn account_page(
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Query(notice): Query<Notice>,
) -> Result<Response, AppError> {
    let notice = match notice.saved.as_deref() {
        Some("password") => Some(ctx.t("account-notice-password")),
        Some("language") => Some(ctx.t("account-notice-language")),
        _ => None,
    };
    render(
        hx,
        &AccountPage {
            ctx,
            name: user.name,
            email: user.email,
            roles: user.roles.iter().collect(),
            saved_language: user.language,
            saved_code: user.language.map_or("", Lang::code),
            notice,
        },
    )
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    language: String,
}

/// `POST /account/language`: an empty choice means "follow the browser".
async fn save_language(
    State(state): State<AppState>,
    user: CurrentUser,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let lang = Lang::from_code(&form.language);
    let mut tx = state.db.begin_write().await?;
    accounts::store::set_language(&mut tx, &user.id, lang).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account?saved=language").into_response())
}

#[derive(Template)]
#[template(path = "account/password.html", blocks = ["content"])]
struct PasswordPage {
    ctx: PageContext,
    errors: FormErrors,
    email: String,
}
crate::htmx_page!(PasswordPage);

/// `GET /account/password`
async fn password_page(
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
) -> Result<Response, AppError> {
    render(
        hx,
        &PasswordPage {
            ctx,
            errors: FormErrors::default(),
            email: user.email,
        },
    )
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm_password: String,
}

/// `POST /account/password`
async fn change_password(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    if form.current_password.is_empty() {
        errors.add(
            "current_password",
            ctx.t("password-problem-current-missing"),
        );
    }
    let personal = [user.name.as_str(), user.email.as_str()];
    let new = match NewPassword::parse(&form.password, &form.confirm_password, &personal) {
        Ok(new) => Some(new),
        Err(problem) => {
            let field = if problem == PasswordProblem::Mismatch {
                "confirm_password"
            } else {
                "password"
            };
            errors.add(field, ctx.t(problem.message_key()));
            None
        }
    };
    if let (Some(new), true) = (&new, errors.is_empty()) {
        let current = SecretString::from(form.current_password.clone());
        match accounts::change_password(
            &state.db,
            &state.auth.key_work,
            &user.id,
            current,
            new,
            &peer.ip().to_string(),
        )
        .await
        {
            Ok(epoch) => {
                state.auth.keyring.renew(user.login_id(), epoch);
                return Ok(Redirect::to("/account?saved=password").into_response());
            }
            Err(AccountsError::WrongPassword) => {
                errors.add("current_password", ctx.t("password-problem-current-wrong"));
            }
            Err(e) => return Err(AppError::Internal(format!("password change: {e}"))),
        }
    }
    let page = PasswordPage {
        ctx,
        errors,
        email: user.email,
    };
    render_status(StatusCode::BAD_REQUEST, hx, &page)
}
