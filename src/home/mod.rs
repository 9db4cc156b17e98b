//! The start page: what Dialogues is; the first step for a new installation, the way to sign
//! in, or (when signed in) where to go next, with a facilitator's own queue of work returned
//! to them for changes ([`returned`]).

pub mod returned;

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::response::Response;

use crate::accounts::{self, Role};
use crate::auth::MaybeUser;
use crate::toolkit::Content;
use crate::training::{self, pages::Reminders};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::page::{HxRequest, PageContext, render};
use crate::web::routes::{Routes, get};

/// The first command of a new installation, shown on the start page (a command, so the same in
/// every language).
const SETUP_COMMAND: &str =
    "dialogues init --admin-email you@example.org --recovery-key-out recovery.key";

pub fn routes() -> Routes {
    Routes::new().route("/", get(start_page))
}

#[derive(Template)]
#[template(path = "home/start.html", blocks = ["content"])]
struct StartPage<'a> {
    ctx: PageContext,
    content: &'a Content,
    factors: usize,
    /// Whether `dialogues init` has run (otherwise the page explains the first step).
    initialised: bool,
    setup_command: &'static str,
    /// The signed-in person's name.
    user: Option<String>,
    is_administrator: bool,
    is_training_manager: bool,
    /// Training that is due soon or has expired: the person's own, their supervisees', and
    /// (for training managers) everyone's.
    reminders: Reminders,
    /// A facilitator's sessions and formulations returned for changes, with the reasons.
    returned: Vec<returned::ReturnedItem>,
}
crate::htmx_page!(StartPage<'_>);

/// `GET /`
async fn start_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    MaybeUser(user): MaybeUser,
) -> Result<Response, AppError> {
    let content = state.toolkit.content(ctx.lang);
    let factors = state.toolkit.factor_count();
    let initialised = accounts::is_initialised(&state.db).await?;
    let reminders = match &user {
        Some(user) => training::pages::reminders_for(&state, ctx.lang, user).await?,
        None => Reminders::default(),
    };
    let returned = match &user {
        Some(user) if user.has(Role::Facilitator) => {
            returned::returned_to(&state, ctx.lang, user, &peer.ip().to_string()).await?
        }
        _ => Vec::new(),
    };
    render(
        hx,
        &StartPage {
            ctx,
            content,
            factors,
            initialised,
            setup_command: SETUP_COMMAND,
            is_administrator: user.as_ref().is_some_and(|u| u.has(Role::Administrator)),
            is_training_manager: user.as_ref().is_some_and(|u| u.has(Role::TrainingManager)),
            reminders,
            returned,
            user: user.map(|u| u.name),
        },
    )
}
