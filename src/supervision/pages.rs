//! Supervision pages: a supervisor's list of the people they supervise with when supervision
//! last happened and when it is next due (overdue flagged), one page per supervisee listing the
//! meetings newest first, the form to record a meeting or change one, a record itself, and the
//! supervisee's own list (`/supervision/mine`).
//!
//! URLs carry user ids and record ids only. Every handler checks the object against the
//! signed-in person and answers 404 for anyone else, whatever the id: see the module docs of
//! [`super`] for who may see and change what.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;

use super::records::{MAX_TEXT_CHARS, RecordBody, Standing};
use super::store::{self, Person, RecordLine, RecordRow, SuperviseeLine};
use super::{NewRecord, ReadAs, Recipients, SupervisionError};
use crate::accounts::{ChangedBy, Role, UserId};
use crate::auth::{CurrentUser, Supervisor};
use crate::crypto::CryptoError;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::{DateInput, DoneQuery, FormErrors, Pairs};
use crate::web::page::{HxRequest, PageContext, render, render_status};
use crate::web::routes::{Routes, get};

pub fn routes() -> Routes {
    Routes::new()
        .route("/supervision", get(overview_page))
        .route("/supervision/mine", get(mine_page))
        .route("/supervision/records/{record}", get(record_page))
        .route(
            "/supervision/records/{record}/edit",
            get(edit_page).post(save_edit),
        )
        .route("/supervision/{supervisee}", get(supervisee_page))
        .route(
            "/supervision/{supervisee}/new",
            get(new_page).post(save_new),
        )
}

// ---------------------------------------------------------------------------------------------
// Shared

fn changed_by(user: &CurrentUser, peer: SocketAddr) -> ChangedBy {
    ChangedBy::user(&user.id, peer.ip().to_string())
}

fn today() -> NaiveDate {
    crate::training::today()
}

fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

fn date_words(lang: Lang, text: &str) -> String {
    parse_day(text)
        .map(|d| lang.format_date(d))
        .unwrap_or_default()
}

/// "Every 28 days", in the page's language.
fn frequency(lang: Lang, every_days: u32) -> String {
    lang.t_args(
        "supervision-frequency",
        &[("days", (every_days as usize).into())],
    )
}

/// A supervisee's standing, as a list or page shows it.
struct StandingView {
    last: String,
    next: String,
    /// `overdue`, `due` (never recorded) or empty (nothing to flag).
    flag: &'static str,
}

impl StandingView {
    fn new(lang: Lang, last: Option<&str>, every_days: u32) -> Self {
        let standing = Standing::of(last.and_then(parse_day), every_days, today());
        match standing {
            Standing::NeverRecorded => StandingView {
                last: lang.t("supervision-never"),
                next: lang.t("supervision-due-now"),
                flag: "due",
            },
            Standing::Upcoming { last, next } | Standing::Overdue { last, next } => StandingView {
                last: lang.format_date(last),
                next: lang.format_date(next),
                flag: if standing.needs_attention() {
                    "overdue"
                } else {
                    ""
                },
            },
        }
    }
}

/// Parses a user id from a URL, or 404.
fn user_id(text: &str) -> Result<UserId, AppError> {
    UserId::parse(text).ok_or(AppError::NotFound)
}

/// The sign-in page, and back to `path` afterwards: for a login that ended mid-request.
fn sign_in_again(path: &str) -> Response {
    let next = serde_urlencoded::to_string([("next", path)]).unwrap_or_default();
    Redirect::to(&format!("/sign-in?{next}")).into_response()
}

async fn recipients(
    state: &AppState,
    row_supervisor: &str,
    supervisee: &Person,
) -> Result<Option<Recipients>, AppError> {
    let supervisor = store::person(state.db.reader(), row_supervisor).await?;
    Ok(
        match (
            supervisor.and_then(|p| p.public_key),
            supervisee.public_key.clone(),
        ) {
            (Some(supervisor), Some(supervisee)) => Some(Recipients {
                supervisor,
                supervisee,
            }),
            _ => None,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// `/supervision`: the people I supervise

struct SuperviseeView {
    id: String,
    name: String,
    activated: bool,
    standing: StandingView,
}

struct EarlierView {
    id: String,
    name: String,
    last: String,
}

#[derive(Template)]
#[template(path = "supervision/overview.html", blocks = ["content"])]
struct OverviewPage {
    ctx: PageContext,
    frequency: String,
    supervisees: Vec<SuperviseeView>,
    earlier: Vec<EarlierView>,
}
crate::htmx_page!(OverviewPage);

/// `GET /supervision`
async fn overview_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let every = state.config.supervision_every_days;
    let current = store::current_supervisees(state.db.reader(), user.id.as_str()).await?;
    let written = store::written_about(state.db.reader(), user.id.as_str()).await?;
    let earlier = written
        .iter()
        .filter(|w| !current.iter().any(|c| c.id == w.id))
        .map(|w: &SuperviseeLine| EarlierView {
            id: w.id.clone(),
            name: w.name.clone(),
            last: date_words(lang, w.last_held_on.as_deref().unwrap_or_default()),
        })
        .collect();
    let supervisees = current
        .into_iter()
        .map(|s| SuperviseeView {
            standing: StandingView::new(lang, s.last_held_on.as_deref(), every),
            id: s.id,
            name: s.name,
            activated: s.activated,
        })
        .collect();
    render(
        hx,
        &OverviewPage {
            frequency: frequency(lang, every),
            supervisees,
            earlier,
            ctx,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// `/supervision/{supervisee}`: the meetings with one person

struct MeetingView {
    id: String,
    date: String,
    supervisor: String,
    /// Whether the viewer can open it (they wrote it, or it is about them).
    readable: bool,
}

fn meeting_views(lang: Lang, viewer: &str, lines: Vec<RecordLine>) -> Vec<MeetingView> {
    lines
        .into_iter()
        .map(|l| MeetingView {
            readable: l.supervisor_id == viewer || l.supervisee_id == viewer,
            date: date_words(lang, &l.held_on),
            supervisor: l.supervisor_name,
            id: l.id,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "supervision/supervisee.html", blocks = ["content"])]
struct SuperviseePage {
    ctx: PageContext,
    notice: Option<String>,
    supervisee_id: String,
    name: String,
    /// A current supervisor (else a former one, reading their own records).
    current: bool,
    activated: bool,
    frequency: String,
    standing: Option<StandingView>,
    meetings: Vec<MeetingView>,
}
crate::htmx_page!(SuperviseePage);

/// Whether `user` supervises `supervisee` today; `None` when they may not see the person's
/// supervision at all (not their supervisor now, and no records of theirs about them).
async fn relation(
    state: &AppState,
    user: &CurrentUser,
    supervisee: &str,
) -> Result<Option<bool>, AppError> {
    if !user.has(Role::Supervisor) || user.id.as_str() == supervisee {
        return Ok(None);
    }
    let reader = state.db.reader();
    if store::supervises_now(reader, user.id.as_str(), supervisee).await? {
        return Ok(Some(true));
    }
    if store::has_written_about(reader, user.id.as_str(), supervisee).await? {
        return Ok(Some(false));
    }
    Ok(None)
}

/// `GET /supervision/{supervisee}`
async fn supervisee_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(supervisee): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let id = user_id(&supervisee)?;
    let current = relation(&state, &user, id.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let person = store::person(state.db.reader(), id.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let every = state.config.supervision_every_days;
    // A former supervisor sees only what they wrote; a current one sees when every meeting
    // happened (the dates are what the due rule needs), and opens the ones they wrote.
    let by = (!current).then(|| user.id.as_str());
    let lines = store::lines_about(state.db.reader(), id.as_str(), by).await?;
    let standing = if current {
        let last = store::last_held_on(state.db.reader(), id.as_str()).await?;
        Some(StandingView::new(lang, last.as_deref(), every))
    } else {
        None
    };
    let notice = (query.done == "recorded").then(|| ctx.t("supervision-notice-recorded"));
    render(
        hx,
        &SuperviseePage {
            notice,
            supervisee_id: person.id.clone(),
            name: person.name.clone(),
            current,
            activated: person.public_key.is_some() && !person.disabled,
            frequency: frequency(lang, every),
            standing,
            meetings: meeting_views(lang, user.id.as_str(), lines),
            ctx,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// `/supervision/mine`: my own supervision

#[derive(Template)]
#[template(path = "supervision/mine.html", blocks = ["content"])]
struct MinePage {
    ctx: PageContext,
    supervisors: Vec<String>,
    frequency: String,
    standing: StandingView,
    meetings: Vec<MeetingView>,
    is_supervisor: bool,
}
crate::htmx_page!(MinePage);

/// `GET /supervision/mine`
async fn mine_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let every = state.config.supervision_every_days;
    let me = user.id.as_str();
    let lines = store::lines_about(state.db.reader(), me, None).await?;
    let last = lines.first().map(|l| l.held_on.clone());
    render(
        hx,
        &MinePage {
            supervisors: store::supervisors_now(state.db.reader(), me).await?,
            frequency: frequency(lang, every),
            standing: StandingView::new(lang, last.as_deref(), every),
            meetings: meeting_views(lang, me, lines),
            is_supervisor: user.has(Role::Supervisor),
            ctx,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// One record

#[derive(Template)]
#[template(path = "supervision/record.html", blocks = ["content"])]
struct RecordPage {
    ctx: PageContext,
    notice: Option<String>,
    record_id: String,
    date: String,
    supervisor: String,
    supervisee: String,
    supervisee_id: String,
    /// The viewer wrote it (else it is about them).
    is_author: bool,
    can_edit: bool,
    /// `None` when the viewer's current key cannot open it (their key was replaced by a reset).
    body: Option<RecordBody>,
}
crate::htmx_page!(RecordPage);

/// Finds a record the signed-in person may read (they wrote it, or it is about them), or 404.
async fn readable_record(
    state: &AppState,
    user: &CurrentUser,
    record: &str,
) -> Result<(RecordRow, ReadAs), AppError> {
    let id = uuid::Uuid::parse_str(record).map_err(|_| AppError::NotFound)?;
    let row = store::record(state.db.reader(), &id.hyphenated().to_string()).await?;
    let row = crate::auth::visible(row, |r| {
        r.supervisor_id == user.id.as_str() || r.supervisee_id == user.id.as_str()
    })?;
    let read_as = if row.supervisor_id == user.id.as_str() {
        ReadAs::Author
    } else {
        ReadAs::Supervisee
    };
    Ok((row, read_as))
}

/// Whether `user` may change `row`: they wrote it, are a supervisor and still supervise the
/// person it is about.
async fn may_edit(state: &AppState, user: &CurrentUser, row: &RecordRow) -> Result<bool, AppError> {
    Ok(row.supervisor_id == user.id.as_str()
        && user.has(Role::Supervisor)
        && store::supervises_now(state.db.reader(), &row.supervisor_id, &row.supervisee_id).await?)
}

/// What opening a record with the viewer's own key gave.
enum Opened {
    /// The body; the read is in the audit chain.
    Body(RecordBody),
    /// Their key does not open it (replaced by a reset): nothing was read, nothing audited.
    Unreadable,
    /// The login ended while the request ran.
    SignedOut,
}

/// Opens a record with the viewer's own key and audits the read before anything is shown.
async fn open_and_audit(
    state: &AppState,
    user: &CurrentUser,
    row: &RecordRow,
    read_as: ReadAs,
    peer: SocketAddr,
) -> Result<Opened, AppError> {
    let Some(key) = user.key(&state.auth) else {
        return Ok(Opened::SignedOut);
    };
    match super::open_body(row, &key) {
        Ok(body) => {
            super::record_read(&state.db, &changed_by(user, peer), row, read_as).await?;
            Ok(Opened::Body(body))
        }
        Err(CryptoError::WrongKey) => Ok(Opened::Unreadable),
        Err(e) => Err(AppError::Internal(format!("supervision record: {e}"))),
    }
}

async fn name_of(state: &AppState, id: &str) -> Result<String, AppError> {
    Ok(store::person(state.db.reader(), id)
        .await?
        .map(|p| p.name)
        .unwrap_or_default())
}

/// `GET /supervision/records/{record}`
async fn record_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(record): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let (row, read_as) = readable_record(&state, &user, &record).await?;
    let body = match open_and_audit(&state, &user, &row, read_as, peer).await? {
        Opened::Body(body) => Some(body),
        Opened::Unreadable => None,
        Opened::SignedOut => return Ok(sign_in_again(&ctx.path)),
    };
    let notice = (query.done == "saved").then(|| ctx.t("supervision-notice-saved"));
    let page = RecordPage {
        notice,
        record_id: row.id.clone(),
        date: date_words(ctx.lang, &row.held_on),
        supervisor: name_of(&state, &row.supervisor_id).await?,
        supervisee: name_of(&state, &row.supervisee_id).await?,
        supervisee_id: row.supervisee_id.clone(),
        is_author: read_as == ReadAs::Author,
        can_edit: body.is_some() && may_edit(&state, &user, &row).await?,
        body,
        ctx,
    };
    render(hx, &page)
}

// ---------------------------------------------------------------------------------------------
// The form: a new record, or a change to one

/// The form as typed (or as saved, when a change starts).
#[derive(Default)]
struct RecordForm {
    held_on: DateInput,
    cases: Vec<String>,
    reflective_notes: String,
    wellbeing: String,
    support_agreed: String,
}

impl RecordForm {
    fn from_pairs(pairs: &Pairs) -> Self {
        let mut cases: Vec<String> = pairs
            .all("cases")
            .into_iter()
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        cases.sort();
        cases.dedup();
        Self {
            held_on: DateInput::from_pairs(pairs, "held_on"),
            cases,
            reflective_notes: pairs.one("reflective_notes").to_owned(),
            wellbeing: pairs.one("wellbeing").to_owned(),
            support_agreed: pairs.one("support_agreed").to_owned(),
        }
    }

    fn from_saved(held_on: &str, body: RecordBody) -> Self {
        Self {
            held_on: parse_day(held_on)
                .map(DateInput::from_date)
                .unwrap_or_default(),
            cases: body.cases,
            reflective_notes: body.reflective_notes,
            wellbeing: body.wellbeing,
            support_agreed: body.support_agreed,
        }
    }
}

/// The checks every save makes. Returns the date and the body when there is nothing to fix.
/// `known_cases` are the references the supervisee's caseload holds (open or closed).
fn check(
    lang: Lang,
    form: &RecordForm,
    known_cases: &[String],
    errors: &mut FormErrors,
) -> Option<(NaiveDate, RecordBody)> {
    let held_on = match form.held_on.parse() {
        Ok(Some(date)) if date > today() => {
            errors.add("held_on-day", lang.t("supervision-error-date-future"));
            None
        }
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            errors.add("held_on-day", lang.t("supervision-error-date-missing"));
            None
        }
        Err(problem) => {
            errors.add("held_on-day", lang.t(problem));
            None
        }
    };
    if form.cases.iter().any(|c| !known_cases.contains(c)) {
        errors.add("cases", lang.t("supervision-error-cases"));
    }
    check_length(errors, "reflective_notes", &form.reflective_notes, lang);
    if form.wellbeing.trim().is_empty() {
        errors.add("wellbeing", lang.t("supervision-error-wellbeing-missing"));
    }
    check_length(errors, "wellbeing", &form.wellbeing, lang);
    check_length(errors, "support_agreed", &form.support_agreed, lang);
    let held_on = held_on?;
    errors.is_empty().then(|| {
        (
            held_on,
            RecordBody {
                cases: form.cases.clone(),
                reflective_notes: form.reflective_notes.clone(),
                wellbeing: form.wellbeing.clone(),
                support_agreed: form.support_agreed.clone(),
            },
        )
    })
}

/// Checks a text box's length; the text is kept whatever happens.
fn check_length(errors: &mut FormErrors, field: &'static str, text: &str, lang: Lang) {
    let typed = text.chars().count();
    if typed > MAX_TEXT_CHARS {
        errors.add(
            field,
            lang.t_args(
                "supervision-error-too-long",
                &[
                    ("max", MAX_TEXT_CHARS.to_string().into()),
                    ("typed", typed.to_string().into()),
                ],
            ),
        );
    }
}

struct CaseChoice {
    reference: String,
    checked: bool,
}

/// What the form page shows: the supervisee's open cases (and any chosen before that have
/// since closed), each ticked when chosen.
fn case_choices(open: &[String], chosen: &[String], known: &[String]) -> Vec<CaseChoice> {
    let mut all: Vec<String> = open.to_vec();
    all.extend(
        chosen
            .iter()
            .filter(|c| known.contains(c) && !open.contains(c))
            .cloned(),
    );
    all.sort();
    all.dedup();
    all.into_iter()
        .map(|reference| CaseChoice {
            checked: chosen.contains(&reference),
            reference,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "supervision/form.html", blocks = ["content"])]
struct FormPage {
    ctx: PageContext,
    errors: FormErrors,
    supervisee_id: String,
    supervisee: String,
    /// Where the form posts.
    action: String,
    /// Where "cancel" goes.
    back: String,
    /// Set when changing a record (else a new one).
    editing: bool,
    /// A new record's id, made when the form was first shown.
    record_id: String,
    version: i64,
    /// The supervisee has no key yet (not activated): nothing can be sealed to them.
    not_activated: bool,
    form: RecordForm,
    cases: Vec<CaseChoice>,
    /// What is saved now, when a change was refused because the record changed since.
    saved: Option<(String, RecordBody)>,
    max_chars: String,
}
crate::htmx_page!(FormPage);

impl FormPage {
    /// The three text boxes: field, label, hint, value.
    fn texts(&self) -> [(&'static str, String, String, &str); 3] {
        let lang = self.ctx.lang;
        [
            (
                "reflective_notes",
                lang.t("supervision-notes"),
                lang.t1("supervision-notes-hint", "max", &self.max_chars),
                &self.form.reflective_notes,
            ),
            (
                "wellbeing",
                lang.t("supervision-wellbeing"),
                lang.t1("supervision-wellbeing-hint", "max", &self.max_chars),
                &self.form.wellbeing,
            ),
            (
                "support_agreed",
                lang.t("supervision-support"),
                lang.t1("supervision-support-hint", "max", &self.max_chars),
                &self.form.support_agreed,
            ),
        ]
    }
}

/// The person a new record is about: supervised by `user` today, or 404.
async fn current_supervisee(
    state: &AppState,
    user: &CurrentUser,
    supervisee: &str,
) -> Result<Person, AppError> {
    let id = user_id(supervisee)?;
    if relation(state, user, id.as_str()).await? != Some(true) {
        return Err(AppError::NotFound);
    }
    store::person(state.db.reader(), id.as_str())
        .await?
        .ok_or(AppError::NotFound)
}

#[allow(clippy::too_many_arguments)]
async fn form_page(
    state: &AppState,
    ctx: PageContext,
    person: &Person,
    record: Option<&RecordRow>,
    record_id: String,
    form: RecordForm,
    errors: FormErrors,
    saved: Option<(String, RecordBody)>,
) -> Result<FormPage, AppError> {
    let reader = state.db.reader();
    let open = store::open_case_references(reader, &person.id).await?;
    let mut asked: Vec<String> = form.cases.clone();
    if let Some((_, body)) = &saved {
        asked.extend(body.cases.iter().cloned());
    }
    let known = store::cases_of(reader, &person.id, &asked).await?;
    let (action, back) = match record {
        Some(r) => (
            format!("/supervision/records/{}/edit", r.id),
            format!("/supervision/records/{}", r.id),
        ),
        None => (
            format!("/supervision/{}/new", person.id),
            format!("/supervision/{}", person.id),
        ),
    };
    Ok(FormPage {
        errors,
        supervisee_id: person.id.clone(),
        supervisee: person.name.clone(),
        action,
        back,
        editing: record.is_some(),
        record_id,
        version: record.map_or(0, |r| r.version),
        not_activated: person.public_key.is_none() || person.disabled,
        cases: case_choices(&open, &form.cases, &known),
        form,
        saved: saved.map(|(date, body)| (date_words(ctx.lang, &date), body)),
        max_chars: MAX_TEXT_CHARS.to_string(),
        ctx,
    })
}

/// `GET /supervision/{supervisee}/new`
async fn new_page(
    State(state): State<AppState>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(supervisee): Path<String>,
) -> Result<Response, AppError> {
    let person = current_supervisee(&state, &user, &supervisee).await?;
    let page = form_page(
        &state,
        ctx,
        &person,
        None,
        uuid::Uuid::new_v4().to_string(),
        RecordForm::default(),
        FormErrors::default(),
        None,
    )
    .await?;
    render(hx, &page)
}

/// `POST /supervision/{supervisee}/new`
async fn save_new(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    Supervisor(user): Supervisor,
    Path(supervisee): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let person = current_supervisee(&state, &user, &supervisee).await?;
    let lang = ctx.lang;
    // The id made when the form was shown; anything else gets a new one.
    let record_id = uuid::Uuid::parse_str(pairs.trimmed("record"))
        .unwrap_or_else(|_| uuid::Uuid::new_v4())
        .hyphenated()
        .to_string();
    let form = RecordForm::from_pairs(&pairs);
    let known = store::cases_of(state.db.reader(), &person.id, &form.cases).await?;
    let mut errors = FormErrors::default();
    let checked = check(lang, &form, &known, &mut errors);
    let recipients = recipients(&state, user.id.as_str(), &person).await?;
    if person.disabled || recipients.is_none() {
        errors.add("held_on-day", lang.t("supervision-error-not-activated"));
    }
    if let (Some((held_on, body)), Some(recipients), true) =
        (checked, recipients, errors.is_empty())
    {
        let result = super::create(
            &state.db,
            &changed_by(&user, peer),
            NewRecord {
                id: &record_id,
                supervisor_id: user.id.as_str(),
                supervisee_id: &person.id,
                held_on,
            },
            &recipients,
            &body,
        )
        .await;
        match result {
            Ok(()) => {}
            // The same form sent twice: the first one saved it.
            Err(SupervisionError::AlreadySaved) => {
                let existing = store::record(state.db.reader(), &record_id).await?;
                let same = existing.is_some_and(|r| {
                    r.supervisor_id == user.id.as_str() && r.supervisee_id == person.id
                });
                if !same {
                    return Err(AppError::BadRequest);
                }
            }
            Err(e) => return Err(e.into()),
        }
        return Ok(
            Redirect::to(&format!("/supervision/{}?done=recorded", person.id)).into_response(),
        );
    }
    let page = form_page(&state, ctx, &person, None, record_id, form, errors, None).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

/// A record its author may change, with the person it is about, or 404.
async fn editable_record(
    state: &AppState,
    user: &CurrentUser,
    record: &str,
) -> Result<(RecordRow, Person), AppError> {
    let (row, read_as) = readable_record(state, user, record).await?;
    if read_as != ReadAs::Author || !may_edit(state, user, &row).await? {
        return Err(AppError::NotFound);
    }
    let person = store::person(state.db.reader(), &row.supervisee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((row, person))
}

/// `GET /supervision/records/{record}/edit`
async fn edit_page(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(record): Path<String>,
) -> Result<Response, AppError> {
    let (row, person) = editable_record(&state, &user, &record).await?;
    let body = match open_and_audit(&state, &user, &row, ReadAs::Author, peer).await? {
        Opened::Body(body) => body,
        // Their own key does not open it: the record page says why.
        Opened::Unreadable => {
            return Ok(Redirect::to(&format!("/supervision/records/{}", row.id)).into_response());
        }
        Opened::SignedOut => return Ok(sign_in_again(&ctx.path)),
    };
    let form = RecordForm::from_saved(&row.held_on, body);
    let page = form_page(
        &state,
        ctx,
        &person,
        Some(&row),
        row.id.clone(),
        form,
        FormErrors::default(),
        None,
    )
    .await?;
    render(hx, &page)
}

/// `POST /supervision/records/{record}/edit`: `version` is the one the form was loaded at.
async fn save_edit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ctx: PageContext,
    hx: HxRequest,
    user: CurrentUser,
    Path(record): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let (row, person) = editable_record(&state, &user, &record).await?;
    let lang = ctx.lang;
    let base: i64 = pairs.trimmed("version").parse().unwrap_or(0);
    let form = RecordForm::from_pairs(&pairs);
    let known = store::cases_of(state.db.reader(), &person.id, &form.cases).await?;
    let mut errors = FormErrors::default();
    let checked = check(lang, &form, &known, &mut errors);
    let recipients = recipients(&state, &row.supervisor_id, &person).await?;
    if person.disabled || recipients.is_none() {
        errors.add("held_on-day", lang.t("supervision-error-not-activated"));
    }
    let mut conflict = false;
    if let (Some((held_on, body)), Some(recipients), true) =
        (checked, recipients, errors.is_empty())
    {
        match super::edit(
            &state.db,
            &changed_by(&user, peer),
            &row,
            &recipients,
            base,
            held_on,
            &body,
        )
        .await
        {
            Ok(_) => {
                return Ok(
                    Redirect::to(&format!("/supervision/records/{}?done=saved", row.id))
                        .into_response(),
                );
            }
            Err(SupervisionError::Conflict) => conflict = true,
            Err(e) => return Err(e.into()),
        }
    } else if row.version != base {
        // Say so now rather than after the other problems are fixed.
        conflict = true;
    }
    if conflict {
        // Show what is saved now beside what was typed; the form carries the new version, so
        // saving again replaces it on purpose.
        let current = store::record(state.db.reader(), &row.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let saved = match open_and_audit(&state, &user, &current, ReadAs::Author, peer).await? {
            Opened::Body(body) => Some((current.held_on.clone(), body)),
            Opened::Unreadable => None,
            Opened::SignedOut => return Ok(sign_in_again(&ctx.path)),
        };
        errors.add("saved", lang.t("supervision-error-conflict"));
        let page = form_page(
            &state,
            ctx,
            &person,
            Some(&current),
            current.id.clone(),
            form,
            errors,
            saved,
        )
        .await?;
        return render_status(StatusCode::CONFLICT, hx, &page);
    }
    let page = form_page(
        &state,
        ctx,
        &person,
        Some(&row),
        row.id.clone(),
        form,
        errors,
        None,
    )
    .await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, hx, &page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supervision_case_choices_keep_closed_cases_that_were_chosen() {
        let open = vec!["DD-AAAAAA".to_owned(), "DD-CCCCCC".to_owned()];
        let known = vec!["DD-BBBBBB".to_owned(), "DD-CCCCCC".to_owned()];
        let chosen = vec!["DD-BBBBBB".to_owned(), "DD-CCCCCC".to_owned()];
        let choices = case_choices(&open, &chosen, &known);
        let shown: Vec<(&str, bool)> = choices
            .iter()
            .map(|c| (c.reference.as_str(), c.checked))
            .collect();
        assert_eq!(
            shown,
            [
                ("DD-AAAAAA", false),
                ("DD-BBBBBB", true),
                ("DD-CCCCCC", true)
            ]
        );
        // A reference that is not one of the supervisee's cases is never offered.
        let forged = case_choices(&open, &["DD-ZZZZZZ".to_owned()], &known);
        assert_eq!(forged.len(), 2);
    }

    #[test]
    fn supervision_form_checks_say_what_to_fix() {
        let lang = Lang::En;
        let mut errors = FormErrors::default();
        let form = RecordForm {
            held_on: DateInput::from_date(today() + chrono::Duration::days(2)),
            cases: vec!["DD-ZZZZZZ".into()],
            reflective_notes: "x".repeat(MAX_TEXT_CHARS + 1),
            wellbeing: "  ".into(),
            support_agreed: String::new(),
        };
        assert!(check(lang, &form, &[], &mut errors).is_none());
        assert!(errors.get("held_on-day").is_some());
        assert!(errors.get("cases").is_some());
        assert!(errors.get("reflective_notes").is_some());
        assert!(errors.get("wellbeing").is_some());
        assert!(errors.get("support_agreed").is_none());

        let mut errors = FormErrors::default();
        let good = RecordForm {
            held_on: DateInput::from_date(today()),
            cases: vec!["DD-AAAAAA".into()],
            reflective_notes: String::new(),
            wellbeing: "Tired but coping.".into(),
            support_agreed: String::new(),
        };
        let (date, body) = check(lang, &good, &["DD-AAAAAA".into()], &mut errors).unwrap();
        assert!(errors.is_empty());
        assert_eq!(date, today());
        assert_eq!(body.cases, ["DD-AAAAAA"]);
        assert_eq!(body.wellbeing, "Tired but coping.");
    }
}
