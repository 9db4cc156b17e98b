//! Steps of the case and session journeys that several test files share: an organisation with a
//! supervisor and a trained facilitator, signing in, opening a case, planning and closing a
//! session through the real pages.

use dialogues::accounts::UserId;
use dialogues::crypto::KeyPair;
use dialogues::toolkit::Toolkit;

use super::{Browser, Page, TestApp, password};

pub const SAM: &str = "sam@example.org";
pub const SUE: &str = "sue@example.org";

/// An organisation with Sue (supervisor) and Sam (trained facilitator she supervises).
pub async fn with_sam_and_sue(app: &TestApp) -> (UserId, UserId) {
    let (sam, sue, _) = with_sam_sue_and_recovery(app).await;
    (sam, sue)
}

/// The same, with the organisation's recovery key (to open what was stored, in assertions).
pub async fn with_sam_sue_and_recovery(app: &TestApp) -> (UserId, UserId, KeyPair) {
    let (_, recovery) = app.init_organisation("ada@example.org", &password(1)).await;
    let sue = app
        .add_person(SUE, "Sue Super", &["supervisor"], &password(4))
        .await;
    let sam = app
        .add_supervised(SAM, "Sam Jones", &["facilitator"], &password(2), &[SUE])
        .await;
    app.make_trained(&sam).await;
    (sam, sue, recovery)
}

pub async fn signed_in(app: &TestApp, email: &str, n: u32) -> Browser {
    let browser = app.browser();
    browser.sign_in(email, &password(n)).await;
    browser
}

pub fn location(page: &Page) -> String {
    page.location()
        .unwrap_or_else(|| panic!("a redirect, got {}: {}", page.status, page.body))
        .to_owned()
}

/// Opens a case through the form; returns its reference.
pub async fn open_case(browser: &Browser, name: &str) -> String {
    let page = browser
        .post(
            "/cases/new",
            &[
                ("name", name),
                ("date_of_birth-day", "3"),
                ("date_of_birth-month", "2"),
                ("date_of_birth-year", "1990"),
                ("number", "A1234BC"),
                ("setting", "custody"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    let target = location(&page);
    let reference = target
        .trim_start_matches("/cases/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    assert!(reference.starts_with("DD-"), "{target}");
    reference
}

/// Plans a session of `module` on a case; returns the session id.
pub async fn plan_session(browser: &Browser, reference: &str, module: &str) -> String {
    let page = browser
        .post(
            &format!("/cases/{reference}/sessions/new"),
            &[("module", module)],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    location(&page)
        .trim_start_matches("/sessions/")
        .trim_end_matches("/plan")
        .to_owned()
}

/// The `version` a page's form carries.
pub fn version_in(body: &str) -> String {
    let at = body
        .find("name=\"version\"")
        .expect("the form carries its version");
    let rest = &body[at..];
    let start = rest.find("value=\"").unwrap() + 7;
    rest[start..start + rest[start..].find('"').unwrap()].to_owned()
}

/// Plans, begins and closes a session of `module` whose closing tags `note` as evidence for
/// `factor`. Returns the session id.
pub async fn closed_session_with_evidence(
    browser: &Browser,
    reference: &str,
    module: &str,
    factor: &str,
    note: &str,
) -> String {
    let session = plan_session(browser, reference, module).await;
    let begun = browser
        .post(&format!("/sessions/{session}/begin"), &[])
        .await;
    assert_eq!(begun.status, 303, "{}", begun.body);
    let close = browser.get(&format!("/sessions/{session}/close")).await;
    let evidence_field = format!("evidence-{factor}");
    let closed = browser
        .post(
            &format!("/sessions/{session}/close"),
            &[
                ("summary", "A steady session."),
                ("engagement", "engaged"),
                ("actions", "Meet again."),
                (evidence_field.as_str(), note),
                ("version", &version_in(&close.body)),
            ],
        )
        .await;
    assert_eq!(
        location(&closed),
        format!("/sessions/{session}?done=closed"),
        "{}",
        closed.body
    );
    session
}

/// The built-in toolkit's framework: factor ids in framework order, domain ids, the scale's
/// ranked ids and its unranked ("not enough information") id, and the first module's id.
pub struct Framework {
    pub factors: Vec<String>,
    pub domains: Vec<String>,
    pub ranked: Vec<String>,
    pub unranked: String,
    pub module: String,
}

pub fn framework() -> Framework {
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    let domains: Vec<String> = content
        .framework
        .domains
        .get_ref()
        .iter()
        .map(|d| d.id.get_ref().clone())
        .collect();
    let factors = domains
        .iter()
        .flat_map(|id| {
            content
                .domains
                .iter()
                .filter(move |d| d.domain.get_ref() == id)
                .flat_map(|d| d.factors.get_ref().iter())
                .map(|f| f.id.get_ref().clone())
        })
        .collect();
    let scale = content.framework.scale.get_ref();
    Framework {
        factors,
        domains,
        ranked: scale
            .iter()
            .filter(|p| p.rank.is_some())
            .map(|p| p.id.get_ref().clone())
            .collect(),
        unranked: scale
            .iter()
            .find(|p| p.rank.is_none())
            .map(|p| p.id.get_ref().clone())
            .unwrap(),
        module: content.modules[0].id.get_ref().clone(),
    }
}
