//! Formulation pages: the overview of a case's versions with the ratings chart, one page per
//! factor (rating, evidence, sources and session evidence, with the factor's definition,
//! indicators and prompts beside the choice), one per domain judgement, the written formulation,
//! submitting, a supervisor's sign-off or return, starting a revision, and comparing two
//! versions.
//!
//! URLs carry the case reference and the version number only. Every handler finds the case
//! through `cases::pages::visible_case` (404 for anyone else) and opens it through
//! `cases::open_case`, which audits the read as `formulation`. Only the case's facilitator
//! changes a formulation; only one of their supervisors reviews it.
//!
//! The blind second rating (`crate::second_rating`) decides, per reader and version, whether
//! the facilitator's ratings, domain judgements and written formulation are held back: these
//! pages then leave them out of what they render (the version page, the chart, a comparison),
//! record when a reviewer is first shown a version's ratings, and refuse a review while the
//! reviewer's own blind rating is in progress.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::chart::{self, Chart, VersionInput};
use super::compare::{Comparison, TextPair, compare};
use super::document::{
    FactorEntry, FormulationDoc, MAX_NAME_CHARS, MAX_TEXT_CHARS, OtherFactor, Section,
};
use super::store::{self, FormulationRow, Status};
use super::{FormulationError, TaggedEvidence};
use crate::auth::CurrentUser;
use crate::cases::pages::{changed_by, date_words, person_name, visible_case};
use crate::cases::{OpenCase, ReadReason};
use crate::i18n::Lang;
use crate::sessions::store as session_store;
use crate::toolkit::{Content, schema};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/cases/{reference}/formulation", get(overview_page))
        .route("/cases/{reference}/formulation/start", post(start))
        .route("/cases/{reference}/formulation/compare", get(compare_page))
        .route("/cases/{reference}/formulation/{number}", get(version_page))
        .route(
            "/cases/{reference}/formulation/{number}/factors/{factor}",
            get(factor_page).post(save_factor),
        )
        .route(
            "/cases/{reference}/formulation/{number}/domains/{domain}",
            get(domain_page).post(save_domain),
        )
        .route(
            "/cases/{reference}/formulation/{number}/summary",
            get(summary_page).post(save_summary),
        )
        .route(
            "/cases/{reference}/formulation/{number}/submit",
            post(submit),
        )
        .route(
            "/cases/{reference}/formulation/{number}/review",
            post(review),
        )
}

/// The factor id of the "add another factor" page.
const NEW_OTHER: &str = "new";

// ---------------------------------------------------------------------------------------------
// Shared lookups

/// Opens a case this person may see for a formulation page (the read audited).
async fn open(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
    peer: SocketAddr,
) -> Result<OpenCase, AppError> {
    let visible = visible_case(state, user, reference).await?;
    Ok(
        crate::cases::open_case(state, user, visible, "formulation", &peer.ip().to_string())
            .await?,
    )
}

/// The same, only for the case's own facilitator (changes).
async fn open_own(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
    peer: SocketAddr,
) -> Result<OpenCase, AppError> {
    let open = open(state, user, reference, peer).await?;
    if open.reason != ReadReason::Assignment {
        return Err(AppError::NotFound);
    }
    Ok(open)
}

fn parse_number(text: &str) -> Result<i64, AppError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(AppError::NotFound)
}

async fn load(
    state: &AppState,
    open: &OpenCase,
    number: &str,
) -> Result<(FormulationRow, FormulationDoc), AppError> {
    let row = store::by_number(state.db.reader(), &open.case.id, parse_number(number)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let doc = super::open_doc(&row, &open.key)
        .map_err(|e| AppError::Internal(format!("formulation: {e}")))?;
    Ok((row, doc))
}

/// A framework factor with its domain, in framework order.
struct FrameworkFactor<'a> {
    domain_id: &'a str,
    factor: &'a schema::Factor,
}

fn framework_factors(content: &Content) -> Vec<FrameworkFactor<'_>> {
    content
        .framework
        .domains
        .get_ref()
        .iter()
        .flat_map(|domain| {
            content
                .domains
                .iter()
                .filter(move |d| d.domain.get_ref() == domain.id.get_ref())
                .flat_map(|d| d.factors.get_ref().iter())
                .map(move |factor| FrameworkFactor {
                    domain_id: domain.id.get_ref(),
                    factor,
                })
        })
        .collect()
}

fn scale_label(content: &Content, id: Option<&str>) -> String {
    id.and_then(|id| {
        content
            .framework
            .scale
            .get_ref()
            .iter()
            .find(|p| p.id.get_ref() == id)
    })
    .map(|p| p.label.clone())
    .unwrap_or_default()
}

fn module_title(content: &Content, id: &str) -> String {
    content
        .modules
        .iter()
        .find(|m| m.id.get_ref() == id)
        .map_or_else(|| id.to_owned(), |m| m.title.clone())
}

/// A session that tagged evidence, as a link label: its date and module.
struct SessionLink {
    id: String,
    label: String,
}

fn session_link(lang: Lang, content: &Content, e: &TaggedEvidence) -> SessionLink {
    SessionLink {
        id: e.session_id.clone(),
        label: format!(
            "{} – {}",
            date_words(lang, e.date.as_deref()),
            module_title(content, &e.module_id)
        ),
    }
}

async fn tagged(state: &AppState, open: &OpenCase) -> Result<Vec<TaggedEvidence>, AppError> {
    let sessions = session_store::of_case(state.db.reader(), &open.case.id).await?;
    super::tagged_evidence(&sessions, &open.key)
        .map_err(|e| AppError::Internal(format!("session notes: {e}")))
}

/// When the version before `row` was signed off (the point after which session evidence is new).
async fn evidence_since(
    state: &AppState,
    row: &FormulationRow,
) -> Result<Option<String>, AppError> {
    let Some(based_on) = &row.based_on else {
        return Ok(None);
    };
    let since: Option<Option<String>> =
        sqlx::query_scalar("SELECT signed_off_at FROM formulations WHERE id = ?")
            .bind(based_on)
            .fetch_optional(state.db.reader())
            .await?;
    Ok(since.flatten())
}

/// Checks a text box's length; the text is kept whatever happens.
fn check_length(errors: &mut FormErrors, field: &'static str, text: &str, lang: Lang) {
    let typed = text.chars().count();
    if typed > MAX_TEXT_CHARS {
        errors.add(
            field,
            lang.t_args(
                "formulation-error-too-long",
                &[
                    ("max", MAX_TEXT_CHARS.to_string().into()),
                    ("typed", typed.to_string().into()),
                ],
            ),
        );
    }
}

fn conflict_error(errors: &mut FormErrors, field: &'static str, lang: Lang) {
    errors.add(field, lang.t("formulation-error-conflict"));
}

/// The message for a change refused because of the version's state.
fn state_message(lang: Lang, e: &FormulationError) -> String {
    match e {
        FormulationError::WrongState(Status::Submitted) => lang.t("formulation-error-submitted"),
        FormulationError::WrongState(Status::SignedOff) => lang.t("formulation-error-signed-off"),
        FormulationError::WrongState(_) | FormulationError::AlreadyOpen => {
            lang.t("formulation-error-in-progress")
        }
        FormulationError::CaseClosed => lang.t("formulation-error-case-closed"),
        FormulationError::Stale => lang.t("formulation-error-stale"),
        _ => lang.t("formulation-error-conflict"),
    }
}

// ---------------------------------------------------------------------------------------------
// The overview: versions, chart, starting a revision, comparing

struct VersionLine {
    number: i64,
    status: Status,
    started: String,
    submitted: String,
    signed_off: String,
    signed_off_by: String,
}

#[derive(Template)]
#[template(path = "formulations/overview.html", blocks = ["content"])]
struct OverviewPage {
    ctx: PageContext,
    notice: Option<String>,
    errors: FormErrors,
    reference: String,
    is_facilitator: bool,
    case_open: bool,
    versions: Vec<VersionLine>,
    /// The version being worked on (draft, submitted or returned), if any.
    working: Option<i64>,
    latest: Option<i64>,
    /// Factors tagged by sessions closed since the latest signed-off version.
    prompts: Vec<String>,
    chart: Option<Chart>,
    /// Versions whose ratings are held back from this reader (blind second rating).
    held_back: Vec<i64>,
    content_lang: &'static str,
}
crate::htmx_page!(OverviewPage);

/// The chart of every version of a case's formulation (none before the first).
pub fn chart_of(
    content: &Content,
    open: &OpenCase,
    rows: &[FormulationRow],
) -> Result<Option<Chart>, AppError> {
    if rows.is_empty() {
        return Ok(None);
    }
    let docs = rows
        .iter()
        .map(|row| super::open_doc(row, &open.key))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| AppError::Internal(format!("formulation: {e}")))?;
    let inputs: Vec<VersionInput<'_>> = rows
        .iter()
        .zip(&docs)
        .map(|(row, doc)| VersionInput {
            number: row.number,
            status: row.status(),
            doc,
        })
        .collect();
    Ok(Some(chart::build(content, &inputs)))
}

/// `GET /cases/{reference}/formulation`
async fn overview_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let open = open(&state, &user, &reference, peer).await?;
    let notice = (query.done == "started").then(|| ctx.t("formulation-notice-started"));
    let page = overview_with(&state, ctx, &user, &open, notice, FormErrors::default()).await?;
    render(hx, &page)
}

async fn overview_with(
    state: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    open: &OpenCase,
    notice: Option<String>,
    errors: FormErrors,
) -> Result<OverviewPage, AppError> {
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let rows = store::of_case(state.db.reader(), &open.case.id).await?;
    let mut versions = Vec::with_capacity(rows.len());
    for row in &rows {
        versions.push(VersionLine {
            number: row.number,
            status: row.status(),
            started: date_words(lang, Some(&row.created_at)),
            submitted: date_words(lang, row.submitted_at.as_deref()),
            signed_off: date_words(lang, row.signed_off_at.as_deref()),
            signed_off_by: match &row.signed_off_by {
                Some(id) => person_name(state, id).await?,
                None => String::new(),
            },
        });
    }
    let working = rows
        .iter()
        .find(|r| r.status() != Status::SignedOff)
        .map(|r| r.number);
    let latest_signed = rows.iter().rev().find(|r| r.status() == Status::SignedOff);
    // A version a reviewer may still rate blind, or is rating blind, stays out of their chart.
    let (shown, held_back) =
        crate::second_rating::shown_versions(&state.db, user.id.as_str(), open.reason, &rows)
            .await?;
    let prompts = if working.is_none() && open.reason == ReadReason::Assignment {
        let evidence = tagged(state, open).await?;
        let since = latest_signed.and_then(|r| r.signed_off_at.as_deref());
        super::new_evidence_factors(&evidence, since)
            .iter()
            .map(|id| factor_name(content, id))
            .collect()
    } else {
        Vec::new()
    };
    Ok(OverviewPage {
        notice,
        errors,
        reference: open.case.reference.clone(),
        is_facilitator: open.reason == ReadReason::Assignment,
        case_open: open.case.is_open(),
        working,
        latest: rows.last().map(|r| r.number),
        prompts,
        chart: chart_of(content, open, &shown)?,
        held_back,
        content_lang: content.framework.lang.code(),
        versions,
        ctx,
    })
}

fn factor_name(content: &Content, id: &str) -> String {
    framework_factors(content)
        .iter()
        .find(|f| f.factor.id.get_ref() == id)
        .map_or_else(|| id.to_owned(), |f| f.factor.name.clone())
}

/// `POST /cases/{reference}/formulation/start`: the first formulation, or a revision copied
/// from the latest signed-off version.
async fn start(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let open = open_own(&state, &user, &reference, peer).await?;
    match super::start(&state.db, &state.toolkit, &changed_by(&user, peer), &open).await {
        Ok(number) => Ok(Redirect::to(&format!(
            "/cases/{reference}/formulation/{number}?done=started"
        ))
        .into_response()),
        Err(
            e @ (FormulationError::WrongState(_)
            | FormulationError::AlreadyOpen
            | FormulationError::CaseClosed),
        ) => {
            let mut errors = FormErrors::default();
            let message = if matches!(e, FormulationError::CaseClosed) {
                state_message(ctx.lang, &e)
            } else {
                ctx.t("formulation-error-in-progress")
            };
            errors.add("start", message);
            let page = overview_with(&state, ctx, &user, &open, None, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
struct CompareQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

#[derive(Template)]
#[template(path = "formulations/compare.html", blocks = ["content"])]
struct ComparePage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    numbers: Vec<i64>,
    from: i64,
    to: i64,
    comparison: Option<Comparison>,
    content_lang: &'static str,
}
crate::htmx_page!(ComparePage);

impl ComparePage {
    /// The two version pickers: field, chosen number, label.
    fn selects(&self) -> [(&'static str, i64, String); 2] {
        [
            ("from", self.from, self.ctx.t("formulation-compare-from")),
            ("to", self.to, self.ctx.t("formulation-compare-to")),
        ]
    }

    /// The written sections, labelled.
    fn written<'a>(&self, c: &'a Comparison) -> [(String, &'a TextPair); 3] {
        [
            (self.ctx.t("formulation-summary"), &c.summary),
            (self.ctx.t("formulation-plan"), &c.management_plan),
            (self.ctx.t("formulation-changes"), &c.changes),
        ]
    }
}

/// `GET /cases/{reference}/formulation/compare?from=N&to=M`
async fn compare_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Query(query): Query<CompareQuery>,
) -> Result<Response, AppError> {
    let open = open(&state, &user, &reference, peer).await?;
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let rows = store::of_case(state.db.reader(), &open.case.id).await?;
    let numbers: Vec<i64> = rows.iter().map(|r| r.number).collect();
    let pick = |text: &str| {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| numbers.contains(n))
    };
    let latest = numbers.last().copied().unwrap_or(0);
    let mut errors = FormErrors::default();
    let from = pick(&query.from);
    let to = pick(&query.to);
    if !query.from.is_empty() && from.is_none() {
        errors.add("from", lang.t("formulation-error-compare-unknown"));
    }
    if !query.to.is_empty() && to.is_none() {
        errors.add("to", lang.t("formulation-error-compare-unknown"));
    }
    let from = from.unwrap_or_else(|| latest.saturating_sub(1).max(1));
    let to = to.unwrap_or(latest);
    if errors.is_empty() && from == to && numbers.len() > 1 {
        errors.add("to", lang.t("formulation-error-compare-same"));
    }
    // A version whose ratings are held back from this reader (blind second rating) is not
    // compared until they have finished or chosen to see them.
    let held_back =
        crate::second_rating::held_back(&state.db, user.id.as_str(), open.reason, &rows).await?;
    for (field, n) in [("from", from), ("to", to)] {
        if held_back.contains(&n) {
            errors.add(
                field,
                lang.t1("second-rating-compare-held-back", "number", &n.to_string()),
            );
        }
    }
    let comparison = if errors.is_empty() && numbers.len() > 1 {
        let doc_of = |n: i64| {
            rows.iter()
                .find(|r| r.number == n)
                .map(|r| super::open_doc(r, &open.key))
                .transpose()
                .map_err(|e| AppError::Internal(format!("formulation: {e}")))
        };
        match (doc_of(from)?, doc_of(to)?) {
            (Some(left), Some(right)) => {
                let compared: Vec<String> = rows
                    .iter()
                    .filter(|r| r.number == from || r.number == to)
                    .map(|r| r.id.clone())
                    .collect();
                crate::second_rating::note_shown(
                    &state.db,
                    user.id.as_str(),
                    open.reason,
                    &compared,
                )
                .await?;
                Some(compare(content, &left, &right))
            }
            _ => None,
        }
    } else {
        None
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        hx,
        &ComparePage {
            errors,
            reference: open.case.reference.clone(),
            numbers,
            from,
            to,
            comparison,
            content_lang: content.framework.lang.code(),
            ctx,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// One version

struct FactorView {
    id: String,
    name: String,
    rating: String,
    rated: bool,
    evidence: String,
    sources: String,
    sessions: Vec<SessionLink>,
    /// Sessions closed since the previous version tagged evidence for it.
    new_evidence: bool,
    strength: bool,
}

struct GroupView {
    id: String,
    name: String,
    description: String,
    judgement: String,
    factors: Vec<FactorView>,
}

struct ReviewLine {
    by: String,
    when: String,
    signed_off: bool,
    comment: String,
}

/// What must be done before a version can be submitted: a link and a message.
struct Missing {
    href: String,
    message: String,
}

#[derive(Template)]
#[template(path = "formulations/version.html", blocks = ["content"])]
struct VersionPage {
    ctx: PageContext,
    notice: Option<String>,
    errors: FormErrors,
    missing: Vec<Missing>,
    reference: String,
    number: i64,
    version: i64,
    status: Status,
    editable: bool,
    can_review: bool,
    guidance: String,
    content_lang: &'static str,
    groups: Vec<GroupView>,
    other_name: String,
    other_allowed: bool,
    other: Vec<FactorView>,
    summary: String,
    management_plan: String,
    changes: String,
    reviews: Vec<ReviewLine>,
    returned: Option<ReviewLine>,
    decision: String,
    comment: String,
    /// The facilitator's ratings, domain judgements and written formulation are held back from
    /// this reader (a reviewer who may still rate it blind, or is rating it blind): the fields
    /// above are left empty, not just unshown.
    ratings_hidden: bool,
    second: crate::second_rating::pages::VersionSection,
}
crate::htmx_page!(VersionPage);

/// A version page's query: `?done=…` (the success banner), and `?ratings=show` when a reviewer
/// chooses to see the facilitator's ratings instead of rating it blind first.
#[derive(Debug, Default, serde::Deserialize)]
struct VersionQuery {
    #[serde(default)]
    done: String,
    #[serde(default)]
    ratings: String,
}

/// The version page with problems in its error summary (a refused start of a second rating).
pub(crate) async fn version_with_errors(
    state: &AppState,
    ctx: PageContext,
    hx: HxRequest,
    user: &CurrentUser,
    open: &OpenCase,
    row: &FormulationRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let doc = super::open_doc(row, &open.key)
        .map_err(|e| AppError::Internal(format!("formulation: {e}")))?;
    let page = VersionView {
        errors,
        ..VersionView::default()
    }
    .page(state, ctx, user, open, row, &doc)
    .await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

/// `GET /cases/{reference}/formulation/{number}`
async fn version_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
    Query(query): Query<VersionQuery>,
) -> Result<Response, AppError> {
    let open = open(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    if query.ratings == "show" {
        // Recorded before anything is shown: from now on this reviewer cannot rate it blind.
        crate::second_rating::note_shown(
            &state.db,
            user.id.as_str(),
            open.reason,
            std::slice::from_ref(&row.id),
        )
        .await?;
    }
    let notice = match query.done.as_str() {
        "started" => Some(ctx.t("formulation-notice-started")),
        "saved" => Some(ctx.t("formulation-notice-saved")),
        "submitted" => Some(ctx.t("formulation-notice-submitted")),
        "returned" => Some(ctx.t("formulation-notice-returned")),
        "signed-off" => Some(ctx.t("formulation-notice-signed-off")),
        "second-rating-abandoned" => Some(ctx.t("second-rating-notice-abandoned")),
        _ => None,
    };
    let page = VersionView {
        notice,
        ..VersionView::default()
    }
    .page(&state, ctx, &user, &open, &row, &doc)
    .await?;
    render(hx, &page)
}

/// What a version page shows besides the record: a notice, or errors with what was typed.
#[derive(Default)]
struct VersionView {
    notice: Option<String>,
    errors: FormErrors,
    missing: Vec<Missing>,
    decision: String,
    comment: String,
}

impl VersionView {
    async fn page(
        self,
        state: &AppState,
        ctx: PageContext,
        user: &CurrentUser,
        open: &OpenCase,
        row: &FormulationRow,
        doc: &FormulationDoc,
    ) -> Result<VersionPage, AppError> {
        let lang = ctx.lang;
        let content = state.toolkit.content(lang);
        let standing =
            crate::second_rating::standing(&state.db, user.id.as_str(), open.reason, row).await?;
        let hidden = standing.hides_ratings();
        if !hidden {
            crate::second_rating::note_shown(
                &state.db,
                user.id.as_str(),
                open.reason,
                std::slice::from_ref(&row.id),
            )
            .await?;
        }
        let second =
            crate::second_rating::pages::version_section(state, lang, open, &standing, row).await?;
        let evidence = tagged(state, open).await?;
        let since = evidence_since(state, row).await?;
        let fresh = if row.status().is_editable() {
            super::new_evidence_factors(&evidence, since.as_deref())
        } else {
            Vec::new()
        };
        let view = |id: &str, name: &str, entry: Option<&FactorEntry>, strength: bool| {
            let entry = entry.cloned().unwrap_or_default();
            let rating = if hidden {
                None
            } else {
                entry.rating.as_deref()
            };
            FactorView {
                id: id.to_owned(),
                name: name.to_owned(),
                rating: scale_label(content, rating),
                rated: rating.is_some(),
                evidence: entry.evidence,
                sources: entry.sources,
                sessions: evidence
                    .iter()
                    .filter(|e| entry.sessions.contains(&e.session_id) && e.factor == id)
                    .map(|e| session_link(lang, content, e))
                    .collect(),
                new_evidence: fresh.iter().any(|f| f == id),
                strength,
            }
        };
        let all = framework_factors(content);
        let groups = content
            .framework
            .domains
            .get_ref()
            .iter()
            .map(|d| GroupView {
                id: d.id.get_ref().clone(),
                name: d.name.clone(),
                description: d.description.clone(),
                judgement: if hidden {
                    String::new()
                } else {
                    doc.domains.get(d.id.get_ref()).cloned().unwrap_or_default()
                },
                factors: all
                    .iter()
                    .filter(|f| f.domain_id == d.id.get_ref())
                    .map(|f| {
                        let id = f.factor.id.get_ref();
                        view(id, &f.factor.name, doc.factors.get(id), false)
                    })
                    .collect(),
            })
            .collect();
        let other = doc
            .other
            .iter()
            .map(|o| view(&o.id, &o.name, Some(&o.entry), o.strength))
            .collect();
        let mut reviews = Vec::with_capacity(doc.reviews.len());
        for r in &doc.reviews {
            reviews.push(ReviewLine {
                by: person_name(state, &r.by).await?,
                when: date_words(lang, Some(&r.at)),
                signed_off: r.signed_off,
                comment: r.comment.clone(),
            });
        }
        let returned = match (row.status(), doc.last_return()) {
            (Status::Returned, Some(r)) => Some(ReviewLine {
                by: person_name(state, &r.by).await?,
                when: date_words(lang, Some(&r.at)),
                signed_off: false,
                comment: r.comment.clone(),
            }),
            _ => None,
        };
        let is_facilitator = open.reason == ReadReason::Assignment;
        Ok(VersionPage {
            notice: self.notice,
            errors: self.errors,
            missing: self.missing,
            reference: open.case.reference.clone(),
            number: row.number,
            version: row.version,
            status: row.status(),
            editable: is_facilitator && row.status().is_editable() && open.case.is_open(),
            can_review: open.reason == ReadReason::Supervision
                && row.status() == Status::Submitted
                && !standing.rating_blind(),
            guidance: content.framework.guidance.clone(),
            content_lang: content.framework.lang.code(),
            groups,
            other_name: content.framework.other_factors.name.clone(),
            other_allowed: content.framework.other_factors.allowed,
            other,
            summary: if hidden {
                String::new()
            } else {
                doc.summary.clone()
            },
            management_plan: if hidden {
                String::new()
            } else {
                doc.management_plan.clone()
            },
            changes: if hidden {
                String::new()
            } else {
                doc.changes.clone()
            },
            reviews,
            returned,
            decision: self.decision,
            comment: self.comment,
            ratings_hidden: hidden,
            second,
            ctx,
        })
    }
}

/// What a version still needs before it can be submitted.
fn missing_for_submit(
    lang: Lang,
    content: &Content,
    reference: &str,
    number: i64,
    doc: &FormulationDoc,
) -> Vec<Missing> {
    let base = format!("/cases/{reference}/formulation/{number}");
    let mut missing: Vec<Missing> = framework_factors(content)
        .iter()
        .filter(|f| {
            doc.factors
                .get(f.factor.id.get_ref())
                .is_none_or(|e| e.rating.is_none())
        })
        .map(|f| Missing {
            href: format!("{base}/factors/{}", f.factor.id.get_ref()),
            message: lang.t1("formulation-missing-rating", "factor", &f.factor.name),
        })
        .collect();
    missing.extend(
        doc.other
            .iter()
            .filter(|o| o.entry.rating.is_none())
            .map(|o| Missing {
                href: format!("{base}/factors/{}", o.id),
                message: lang.t1("formulation-missing-rating", "factor", &o.name),
            }),
    );
    for d in content.framework.domains.get_ref() {
        if doc
            .domains
            .get(d.id.get_ref())
            .is_none_or(|t| t.trim().is_empty())
        {
            missing.push(Missing {
                href: format!("{base}/domains/{}", d.id.get_ref()),
                message: lang.t1("formulation-missing-judgement", "domain", &d.name),
            });
        }
    }
    if doc.summary.trim().is_empty() {
        missing.push(Missing {
            href: format!("{base}/summary"),
            message: lang.t("formulation-missing-summary"),
        });
    }
    missing
}

/// `POST /cases/{reference}/formulation/{number}/submit`
async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let missing = missing_for_submit(lang, content, &reference, row.number, &doc);
    let result = if missing.is_empty() {
        super::submit(&state.db, &changed_by(&user, peer), &open, row.number).await
    } else {
        Ok(())
    };
    match result {
        Ok(()) if missing.is_empty() => Ok(Redirect::to(&format!(
            "/cases/{reference}/formulation/{}?done=submitted",
            row.number
        ))
        .into_response()),
        Ok(()) => {
            let page = VersionView {
                missing,
                ..VersionView::default()
            }
            .page(&state, ctx, &user, &open, &row, &doc)
            .await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
        }
        Err(e @ (FormulationError::WrongState(_) | FormulationError::Stale)) => {
            let mut errors = FormErrors::default();
            errors.add("submit", state_message(lang, &e));
            let (row, doc) = load(&state, &open, &number).await?;
            let page = VersionView {
                errors,
                ..VersionView::default()
            }
            .page(&state, ctx, &user, &open, &row, &doc)
            .await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /cases/{reference}/formulation/{number}/review`: `decision` is `sign-off` or
/// `return`; a return needs a comment; `version` is the one the reviewer read.
async fn review(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let open = open(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    let lang = ctx.lang;
    let decision = pairs.trimmed("decision").to_owned();
    let comment = pairs.one("comment").to_owned();
    let seen: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let mut errors = FormErrors::default();
    let rating_blind =
        crate::second_rating::standing(&state.db, user.id.as_str(), open.reason, &row)
            .await?
            .rating_blind();
    if open.reason != ReadReason::Supervision {
        errors.add("decision", lang.t("formulation-error-own-review"));
    } else if rating_blind {
        // Reviewing waits until the reviewer's blind rating is finished or abandoned.
        errors.add(
            "decision",
            lang.t("second-rating-error-review-while-rating"),
        );
    } else if decision != "sign-off" && decision != "return" {
        errors.add("decision", lang.t("formulation-error-decision"));
    } else if decision == "return" && comment.trim().is_empty() {
        errors.add("comment", lang.t("formulation-error-return-comment"));
    }
    check_length(&mut errors, "comment", &comment, lang);
    if errors.is_empty() {
        let result = super::review(
            &state.db,
            &changed_by(&user, peer),
            user.id.as_str(),
            &open,
            row.number,
            seen,
            decision == "sign-off",
            comment.trim(),
        )
        .await;
        match result {
            Ok(()) => {
                let done = if decision == "sign-off" {
                    "signed-off"
                } else {
                    "returned"
                };
                return Ok(Redirect::to(&format!(
                    "/cases/{reference}/formulation/{}?done={done}",
                    row.number
                ))
                .into_response());
            }
            Err(e @ (FormulationError::WrongState(_) | FormulationError::Stale)) => {
                errors.add("decision", state_message(lang, &e));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let (row, doc) = if errors.is_empty() {
        (row, doc)
    } else {
        load(&state, &open, &number).await?
    };
    let page = VersionView {
        errors,
        decision,
        comment,
        ..VersionView::default()
    }
    .page(&state, ctx, &user, &open, &row, &doc)
    .await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

// ---------------------------------------------------------------------------------------------
// One factor

/// What indicates one rating of a factor (shared with calibration's rating pages).
pub struct Indicator {
    pub label: String,
    pub text: String,
}

/// One point of the rating scale as radios show it (shared with calibration's rating pages).
pub struct ScaleChoice {
    pub id: String,
    pub label: String,
    /// "Not enough information": set apart from the ordinal points by an "or".
    pub unranked: bool,
}

/// The toolkit's rating scale, in order, as radio choices.
pub fn scale_choices(content: &Content) -> Vec<ScaleChoice> {
    content
        .framework
        .scale
        .get_ref()
        .iter()
        .map(|p| ScaleChoice {
            id: p.id.get_ref().clone(),
            label: p.label.clone(),
            unranked: p.rank.is_none(),
        })
        .collect()
}

/// What indicates each point of the scale for `factor`, in scale order.
pub fn indicators_of(content: &Content, factor: &schema::Factor) -> Vec<Indicator> {
    content
        .framework
        .scale
        .get_ref()
        .iter()
        .filter_map(|p| {
            Some(Indicator {
                label: p.label.clone(),
                text: factor
                    .indicators
                    .get_ref()
                    .get(p.id.get_ref())?
                    .as_str()?
                    .to_owned(),
            })
        })
        .collect()
}

struct EvidenceChoice {
    session_id: String,
    label: String,
    note: String,
    checked: bool,
}

/// The factor form as typed.
#[derive(Default)]
struct FactorForm {
    name: String,
    strength: String,
    rating: String,
    evidence: String,
    sources: String,
    sessions: Vec<String>,
}

impl FactorForm {
    fn from_pairs(pairs: &Pairs) -> Self {
        Self {
            name: pairs.one("name").to_owned(),
            strength: pairs.trimmed("strength").to_owned(),
            rating: pairs.trimmed("rating").to_owned(),
            evidence: pairs.one("evidence").to_owned(),
            sources: pairs.one("sources").to_owned(),
            sessions: pairs
                .all("sessions")
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }

    fn from_entry(entry: Option<&FactorEntry>, other: Option<&OtherFactor>) -> Self {
        let entry = entry.cloned().unwrap_or_default();
        Self {
            name: other.map(|o| o.name.clone()).unwrap_or_default(),
            strength: match other {
                Some(o) if o.strength => "strength".to_owned(),
                Some(_) => "concern".to_owned(),
                None => String::new(),
            },
            rating: entry.rating.unwrap_or_default(),
            evidence: entry.evidence,
            sources: entry.sources,
            sessions: entry.sessions,
        }
    }
}

#[derive(Template)]
#[template(path = "formulations/factor.html", blocks = ["content"])]
struct FactorPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    number: i64,
    version: i64,
    factor_id: String,
    /// An "other factor" (named by the facilitator), new or existing.
    is_other: bool,
    domain_name: String,
    name: String,
    definition: String,
    prompts: Vec<String>,
    indicators: Vec<Indicator>,
    other_guidance: String,
    scale: Vec<ScaleChoice>,
    form: FactorForm,
    evidence: Vec<EvidenceChoice>,
    saved: Option<FactorView>,
    has_next: bool,
    content_lang: &'static str,
    max_chars: String,
}
crate::htmx_page!(FactorPage);

/// `GET …/factors/{factor}`
async fn factor_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number, factor)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    if !row.status().is_editable() {
        return Ok(
            Redirect::to(&format!("/cases/{reference}/formulation/{number}")).into_response(),
        );
    }
    let other = doc.other.iter().find(|o| o.id == factor);
    let form = FactorForm::from_entry(doc.entry(&factor), other);
    let page = factor_page_with(
        &state,
        ctx,
        &open,
        &row,
        &factor,
        form,
        FormErrors::default(),
        None,
    )
    .await?;
    render(hx, &page)
}

#[allow(clippy::too_many_arguments)]
async fn factor_page_with(
    state: &AppState,
    ctx: PageContext,
    open: &OpenCase,
    row: &FormulationRow,
    factor_id: &str,
    form: FactorForm,
    errors: FormErrors,
    saved: Option<FactorView>,
) -> Result<FactorPage, AppError> {
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let doc = super::open_doc(row, &open.key)
        .map_err(|e| AppError::Internal(format!("formulation: {e}")))?;
    let all = framework_factors(content);
    let framework = all.iter().find(|f| f.factor.id.get_ref() == factor_id);
    let is_other = framework.is_none();
    if is_other && factor_id != NEW_OTHER && !doc.other.iter().any(|o| o.id == factor_id) {
        return Err(AppError::NotFound);
    }
    if is_other && !content.framework.other_factors.allowed {
        return Err(AppError::NotFound);
    }
    let scale = scale_choices(content);
    let indicators = framework
        .map(|f| indicators_of(content, f.factor))
        .unwrap_or_default();
    let evidence = tagged(state, open)
        .await?
        .into_iter()
        .filter(|e| e.factor == factor_id)
        .map(|e| EvidenceChoice {
            checked: form.sessions.contains(&e.session_id),
            label: session_link(lang, content, &e).label,
            session_id: e.session_id,
            note: e.note,
        })
        .collect();
    let position = all.iter().position(|f| f.factor.id.get_ref() == factor_id);
    let has_next = match position {
        Some(i) => i + 1 < all.len() || !doc.other.is_empty(),
        None => doc
            .other
            .iter()
            .position(|o| o.id == factor_id)
            .is_some_and(|i| i + 1 < doc.other.len()),
    };
    Ok(FactorPage {
        errors,
        reference: open.case.reference.clone(),
        number: row.number,
        version: row.version,
        factor_id: factor_id.to_owned(),
        is_other,
        domain_name: framework
            .and_then(|f| {
                content
                    .framework
                    .domains
                    .get_ref()
                    .iter()
                    .find(|d| d.id.get_ref() == f.domain_id)
            })
            .map(|d| d.name.clone())
            .unwrap_or_else(|| content.framework.other_factors.name.clone()),
        name: framework.map(|f| f.factor.name.clone()).unwrap_or_default(),
        definition: framework
            .map(|f| f.factor.definition.clone())
            .unwrap_or_default(),
        prompts: framework
            .map(|f| f.factor.prompts.clone())
            .unwrap_or_default(),
        indicators,
        other_guidance: content.framework.other_factors.guidance.clone(),
        scale,
        form,
        evidence,
        saved,
        has_next,
        content_lang: content.framework.lang.code(),
        max_chars: MAX_TEXT_CHARS.to_string(),
        ctx,
    })
}

/// `POST …/factors/{factor}`: `go` is `next` (the next factor) or `back` (the version page).
async fn save_factor(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number, factor)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let form = FactorForm::from_pairs(&pairs);
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let is_framework = framework_factors(content)
        .iter()
        .any(|f| f.factor.id.get_ref() == &factor);
    let is_new = !is_framework && factor == NEW_OTHER;
    if !is_framework && !is_new && !doc.other.iter().any(|o| o.id == factor) {
        return Err(AppError::NotFound);
    }
    let mut errors = FormErrors::default();
    if !is_framework {
        let name = form.name.trim();
        if name.is_empty() {
            errors.add("name", lang.t("formulation-error-name-missing"));
        } else if name.chars().count() > MAX_NAME_CHARS {
            errors.add(
                "name",
                lang.t1(
                    "formulation-error-name-long",
                    "max",
                    &MAX_NAME_CHARS.to_string(),
                ),
            );
        }
        if form.strength != "concern" && form.strength != "strength" {
            errors.add("strength", lang.t("formulation-error-strength"));
        }
    }
    let rating = if form.rating.is_empty() {
        None
    } else if content
        .framework
        .scale
        .get_ref()
        .iter()
        .any(|p| p.id.get_ref() == &form.rating)
    {
        Some(form.rating.clone())
    } else {
        errors.add("rating", lang.t("formulation-error-rating"));
        None
    };
    check_length(&mut errors, "evidence", &form.evidence, lang);
    check_length(&mut errors, "sources", &form.sources, lang);
    // Only sessions that really tagged this factor can be cited.
    let tagged_here: Vec<String> = tagged(&state, &open)
        .await?
        .into_iter()
        .filter(|e| e.factor == factor)
        .map(|e| e.session_id)
        .collect();
    let sessions: Vec<String> = form
        .sessions
        .iter()
        .filter(|s| tagged_here.contains(s))
        .cloned()
        .collect();
    if errors.is_empty() {
        let entry = FactorEntry {
            rating,
            evidence: form.evidence.clone(),
            sources: form.sources.clone(),
            sessions,
        };
        let name = form.name.trim().to_owned();
        let strength = form.strength == "strength";
        let section = Section::Factor(if is_new {
            doc.next_other_id()
        } else {
            factor.clone()
        });
        let target_id = factor.clone();
        let result = super::save(
            &state.db,
            &changed_by(&user, peer),
            &open,
            row.number,
            section,
            base,
            |d: &mut FormulationDoc| {
                if is_framework {
                    d.factors.insert(target_id.clone(), entry.clone());
                } else if is_new {
                    let id = d.next_other_id();
                    d.other.push(OtherFactor {
                        id,
                        name: name.clone(),
                        strength,
                        entry: entry.clone(),
                    });
                } else if let Some(o) = d.other.iter_mut().find(|o| o.id == target_id) {
                    o.name = name.clone();
                    o.strength = strength;
                    o.entry = entry.clone();
                }
            },
        )
        .await;
        match result {
            Ok(_) => {
                let base_url = format!("/cases/{reference}/formulation/{}", row.number);
                let target = if pairs.trimmed("go") == "next" {
                    next_factor(content, &doc, &factor)
                        .map(|id| format!("{base_url}/factors/{id}"))
                        .unwrap_or_else(|| format!("{base_url}?done=saved"))
                } else {
                    format!(
                        "{base_url}?done=saved#factor-{}",
                        if is_new { "other" } else { &factor }
                    )
                };
                return Ok(Redirect::to(&target).into_response());
            }
            Err(FormulationError::Conflict(_)) => {
                conflict_error(&mut errors, "evidence", lang);
                let (row, doc) = load(&state, &open, &number).await?;
                let other = doc.other.iter().find(|o| o.id == factor);
                let saved_entry = doc.entry(&factor).cloned().unwrap_or_default();
                let saved = FactorView {
                    id: factor.clone(),
                    name: other.map(|o| o.name.clone()).unwrap_or_default(),
                    rating: scale_label(content, saved_entry.rating.as_deref()),
                    rated: saved_entry.rating.is_some(),
                    evidence: saved_entry.evidence,
                    sources: saved_entry.sources,
                    sessions: Vec::new(),
                    new_evidence: false,
                    strength: other.is_some_and(|o| o.strength),
                };
                let page =
                    factor_page_with(&state, ctx, &open, &row, &factor, form, errors, Some(saved))
                        .await?;
                return render_status(StatusCode::CONFLICT, hx, &page);
            }
            Err(e @ (FormulationError::WrongState(_) | FormulationError::CaseClosed)) => {
                errors.add("rating", state_message(lang, &e));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = factor_page_with(&state, ctx, &open, &row, &factor, form, errors, None).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

/// The factor after `id` in framework order, then the other factors.
fn next_factor(content: &Content, doc: &FormulationDoc, id: &str) -> Option<String> {
    let mut order: Vec<String> = framework_factors(content)
        .iter()
        .map(|f| f.factor.id.get_ref().clone())
        .collect();
    order.extend(doc.other.iter().map(|o| o.id.clone()));
    let i = order.iter().position(|x| x == id)?;
    order.get(i + 1).cloned()
}

// ---------------------------------------------------------------------------------------------
// A domain's judgement

#[derive(Template)]
#[template(path = "formulations/domain.html", blocks = ["content"])]
struct DomainPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    number: i64,
    version: i64,
    domain_id: String,
    name: String,
    description: String,
    factors: Vec<(String, String)>,
    judgement: String,
    saved: Option<String>,
    content_lang: &'static str,
    max_chars: String,
}
crate::htmx_page!(DomainPage);

#[allow(clippy::too_many_arguments)]
fn domain_page_with(
    state: &AppState,
    ctx: PageContext,
    open: &OpenCase,
    row: &FormulationRow,
    doc: &FormulationDoc,
    domain_id: &str,
    judgement: String,
    errors: FormErrors,
    saved: Option<String>,
) -> Result<DomainPage, AppError> {
    let content = state.toolkit.content(ctx.lang);
    let domain = content
        .framework
        .domains
        .get_ref()
        .iter()
        .find(|d| d.id.get_ref() == domain_id)
        .ok_or(AppError::NotFound)?;
    let factors = framework_factors(content)
        .iter()
        .filter(|f| f.domain_id == domain_id)
        .map(|f| {
            let rating = doc
                .factors
                .get(f.factor.id.get_ref())
                .and_then(|e| e.rating.as_deref());
            (f.factor.name.clone(), scale_label(content, rating))
        })
        .collect();
    Ok(DomainPage {
        errors,
        reference: open.case.reference.clone(),
        number: row.number,
        version: row.version,
        domain_id: domain_id.to_owned(),
        name: domain.name.clone(),
        description: domain.description.clone(),
        factors,
        judgement,
        saved,
        content_lang: content.framework.lang.code(),
        max_chars: MAX_TEXT_CHARS.to_string(),
        ctx,
    })
}

/// `GET …/domains/{domain}`
async fn domain_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number, domain)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    if !row.status().is_editable() {
        return Ok(
            Redirect::to(&format!("/cases/{reference}/formulation/{number}")).into_response(),
        );
    }
    let judgement = doc.domains.get(&domain).cloned().unwrap_or_default();
    let page = domain_page_with(
        &state,
        ctx,
        &open,
        &row,
        &doc,
        &domain,
        judgement,
        FormErrors::default(),
        None,
    )?;
    render(hx, &page)
}

/// `POST …/domains/{domain}`
async fn save_domain(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number, domain)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    if !content
        .framework
        .domains
        .get_ref()
        .iter()
        .any(|d| d.id.get_ref() == &domain)
    {
        return Err(AppError::NotFound);
    }
    let judgement = pairs.one("judgement").to_owned();
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let mut errors = FormErrors::default();
    check_length(&mut errors, "judgement", &judgement, lang);
    let mut saved = None;
    if errors.is_empty() {
        let text = judgement.clone();
        let id = domain.clone();
        match super::save(
            &state.db,
            &changed_by(&user, peer),
            &open,
            row.number,
            Section::Domain(domain.clone()),
            base,
            |d: &mut FormulationDoc| {
                d.domains.insert(id.clone(), text.clone());
            },
        )
        .await
        {
            Ok(_) => {
                return Ok(Redirect::to(&format!(
                    "/cases/{reference}/formulation/{}?done=saved#domain-{domain}",
                    row.number
                ))
                .into_response());
            }
            Err(FormulationError::Conflict(_)) => {
                conflict_error(&mut errors, "judgement", lang);
                let (row, doc) = load(&state, &open, &number).await?;
                saved = Some(doc.domains.get(&domain).cloned().unwrap_or_default());
                let page = domain_page_with(
                    &state, ctx, &open, &row, &doc, &domain, judgement, errors, saved,
                )?;
                return render_status(StatusCode::CONFLICT, hx, &page);
            }
            Err(e @ (FormulationError::WrongState(_) | FormulationError::CaseClosed)) => {
                errors.add("judgement", state_message(lang, &e));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = domain_page_with(
        &state, ctx, &open, &row, &doc, &domain, judgement, errors, saved,
    )?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

// ---------------------------------------------------------------------------------------------
// The written formulation: summary, management plan, significant changes

#[derive(Default)]
struct SummaryForm {
    summary: String,
    management_plan: String,
    changes: String,
}

#[derive(Template)]
#[template(path = "formulations/summary.html", blocks = ["content"])]
struct SummaryPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    number: i64,
    version: i64,
    /// The number of the version this one revises, if any.
    previous: Option<i64>,
    form: SummaryForm,
    saved: Option<SummaryForm>,
    max_chars: String,
}
crate::htmx_page!(SummaryPage);

struct SummaryField<'a> {
    field: &'static str,
    label: String,
    hint: String,
    value: &'a str,
}

impl SummaryPage {
    fn fields(&self) -> Vec<SummaryField<'_>> {
        let lang = self.ctx.lang;
        vec![
            SummaryField {
                field: "summary",
                label: lang.t("formulation-summary"),
                hint: lang.t1("formulation-summary-hint", "max", &self.max_chars),
                value: &self.form.summary,
            },
            SummaryField {
                field: "management_plan",
                label: lang.t("formulation-plan"),
                hint: lang.t("formulation-plan-hint"),
                value: &self.form.management_plan,
            },
            SummaryField {
                field: "changes",
                label: lang.t("formulation-changes"),
                hint: match self.previous {
                    Some(n) => lang.t1("formulation-changes-hint", "previous", &n.to_string()),
                    None => lang.t("formulation-changes-hint-first"),
                },
                value: &self.form.changes,
            },
        ]
    }
}

fn summary_page_with(
    ctx: PageContext,
    open: &OpenCase,
    row: &FormulationRow,
    form: SummaryForm,
    errors: FormErrors,
    saved: Option<SummaryForm>,
) -> SummaryPage {
    SummaryPage {
        ctx,
        errors,
        reference: open.case.reference.clone(),
        number: row.number,
        version: row.version,
        previous: row.based_on.as_ref().map(|_| row.number - 1),
        form,
        saved,
        max_chars: MAX_TEXT_CHARS.to_string(),
    }
}

/// `GET …/summary`
async fn summary_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, doc) = load(&state, &open, &number).await?;
    if !row.status().is_editable() {
        return Ok(
            Redirect::to(&format!("/cases/{reference}/formulation/{number}")).into_response(),
        );
    }
    let form = SummaryForm {
        summary: doc.summary,
        management_plan: doc.management_plan,
        changes: doc.changes,
    };
    render(
        hx,
        &summary_page_with(ctx, &open, &row, form, FormErrors::default(), None),
    )
}

/// `POST …/summary`
async fn save_summary(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let open = open_own(&state, &user, &reference, peer).await?;
    let (row, _) = load(&state, &open, &number).await?;
    let lang = ctx.lang;
    let form = SummaryForm {
        summary: pairs.one("summary").to_owned(),
        management_plan: pairs.one("management_plan").to_owned(),
        changes: pairs.one("changes").to_owned(),
    };
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let mut errors = FormErrors::default();
    check_length(&mut errors, "summary", &form.summary, lang);
    check_length(&mut errors, "management_plan", &form.management_plan, lang);
    check_length(&mut errors, "changes", &form.changes, lang);
    if errors.is_empty() {
        let (s, m, c) = (
            form.summary.clone(),
            form.management_plan.clone(),
            form.changes.clone(),
        );
        match super::save(
            &state.db,
            &changed_by(&user, peer),
            &open,
            row.number,
            Section::Summary,
            base,
            |d: &mut FormulationDoc| {
                d.summary = s.clone();
                d.management_plan = m.clone();
                d.changes = c.clone();
            },
        )
        .await
        {
            Ok(_) => {
                return Ok(Redirect::to(&format!(
                    "/cases/{reference}/formulation/{}?done=saved#written",
                    row.number
                ))
                .into_response());
            }
            Err(FormulationError::Conflict(_)) => {
                conflict_error(&mut errors, "summary", lang);
                let (row, doc) = load(&state, &open, &number).await?;
                let saved = SummaryForm {
                    summary: doc.summary,
                    management_plan: doc.management_plan,
                    changes: doc.changes,
                };
                let page = summary_page_with(ctx, &open, &row, form, errors, Some(saved));
                return render_status(StatusCode::CONFLICT, hx, &page);
            }
            Err(e @ (FormulationError::WrongState(_) | FormulationError::CaseClosed)) => {
                errors.add("summary", state_message(lang, &e));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = summary_page_with(ctx, &open, &row, form, errors, None);
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}
