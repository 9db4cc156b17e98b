//! Case pages: the caseload, opening a case, the case page, changing details, closing and
//! reopening, and a supervisor's one-session override of the training gate.
//!
//! URLs carry the pseudonymous reference only. Every handler that takes a reference finds the
//! case through [`super::find_visible`] (404 for anyone else) and reads protected content only
//! through [`super::open_case`], which audits the read.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;

use super::{Details, OpenCase, Setting, VisibleCase, concerns, store};
use crate::accounts::{ChangedBy, Role, UserId};
use crate::auth::{CurrentUser, Facilitator, Supervisor};
use crate::i18n::Lang;
use crate::sessions::{self, gate, store as session_store};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DateInput, DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/cases", get(caseload_page))
        .route("/cases/new", get(new_case_page).post(new_case))
        .route("/cases/{reference}", get(case_page))
        .route(
            "/cases/{reference}/details",
            get(details_page).post(change_details),
        )
        .route("/cases/{reference}/close", post(close_case))
        .route("/cases/{reference}/reopen", post(reopen_case))
        .route("/cases/{reference}/override", post(grant_override))
        .route(
            "/cases/{reference}/reassign",
            get(reassign_page).post(reassign),
        )
}

/// A date stored as `YYYY-MM-DD` (or a timestamp starting with one), in the page's words.
pub fn date_words(lang: Lang, stored: Option<&str>) -> String {
    stored
        .and_then(|text| NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok())
        .map(|d| lang.format_date(d))
        .unwrap_or_default()
}

pub fn changed_by(user: &CurrentUser, peer: SocketAddr) -> ChangedBy {
    ChangedBy::user(&user.id, peer.ip().to_string())
}

/// Finds a case that is this person's own (they are its facilitator), or 404: for changes a
/// supervisor reads but does not make.
pub async fn own_case(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
) -> Result<VisibleCase, AppError> {
    case_seen_as(state, user, reference, super::ReadReason::Assignment).await
}

/// Finds a case this person sees for `reason` only (their own, or one they supervise), or 404.
async fn case_seen_as(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
    reason: super::ReadReason,
) -> Result<VisibleCase, AppError> {
    let visible = visible_case(state, user, reference).await?;
    if visible.reason != reason {
        return Err(AppError::NotFound);
    }
    Ok(visible)
}

/// Finds a case this person may see, or 404.
pub async fn visible_case(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
) -> Result<VisibleCase, AppError> {
    super::find_visible(state, user, reference)
        .await?
        .ok_or(AppError::NotFound)
}

struct CaseloadLine {
    reference: String,
    sessions: usize,
    last_session: String,
    next_session: String,
    open_concerns: usize,
    awaiting_review: usize,
}

/// How many cases one page of the caseload lists.
pub const CASELOAD_PAGE_SIZE: u32 = 50;

/// `?page=` and `?show=closed`. Anything unreadable falls back to the first page of open
/// cases: these come from links the app made, and a page number is not worth an error page.
#[derive(Debug, Default, serde::Deserialize)]
struct CaseloadQuery {
    #[serde(default)]
    page: Option<String>,
    #[serde(default)]
    show: Option<String>,
}

#[derive(Template)]
#[template(path = "cases/caseload.html", blocks = ["content"])]
struct CaseloadPage {
    ctx: PageContext,
    showing_closed: bool,
    open_count: usize,
    closed_count: usize,
    lines: Vec<CaseloadLine>,
    page: u32,
    pages: u32,
    /// The `show=` part of a page link (empty for open cases).
    show_param: &'static str,
    none_yet: String,
    not_planned: String,
}
crate::htmx_page!(CaseloadPage);

impl CaseloadPage {
    fn page_of(&self) -> String {
        self.ctx.lang.t_args(
            "caseload-page-of",
            &[("page", self.page.into()), ("pages", self.pages.into())],
        )
    }
}

/// A full page of the caseload (50 made-up cases) ready to render, for `benches/render.rs`,
/// which measures the template on its own. Never used by a request.
#[doc(hidden)]
pub fn sample_caseload(ctx: PageContext) -> impl Template {
    let lines = (0..CASELOAD_PAGE_SIZE)
        .map(|i| CaseloadLine {
            reference: format!("DD-{:06}", 100_000 + i),
            sessions: (i % 12) as usize,
            last_session: ctx
                .lang
                .format_date(NaiveDate::from_ymd_opt(2026, 10, 1 + i % 28).unwrap()),
            next_session: ctx
                .lang
                .format_date(NaiveDate::from_ymd_opt(2026, 12, 1 + i % 28).unwrap()),
            open_concerns: (i % 3) as usize,
            awaiting_review: (i % 2) as usize,
        })
        .collect();
    CaseloadPage {
        showing_closed: false,
        open_count: 1_000,
        closed_count: 40,
        lines,
        page: 3,
        pages: 20,
        show_param: "",
        none_yet: ctx.t("caseload-none-yet"),
        not_planned: ctx.t("caseload-not-planned"),
        ctx,
    }
}

/// `GET /cases`: the facilitator's own cases, a page at a time; no protected content, so no
/// key is opened.
async fn caseload_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    Facilitator(user): Facilitator,
    Query(query): Query<CaseloadQuery>,
) -> Result<Response, AppError> {
    let showing_closed = query.show.as_deref() == Some("closed");
    let (open_count, closed_count) =
        store::caseload_counts(state.db.reader(), user.id.as_str()).await?;
    let total = if showing_closed {
        closed_count
    } else {
        open_count
    };
    let pages = total.div_ceil(CASELOAD_PAGE_SIZE).max(1);
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .clamp(1, pages);
    let rows = store::caseload(
        state.db.reader(),
        user.id.as_str(),
        showing_closed,
        CASELOAD_PAGE_SIZE,
        (page - 1) * CASELOAD_PAGE_SIZE,
    )
    .await?;
    let lang = ctx.lang;
    let lines = rows
        .into_iter()
        .map(|row| CaseloadLine {
            last_session: date_words(lang, row.last_session_on.as_deref()),
            next_session: date_words(
                lang,
                row.next_planned_on
                    .as_deref()
                    .or(row.next_session_on.as_deref()),
            ),
            sessions: row.sessions.max(0) as usize,
            open_concerns: row.open_concerns.max(0) as usize,
            awaiting_review: row.awaiting_review.max(0) as usize,
            reference: row.reference,
        })
        .collect();
    let page = CaseloadPage {
        none_yet: ctx.t("caseload-none-yet"),
        not_planned: ctx.t("caseload-not-planned"),
        ctx,
        showing_closed,
        open_count: open_count as usize,
        closed_count: closed_count as usize,
        lines,
        page,
        pages,
        show_param: if showing_closed { "show=closed&" } else { "" },
    };
    render(hx, &page)
}

/// The details form as typed.
#[derive(Debug, Clone, Default)]
pub(crate) struct DetailsForm {
    name: String,
    date_of_birth: DateInput,
    number: String,
    setting: String,
}

impl DetailsForm {
    pub(crate) fn from_pairs(pairs: &Pairs) -> Self {
        Self {
            name: pairs.one("name").to_owned(),
            date_of_birth: DateInput::from_pairs(pairs, "date_of_birth"),
            number: pairs.one("number").to_owned(),
            setting: pairs.trimmed("setting").to_owned(),
        }
    }

    fn from_details(details: &Details) -> Self {
        Self {
            name: details.name.clone(),
            date_of_birth: DateInput::from_date(details.date_of_birth),
            number: details.number.clone(),
            setting: details.setting.id().to_owned(),
        }
    }

    pub(crate) fn parse(&self, lang: Lang) -> Result<Details, FormErrors> {
        super::parse_details(
            &self.name,
            self.date_of_birth.parse(),
            &self.number,
            &self.setting,
            crate::training::today(),
        )
        .map_err(|problems| {
            let mut errors = FormErrors::default();
            for (field, key) in problems {
                let message = if key.starts_with("date-problem") {
                    lang.t_args(key, &[("field", lang.t("case-dob-label").into())])
                } else {
                    lang.t_args(key, &[("max", super::MAX_DETAIL_CHARS.into())])
                };
                errors.add(field, message);
            }
            errors
        })
    }
}

struct SettingChoice {
    id: &'static str,
    label_key: &'static str,
}

fn setting_choices() -> Vec<SettingChoice> {
    Setting::ALL
        .into_iter()
        .map(|s| SettingChoice {
            id: s.id(),
            label_key: s.label_key(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "cases/details_form.html", blocks = ["content"])]
struct DetailsFormPage {
    ctx: PageContext,
    errors: FormErrors,
    form: DetailsForm,
    settings: Vec<SettingChoice>,
    /// `None` when opening a new case; the reference when changing one.
    reference: Option<String>,
    version: i64,
}
crate::htmx_page!(DetailsFormPage);

/// `GET /cases/new`
async fn new_case_page(
    ctx: PageContext,
    hx: HxRequest,
    Facilitator(_user): Facilitator,
) -> Result<Response, AppError> {
    render(
        hx,
        &DetailsFormPage {
            ctx,
            errors: FormErrors::default(),
            form: DetailsForm::default(),
            settings: setting_choices(),
            reference: None,
            version: 0,
        },
    )
}

/// `POST /cases/new`
async fn new_case(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Facilitator(user): Facilitator,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = DetailsForm::from_pairs(&Pairs(pairs));
    let details = match form.parse(ctx.lang) {
        Ok(details) => details,
        Err(errors) => {
            let page = DetailsFormPage {
                ctx,
                errors,
                form,
                settings: setting_choices(),
                reference: None,
                version: 0,
            };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page);
        }
    };
    let reference = super::open_new(&state.db, &changed_by(&user, peer), &user.id, &details)
        .await
        .map_err(AppError::from)?;
    Ok(Redirect::to(&format!("/cases/{reference}?done=opened")).into_response())
}

pub struct SessionLine {
    pub id: String,
    pub module_title: String,
    pub status: session_store::Status,
    pub date: String,
}

struct ConcernLine {
    id: String,
    raised: String,
    raised_by: String,
    what: String,
    open: bool,
    session_id: Option<String>,
}

#[derive(Template)]
#[template(path = "cases/case.html", blocks = ["content"])]
struct CasePage {
    ctx: PageContext,
    notice: Option<String>,
    reference: String,
    open: bool,
    is_facilitator: bool,
    is_supervisor: bool,
    facilitator_name: String,
    details: Details,
    opened: String,
    closed: String,
    sessions: Vec<SessionLine>,
    next_session: String,
    concerns: Vec<ConcernLine>,
    open_concerns: usize,
    evidence_count: usize,
    factors_with_evidence: usize,
    /// The latest formulation version: its number and state.
    formulation: Option<(i64, crate::formulations::store::Status)>,
    chart: Option<crate::formulations::chart::Chart>,
    /// Formulation versions whose ratings are held back from this reader (blind second rating).
    held_back: Vec<i64>,
    content_lang: &'static str,
    suggested: Option<(String, String)>,
    gate_unmet: Vec<String>,
    override_waiting: Option<String>,
    override_error: Option<String>,
    override_reason: String,
    /// The information-sharing log, newest first (templates/sharing/case_section.html).
    sharing: Vec<crate::sharing::pages::SharingLine>,
}
crate::htmx_page!(CasePage);

/// `GET /cases/{reference}`
async fn case_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    let open = super::open_case(&state, &user, visible, "case", &peer.ip().to_string()).await?;
    let notice = match query.done.as_str() {
        "opened" => Some(ctx.t("case-notice-opened")),
        "details" => Some(ctx.t("case-notice-details")),
        "closed" => Some(ctx.t("case-notice-closed")),
        "reopened" => Some(ctx.t("case-notice-reopened")),
        "override" => Some(ctx.t("case-notice-override")),
        "reassigned" => Some(ctx.t("reassign-notice")),
        "shared" => Some(ctx.t("case-notice-shared")),
        _ => None,
    };
    let page = case_page_with(&state, ctx, &user, &open, notice, None, String::new()).await?;
    render(hx, &page)
}

async fn case_page_with(
    state: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    open: &OpenCase,
    notice: Option<String>,
    override_error: Option<String>,
    override_reason: String,
) -> Result<CasePage, AppError> {
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let details = open
        .details()
        .map_err(|e| AppError::Internal(format!("case details: {e}")))?;
    let rows = session_store::of_case(state.db.reader(), &open.case.id).await?;
    let mut evidence_count = 0;
    let mut factors = std::collections::BTreeSet::new();
    for row in &rows {
        if row.status() >= session_store::Status::Closed
            && let Ok(notes) = sessions::open_notes(row, &open.key)
            && let Some(closing) = notes.closing
        {
            evidence_count += closing.evidence.len();
            factors.extend(closing.evidence.into_iter().map(|e| e.factor));
        }
    }
    let sessions: Vec<SessionLine> = rows
        .iter()
        .map(|r| session_line(lang, content, r))
        .collect();
    let next_session = rows
        .iter()
        .filter(|r| r.status() == session_store::Status::Planned)
        .filter_map(|r| r.planned_on.clone())
        .min()
        .or_else(|| open.case.next_session_on.clone());
    let concern_rows = concerns::of_case(state.db.reader(), &open.case.id).await?;
    let mut concern_lines = Vec::with_capacity(concern_rows.len());
    for row in &concern_rows {
        let account = concerns::open_account(row, &open.key)
            .map_err(|e| AppError::Internal(format!("concern: {e}")))?;
        concern_lines.push(ConcernLine {
            id: row.id.clone(),
            raised: date_words(lang, Some(&row.raised_at)),
            raised_by: person_name(state, &row.raised_by).await?,
            what: account.what,
            open: row.is_open(),
            session_id: row.session_id.clone(),
        });
    }
    let facilitator = UserId::from_db(open.case.facilitator_id.clone());
    let training = &state
        .toolkit
        .content(state.toolkit.source_language)
        .training;
    let (_, facilitation) = gate::check(&state.db, training, &facilitator).await?;
    let gate_unmet = if facilitation.allowed {
        Vec::new()
    } else {
        crate::training::pages::unmet_reasons(lang, &content.training, &facilitation)
    };
    let override_waiting =
        session_store::unused_override(state.db.reader(), &open.case.id, facilitator.as_str())
            .await?
            .map(|(_, reason)| reason);
    let formulations =
        crate::formulations::store::of_case(state.db.reader(), &open.case.id).await?;
    // A version a reviewer may still rate blind, or is rating blind, stays out of their chart.
    let (charted, held_back) = crate::second_rating::shown_versions(
        &state.db,
        user.id.as_str(),
        open.reason,
        &formulations,
    )
    .await?;
    let chart = crate::formulations::pages::chart_of(content, open, &charted)?;
    let suggested = sessions::suggested_module(&content.modules, &rows)
        .map(|m| (m.id.get_ref().clone(), m.title.clone()));
    let sharing = crate::sharing::pages::case_lines(state, lang, open).await?;
    Ok(CasePage {
        sharing,
        notice,
        reference: open.case.reference.clone(),
        open: open.case.is_open(),
        is_facilitator: open.case.facilitator_id == user.id.as_str(),
        is_supervisor: open.reason == super::ReadReason::Supervision,
        facilitator_name: person_name(state, &open.case.facilitator_id).await?,
        details,
        opened: date_words(lang, Some(&open.case.opened_at)),
        closed: date_words(lang, open.case.closed_at.as_deref()),
        next_session: date_words(lang, next_session.as_deref()),
        open_concerns: concern_lines.iter().filter(|c| c.open).count(),
        concerns: concern_lines,
        sessions,
        evidence_count,
        factors_with_evidence: factors.len(),
        formulation: formulations.last().map(|f| (f.number, f.status())),
        chart,
        held_back,
        content_lang: content.framework.lang.code(),
        suggested,
        gate_unmet,
        override_waiting,
        override_error,
        override_reason,
        ctx,
    })
}

pub fn session_line(
    lang: Lang,
    content: &crate::toolkit::Content,
    row: &session_store::SessionRow,
) -> SessionLine {
    SessionLine {
        id: row.id.clone(),
        module_title: content
            .modules
            .iter()
            .find(|m| m.id.get_ref() == &row.module_id)
            .map(|m| m.title.clone())
            .unwrap_or_else(|| row.module_id.clone()),
        status: row.status(),
        date: date_words(
            lang,
            row.planned_on
                .as_deref()
                .or(row.started_at.as_deref())
                .or(Some(&row.created_at)),
        ),
    }
}

/// A member of staff's name (staff names are not protected content).
pub async fn person_name(state: &AppState, id: &str) -> Result<String, AppError> {
    let name: Option<String> = sqlx::query_scalar("SELECT name FROM users WHERE id = ?")
        .bind(id)
        .fetch_optional(state.db.reader())
        .await?;
    Ok(name.unwrap_or_default())
}

/// `GET /cases/{reference}/details`
async fn details_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let open = own_open_case(&state, &user, &reference, "case-details", peer).await?;
    let details = open
        .details()
        .map_err(|e| AppError::Internal(format!("case details: {e}")))?;
    render(
        hx,
        &DetailsFormPage {
            ctx,
            errors: FormErrors::default(),
            form: DetailsForm::from_details(&details),
            settings: setting_choices(),
            reference: Some(open.case.reference.clone()),
            version: open.case.details_version,
        },
    )
}

/// Opens a case only for its own facilitator (changes to details, closing): a supervisor reads
/// but does not rewrite the facilitator's record.
async fn own_open_case(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
    what: &str,
    peer: SocketAddr,
) -> Result<OpenCase, AppError> {
    let visible = own_case(state, user, reference).await?;
    Ok(super::open_case(state, user, visible, what, &peer.ip().to_string()).await?)
}

/// `POST /cases/{reference}/details`
async fn change_details(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let open = own_open_case(&state, &user, &reference, "case-details", peer).await?;
    let pairs = Pairs(pairs);
    let form = DetailsForm::from_pairs(&pairs);
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(-1);
    let mut errors = match form.parse(ctx.lang) {
        Ok(details) if base == open.case.details_version => {
            match super::change_details(&state.db, &changed_by(&user, peer), &open, &details).await
            {
                Ok(()) => {
                    return Ok(
                        Redirect::to(&format!("/cases/{reference}?done=details")).into_response()
                    );
                }
                Err(super::OpenError::NotFound) => FormErrors::default(),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(_) => FormErrors::default(),
        Err(errors) => errors,
    };
    if errors.is_empty() {
        errors.add("name", ctx.t("case-problem-changed-elsewhere"));
    }
    let page = DetailsFormPage {
        ctx,
        errors,
        form,
        settings: setting_choices(),
        reference: Some(open.case.reference.clone()),
        version: open.case.details_version,
    };
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

/// `POST /cases/{reference}/close`
async fn close_case(
    state: State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    user: CurrentUser,
    reference: Path<String>,
) -> Result<Response, AppError> {
    set_open(state, peer, user, reference, false).await
}

/// `POST /cases/{reference}/reopen`
async fn reopen_case(
    state: State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    user: CurrentUser,
    reference: Path<String>,
) -> Result<Response, AppError> {
    set_open(state, peer, user, reference, true).await
}

async fn set_open(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    user: CurrentUser,
    Path(reference): Path<String>,
    open: bool,
) -> Result<Response, AppError> {
    let visible = own_case(&state, &user, &reference).await?;
    super::set_open(&state.db, &changed_by(&user, peer), &visible.case, open).await?;
    let done = if open { "reopened" } else { "closed" };
    Ok(Redirect::to(&format!("/cases/{}?done={done}", visible.case.reference)).into_response())
}

/// Longest override reason, in characters.
const MAX_REASON_CHARS: usize = 2_000;

/// `POST /cases/{reference}/override`: a supervisor of the case's facilitator allows one
/// session while the facilitator's training does not meet the rule, with a written reason.
async fn grant_override(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    if visible.reason != super::ReadReason::Supervision || !user.has(Role::Supervisor) {
        return Err(AppError::NotFound);
    }
    let pairs = Pairs(pairs);
    let reason = pairs.trimmed("reason").to_owned();
    let problem = if reason.is_empty() {
        Some(ctx.t("override-problem-missing"))
    } else if reason.chars().count() > MAX_REASON_CHARS {
        Some(
            ctx.lang
                .t_args("override-problem-long", &[("max", MAX_REASON_CHARS.into())]),
        )
    } else {
        None
    };
    if let Some(problem) = problem {
        let open = super::open_case(&state, &user, visible, "case", &peer.ip().to_string()).await?;
        let page = case_page_with(&state, ctx, &user, &open, None, Some(problem), reason).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page);
    }
    sessions::grant_override(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &visible.case,
        &reason,
    )
    .await?;
    Ok(Redirect::to(&format!("/cases/{}?done=override", visible.case.reference)).into_response())
}

// ---------------------------------------------------------------------------------------------
// Moving a case to another facilitator (a supervisor of its facilitator)

struct FacilitatorChoice {
    id: String,
    name: String,
}

#[derive(Template)]
#[template(path = "cases/reassign.html", blocks = ["content"])]
struct ReassignPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    current: String,
    choices: Vec<FacilitatorChoice>,
    chosen: String,
}
crate::htmx_page!(ReassignPage);

/// Active facilitators who have a key, other than the case's own.
async fn facilitator_choices(
    state: &AppState,
    except: &str,
) -> Result<Vec<FacilitatorChoice>, AppError> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT u.id, u.name FROM users u JOIN user_roles r ON r.user_id = u.id
         WHERE r.role = 'facilitator' AND u.disabled = 0 AND u.public_key IS NOT NULL AND u.id <> ?
         ORDER BY u.name",
    )
    .bind(except)
    .fetch_all(state.db.reader())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| FacilitatorChoice { id, name })
        .collect())
}

/// The case, for one of its facilitator's supervisors only (anyone else: 404).
async fn supervised_case(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
) -> Result<VisibleCase, AppError> {
    case_seen_as(state, user, reference, super::ReadReason::Supervision).await
}

/// `GET /cases/{reference}/reassign`
async fn reassign_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let visible = supervised_case(&state, &user, &reference).await?;
    let page = ReassignPage {
        errors: FormErrors::default(),
        reference: visible.case.reference.clone(),
        current: person_name(&state, &visible.case.facilitator_id).await?,
        choices: facilitator_choices(&state, &visible.case.facilitator_id).await?,
        chosen: String::new(),
        ctx,
    };
    render(hx, &page)
}

/// `POST /cases/{reference}/reassign`: `facilitator` is the new facilitator's id.
async fn reassign(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let visible = supervised_case(&state, &user, &reference).await?;
    let chosen = Pairs(pairs).trimmed("facilitator").to_owned();
    let choices = facilitator_choices(&state, &visible.case.facilitator_id).await?;
    let target = choices
        .iter()
        .find(|c| c.id == chosen)
        .and_then(|c| UserId::parse(&c.id));
    let Some(target) = target else {
        let mut errors = FormErrors::default();
        errors.add("facilitator", ctx.t("reassign-error-choose"));
        let page = ReassignPage {
            errors,
            reference: visible.case.reference.clone(),
            current: person_name(&state, &visible.case.facilitator_id).await?,
            choices,
            chosen,
            ctx,
        };
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page);
    };
    let source = peer.ip().to_string();
    let mut open = super::open_case(&state, &user, visible, "case-reassign", &source).await?;
    let actor = crate::audit::Actor::User(user.id.to_string());
    super::keys::reassign(
        &state.db,
        &actor,
        &mut open.case,
        open.key,
        &target,
        &source,
    )
    .await?;
    // The supervisor keeps the case only if they also supervise the new facilitator.
    let still_theirs =
        crate::accounts::store::supervises(state.db.reader(), &user.id, &target).await?;
    let to = if still_theirs {
        format!("/cases/{reference}?done=reassigned")
    } else {
        "/review".to_owned()
    };
    Ok(Redirect::to(&to).into_response())
}
