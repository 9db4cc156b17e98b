//! Calibration exercises through the web: blind rating (no URL shows the reference or the group
//! before you submit), the results page with its figures and "cannot be calculated" cases, the
//! error paths of rating and submitting, and completion in the training record.

mod common;

use std::collections::BTreeMap;

use common::journeys::{location, signed_in};
use common::{Browser, Page, TestApp, password};
use dialogues::accounts::UserId;
use dialogues::toolkit::Toolkit;

const VIGNETTE: &str = "vignette-a";

struct Setup {
    app: TestApp,
    sam: UserId,
}

/// Ada (administrator), Sam and Pat (facilitators) and Tia (training manager).
async fn setup() -> Setup {
    let app = TestApp::spawn().await;
    app.init_organisation("ada@example.org", &password(1)).await;
    let sam = app.add_sam().await;
    app.add_person("pat@example.org", "Pat Lee", &["facilitator"], &password(3))
        .await;
    app.add_person(
        "tia@example.org",
        "Tia Train",
        &["training-manager"],
        &password(5),
    )
    .await;
    Setup { app, sam }
}

/// The factor ids of each domain, in order, and the reference ratings of the vignette.
fn framework() -> (Vec<Vec<String>>, BTreeMap<String, String>, Toolkit) {
    let toolkit = Toolkit::builtin().expect("the built-in toolkit loads");
    let content = toolkit.content(toolkit.source_language);
    let domains = dialogues::calibration::domains(content)
        .into_iter()
        .map(|(_, factors)| factors.iter().map(|f| f.id.get_ref().clone()).collect())
        .collect();
    let vignette = content
        .vignettes
        .iter()
        .find(|v| v.id.get_ref() == VIGNETTE)
        .expect("the vignette");
    let reference = vignette
        .reference
        .get_ref()
        .iter()
        .map(|r| (r.factor.get_ref().clone(), r.rating.get_ref().clone()))
        .collect();
    (domains, reference, toolkit.clone())
}

/// A rationale from the reference ratings: text that only the results page may show.
fn a_rationale() -> String {
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    let vignette = content
        .vignettes
        .iter()
        .find(|v| v.id.get_ref() == VIGNETTE)
        .unwrap();
    vignette.reference.get_ref()[0].rationale.clone()
}

async fn start(browser: &Browser) -> String {
    let page = browser
        .post(&format!("/calibration/vignettes/{VIGNETTE}/start"), &[])
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    location(&page)
        .strip_prefix("/calibration/attempts/")
        .expect("an attempt URL")
        .to_owned()
}

/// Rates every factor with `choose(factor)`, one domain page at a time.
async fn rate_all(browser: &Browser, attempt: &str, choose: impl Fn(&str) -> String) {
    let (domains, _, _) = framework();
    for (i, factors) in domains.iter().enumerate() {
        let ratings: Vec<(String, String)> =
            factors.iter().map(|f| (f.clone(), choose(f))).collect();
        let fields: Vec<(&str, &str)> = ratings
            .iter()
            .map(|(f, r)| (f.as_str(), r.as_str()))
            .collect();
        let page = browser
            .post(
                &format!("/calibration/attempts/{attempt}/domains/{}", i + 1),
                &fields,
            )
            .await;
        assert_eq!(page.status, 303, "{}", page.body);
    }
}

async fn submit(browser: &Browser, attempt: &str) -> Page {
    browser
        .post(&format!("/calibration/attempts/{attempt}/submit"), &[])
        .await
}

async fn get_hx(browser: &Browser, path: &str) -> Page {
    let response = browser
        .client
        .get(browser.url(path))
        .header("hx-request", "true")
        .send()
        .await
        .unwrap();
    Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

/// Whether a page shows anything only the results may show.
fn reveals(page: &Page, rationale: &str) -> bool {
    page.body.contains(rationale)
        || page.body.contains("Reference rating")
        || page.body.contains("Everyone&#39;s ratings")
        || page.body.contains("Everyone's ratings")
        || page.body.contains("The group&#39;s kappa")
        || page.body.contains("The group's kappa")
}

#[tokio::test]
async fn nothing_of_the_reference_or_the_group_shows_before_submitting() {
    let s = setup().await;
    let (domains, reference, _) = framework();
    let rationale = a_rationale();

    // Pat rates and submits first, so there are group ratings to leak.
    let pat = signed_in(&s.app, "pat@example.org", 3).await;
    let pat_attempt = start(&pat).await;
    rate_all(&pat, &pat_attempt, |f| reference[f].clone()).await;
    assert_eq!(submit(&pat, &pat_attempt).await.status, 303);
    let pat_results = pat
        .get(&format!("/calibration/attempts/{pat_attempt}"))
        .await;
    assert_eq!(pat_results.status, 200);
    assert!(reveals(&pat_results, &rationale), "Pat sees the results");

    // Sam has started and rated one domain, but not submitted.
    let sam = signed_in(&s.app, "sam@example.org", 2).await;
    let sam_attempt = start(&sam).await;
    let first: Vec<(&str, &str)> = domains[0]
        .iter()
        .map(|f| (f.as_str(), "not-present"))
        .collect();
    let saved = sam
        .post(
            &format!("/calibration/attempts/{sam_attempt}/domains/1"),
            &first,
        )
        .await;
    assert_eq!(saved.status, 303);

    let mut paths = vec![
        "/calibration".to_owned(),
        format!("/calibration/attempts/{sam_attempt}/check"),
        format!("/calibration/attempts/{sam_attempt}#results"),
    ];
    for n in 1..=domains.len() {
        paths.push(format!("/calibration/attempts/{sam_attempt}/domains/{n}"));
    }
    for path in &paths {
        for page in [sam.get(path).await, get_hx(&sam, path).await] {
            assert!(
                page.status == 200 || page.status == 303,
                "{path}: {}",
                page.status
            );
            assert!(!reveals(&page, &rationale), "{path} reveals the results");
        }
    }
    // The attempt's own address only leads back to rating.
    let own = sam
        .get(&format!("/calibration/attempts/{sam_attempt}"))
        .await;
    assert_eq!(own.status, 303);
    assert_eq!(
        location(&own),
        format!("/calibration/attempts/{sam_attempt}/domains/2")
    );
    let own_hx = get_hx(&sam, &format!("/calibration/attempts/{sam_attempt}")).await;
    assert_eq!(own_hx.status, 303);

    // Pat's attempt, by any of its addresses, is not there for Sam.
    for path in [
        format!("/calibration/attempts/{pat_attempt}"),
        format!("/calibration/attempts/{pat_attempt}/check"),
        format!("/calibration/attempts/{pat_attempt}/domains/1"),
    ] {
        for page in [sam.get(&path).await, get_hx(&sam, &path).await] {
            assert_eq!(page.status, 404, "{path}");
            assert!(!reveals(&page, &rationale), "{path} reveals Pat's results");
        }
    }
    let posted = sam
        .post(&format!("/calibration/attempts/{pat_attempt}/submit"), &[])
        .await;
    assert_eq!(posted.status, 404);
    let changed = sam
        .post(
            &format!("/calibration/attempts/{pat_attempt}/domains/1"),
            &first,
        )
        .await;
    assert_eq!(changed.status, 404);

    // After submitting, Sam sees the reference and the group, made of both people.
    rate_all(&sam, &sam_attempt, |f| reference[f].clone()).await;
    let done = submit(&sam, &sam_attempt).await;
    assert_eq!(done.status, 303);
    let results = sam
        .get(&format!("/calibration/attempts/{sam_attempt}"))
        .await;
    assert_eq!(results.status, 200);
    assert!(reveals(&results, &rationale));
    assert!(
        results.body.contains("(from 2 people&#39;s ratings)")
            || results.body.contains("(from 2 people's ratings)"),
        "{}",
        results.body
    );
    // Pat's attempt stays private even now.
    assert_eq!(
        sam.get(&format!("/calibration/attempts/{pat_attempt}"))
            .await
            .status,
        404
    );
    // Submitted ratings cannot be changed.
    let late = sam
        .post(
            &format!("/calibration/attempts/{sam_attempt}/domains/1"),
            &[(domains[0][0].as_str(), "strongly-present")],
        )
        .await;
    assert_eq!(late.status, 303);
    let stored: String = sqlx::query_scalar(
        "SELECT rating FROM calibration_ratings WHERE attempt_id = ? AND factor_id = ?",
    )
    .bind(&sam_attempt)
    .bind(&domains[0][0])
    .fetch_one(s.app.db.reader())
    .await
    .unwrap();
    assert_eq!(stored, reference[&domains[0][0]]);
}

#[tokio::test]
async fn a_single_participant_gets_no_group_figures_and_a_training_record() {
    let s = setup().await;
    let (_, reference, _) = framework();
    let sam = signed_in(&s.app, "sam@example.org", 2).await;

    let home = sam.get("/").await;
    assert!(home.body.contains("href=\"/calibration\""));
    let before = sam.get("/training").await;
    assert!(
        before
            .body
            .contains("No calibration exercises completed yet.")
    );

    let attempt = start(&sam).await;
    // Everything "not present" except where the reference says otherwise for one factor.
    rate_all(&sam, &attempt, |_| "not-present".to_owned()).await;
    assert_eq!(submit(&sam, &attempt).await.status, 303);
    assert!(s.app.audited("calibration-submitted").await);

    let results = sam.get(&format!("/calibration/attempts/{attempt}")).await;
    assert_eq!(results.status, 200);
    assert!(
        results
            .body
            .contains("Cannot be calculated: one rater so far."),
        "{}",
        results.body
    );
    // The comparison with the reference still has figures.
    let agreeing = reference.values().filter(|r| *r == "not-present").count();
    let percent = (agreeing as f64 * 100.0 / reference.len() as f64).round() as i64;
    assert!(results.body.contains(&format!("{percent}%")), "{percent}%");
    assert!(results.body.contains("conventions (Landis and Koch, 1977)"));
    assert!(results.body.contains("Differs"));

    // Listed in Sam's training record, for Sam and the training manager.
    let own = sam.get("/training").await;
    assert!(
        own.body.contains("Kai: online and on his own"),
        "{}",
        own.body
    );
    let tia = signed_in(&s.app, "tia@example.org", 5).await;
    let person = tia
        .get(&format!("/training/staff/{}", s.sam.as_str()))
        .await;
    assert_eq!(person.status, 200);
    assert!(person.body.contains("Kai: online and on his own"));
    // The training page lists the exercise, never the ratings.
    assert!(!person.body.contains("Not present"));

    // Starting again returns the same, submitted attempt (its results).
    let again = start(&sam).await;
    assert_eq!(again, attempt);
}

#[tokio::test]
async fn everyone_agreeing_is_complete_agreement() {
    let s = setup().await;
    let (_, reference, _) = framework();
    for (email, n) in [("sam@example.org", 2), ("pat@example.org", 3)] {
        let browser = signed_in(&s.app, email, n).await;
        let attempt = start(&browser).await;
        rate_all(&browser, &attempt, |f| reference[f].clone()).await;
        assert_eq!(submit(&browser, &attempt).await.status, 303);
    }
    let sam = signed_in(&s.app, "sam@example.org", 2).await;
    let list = sam.get("/calibration").await;
    let attempt = list
        .body
        .split("href=\"/calibration/attempts/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a results link")
        .to_owned();
    let results = sam.get(&format!("/calibration/attempts/{attempt}")).await;
    assert_eq!(results.status, 200);
    assert!(!results.body.contains("Differs"));
    assert!(!results.body.contains("Cannot be calculated: one rater"));
    assert!(results.body.contains("100%"));
    assert!(
        results
            .body
            .contains("<strong>1.00</strong> almost perfect agreement")
    );
    assert!(results.body.contains("100% of pairs of raters agree"));
    assert!(
        results.body.contains("(from 2 people&#39;s ratings)")
            || results.body.contains("(from 2 people's ratings)")
    );
}

#[tokio::test]
async fn unrated_factors_and_values_off_the_scale_are_explained() {
    let s = setup().await;
    let (domains, _, toolkit) = framework();
    let content = toolkit.content(toolkit.source_language);
    let name_of = |id: &str| {
        content
            .domains
            .iter()
            .flat_map(|d| d.factors.get_ref().iter())
            .find(|f| f.id.get_ref() == id)
            .unwrap()
            .name
            .replace('&', "&amp;")
            .replace('\'', "&#39;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let sam = signed_in(&s.app, "sam@example.org", 2).await;
    let attempt = start(&sam).await;

    // A value not on the scale: a message for that factor, the other choice kept and saved.
    let first = &domains[0][0];
    let second = &domains[0][1];
    let page = sam
        .post(
            &format!("/calibration/attempts/{attempt}/domains/1"),
            &[
                (first.as_str(), "very-present"),
                (second.as_str(), "partly-present"),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("There is a problem") || page.body.contains("govuk-error-summary"));
    let message = format!(
        "Choose one of the ratings on the scale for {}",
        name_of(first)
    );
    assert!(page.body.contains(&message), "{}", page.body);
    assert!(page.body.contains(&format!("href=\"#{first}\"")));
    assert!(page.body.contains(&format!(
        "id=\"{second}-partly-present\" name=\"{second}\" type=\"radio\" value=\"partly-present\" checked"
    )));
    let saved: Vec<(String, String)> =
        sqlx::query_as("SELECT factor_id, rating FROM calibration_ratings WHERE attempt_id = ?")
            .bind(&attempt)
            .fetch_all(s.app.db.reader())
            .await
            .unwrap();
    assert_eq!(saved, vec![(second.clone(), "partly-present".to_owned())]);

    // Submitting with factors unrated lists each, with a link, and submits nothing.
    let refused = submit(&sam, &attempt).await;
    assert_eq!(refused.status, 400);
    let total: usize = domains.iter().map(Vec::len).sum();
    for id in domains.iter().flatten() {
        let link = format!("href=\"#{id}\"");
        if id == second {
            assert!(!refused.body.contains(&link));
        } else {
            assert!(refused.body.contains(&link), "no link to {id}");
            assert!(
                refused
                    .body
                    .contains(&format!("Rate {} before you submit", name_of(id)))
            );
        }
    }
    assert_eq!(
        refused.body.matches("before you submit</a>").count(),
        total - 1
    );
    let submitted: Option<String> =
        sqlx::query_scalar("SELECT submitted_at FROM calibration_attempts WHERE id = ?")
            .bind(&attempt)
            .fetch_one(s.app.db.reader())
            .await
            .unwrap();
    assert_eq!(submitted, None);
    assert!(!s.app.audited("calibration-submitted").await);

    // An unknown vignette or domain is "not found".
    assert_eq!(
        sam.post("/calibration/vignettes/no-such/start", &[])
            .await
            .status,
        404
    );
    assert_eq!(
        sam.get(&format!("/calibration/attempts/{attempt}/domains/99"))
            .await
            .status,
        404
    );
    assert_eq!(
        sam.get(&format!("/calibration/attempts/{attempt}/domains/0"))
            .await
            .status,
        404
    );
}

/// The scale's ids, for choosing ratings other than the reference.
fn scale_ids() -> Vec<String> {
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    content
        .framework
        .scale
        .get_ref()
        .iter()
        .map(|p| p.id.get_ref().clone())
        .collect()
}

/// The English name of a factor or a domain.
fn name_of(id: &str) -> String {
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    dialogues::calibration::domains(content)
        .into_iter()
        .find_map(|(d, fs)| {
            if d.id.get_ref() == id {
                return Some(d.name.clone());
            }
            fs.iter()
                .find(|f| f.id.get_ref() == id)
                .map(|f| f.name.clone())
        })
        .expect("a factor or domain of the framework")
}

/// The rows of the dashboard table with this id, as text (tags stripped).
fn table_rows(body: &str, id: &str) -> Vec<String> {
    let table = body
        .split(&format!("id=\"{id}\""))
        .nth(1)
        .and_then(|rest| rest.split("</table>").next())
        .unwrap_or_else(|| panic!("table {id} on the page"));
    let tbody = table.split("<tbody").nth(1).unwrap_or_default();
    tbody
        .split("<tr")
        .skip(1)
        .map(|row| {
            // Past the rest of the `<tr …>` tag.
            let row = row.split_once('>').map_or("", |(_, rest)| rest);
            let mut text = String::new();
            let mut in_tag = false;
            for c in row.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[tokio::test]
async fn the_dashboard_shows_training_managers_where_staff_agree_least_without_singling_anyone_out()
{
    let s = setup().await;
    let (domains, reference, _) = framework();
    let scale = scale_ids();
    // The factor everyone reads differently: the first factor of the second domain.
    let contested = domains[1][0].clone();
    let others: Vec<String> = scale
        .iter()
        .filter(|id| **id != reference[&contested])
        .cloned()
        .collect();

    // Only training managers reach the dashboard.
    let sam = signed_in(&s.app, "sam@example.org", 2).await;
    assert_eq!(sam.get("/calibration/dashboard").await.status, 404);
    assert!(
        !sam.get("/calibration")
            .await
            .body
            .contains("/calibration/dashboard")
    );
    let tia = signed_in(&s.app, "tia@example.org", 5).await;
    assert!(
        tia.get("/calibration")
            .await
            .body
            .contains("href=\"/calibration/dashboard\"")
    );
    assert!(
        tia.get("/training/staff")
            .await
            .body
            .contains("href=\"/calibration/dashboard\"")
    );
    let empty = tia.get("/calibration/dashboard").await;
    assert_eq!(empty.status, 200);
    assert!(
        empty
            .body
            .contains("No one has submitted a calibration exercise yet.")
    );

    // Two people: nothing can be shown without pointing at one of them.
    let pat = signed_in(&s.app, "pat@example.org", 3).await;
    for (browser, choice) in [
        (&sam, reference[&contested].clone()),
        (&pat, others[0].clone()),
    ] {
        let attempt = start(browser).await;
        let contested = contested.clone();
        let reference = reference.clone();
        rate_all(browser, &attempt, move |f| {
            if f == contested {
                choice.clone()
            } else {
                reference[f].clone()
            }
        })
        .await;
        assert_eq!(submit(browser, &attempt).await.status, 303);
    }
    let two = tia.get("/calibration/dashboard").await;
    let rows = table_rows(&two.body, "calibration-dashboard-factors");
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.contains("Not shown: fewer than 3 people")),
        "{rows:?}"
    );
    assert!(!two.body.contains("Sam Jones") && !two.body.contains("Pat Lee"));

    // A third person (the training manager takes part too): the figures appear.
    let attempt = start(&tia).await;
    {
        let contested = contested.clone();
        let choice = others[1].clone();
        let reference = reference.clone();
        rate_all(&tia, &attempt, move |f| {
            if f == contested {
                choice.clone()
            } else {
                reference[f].clone()
            }
        })
        .await;
    }
    assert_eq!(submit(&tia, &attempt).await.status, 303);
    let page = tia.get("/calibration/dashboard").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("Exercises submitted: 3. People who submitted one: 3.")
    );
    let factors = table_rows(&page.body, "calibration-dashboard-factors");
    // The contested factor comes first: three different ratings, so no pair agreed, and one
    // of the three matched the reference.
    let second_domain = name_of(&domain_id(1));
    assert_eq!(
        factors[0],
        format!("{} {second_domain} 0% 33% 3", name_of(&contested)),
        "{factors:?}"
    );
    assert!(
        factors[1..].iter().all(|r| r.ends_with("100% 100% 3")),
        "{factors:?}"
    );
    let domain_rows = table_rows(&page.body, "calibration-dashboard-domains");
    let in_domain = domains[1].len();
    // Pairs in the contested domain: 3 per factor; all agree except the contested one's.
    let between = ((in_domain - 1) as f64 * 100.0 / in_domain as f64).round();
    let matched = ((3 * in_domain - 2) as f64 * 100.0 / (3 * in_domain) as f64).round();
    assert_eq!(
        domain_rows[0],
        format!("{second_domain} {between}% {matched}% 3"),
        "{domain_rows:?}"
    );
    // This month's row of the chart's table carries the same domain figure; the line is drawn.
    let months = table_rows(&page.body, "calibration-dashboard-months");
    assert_eq!(months.len(), 12);
    assert!(
        months[11].contains(&format!("{matched}%")),
        "{:?}",
        months[11]
    );
    assert!(months[0].contains("None"), "{:?}", months[0]);
    assert!(
        page.body
            .contains("class=\"app-chart__line app-chart__series-1\" d=\"M")
    );
    assert!(!page.body.contains("Sam Jones") && !page.body.contains("Pat Lee"));

    // In French, the percentages are written the French way.
    let french = tia
        .client
        .get(tia.url("/calibration/dashboard"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(french.contains("0\u{202f}%"), "{french}");
}

/// The id of the framework's domain at `index`.
fn domain_id(index: usize) -> String {
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    dialogues::calibration::domains(content)[index]
        .0
        .id
        .get_ref()
        .clone()
}

#[tokio::test]
async fn when_everyone_gives_every_factor_the_same_rating_the_group_kappa_says_why_it_has_none() {
    let s = setup().await;
    for (email, n) in [("sam@example.org", 2), ("pat@example.org", 3)] {
        let browser = signed_in(&s.app, email, n).await;
        let attempt = start(&browser).await;
        rate_all(&browser, &attempt, |_| "not-present".to_owned()).await;
        assert_eq!(submit(&browser, &attempt).await.status, 303);
    }
    let sam = signed_in(&s.app, "sam@example.org", 2).await;
    let list = sam.get("/calibration").await;
    let attempt = list
        .body
        .split("href=\"/calibration/attempts/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a results link")
        .to_owned();
    let results = sam.get(&format!("/calibration/attempts/{attempt}")).await;
    assert_eq!(results.status, 200);
    assert!(
        results.body.contains(
            "Cannot be calculated: every rating was the same, so chance alone would agree completely."
        ),
        "{}",
        results.body
    );
    // Complete agreement between the two, shown as a share of pairs, not as a kappa.
    assert!(results.body.contains("100% of pairs of raters agree"));
    assert!(!results.body.contains("NaN"));
}
