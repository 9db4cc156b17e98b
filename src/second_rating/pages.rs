//! Second-rating pages: starting a blind rating from the version page, one rating page per
//! domain (each factor's definition, indicators and the facilitator's evidence without their
//! rating, the scale as radios), a check page, submitting or abandoning, and the comparison
//! both raters see afterwards. Also the "Second rating" part of the formulation version page.
//!
//! URLs carry the case reference and the version number only. Every handler finds the case
//! through `cases::pages::visible_case` (404 for anyone else) and opens it through
//! `cases::open_case` (audited as `second-rating`). Only a supervisor of the case's facilitator
//! starts one; only its rater reaches the rating pages (everyone else: 404); the comparison
//! exists once it is submitted. These pages must never show the facilitator's ratings to a
//! rater before they submit, nor an unfinished second rating to anyone but its rater.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::document::SecondRatingDoc;
use super::store::SecondRatingRow;
use super::{SecondRatingError, Standing};
use crate::auth::CurrentUser;
use crate::calibration::pages::{CheckDomain, CheckRow, FiguresView, Problems, figures_view};
use crate::cases::pages::{changed_by, date_words, person_name, visible_case};
use crate::cases::{OpenCase, ReadReason};
use crate::formulations::document::FormulationDoc;
use crate::formulations::pages::{Indicator, ScaleChoice, indicators_of, scale_choices};
use crate::formulations::store::{self as formulation_store, FormulationRow};
use crate::i18n::Lang;
use crate::toolkit::Content;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::Pairs;
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route(
            "/cases/{reference}/formulation/{number}/second-rating",
            get(comparison_page),
        )
        .route(
            "/cases/{reference}/formulation/{number}/second-rating/start",
            post(start),
        )
        .route(
            "/cases/{reference}/formulation/{number}/second-rating/domains/{n}",
            get(domain_page).post(save_domain),
        )
        .route(
            "/cases/{reference}/formulation/{number}/second-rating/check",
            get(check_page),
        )
        .route(
            "/cases/{reference}/formulation/{number}/second-rating/submit",
            post(submit),
        )
        .route(
            "/cases/{reference}/formulation/{number}/second-rating/abandon",
            post(abandon),
        )
}

// ---------------------------------------------------------------------------------------------
// Shared lookups

/// The case (read audited as `second-rating`), the version and its document.
async fn open_version(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
    number: &str,
    peer: SocketAddr,
) -> Result<(OpenCase, FormulationRow, FormulationDoc), AppError> {
    let number = number
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(AppError::NotFound)?;
    let visible = visible_case(state, user, reference).await?;
    let open = crate::cases::open_case(
        state,
        user,
        visible,
        "second-rating",
        &peer.ip().to_string(),
    )
    .await?;
    let row = formulation_store::by_number(state.db.reader(), &open.case.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let doc = crate::formulations::open_doc(&row, &open.key)
        .map_err(|e| AppError::Internal(format!("formulation: {e}")))?;
    Ok((open, row, doc))
}

/// The signed-in rater's unfinished second rating of this version and its document, or 404.
async fn own_unfinished(
    state: &AppState,
    user: &CurrentUser,
    open: &OpenCase,
    row: &FormulationRow,
) -> Result<Option<(SecondRatingRow, SecondRatingDoc)>, AppError> {
    if open.reason != ReadReason::Supervision {
        return Err(AppError::NotFound);
    }
    let Some(rating) = super::store::of_formulation(state.db.reader(), &row.id).await? else {
        return Err(AppError::NotFound);
    };
    if rating.rater_id != user.id.as_str() {
        return Err(AppError::NotFound);
    }
    if rating.is_submitted() {
        return Ok(None);
    }
    let doc = super::open_doc(&rating, &open.key)
        .map_err(|e| AppError::Internal(format!("second rating: {e}")))?;
    Ok(Some((rating, doc)))
}

fn base_of(reference: &str, number: i64) -> String {
    format!("/cases/{reference}/formulation/{number}")
}

fn scale_label(content: &Content, id: &str) -> String {
    content
        .framework
        .scale
        .get_ref()
        .iter()
        .find(|p| p.id.get_ref() == id)
        .map(|p| p.label.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// Where an unfinished rating continues: the first domain with an unrated factor, or the check
/// page.
fn next_step(content: &Content, base: &str, doc: &SecondRatingDoc) -> String {
    let gap = crate::calibration::domains(content)
        .iter()
        .position(|(_, factors)| {
            factors
                .iter()
                .any(|f| !doc.ratings.contains_key(f.id.get_ref()))
        });
    match gap {
        Some(n) => format!("{base}/second-rating/domains/{}", n + 1),
        None => format!("{base}/second-rating/check"),
    }
}

// ---------------------------------------------------------------------------------------------
// The "Second rating" part of the version page

/// What the version page says about its second rating, for the person reading it.
pub(crate) struct VersionSection {
    /// `offer` (they may rate it blind first: the ratings are held back until they choose),
    /// `rating` (their own blind rating is in progress), `in-progress` (someone else's),
    /// `submitted`, `seen` (a reviewer who can no longer start one), or empty (nothing to say).
    pub state: &'static str,
    pub base: String,
    pub rater: String,
    pub started: String,
    pub submitted: String,
    pub seen_on: String,
    /// The overall agreement, once submitted.
    pub(crate) overall: Option<FiguresView>,
}

/// The version page's second-rating section for someone in `standing`.
pub(crate) async fn version_section(
    state: &AppState,
    lang: Lang,
    open: &OpenCase,
    standing: &Standing,
    row: &FormulationRow,
) -> Result<VersionSection, AppError> {
    let mut section = VersionSection {
        state: "",
        base: base_of(&open.case.reference, row.number),
        rater: String::new(),
        started: String::new(),
        submitted: String::new(),
        seen_on: String::new(),
        overall: None,
    };
    match &standing.rating {
        Some(rating) => {
            section.rater = person_name(state, &rating.rater_id).await?;
            section.started = date_words(lang, Some(&rating.started_at));
            if rating.is_submitted() {
                section.state = "submitted";
                section.submitted = date_words(lang, rating.submitted_at.as_deref());
                let doc = super::open_doc(rating, &open.key)
                    .map_err(|e| AppError::Internal(format!("second rating: {e}")))?;
                let content = state.toolkit.content(lang);
                let factors = super::framework_factors(content);
                let ids: Vec<&str> = factors.iter().map(|(_, f)| f.as_str()).collect();
                section.overall = Some(figures_view(lang, super::agreement(content, &ids, &doc)));
            } else if standing.rating_blind() {
                section.state = "rating";
            } else {
                section.state = "in-progress";
            }
        }
        None if standing.may_start() => section.state = "offer",
        None => {
            if let (true, crate::formulations::store::Status::Submitted, Some(at)) = (
                standing.reviewer,
                standing.version_status,
                standing.seen_at.as_deref(),
            ) {
                section.state = "seen";
                section.seen_on = date_words(lang, Some(at));
            }
        }
    }
    Ok(section)
}

// ---------------------------------------------------------------------------------------------
// Starting

/// `POST …/second-rating/start`: a supervisor of the case's facilitator who has not been shown
/// this submitted version's ratings starts rating it blind.
async fn start(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, row, _) = open_version(&state, &user, &reference, &number, peer).await?;
    if open.reason != ReadReason::Supervision {
        // The facilitator never rates their own formulation a second time.
        return Err(AppError::NotFound);
    }
    let base = base_of(&reference, row.number);
    match super::start(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &open,
        &row,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!("{base}/second-rating/domains/1")).into_response()),
        Err(e) => {
            let key = match e {
                SecondRatingError::NotSubmitted => "second-rating-error-not-submitted",
                SecondRatingError::AlreadySeen => "second-rating-error-seen",
                SecondRatingError::AlreadyRated => "second-rating-error-already",
                other => return Err(other.into()),
            };
            let mut errors = crate::web::form::FormErrors::default();
            errors.add("second-rating", ctx.t(key));
            crate::formulations::pages::version_with_errors(
                &state, ctx, hx, &user, &open, &row, errors,
            )
            .await
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rating, one domain per page

struct FactorForm {
    id: String,
    name: String,
    definition: String,
    indicators: Vec<Indicator>,
    /// What the facilitator recorded as evidence and sources (never their rating).
    evidence: String,
    sources: String,
    /// The scale id chosen (saved, or sent with a page that had problems).
    chosen: String,
}

#[derive(Template)]
#[template(path = "second_rating/domain.html", blocks = ["content"])]
struct DomainPage {
    ctx: PageContext,
    errors: Problems,
    reference: String,
    number: i64,
    /// The second rating's version this page was loaded at.
    version: i64,
    n: usize,
    total: usize,
    domain_name: String,
    domain_description: String,
    content_lang: &'static str,
    factors: Vec<FactorForm>,
    scale: Vec<ScaleChoice>,
}
crate::htmx_page!(DomainPage);

#[allow(clippy::too_many_arguments)]
fn domain_view(
    ctx: PageContext,
    content: &Content,
    open: &OpenCase,
    row: &FormulationRow,
    facilitator_doc: &FormulationDoc,
    version: i64,
    n: usize,
    chosen: &BTreeMap<String, String>,
    errors: Problems,
) -> Result<DomainPage, AppError> {
    let domains = crate::calibration::domains(content);
    let (domain, factors) = domains.get(n.wrapping_sub(1)).ok_or(AppError::NotFound)?;
    let factors = factors
        .iter()
        .map(|f| {
            let id = f.id.get_ref().clone();
            let entry = facilitator_doc
                .factors
                .get(&id)
                .cloned()
                .unwrap_or_default();
            FactorForm {
                chosen: chosen.get(&id).cloned().unwrap_or_default(),
                name: f.name.clone(),
                definition: f.definition.clone(),
                indicators: indicators_of(content, f),
                evidence: entry.evidence,
                sources: entry.sources,
                id,
            }
        })
        .collect();
    Ok(DomainPage {
        errors,
        reference: open.case.reference.clone(),
        number: row.number,
        version,
        n,
        total: domains.len(),
        domain_name: domain.name.clone(),
        domain_description: domain.description.clone(),
        content_lang: content.framework.lang.code(),
        factors,
        scale: scale_choices(content),
        ctx,
    })
}

/// `GET …/second-rating/domains/{n}`
async fn domain_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number, n)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (open, row, facilitator_doc) =
        open_version(&state, &user, &reference, &number, peer).await?;
    let Some((rating, doc)) = own_unfinished(&state, &user, &open, &row).await? else {
        return Ok(Redirect::to(&format!(
            "{}/second-rating",
            base_of(&reference, row.number)
        ))
        .into_response());
    };
    let n: usize = n.parse().map_err(|_| AppError::NotFound)?;
    let content = state.toolkit.content(ctx.lang);
    let page = domain_view(
        ctx,
        content,
        &open,
        &row,
        &facilitator_doc,
        rating.version,
        n,
        &doc.ratings,
        Problems::default(),
    )?;
    render(hx, &page)
}

/// `POST …/second-rating/domains/{n}`: saves the ratings given (a value not on the scale comes
/// back with a message, the other choices kept and saved); `version` is the one the page was
/// loaded at, so a page saved in another tab since is a visible conflict, not an overwrite.
async fn save_domain(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number, n)): Path<(String, String, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (open, row, facilitator_doc) =
        open_version(&state, &user, &reference, &number, peer).await?;
    let base = base_of(&reference, row.number);
    let Some((rating, doc)) = own_unfinished(&state, &user, &open, &row).await? else {
        return Ok(Redirect::to(&format!("{base}/second-rating")).into_response());
    };
    let n: usize = n.parse().map_err(|_| AppError::NotFound)?;
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let domains = crate::calibration::domains(content);
    let (domain, factors) = domains.get(n.wrapping_sub(1)).ok_or(AppError::NotFound)?;
    let pairs = Pairs(form);
    let base_version: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let scale = content.framework.scale.get_ref();
    let mut valid = Vec::new();
    let mut errors = Problems::default();
    for factor in factors {
        let id = factor.id.get_ref();
        let value = pairs.trimmed(id);
        if value.is_empty() {
            continue;
        }
        if scale.iter().any(|p| p.id.get_ref() == value) {
            valid.push((id.clone(), value.to_owned()));
        } else {
            errors.add(
                id,
                lang.t1("second-rating-problem-not-on-scale", "factor", &factor.name),
            );
        }
    }
    // What the page shows again: the saved ratings, with this page's valid choices on top.
    let mut chosen = doc.ratings.clone();
    chosen.extend(valid.iter().cloned());
    let mut version = rating.version;
    if !valid.is_empty() || errors.is_empty() {
        match super::save_domain(
            &state.db,
            &changed_by(&user, peer),
            user.id.as_str(),
            &open,
            &row.id,
            domain.id.get_ref(),
            base_version,
            &valid,
        )
        .await
        {
            Ok(saved) => version = saved,
            Err(SecondRatingError::Conflict) => {
                let mut conflict = Problems::default();
                conflict.add(
                    factors.first().map_or("", |f| f.id.get_ref()),
                    lang.t("second-rating-problem-conflict"),
                );
                // The newest version, so that saving again keeps these choices.
                let current = super::store::of_formulation(state.db.reader(), &row.id)
                    .await?
                    .map_or(version, |r| r.version);
                let page = domain_view(
                    ctx,
                    content,
                    &open,
                    &row,
                    &facilitator_doc,
                    current,
                    n,
                    &chosen,
                    conflict,
                )?;
                return render_status(StatusCode::CONFLICT, hx, &page);
            }
            Err(SecondRatingError::NotInProgress) => {
                return Ok(Redirect::to(&format!("{base}/second-rating")).into_response());
            }
            Err(e) => return Err(e.into()),
        }
    }
    if !errors.is_empty() {
        let page = domain_view(
            ctx,
            content,
            &open,
            &row,
            &facilitator_doc,
            version,
            n,
            &chosen,
            errors,
        )?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page);
    }
    let next = if n < domains.len() {
        format!("{base}/second-rating/domains/{}", n + 1)
    } else {
        format!("{base}/second-rating/check")
    };
    Ok(Redirect::to(&next).into_response())
}

// ---------------------------------------------------------------------------------------------
// Check, submit, abandon

#[derive(Template)]
#[template(path = "second_rating/check.html", blocks = ["content"])]
struct CheckPage {
    ctx: PageContext,
    errors: Problems,
    reference: String,
    number: i64,
    content_lang: &'static str,
    domains: Vec<CheckDomain>,
}
crate::htmx_page!(CheckPage);

fn check_view(
    ctx: PageContext,
    content: &Content,
    open: &OpenCase,
    row: &FormulationRow,
    doc: &SecondRatingDoc,
) -> CheckPage {
    let base = base_of(&open.case.reference, row.number);
    let domains = crate::calibration::domains(content)
        .into_iter()
        .enumerate()
        .map(|(i, (domain, factors))| CheckDomain {
            name: domain.name.clone(),
            rows: factors
                .iter()
                .map(|f| {
                    let id = f.id.get_ref().clone();
                    CheckRow {
                        rating: doc
                            .ratings
                            .get(&id)
                            .map(|r| scale_label(content, r))
                            .unwrap_or_default(),
                        link: format!("{base}/second-rating/domains/{}#{id}", i + 1),
                        name: f.name.clone(),
                        id,
                    }
                })
                .collect(),
        })
        .collect();
    CheckPage {
        errors: Problems::default(),
        reference: open.case.reference.clone(),
        number: row.number,
        content_lang: content.framework.lang.code(),
        domains,
        ctx,
    }
}

/// `GET …/second-rating/check`
async fn check_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, row, _) = open_version(&state, &user, &reference, &number, peer).await?;
    let Some((_, doc)) = own_unfinished(&state, &user, &open, &row).await? else {
        return Ok(Redirect::to(&format!(
            "{}/second-rating",
            base_of(&reference, row.number)
        ))
        .into_response());
    };
    let content = state.toolkit.content(ctx.lang);
    render(hx, &check_view(ctx, content, &open, &row, &doc))
}

/// `POST …/second-rating/submit`: refused, with every unrated factor listed and linked, until
/// all are rated; then final.
async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, row, facilitator_doc) =
        open_version(&state, &user, &reference, &number, peer).await?;
    let base = base_of(&reference, row.number);
    let Some((_, doc)) = own_unfinished(&state, &user, &open, &row).await? else {
        return Ok(Redirect::to(&format!("{base}/second-rating")).into_response());
    };
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    match super::submit(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &open,
        content,
        &row,
        &facilitator_doc,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!("{base}/second-rating?done=submitted")).into_response()),
        Err(SecondRatingError::Missing(missing)) => {
            let mut page = check_view(ctx, content, &open, &row, &doc);
            for id in &missing {
                let name = page
                    .domains
                    .iter()
                    .flat_map(|d| d.rows.iter())
                    .find(|r| &r.id == id)
                    .map_or_else(|| id.clone(), |r| r.name.clone());
                page.errors.add(
                    id,
                    lang.t1("second-rating-problem-not-rated", "factor", &name),
                );
            }
            render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
        }
        Err(SecondRatingError::NotInProgress) => {
            Ok(Redirect::to(&format!("{base}/second-rating")).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST …/second-rating/abandon`: the rater stops; their unfinished ratings are deleted and the
/// version's ratings are shown to them from then on.
async fn abandon(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, row, _) = open_version(&state, &user, &reference, &number, peer).await?;
    let base = base_of(&reference, row.number);
    if own_unfinished(&state, &user, &open, &row).await?.is_none() {
        return Ok(Redirect::to(&format!("{base}/second-rating")).into_response());
    }
    match super::abandon(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &open,
        &row,
    )
    .await
    {
        Ok(()) | Err(SecondRatingError::NotInProgress) => {
            Ok(Redirect::to(&format!("{base}?done=second-rating-abandoned")).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------------------------------
// The comparison

struct FactorComparison {
    id: String,
    name: String,
    definition: String,
    facilitator: String,
    second: String,
    differs: bool,
}

struct DomainComparison {
    name: String,
    figures: FiguresView,
    factors: Vec<FactorComparison>,
}

#[derive(Template)]
#[template(path = "second_rating/comparison.html", blocks = ["content"])]
struct ComparisonPage {
    ctx: PageContext,
    notice: Option<String>,
    reference: String,
    number: i64,
    facilitator: String,
    rater: String,
    submitted: String,
    content_lang: &'static str,
    overall: FiguresView,
    domains: Vec<DomainComparison>,
}
crate::htmx_page!(ComparisonPage);

/// `GET …/second-rating`: once submitted, both ratings side by side with the agreement, for
/// everyone who reads the case's formulation. Before that, the rater continues rating and
/// everyone else is sent to the version page; a version nobody has rated blind is not found.
async fn comparison_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, number)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<crate::web::form::DoneQuery>,
) -> Result<Response, AppError> {
    let (open, row, _) = open_version(&state, &user, &reference, &number, peer).await?;
    let base = base_of(&reference, row.number);
    let Some(rating) = super::store::of_formulation(state.db.reader(), &row.id).await? else {
        return Err(AppError::NotFound);
    };
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    if !rating.is_submitted() {
        if open.reason == ReadReason::Supervision && rating.rater_id == user.id.as_str() {
            let doc = super::open_doc(&rating, &open.key)
                .map_err(|e| AppError::Internal(format!("second rating: {e}")))?;
            return Ok(Redirect::to(&next_step(content, &base, &doc)).into_response());
        }
        return Ok(Redirect::to(&format!("{base}#second-rating")).into_response());
    }
    let doc = super::open_doc(&rating, &open.key)
        .map_err(|e| AppError::Internal(format!("second rating: {e}")))?;
    // This page shows the facilitator's ratings (as compared): a reviewer has now seen them.
    super::note_shown(
        &state.db,
        user.id.as_str(),
        open.reason,
        std::slice::from_ref(&row.id),
    )
    .await?;
    let domains_of = crate::calibration::domains(content);
    let all: Vec<&str> = domains_of
        .iter()
        .flat_map(|(_, fs)| fs.iter().map(|f| f.id.get_ref().as_str()))
        .collect();
    let overall = figures_view(lang, super::agreement(content, &all, &doc));
    let label = |id: Option<&String>| id.map(|r| scale_label(content, r)).unwrap_or_default();
    let domains = domains_of
        .iter()
        .map(|(domain, factors)| {
            let ids: Vec<&str> = factors.iter().map(|f| f.id.get_ref().as_str()).collect();
            DomainComparison {
                name: domain.name.clone(),
                figures: figures_view(lang, super::agreement(content, &ids, &doc)),
                factors: factors
                    .iter()
                    .map(|f| {
                        let id = f.id.get_ref();
                        let theirs = doc.facilitator.get(id);
                        let second = doc.ratings.get(id);
                        FactorComparison {
                            id: id.clone(),
                            name: f.name.clone(),
                            definition: f.definition.clone(),
                            facilitator: label(theirs),
                            second: label(second),
                            differs: theirs != second,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let page = ComparisonPage {
        notice: (query.done == "submitted").then(|| ctx.t("second-rating-notice-submitted")),
        reference: open.case.reference.clone(),
        number: row.number,
        facilitator: person_name(&state, &row.facilitator_id).await?,
        rater: person_name(&state, &rating.rater_id).await?,
        submitted: date_words(lang, rating.submitted_at.as_deref()),
        content_lang: content.framework.lang.code(),
        overall,
        domains,
        ctx,
    };
    render(hx, &page)
}
