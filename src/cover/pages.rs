//! Administrators' cover pages: the list of covers (upcoming, running, ended) and the form to
//! arrange one. Every route takes the `Administrator` extractor: anyone else gets 404.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;

use super::{MAX_REASON_CHARS, NewCover, Phase};
use crate::accounts::{ChangedBy, Role, UserId};
use crate::auth::Administrator;
use crate::cases::pages::date_words;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DateInput, DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get};

pub fn routes() -> Routes {
    Routes::new()
        .route("/admin/cover", get(list_page))
        .route("/admin/cover/new", get(new_page).post(arrange))
}

struct CoverLine {
    absent: String,
    covering: String,
    from: String,
    to: String,
    phase: Phase,
    reason: String,
}

#[derive(Template)]
#[template(path = "cover/list.html", blocks = ["content"])]
struct ListPage {
    ctx: PageContext,
    notice: Option<String>,
    covers: Vec<CoverLine>,
}
crate::htmx_page!(ListPage);

/// `GET /admin/cover`
async fn list_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _admin: Administrator,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let today = chrono::Utc::now().date_naive();
    let covers = super::all(state.db.reader())
        .await?
        .into_iter()
        .map(|c| {
            let parse = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap_or(today);
            CoverLine {
                phase: Phase::of(parse(&c.starts_on), parse(&c.ends_on), today),
                from: date_words(lang, Some(&c.starts_on)),
                to: date_words(lang, Some(&c.ends_on)),
                absent: c.absent_name,
                covering: c.covering_name,
                reason: c.reason,
            }
        })
        .collect();
    let notice = (query.done == "arranged").then(|| ctx.t("cover-notice-arranged"));
    render(
        hx,
        &ListPage {
            ctx,
            notice,
            covers,
        },
    )
}

struct SupervisorChoice {
    id: String,
    name: String,
}

/// The form as typed.
#[derive(Default)]
struct CoverForm {
    absent: String,
    covering: String,
    starts: DateInput,
    ends: DateInput,
    reason: String,
}

#[derive(Template)]
#[template(path = "cover/new.html", blocks = ["content"])]
struct NewPage {
    ctx: PageContext,
    errors: FormErrors,
    supervisors: Vec<SupervisorChoice>,
    form: CoverForm,
}
crate::htmx_page!(NewPage);

impl NewPage {
    /// The two supervisor pickers: field, label, chosen id.
    fn selects(&self) -> [(&'static str, String, &str); 2] {
        [
            ("absent", self.ctx.t("cover-absent"), &self.form.absent),
            (
                "covering",
                self.ctx.t("cover-covering"),
                &self.form.covering,
            ),
        ]
    }
}

async fn supervisors(state: &AppState) -> Result<Vec<SupervisorChoice>, AppError> {
    Ok(crate::accounts::store::list(state.db.reader())
        .await?
        .into_iter()
        .filter(|a| a.roles.contains(Role::Supervisor))
        .map(|a| SupervisorChoice {
            id: a.id.to_string(),
            name: a.name,
        })
        .collect())
}

/// `GET /admin/cover/new`
async fn new_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _admin: Administrator,
) -> Result<Response, AppError> {
    let page = NewPage {
        ctx,
        errors: FormErrors::default(),
        supervisors: supervisors(&state).await?,
        form: CoverForm::default(),
    };
    render(hx, &page)
}

/// Checks the form; every problem is reported at once, next to its field.
fn check(
    form: &CoverForm,
    choices: &[SupervisorChoice],
    ctx: &PageContext,
) -> Result<NewCover, FormErrors> {
    let mut errors = FormErrors::default();
    let known = |id: &str| choices.iter().any(|c| c.id == id);
    if !known(&form.absent) {
        errors.add("absent", ctx.t("cover-error-absent"));
    }
    if !known(&form.covering) {
        errors.add("covering", ctx.t("cover-error-covering"));
    } else if form.covering == form.absent {
        errors.add("covering", ctx.t("cover-error-same"));
    }
    let date = |input: &DateInput, field: &'static str, errors: &mut FormErrors| match input.parse()
    {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            errors.add(field, ctx.t("cover-error-date-missing"));
            None
        }
        Err(key) => {
            errors.add(field, ctx.t(key));
            None
        }
    };
    let starts = date(&form.starts, "starts-day", &mut errors);
    let ends = date(&form.ends, "ends-day", &mut errors);
    if let (Some(s), Some(e)) = (starts, ends)
        && e < s
    {
        errors.add("ends-day", ctx.t("cover-error-ends-before-starts"));
    }
    if let Some(e) = ends
        && e < chrono::Utc::now().date_naive()
    {
        errors.add("ends-day", ctx.t("cover-error-ended"));
    }
    let reason = form.reason.trim();
    if reason.is_empty() {
        errors.add("reason", ctx.t("cover-error-reason"));
    } else if reason.chars().count() > MAX_REASON_CHARS {
        errors.add(
            "reason",
            ctx.t1(
                "cover-error-reason-long",
                "max",
                &MAX_REASON_CHARS.to_string(),
            ),
        );
    }
    match (
        errors.is_empty(),
        UserId::parse(&form.absent),
        UserId::parse(&form.covering),
        starts,
        ends,
    ) {
        (true, Some(absent), Some(covering), Some(starts_on), Some(ends_on)) => Ok(NewCover {
            absent,
            covering,
            starts_on,
            ends_on,
            reason: reason.to_owned(),
        }),
        _ => Err(errors),
    }
}

/// `POST /admin/cover/new`
async fn arrange(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    admin: Administrator,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let form = CoverForm {
        absent: pairs.trimmed("absent").to_owned(),
        covering: pairs.trimmed("covering").to_owned(),
        starts: DateInput::from_pairs(&pairs, "starts"),
        ends: DateInput::from_pairs(&pairs, "ends"),
        reason: pairs.one("reason").to_owned(),
    };
    let choices = supervisors(&state).await?;
    match check(&form, &choices, &ctx) {
        Ok(cover) => {
            let by = ChangedBy::user(&admin.0.id, peer.ip().to_string());
            super::arrange(&state.db, &by, &cover).await?;
            Ok(Redirect::to("/admin/cover?done=arranged").into_response())
        }
        Err(errors) => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            hx,
            &NewPage {
                ctx,
                errors,
                supervisors: choices,
                form,
            },
        ),
    }
}
