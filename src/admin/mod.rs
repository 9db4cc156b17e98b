//! Administrators' pages: the accounts list (with the audit chain head to record elsewhere),
//! adding a person, changing their roles and supervisors, disabling, re-enabling and resetting.
//!
//! Every route takes the [`Administrator`] extractor: anyone else gets 404. The operations are
//! the same ones the command line uses (`crate::accounts`), and each is audited there. An
//! activation or reset link is shown once, on the page that made it, and never stored in a form
//! the browser could cache (every page here is `no-store`). Administrators never see notes.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::header::HOST;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::{
    self, Account, AccountStatus, AccountsError, ChangedBy, Email, NewAccount, PersonName, Role,
    Roles, UserId,
};
use crate::audit;
use crate::auth::{Administrator, visible};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/admin/accounts", get(accounts_page))
        .route(
            "/admin/accounts/new",
            get(new_account_page).post(add_account),
        )
        .route("/admin/accounts/{id}", get(account_page))
        .route("/admin/accounts/{id}/roles", post(save_roles))
        .route("/admin/accounts/{id}/supervisors", post(save_supervisors))
        .route("/admin/accounts/{id}/status", post(save_status))
        .route("/admin/accounts/{id}/reset", post(reset))
}

fn changed_by(admin: &Administrator, peer: SocketAddr) -> ChangedBy {
    ChangedBy::user(&admin.0.id, peer.ip().to_string())
}

/// The link a person follows to set their password, on the address the administrator used.
fn activation_url(state: &AppState, headers: &HeaderMap, token: &str) -> String {
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && !h.contains(['/', '\\', ' ', '@']))
        .map(str::to_owned)
        .unwrap_or_else(|| state.config.listen.to_string());
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}/activate/{token}")
}

struct AccountRow {
    account: Account,
    supervisors: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/accounts.html", blocks = ["content"])]
struct AccountsPage {
    ctx: PageContext,
    rows: Vec<AccountRow>,
    chain_rows: i64,
    chain_head: String,
}
crate::htmx_page!(AccountsPage);

/// `GET /admin/accounts`
async fn accounts_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _admin: Administrator,
) -> Result<Response, AppError> {
    let accounts = accounts::store::list(state.db.reader()).await?;
    // One query for every link, not one per person.
    let links = accounts::store::supervision_links(state.db.reader()).await?;
    let name_of = |id: &UserId| {
        accounts
            .iter()
            .find(|a| a.id == *id)
            .map(|a| a.name.clone())
    };
    let rows = accounts
        .iter()
        .map(|account| AccountRow {
            account: account.clone(),
            supervisors: links
                .iter()
                .filter(|(_, supervisee)| *supervisee == account.id)
                .filter_map(|(supervisor, _)| name_of(supervisor))
                .collect(),
        })
        .collect();
    let (chain_rows, chain_head) = audit::head(state.db.reader()).await?;
    render(
        hx,
        &AccountsPage {
            ctx,
            rows,
            chain_rows,
            chain_head,
        },
    )
}

#[derive(Template)]
#[template(path = "admin/account_new.html", blocks = ["content"])]
struct NewAccountPage {
    ctx: PageContext,
    errors: FormErrors,
    name: String,
    email: String,
    roles: Vec<Role>,
    supervisors: Vec<Choice>,
}
crate::htmx_page!(NewAccountPage);

/// A checkbox for a supervisor.
struct Choice {
    id: String,
    name: String,
    email: String,
    checked: bool,
}

async fn supervisor_choices(
    state: &AppState,
    except: Option<&UserId>,
    checked: &[String],
) -> Result<Vec<Choice>, AppError> {
    Ok(accounts::store::list(state.db.reader())
        .await?
        .into_iter()
        .filter(|a| a.roles.contains(Role::Supervisor) && Some(&a.id) != except)
        .map(|a| Choice {
            checked: checked.iter().any(|c| c == a.id.as_str()),
            id: a.id.to_string(),
            name: a.name,
            email: a.email,
        })
        .collect())
}

/// `GET /admin/accounts/new`
async fn new_account_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _admin: Administrator,
) -> Result<Response, AppError> {
    let supervisors = supervisor_choices(&state, None, &[]).await?;
    render(
        hx,
        &NewAccountPage {
            ctx,
            errors: FormErrors::default(),
            name: String::new(),
            email: String::new(),
            roles: Vec::new(),
            supervisors,
        },
    )
}

#[derive(Template)]
#[template(path = "admin/account_link.html", blocks = ["content"])]
struct LinkPage {
    ctx: PageContext,
    name: String,
    url: String,
    valid_hours: usize,
    reset: bool,
}
crate::htmx_page!(LinkPage);

/// `POST /admin/accounts/new`
async fn add_account(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: PageContext,
    hx: HxRequest,
    admin: Administrator,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = Pairs(form);
    let mut errors = FormErrors::default();
    let name = PersonName::parse(form.one("name"))
        .map_err(|p| errors.add("name", ctx.t(p.message_key())))
        .ok();
    let email = Email::parse(form.one("email"))
        .map_err(|p| errors.add("email", ctx.t(p.message_key())))
        .ok();
    let roles = Roles::parse(form.all("role"))
        .map_err(|p| errors.add("role", ctx.t(p.message_key())))
        .ok();
    let chosen: Vec<String> = form
        .all("supervisor")
        .into_iter()
        .map(str::to_owned)
        .collect();
    let supervisors = supervisor_choices(&state, None, &chosen).await?;
    let supervisor_emails: Vec<Email> = supervisors
        .iter()
        .filter(|c| c.checked)
        .filter_map(|c| Email::parse(&c.email).ok())
        .collect();

    if let (Some(name), Some(email), Some(roles), true) = (&name, &email, &roles, errors.is_empty())
    {
        let new = NewAccount {
            email: email.clone(),
            name: name.clone(),
            roles: roles.clone(),
            supervisors: supervisor_emails,
        };
        let validity = state.config.activation_validity;
        match accounts::add(
            &state.db,
            &state.auth.key_work,
            &changed_by(&admin, peer),
            new,
            None,
            validity,
        )
        .await
        {
            Ok(added) => {
                let token = added
                    .activation_token
                    .ok_or_else(|| AppError::Internal("no activation token".into()))?;
                let page = LinkPage {
                    url: activation_url(&state, &headers, &token),
                    ctx,
                    name: name.to_string(),
                    valid_hours: (validity.as_secs() / 3600) as usize,
                    reset: false,
                };
                return render_status(StatusCode::CREATED, hx, &page);
            }
            Err(AccountsError::EmailTaken) => {
                errors.add("email", ctx.t("accounts-problem-email-taken"));
            }
            Err(e) => return Err(AppError::Internal(format!("add account: {e}"))),
        }
    }
    let page = NewAccountPage {
        ctx,
        errors,
        name: form.one("name").to_owned(),
        email: form.one("email").to_owned(),
        roles: form
            .all("role")
            .into_iter()
            .filter_map(|r| r.parse().ok())
            .collect(),
        supervisors,
    };
    render_status(StatusCode::BAD_REQUEST, hx, &page)
}

#[derive(Template)]
#[template(path = "admin/account.html", blocks = ["content"])]
struct AccountPage {
    ctx: PageContext,
    errors: FormErrors,
    account: Account,
    roles: Vec<Role>,
    supervisors: Vec<Choice>,
    is_self: bool,
    notice: Option<String>,
}
crate::htmx_page!(AccountPage);

#[derive(Deserialize)]
struct Saved {
    saved: Option<String>,
}

async fn find_account(state: &AppState, id: &str) -> Result<Account, AppError> {
    let found = match UserId::parse(id) {
        Some(id) => accounts::store::find(state.db.reader(), &id).await?,
        None => None,
    };
    visible(found, |_| true)
}

async fn account_view(
    state: &AppState,
    ctx: PageContext,
    admin: &Administrator,
    account: Account,
    errors: FormErrors,
    roles: Option<Vec<Role>>,
    notice: Option<String>,
) -> Result<AccountPage, AppError> {
    let current: Vec<String> = accounts::store::supervisors_of(state.db.reader(), &account.id)
        .await?
        .into_iter()
        .map(|id| id.to_string())
        .collect();
    let supervisors = supervisor_choices(state, Some(&account.id), &current).await?;
    Ok(AccountPage {
        ctx,
        errors,
        roles: roles.unwrap_or_else(|| account.roles.iter().collect()),
        is_self: account.id == admin.0.id,
        account,
        supervisors,
        notice,
    })
}

/// `GET /admin/accounts/{id}`
async fn account_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
    ctx: PageContext,
    hx: HxRequest,
    admin: Administrator,
) -> Result<Response, AppError> {
    let account = find_account(&state, &id).await?;
    let notice = saved.saved.as_deref().and_then(|what| match what {
        "roles" => Some(ctx.t("admin-notice-roles")),
        "supervisors" => Some(ctx.t("admin-notice-supervisors")),
        "disabled" => Some(ctx.t("admin-notice-disabled")),
        "enabled" => Some(ctx.t("admin-notice-enabled")),
        _ => None,
    });
    let page = account_view(
        &state,
        ctx,
        &admin,
        account,
        FormErrors::default(),
        None,
        notice,
    )
    .await?;
    render(hx, &page)
}

fn saved(account: &Account, what: &str) -> Response {
    Redirect::to(&format!("/admin/accounts/{}?saved={what}", account.id)).into_response()
}

/// `POST /admin/accounts/{id}/roles`
async fn save_roles(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    ctx: PageContext,
    hx: HxRequest,
    admin: Administrator,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = Pairs(form);
    let account = find_account(&state, &id).await?;
    let mut errors = FormErrors::default();
    match Roles::parse(form.all("role")) {
        Ok(roles) => {
            match accounts::set_roles(&state.db, &changed_by(&admin, peer), &account.id, &roles)
                .await
            {
                Ok(()) => return Ok(saved(&account, "roles")),
                Err(AccountsError::LastAdministrator) => {
                    errors.add("role", ctx.t("admin-problem-last-administrator"));
                }
                Err(e) => return Err(AppError::Internal(format!("roles: {e}"))),
            }
        }
        Err(problem) => errors.add("role", ctx.t(problem.message_key())),
    }
    let typed = form
        .all("role")
        .into_iter()
        .filter_map(|r| r.parse().ok())
        .collect();
    let page = account_view(&state, ctx, &admin, account, errors, Some(typed), None).await?;
    render_status(StatusCode::BAD_REQUEST, hx, &page)
}

/// `POST /admin/accounts/{id}/supervisors`
async fn save_supervisors(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    admin: Administrator,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = Pairs(form);
    let account = find_account(&state, &id).await?;
    // Only people who hold the supervisor role can be chosen; anything else is ignored.
    let choices = supervisor_choices(&state, Some(&account.id), &[]).await?;
    let chosen: Vec<UserId> = form
        .all("supervisor")
        .into_iter()
        .filter(|c| choices.iter().any(|choice| choice.id == *c))
        .filter_map(UserId::parse)
        .collect();
    let by = changed_by(&admin, peer);
    accounts::set_supervisors(&state.db, &by, &account.id, &chosen)
        .await
        .map_err(|e| AppError::Internal(format!("supervisors: {e}")))?;
    // A supervisor taken off loses their grants to this person's cases now; the next holder
    // to open each case rotates its key.
    crate::cases::keys::revoke_lapsed(&state.db, &by.actor, &by.source).await?;
    Ok(saved(&account, "supervisors"))
}

/// `POST /admin/accounts/{id}/status`: `action=disable` or `action=enable`.
async fn save_status(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    ctx: PageContext,
    hx: HxRequest,
    admin: Administrator,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = Pairs(form);
    let account = find_account(&state, &id).await?;
    let disable = form.one("action") == "disable";
    match accounts::set_disabled(&state.db, &changed_by(&admin, peer), &account.id, disable).await {
        Ok(()) => {
            if disable {
                // Their sessions end now, not at the next request.
                state.auth.keyring.remove_user(&account.id);
            }
            Ok(saved(
                &account,
                if disable { "disabled" } else { "enabled" },
            ))
        }
        Err(AccountsError::LastAdministrator) => {
            let mut errors = FormErrors::default();
            errors.add("status", ctx.t("admin-problem-last-administrator"));
            let page = account_view(&state, ctx, &admin, account, errors, None, None).await?;
            render_status(StatusCode::BAD_REQUEST, hx, &page)
        }
        Err(e) => Err(AppError::Internal(format!("status: {e}"))),
    }
}

/// `POST /admin/accounts/{id}/reset`: a new one-time link; the old password and key stop
/// working and every session of the account ends.
async fn reset(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Path(id): Path<String>,
    ctx: PageContext,
    hx: HxRequest,
    admin: Administrator,
) -> Result<Response, AppError> {
    let account = find_account(&state, &id).await?;
    if account.status == AccountStatus::Disabled {
        return Err(AppError::NotFound);
    }
    let validity = state.config.activation_validity;
    let token = accounts::reset(&state.db, &changed_by(&admin, peer), &account.id, validity)
        .await
        .map_err(|e| AppError::Internal(format!("reset: {e}")))?;
    state.auth.keyring.remove_user(&account.id);
    let page = LinkPage {
        url: activation_url(&state, &headers, &token),
        ctx,
        name: account.name,
        valid_hours: (validity.as_secs() / 3600) as usize,
        reset: true,
    };
    render(hx, &page)
}
