//! Refresher pages: the introduction with past attempts, one question per page, feedback after
//! each answer, and the result. Every signed-in member of staff may use them; an attempt is
//! visible only to the person taking it (anyone else gets 404).
//!
//! Plain forms and links throughout, so it works without JavaScript; positions in URLs are
//! 1-based, as people count.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::Attempt;
use super::attempt::{self, Resolved};
use crate::auth::{CurrentUser, visible};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

pub fn routes() -> Routes {
    Routes::new()
        .route("/refresher", get(intro_page))
        .route("/refresher/start", post(start))
        .route("/refresher/attempts/{id}", get(attempt_page))
        .route(
            "/refresher/attempts/{id}/questions/{n}",
            get(question_page).post(answer),
        )
        .route("/refresher/attempts/{id}/abandon", post(abandon))
}

struct PastAttempt {
    started: String,
    result: String,
    passed: bool,
    finished: bool,
    id: String,
}

#[derive(Template)]
#[template(path = "refresher/intro.html", blocks = ["content"])]
struct IntroPage {
    ctx: PageContext,
    introduction: String,
    introduction_lang: &'static str,
    questions: usize,
    pass_mark: i64,
    open: Option<(String, usize, usize)>,
    past: Vec<PastAttempt>,
}
crate::htmx_page!(IntroPage);

fn result_text(lang: Lang, attempt: &Attempt) -> String {
    match (attempt.correct, attempt.total) {
        (Some(correct), Some(total)) => lang.t_args(
            "refresher-result-score",
            &[
                ("correct", correct.into()),
                ("total", total.into()),
                (
                    "percent",
                    (attempt::outcome(correct, total, attempt.pass_mark).percent as u32).into(),
                ),
            ],
        ),
        _ => lang.t("refresher-result-abandoned"),
    }
}

/// `GET /refresher`
async fn intro_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let content = state.toolkit.content(ctx.lang);
    let settings = &content.refresher;
    let attempts = super::attempts_of(state.db.reader(), &user.id).await?;
    let open = attempts
        .iter()
        .find(|a| !a.is_finished())
        .map(|a| (a.id.clone(), a.answers.len(), a.plan.items.len()));
    let lang = ctx.lang;
    let past = attempts
        .iter()
        .map(|a| PastAttempt {
            started: a
                .started()
                .map(|d| lang.format_date(d.date_naive()))
                .unwrap_or_default(),
            result: if a.is_finished() {
                result_text(lang, a)
            } else {
                lang.t("refresher-in-progress")
            },
            passed: a.passed == Some(true),
            finished: a.is_finished(),
            id: a.id.clone(),
        })
        .collect();
    let page = IntroPage {
        introduction: settings.introduction.clone(),
        introduction_lang: settings.lang.code(),
        questions: settings_questions(content),
        pass_mark: *settings.pass_mark.get_ref(),
        open,
        past,
        ctx,
    };
    render(hx, &page)
}

/// How many questions an attempt has with the toolkit's settings.
fn settings_questions(content: &crate::toolkit::Content) -> usize {
    let settings = &content.refresher;
    let per_scenario = content
        .scenarios
        .iter()
        .map(|s| s.questions.get_ref().len())
        .max()
        .unwrap_or(0);
    *settings.scenarios_per_attempt.get_ref() as usize * per_scenario
        + *settings.questions_per_attempt.get_ref() as usize
}

/// `POST /refresher/start`: resumes the open attempt or starts a new one.
async fn start(State(state): State<AppState>, user: CurrentUser) -> Result<Response, AppError> {
    let id = super::start(&state.db, &state.toolkit, &user.id).await?;
    Ok(Redirect::to(&format!("/refresher/attempts/{id}")).into_response())
}

async fn my_attempt(state: &AppState, user: &CurrentUser, id: &str) -> Result<Attempt, AppError> {
    visible(super::find(state.db.reader(), &user.id, id).await?, |_| {
        true
    })
}

#[derive(Template)]
#[template(path = "refresher/result.html", blocks = ["content"])]
struct ResultPage {
    ctx: PageContext,
    passed: bool,
    result: String,
    pass_mark: u8,
    review: Vec<ReviewItem>,
}
crate::htmx_page!(ResultPage);

struct ReviewItem {
    number: usize,
    prompt: String,
    correct: bool,
}

/// `GET /refresher/attempts/{id}`: the next question, or the result.
async fn attempt_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let attempt = my_attempt(&state, &user, &id).await?;
    if !attempt.is_finished() {
        let next = attempt.next_position().unwrap_or(0) + 1;
        return Ok(
            Redirect::to(&format!("/refresher/attempts/{id}/questions/{next}")).into_response(),
        );
    }
    let content = state.toolkit.content(ctx.lang);
    let review = attempt
        .plan
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| ReviewItem {
            number: i + 1,
            prompt: attempt::resolve(content, item)
                .map(|r| r.question.prompt.clone())
                .unwrap_or_default(),
            correct: attempt.answer(i).is_some_and(|a| a.correct),
        })
        .collect();
    let page = ResultPage {
        passed: attempt.passed == Some(true),
        result: result_text(ctx.lang, &attempt),
        pass_mark: attempt.pass_mark,
        review,
        ctx,
    };
    render(hx, &page)
}

struct OptionView {
    /// The position on screen (what the form sends).
    value: usize,
    text: String,
    chosen: bool,
    correct: bool,
}

#[derive(Template)]
#[template(path = "refresher/question.html", blocks = ["content"])]
struct QuestionPage {
    ctx: PageContext,
    errors: FormErrors,
    attempt_id: String,
    number: usize,
    total: usize,
    /// How many questions have an answer (the progress bar).
    answered: usize,
    scenario_title: String,
    scenario_situation: String,
    /// Whether the scenario text is new to this page (the first question of its scenario).
    first_of_scenario: bool,
    prompt: String,
    content_lang: &'static str,
    options: Vec<OptionView>,
    /// After answering: whether it was right, and the explanation.
    feedback: Option<(bool, String)>,
    next_link: String,
    is_last: bool,
}
crate::htmx_page!(QuestionPage);

#[derive(Template)]
#[template(path = "refresher/changed.html", blocks = ["content"])]
struct ChangedPage {
    ctx: PageContext,
    attempt_id: String,
}
crate::htmx_page!(ChangedPage);

fn question_view(
    ctx: PageContext,
    attempt: &Attempt,
    position: usize,
    resolved: &Resolved<'_>,
    lang_code: &'static str,
    errors: FormErrors,
) -> QuestionPage {
    let item = &attempt.plan.items[position];
    let answer = attempt.answer(position);
    let options = item
        .order
        .iter()
        .enumerate()
        .map(|(shown, &index)| OptionView {
            value: shown,
            text: resolved.question.options.get_ref()[index].text.clone(),
            chosen: answer.is_some_and(|a| a.chosen == index),
            correct: attempt::is_correct(resolved.question, index),
        })
        .collect();
    let first_of_scenario = position == 0 || attempt.plan.items[position - 1].source != item.source;
    let total = attempt.plan.items.len();
    QuestionPage {
        errors,
        attempt_id: attempt.id.clone(),
        number: position + 1,
        total,
        answered: attempt.answers.len(),
        scenario_title: resolved
            .scenario
            .map(|s| s.title.clone())
            .unwrap_or_default(),
        scenario_situation: resolved
            .scenario
            .map(|s| s.situation.clone())
            .unwrap_or_default(),
        first_of_scenario,
        prompt: resolved.question.prompt.clone(),
        content_lang: lang_code,
        options,
        feedback: answer.map(|a| (a.correct, resolved.question.explanation.clone())),
        next_link: if position + 1 < total {
            format!(
                "/refresher/attempts/{}/questions/{}",
                attempt.id,
                position + 2
            )
        } else {
            format!("/refresher/attempts/{}", attempt.id)
        },
        is_last: position + 1 == total,
        ctx,
    }
}

/// The position named in the URL, if the attempt has it.
fn position_of(attempt: &Attempt, n: usize) -> Result<usize, AppError> {
    if n == 0 || n > attempt.plan.items.len() {
        return Err(AppError::NotFound);
    }
    Ok(n - 1)
}

/// `GET /refresher/attempts/{id}/questions/{n}`: the question, or its feedback once answered.
async fn question_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((id, n)): Path<(String, usize)>,
) -> Result<Response, AppError> {
    let attempt = my_attempt(&state, &user, &id).await?;
    let position = position_of(&attempt, n)?;
    // Questions come in order: a later one is not shown before the earlier ones are answered.
    if attempt.answer(position).is_none()
        && let Some(next) = attempt.next_position()
        && next < position
    {
        return Ok(
            Redirect::to(&format!("/refresher/attempts/{id}/questions/{}", next + 1))
                .into_response(),
        );
    }
    let content = state.toolkit.content(ctx.lang);
    let Some(resolved) = attempt::resolve(content, &attempt.plan.items[position]) else {
        return render(
            hx,
            &ChangedPage {
                ctx,
                attempt_id: id,
            },
        );
    };
    let lang_code = content.refresher.lang.code();
    let page = question_view(
        ctx,
        &attempt,
        position,
        &resolved,
        lang_code,
        FormErrors::default(),
    );
    render(hx, &page)
}

/// `POST /refresher/attempts/{id}/questions/{n}`
async fn answer(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((id, n)): Path<(String, usize)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let attempt = my_attempt(&state, &user, &id).await?;
    let position = position_of(&attempt, n)?;
    let here = format!("/refresher/attempts/{id}/questions/{n}");
    if attempt.is_finished() || attempt.answer(position).is_some() {
        return Ok(Redirect::to(&here).into_response());
    }
    let content = state.toolkit.content(ctx.lang);
    let Some(resolved) = attempt::resolve(content, &attempt.plan.items[position]) else {
        return render(
            hx,
            &ChangedPage {
                ctx,
                attempt_id: id,
            },
        );
    };
    let item = &attempt.plan.items[position];
    let form = Pairs(form);
    let chosen = form
        .trimmed("answer")
        .parse::<usize>()
        .ok()
        .and_then(|shown| item.order.get(shown).copied());
    let Some(chosen) = chosen else {
        let mut errors = FormErrors::default();
        errors.add("answer", ctx.t("refresher-problem-choose"));
        let lang_code = content.refresher.lang.code();
        let page = question_view(ctx, &attempt, position, &resolved, lang_code, errors);
        return render_status(StatusCode::BAD_REQUEST, hx, &page);
    };
    let correct = attempt::is_correct(resolved.question, chosen);
    super::save_answer(
        &state.db,
        &state.toolkit,
        &attempt,
        position,
        chosen,
        correct,
        &peer.ip().to_string(),
    )
    .await?;
    Ok(Redirect::to(&format!("{here}#feedback")).into_response())
}

/// `POST /refresher/attempts/{id}/abandon`: closes an attempt whose content has changed.
async fn abandon(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let attempt = my_attempt(&state, &user, &id).await?;
    super::abandon(&state.db, &attempt).await?;
    Ok(Redirect::to("/refresher").into_response())
}
