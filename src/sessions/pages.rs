//! Session pages: choosing and planning a module (behind the training gate), the session page,
//! running it one stage at a time with autosaving notes, closing, submitting, a supervisor's
//! review (comments on the session or a stage, return for changes, sign-off), amendments,
//! raising a concern, and the supervisor's dashboard (`/review`).
//!
//! Every form works as a plain post without JavaScript; htmx only adds autosave to the stage
//! notes. A save names the version it started from, so a second tab gets a visible conflict
//! with both texts on screen instead of a silent overwrite. Saves that arrive after the login
//! has ended show the text back instead of losing it (see [`typed_text_routes`]).

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::notes::{self, Closing, Engagement, Evidence, Plan, Section, SessionNotes};
use super::store::{self, SessionRow, Status};
use super::{Decision, Meta, SessionError, gate};
use crate::auth::{CurrentUser, MaybeUser, Supervisor};
use crate::cases::pages::{changed_by, date_words, own_case};
use crate::cases::{self, OpenCase, ReadReason, concerns};
use crate::i18n::Lang;
use crate::toolkit::{InLang, schema};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DateInput, DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route(
            "/cases/{reference}/sessions/new",
            get(choose_module_page).post(plan_session),
        )
        .route(
            "/cases/{reference}/concerns/new",
            get(concern_page).post(raise_concern),
        )
        .route("/concerns/{id}/acknowledge", post(acknowledge_concern))
        .route("/sessions/{id}", get(session_page))
        .route("/sessions/{id}/plan", get(plan_page).post(save_plan))
        .route("/sessions/{id}/begin", post(begin))
        .route("/sessions/{id}/stages/{stage}", get(stage_page))
        .route("/sessions/{id}/close", get(close_page).post(save_closing))
        .route("/sessions/{id}/submit", post(submit))
        .route("/sessions/{id}/comments", post(add_comment))
        .route("/sessions/{id}/return", post(return_session))
        .route("/sessions/{id}/sign-off", post(sign_off))
        .route("/sessions/{id}/amend", get(amend_page).post(amend))
        .route("/review", get(review_page))
}

/// Routes that save typed notes. They sit outside the sign-in redirect: a save that arrives
/// after the login ended (idle timeout, sign-out in another tab) gets the typed text back on the
/// page, with what to do, instead of a redirect that would throw it away. Each handler checks
/// sign-in itself and changes nothing without it.
pub fn typed_text_routes() -> Routes {
    Routes::new()
        .route("/sessions/{id}/stages/{stage}", post(save_stage))
        .route(
            "/sessions/{id}/stages/{stage}/autosave",
            post(autosave_stage),
        )
}

fn source(peer: SocketAddr) -> String {
    peer.ip().to_string()
}

/// A session and its case, if this person may see them; 404 otherwise.
async fn visible_session(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<(cases::VisibleCase, SessionRow), AppError> {
    let id = uuid::Uuid::parse_str(id)
        .map_err(|_| AppError::NotFound)?
        .hyphenated()
        .to_string();
    let (row, case) = store::with_case(state.db.reader(), &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let visible = cases::visible_as(state, user, case)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((visible, row))
}

/// A session this person may see, with its case opened (the read audited as `what`).
async fn open_session(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    what: &str,
    peer: SocketAddr,
) -> Result<(OpenCase, SessionRow), AppError> {
    let (visible, row) = visible_session(state, user, id).await?;
    let open = cases::open_case(state, user, visible, what, &source(peer)).await?;
    Ok((open, row))
}

/// The same, only for the session's own facilitator (changes to the notes).
async fn own_session(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    peer: SocketAddr,
) -> Result<(OpenCase, SessionRow), AppError> {
    let (open, row) = open_session(state, user, id, "session", peer).await?;
    if open.reason != ReadReason::Assignment {
        return Err(AppError::NotFound);
    }
    Ok((open, row))
}

fn module_of<'a>(
    content: &'a crate::toolkit::Content,
    id: &str,
) -> Option<&'a InLang<schema::Module>> {
    content.modules.iter().find(|m| m.id.get_ref() == id)
}

// ---------------------------------------------------------------------------------------------
// Choosing a module, behind the gate

struct ModuleChoice {
    id: String,
    title: String,
    summary: String,
    suggested: bool,
    used: bool,
}

#[derive(Template)]
#[template(path = "sessions/choose.html", blocks = ["content"])]
struct ChoosePage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    content_lang: &'static str,
    modules: Vec<ModuleChoice>,
    chosen: String,
    gate_unmet: Vec<String>,
    override_reason: Option<String>,
    case_closed: bool,
}
crate::htmx_page!(ChoosePage);

async fn choose_page_with(
    state: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    reference: &str,
    chosen: Option<String>,
    errors: FormErrors,
) -> Result<ChoosePage, AppError> {
    let visible = own_case(state, user, reference).await?;
    let content = state.toolkit.content(ctx.lang);
    let sessions = store::of_case(state.db.reader(), &visible.case.id).await?;
    let suggested =
        super::suggested_module(&content.modules, &sessions).map(|m| m.id.get_ref().clone());
    let training = &state
        .toolkit
        .content(state.toolkit.source_language)
        .training;
    let (_, facilitation) = gate::check(&state.db, training, &user.id).await?;
    let override_reason = if facilitation.allowed {
        None
    } else {
        store::unused_override(state.db.reader(), &visible.case.id, user.id.as_str())
            .await?
            .map(|(_, reason)| reason)
    };
    let gate_unmet = if facilitation.allowed {
        Vec::new()
    } else {
        crate::training::pages::unmet_reasons(ctx.lang, &content.training, &facilitation)
    };
    let chosen = chosen.or_else(|| suggested.clone()).unwrap_or_default();
    Ok(ChoosePage {
        errors,
        reference: visible.case.reference.clone(),
        content_lang: content.modules.first().map_or("en", |m| m.lang.code()),
        modules: content
            .modules
            .iter()
            .map(|m| ModuleChoice {
                id: m.id.get_ref().clone(),
                title: m.title.clone(),
                summary: m.summary.clone(),
                suggested: suggested.as_deref() == Some(m.id.get_ref().as_str()),
                used: sessions.iter().any(|s| &s.module_id == m.id.get_ref()),
            })
            .collect(),
        chosen,
        gate_unmet,
        override_reason,
        case_closed: !visible.case.is_open(),
        ctx,
    })
}

/// `GET /cases/{reference}/sessions/new`
async fn choose_module_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let page =
        choose_page_with(&state, ctx, &user, &reference, None, FormErrors::default()).await?;
    render(hx, &page)
}

/// `POST /cases/{reference}/sessions/new`
async fn plan_session(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let visible = own_case(&state, &user, &reference).await?;
    let pairs = Pairs(pairs);
    let module_id = pairs.trimmed("module").to_owned();
    let content = state.toolkit.content(ctx.lang);
    let mut errors = FormErrors::default();
    if module_id.is_empty() {
        errors.add("module", ctx.t("session-problem-module-missing"));
    } else if module_of(content, &module_id).is_none() {
        errors.add("module", ctx.t("session-problem-module-unknown"));
    }
    if errors.is_empty() {
        match super::plan(
            &state.db,
            &state.toolkit,
            &changed_by(&user, peer),
            &visible.case,
            &module_id,
        )
        .await
        {
            Ok(id) => return Ok(Redirect::to(&format!("/sessions/{id}/plan")).into_response()),
            Err(SessionError::Gate) => errors.add("module", ctx.t("session-problem-gate")),
            Err(SessionError::CaseClosed) => {
                errors.add("module", ctx.t("session-problem-case-closed"))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let chosen = (!module_id.is_empty()).then_some(module_id);
    let page = choose_page_with(&state, ctx, &user, &reference, chosen, errors).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

// ---------------------------------------------------------------------------------------------
// Planning

struct CheckItem {
    id: String,
    text: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "sessions/plan.html", blocks = ["content"])]
struct PlanPage {
    ctx: PageContext,
    errors: FormErrors,
    session_id: String,
    reference: String,
    module_title: String,
    content_lang: &'static str,
    date: DateInput,
    place: String,
    safety: String,
    preparation: Vec<CheckItem>,
    own_safety: Vec<CheckItem>,
    version: i64,
}
crate::htmx_page!(PlanPage);

/// The facilitator's own-safety checks (the app's words, not toolkit content).
const SAFETY_KEYS: [&str; 4] = [
    "plan-safety-1",
    "plan-safety-2",
    "plan-safety-3",
    "plan-safety-4",
];

fn plan_items(
    ctx: &PageContext,
    module: &InLang<schema::Module>,
    ticked: &[String],
) -> (Vec<CheckItem>, Vec<CheckItem>) {
    let preparation = module
        .preparation
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let id = format!("prep-{}", i + 1);
            CheckItem {
                checked: ticked.contains(&id),
                id,
                text: text.clone(),
            }
        })
        .collect();
    let own_safety = SAFETY_KEYS
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let id = format!("safety-{}", i + 1);
            CheckItem {
                checked: ticked.contains(&id),
                id,
                text: ctx.t(key),
            }
        })
        .collect();
    (preparation, own_safety)
}

/// `GET /sessions/{id}/plan`
async fn plan_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    if !row.status().is_editable() {
        return Ok(Redirect::to(&format!("/sessions/{}", row.id)).into_response());
    }
    let notes = super::open_notes(&row, &open.key).map_err(SessionError::from)?;
    let content = state.toolkit.content(ctx.lang);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let (preparation, own_safety) = plan_items(&ctx, module, &notes.plan.checklist);
    let date = row
        .planned_on
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(DateInput::from_date)
        .unwrap_or_default();
    let page = PlanPage {
        errors: FormErrors::default(),
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module.title.clone(),
        content_lang: module.lang.code(),
        date,
        place: notes.plan.place.clone(),
        safety: notes.plan.safety.clone(),
        preparation,
        own_safety,
        version: row.version,
        ctx,
    };
    render(hx, &page)
}

/// Longest place, in characters.
const MAX_PLACE_CHARS: usize = 200;

/// `POST /sessions/{id}/plan`
async fn save_plan(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    let pairs = Pairs(pairs);
    let date = DateInput::from_pairs(&pairs, "planned");
    let place = pairs.one("place").trim().to_owned();
    let safety = pairs.one("safety").trim().to_owned();
    let checklist: Vec<String> = pairs.all("check").into_iter().map(str::to_owned).collect();
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let mut errors = FormErrors::default();
    let planned_on = match date.parse() {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            errors.add("planned-day", ctx.t("plan-problem-date-missing"));
            None
        }
        Err(key) => {
            errors.add(
                "planned-day",
                ctx.lang
                    .t_args(key, &[("field", ctx.t("plan-date-label").into())]),
            );
            None
        }
    };
    if place.chars().count() > MAX_PLACE_CHARS {
        errors.add(
            "place",
            ctx.lang.t_args(
                "plan-problem-place-long",
                &[("max", MAX_PLACE_CHARS.into())],
            ),
        );
    }
    if let Err(key) = notes::check_length(&safety) {
        errors.add("safety", too_long(ctx.lang, key, &safety));
    }
    let mut conflict = false;
    if errors.is_empty() {
        let plan = Plan {
            place: place.clone(),
            checklist: checklist.clone(),
            safety: safety.clone(),
        };
        let result = super::edit(
            &state.db,
            &changed_by(&user, peer),
            &open,
            &row.id,
            Section::Plan,
            base,
            Meta {
                planned_on: Some(planned_on),
                ..Meta::default()
            },
            |n| n.plan = plan.clone(),
        )
        .await;
        match result {
            Ok(_) => return Ok(Redirect::to(&format!("/sessions/{}", row.id)).into_response()),
            Err(SessionError::Conflict(_)) => {
                conflict = true;
                errors.add("place", ctx.t("notes-problem-conflict"));
            }
            Err(SessionError::WrongState(status)) => {
                errors.add("place", state_problem(ctx.lang, status))
            }
            Err(SessionError::CaseClosed) => {
                errors.add("place", ctx.t("session-problem-case-closed"))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let content = state.toolkit.content(ctx.lang);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let (preparation, own_safety) = plan_items(&ctx, module, &checklist);
    let current = store::by_id(state.db.reader(), &row.id)
        .await?
        .map_or(row.version, |r| r.version);
    let page = PlanPage {
        errors,
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module.title.clone(),
        content_lang: module.lang.code(),
        date,
        place,
        safety,
        preparation,
        own_safety,
        // After a conflict the next save is made knowingly over the other tab's version.
        version: if conflict { current } else { base },
        ctx,
    };
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

fn too_long(lang: Lang, key: &str, text: &str) -> String {
    lang.t_args(
        key,
        &[
            ("max", notes::MAX_NOTE_CHARS.into()),
            ("count", text.chars().count().into()),
        ],
    )
}

fn state_problem(lang: Lang, status: Status) -> String {
    match status {
        Status::Submitted => lang.t("session-problem-submitted"),
        Status::SignedOff => lang.t("session-problem-signed-off"),
        _ => lang.t("session-problem-not-ready"),
    }
}

// ---------------------------------------------------------------------------------------------
// The session page

struct StageLine {
    id: String,
    title: String,
    has_notes: bool,
}

struct EvidenceLine {
    factor: String,
    note: String,
}

struct AmendmentLine {
    author: String,
    when: String,
    text: String,
}

#[derive(Template)]
#[template(path = "sessions/session.html", blocks = ["content"])]
struct SessionPage {
    ctx: PageContext,
    notice: Option<String>,
    errors: FormErrors,
    session_id: String,
    reference: String,
    module_title: String,
    module_summary: String,
    content_lang: &'static str,
    status: Status,
    is_facilitator: bool,
    facilitator_name: String,
    planned: String,
    place: String,
    checks_done: usize,
    checks_total: usize,
    stages: Vec<StageLine>,
    resume_stage: String,
    closing: Option<ClosingView>,
    snapshot: Option<SnapshotView>,
    amendments: Vec<AmendmentLine>,
    toolkit_version: String,
    submitted: String,
    signed_off: String,
    signed_off_by: String,
    /// The version the page shows: a review decision names it.
    version: i64,
    /// A supervisor of the facilitator, on a submitted session: comment, return, sign off.
    can_review: bool,
    /// A supervisor reading their own submitted session: told who reviews it.
    own_review: bool,
    /// Why it was returned, while it waits for its facilitator.
    returned: Option<CommentLine>,
    comments: Vec<CommentLine>,
    /// What the reviewer typed, when a step was refused.
    comment: String,
    reason: String,
}
crate::htmx_page!(SessionPage);

/// A review comment or a return's reason, as the session and stage pages show it.
struct CommentLine {
    author: String,
    when: String,
    is_return: bool,
    stage_id: String,
    stage_title: String,
    text: String,
}

/// What a reviewer typed, shown again when a review step is refused.
#[derive(Default)]
struct Typed {
    comment: String,
    reason: String,
}

/// A review comment as the pages show it: its stage named in the page's language.
fn comment_line(
    lang: Lang,
    module: Option<&InLang<schema::Module>>,
    c: &store::CommentRow,
    body: super::Comment,
    author: String,
) -> CommentLine {
    let stage_id = c.stage_id.clone().unwrap_or_default();
    let stage_title = module
        .and_then(|m| {
            m.stages
                .get_ref()
                .iter()
                .find(|s| s.id.get_ref() == &stage_id)
        })
        .map_or_else(|| stage_id.clone(), |s| s.title.clone());
    CommentLine {
        author,
        when: date_words(lang, Some(&c.created_at)),
        is_return: c.kind() == store::CommentKind::Return,
        stage_id,
        stage_title,
        text: body.text,
    }
}

/// The session page's review trail, opened: comments, amendments, who signed it off and
/// whether it was returned (from one query, `store::trail_of`).
#[derive(Default)]
struct Trail {
    comments: Vec<CommentLine>,
    amendments: Vec<AmendmentLine>,
    signed_off_by: String,
    returned: bool,
    facilitator: String,
}

async fn trail(
    state: &AppState,
    lang: Lang,
    open: &OpenCase,
    row: &SessionRow,
) -> Result<Trail, AppError> {
    let module = module_of(state.toolkit.content(lang), &row.module_id);
    let mut trail = Trail::default();
    for line in store::trail_of(state.db.reader(), &row.id).await? {
        match line.kind.as_str() {
            "amendment" => {
                let a = line.as_amendment(&row.id);
                let body = super::open_amendment(&a, &open.case.id, &open.key)
                    .map_err(SessionError::from)?;
                trail.amendments.push(AmendmentLine {
                    author: line.author_name,
                    when: date_words(lang, Some(&a.created_at)),
                    text: body.text,
                });
            }
            "signed-off" => trail.signed_off_by = line.author_name,
            "returned" => trail.returned = true,
            "facilitator" => trail.facilitator = line.author_name,
            _ => {
                // A row claiming another case fails to open with this case's keys: refused.
                let c = line.as_comment(&row.id);
                let body = super::open_comment(&c, &open.key).map_err(SessionError::from)?;
                trail
                    .comments
                    .push(comment_line(lang, module, &c, body, line.author_name));
            }
        }
    }
    Ok(trail)
}

struct ClosingView {
    summary: String,
    engagement_key: &'static str,
    actions: String,
    next_session: String,
    evidence: Vec<EvidenceLine>,
}

struct SnapshotView {
    checked: String,
    allowed: bool,
    overridden: bool,
    override_text: String,
    lines: Vec<(String, crate::training::status::Status, String)>,
}

/// `GET /sessions/{id}`
async fn session_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let (open, row) = open_session(&state, &user, &id, "session", peer).await?;
    let notice = match query.done.as_str() {
        "closed" => Some(ctx.t("session-notice-closed")),
        "submitted" => Some(ctx.t("session-notice-submitted")),
        "signed-off" => Some(ctx.t("session-notice-signed-off")),
        "amended" => Some(ctx.t("session-notice-amended")),
        "saved" => Some(ctx.t("session-notice-saved")),
        "returned" => Some(ctx.t("review-notice-returned")),
        "commented" => Some(ctx.t("review-notice-commented")),
        _ => None,
    };
    let page = session_page_with(
        &state,
        ctx,
        &open,
        &row,
        notice,
        FormErrors::default(),
        Typed::default(),
    )
    .await?;
    render(hx, &page)
}

async fn session_page_with(
    state: &AppState,
    ctx: PageContext,
    open: &OpenCase,
    row: &SessionRow,
    notice: Option<String>,
    errors: FormErrors,
    typed: Typed,
) -> Result<SessionPage, AppError> {
    let lang = ctx.lang;
    let notes = super::open_notes(row, &open.key).map_err(SessionError::from)?;
    let content = state.toolkit.content(lang);
    let module = module_of(content, &row.module_id);
    let stages: Vec<StageLine> = module
        .map(|m| {
            m.stages
                .get_ref()
                .iter()
                .map(|s| StageLine {
                    id: s.id.get_ref().clone(),
                    title: s.title.clone(),
                    has_notes: !notes.stage(s.id.get_ref()).is_empty(),
                })
                .collect()
        })
        .unwrap_or_default();
    let resume_stage = row
        .current_stage
        .clone()
        .filter(|id| stages.iter().any(|s| &s.id == id))
        .or_else(|| stages.first().map(|s| s.id.clone()))
        .unwrap_or_default();
    let closing = notes.closing.as_ref().map(|c| ClosingView {
        summary: c.summary.clone(),
        engagement_key: c.engagement.label_key(),
        actions: c.actions.clone(),
        next_session: c
            .next_session_on
            .map(|d| lang.format_date(d))
            .unwrap_or_default(),
        evidence: c
            .evidence
            .iter()
            .map(|e| EvidenceLine {
                factor: factor_name(content, &e.factor),
                note: e.note.clone(),
            })
            .collect(),
    });
    let snapshot = match gate::Snapshot::from_json(&row.training_snapshot) {
        Some(s) => {
            let override_text = match &row.override_id {
                Some(id) => match store::override_by_id(state.db.reader(), id).await? {
                    Some((reason, by, at)) => lang.t_args(
                        "session-override-by",
                        &[
                            ("name", by.into()),
                            ("date", date_words(lang, Some(&at)).into()),
                            ("reason", reason.into()),
                        ],
                    ),
                    None => String::new(),
                },
                None => String::new(),
            };
            Some(SnapshotView {
                checked: lang.format_date(s.checked_on),
                allowed: s.allowed,
                overridden: s.overridden,
                override_text,
                lines: s
                    .requirements
                    .iter()
                    .map(|l| {
                        (
                            crate::training::pages::requirement_name(
                                &content.training,
                                &l.requirement,
                            ),
                            gate::Snapshot::line_status(l),
                            l.valid_until
                                .map(|d| lang.format_date(d))
                                .unwrap_or_default(),
                        )
                    })
                    .collect(),
            })
        }
        None => None,
    };
    let status = row.status();
    let Trail {
        comments,
        amendments,
        signed_off_by,
        returned,
        facilitator,
    } = trail(state, lang, open, row).await?;
    // While a returned session waits for its facilitator, the latest reason is shown on top.
    let returned = if status == Status::Closed && returned {
        comments
            .iter()
            .rev()
            .find(|c| c.is_return)
            .map(|c| CommentLine {
                author: c.author.clone(),
                when: c.when.clone(),
                is_return: true,
                stage_id: String::new(),
                stage_title: String::new(),
                text: c.text.clone(),
            })
    } else {
        None
    };
    let is_supervisor_role = ctx.user.as_ref().is_some_and(|u| u.is_supervisor);
    Ok(SessionPage {
        version: row.version,
        can_review: open.reason == ReadReason::Supervision && status == Status::Submitted,
        own_review: open.reason == ReadReason::Assignment
            && is_supervisor_role
            && status == Status::Submitted,
        returned,
        comments,
        comment: typed.comment,
        reason: typed.reason,
        notice,
        errors,
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module
            .map(|m| m.title.clone())
            .unwrap_or_else(|| row.module_id.clone()),
        module_summary: module.map(|m| m.summary.clone()).unwrap_or_default(),
        content_lang: module.map_or("en", |m| m.lang.code()),
        status: row.status(),
        is_facilitator: open.reason == ReadReason::Assignment,
        facilitator_name: facilitator,
        planned: date_words(lang, row.planned_on.as_deref()),
        place: notes.plan.place.clone(),
        checks_done: notes.plan.checklist.len(),
        checks_total: module.map_or(0, |m| m.preparation.len()) + SAFETY_KEYS.len(),
        stages,
        resume_stage,
        closing,
        snapshot,
        amendments,
        toolkit_version: row.toolkit_version.clone(),
        submitted: date_words(lang, row.submitted_at.as_deref()),
        signed_off: date_words(lang, row.signed_off_at.as_deref()),
        signed_off_by,
        ctx,
    })
}

/// A signed-off session page as the demo has most of them (every stage with notes, a closing
/// with evidence, the training snapshot, two review comments and an amendment), ready to render,
/// for `benches/render.rs`, which measures the template on its own. Never used by a request.
#[doc(hidden)]
pub fn sample_session(ctx: PageContext, content: &crate::toolkit::Content) -> impl Template {
    let module = &content.modules[0];
    let lang = ctx.lang;
    let stages: Vec<StageLine> = module
        .stages
        .get_ref()
        .iter()
        .map(|s| StageLine {
            id: s.id.get_ref().clone(),
            title: s.title.clone(),
            has_notes: true,
        })
        .collect();
    let words = "The person spoke at length about what the group had offered them. ".repeat(4);
    let comment = |is_return: bool, stage: &StageLine| CommentLine {
        author: "A. Supervisor".into(),
        when: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()),
        is_return,
        stage_id: stage.id.clone(),
        stage_title: stage.title.clone(),
        text: words.clone(),
    };
    let factors = content
        .domains
        .iter()
        .flat_map(|d| d.factors.get_ref().iter());
    SessionPage {
        notice: None,
        errors: FormErrors::default(),
        session_id: "0b6f2d7e-1c2a-4d55-9a51-2f4d6a0c9e11".into(),
        reference: "DD-104527".into(),
        module_title: module.title.clone(),
        module_summary: module.summary.clone(),
        content_lang: module.lang.code(),
        status: Status::SignedOff,
        is_facilitator: true,
        facilitator_name: "A. Facilitator".into(),
        planned: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 10, 28).unwrap()),
        place: "Interview room 2".into(),
        checks_done: 7,
        checks_total: module.preparation.len() + SAFETY_KEYS.len(),
        resume_stage: stages[0].id.clone(),
        closing: Some(ClosingView {
            summary: words.clone(),
            engagement_key: Engagement::Partly.label_key(),
            actions: words.clone(),
            next_session: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 11, 11).unwrap()),
            evidence: factors
                .take(3)
                .map(|f| EvidenceLine {
                    factor: f.name.clone(),
                    note: words.clone(),
                })
                .collect(),
        }),
        snapshot: Some(SnapshotView {
            checked: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 10, 28).unwrap()),
            allowed: true,
            overridden: false,
            override_text: String::new(),
            lines: content
                .training
                .requirements
                .iter()
                .map(|r| {
                    (
                        r.name.clone(),
                        crate::training::status::Status::Valid,
                        String::new(),
                    )
                })
                .collect(),
        }),
        amendments: vec![AmendmentLine {
            author: "A. Facilitator".into(),
            when: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap()),
            text: words.clone(),
        }],
        toolkit_version: "1.0.0".into(),
        submitted: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 10, 29).unwrap()),
        signed_off: lang.format_date(chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap()),
        signed_off_by: "A. Supervisor".into(),
        version: 7,
        can_review: false,
        own_review: false,
        returned: None,
        comments: vec![comment(false, &stages[1]), comment(true, &stages[0])],
        comment: String::new(),
        reason: String::new(),
        stages,
        ctx,
    }
}

fn factor_name(content: &crate::toolkit::Content, id: &str) -> String {
    content
        .domains
        .iter()
        .flat_map(|d| d.factors.get_ref().iter())
        .find(|f| f.id.get_ref() == id)
        .map(|f| f.name.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// `POST /sessions/{id}/begin`: a planned session starts; then its current stage.
async fn begin(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    let content = state.toolkit.content(state.toolkit.source_language);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let first = module
        .stages
        .get_ref()
        .first()
        .map(|s| s.id.get_ref().clone())
        .unwrap_or_default();
    let stage = row.current_stage.clone().unwrap_or(first);
    if row.status() == Status::Planned {
        let base: i64 = Pairs(pairs)
            .trimmed("version")
            .parse()
            .unwrap_or(row.version);
        super::edit(
            &state.db,
            &changed_by(&user, peer),
            &open,
            &row.id,
            Section::Stage(stage.clone()),
            base,
            Meta {
                status: Some(Status::InProgress),
                current_stage: Some(stage.clone()),
                ..Meta::default()
            },
            |_| {},
        )
        .await
        .or_else(|e| match e {
            // Begun in another tab meanwhile: carry on to the stage all the same.
            SessionError::Conflict(_) => Ok(super::Saved { version: 0 }),
            other => Err(other),
        })?;
    }
    Ok(Redirect::to(&format!("/sessions/{}/stages/{stage}", row.id)).into_response())
}

// ---------------------------------------------------------------------------------------------
// Running a stage

#[derive(Template)]
#[template(path = "sessions/stage.html", blocks = ["content"])]
struct StagePage {
    ctx: PageContext,
    errors: FormErrors,
    session_id: String,
    reference: String,
    module_title: String,
    content_lang: &'static str,
    number: usize,
    total: usize,
    stage: schema::Stage,
    minutes: String,
    informs: Vec<String>,
    notes: String,
    saved_notes: Option<String>,
    version: i64,
    previous: Option<String>,
    next: Option<String>,
    editable: bool,
    max_chars: usize,
    notice: Option<String>,
    /// This stage's review comments.
    comments: Vec<CommentLine>,
    /// A supervisor of the facilitator, on a submitted session: may comment on the stage.
    can_review: bool,
    /// What the reviewer typed, when a comment was refused.
    comment: String,
}
crate::htmx_page!(StagePage);

/// The review part of a stage page.
#[derive(Default)]
struct StageReview {
    notice: Option<String>,
    comments: Vec<CommentLine>,
    comment: String,
}

impl StageReview {
    /// The stage's comments (every comment of the session is opened in one go).
    async fn load(
        state: &AppState,
        lang: Lang,
        open: &OpenCase,
        row: &SessionRow,
        stage_id: &str,
    ) -> Result<Self, AppError> {
        let comments = trail(state, lang, open, row)
            .await?
            .comments
            .into_iter()
            .filter(|c| c.stage_id == stage_id)
            .collect();
        Ok(Self {
            comments,
            ..Self::default()
        })
    }
}

#[allow(clippy::too_many_arguments)]
fn stage_page_for(
    ctx: PageContext,
    content: &crate::toolkit::Content,
    open: &OpenCase,
    row: &SessionRow,
    stage_id: &str,
    notes: String,
    version: i64,
    errors: FormErrors,
    saved_notes: Option<String>,
    review: StageReview,
) -> Result<StagePage, AppError> {
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let stages = module.stages.get_ref();
    let index = stages
        .iter()
        .position(|s| s.id.get_ref() == stage_id)
        .ok_or(AppError::NotFound)?;
    let stage = stages[index].clone();
    let informs = stage
        .informs
        .iter()
        .map(|f| factor_name(content, f.get_ref()))
        .collect();
    Ok(StagePage {
        errors,
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module.title.clone(),
        content_lang: module.lang.code(),
        number: index + 1,
        total: stages.len(),
        informs,
        notes,
        saved_notes,
        version,
        previous: index.checked_sub(1).map(|i| stages[i].id.get_ref().clone()),
        next: stages.get(index + 1).map(|s| s.id.get_ref().clone()),
        editable: open.reason == ReadReason::Assignment && row.status().is_editable(),
        max_chars: notes::MAX_NOTE_CHARS,
        notice: review.notice,
        comments: review.comments,
        can_review: open.reason == ReadReason::Supervision && row.status() == Status::Submitted,
        comment: review.comment,
        minutes: stage
            .minutes
            .map(|m| ctx.t_count("stage-minutes", m as usize))
            .unwrap_or_default(),
        stage,
        ctx,
    })
}

/// `GET /sessions/{id}/stages/{stage}`
#[allow(clippy::too_many_arguments)]
async fn stage_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((id, stage_id)): Path<(String, String)>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let (open, row) = open_session(&state, &user, &id, "session", peer).await?;
    let notes = super::open_notes(&row, &open.key).map_err(SessionError::from)?;
    let content = state.toolkit.content(ctx.lang);
    let text = notes.stage(&stage_id).to_owned();
    let mut review = StageReview::load(&state, ctx.lang, &open, &row, &stage_id).await?;
    if query.done == "commented" {
        review.notice = Some(ctx.t("review-notice-commented"));
    }
    let page = stage_page_for(
        ctx,
        content,
        &open,
        &row,
        &stage_id,
        text,
        row.version,
        FormErrors::default(),
        None,
        review,
    )?;
    render(hx, &page)
}

#[derive(Template)]
#[template(path = "sessions/signed_out.html", blocks = ["content"])]
struct SignedOutPage {
    ctx: PageContext,
    notes: String,
    return_to: String,
}
crate::htmx_page!(SignedOutPage);

/// The answer to a stage save made while the database was busy, before the case could even be
/// opened: the typed text back in a form that sends it again (the stage page itself cannot be
/// shown without opening the case, and opening it is an audited write).
#[derive(Template)]
#[template(path = "sessions/busy.html", blocks = ["content"])]
struct BusySavePage {
    ctx: PageContext,
    action: String,
    notes: String,
    version: i64,
    go: String,
}
crate::htmx_page!(BusySavePage);

/// What a stage save carries.
struct StageForm {
    notes: String,
    base: i64,
    go: String,
}

impl StageForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let pairs = Pairs(pairs);
        Self {
            notes: pairs.one("notes").replace("\r\n", "\n"),
            base: pairs.trimmed("version").parse().unwrap_or(0),
            go: pairs.trimmed("go").to_owned(),
        }
    }
}

/// Saves one stage's notes. `Ok(version)` when saved; otherwise the message to show.
#[allow(clippy::too_many_arguments)]
async fn write_stage(
    state: &AppState,
    user: &CurrentUser,
    open: &OpenCase,
    row: &SessionRow,
    stage_id: &str,
    form: &StageForm,
    lang: Lang,
    peer: SocketAddr,
) -> Result<Result<i64, (String, bool)>, AppError> {
    if let Err(key) = notes::check_length(&form.notes) {
        return Ok(Err((too_long(lang, key, &form.notes), false)));
    }
    let text = form.notes.clone();
    let id = stage_id.to_owned();
    let status = (row.status() == Status::Planned).then_some(Status::InProgress);
    let result = super::edit(
        &state.db,
        &changed_by(user, peer),
        open,
        &row.id,
        Section::Stage(stage_id.to_owned()),
        form.base,
        Meta {
            current_stage: Some(stage_id.to_owned()),
            status,
            ..Meta::default()
        },
        move |n: &mut SessionNotes| {
            if text.is_empty() {
                n.stages.remove(&id);
            } else {
                n.stages.insert(id.clone(), text.clone());
            }
        },
    )
    .await;
    match result {
        Ok(saved) => Ok(Ok(saved.version)),
        Err(SessionError::Conflict(_)) => Ok(Err((lang.t("notes-problem-conflict"), true))),
        Err(SessionError::WrongState(status)) => Ok(Err((state_problem(lang, status), false))),
        Err(SessionError::CaseClosed) => Ok(Err((lang.t("session-problem-case-closed"), false))),
        // Busy: the text comes back on the form (or stays in the page, for an autosave).
        Err(SessionError::Database(e)) if crate::db::is_busy(&e) => {
            tracing::warn!("the database was busy; stage notes were not saved");
            Ok(Err((lang.t("notes-problem-busy"), false)))
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /sessions/{id}/stages/{stage}`: the plain form post (also the no-JavaScript path).
#[allow(clippy::too_many_arguments)]
async fn save_stage(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    MaybeUser(user): MaybeUser,
    Path((id, stage_id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = StageForm::from_pairs(pairs);
    let Some(user) = user else {
        let page = SignedOutPage {
            return_to: serde_urlencoded::to_string([(
                "",
                format!("/sessions/{id}/stages/{stage_id}"),
            )])
            .map(|s| s.trim_start_matches('=').to_owned())
            .unwrap_or_default(),
            notes: form.notes,
            ctx,
        };
        return render_status(StatusCode::UNAUTHORIZED, hx, &page);
    };
    let (open, row) = match own_session(&state, &user, &id, peer).await {
        Err(AppError::Busy) => {
            let page = BusySavePage {
                action: format!("/sessions/{id}/stages/{stage_id}"),
                notes: form.notes,
                version: form.base,
                go: form.go,
                ctx,
            };
            return render_status(StatusCode::SERVICE_UNAVAILABLE, hx, &page);
        }
        opened => opened?,
    };
    let content = state.toolkit.content(ctx.lang);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let stages = module.stages.get_ref();
    let index = stages
        .iter()
        .position(|s| s.id.get_ref() == &stage_id)
        .ok_or(AppError::NotFound)?;
    match write_stage(&state, &user, &open, &row, &stage_id, &form, ctx.lang, peer).await? {
        Ok(_) => {
            let target = match form.go.as_str() {
                "previous" if index > 0 => format!(
                    "/sessions/{}/stages/{}",
                    row.id,
                    stages[index - 1].id.get_ref()
                ),
                "next" if index + 1 < stages.len() => format!(
                    "/sessions/{}/stages/{}",
                    row.id,
                    stages[index + 1].id.get_ref()
                ),
                "close" => format!("/sessions/{}/close", row.id),
                _ => format!("/sessions/{}?done=saved", row.id),
            };
            Ok(Redirect::to(&target).into_response())
        }
        Err((message, conflict)) => {
            let mut errors = FormErrors::default();
            errors.add("notes", message);
            let current = store::by_id(state.db.reader(), &row.id)
                .await?
                .unwrap_or(row.clone());
            let saved_notes = if conflict {
                let saved = super::open_notes(&current, &open.key).map_err(SessionError::from)?;
                Some(saved.stage(&stage_id).to_owned())
            } else {
                None
            };
            let review = StageReview::load(&state, ctx.lang, &open, &current, &stage_id).await?;
            let page = stage_page_for(
                ctx,
                content,
                &open,
                &current,
                &stage_id,
                form.notes,
                // After a conflict the next save is made knowingly over the other version.
                if conflict { current.version } else { form.base },
                errors,
                saved_notes,
                review,
            )?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
        }
    }
}

/// `POST /sessions/{id}/stages/{stage}/autosave`: htmx, debounced while typing. Answers a small
/// fragment: the save status, and the new version for the form (out of band).
#[allow(clippy::too_many_arguments)]
async fn autosave_stage(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path((id, stage_id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = StageForm::from_pairs(pairs);
    let Some(user) = user else {
        return Ok(problem_fragment(&ctx.t("notes-autosave-signed-out")));
    };
    // An autosave shows nothing of the notes back, so it opens the case to write (the save is
    // audited) rather than to read.
    let (visible, row) = visible_session(&state, &user, &id).await?;
    if visible.reason != ReadReason::Assignment {
        return Err(AppError::NotFound);
    }
    // Busy before the write (a key rotation due): the same "not saved yet" line.
    let open = match cases::open_case_to_write(&state, &user, visible).await {
        Err(cases::OpenError::Database(e)) if crate::db::is_busy(&e) => {
            return Ok(problem_fragment(&ctx.t("notes-problem-busy")));
        }
        opened => opened?,
    };
    let content = state.toolkit.content(ctx.lang);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    if !module
        .stages
        .get_ref()
        .iter()
        .any(|s| s.id.get_ref() == &stage_id)
    {
        return Err(AppError::NotFound);
    }
    let written =
        match write_stage(&state, &user, &open, &row, &stage_id, &form, ctx.lang, peer).await {
            Ok(written) => written,
            // A fault of ours: say so where the status is shown, or the page would keep showing
            // the last "Saved at" while the text in it is not saved.
            Err(AppError::Internal(detail)) => {
                let reference = crate::web::error::ErrorPage::internal_reference();
                tracing::error!(reference, detail, "an autosave failed");
                return Ok(problem_fragment(&ctx.t1(
                    "notes-autosave-failed",
                    "reference",
                    &reference,
                )));
            }
            Err(other) => return Err(other),
        };
    match written {
        Ok(version) => {
            let time = chrono::Local::now().format("%H:%M").to_string();
            Ok(fragment(format!(
                "<span class=\"app-save-status\">{}</span><input type=\"hidden\" name=\"version\" id=\"version\" value=\"{version}\" hx-swap-oob=\"true\">",
                escape(&ctx.t1("notes-autosaved-at", "time", &time))
            )))
        }
        Err((message, _)) => Ok(problem_fragment(&message)),
    }
}

fn fragment(html: String) -> Response {
    Html(html).into_response()
}

/// The autosave's status line saying the text was not saved, and why.
fn problem_fragment(message: &str) -> Response {
    fragment(format!(
        "<strong class=\"app-save-status app-save-status--problem\">{}</strong>",
        escape(message)
    ))
}

fn escape(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .map(|s| s.to_string())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Closing

struct FactorChoice {
    id: String,
    name: String,
    domain: String,
    note: String,
    suggested: bool,
}

#[derive(Template)]
#[template(path = "sessions/close.html", blocks = ["content"])]
struct ClosePage {
    ctx: PageContext,
    errors: FormErrors,
    session_id: String,
    reference: String,
    module_title: String,
    content_lang: &'static str,
    summary: String,
    engagement: String,
    engagements: Vec<(&'static str, &'static str)>,
    actions: String,
    next_date: DateInput,
    factors: Vec<FactorChoice>,
    version: i64,
    max_chars: usize,
}
crate::htmx_page!(ClosePage);

fn engagements() -> Vec<(&'static str, &'static str)> {
    Engagement::ALL
        .into_iter()
        .map(|e| (e.id(), e.label_key()))
        .collect()
}

fn factor_choices(
    content: &crate::toolkit::Content,
    module: &InLang<schema::Module>,
    evidence: &[Evidence],
) -> Vec<FactorChoice> {
    content
        .domains
        .iter()
        .flat_map(|d| {
            let domain = content
                .framework
                .domains
                .get_ref()
                .iter()
                .find(|x| x.id.get_ref() == d.domain.get_ref())
                .map(|x| x.name.clone())
                .unwrap_or_default();
            d.factors.get_ref().iter().map(move |f| (domain.clone(), f))
        })
        .map(|(domain, f)| FactorChoice {
            id: f.id.get_ref().clone(),
            name: f.name.clone(),
            domain,
            note: evidence
                .iter()
                .find(|e| &e.factor == f.id.get_ref())
                .map(|e| e.note.clone())
                .unwrap_or_default(),
            suggested: module
                .stages
                .get_ref()
                .iter()
                .any(|s| s.informs.iter().any(|i| i.get_ref() == f.id.get_ref())),
        })
        .collect()
}

/// `GET /sessions/{id}/close`
async fn close_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    if !row.status().is_editable() {
        return Ok(Redirect::to(&format!("/sessions/{}", row.id)).into_response());
    }
    let notes = super::open_notes(&row, &open.key).map_err(SessionError::from)?;
    let content = state.toolkit.content(ctx.lang);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let closing = notes.closing.clone();
    let page = ClosePage {
        errors: FormErrors::default(),
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module.title.clone(),
        content_lang: module.lang.code(),
        summary: closing
            .as_ref()
            .map(|c| c.summary.clone())
            .unwrap_or_default(),
        engagement: closing
            .as_ref()
            .map(|c| c.engagement.id().to_owned())
            .unwrap_or_default(),
        engagements: engagements(),
        actions: closing
            .as_ref()
            .map(|c| c.actions.clone())
            .unwrap_or_default(),
        next_date: closing
            .as_ref()
            .and_then(|c| c.next_session_on)
            .map(DateInput::from_date)
            .unwrap_or_default(),
        factors: factor_choices(
            content,
            module,
            closing.as_ref().map_or(&[][..], |c| &c.evidence[..]),
        ),
        version: row.version,
        max_chars: notes::MAX_NOTE_CHARS,
        ctx,
    };
    render(hx, &page)
}

/// `POST /sessions/{id}/close`
async fn save_closing(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    let pairs = Pairs(pairs);
    let content = state.toolkit.content(ctx.lang);
    let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
    let summary = pairs.one("summary").trim().replace("\r\n", "\n");
    let actions = pairs.one("actions").trim().replace("\r\n", "\n");
    let engagement_text = pairs.trimmed("engagement").to_owned();
    let next_date = DateInput::from_pairs(&pairs, "next");
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let all_factors = factor_choices(content, module, &[]);
    let evidence: Vec<Evidence> = all_factors
        .iter()
        .filter_map(|f| {
            let note = pairs
                .one(&format!("evidence-{}", f.id))
                .trim()
                .replace("\r\n", "\n");
            (!note.is_empty()).then(|| Evidence {
                factor: f.id.clone(),
                note,
            })
        })
        .collect();
    let mut errors = FormErrors::default();
    if summary.is_empty() {
        errors.add("summary", ctx.t("close-problem-summary-missing"));
    } else if let Err(key) = notes::check_length(&summary) {
        errors.add("summary", too_long(ctx.lang, key, &summary));
    }
    let engagement = Engagement::parse(&engagement_text);
    if engagement.is_none() {
        errors.add("engagement", ctx.t("close-problem-engagement-missing"));
    }
    if let Err(key) = notes::check_length(&actions) {
        errors.add("actions", too_long(ctx.lang, key, &actions));
    }
    let next_session_on = match next_date.parse() {
        Ok(Some(d)) if d < crate::training::today() => {
            errors.add("next-day", ctx.t("close-problem-next-past"));
            None
        }
        Ok(d) => d,
        Err(key) => {
            errors.add(
                "next-day",
                ctx.lang
                    .t_args(key, &[("field", ctx.t("close-next-label").into())]),
            );
            None
        }
    };
    for e in &evidence {
        if let Err(key) = notes::check_length(&e.note) {
            errors.add("evidence", too_long(ctx.lang, key, &e.note));
        }
    }
    if errors.is_empty()
        && let Some(engagement) = engagement
    {
        let closing = Closing {
            summary: summary.clone(),
            engagement,
            actions: actions.clone(),
            next_session_on,
            evidence: evidence.clone(),
        };
        let result = super::edit(
            &state.db,
            &changed_by(&user, peer),
            &open,
            &row.id,
            Section::Closing,
            base,
            Meta {
                status: Some(Status::Closed),
                ..Meta::default()
            },
            |n| n.closing = Some(closing.clone()),
        )
        .await;
        match result {
            Ok(_) => {
                return Ok(
                    Redirect::to(&format!("/sessions/{}?done=closed", row.id)).into_response()
                );
            }
            Err(SessionError::Conflict(_)) => {
                errors.add("summary", ctx.t("notes-problem-conflict"))
            }
            Err(SessionError::WrongState(status)) => {
                errors.add("summary", state_problem(ctx.lang, status))
            }
            Err(SessionError::CaseClosed) => {
                errors.add("summary", ctx.t("session-problem-case-closed"))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let current = store::by_id(state.db.reader(), &row.id)
        .await?
        .map_or(row.version, |r| r.version);
    let page = ClosePage {
        errors,
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module.title.clone(),
        content_lang: module.lang.code(),
        summary,
        engagement: engagement_text,
        engagements: engagements(),
        actions,
        next_date,
        factors: factor_choices(content, module, &evidence),
        version: current.max(base),
        max_chars: notes::MAX_NOTE_CHARS,
        ctx,
    };
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

// ---------------------------------------------------------------------------------------------
// Submission, sign-off, amendments

/// `POST /sessions/{id}/submit`: first submission, or again after a return.
async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    match super::submit(&state.db, &changed_by(&user, peer), &open, &row.id).await {
        Ok(()) => Ok(Redirect::to(&format!("/sessions/{}?done=submitted", row.id)).into_response()),
        Err(SessionError::WrongState(status)) => {
            let mut errors = FormErrors::default();
            let message = match status {
                Status::Submitted | Status::SignedOff => ctx.t("session-problem-already-submitted"),
                _ => ctx.t("session-problem-close-first"),
            };
            errors.add("submit", message);
            let current = store::by_id(state.db.reader(), &row.id)
                .await?
                .unwrap_or(row);
            let page =
                session_page_with(&state, ctx, &open, &current, None, errors, Typed::default())
                    .await?;
            render_status(StatusCode::CONFLICT, hx, &page)
        }
        Err(SessionError::Stale) => {
            // Changed in another tab while submitting: show it as it is now.
            let mut errors = FormErrors::default();
            errors.add("submit", ctx.t("notes-problem-conflict"));
            let current = store::by_id(state.db.reader(), &row.id)
                .await?
                .unwrap_or(row);
            let page =
                session_page_with(&state, ctx, &open, &current, None, errors, Typed::default())
                    .await?;
            render_status(StatusCode::CONFLICT, hx, &page)
        }
        Err(e) => Err(e.into()),
    }
}

/// The message for a review step refused because of where the session is now, and the status
/// code to answer with.
async fn review_problem(
    state: &AppState,
    lang: Lang,
    error: &SessionError,
    session_id: &str,
) -> Result<(String, StatusCode), AppError> {
    Ok(match error {
        SessionError::OwnSession => (lang.t("review-problem-own"), StatusCode::FORBIDDEN),
        SessionError::Stale => (lang.t("review-problem-stale"), StatusCode::CONFLICT),
        SessionError::WrongState(Status::SignedOff) => (
            lang.t("session-problem-already-signed-off"),
            StatusCode::CONFLICT,
        ),
        SessionError::WrongState(Status::Closed)
            if store::returned_at(state.db.reader(), session_id)
                .await?
                .is_some() =>
        {
            (lang.t("review-problem-returned"), StatusCode::CONFLICT)
        }
        _ => (lang.t("review-problem-not-submitted"), StatusCode::CONFLICT),
    })
}

/// A review step this session's page refused: the page again, as the session is now, with the
/// message next to the form and what the reviewer typed.
#[allow(clippy::too_many_arguments)]
async fn refused_review(
    state: &AppState,
    ctx: PageContext,
    hx: HxRequest,
    open: &OpenCase,
    row: SessionRow,
    errors: FormErrors,
    typed: Typed,
    status: StatusCode,
) -> Result<Response, AppError> {
    let current = store::by_id(state.db.reader(), &row.id)
        .await?
        .unwrap_or(row);
    let page = session_page_with(state, ctx, open, &current, None, errors, typed).await?;
    render_status(status, hx, &page)
}

/// `POST /sessions/{id}/sign-off`: a supervisor of the facilitator locks a submitted session.
/// `version` is the one the supervisor read.
#[allow(clippy::too_many_arguments)]
async fn sign_off(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = open_session(&state, &user, &id, "session", peer).await?;
    let seen: i64 = Pairs(pairs).trimmed("version").parse().unwrap_or(0);
    let result = super::review(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &open,
        &row.id,
        seen,
        Decision::SignOff,
    )
    .await;
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/sessions/{}?done=signed-off", row.id)).into_response())
        }
        Err(e @ (SessionError::OwnSession | SessionError::Stale | SessionError::WrongState(_))) => {
            let (message, status) = review_problem(&state, ctx.lang, &e, &row.id).await?;
            let mut errors = FormErrors::default();
            errors.add("sign-off", message);
            refused_review(
                &state,
                ctx,
                hx,
                &open,
                row,
                errors,
                Typed::default(),
                status,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /sessions/{id}/return`: a supervisor of the facilitator hands a submitted session back
/// for changes, with a reason (`reason`, required). `version` is the one the supervisor read.
#[allow(clippy::too_many_arguments)]
async fn return_session(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = open_session(&state, &user, &id, "session", peer).await?;
    let pairs = Pairs(pairs);
    let reason = pairs.one("reason").trim().replace("\r\n", "\n");
    let seen: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let mut errors = FormErrors::default();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    if open.reason != ReadReason::Supervision {
        errors.add("reason", ctx.t("review-problem-own"));
        status = StatusCode::FORBIDDEN;
    } else if reason.is_empty() {
        errors.add("reason", ctx.t("review-problem-reason-missing"));
    } else if let Err(key) = notes::check_length(&reason) {
        errors.add("reason", too_long(ctx.lang, key, &reason));
    }
    if errors.is_empty() {
        let result = super::review(
            &state.db,
            &changed_by(&user, peer),
            user.id.as_str(),
            &open,
            &row.id,
            seen,
            Decision::Return { reason: &reason },
        )
        .await;
        match result {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("/sessions/{}?done=returned", row.id)).into_response()
                );
            }
            Err(
                e @ (SessionError::OwnSession | SessionError::Stale | SessionError::WrongState(_)),
            ) => {
                let (message, code) = review_problem(&state, ctx.lang, &e, &row.id).await?;
                errors.add("reason", message);
                status = code;
            }
            Err(e) => return Err(e.into()),
        }
    }
    let typed = Typed {
        reason,
        ..Typed::default()
    };
    refused_review(&state, ctx, hx, &open, row, errors, typed, status).await
}

/// `POST /sessions/{id}/comments`: a supervisor of the facilitator comments on a submitted
/// session, or on one stage of it (`stage`). Answers with the page the comment was made on.
#[allow(clippy::too_many_arguments)]
async fn add_comment(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = open_session(&state, &user, &id, "session", peer).await?;
    let pairs = Pairs(pairs);
    let text = pairs.one("comment").trim().replace("\r\n", "\n");
    let stage = pairs.trimmed("stage").to_owned();
    let content = state.toolkit.content(ctx.lang);
    let stage_id = if stage.is_empty() {
        None
    } else {
        let module = module_of(content, &row.module_id).ok_or(AppError::NotFound)?;
        if !module
            .stages
            .get_ref()
            .iter()
            .any(|s| s.id.get_ref() == &stage)
        {
            return Err(AppError::NotFound);
        }
        Some(stage)
    };
    let mut errors = FormErrors::default();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    if open.reason != ReadReason::Supervision {
        errors.add("comment", ctx.t("review-problem-own"));
        status = StatusCode::FORBIDDEN;
    } else if text.is_empty() {
        errors.add("comment", ctx.t("review-problem-comment-missing"));
    } else if let Err(key) = notes::check_length(&text) {
        errors.add("comment", too_long(ctx.lang, key, &text));
    }
    if errors.is_empty() {
        let result = super::comment(
            &state.db,
            &changed_by(&user, peer),
            user.id.as_str(),
            &open,
            &row.id,
            stage_id.as_deref(),
            &text,
        )
        .await;
        match result {
            Ok(()) => {
                let target = match &stage_id {
                    Some(stage) => {
                        format!(
                            "/sessions/{}/stages/{stage}?done=commented#comments",
                            row.id
                        )
                    }
                    None => format!("/sessions/{}?done=commented#comments", row.id),
                };
                return Ok(Redirect::to(&target).into_response());
            }
            Err(
                e @ (SessionError::OwnSession | SessionError::Stale | SessionError::WrongState(_)),
            ) => {
                let (message, code) = review_problem(&state, ctx.lang, &e, &row.id).await?;
                errors.add("comment", message);
                status = code;
            }
            Err(e) => return Err(e.into()),
        }
    }
    let current = store::by_id(state.db.reader(), &row.id)
        .await?
        .unwrap_or(row);
    match stage_id {
        Some(stage) => {
            let notes = super::open_notes(&current, &open.key).map_err(SessionError::from)?;
            let mut review = StageReview::load(&state, ctx.lang, &open, &current, &stage).await?;
            review.comment = text;
            let page = stage_page_for(
                ctx,
                content,
                &open,
                &current,
                &stage,
                notes.stage(&stage).to_owned(),
                current.version,
                errors,
                None,
                review,
            )?;
            render_status(status, hx, &page)
        }
        None => {
            let typed = Typed {
                comment: text,
                ..Typed::default()
            };
            refused_review(&state, ctx, hx, &open, current, errors, typed, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "sessions/amend.html", blocks = ["content"])]
struct AmendPage {
    ctx: PageContext,
    errors: FormErrors,
    session_id: String,
    reference: String,
    module_title: String,
    text: String,
    max_chars: usize,
}
crate::htmx_page!(AmendPage);

/// `GET /sessions/{id}/amend`
async fn amend_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    if row.status() != Status::SignedOff {
        return Ok(Redirect::to(&format!("/sessions/{}", row.id)).into_response());
    }
    let content = state.toolkit.content(ctx.lang);
    let page = AmendPage {
        errors: FormErrors::default(),
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module_of(content, &row.module_id)
            .map(|m| m.title.clone())
            .unwrap_or_default(),
        text: String::new(),
        max_chars: notes::MAX_NOTE_CHARS,
        ctx,
    };
    render(hx, &page)
}

/// `POST /sessions/{id}/amend`
async fn amend(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row) = own_session(&state, &user, &id, peer).await?;
    let text = Pairs(pairs).one("text").trim().replace("\r\n", "\n");
    let mut errors = FormErrors::default();
    if text.is_empty() {
        errors.add("text", ctx.t("amend-problem-missing"));
    } else if let Err(key) = notes::check_length(&text) {
        errors.add("text", too_long(ctx.lang, key, &text));
    }
    if errors.is_empty() {
        match super::amend(
            &state.db,
            &changed_by(&user, peer),
            user.id.as_str(),
            &open,
            &row,
            &text,
        )
        .await
        {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("/sessions/{}?done=amended", row.id)).into_response()
                );
            }
            Err(SessionError::WrongState(status)) => {
                errors.add("text", state_problem(ctx.lang, status))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let content = state.toolkit.content(ctx.lang);
    let page = AmendPage {
        errors,
        session_id: row.id.clone(),
        reference: open.case.reference.clone(),
        module_title: module_of(content, &row.module_id)
            .map(|m| m.title.clone())
            .unwrap_or_default(),
        text,
        max_chars: notes::MAX_NOTE_CHARS,
        ctx,
    };
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

// ---------------------------------------------------------------------------------------------
// Concerns

#[derive(Debug, Deserialize, Default)]
struct ConcernQuery {
    #[serde(default)]
    session: String,
    #[serde(default)]
    stage: String,
}

#[derive(Template)]
#[template(path = "sessions/concern.html", blocks = ["content"])]
struct ConcernPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    session_id: String,
    stage_id: String,
    stage_title: String,
    what: String,
    action_taken: String,
    reporting_route: String,
    raised: bool,
    max_chars: usize,
}
crate::htmx_page!(ConcernPage);

fn reporting_route(state: &AppState, ctx: &PageContext) -> String {
    state
        .config
        .reporting_route
        .clone()
        .unwrap_or_else(|| ctx.t("concern-route-default"))
}

/// The session and stage a concern is raised from, checked against the case; unknown ones are
/// dropped (a concern is never refused for a stale link).
async fn concern_origin(
    state: &AppState,
    lang: Lang,
    case_id: &str,
    session: &str,
    stage: &str,
) -> Result<(Option<String>, Option<(String, String)>), AppError> {
    let Ok(id) = uuid::Uuid::parse_str(session) else {
        return Ok((None, None));
    };
    let Some(row) = store::by_id(state.db.reader(), &id.hyphenated().to_string())
        .await?
        .filter(|r| r.case_id == case_id)
    else {
        return Ok((None, None));
    };
    let content = state.toolkit.content(lang);
    let stage = module_of(content, &row.module_id).and_then(|m| {
        m.stages
            .get_ref()
            .iter()
            .find(|s| s.id.get_ref() == stage)
            .map(|s| (s.id.get_ref().clone(), s.title.clone()))
    });
    Ok((Some(row.id), stage))
}

/// `GET /cases/{reference}/concerns/new`
async fn concern_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Query(query): Query<ConcernQuery>,
) -> Result<Response, AppError> {
    let visible = own_case(&state, &user, &reference).await?;
    let (session, stage) = concern_origin(
        &state,
        ctx.lang,
        &visible.case.id,
        &query.session,
        &query.stage,
    )
    .await?;
    let page = ConcernPage {
        errors: FormErrors::default(),
        reference: visible.case.reference.clone(),
        session_id: session.unwrap_or_default(),
        stage_id: stage.as_ref().map(|s| s.0.clone()).unwrap_or_default(),
        stage_title: stage.map(|s| s.1).unwrap_or_default(),
        what: String::new(),
        action_taken: String::new(),
        reporting_route: reporting_route(&state, &ctx),
        raised: false,
        max_chars: notes::MAX_NOTE_CHARS,
        ctx,
    };
    render(hx, &page)
}

/// `POST /cases/{reference}/concerns/new`
async fn raise_concern(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let visible = own_case(&state, &user, &reference).await?;
    let pairs = Pairs(pairs);
    let what = pairs.one("what").trim().replace("\r\n", "\n");
    let action_taken = pairs.one("action_taken").trim().replace("\r\n", "\n");
    let (session, stage) = concern_origin(
        &state,
        ctx.lang,
        &visible.case.id,
        pairs.trimmed("session"),
        pairs.trimmed("stage"),
    )
    .await?;
    let mut errors = FormErrors::default();
    if what.is_empty() {
        errors.add("what", ctx.t("concern-problem-missing"));
    } else if let Err(key) = notes::check_length(&what) {
        errors.add("what", too_long(ctx.lang, key, &what));
    }
    if let Err(key) = notes::check_length(&action_taken) {
        errors.add("action_taken", too_long(ctx.lang, key, &action_taken));
    }
    let raised = errors.is_empty();
    if raised {
        let open =
            cases::open_case(&state, &user, visible.clone(), "concern", &source(peer)).await?;
        concerns::raise(
            &state.db,
            &changed_by(&user, peer),
            user.id.as_str(),
            &open,
            session.as_deref(),
            stage.as_ref().map(|s| s.0.as_str()),
            &concerns::Account {
                what: what.clone(),
                action_taken: action_taken.clone(),
            },
        )
        .await?;
    }
    let page = ConcernPage {
        errors,
        reference: visible.case.reference.clone(),
        session_id: session.unwrap_or_default(),
        stage_id: stage.as_ref().map(|s| s.0.clone()).unwrap_or_default(),
        stage_title: stage.map(|s| s.1).unwrap_or_default(),
        what: if raised { String::new() } else { what },
        action_taken: if raised { String::new() } else { action_taken },
        reporting_route: reporting_route(&state, &ctx),
        raised,
        max_chars: notes::MAX_NOTE_CHARS,
        ctx,
    };
    if raised {
        render(hx, &page)
    } else {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
    }
}

/// `POST /concerns/{id}/acknowledge`: the supervisor has seen it and taken it on.
async fn acknowledge_concern(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Supervisor(user): Supervisor,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let concern = concerns::by_id(state.db.reader(), &id.hyphenated().to_string())
        .await?
        .ok_or(AppError::NotFound)?;
    let case = cases::store::by_id(state.db.reader(), &concern.case_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let visible = cases::visible_as(&state, &user, case)
        .await?
        .filter(|v| v.reason == ReadReason::Supervision)
        .ok_or(AppError::NotFound)?;
    concerns::acknowledge(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &concern,
    )
    .await?;
    Ok(Redirect::to(&format!("/cases/{}", visible.case.reference)).into_response())
}

// ---------------------------------------------------------------------------------------------
// The supervisor's dashboard

struct QueueLine {
    link: String,
    reference: String,
    facilitator: String,
    what: String,
    when: String,
    /// How long it has waited, in words.
    waited: String,
    /// The stored timestamp, for ordering oldest first.
    since: String,
}

/// One person this supervisor supervises (their own link or a cover running today).
///
struct SuperviseeView {
    id: String,
    name: String,
    /// Whether their training meets the facilitation rule today.
    may_facilitate: bool,
    open_cases: i64,
    sessions_awaiting: i64,
    /// The last supervision meeting recorded about them (in words; empty when none).
    last_supervision: String,
    /// Overdue, or never recorded (`supervision::records::Standing`).
    supervision_due: bool,
    supervision_overdue: bool,
}

#[derive(Template)]
#[template(path = "sessions/review.html", blocks = ["content"])]
struct ReviewPage {
    ctx: PageContext,
    concerns: Vec<QueueLine>,
    sessions: Vec<QueueLine>,
    formulations: Vec<QueueLine>,
    supervisees: Vec<SuperviseeView>,
}
crate::htmx_page!(ReviewPage);

/// Whole days from a stored UTC timestamp (`YYYY-MM-DD…`) to `today`; 0 for today, a date that
/// cannot be read or one in the future.
pub fn days_waited(stored: &str, today: chrono::NaiveDate) -> i64 {
    stored
        .get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or(0, |d| (today - d).num_days().max(0))
}

fn waited_words(lang: Lang, stored: &str, today: chrono::NaiveDate) -> String {
    lang.t_args(
        "review-waited-days",
        &[("count", days_waited(stored, today).into())],
    )
}

/// `GET /review`: the supervisor's dashboard. Open concerns, then sessions and formulations
/// awaiting review, each oldest first with how long it has waited, for everyone this supervisor
/// supervises; then those people with their training, caseload and sessions waiting. Metadata
/// only: opening an item opens (and audits) its case.
async fn review_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    // Stored times are UTC.
    let today = chrono::Utc::now().date_naive();
    let line = |link: String, reference: String, facilitator: String, what: String, at: String| {
        QueueLine {
            link,
            reference,
            facilitator,
            what,
            when: date_words(lang, Some(&at)),
            waited: waited_words(lang, &at, today),
            since: at,
        }
    };
    let oldest_first = |mut lines: Vec<QueueLine>| {
        lines.sort_by(|a, b| a.since.cmp(&b.since));
        lines
    };
    let concerns = oldest_first(
        concerns::open_for_supervisor(state.db.reader(), user.id.as_str())
            .await?
            .into_iter()
            .map(|(_, reference, facilitator, raised_at)| {
                line(
                    format!("/cases/{reference}"),
                    reference,
                    facilitator,
                    lang.t("review-concern"),
                    raised_at,
                )
            })
            .collect(),
    );
    let sessions = oldest_first(
        store::awaiting_review(state.db.reader(), user.id.as_str())
            .await?
            .into_iter()
            .map(|(id, reference, facilitator, module, submitted)| {
                line(
                    format!("/sessions/{id}"),
                    reference,
                    facilitator,
                    module_of(content, &module).map_or(module.clone(), |m| m.title.clone()),
                    submitted,
                )
            })
            .collect(),
    );
    let formulations = oldest_first(
        crate::formulations::store::awaiting_review(state.db.reader(), user.id.as_str())
            .await?
            .into_iter()
            .map(|(reference, number, facilitator, submitted)| {
                line(
                    format!("/cases/{reference}/formulation/{number}#review"),
                    reference,
                    facilitator,
                    lang.t1("formulation-version-title", "number", &number.to_string()),
                    submitted,
                )
            })
            .collect(),
    );
    // The rule is judged on the toolkit's source-language requirements, as the gate does.
    let training = &state
        .toolkit
        .content(state.toolkit.source_language)
        .training;
    let mut supervisees = Vec::new();
    for s in store::supervisees_of(state.db.reader(), user.id.as_str()).await? {
        let id = crate::accounts::UserId::from_db(s.id.clone());
        let (_, facilitation) = gate::check(&state.db, training, &id).await?;
        let last = crate::supervision::store::last_held_on(state.db.reader(), &s.id)
            .await?
            .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
        let standing = crate::supervision::records::Standing::of(
            last,
            state.config.supervision_every_days,
            chrono::Local::now().date_naive(),
        );
        supervisees.push(SuperviseeView {
            id: s.id,
            name: s.name,
            may_facilitate: facilitation.allowed,
            open_cases: s.open_cases,
            sessions_awaiting: s.sessions_awaiting,
            last_supervision: last.map(|d| lang.format_date(d)).unwrap_or_default(),
            supervision_due: standing.needs_attention(),
            supervision_overdue: matches!(
                standing,
                crate::supervision::records::Standing::Overdue { .. }
            ),
        });
    }
    render(
        hx,
        &ReviewPage {
            ctx,
            concerns,
            sessions,
            formulations,
            supervisees,
        },
    )
}
