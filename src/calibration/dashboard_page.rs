//! `GET /calibration/dashboard`: the training managers' view of calibration across staff —
//! domains and factors with the lowest agreement first, and agreement with the reference
//! ratings month by month as a chart with the same figures as a table.
//!
//! Training managers only (anyone else gets 404). The figures come from [`super::dashboard`],
//! which withholds any figure resting on fewer than three people. This page must never show a
//! name, an individual's ratings, or a figure for one person.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::dashboard::{self, Agreement, MIN_PEOPLE, Submission};
use super::stats::Undefined;
use crate::auth::TrainingManager;
use crate::i18n::Lang;
use crate::toolkit::Content;
use crate::training::chart::LineChart;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::page::{HxRequest, PageContext, render};

/// One domain or factor as a table row.
struct RowView {
    name: String,
    /// The factor's domain (empty on domain rows).
    domain: String,
    people: usize,
    shown: bool,
    between_staff: String,
    with_reference: String,
}

/// One month of the chart's table: its label and a cell per domain.
struct MonthView {
    label: String,
    cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "calibration/dashboard.html", blocks = ["content"])]
struct DashboardPage {
    ctx: PageContext,
    content_lang: &'static str,
    submissions: usize,
    people: usize,
    min_people: usize,
    domains: Vec<RowView>,
    factors: Vec<RowView>,
    domain_names: Vec<String>,
    chart: LineChart,
    months: Vec<MonthView>,
}
crate::htmx_page!(DashboardPage);

fn percent(lang: Lang, share: f64) -> String {
    lang.format_percent((share * 100.0).round() as i64)
}

fn row_view(lang: Lang, name: String, domain: String, agreement: &Agreement) -> RowView {
    let between_staff = match agreement.between_staff {
        Ok(share) => percent(lang, share),
        Err(Undefined::FewerThanTwoRaters) => lang.t("calibration-dashboard-no-pairs"),
        Err(_) => lang.t("calibration-dashboard-none"),
    };
    let with_reference = match agreement.with_reference {
        Ok(share) => percent(lang, share),
        Err(_) => lang.t("calibration-dashboard-none"),
    };
    RowView {
        name,
        domain,
        people: agreement.people,
        shown: agreement.shown,
        between_staff,
        with_reference,
    }
}

fn domain_name(content: &Content, id: &str) -> String {
    content
        .framework
        .domains
        .get_ref()
        .iter()
        .find(|d| d.id.get_ref() == id)
        .map_or_else(|| id.to_owned(), |d| d.name.clone())
}

/// `GET /calibration/dashboard`
pub async fn page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    _manager: TrainingManager,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let content = state.toolkit.content(lang);
    let framework = super::domains(content);
    let references = content
        .vignettes
        .iter()
        .map(|v| {
            let ratings = v
                .reference
                .get_ref()
                .iter()
                .map(|r| (r.factor.get_ref().clone(), r.rating.get_ref().clone()))
                .collect();
            (v.id.get_ref().clone(), ratings)
        })
        .collect();
    let submissions: Vec<Submission> = super::store::all_submitted(state.db.reader())
        .await?
        .into_iter()
        .filter_map(|(person, vignette, submitted_at, ratings)| {
            let submitted = chrono::DateTime::parse_from_rfc3339(&submitted_at)
                .ok()?
                .with_timezone(&chrono::Local)
                .date_naive();
            Some(Submission {
                person,
                vignette,
                submitted,
                ratings,
            })
        })
        .collect();
    let figures = dashboard::build(
        &framework,
        &references,
        &submissions,
        crate::training::today(),
    );

    let factor_name = |id: &str| {
        framework
            .iter()
            .flat_map(|(_, fs)| fs.iter())
            .find(|f| f.id.get_ref() == id)
            .map_or_else(|| id.to_owned(), |f| f.name.clone())
    };
    let domains = figures
        .domains
        .iter()
        .map(|row| {
            row_view(
                lang,
                domain_name(content, &row.id),
                String::new(),
                &row.agreement,
            )
        })
        .collect();
    let factors = figures
        .factors
        .iter()
        .map(|row| {
            row_view(
                lang,
                factor_name(&row.id),
                domain_name(content, &row.domain),
                &row.agreement,
            )
        })
        .collect();

    let labels: Vec<String> = figures
        .months
        .iter()
        .map(|m| lang.format_month_year(m.first_day))
        .collect();
    let series: Vec<Vec<Option<u32>>> = (0..framework.len())
        .map(|d| {
            figures
                .months
                .iter()
                .map(|m| {
                    m.by_domain[d]
                        .with_reference
                        .ok()
                        .map(|share| (share * 100.0).round() as u32)
                })
                .collect()
        })
        .collect();
    let months = figures
        .months
        .iter()
        .zip(&labels)
        .map(|(m, label)| MonthView {
            label: label.clone(),
            cells: m
                .by_domain
                .iter()
                .map(|a| match a.with_reference {
                    Ok(share) => percent(lang, share),
                    Err(_) if a.people == 0 => lang.t("calibration-dashboard-none"),
                    Err(_) => lang.t("calibration-dashboard-withheld-short"),
                })
                .collect(),
        })
        .collect();

    let page = DashboardPage {
        content_lang: content.framework.lang.code(),
        submissions: figures.submissions,
        people: figures.people,
        min_people: MIN_PEOPLE,
        domains,
        factors,
        domain_names: framework.iter().map(|(d, _)| d.name.clone()).collect(),
        chart: LineChart::percentage_lines(&labels, &series, |v| lang.format_percent(i64::from(v))),
        months,
        ctx,
    };
    render(hx, &page)
}
