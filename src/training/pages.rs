//! Training pages: everyone's own training (`/training`); for training managers the overview
//! (`/training/staff`, its CSV download), each person's record and plans, and the CSV import.
//! A supervisor can read (not change) the record of the people they supervise.
//!
//! Manager routes take the [`TrainingManager`] extractor: anyone else gets 404. Pages show
//! statuses as text as well as colour.

use std::collections::HashMap;
use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Multipart, Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::import::{self, Context, LineProblems};
use super::overview::{self, Counts, Filters, StaffRow};
use super::status::{self, Facilitation, Gap, Record, RequirementState, Status};
use super::store::{self, StaffMember, date_text};
use super::{chart::LineChart, today};
use crate::accounts::{self, ChangedBy, Role, UserId};
use crate::auth::{CurrentUser, TrainingManager, visible};
use crate::i18n::Lang;
use crate::toolkit::schema::{Requirement, Training};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DateInput, DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get, post};

/// The largest CSV file the import page accepts.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

pub fn routes() -> Routes {
    Routes::new()
        .route("/training", get(own_page))
        .route("/training/staff", get(overview_page))
        .route("/training/staff.csv", get(overview_csv))
        .route("/training/staff/{id}", get(person_page))
        .route("/training/staff/{id}/details", post(save_details))
        .route("/training/staff/{id}/records", post(add_record))
        .route("/training/staff/{id}/records/remove", post(remove_record))
        .route("/training/staff/{id}/plans", post(save_plan))
        .route("/training/import", get(import_page).post(import_upload))
}

fn training(state: &AppState, lang: Lang) -> &Training {
    &state.toolkit.content(lang).training
}

// ----- shared view models -----

/// One requirement as a page shows it, with everything already in the page's language.
pub struct RequirementView {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub completed_on: String,
    pub valid_until: String,
    pub score: String,
    /// Why it is not valid, beyond the status.
    pub gap: String,
    pub planned: String,
    pub records: Vec<RecordView>,
}

pub struct RecordView {
    pub requirement: String,
    pub module: String,
    pub module_name: String,
    pub completed_on: String,
    pub completed_on_text: String,
    pub score: String,
    pub evidence: String,
}

pub fn requirement_name(training: &Training, id: &str) -> String {
    training
        .requirements
        .iter()
        .find(|r| r.id.get_ref() == id)
        .map_or_else(|| id.to_owned(), |r| r.name.clone())
}

fn module_name(requirement: Option<&Requirement>, module: &str) -> String {
    requirement
        .and_then(|r| r.modules.iter().find(|m| m.id.get_ref() == module))
        .map_or_else(|| module.to_owned(), |m| m.name.clone())
}

fn gap_text(lang: Lang, requirement: &Requirement, gap: &Option<Gap>) -> String {
    match gap {
        None => String::new(),
        Some(Gap::ModulesMissing(modules)) => {
            let names: Vec<String> = modules
                .iter()
                .map(|m| module_name(Some(requirement), m))
                .collect();
            lang.t_args(
                "training-gap-modules",
                &[("modules", names.join("; ").into())],
            )
        }
        Some(Gap::BelowPassMark { score, pass_mark }) => lang.t_args(
            "training-gap-score",
            &[
                ("score", (*score as u32).into()),
                ("pass_mark", (*pass_mark as u32).into()),
            ],
        ),
    }
}

fn requirement_views(
    lang: Lang,
    training: &Training,
    states: &[RequirementState],
    records: &[Record],
    plans: &HashMap<String, NaiveDate>,
) -> Vec<RequirementView> {
    let date = |d: Option<NaiveDate>| d.map(|d| lang.format_date(d)).unwrap_or_default();
    training
        .requirements
        .iter()
        .zip(states)
        .map(|(requirement, state)| RequirementView {
            id: state.requirement.clone(),
            name: requirement.name.clone(),
            status: state.status,
            completed_on: date(state.completed_on),
            valid_until: date(state.valid_until),
            score: state.score.map(|s| format!("{s}%")).unwrap_or_default(),
            gap: gap_text(lang, requirement, &state.gap),
            planned: date(plans.get(&state.requirement).copied()),
            records: records
                .iter()
                .filter(|r| &r.requirement == requirement.id.get_ref())
                .map(|r| RecordView {
                    requirement: r.requirement.clone(),
                    module: r.module.clone(),
                    module_name: if r.module.is_empty() {
                        String::new()
                    } else {
                        module_name(Some(requirement), &r.module)
                    },
                    completed_on: date_text(r.completed_on),
                    completed_on_text: lang.format_date(r.completed_on),
                    score: r.score.map(|s| format!("{s}%")).unwrap_or_default(),
                    evidence: r.evidence.clone(),
                })
                .collect(),
        })
        .collect()
}

/// The reasons someone may not facilitate, one line per unmet group of the rule.
pub fn unmet_reasons(lang: Lang, training: &Training, facilitation: &Facilitation) -> Vec<String> {
    facilitation
        .unmet
        .iter()
        .map(|group| {
            let names: Vec<String> = group
                .iter()
                .map(|s| requirement_name(training, &s.requirement))
                .collect();
            let status = group
                .iter()
                .map(|s| s.status)
                .filter(|s| *s != Status::NotRequired)
                .min()
                .unwrap_or(Status::Missing);
            let mut line = lang.t_args(
                "training-unmet",
                &[
                    ("names", names.join(&lang.t("training-or")).into()),
                    ("status", lang.t(status.label_key()).into()),
                ],
            );
            let gaps: Vec<String> = group
                .iter()
                .filter_map(|s| {
                    let requirement = training
                        .requirements
                        .iter()
                        .find(|r| r.id.get_ref() == &s.requirement)?;
                    Some(gap_text(lang, requirement, &s.gap))
                })
                .filter(|g| !g.is_empty())
                .collect();
            if !gaps.is_empty() {
                line = format!("{line} ({})", gaps.join("; "));
            }
            line
        })
        .collect()
}

// ----- a person's own training -----

#[derive(Template)]
#[template(path = "training/own.html", blocks = ["content"])]
struct OwnPage {
    ctx: PageContext,
    requirements: Vec<RequirementView>,
    allowed: bool,
    reasons: Vec<String>,
    explanation: String,
    explanation_lang: &'static str,
    attention: usize,
    refresher_name: String,
    /// Calibration exercises submitted (listed beside the requirements).
    calibration: Vec<crate::calibration::Completed>,
}
crate::htmx_page!(OwnPage);

/// `GET /training`
async fn own_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let content = state.toolkit.content(ctx.lang);
    let training = &content.training;
    let member = store::staff_member(state.db.reader(), &user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let records = store::records_of(state.db.reader(), &user.id).await?;
    let plans: HashMap<String, NaiveDate> = store::plans_of(state.db.reader(), &user.id)
        .await?
        .into_iter()
        .collect();
    let states = status::evaluate_all(training, member.staff_group.as_deref(), &records, today());
    let facilitation = status::may_facilitate(training, &states);
    let requirements: Vec<RequirementView> =
        requirement_views(ctx.lang, training, &states, &records, &plans)
            .into_iter()
            .filter(|r| r.status != Status::NotRequired)
            .collect();
    let page = OwnPage {
        reasons: unmet_reasons(ctx.lang, training, &facilitation),
        allowed: facilitation.allowed,
        explanation: training.facilitation.explanation.clone(),
        explanation_lang: content.training.lang.code(),
        attention: states.iter().filter(|s| s.status.needs_attention()).count(),
        refresher_name: requirement_name(training, content.refresher.requirement.get_ref()),
        calibration: crate::calibration::completed_by(
            &state.db,
            &state.toolkit,
            ctx.lang,
            &user.id,
        )
        .await?,
        requirements,
        ctx,
    };
    render(hx, &page)
}

// ----- the overview -----

#[derive(Debug, Default, Deserialize)]
struct FilterQuery {
    #[serde(default)]
    team: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    status: String,
}

impl FilterQuery {
    fn filters(&self) -> Filters {
        Filters {
            team: Some(self.team.trim().to_owned()).filter(|t| !t.is_empty()),
            role: self.role.parse().ok(),
            status: Status::parse(&self.status),
        }
    }
}

struct Choice {
    value: String,
    label: String,
    selected: bool,
}

struct CountsView {
    name: String,
    counts: Counts,
}

struct ChartRow {
    label: String,
    value: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "training/overview.html", blocks = ["content"])]
struct OverviewPage {
    ctx: PageContext,
    requirement_ids: Vec<String>,
    requirement_names: Vec<String>,
    rows: Vec<StaffRow>,
    total: usize,
    allowed: usize,
    teams: Vec<Choice>,
    roles: Vec<Choice>,
    statuses: Vec<Choice>,
    counts: Vec<CountsView>,
    chart: LineChart,
    chart_rows: Vec<ChartRow>,
    filtered: bool,
    csv_link: String,
}
crate::htmx_page!(OverviewPage);

impl OverviewPage {
    fn date(&self, date: &NaiveDate) -> String {
        self.ctx.lang.format_date(*date)
    }

    fn next_planned(&self, row: &StaffRow) -> String {
        row.next_planned()
            .map(|(requirement, date)| {
                format!("{} ({})", self.date(&date), self.name_of(requirement))
            })
            .unwrap_or_default()
    }

    fn name_of(&self, requirement: &str) -> String {
        self.requirement_ids
            .iter()
            .position(|id| id == requirement)
            .and_then(|i| self.requirement_names.get(i).cloned())
            .unwrap_or_else(|| requirement.to_owned())
    }
}

async fn overview_data(
    state: &AppState,
    training: &Training,
    filters: &Filters,
) -> Result<(Vec<StaffRow>, Vec<(UserId, Record)>), AppError> {
    let staff = store::staff(state.db.reader()).await?;
    let records = store::all_records(state.db.reader()).await?;
    let plans = store::all_plans(state.db.reader()).await?;
    let rows: Vec<StaffRow> = overview::rows(training, &staff, &records, &plans, today())
        .into_iter()
        .filter(|r| filters.keeps(r))
        .collect();
    Ok((rows, records))
}

/// `GET /training/staff`
async fn overview_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _manager: TrainingManager,
    Query(query): Query<FilterQuery>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let training = training(&state, lang);
    let filters = query.filters();
    let (rows, records) = overview_data(&state, training, &filters).await?;

    let people: Vec<&StaffMember> = rows.iter().map(|r| &r.member).collect();
    let points = overview::compliance(training, &people, &records, today(), 12);
    let chart_values: Vec<(String, Option<u32>)> = points
        .iter()
        .map(|p| (lang.format_month_year(p.day), p.percent()))
        .collect();
    let chart_rows = points
        .iter()
        .map(|p| ChartRow {
            label: lang.format_date(p.day),
            value: p
                .percent()
                .map(|v| lang.format_percent(i64::from(v)))
                .unwrap_or_default(),
            detail: lang.t_args(
                "training-chart-detail",
                &[
                    ("allowed", p.allowed.into()),
                    ("count", p.facilitators.into()),
                ],
            ),
        })
        .collect();

    let teams = store::teams(state.db.reader())
        .await?
        .into_iter()
        .map(|t| Choice {
            selected: filters.team.as_ref() == Some(&t),
            label: t.clone(),
            value: t,
        })
        .collect();
    let roles = Role::ALL
        .into_iter()
        .map(|r| Choice {
            value: r.as_str().to_owned(),
            label: lang.t(r.label_key()),
            selected: filters.role == Some(r),
        })
        .collect();
    let statuses = Status::FILTERABLE
        .into_iter()
        .map(|s| Choice {
            value: s.id().to_owned(),
            label: lang.t(s.label_key()),
            selected: filters.status == Some(s),
        })
        .collect();
    let counts = overview::counts(training, &rows)
        .into_iter()
        .map(|c| CountsView {
            name: requirement_name(training, &c.requirement),
            counts: c,
        })
        .collect();
    let csv_link = format!(
        "/training/staff.csv?{}",
        serde_urlencoded::to_string([
            ("team", query.team.trim()),
            ("role", query.role.as_str()),
            ("status", query.status.as_str()),
        ])
        .unwrap_or_default()
    );
    let page = OverviewPage {
        requirement_ids: training
            .requirements
            .iter()
            .map(|r| r.id.get_ref().clone())
            .collect(),
        requirement_names: training
            .requirements
            .iter()
            .map(|r| r.name.clone())
            .collect(),
        total: rows.len(),
        allowed: rows.iter().filter(|r| r.facilitation.allowed).count(),
        rows,
        teams,
        roles,
        statuses,
        counts,
        chart: LineChart::percentages(&chart_values, |v| lang.format_percent(i64::from(v))),
        chart_rows,
        filtered: filters != Filters::default(),
        csv_link,
        ctx,
    };
    render(hx, &page)
}

/// `GET /training/staff.csv`: the overview's rows (with the same filters) as CSV.
async fn overview_csv(
    State(state): State<AppState>,
    ctx: PageContext,
    _manager: TrainingManager,
    Query(query): Query<FilterQuery>,
) -> Result<Response, AppError> {
    let training = training(&state, ctx.lang);
    let (rows, _) = overview_data(&state, training, &query.filters()).await?;
    let mut header: Vec<String> = [
        "name",
        "email",
        "team",
        "staff_group",
        "roles",
        "may_facilitate",
    ]
    .map(str::to_owned)
    .to_vec();
    for requirement in &training.requirements {
        let id = requirement.id.get_ref();
        for column in ["status", "completed_on", "valid_until", "planned_on"] {
            header.push(format!("{id}:{column}"));
        }
    }
    let lines = rows.iter().map(|row| {
        let mut cells = vec![
            import::escape_cell(&row.member.name),
            row.member.email.clone(),
            import::escape_cell(&row.member.team),
            row.member.staff_group.clone().unwrap_or_default(),
            row.member.roles.names().join(" "),
            if row.facilitation.allowed {
                "yes"
            } else {
                "no"
            }
            .to_owned(),
        ];
        for state in &row.states {
            cells.push(state.status.id().to_owned());
            cells.push(state.completed_on.map(date_text).unwrap_or_default());
            cells.push(state.valid_until.map(date_text).unwrap_or_default());
            cells.push(
                row.planned(&state.requirement)
                    .map(date_text)
                    .unwrap_or_default(),
            );
        }
        cells
    });
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let body = import::write_csv(&header_refs, lines);
    Ok((
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"training-overview.csv\""),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}

// ----- one person's record -----

/// The record form as typed.
#[derive(Default)]
struct RecordForm {
    requirement: String,
    date: DateInput,
    score: String,
    evidence: String,
}

/// The details form as typed.
struct DetailsForm {
    staff_group: String,
    team: String,
    joined: DateInput,
}

/// The plan form as typed.
#[derive(Default)]
struct PlanForm {
    requirement: String,
    date: DateInput,
}

#[derive(Template)]
#[template(path = "training/person.html", blocks = ["content"])]
struct PersonPage {
    ctx: PageContext,
    errors: FormErrors,
    notice: Option<String>,
    member: StaffMember,
    staff_group_name: String,
    joined_text: String,
    requirements: Vec<RequirementView>,
    allowed: bool,
    reasons: Vec<String>,
    can_change: bool,
    staff_groups: Vec<Choice>,
    record_choices: Vec<Choice>,
    plan_choices: Vec<Choice>,
    record_form: RecordForm,
    details_form: DetailsForm,
    plan_form: PlanForm,
    /// Calibration exercises submitted (listed beside the requirements).
    calibration: Vec<crate::calibration::Completed>,
}
crate::htmx_page!(PersonPage);

/// Whether `user` may read `person`'s training: training managers, and their supervisors.
async fn may_read(state: &AppState, user: &CurrentUser, person: &UserId) -> Result<bool, AppError> {
    if user.has(Role::TrainingManager) || user.id == *person {
        return Ok(true);
    }
    Ok(user.has(Role::Supervisor)
        && accounts::store::supervises(state.db.reader(), &user.id, person).await?)
}

struct PersonForms {
    errors: FormErrors,
    notice: Option<String>,
    record: RecordForm,
    details: Option<DetailsForm>,
    plan: PlanForm,
}

impl PersonForms {
    fn fresh(notice: Option<String>) -> Self {
        PersonForms {
            errors: FormErrors::default(),
            notice,
            record: RecordForm::default(),
            details: None,
            plan: PlanForm::default(),
        }
    }
}

async fn person_page_with(
    state: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    id: &str,
    forms: PersonForms,
) -> Result<PersonPage, AppError> {
    let person = UserId::parse(id).ok_or(AppError::NotFound)?;
    let member = visible(
        store::staff_member(state.db.reader(), &person).await?,
        |_| true,
    )?;
    if !may_read(state, user, &person).await? {
        return Err(AppError::NotFound);
    }
    let lang = ctx.lang;
    let training = training(state, lang);
    let records = store::records_of(state.db.reader(), &person).await?;
    let plans: HashMap<String, NaiveDate> = store::plans_of(state.db.reader(), &person)
        .await?
        .into_iter()
        .collect();
    let states = status::evaluate_all(training, member.staff_group.as_deref(), &records, today());
    let facilitation = status::may_facilitate(training, &states);
    let record_choices = record_choices(training, &forms.record.requirement);
    let plan_choices = training
        .requirements
        .iter()
        .map(|r| Choice {
            value: r.id.get_ref().clone(),
            label: r.name.clone(),
            selected: &forms.plan.requirement == r.id.get_ref(),
        })
        .collect();
    let details = forms.details.unwrap_or_else(|| DetailsForm {
        staff_group: member.staff_group.clone().unwrap_or_default(),
        team: member.team.clone(),
        joined: member
            .joined_on
            .map(DateInput::from_date)
            .unwrap_or_default(),
    });
    let staff_groups = training
        .staff_groups
        .iter()
        .map(|g| Choice {
            value: g.id.get_ref().clone(),
            label: g.name.clone(),
            selected: &details.staff_group == g.id.get_ref(),
        })
        .collect();
    Ok(PersonPage {
        errors: forms.errors,
        notice: forms.notice,
        staff_group_name: member
            .staff_group
            .as_ref()
            .and_then(|g| training.staff_groups.iter().find(|s| s.id.get_ref() == g))
            .map(|g| g.name.clone())
            .unwrap_or_default(),
        joined_text: member
            .joined_on
            .map(|d| lang.format_date(d))
            .unwrap_or_default(),
        requirements: requirement_views(lang, training, &states, &records, &plans),
        allowed: facilitation.allowed,
        reasons: unmet_reasons(lang, training, &facilitation),
        can_change: user.has(Role::TrainingManager),
        staff_groups,
        record_choices,
        plan_choices,
        record_form: forms.record,
        details_form: details,
        plan_form: forms.plan,
        calibration: crate::calibration::completed_by(&state.db, &state.toolkit, lang, &person)
            .await?,
        member,
        ctx,
    })
}

/// The choices of what to record: each requirement, or each module of a course.
fn record_choices(training: &Training, selected: &str) -> Vec<Choice> {
    let mut choices = Vec::new();
    for requirement in &training.requirements {
        let id = requirement.id.get_ref();
        if requirement.modules.is_empty() {
            choices.push(Choice {
                value: id.clone(),
                label: requirement.name.clone(),
                selected: selected == id,
            });
        }
        for module in &requirement.modules {
            let value = format!("{id}/{}", module.id.get_ref());
            choices.push(Choice {
                selected: selected == value,
                label: format!("{}: {}", requirement.name, module.name),
                value,
            });
        }
    }
    choices
}

/// `GET /training/staff/{id}`
async fn person_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let notice = match query.done.as_str() {
        "recorded" => Some(ctx.t("training-notice-recorded")),
        "removed" => Some(ctx.t("training-notice-removed")),
        "details" => Some(ctx.t("training-notice-details")),
        "planned" => Some(ctx.t("training-notice-planned")),
        _ => None,
    };
    let page = person_page_with(&state, ctx, &user, &id, PersonForms::fresh(notice)).await?;
    render(hx, &page)
}

fn changed_by(manager: &TrainingManager, peer: SocketAddr) -> ChangedBy {
    ChangedBy::user(&manager.0.id, peer.ip().to_string())
}

async fn manager_target(state: &AppState, id: &str) -> Result<StaffMember, AppError> {
    let person = UserId::parse(id).ok_or(AppError::NotFound)?;
    visible(
        store::staff_member(state.db.reader(), &person).await?,
        |_| true,
    )
}

fn done(id: &UserId, what: &str) -> Response {
    Redirect::to(&format!("/training/staff/{id}?done={what}")).into_response()
}

/// `POST /training/staff/{id}/records`
async fn add_record(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    manager: TrainingManager,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let member = manager_target(&state, &id).await?;
    let form = Pairs(form);
    let typed = RecordForm {
        requirement: form.trimmed("requirement").to_owned(),
        date: DateInput::from_pairs(&form, "completed"),
        score: form.trimmed("score").to_owned(),
        evidence: form.one("evidence").trim().to_owned(),
    };
    let mut errors = FormErrors::default();
    let (requirement, module) = typed
        .requirement
        .split_once('/')
        .unwrap_or((typed.requirement.as_str(), ""));
    let date_text_typed = match typed.date.parse() {
        Ok(Some(date)) => date_text(date),
        Ok(None) => String::new(),
        Err(key) => {
            errors.add("completed-day", ctx.t(key));
            String::new()
        }
    };
    let staff = store::staff(state.db.reader()).await?;
    let training = training(&state, ctx.lang);
    let context = Context {
        training,
        staff: &staff,
        today: today(),
    };
    let fields = [
        member.email.as_str(),
        requirement,
        module,
        date_text_typed.as_str(),
        typed.score.as_str(),
        typed.evidence.as_str(),
    ];
    let checked = import::check_one(&fields, &context);
    match checked {
        Ok((person, record)) if errors.is_empty() => {
            super::record(&state.db, &changed_by(&manager, peer), &person, &record).await?;
            return Ok(done(&person, "recorded"));
        }
        Ok(_) => {}
        Err(problems) => {
            for problem in problems {
                let field = match problem.column() {
                    Some("requirement" | "module") => "requirement",
                    Some("completed_on") => "completed-day",
                    Some("score") => "score",
                    Some("evidence") => "evidence",
                    _ => "requirement",
                };
                // A date the form already found wrong is not reported twice.
                if !(field == "completed-day" && errors.get(field).is_some()) {
                    errors.add(field, problem.message(ctx.lang));
                }
            }
        }
    }
    let forms = PersonForms {
        errors,
        record: typed,
        ..PersonForms::fresh(None)
    };
    let page = person_page_with(&state, ctx, &manager.0, &id, forms).await?;
    render_status(StatusCode::BAD_REQUEST, hx, &page)
}

/// `POST /training/staff/{id}/records/remove`
async fn remove_record(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    manager: TrainingManager,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let member = manager_target(&state, &id).await?;
    let form = Pairs(form);
    let date = store::parse_date(form.trimmed("completed_on")).ok_or(AppError::NotFound)?;
    let removed = super::remove(
        &state.db,
        &changed_by(&manager, peer),
        &member.id,
        form.trimmed("requirement"),
        form.trimmed("module"),
        date,
    )
    .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(done(&member.id, "removed"))
}

/// `POST /training/staff/{id}/details`
async fn save_details(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    manager: TrainingManager,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let member = manager_target(&state, &id).await?;
    let form = Pairs(form);
    let typed = DetailsForm {
        staff_group: form.trimmed("staff_group").to_owned(),
        team: form.trimmed("team").to_owned(),
        joined: DateInput::from_pairs(&form, "joined"),
    };
    let training = training(&state, ctx.lang);
    let mut errors = FormErrors::default();
    let group = if typed.staff_group.is_empty() {
        None
    } else if training
        .staff_groups
        .iter()
        .any(|g| g.id.get_ref() == &typed.staff_group)
    {
        Some(typed.staff_group.as_str())
    } else {
        errors.add("staff_group", ctx.t("training-problem-staff-group"));
        None
    };
    if typed.team.chars().count() > 100 {
        errors.add("team", ctx.t("training-problem-team-long"));
    }
    let joined = match typed.joined.parse() {
        Ok(Some(date)) if date > today() => {
            errors.add("joined-day", ctx.t("training-problem-joined-future"));
            None
        }
        Ok(date) => date,
        Err(key) => {
            errors.add("joined-day", ctx.t(key));
            None
        }
    };
    if errors.is_empty() {
        super::set_details(
            &state.db,
            &changed_by(&manager, peer),
            &member.id,
            group,
            &typed.team,
            joined,
        )
        .await?;
        return Ok(done(&member.id, "details"));
    }
    let forms = PersonForms {
        errors,
        details: Some(typed),
        ..PersonForms::fresh(None)
    };
    let page = person_page_with(&state, ctx, &manager.0, &id, forms).await?;
    render_status(StatusCode::BAD_REQUEST, hx, &page)
}

/// `POST /training/staff/{id}/plans`
async fn save_plan(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    manager: TrainingManager,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let member = manager_target(&state, &id).await?;
    let form = Pairs(form);
    let typed = PlanForm {
        requirement: form.trimmed("requirement").to_owned(),
        date: DateInput::from_pairs(&form, "planned"),
    };
    let training = training(&state, ctx.lang);
    let mut errors = FormErrors::default();
    if !training
        .requirements
        .iter()
        .any(|r| r.id.get_ref() == &typed.requirement)
    {
        errors.add(
            "plan-requirement",
            ctx.t("training-problem-plan-requirement"),
        );
    }
    let date = match typed.date.parse() {
        Ok(date) => date,
        Err(key) => {
            errors.add("planned-day", ctx.t(key));
            None
        }
    };
    if errors.is_empty() {
        super::plan(
            &state.db,
            &changed_by(&manager, peer),
            &member.id,
            &typed.requirement,
            date,
        )
        .await?;
        return Ok(done(&member.id, "planned"));
    }
    let forms = PersonForms {
        errors,
        plan: typed,
        ..PersonForms::fresh(None)
    };
    let page = person_page_with(&state, ctx, &manager.0, &id, forms).await?;
    render_status(StatusCode::BAD_REQUEST, hx, &page)
}

// ----- import -----

struct RequirementHelp {
    id: String,
    name: String,
    modules: Vec<(String, String)>,
    assessed: bool,
}

struct ProblemLine {
    line: String,
    messages: Vec<String>,
}

#[derive(Template)]
#[template(path = "training/import.html", blocks = ["content"])]
struct ImportPage {
    ctx: PageContext,
    errors: FormErrors,
    problems: Vec<ProblemLine>,
    notice: Option<String>,
    /// Each column with the message key of its description.
    columns: Vec<(&'static str, &'static str)>,
    requirements: Vec<RequirementHelp>,
    max_kb: usize,
    example: String,
}
crate::htmx_page!(ImportPage);

impl ImportPage {
    fn new(ctx: PageContext, training: &Training) -> Self {
        ImportPage {
            ctx,
            errors: FormErrors::default(),
            problems: Vec::new(),
            notice: None,
            columns: import::COLUMNS
                .into_iter()
                .zip(import::COLUMN_HELP)
                .collect(),
            requirements: training
                .requirements
                .iter()
                .map(|r| RequirementHelp {
                    id: r.id.get_ref().clone(),
                    name: r.name.clone(),
                    modules: r
                        .modules
                        .iter()
                        .map(|m| (m.id.get_ref().clone(), m.name.clone()))
                        .collect(),
                    assessed: r.pass_mark.is_some(),
                })
                .collect(),
            max_kb: MAX_IMPORT_BYTES / 1024,
            example: IMPORT_EXAMPLE.to_owned(),
        }
    }
}

/// An example file for the import page (data, so the same in every language).
const IMPORT_EXAMPLE: &str = "email,requirement,module,completed_on,score,evidence
alex@example.org,aspects,,2024-05-14,,Attendance register
alex@example.org,elearning-dd,dd-1,2026-02-03,85,
alex@example.org,elearning-dd,dd-2,2026-02-10,90,";

#[derive(Debug, Deserialize)]
struct ImportedQuery {
    added: Option<usize>,
    changed: Option<usize>,
    unchanged: Option<usize>,
}

/// `GET /training/import`
async fn import_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _manager: TrainingManager,
    Query(query): Query<ImportedQuery>,
) -> Result<Response, AppError> {
    let training = training(&state, ctx.lang);
    let mut page = ImportPage::new(ctx, training);
    if let (Some(added), Some(changed), Some(unchanged)) =
        (query.added, query.changed, query.unchanged)
    {
        page.notice = Some(page.ctx.lang.t_args(
            "training-import-done",
            &[
                ("added", added.into()),
                ("changed", changed.into()),
                ("unchanged", unchanged.into()),
            ],
        ));
    }
    render(hx, &page)
}

/// `POST /training/import` (multipart, one file field `file`)
async fn import_upload(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    manager: TrainingManager,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut file: Option<Vec<u8>> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest)?
    {
        if field.name() == Some("file") {
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
            if !bytes.is_empty() {
                file = Some(bytes.to_vec());
            }
        }
    }
    let lang = ctx.lang;
    let training = training(&state, lang);
    let mut page = ImportPage::new(ctx, training);
    let Some(bytes) = file else {
        page.errors
            .add("file", page.ctx.t("training-import-choose-file"));
        return render_status(StatusCode::BAD_REQUEST, hx, &page);
    };
    if bytes.len() > MAX_IMPORT_BYTES {
        page.errors.add(
            "file",
            lang.t_args(
                "training-import-too-big",
                &[("max_kb", (MAX_IMPORT_BYTES / 1024).into())],
            ),
        );
        return render_status(StatusCode::BAD_REQUEST, hx, &page);
    }
    let staff = store::staff(state.db.reader()).await?;
    let context = Context {
        training,
        staff: &staff,
        today: today(),
    };
    match import::check(&bytes, &context) {
        Ok(rows) => {
            let summary = import::apply(&state.db, &rows, &changed_by(&manager, peer)).await?;
            Ok(Redirect::to(&format!(
                "/training/import?added={}&changed={}&unchanged={}",
                summary.added, summary.changed, summary.unchanged
            ))
            .into_response())
        }
        Err(report) => {
            let count: usize = report.iter().map(|l| l.problems.len()).sum();
            page.errors.add(
                "file",
                lang.t_args("training-import-rejected", &[("count", count.into())]),
            );
            page.problems = problem_lines(lang, &report);
            render_status(StatusCode::BAD_REQUEST, hx, &page)
        }
    }
}

fn problem_lines(lang: Lang, report: &[LineProblems]) -> Vec<ProblemLine> {
    report
        .iter()
        .map(|l| ProblemLine {
            line: l
                .line
                .map_or_else(|| lang.t("training-import-whole-file"), |n| n.to_string()),
            messages: l.problems.iter().map(|p| p.message(lang)).collect(),
        })
        .collect()
}

// ----- reminders -----

/// What the start page reminds someone of: their own training, their supervisees', and (for
/// training managers) everyone's.
#[derive(Debug, Default)]
pub struct Reminders {
    pub own_due_soon: usize,
    pub own_expired: usize,
    /// Supervisees with training due soon or expired: (id, name, what).
    pub supervisees: Vec<(String, String, String)>,
    /// For training managers: people with something due soon, and with something expired.
    pub staff_due_soon: Option<usize>,
    pub staff_expired: Option<usize>,
}

impl Reminders {
    pub fn is_empty(&self) -> bool {
        self.own_due_soon == 0
            && self.own_expired == 0
            && self.supervisees.is_empty()
            && !self.staff_attention()
    }

    /// Whether a training manager has anyone to chase.
    pub fn staff_attention(&self) -> bool {
        self.staff_due_soon.unwrap_or(0) > 0 || self.staff_expired.unwrap_or(0) > 0
    }
}

pub async fn reminders_for(
    state: &AppState,
    lang: Lang,
    user: &CurrentUser,
) -> Result<Reminders, AppError> {
    let training = training(state, lang);
    let supervised: Vec<UserId> = if user.has(Role::Supervisor) {
        accounts::store::supervision_links(state.db.reader())
            .await?
            .into_iter()
            .filter(|(supervisor, _)| *supervisor == user.id)
            .map(|(_, supervisee)| supervisee)
            .collect()
    } else {
        Vec::new()
    };
    // Only the people this reminder is about, unless the reader manages everyone's training.
    let manager = user.has(Role::TrainingManager);
    let staff: Vec<StaffMember> = store::staff(state.db.reader())
        .await?
        .into_iter()
        .filter(|m| manager || m.id == user.id || supervised.contains(&m.id))
        .collect();
    let records = store::all_records(state.db.reader()).await?;
    let rows = overview::rows(training, &staff, &records, &[], today());
    let mut reminders = Reminders::default();
    for row in &rows {
        if row.member.id == user.id {
            for s in &row.states {
                match s.status {
                    Status::DueSoon => reminders.own_due_soon += 1,
                    Status::Expired => reminders.own_expired += 1,
                    _ => {}
                }
            }
        }
        if supervised.contains(&row.member.id) && row.needs_attention() {
            let what: Vec<String> = row
                .states
                .iter()
                .filter(|s| s.status.needs_attention())
                .map(|s| {
                    format!(
                        "{}: {}",
                        requirement_name(training, &s.requirement),
                        lang.t(s.status.label_key())
                    )
                })
                .collect();
            reminders.supervisees.push((
                row.member.id.to_string(),
                row.member.name.clone(),
                what.join("; "),
            ));
        }
    }
    if manager {
        let with = |status: Status| {
            rows.iter()
                .filter(|r| r.states.iter().any(|s| s.status == status))
                .count()
        };
        reminders.staff_due_soon = Some(with(Status::DueSoon));
        reminders.staff_expired = Some(with(Status::Expired));
    }
    Ok(reminders)
}
