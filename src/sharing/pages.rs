//! Sharing-log pages: recording a disclosure, reading one record, and producing a
//! multi-agency summary (choose the sections and say who it is for, then a printable page).
//!
//! Every route takes a case reference and finds the case through
//! [`crate::cases::pages::visible_case`] (404 for anyone but its facilitator and their
//! supervisors). A form with problems comes back with everything typed and a GOV.UK error
//! summary; nothing is saved until every field is right. URLs carry only the reference and
//! record ids, never what was shared.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;

use super::{
    ConcernPart, Disclosure, LegalBasis, MAX_BASIS_CHARS, MAX_NAME_CHARS, MAX_TEXT_CHARS,
    RecordKind, Section, SessionPart, Summary,
};
use crate::auth::CurrentUser;
use crate::cases::pages::{changed_by, date_words, person_name, visible_case};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DateInput, DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get};

pub fn routes() -> Routes {
    Routes::new()
        .route(
            "/cases/{reference}/sharing/new",
            get(new_page).post(save_new),
        )
        .route("/cases/{reference}/sharing/{record}", get(record_page))
        .route(
            "/cases/{reference}/summary",
            get(summary_form_page).post(produce_summary),
        )
}

fn today() -> NaiveDate {
    crate::training::today()
}

/// One line of the case page's "Information shared" section.
pub struct SharingLine {
    pub id: String,
    pub shared_on: String,
    pub recipient: String,
    pub agency: String,
    pub kind_key: &'static str,
}

/// The case page's list of what was shared, newest first (the case is already open and its
/// read audited by the case page).
pub async fn case_lines(
    state: &AppState,
    lang: Lang,
    open: &crate::cases::OpenCase,
) -> Result<Vec<SharingLine>, AppError> {
    Ok(super::of_case(&state.db, &open.case.id, &open.key)
        .await?
        .into_iter()
        .map(|(row, record)| SharingLine {
            shared_on: date_words(lang, Some(&row.shared_on)),
            recipient: record.recipient,
            agency: record.agency,
            kind_key: record.kind.label_key(),
            id: row.id,
        })
        .collect())
}

// ---------------------------------------------------------------------------------------------
// The fields both forms share: who received it, the legal basis, who decided

/// The recipient, basis and decision fields as typed.
#[derive(Debug, Clone, Default)]
pub struct PartiesForm {
    pub recipient: String,
    pub agency: String,
    pub basis: String,
    pub basis_other: String,
    pub decided_by: String,
}

/// What [`PartiesForm::parse`] gives when every field is right.
struct Parties {
    recipient: String,
    agency: String,
    basis: LegalBasis,
    basis_other: String,
    decided_by: String,
}

fn check_text(
    errors: &mut FormErrors,
    lang: Lang,
    field: &'static str,
    text: &str,
    missing: &str,
    long: &str,
    max: usize,
) {
    if text.trim().is_empty() {
        errors.add(field, lang.t(missing));
    } else if text.chars().count() > max {
        errors.add(field, lang.t_args(long, &[("max", max.into())]));
    }
}

impl PartiesForm {
    fn from_pairs(pairs: &Pairs) -> Self {
        Self {
            recipient: pairs.one("recipient").to_owned(),
            agency: pairs.one("agency").to_owned(),
            basis: pairs.trimmed("basis").to_owned(),
            basis_other: pairs.one("basis_other").to_owned(),
            decided_by: pairs.one("decided_by").to_owned(),
        }
    }

    fn check(&self, lang: Lang, errors: &mut FormErrors) -> Option<Parties> {
        check_text(
            errors,
            lang,
            "recipient",
            &self.recipient,
            "sharing-problem-recipient-missing",
            "sharing-problem-recipient-long",
            MAX_NAME_CHARS,
        );
        check_text(
            errors,
            lang,
            "agency",
            &self.agency,
            "sharing-problem-agency-missing",
            "sharing-problem-agency-long",
            MAX_NAME_CHARS,
        );
        let basis = LegalBasis::parse(&self.basis);
        match basis {
            None => errors.add("basis", lang.t("sharing-problem-basis-missing")),
            Some(LegalBasis::Other) => check_text(
                errors,
                lang,
                "basis_other",
                &self.basis_other,
                "sharing-problem-basis-other-missing",
                "sharing-problem-basis-other-long",
                MAX_BASIS_CHARS,
            ),
            Some(_) => {}
        }
        check_text(
            errors,
            lang,
            "decided_by",
            &self.decided_by,
            "sharing-problem-decided-missing",
            "sharing-problem-decided-long",
            MAX_NAME_CHARS,
        );
        let basis = basis?;
        Some(Parties {
            recipient: self.recipient.trim().to_owned(),
            agency: self.agency.trim().to_owned(),
            basis_other: if basis == LegalBasis::Other {
                self.basis_other.trim().to_owned()
            } else {
                String::new()
            },
            basis,
            decided_by: self.decided_by.trim().to_owned(),
        })
    }
}

/// A legal basis as a radio button.
pub struct BasisChoice {
    pub id: &'static str,
    pub label_key: &'static str,
}

fn basis_choices() -> Vec<BasisChoice> {
    LegalBasis::ALL
        .into_iter()
        .map(|b| BasisChoice {
            id: b.id(),
            label_key: b.label_key(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Recording a disclosure

#[derive(Template)]
#[template(path = "sharing/new.html", blocks = ["content"])]
struct NewPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    shared_on: DateInput,
    what: String,
    parties: PartiesForm,
    bases: Vec<BasisChoice>,
    max_text: usize,
}
crate::htmx_page!(NewPage);

/// `GET /cases/{reference}/sharing/new`: the form; shows nothing protected, so opens no key.
async fn new_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    let page = NewPage {
        errors: FormErrors::default(),
        reference: visible.case.reference,
        shared_on: DateInput::default(),
        what: String::new(),
        parties: PartiesForm {
            decided_by: user.name.clone(),
            ..PartiesForm::default()
        },
        bases: basis_choices(),
        max_text: MAX_TEXT_CHARS,
        ctx,
    };
    render(hx, &page)
}

/// `POST /cases/{reference}/sharing/new`
async fn save_new(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    let pairs = Pairs(pairs);
    let lang = ctx.lang;
    let shared_on = DateInput::from_pairs(&pairs, "shared_on");
    let what = pairs.one("what").to_owned();
    let parties = PartiesForm::from_pairs(&pairs);
    let mut errors = FormErrors::default();
    let date = match shared_on.parse() {
        Ok(Some(date)) if date > today() => {
            errors.add("shared_on-day", lang.t("sharing-problem-date-future"));
            None
        }
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            errors.add("shared_on-day", lang.t("sharing-problem-date-missing"));
            None
        }
        Err(key) => {
            errors.add(
                "shared_on-day",
                lang.t_args(key, &[("field", lang.t("sharing-date-legend").into())]),
            );
            None
        }
    };
    let checked = parties.check(lang, &mut errors);
    check_text(
        &mut errors,
        lang,
        "what",
        &what,
        "sharing-problem-what-missing",
        "sharing-problem-what-long",
        MAX_TEXT_CHARS,
    );
    let (Some(date), Some(checked), true) = (date, checked, errors.is_empty()) else {
        let page = NewPage {
            errors,
            reference: visible.case.reference,
            shared_on,
            what,
            parties,
            bases: basis_choices(),
            max_text: MAX_TEXT_CHARS,
            ctx,
        };
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page);
    };
    let open = crate::cases::open_case_to_write(&state, &user, visible).await?;
    let disclosure = Disclosure {
        kind: RecordKind::Disclosure,
        shared_on: date,
        recipient: checked.recipient,
        agency: checked.agency,
        basis: checked.basis,
        basis_other: checked.basis_other,
        what: what.trim().to_owned(),
        decided_by: checked.decided_by,
        summary: None,
    };
    super::record(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &open,
        &disclosure,
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}?done=shared#sharing",
        open.case.reference
    ))
    .into_response())
}

// ---------------------------------------------------------------------------------------------
// Reading a record (a disclosure, or a multi-agency summary ready to print)

struct SessionView {
    date: String,
    module_title: String,
    summary: String,
}

struct ConcernView {
    raised: String,
    open: bool,
    what: String,
    action_taken: String,
}

/// A summary's sections ready for the page.
struct SummaryView {
    person_name: String,
    date_of_birth: String,
    number: String,
    formulation: Option<(i64, String)>,
    formulation_summary: Option<String>,
    management_plan: Option<String>,
    sessions: Option<Vec<SessionView>>,
    concerns: Option<Vec<ConcernView>>,
}

impl SummaryView {
    fn new(lang: Lang, summary: Summary) -> Self {
        let person = summary.person;
        Self {
            person_name: person.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
            date_of_birth: person
                .as_ref()
                .map(|p| lang.format_date(p.date_of_birth))
                .unwrap_or_default(),
            number: person.map(|p| p.number).unwrap_or_default(),
            formulation: summary.formulation.map(|f| {
                let status = crate::formulations::store::Status::parse(&f.status)
                    .map(|s| lang.t(s.label_key()))
                    .unwrap_or(f.status);
                (f.number, status)
            }),
            formulation_summary: summary.formulation_summary,
            management_plan: summary.management_plan,
            sessions: summary.sessions.map(|parts| {
                parts
                    .into_iter()
                    .map(
                        |SessionPart {
                             date,
                             module_title,
                             summary,
                         }| SessionView {
                            date: date_words(lang, Some(&date)),
                            module_title,
                            summary,
                        },
                    )
                    .collect()
            }),
            concerns: summary.concerns.map(|parts| {
                parts
                    .into_iter()
                    .map(
                        |ConcernPart {
                             raised_at,
                             open,
                             what,
                             action_taken,
                         }| ConcernView {
                            raised: date_words(lang, Some(&raised_at)),
                            open,
                            what,
                            action_taken,
                        },
                    )
                    .collect()
            }),
        }
    }
}

#[derive(Template)]
#[template(path = "sharing/record.html", blocks = ["content"])]
struct RecordPage {
    ctx: PageContext,
    notice: Option<String>,
    reference: String,
    kind_key: &'static str,
    shared_on: String,
    recipient: String,
    agency: String,
    basis_key: &'static str,
    basis_other: String,
    what: String,
    decided_by: String,
    recorded_by: String,
    recorded_on: String,
    summary: Option<SummaryView>,
}
crate::htmx_page!(RecordPage);

/// `GET /cases/{reference}/sharing/{record}`: one record; for a summary, the printable page.
async fn record_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path((reference, record)): Path<(String, String)>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    let row = super::store::of_case_by_id(state.db.reader(), &visible.case.id, &record)
        .await?
        .ok_or(AppError::NotFound)?;
    let open = crate::cases::open_case(
        &state,
        &user,
        visible,
        "sharing-record",
        &peer.ip().to_string(),
    )
    .await?;
    let disclosure = super::open_record(&row, &open.key).map_err(super::SharingError::from)?;
    let lang = ctx.lang;
    let notice = (query.done == "summary").then(|| ctx.t("summary-notice-produced"));
    let page = RecordPage {
        notice,
        reference: open.case.reference.clone(),
        kind_key: disclosure.kind.label_key(),
        shared_on: lang.format_date(disclosure.shared_on),
        recipient: disclosure.recipient,
        agency: disclosure.agency,
        basis_key: disclosure.basis.label_key(),
        basis_other: disclosure.basis_other,
        what: disclosure.what,
        decided_by: disclosure.decided_by,
        recorded_by: person_name(&state, &row.recorded_by).await?,
        recorded_on: date_words(lang, Some(&row.recorded_at)),
        summary: disclosure.summary.map(|s| SummaryView::new(lang, s)),
        ctx,
    };
    render(hx, &page)
}

// ---------------------------------------------------------------------------------------------
// Producing a multi-agency summary

/// A section as a checkbox.
struct SectionChoice {
    id: &'static str,
    label_key: &'static str,
    hint_key: &'static str,
    checked: bool,
}

fn section_choices(chosen: &[String]) -> Vec<SectionChoice> {
    Section::ALL
        .into_iter()
        .map(|s| SectionChoice {
            id: s.id(),
            label_key: s.label_key(),
            hint_key: s.hint_key(),
            checked: chosen.iter().any(|c| c == s.id()),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "sharing/summary_form.html", blocks = ["content"])]
struct SummaryFormPage {
    ctx: PageContext,
    errors: FormErrors,
    reference: String,
    sections: Vec<SectionChoice>,
    parties: PartiesForm,
    bases: Vec<BasisChoice>,
    recent: usize,
}
crate::htmx_page!(SummaryFormPage);

/// `GET /cases/{reference}/summary`: choose the sections and say who it is for.
async fn summary_form_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    let page = SummaryFormPage {
        errors: FormErrors::default(),
        reference: visible.case.reference,
        sections: section_choices(&[]),
        parties: PartiesForm {
            decided_by: user.name.clone(),
            ..PartiesForm::default()
        },
        bases: basis_choices(),
        recent: super::RECENT_SESSIONS,
        ctx,
    };
    render(hx, &page)
}

/// `POST /cases/{reference}/summary`: takes the chosen sections as they stand, seals them into
/// a sharing record (audited as a read of the case, the record and the summary), and shows the
/// printable page.
async fn produce_summary(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(reference): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let visible = visible_case(&state, &user, &reference).await?;
    let pairs = Pairs(pairs);
    let lang = ctx.lang;
    let chosen: Vec<String> = pairs
        .all("section")
        .into_iter()
        .map(str::to_owned)
        .collect();
    let sections: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| chosen.iter().any(|c| c == s.id()))
        .collect();
    let parties = PartiesForm::from_pairs(&pairs);
    let mut errors = FormErrors::default();
    if sections.is_empty() {
        errors.add("section", lang.t("summary-problem-sections-missing"));
    }
    let checked = parties.check(lang, &mut errors);
    let (Some(checked), true) = (checked, errors.is_empty()) else {
        let page = SummaryFormPage {
            errors,
            reference: visible.case.reference,
            sections: section_choices(&chosen),
            parties,
            bases: basis_choices(),
            recent: super::RECENT_SESSIONS,
            ctx,
        };
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page);
    };
    let source = peer.ip().to_string();
    let open =
        crate::cases::open_case(&state, &user, visible, "multi-agency-summary", &source).await?;
    let content = state.toolkit.content(lang);
    let summary = super::snapshot(&state.db, content, &open, &sections).await?;
    let what = sections
        .iter()
        .map(|s| lang.t(s.label_key()))
        .collect::<Vec<_>>()
        .join("; ");
    let disclosure = Disclosure {
        kind: RecordKind::Summary,
        shared_on: today(),
        recipient: checked.recipient,
        agency: checked.agency,
        basis: checked.basis,
        basis_other: checked.basis_other,
        what: lang.t1("summary-what-shared", "sections", &what),
        decided_by: checked.decided_by,
        summary: Some(summary),
    };
    let id = super::record(
        &state.db,
        &changed_by(&user, peer),
        user.id.as_str(),
        &open,
        &disclosure,
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}/sharing/{id}?done=summary",
        open.case.reference
    ))
    .into_response())
}
