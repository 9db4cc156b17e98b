//! The access matrix (issue #14): every route the app answers, as listed by the router itself
//! (`dialogues::web::router::route_table`, so a new route cannot be forgotten), tried by every
//! kind of person against one running app: signed out, an administrator, a training manager,
//! the facilitator who owns the case, another facilitator, the owner's supervisor and another
//! supervisor. The expected answer of each is in one table, [`MATRIX`]; the test fails if a
//! route is missing from it (or the table names a route the app does not have), listing which.
//!
//! Every state-changing route is also tried by someone allowed to use it without the CSRF token,
//! and with the token from another site: both refused with 403 and the database unchanged.
//! Every method a path was not registered for answers 405. Every response carries the security
//! headers. The registry itself is guarded: no file in `src/` may build routes with axum
//! directly.
//!
//! This test must never send a real password anywhere but the sign-in form, and never put note
//! content in a failure message (the objects it makes hold only test text).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use common::journeys::{SAM, SUE, location, open_case, plan_session, signed_in};
use common::{Browser, Page, TestApp, password};
use dialogues::web::router::route_table;
use dialogues::web::routes::Access;
use reqwest::Method;

/// What a person gets from a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Through every access check: a page (2xx), a redirect that is not to the sign-in page, or
    /// the handler's own answer to the (deliberately empty) form: 422 with the form's errors,
    /// 409 for a record in the wrong state or an old version, 400 for a form it refuses. Never
    /// the framework's "the form could not be read" page, which would mean the handler (and
    /// its access checks) never ran.
    Ok,
    /// Sent to the sign-in page (303 to `/sign-in?next=…`).
    SignIn,
    /// 401: the typed-text saves, which hand what was typed back to a signed-out browser.
    Unauth,
    /// The autosave's answer to a signed-out browser: a 200 fragment saying the sign-in has
    /// ended and nothing was saved (the page keeps the text).
    Ended,
    /// 404: no such object for this person (the same answer as for an object that does not
    /// exist), or a role they do not hold.
    NotFound,
}

use Outcome::{Ended as END, NotFound as NF, Ok as OK, SignIn as IN, Unauth as UA};

/// The people, in the table's column order.
const ACTORS: [&str; 7] = [
    "signed out",
    "administrator",
    "training manager",
    "owner (facilitator)",
    "other facilitator",
    "owner's supervisor",
    "other supervisor",
];

/// One route and what each of [`ACTORS`] gets from it.
struct Row {
    method: &'static str,
    path: &'static str,
    expect: [Outcome; 7],
}

const fn row(method: &'static str, path: &'static str, expect: [Outcome; 7]) -> Row {
    Row {
        method,
        path,
        expect,
    }
}

/// Every route, and the answer each person gets, in columns:
/// signed out, administrator, training manager, owner, other facilitator, owner's supervisor,
/// other supervisor.
///
/// The allowed tries run in this order after every refused one, so the routes that change
/// something for good (closing the case, signing out) come last.
#[rustfmt::skip]
const MATRIX: &[Row] = &[
    // Public pages.
    row("GET",  "/",                                   [OK, OK, OK, OK, OK, OK, OK]),
    row("POST", "/language",                           [OK, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/sign-in",                            [OK, OK, OK, OK, OK, OK, OK]),
    row("POST", "/sign-in",                            [OK, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/signed-out",                         [OK, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/activate/{token}",                   [OK, OK, OK, OK, OK, OK, OK]),
    row("POST", "/activate/{token}",                   [OK, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/assets/{*path}",                     [OK, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/healthz",                            [OK, OK, OK, OK, OK, OK, OK]),
    // Typed notes: public routes that check sign-in themselves.
    row("POST", "/sessions/{id}/stages/{stage}",       [UA, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/stages/{stage}/autosave", [END, NF, NF, OK, NF, NF, NF]),
    // Everyone's own pages.
    row("GET",  "/account",                            [IN, OK, OK, OK, OK, OK, OK]),
    row("POST", "/account/language",                   [IN, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/account/password",                   [IN, OK, OK, OK, OK, OK, OK]),
    row("POST", "/account/password",                   [IN, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/training",                           [IN, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/refresher",                          [IN, OK, OK, OK, OK, OK, OK]),
    row("POST", "/refresher/start",                    [IN, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/calibration",                        [IN, OK, OK, OK, OK, OK, OK]),
    row("POST", "/calibration/vignettes/{vignette}/start", [IN, OK, OK, OK, OK, OK, OK]),
    row("GET",  "/supervision/mine",                   [IN, OK, OK, OK, OK, OK, OK]),
    // Administration.
    row("GET",  "/admin/accounts",                     [IN, OK, NF, NF, NF, NF, NF]),
    row("GET",  "/admin/accounts/new",                 [IN, OK, NF, NF, NF, NF, NF]),
    row("POST", "/admin/accounts/new",                 [IN, OK, NF, NF, NF, NF, NF]),
    row("GET",  "/admin/accounts/{id}",                [IN, OK, NF, NF, NF, NF, NF]),
    row("POST", "/admin/accounts/{id}/roles",          [IN, OK, NF, NF, NF, NF, NF]),
    row("POST", "/admin/accounts/{id}/supervisors",    [IN, OK, NF, NF, NF, NF, NF]),
    row("POST", "/admin/accounts/{id}/status",         [IN, OK, NF, NF, NF, NF, NF]),
    row("GET",  "/admin/cover",                        [IN, OK, NF, NF, NF, NF, NF]),
    row("GET",  "/admin/cover/new",                    [IN, OK, NF, NF, NF, NF, NF]),
    row("POST", "/admin/cover/new",                    [IN, OK, NF, NF, NF, NF, NF]),
    // Training records.
    row("GET",  "/training/staff",                     [IN, NF, OK, NF, NF, NF, NF]),
    row("GET",  "/training/staff.csv",                 [IN, NF, OK, NF, NF, NF, NF]),
    row("GET",  "/training/staff/{id}",                [IN, NF, OK, NF, NF, NF, NF]),
    row("POST", "/training/staff/{id}/details",        [IN, NF, OK, NF, NF, NF, NF]),
    row("POST", "/training/staff/{id}/records",        [IN, NF, OK, NF, NF, NF, NF]),
    row("POST", "/training/staff/{id}/records/remove", [IN, NF, OK, NF, NF, NF, NF]),
    row("POST", "/training/staff/{id}/plans",          [IN, NF, OK, NF, NF, NF, NF]),
    row("GET",  "/calibration/dashboard",              [IN, NF, OK, NF, NF, NF, NF]),
    row("GET",  "/training/import",                    [IN, NF, OK, NF, NF, NF, NF]),
    row("POST", "/training/import",                    [IN, NF, OK, NF, NF, NF, NF]),
    // The owner's refresher and calibration attempts.
    row("GET",  "/refresher/attempts/{id}",            [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/refresher/attempts/{id}/questions/{n}", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/refresher/attempts/{id}/questions/{n}", [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/calibration/attempts/{id}",          [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/calibration/attempts/{id}/domains/{n}", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/calibration/attempts/{id}/domains/{n}", [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/calibration/attempts/{id}/check",    [IN, NF, NF, OK, NF, NF, NF]),
    // Cases.
    row("GET",  "/cases",                              [IN, NF, NF, OK, OK, NF, NF]),
    row("GET",  "/cases/new",                          [IN, NF, NF, OK, OK, NF, NF]),
    row("POST", "/cases/new",                          [IN, NF, NF, OK, OK, NF, NF]),
    row("GET",  "/cases/{reference}",                  [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/cases/{reference}/details",          [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/details",          [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/override",         [IN, NF, NF, NF, NF, OK, NF]),
    row("GET",  "/cases/{reference}/reassign",         [IN, NF, NF, NF, NF, OK, NF]),
    row("POST", "/cases/{reference}/reassign",         [IN, NF, NF, NF, NF, OK, NF]),
    row("GET",  "/cases/{reference}/sessions/new",     [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/sessions/new",     [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/cases/{reference}/concerns/new",     [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/concerns/new",     [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/concerns/{id}/acknowledge",          [IN, NF, NF, NF, NF, OK, NF]),
    // Sessions.
    row("GET",  "/review",                             [IN, NF, NF, NF, NF, OK, OK]),
    row("GET",  "/sessions/{id}",                      [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/sessions/{id}/plan",                 [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/plan",                 [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/sessions/{id}/stages/{stage}",       [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/sessions/{id}/close",                [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/close",                [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/comments",             [IN, NF, NF, NF, NF, OK, NF]),
    row("POST", "/sessions/{id}/return",               [IN, NF, NF, NF, NF, OK, NF]),
    row("POST", "/sessions/{id}/sign-off",             [IN, NF, NF, NF, NF, OK, NF]),
    row("GET",  "/sessions/{id}/amend",                [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/amend",                [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/begin",                [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sessions/{id}/submit",               [IN, NF, NF, OK, NF, NF, NF]),
    // Formulations.
    row("GET",  "/cases/{reference}/formulation",      [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/cases/{reference}/formulation/compare", [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/cases/{reference}/formulation/{number}", [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/cases/{reference}/formulation/{number}/factors/{factor}", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/factors/{factor}", [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/cases/{reference}/formulation/{number}/domains/{domain}", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/domains/{domain}", [IN, NF, NF, OK, NF, NF, NF]),
    row("GET",  "/cases/{reference}/formulation/{number}/summary", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/summary", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/start", [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/submit", [IN, NF, NF, OK, NF, NF, NF]),
    // The owner can read the version, so the form answers them (422, "you cannot review your
    // own formulation") rather than hiding it.
    row("POST", "/cases/{reference}/formulation/{number}/review", [IN, NF, NF, OK, NF, OK, NF]),
    // Second rating of a formulation version by one of the case's supervisors. The version
    // here is a draft, which nobody may second-rate yet: every person gets 404 (the allowed path
    // on a submitted version is left to the second rating's own tests).
    row("GET",  "/cases/{reference}/formulation/{number}/second-rating", [IN, NF, NF, NF, NF, NF, NF]),
    // (Starting is refused by the form, 422, for the supervisor: the version is not submitted.)
    row("POST", "/cases/{reference}/formulation/{number}/second-rating/start", [IN, NF, NF, NF, NF, OK, NF]),
    row("GET",  "/cases/{reference}/formulation/{number}/second-rating/domains/{n}", [IN, NF, NF, NF, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/second-rating/domains/{n}", [IN, NF, NF, NF, NF, NF, NF]),
    row("GET",  "/cases/{reference}/formulation/{number}/second-rating/check", [IN, NF, NF, NF, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/second-rating/submit", [IN, NF, NF, NF, NF, NF, NF]),
    row("POST", "/cases/{reference}/formulation/{number}/second-rating/abandon", [IN, NF, NF, NF, NF, NF, NF]),
    // Information sharing.
    row("GET",  "/cases/{reference}/sharing/new",      [IN, NF, NF, OK, NF, OK, NF]),
    row("POST", "/cases/{reference}/sharing/new",      [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/cases/{reference}/sharing/{record}", [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/cases/{reference}/summary",          [IN, NF, NF, OK, NF, OK, NF]),
    row("POST", "/cases/{reference}/summary",          [IN, NF, NF, OK, NF, OK, NF]),
    // Supervision.
    row("GET",  "/supervision",                        [IN, NF, NF, NF, NF, OK, OK]),
    row("GET",  "/supervision/{supervisee}",           [IN, NF, NF, NF, NF, OK, NF]),
    row("GET",  "/supervision/{supervisee}/new",       [IN, NF, NF, NF, NF, OK, NF]),
    row("POST", "/supervision/{supervisee}/new",       [IN, NF, NF, NF, NF, OK, NF]),
    row("GET",  "/supervision/records/{record}",       [IN, NF, NF, OK, NF, OK, NF]),
    row("GET",  "/supervision/records/{record}/edit",  [IN, NF, NF, NF, NF, OK, NF]),
    row("POST", "/supervision/records/{record}/edit",  [IN, NF, NF, NF, NF, OK, NF]),
    // Last: what changes something for good.
    row("POST", "/refresher/attempts/{id}/abandon",    [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/calibration/attempts/{id}/submit",   [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/admin/accounts/{id}/reset",          [IN, OK, NF, NF, NF, NF, NF]),
    row("POST", "/cases/{reference}/close",            [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/cases/{reference}/reopen",           [IN, NF, NF, OK, NF, NF, NF]),
    row("POST", "/sign-out",                           [OK, OK, OK, OK, OK, OK, OK]),
];

/// The English text of the page for a form the framework could not read.
const UNREADABLE: &str = "The form could not be read";
/// The English text of the autosave's answer to a signed-out browser.
const SIGNED_OUT_NOT_SAVED: &str = "Not saved: you have been signed out.";
/// The English text of the page for a refused form (CSRF).
const CSRF_REFUSED: &str = "This form could not be sent";

/// A response, reduced to what the matrix compares; `Err` for an answer no route should give
/// anyone (a server error, a form the framework could not read, a CSRF refusal in a try that
/// carried its token).
fn classify(page: &Page) -> Result<Outcome, String> {
    let status = page.status.as_u16();
    match status {
        200..=299 if page.body.contains(SIGNED_OUT_NOT_SAVED) => Ok(Outcome::Ended),
        200..=299 => Ok(Outcome::Ok),
        300..=399 => match page.location() {
            Some(target) if target.starts_with("/sign-in") => Ok(Outcome::SignIn),
            Some(_) => Ok(Outcome::Ok),
            None => Err(format!("{status} without a Location")),
        },
        400 | 409 | 422 if page.body.contains(UNREADABLE) => Err(format!(
            "{status}: the framework could not read the form, so the handler never ran"
        )),
        400 | 409 | 422 => Ok(Outcome::Ok),
        401 => Ok(Outcome::Unauth),
        404 => Ok(Outcome::NotFound),
        403 if page.body.contains(CSRF_REFUSED) => Err("403: the CSRF check refused it".into()),
        _ => Err(format!("unexpected status {status}")),
    }
}

/// Checks the headers every response must carry; returns what is wrong.
fn header_problems(path: &str, page: &Page) -> Vec<String> {
    let header = |name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let mut problems = Vec::new();
    let csp = header("content-security-policy");
    if !(csp.contains("default-src 'self'")
        && csp.contains("script-src 'self'")
        && csp.contains("frame-ancestors 'none'")
        && !csp.contains("unsafe-inline"))
    {
        problems.push(format!("content-security-policy is {csp:?}"));
    }
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
    ] {
        if header(name) != value {
            problems.push(format!("{name} is {:?}, not {value:?}", header(name)));
        }
    }
    let cache = header("cache-control");
    if path.starts_with("/assets/") {
        // Assets set their own caching (a year with `?v=`, else revalidation by ETag).
        if cache.is_empty() {
            problems.push("an asset has no cache-control".into());
        }
    } else if cache != "no-store" {
        problems.push(format!("cache-control is {cache:?}, not \"no-store\""));
    }
    problems
}

/// Fills a path pattern: each `{param}` from `values`, keyed by the pattern up to and
/// including it (`/sessions/{id}` and `/refresher/attempts/{id}` are different ids).
fn fill(pattern: &str, values: &BTreeMap<String, String>) -> String {
    let mut prefix = String::new();
    let mut path = String::new();
    for segment in pattern.split('/').skip(1) {
        prefix.push('/');
        prefix.push_str(segment);
        path.push('/');
        if segment.starts_with('{') {
            let value = values.get(&prefix).unwrap_or_else(|| {
                panic!("no value for {prefix:?}: add one to the objects the test makes")
            });
            path.push_str(value);
        } else {
            path.push_str(segment);
        }
    }
    if path.is_empty() { "/".into() } else { path }
}

/// How the token travels in a try.
#[derive(Clone, Copy, PartialEq)]
enum Token {
    /// In the form, as a page sends it.
    Given,
    /// Not at all.
    Missing,
    /// In the form, but from another site (`Origin` and `Sec-Fetch-Site` say so).
    CrossSite,
}

/// The fields of the form a route's object needs (`"{METHOD} {pattern}"` in `values`).
fn own_fields(
    method: &Method,
    pattern: &str,
    values: &BTreeMap<String, String>,
) -> Vec<(String, String)> {
    values
        .get(&format!("{method} {pattern}"))
        .map(|form| {
            form.split('&')
                .filter_map(|pair| pair.split_once('='))
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// Sends `method path` from `browser`, with a form body: empty but for the token and the
/// fields in `values` under `"{METHOD} {pattern}"` (what names the object a form acts on), or
/// the multipart form the import page takes.
async fn send(
    browser: &Browser,
    method: &Method,
    pattern: &str,
    values: &BTreeMap<String, String>,
    token: Token,
) -> Page {
    let fields = own_fields(method, pattern, values);
    send_fields(browser, method, pattern, values, token, &fields).await
}

/// Sends `method path` from `browser` with the token (as `token` says) and `fields`.
async fn send_fields(
    browser: &Browser,
    method: &Method,
    pattern: &str,
    values: &BTreeMap<String, String>,
    token: Token,
    fields: &[(String, String)],
) -> Page {
    let path = fill(pattern, values);
    let csrf = browser.csrf_token().await;
    let mut request = browser.client.request(method.clone(), browser.url(&path));
    if *method != Method::GET && *method != Method::HEAD {
        let mut body: Vec<(&str, &str)> = Vec::new();
        if token != Token::Missing {
            body.push(("csrf_token", &csrf));
        }
        body.extend(fields.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        request = if path == "/training/import" {
            let mut form = reqwest::multipart::Form::new();
            for (name, value) in body {
                form = form.text(name.to_owned(), value.to_owned());
            }
            request.multipart(form)
        } else {
            request.form(&body)
        };
    }
    if token == Token::CrossSite {
        request = request
            .header("origin", "http://attacker.example")
            .header("sec-fetch-site", "cross-site");
    }
    let response = request.send().await.expect("request sent");
    Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap_or_default(),
    }
}

/// A fingerprint of every row of every table: equal before and after means nothing changed.
async fn fingerprint(app: &TestApp) -> u64 {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(app.db.reader())
    .await
    .unwrap();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for table in tables {
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(&table)
                .fetch_all(app.db.reader())
                .await
                .unwrap();
        let quoted: Vec<String> = columns.iter().map(|c| format!("quote(\"{c}\")")).collect();
        let sql = format!("SELECT {} FROM \"{table}\"", quoted.join(" || '|' || "));
        let mut rows: Vec<String> = sqlx::query_scalar(&sql)
            .fetch_all(app.db.reader())
            .await
            .unwrap_or_else(|e| panic!("reading {table}: {e}"));
        rows.sort();
        table.hash(&mut hasher);
        rows.hash(&mut hasher);
    }
    hasher.finish()
}

/// Fails the test listing every problem found, if there are any.
fn assert_no_problems(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The people and objects every path needs.
struct World {
    actors: Vec<Browser>,
    values: BTreeMap<String, String>,
}

fn value(values: &mut BTreeMap<String, String>, key: &str, value: impl Into<String>) {
    values.insert(key.to_owned(), value.into());
}

/// The last path segment of a redirect's target, before any query or fragment.
fn id_after(target: &str, prefix: &str) -> String {
    target
        .strip_prefix(prefix)
        .unwrap_or_else(|| panic!("{target} does not start with {prefix}"))
        .split(['/', '?', '#'])
        .next()
        .unwrap()
        .to_owned()
}

async fn world(app: &TestApp) -> World {
    let (sam_id, _sue_id, _) = common::journeys::with_sam_sue_and_recovery(app).await;
    app.add_person(
        "tess@example.org",
        "Tess Training",
        &["training-manager"],
        &password(5),
    )
    .await;
    app.add_person(
        "sid@example.org",
        "Sid Super",
        &["supervisor"],
        &password(6),
    )
    .await;
    let fay = app
        .add_supervised(
            "fay@example.org",
            "Fay Other",
            &["facilitator"],
            &password(7),
            &["sid@example.org"],
        )
        .await;
    app.make_trained(&fay).await;
    // The person the administrator's and training manager's pages are about.
    let pat = app
        .add_person(
            "pat@example.org",
            "Pat Target",
            &["facilitator"],
            &password(8),
        )
        .await;
    app.make_trained(&pat).await;
    let token = app
        .invite_person(
            "ivy@example.org",
            "Ivy Invited",
            &["facilitator"],
            std::time::Duration::from_secs(3600),
        )
        .await;

    let signed_out = app.browser();
    signed_out.csrf_token().await;
    let ada = signed_in(app, "ada@example.org", 1).await;
    let tess = signed_in(app, "tess@example.org", 5).await;
    let sam = signed_in(app, SAM, 2).await;
    let fay_browser = signed_in(app, "fay@example.org", 7).await;
    let sue = signed_in(app, SUE, 4).await;
    let sid = signed_in(app, "sid@example.org", 6).await;

    let mut values = BTreeMap::new();
    value(&mut values, "/activate/{token}", token);
    value(&mut values, "/assets/{*path}", "app.css");
    value(&mut values, "/admin/accounts/{id}", pat.as_str());
    value(&mut values, "/training/staff/{id}", pat.as_str());
    // The record the removal names: one of Pat's (made by `make_trained`, 30 days ago).
    let trained_on = dialogues::training::today() - chrono::Duration::days(30);
    value(
        &mut values,
        "POST /training/staff/{id}/records/remove",
        format!(
            "requirement=aspects&module=&completed_on={}",
            trained_on.format("%Y-%m-%d")
        ),
    );
    value(&mut values, "/supervision/{supervisee}", sam_id.as_str());

    // Sam's case, with a session in progress, a concern, a formulation draft and a sharing
    // record.
    let reference = open_case(&sam, "Robin Example").await;
    let session = plan_session(&sam, &reference, "getting-started").await;
    let begun = sam.post(&format!("/sessions/{session}/begin"), &[]).await;
    assert_eq!(begun.status, 303, "{}", begun.body);
    value(&mut values, "/cases/{reference}", &reference);
    value(&mut values, "/sessions/{id}", &session);
    value(&mut values, "/sessions/{id}/stages/{stage}", "check-in");
    let raised = sam
        .post(
            &format!("/cases/{reference}/concerns/new"),
            &[("what", "Something worrying")],
        )
        .await;
    assert_eq!(raised.status, 200, "the concern is recorded");
    let concern: String = sqlx::query_scalar("SELECT id FROM concerns")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    value(&mut values, "/concerns/{id}", concern);
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    let number = id_after(
        &location(&started),
        &format!("/cases/{reference}/formulation/"),
    );
    let framework = common::journeys::framework();
    value(
        &mut values,
        "/cases/{reference}/formulation/{number}",
        &number,
    );
    value(
        &mut values,
        "/cases/{reference}/formulation/{number}/factors/{factor}",
        &framework.factors[0],
    );
    value(
        &mut values,
        "/cases/{reference}/formulation/{number}/second-rating/domains/{n}",
        "1",
    );
    value(
        &mut values,
        "/cases/{reference}/formulation/{number}/domains/{domain}",
        &framework.domains[0],
    );
    let shared = sam
        .post(
            &format!("/cases/{reference}/sharing/new"),
            &[
                ("shared_on-day", "14"),
                ("shared_on-month", "3"),
                ("shared_on-year", "2025"),
                ("recipient", "DS Rivers, Prevent lead"),
                ("agency", "County Police"),
                ("basis", "other"),
                ("basis_other", "Information-sharing agreement 12"),
                ("decided_by", "Sue Super"),
                ("what", "Matrix test record"),
            ],
        )
        .await;
    assert_eq!(shared.status, 303, "{}", shared.body);
    let record: String = sqlx::query_scalar("SELECT id FROM sharing_records")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    value(&mut values, "/cases/{reference}/sharing/{record}", record);

    // Sue's supervision record of a meeting with Sam.
    let form = sue.get(&format!("/supervision/{sam_id}/new")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let today = dialogues::training::today();
    let (day, month, year) = (
        chrono::Datelike::day(&today).to_string(),
        chrono::Datelike::month(&today).to_string(),
        chrono::Datelike::year(&today).to_string(),
    );
    let saved = sue
        .post(
            &format!("/supervision/{sam_id}/new"),
            &[
                ("record", &hidden(&form.body, "record")),
                ("version", &common::journeys::version_in(&form.body)),
                ("held_on-day", &day),
                ("held_on-month", &month),
                ("held_on-year", &year),
                ("reflective_notes", "Matrix test notes"),
                ("wellbeing", "steady"),
                ("support_agreed", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let record: String = sqlx::query_scalar("SELECT id FROM supervision_records")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    value(&mut values, "/supervision/records/{record}", record);

    // Sam's refresher and calibration attempts.
    let refresher = sam.post("/refresher/start", &[]).await;
    let attempt = id_after(&location(&refresher), "/refresher/attempts/");
    value(&mut values, "/refresher/attempts/{id}", attempt);
    value(&mut values, "/refresher/attempts/{id}/questions/{n}", "1");
    // The built-in toolkit's first calibration vignette.
    let vignette = "vignette-a";
    value(&mut values, "/calibration/vignettes/{vignette}", vignette);
    let calibration = sam
        .post(&format!("/calibration/vignettes/{vignette}/start"), &[])
        .await;
    let attempt = id_after(&location(&calibration), "/calibration/attempts/");
    value(&mut values, "/calibration/attempts/{id}", attempt);
    value(&mut values, "/calibration/attempts/{id}/domains/{n}", "1");

    World {
        actors: vec![signed_out, ada, tess, sam, fay_browser, sue, sid],
        values,
    }
}

/// The value of a hidden form field.
fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no hidden field {name}"))
        + marker.len();
    body[at..at + body[at..].find('"').unwrap()].to_owned()
}

/// The table's routes against the router's: both ways, every difference named.
fn table_problems() -> Vec<String> {
    let registered: BTreeSet<(String, String)> = route_table()
        .iter()
        .flat_map(|route| {
            route
                .methods
                .iter()
                .map(|m| (m.as_str().to_owned(), route.path.to_owned()))
        })
        .collect();
    let tabled: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    let mut problems = Vec::new();
    for (method, path) in registered.difference(&tabled) {
        problems.push(format!(
            "route {method} {path} is not in the access matrix: add a row for it"
        ));
    }
    for (method, path) in tabled.difference(&registered) {
        problems.push(format!(
            "the access matrix names {method} {path}, which the router does not have"
        ));
    }
    if tabled.len() != MATRIX.len() {
        problems.push("the access matrix names a route twice".into());
    }
    problems
}

#[test]
fn the_matrix_names_every_route_of_the_router_and_nothing_else() {
    let problems = table_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let table = route_table();
    assert!(
        table
            .iter()
            .any(|r| r.access == Access::SignedIn && r.path == "/cases/{reference}"),
        "signed-in routes are marked as such"
    );
}

/// No file in `src/` builds routes with axum itself: every route goes through
/// `src/web/routes.rs`, so it is in the route table and so in this matrix.
#[test]
fn no_route_bypasses_the_registry() {
    let forbidden = [
        "routing::",
        "MethodRouter",
        "Router::new",
        "Router::<",
        ".route_service(",
        ".nest(",
        ".nest_service(",
        ".fallback_service(",
    ];
    let mut found = Vec::new();
    for file in common::files_under("src", "rs") {
        if file.ends_with("src/web/routes.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests may build their own little routers.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for pattern in forbidden {
            if code.contains(pattern) {
                found.push(format!("{}: {pattern}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "routes must be added with crate::web::routes (Routes::route with its get/post), \
         never with axum directly:\n{}",
        found.join("\n")
    );
}

#[tokio::test]
async fn every_route_answers_every_person_as_the_matrix_says() {
    let problems = table_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let app = TestApp::spawn().await;
    let world = world(&app).await;
    let mut failures: Vec<String> = Vec::new();
    let mut requests = 0usize;

    let check = |row: &Row, actor: usize, page: &Page, failures: &mut Vec<String>| {
        let path = fill(row.path, &world.values);
        let expected = row.expect[actor];
        match classify(page) {
            Ok(got) if got == expected => {}
            Ok(got) => failures.push(format!(
                "{} {} as {}: expected {expected:?}, got {got:?} ({})",
                row.method, row.path, ACTORS[actor], page.status
            )),
            Err(problem) => failures.push(format!(
                "{} {} as {}: expected {expected:?}, but {problem}",
                row.method, row.path, ACTORS[actor]
            )),
        }
        for problem in header_problems(&path, page) {
            failures.push(format!(
                "{} {} as {}: {problem}",
                row.method, row.path, ACTORS[actor]
            ));
        }
    };

    // 1. Every try that the matrix says is refused: these change nothing, so they all run
    //    before any allowed one.
    for row in MATRIX {
        let method: Method = row.method.parse().unwrap();
        for (actor, browser) in world.actors.iter().enumerate() {
            if row.expect[actor] == Outcome::Ok {
                continue;
            }
            let page = send(browser, &method, row.path, &world.values, Token::Given).await;
            requests += 1;
            check(row, actor, &page, &mut failures);
        }
    }

    // 2. Every state-changing route, by the first person allowed to use it, without its token
    //    and from another site: refused, and nothing in the database changes.
    let before = fingerprint(&app).await;
    let mut forged = 0usize;
    for row in MATRIX.iter().filter(|r| r.method != "GET") {
        let method: Method = row.method.parse().unwrap();
        let path = fill(row.path, &world.values);
        let actor = row
            .expect
            .iter()
            .position(|o| *o == Outcome::Ok)
            .unwrap_or(0);
        for token in [Token::Missing, Token::CrossSite] {
            let page = send(
                &world.actors[actor],
                &method,
                row.path,
                &world.values,
                token,
            )
            .await;
            forged += 1;
            if page.status != 403 || !page.body.contains(CSRF_REFUSED) {
                failures.push(format!(
                    "{} {} as {} {}: expected the 403 CSRF page, got {}",
                    row.method,
                    row.path,
                    ACTORS[actor],
                    if token == Token::Missing {
                        "without its token"
                    } else {
                        "from another site"
                    },
                    page.status
                ));
            }
            failures.extend(
                header_problems(&path, &page)
                    .into_iter()
                    .map(|p| format!("{} {} forged: {p}", row.method, row.path)),
            );
        }
    }
    assert_eq!(
        fingerprint(&app).await,
        before,
        "a refused forged request changed the database"
    );

    // 3. Every method a path was not registered for answers 405 (so the table's methods are
    //    exactly what the app serves).
    let mut wrong_methods = 0usize;
    // A path can be registered twice (the typed-text saves are public, the stage page is not):
    // its methods are all of them.
    let mut paths: BTreeMap<&str, Vec<Method>> = BTreeMap::new();
    for route in route_table() {
        paths.entry(route.path).or_default().extend(route.methods);
    }
    for (pattern, methods) in paths {
        let route = dialogues::web::routes::RouteInfo {
            path: pattern,
            methods,
            access: Access::Public,
        };
        let path = fill(route.path, &world.values);
        for method in [
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::DELETE,
            Method::PATCH,
        ] {
            if route.methods.contains(&method) {
                continue;
            }
            let page = send(
                &world.actors[3],
                &method,
                route.path,
                &world.values,
                Token::Given,
            )
            .await;
            wrong_methods += 1;
            if page.status != 405 {
                failures.push(format!(
                    "{method} {} (registered for {:?}): expected 405, got {}",
                    route.path, route.methods, page.status
                ));
            }
            failures.extend(
                header_problems(&path, &page)
                    .into_iter()
                    .map(|p| format!("{method} {}: {p}", route.path)),
            );
        }
    }

    // 4. Every allowed try, in the table's order (what changes something for good is last).
    for row in MATRIX {
        let method: Method = row.method.parse().unwrap();
        for (actor, browser) in world.actors.iter().enumerate() {
            if row.expect[actor] != Outcome::Ok {
                continue;
            }
            let page = send(browser, &method, row.path, &world.values, Token::Given).await;
            requests += 1;
            check(row, actor, &page, &mut failures);
        }
    }

    println!(
        "access matrix: {} routes x {} actors = {requests} requests \
         (+ {forged} forged, + {wrong_methods} with a method not registered)",
        MATRIX.len(),
        ACTORS.len()
    );
    assert_no_problems(&failures);
    app.stop().await;
}

/// The `name` of every form field on `body`.
fn field_names(body: &str) -> impl Iterator<Item = String> + '_ {
    body.split(" name=\"").skip(1).filter_map(|rest| {
        let name = &rest[..rest.find('"')?];
        (!name.is_empty() && name != "csrf_token").then(|| name.to_owned())
    })
}

/// Form bodies (issue #14's fuzzing of "form bodies", for every form the app has): each
/// state-changing route that someone may use, by that person, sent [`BODIES_PER_FORM`] bodies of
/// arbitrary text under its own field names, other forms' field names and made-up ones (with
/// repeats and missing fields). Every answer is a page or a redirect with the security headers,
/// never a server error; afterwards the database passes `integrity_check` and the audit chain
/// verifies.
#[tokio::test]
async fn every_form_answers_any_fields_with_a_page_never_a_server_error() {
    use common::inputs::{draws, typed_text};
    use proptest::prelude::*;
    const BODIES_PER_FORM: usize = 8;

    let app = TestApp::spawn().await;
    let world = world(&app).await;

    // Every field name any page shows, as seen by the people allowed to see it.
    let mut names: BTreeSet<String> = BTreeSet::new();
    for row in MATRIX.iter().filter(|r| r.method == "GET") {
        for (actor, browser) in world.actors.iter().enumerate() {
            if row.expect[actor] == Outcome::Ok {
                let page = send(browser, &Method::GET, row.path, &world.values, Token::Given).await;
                names.extend(field_names(&page.body));
            }
        }
    }
    assert!(
        names.len() > 40,
        "only {} field names were found on the pages: {names:?}",
        names.len()
    );

    let mut failures: Vec<String> = Vec::new();
    let mut sent = 0usize;
    let mut answers: BTreeMap<&str, usize> = BTreeMap::new();
    let mut forms = 0usize;
    for row in MATRIX.iter().filter(|r| r.method != "GET") {
        let method: Method = row.method.parse().unwrap();
        let Some(actor) = row.expect.iter().position(|o| *o == Outcome::Ok) else {
            continue;
        };
        forms += 1;
        let own = own_fields(&method, row.path, &world.values);
        let mut pool: Vec<String> = names.iter().cloned().collect();
        pool.extend(own.iter().map(|(name, _)| name.clone()));
        let name = prop_oneof![
            3 => proptest::sample::select(pool),
            1 => "[a-z_-]{1,12}",
        ];
        let strategy = (
            any::<bool>(),
            proptest::collection::vec((name, typed_text()), 0..10),
        );
        for (keep_own, typed) in draws(strategy, BODIES_PER_FORM) {
            // The object's own fields (so the handler reaches its checks), some overwritten;
            // or only what was drawn.
            let mut fields = if keep_own { own.clone() } else { Vec::new() };
            for (name, value) in typed {
                match fields.iter_mut().find(|(n, _)| *n == name) {
                    Some(field) if keep_own => field.1 = value,
                    _ => fields.push((name, value)),
                }
            }
            let page = send_fields(
                &world.actors[actor],
                &method,
                row.path,
                &world.values,
                Token::Given,
                &fields,
            )
            .await;
            sent += 1;
            let status = page.status.as_u16();
            let kind = match status {
                200..=299 => "page",
                300..=399 if page.location().is_some_and(|t| t.starts_with("/sign-in")) => {
                    "to sign-in"
                }
                300..=399 => "redirect",
                _ if page.body.contains(UNREADABLE) => "unreadable form",
                400..=499 => "refused by the handler",
                _ => "server error",
            };
            *answers.entry(kind).or_default() += 1;
            let field_list: Vec<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
            if status >= 500 || (status == 403 && page.body.contains(CSRF_REFUSED)) {
                failures.push(format!(
                    "{} {} as {}: {status} for fields {field_list:?}",
                    row.method, row.path, ACTORS[actor]
                ));
            } else if status >= 400 && !page.body.contains("govuk-") {
                failures.push(format!(
                    "{} {} as {}: {status} without a page for fields {field_list:?}",
                    row.method, row.path, ACTORS[actor]
                ));
            }
            let path = fill(row.path, &world.values);
            failures.extend(
                header_problems(&path, &page)
                    .into_iter()
                    .map(|p| format!("{} {}: {p}", row.method, row.path)),
            );
        }
    }

    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
    let verdict = dialogues::audit::verify(app.db.reader()).await.unwrap();
    assert!(
        matches!(verdict, dialogues::audit::Verdict::Intact { .. }),
        "{verdict:?}"
    );
    println!(
        "form bodies: {sent} bodies to {forms} forms, from {} field names; answers: {answers:?}",
        names.len()
    );
    assert_no_problems(&failures);
    app.stop().await;
}
