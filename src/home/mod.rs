//! The start page: what Dialogues is, and the first step for a new installation.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

use crate::toolkit::Content;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::page::{HxRequest, PageContext, render};

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(start_page))
}

#[derive(Template)]
#[template(path = "home/start.html", blocks = ["content"])]
struct StartPage<'a> {
    ctx: PageContext,
    content: &'a Content,
    factors: usize,
}
crate::htmx_page!(StartPage<'_>);

/// `GET /`
async fn start_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
) -> Result<Response, AppError> {
    let content = state.toolkit.content(ctx.lang);
    let factors = state.toolkit.factor_count();
    render(
        hx,
        &StartPage {
            ctx,
            content,
            factors,
        },
    )
}
