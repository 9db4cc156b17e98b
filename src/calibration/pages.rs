//! Calibration pages: the list of exercises, one rating page per domain (the vignette, each
//! factor's definition and indicators, the scale as radios), a check page before submitting,
//! and the results beside the reference ratings and the group's.
//!
//! Every signed-in member of staff may take the exercises. An attempt is visible only to the
//! person taking it (anyone else gets 404). The results page, with the reference ratings and the
//! group's figures, exists only once that person has submitted; before that every calibration
//! URL leads back to rating. These pages must never show anyone's unsubmitted ratings to anyone
//! else, nor the reference ratings to someone who has not submitted.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::results::{self, Categories, Figures, Ratings};
use super::stats::{Kappa, Reading, Undefined};
use super::store::{self, Attempt};
use crate::auth::{CurrentUser, visible};
use crate::formulations::pages::{Indicator, ScaleChoice, indicators_of, scale_choices};
use crate::i18n::Lang;
use crate::toolkit::schema::{ScalePoint, Vignette};
use crate::toolkit::{Content, InLang};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/calibration", get(list_page))
        .route("/calibration/dashboard", get(super::dashboard_page::page))
        .route("/calibration/vignettes/{vignette}/start", post(start))
        .route("/calibration/attempts/{id}", get(attempt_page))
        .route(
            "/calibration/attempts/{id}/domains/{n}",
            get(domain_page).post(save_domain),
        )
        .route("/calibration/attempts/{id}/check", get(check_page))
        .route("/calibration/attempts/{id}/submit", post(submit))
}

/// Problems on a page whose fields are named by toolkit ids (so not `'static`, unlike
/// `web::form::FormErrors`); the same shape, so `partials/error_summary.html` renders it.
#[derive(Debug, Default)]
pub struct Problems(Vec<Problem>);

#[derive(Debug)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl Problems {
    pub(crate) fn add(&mut self, field: &str, message: String) {
        self.0.push(Problem {
            field: field.to_owned(),
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

fn vignette<'a>(content: &'a Content, id: &str) -> Option<&'a InLang<Vignette>> {
    content.vignettes.iter().find(|v| v.id.get_ref() == id)
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

fn my_attempt_of(attempt: Option<Attempt>) -> Result<Attempt, AppError> {
    visible(attempt, |_| true)
}

async fn my_attempt(state: &AppState, user: &CurrentUser, id: &str) -> Result<Attempt, AppError> {
    my_attempt_of(store::find_own(state.db.reader(), &user.id, id).await?)
}

// ---------------------------------------------------------------------------------------------
// The list of exercises

struct ExerciseRow {
    id: String,
    title: String,
    summary: String,
    content_lang: &'static str,
    /// "not-started", "in-progress" or "submitted".
    state: &'static str,
    rated: usize,
    attempt: Option<String>,
}

#[derive(Template)]
#[template(path = "calibration/list.html", blocks = ["content"])]
struct ListPage {
    ctx: PageContext,
    factors: usize,
    exercises: Vec<ExerciseRow>,
    /// Training managers also get a link to the dashboard across staff.
    sees_dashboard: bool,
}
crate::htmx_page!(ListPage);

/// `GET /calibration`
async fn list_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let content = state.toolkit.content(ctx.lang);
    let attempts = store::attempts_of(state.db.reader(), &user.id).await?;
    let exercises = content
        .vignettes
        .iter()
        .map(|v| {
            let attempt = attempts.get(v.id.get_ref());
            ExerciseRow {
                id: v.id.get_ref().clone(),
                title: v.title.clone(),
                summary: v.summary.clone(),
                content_lang: v.lang.code(),
                state: match attempt {
                    None => "not-started",
                    Some(a) if a.is_submitted() => "submitted",
                    Some(_) => "in-progress",
                },
                rated: attempt.map_or(0, |a| a.ratings.len()),
                attempt: attempt.map(|a| a.id.clone()),
            }
        })
        .collect();
    let page = ListPage {
        factors: state.toolkit.factor_count(),
        exercises,
        sees_dashboard: user.has(crate::accounts::Role::TrainingManager),
        ctx,
    };
    render(hx, &page)
}

/// `POST /calibration/vignettes/{vignette}/start`: the person's attempt, new or resumed.
async fn start(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(vignette_id): Path<String>,
) -> Result<Response, AppError> {
    let content = state.toolkit.content(state.toolkit.source_language);
    if vignette(content, &vignette_id).is_none() {
        return Err(AppError::NotFound);
    }
    let id = store::start(
        &state.db,
        state.toolkit.content_hash(),
        &user.id,
        &vignette_id,
    )
    .await?;
    Ok(Redirect::to(&format!("/calibration/attempts/{id}")).into_response())
}

/// Where an unsubmitted attempt continues: the first domain with an unrated factor, or the
/// check page.
fn next_step(content: &Content, attempt: &Attempt) -> String {
    let first_gap = super::domains(content).iter().position(|(_, factors)| {
        factors
            .iter()
            .any(|f| !attempt.ratings.contains_key(f.id.get_ref()))
    });
    match first_gap {
        Some(n) => format!("/calibration/attempts/{}/domains/{}", attempt.id, n + 1),
        None => format!("/calibration/attempts/{}/check", attempt.id),
    }
}

// ---------------------------------------------------------------------------------------------
// Rating, one domain per page

struct FactorForm {
    id: String,
    name: String,
    definition: String,
    indicators: Vec<Indicator>,
    /// The scale id chosen (saved, or sent with a page that had problems).
    chosen: String,
}

#[derive(Template)]
#[template(path = "calibration/domain.html", blocks = ["content"])]
struct DomainPage {
    ctx: PageContext,
    errors: Problems,
    attempt_id: String,
    title: String,
    summary: String,
    background: String,
    vignette_lang: &'static str,
    content_lang: &'static str,
    number: usize,
    total: usize,
    domain_name: String,
    domain_description: String,
    factors: Vec<FactorForm>,
    scale: Vec<ScaleChoice>,
}
crate::htmx_page!(DomainPage);

fn domain_view(
    ctx: PageContext,
    content: &Content,
    vignette: &InLang<Vignette>,
    attempt: &Attempt,
    number: usize,
    sent: &BTreeMap<String, String>,
    errors: Problems,
) -> Result<DomainPage, AppError> {
    let domains = super::domains(content);
    let (domain, factors) = domains
        .get(number.wrapping_sub(1))
        .ok_or(AppError::NotFound)?;
    let factors = factors
        .iter()
        .map(|f| {
            let id = f.id.get_ref().clone();
            FactorForm {
                chosen: sent
                    .get(&id)
                    .or_else(|| attempt.ratings.get(&id))
                    .cloned()
                    .unwrap_or_default(),
                id,
                name: f.name.clone(),
                definition: f.definition.clone(),
                indicators: indicators_of(content, f),
            }
        })
        .collect();
    Ok(DomainPage {
        errors,
        attempt_id: attempt.id.clone(),
        title: vignette.title.clone(),
        summary: vignette.summary.clone(),
        background: vignette.background.clone(),
        vignette_lang: vignette.lang.code(),
        content_lang: content.framework.lang.code(),
        number,
        total: domains.len(),
        domain_name: domain.name.clone(),
        domain_description: domain.description.clone(),
        factors,
        scale: scale_choices(content),
        ctx,
    })
}

/// The attempt, its vignette in the page's language, and the content; an attempt whose vignette
/// has left the toolkit is "not found".
async fn open_attempt<'a>(
    state: &'a AppState,
    user: &CurrentUser,
    lang: Lang,
    id: &str,
) -> Result<(Attempt, &'a Content, &'a InLang<Vignette>), AppError> {
    let attempt = my_attempt(state, user, id).await?;
    let content = state.toolkit.content(lang);
    let vignette = vignette(content, &attempt.vignette).ok_or(AppError::NotFound)?;
    Ok((attempt, content, vignette))
}

/// `GET /calibration/attempts/{id}/domains/{n}`
async fn domain_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((id, n)): Path<(String, usize)>,
) -> Result<Response, AppError> {
    let (attempt, content, vignette) = open_attempt(&state, &user, ctx.lang, &id).await?;
    if attempt.is_submitted() {
        return Ok(Redirect::to(&format!("/calibration/attempts/{id}")).into_response());
    }
    let page = domain_view(
        ctx,
        content,
        vignette,
        &attempt,
        n,
        &BTreeMap::new(),
        Problems::default(),
    )?;
    render(hx, &page)
}

/// `POST /calibration/attempts/{id}/domains/{n}`: saves the ratings given; a value that is not
/// on the scale comes back with a message, the other choices kept (and saved).
async fn save_domain(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((id, n)): Path<(String, usize)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (attempt, content, vignette) = open_attempt(&state, &user, ctx.lang, &id).await?;
    if attempt.is_submitted() {
        return Ok(Redirect::to(&format!("/calibration/attempts/{id}")).into_response());
    }
    let domains = super::domains(content);
    let (_, factors) = domains.get(n.wrapping_sub(1)).ok_or(AppError::NotFound)?;
    let scale = content.framework.scale.get_ref();
    let mut valid = Vec::new();
    let mut sent = BTreeMap::new();
    let mut errors = Problems::default();
    for factor in factors {
        let factor_id = factor.id.get_ref();
        let Some((_, value)) = form.iter().find(|(k, _)| k == factor_id) else {
            continue;
        };
        let value = value.trim();
        if scale.iter().any(|p| p.id.get_ref() == value) {
            valid.push((factor_id.clone(), value.to_owned()));
            sent.insert(factor_id.clone(), value.to_owned());
        } else {
            errors.add(
                factor_id,
                ctx.lang
                    .t1("calibration-problem-not-on-scale", "factor", &factor.name),
            );
        }
    }
    if !valid.is_empty() {
        store::save_ratings(&state.db, &attempt.id, &valid).await?;
    }
    if !errors.is_empty() {
        let page = domain_view(ctx, content, vignette, &attempt, n, &sent, errors)?;
        return render_status(StatusCode::BAD_REQUEST, hx, &page);
    }
    let next = if n < domains.len() {
        format!("/calibration/attempts/{id}/domains/{}", n + 1)
    } else {
        format!("/calibration/attempts/{id}/check")
    };
    Ok(Redirect::to(&next).into_response())
}

// ---------------------------------------------------------------------------------------------
// Check and submit

/// One factor on a check page (also the blind second rating's, in `second_rating::pages`).
pub(crate) struct CheckRow {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) rating: String,
    pub(crate) link: String,
}

pub(crate) struct CheckDomain {
    pub(crate) name: String,
    pub(crate) rows: Vec<CheckRow>,
}

#[derive(Template)]
#[template(path = "calibration/check.html", blocks = ["content"])]
struct CheckPage {
    ctx: PageContext,
    errors: Problems,
    attempt_id: String,
    title: String,
    vignette_lang: &'static str,
    content_lang: &'static str,
    domains: Vec<CheckDomain>,
}
crate::htmx_page!(CheckPage);

/// The check page, and the factors not yet rated.
fn check_view(
    ctx: PageContext,
    content: &Content,
    vignette: &InLang<Vignette>,
    attempt: &Attempt,
) -> (CheckPage, Vec<(String, String)>) {
    let mut missing = Vec::new();
    let domains = super::domains(content)
        .into_iter()
        .enumerate()
        .map(|(i, (domain, factors))| CheckDomain {
            name: domain.name.clone(),
            rows: factors
                .iter()
                .map(|f| {
                    let id = f.id.get_ref().clone();
                    let rating = attempt
                        .ratings
                        .get(&id)
                        .map(|r| scale_label(content, r))
                        .unwrap_or_default();
                    if rating.is_empty() {
                        missing.push((id.clone(), f.name.clone()));
                    }
                    CheckRow {
                        link: format!(
                            "/calibration/attempts/{}/domains/{}#{id}",
                            attempt.id,
                            i + 1
                        ),
                        id,
                        name: f.name.clone(),
                        rating,
                    }
                })
                .collect(),
        })
        .collect();
    let page = CheckPage {
        errors: Problems::default(),
        attempt_id: attempt.id.clone(),
        title: vignette.title.clone(),
        vignette_lang: vignette.lang.code(),
        content_lang: content.framework.lang.code(),
        domains,
        ctx,
    };
    (page, missing)
}

/// `GET /calibration/attempts/{id}/check`
async fn check_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (attempt, content, vignette) = open_attempt(&state, &user, ctx.lang, &id).await?;
    if attempt.is_submitted() {
        return Ok(Redirect::to(&format!("/calibration/attempts/{id}")).into_response());
    }
    let (page, _) = check_view(ctx, content, vignette, &attempt);
    render(hx, &page)
}

/// `POST /calibration/attempts/{id}/submit`: refused, with every unrated factor listed, until
/// all are rated.
async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (attempt, content, vignette) = open_attempt(&state, &user, ctx.lang, &id).await?;
    if attempt.is_submitted() {
        return Ok(Redirect::to(&format!("/calibration/attempts/{id}")).into_response());
    }
    let lang = ctx.lang;
    let (mut page, missing) = check_view(ctx, content, vignette, &attempt);
    if !missing.is_empty() {
        for (factor, name) in &missing {
            page.errors.add(
                factor,
                lang.t1("calibration-problem-not-rated", "factor", name),
            );
        }
        return render_status(StatusCode::BAD_REQUEST, hx, &page);
    }
    store::submit(&state.db, &attempt, &peer.ip().to_string()).await?;
    Ok(Redirect::to(&format!("/calibration/attempts/{id}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// Results

/// One figure as the page shows it: the value and its reading, or why it cannot be calculated.
pub(crate) struct FigureView {
    pub(crate) value: String,
    pub(crate) reading: String,
}

pub(crate) struct FiguresView {
    pub(crate) percent: FigureView,
    pub(crate) cohen: FigureView,
    pub(crate) weighted: FigureView,
    pub(crate) fleiss: FigureView,
}

struct FactorResult {
    id: String,
    name: String,
    definition: String,
    own: String,
    reference: String,
    rationale: String,
    differs: bool,
    distribution: Vec<(String, u64)>,
    agreement: FigureView,
}

struct DomainResult {
    name: String,
    figures: FiguresView,
    factors: Vec<FactorResult>,
}

#[derive(Template)]
#[template(path = "calibration/results.html", blocks = ["content"])]
struct ResultsPage {
    ctx: PageContext,
    title: String,
    vignette_lang: &'static str,
    content_lang: &'static str,
    overall: FiguresView,
    domains: Vec<DomainResult>,
}
crate::htmx_page!(ResultsPage);

fn undefined_text(lang: Lang, why: Undefined) -> String {
    match why {
        Undefined::NoItems => lang.t("calibration-undefined-no-items"),
        Undefined::FewerThanTwoRaters => lang.t("calibration-undefined-one-rater"),
        Undefined::NoVariation => lang.t("calibration-undefined-no-variation"),
        Undefined::UnequalRaters { .. } => lang.t("calibration-undefined-unequal"),
        Undefined::OutOfScale { .. } => lang.t("calibration-undefined-out-of-scale"),
    }
}

fn reading_text(lang: Lang, reading: Reading) -> String {
    match reading {
        Reading::WorseThanChance => lang.t("calibration-reading-worse"),
        Reading::Slight => lang.t("calibration-reading-slight"),
        Reading::Fair => lang.t("calibration-reading-fair"),
        Reading::Moderate => lang.t("calibration-reading-moderate"),
        Reading::Substantial => lang.t("calibration-reading-substantial"),
        Reading::AlmostPerfect => lang.t("calibration-reading-almost-perfect"),
    }
}

fn percent_view(lang: Lang, value: Result<f64, Undefined>) -> FigureView {
    match value {
        Ok(share) => FigureView {
            value: lang.format_percent((share * 100.0).round() as i64),
            reading: String::new(),
        },
        Err(why) => FigureView {
            value: String::new(),
            reading: undefined_text(lang, why),
        },
    }
}

fn kappa_view(lang: Lang, value: Result<Kappa, Undefined>, raters: Option<usize>) -> FigureView {
    match value {
        Ok(kappa) => {
            let mut reading = reading_text(lang, kappa.reading());
            if let Some(raters) = raters {
                reading.push(' ');
                reading.push_str(&lang.t_args("calibration-raters", &[("count", raters.into())]));
            }
            FigureView {
                value: lang.format_decimal(kappa.value, 2),
                reading,
            }
        }
        Err(why) => FigureView {
            value: String::new(),
            reading: undefined_text(lang, why),
        },
    }
}

/// Shared with the blind second rating of live formulations (`second_rating::pages`).
pub(crate) fn figures_view(lang: Lang, figures: Figures) -> FiguresView {
    FiguresView {
        percent: percent_view(lang, figures.percent),
        cohen: kappa_view(lang, figures.cohen, None),
        weighted: kappa_view(lang, figures.weighted, None),
        fleiss: kappa_view(lang, figures.fleiss, Some(figures.raters)),
    }
}

/// `GET /calibration/attempts/{id}`: the results once submitted; before that, where rating
/// continues. Nothing of the reference or the group is read before submission.
async fn attempt_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (attempt, content, vignette) = open_attempt(&state, &user, ctx.lang, &id).await?;
    if !attempt.is_submitted() {
        return Ok(Redirect::to(&next_step(content, &attempt)).into_response());
    }
    let group = store::group_ratings(state.db.reader(), &attempt.vignette).await?;
    let lang = ctx.lang;
    let scale: &[ScalePoint] = content.framework.scale.get_ref();
    let categories = Categories::of(scale);
    let reference: Ratings = vignette
        .reference
        .get_ref()
        .iter()
        .map(|r| (r.factor.get_ref().clone(), r.rating.get_ref().clone()))
        .collect();
    let rationale = |factor: &str| {
        vignette
            .reference
            .get_ref()
            .iter()
            .find(|r| r.factor.get_ref() == factor)
            .map(|r| r.rationale.clone())
            .unwrap_or_default()
    };
    let domains_of = super::domains(content);
    let all_factors: Vec<&str> = domains_of
        .iter()
        .flat_map(|(_, fs)| fs.iter().map(|f| f.id.get_ref().as_str()))
        .collect();
    let overall = figures_view(
        lang,
        results::figures(
            &categories,
            &all_factors,
            &reference,
            &attempt.ratings,
            &group,
        ),
    );
    let domains = domains_of
        .iter()
        .map(|(domain, factors)| {
            let ids: Vec<&str> = factors.iter().map(|f| f.id.get_ref().as_str()).collect();
            let figures = results::figures(&categories, &ids, &reference, &attempt.ratings, &group);
            DomainResult {
                name: domain.name.clone(),
                figures: figures_view(lang, figures),
                factors: factors
                    .iter()
                    .map(|f| {
                        let id = f.id.get_ref();
                        let own = attempt.ratings.get(id);
                        let theirs = reference.get(id);
                        let (counts, agreement) = results::distribution(scale, id, &group);
                        FactorResult {
                            id: id.clone(),
                            name: f.name.clone(),
                            definition: f.definition.clone(),
                            own: own.map(|r| scale_label(content, r)).unwrap_or_default(),
                            reference: theirs.map(|r| scale_label(content, r)).unwrap_or_default(),
                            rationale: rationale(id),
                            differs: own != theirs,
                            distribution: scale
                                .iter()
                                .map(|p| p.label.clone())
                                .zip(counts)
                                .collect(),
                            agreement: percent_view(lang, agreement),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let page = ResultsPage {
        title: vignette.title.clone(),
        vignette_lang: vignette.lang.code(),
        content_lang: content.framework.lang.code(),
        overall,
        domains,
        ctx,
    };
    render(hx, &page)
}
