//! Blind second rating of a live formulation, driven over HTTP through the real pages: the blind
//! rule on every page and fragment a rating supervisor can reach, who may start one (nobody but
//! a supervisor who has not seen the ratings; 404 for everyone else), the agreement figures
//! against the statistics module on a known set of ratings, the record after sign-off, sealed
//! storage, the export, and bad input.

mod common;

use std::collections::BTreeMap;

use common::journeys::{
    SAM, SUE, location, open_case, signed_in, version_in, with_sam_sue_and_recovery,
};
use common::{Browser, Page, TestApp, password};
use dialogues::calibration::results::{Categories, figures};
use dialogues::calibration::stats::Undefined;
use dialogues::toolkit::Toolkit;

const JUDGEMENT: &str = "Judgement-canary-7Q";
const SUMMARY: &str = "Summary-canary-4K";
const PLAN: &str = "Plan-canary-9Z";
const EVIDENCE: &str = "Evidence-canary-2W";

/// The framework as the test needs it: domains in order, each with its factor ids, and every
/// scale label by id.
struct Framework {
    domains: Vec<(String, Vec<String>)>,
    labels: BTreeMap<String, String>,
}

fn framework() -> Framework {
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    Framework {
        domains: dialogues::calibration::domains(content)
            .into_iter()
            .map(|(d, fs)| {
                (
                    d.id.get_ref().clone(),
                    fs.iter().map(|f| f.id.get_ref().clone()).collect(),
                )
            })
            .collect(),
        labels: content
            .framework
            .scale
            .get_ref()
            .iter()
            .map(|p| (p.id.get_ref().clone(), p.label.clone()))
            .collect(),
    }
}

const RANKED: [&str; 3] = ["not-present", "partly-present", "strongly-present"];
const UNKNOWN: &str = "not-enough-information";

/// The known set of ratings: the facilitator's and the blind second rater's, by factor.
/// Domain 1: both agree everywhere, using several points (kappa 1). Domain 2: both give every
/// factor the same one point (no variation: kappa cannot be calculated). Domains 3 and 4: they
/// differ on some factors, with "not enough information" in the mix.
fn known_ratings(fw: &Framework) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut facilitator = BTreeMap::new();
    let mut second = BTreeMap::new();
    for (d, (_, factors)) in fw.domains.iter().enumerate() {
        for (i, f) in factors.iter().enumerate() {
            let (theirs, mine) = match d {
                0 => (RANKED[i % 3], RANKED[i % 3]),
                1 => ("partly-present", "partly-present"),
                _ => (
                    RANKED[i % 3],
                    match i % 4 {
                        0 => RANKED[i % 3],
                        1 => RANKED[(i + 1) % 3],
                        2 => UNKNOWN,
                        _ => RANKED[(i + 2) % 3],
                    },
                ),
            };
            facilitator.insert(f.clone(), theirs.to_owned());
            second.insert(f.clone(), mine.to_owned());
        }
    }
    (facilitator, second)
}

/// Saves one factor on the facilitator's factor page.
async fn rate(browser: &Browser, base: &str, factor: &str, rating: &str, evidence: &str) -> Page {
    let form = browser.get(&format!("{base}/factors/{factor}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    browser
        .post(
            &format!("{base}/factors/{factor}"),
            &[
                ("rating", rating),
                ("evidence", evidence),
                ("sources", ""),
                ("version", &version_in(&form.body)),
                ("go", "back"),
            ],
        )
        .await
}

/// Sam drafts version 1 with `ratings` (every factor), judgements and the summary, and
/// submits it. Returns the version's base URL.
async fn submitted_formulation(
    sam: &Browser,
    reference: &str,
    fw: &Framework,
    ratings: &BTreeMap<String, String>,
) -> String {
    let started = sam
        .post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    assert_eq!(started.status, 303, "{}", started.body);
    let base = format!("/cases/{reference}/formulation/1");
    for (factor, rating) in ratings {
        let saved = rate(sam, &base, factor, rating, &format!("{EVIDENCE} {factor}")).await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    for (domain, _) in &fw.domains {
        let saved = sam
            .post(
                &format!("{base}/domains/{domain}"),
                &[("judgement", JUDGEMENT), ("version", "1")],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let saved = sam
        .post(
            &format!("{base}/summary"),
            &[
                ("summary", SUMMARY),
                ("management_plan", PLAN),
                ("changes", ""),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let submitted = sam.post(&format!("{base}/submit"), &[]).await;
    assert_eq!(location(&submitted), format!("{base}?done=submitted"));
    base
}

async fn get_hx(browser: &Browser, path: &str) -> Page {
    let response = browser
        .client
        .get(browser.url(path))
        .header("HX-Request", "true")
        .send()
        .await
        .unwrap();
    Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

/// The version page's row for one factor.
fn factor_row<'a>(body: &'a str, factor: &str) -> &'a str {
    let at = body
        .find(&format!("id=\"factor-{factor}\""))
        .unwrap_or_else(|| panic!("a row for {factor}"));
    let rest = &body[at..];
    &rest[..rest.find("</dd>").unwrap()]
}

/// Checks that a version page shows none of the facilitator's ratings, judgements or written
/// formulation, while the evidence (what the second rater rates from) stays.
fn assert_blind(body: &str, fw: &Framework, what: &str) {
    for (_, factors) in &fw.domains {
        for factor in factors {
            let row = factor_row(body, factor);
            assert!(
                row.contains("Hidden for your blind rating"),
                "{what}: {factor} is hidden: {row}"
            );
            for label in fw.labels.values() {
                assert!(
                    !row.contains(label.as_str()),
                    "{what}: {factor} shows {label}"
                );
            }
        }
    }
    for canary in [JUDGEMENT, SUMMARY, PLAN] {
        assert!(!body.contains(canary), "{what}: {canary} is hidden");
    }
    assert!(
        body.contains(EVIDENCE),
        "{what}: the evidence stays visible"
    );
    assert!(!body.contains("ratings-table"), "{what}: no chart of it");
}

/// The three figures as the English page writes them, from the statistics module.
fn expected(
    factors: &[&str],
    theirs: &BTreeMap<String, String>,
    mine: &BTreeMap<String, String>,
) -> [String; 3] {
    let toolkit = Toolkit::builtin().unwrap();
    let scale = toolkit
        .content(toolkit.source_language)
        .framework
        .scale
        .get_ref();
    let f = figures(&Categories::of(scale), factors, theirs, mine, &[]);
    let why = |u: Undefined| match u {
        Undefined::NoVariation => "Cannot be calculated: every rating was the same".to_owned(),
        Undefined::NoItems => {
            "Cannot be calculated: there are no ratings to compare here".to_owned()
        }
        other => panic!("unexpected {other:?}"),
    };
    [
        match f.percent {
            Ok(p) => format!(">{}%<", (p * 100.0).round() as i64),
            Err(u) => why(u),
        },
        match f.cohen {
            Ok(k) => format!("<strong>{:.2}</strong>", k.value),
            Err(u) => why(u),
        },
        match f.weighted {
            Ok(k) => format!("<strong>{:.2}</strong>", k.value),
            Err(u) => why(u),
        },
    ]
}

/// The part of the comparison page from `heading` to the next `<table` (its figures).
fn figures_under<'a>(body: &'a str, marker: &str) -> &'a str {
    let at = body.find(marker).unwrap_or_else(|| panic!("{marker}"));
    let rest = &body[at..];
    &rest[..rest.find("</dl>").unwrap()]
}

#[tokio::test]
async fn the_blind_rule_holds_on_every_page_until_the_supervisor_submits_then_both_see_the_figures()
{
    let app = TestApp::spawn().await;
    with_sam_sue_and_recovery(&app).await;
    let fw = framework();
    let (theirs, mine) = known_ratings(&fw);
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let base = submitted_formulation(&sam, &reference, &fw, &theirs).await;

    // Before Sue chooses, she is offered the blind rating and nothing of the ratings shows:
    // not on the version page (full or htmx fragment), the overview, the case page or compare.
    let offered = sue.get(&base).await;
    assert_eq!(offered.status, 200);
    assert!(offered.body.contains("Rate it blind first"));
    assert_blind(&offered.body, &fw, "offered");
    assert_blind(&get_hx(&sue, &base).await.body, &fw, "offered, htmx");
    for page in [
        format!("/cases/{reference}/formulation"),
        format!("/cases/{reference}"),
    ] {
        let body = sue.get(&page).await.body;
        assert!(
            !body.contains("ratings-table"),
            "{page}: no chart of version 1"
        );
        assert!(body.contains("Version 1 is not in the chart"), "{page}");
    }
    let compare = sue
        .get(&format!(
            "/cases/{reference}/formulation/compare?from=1&to=1"
        ))
        .await;
    assert_eq!(compare.status, 422);
    assert!(compare.body.contains("ratings are hidden"));
    // The facilitator sees his own ratings as always.
    let own = sam.get(&base).await.body;
    assert!(own.contains(JUDGEMENT));
    assert!(
        factor_row(&own, &fw.domains[0].1[0]).contains(&fw.labels[&theirs[&fw.domains[0].1[0]]])
    );

    // Sue starts; every page she can reach keeps the ratings hidden while she rates.
    let started = sue.post(&format!("{base}/second-rating/start"), &[]).await;
    assert_eq!(
        location(&started),
        format!("{base}/second-rating/domains/1")
    );
    assert!(app.audited("second-rating-started").await);
    let rating = sue.get(&base).await;
    assert_blind(&rating.body, &fw, "rating");
    assert!(rating.body.contains("You are rating this version blind"));
    assert!(
        !rating.body.contains("Your review"),
        "no review while rating blind"
    );
    assert_blind(&get_hx(&sue, &base).await.body, &fw, "rating, htmx");
    for page in [
        format!("/cases/{reference}/formulation"),
        format!("/cases/{reference}"),
    ] {
        let body = sue.get(&page).await.body;
        assert!(!body.contains("ratings-table"), "{page} while rating");
        let fragment = get_hx(&sue, &page).await.body;
        assert!(
            !fragment.contains("ratings-table"),
            "{page} fragment while rating"
        );
    }
    let compare = sue
        .get(&format!(
            "/cases/{reference}/formulation/compare?from=1&to=1"
        ))
        .await;
    assert_eq!(compare.status, 422);
    // The facilitator's editing pages stay closed to her.
    for page in [
        format!("{base}/factors/{}", fw.domains[0].1[0]),
        format!("{base}/domains/{}", fw.domains[0].0),
        format!("{base}/summary"),
    ] {
        assert_eq!(sue.get(&page).await.status, 404, "{page}");
    }
    // The comparison does not exist yet: she is sent on with her rating.
    let early = sue.get(&format!("{base}/second-rating")).await;
    assert_eq!(location(&early), format!("{base}/second-rating/domains/1"));
    // Sam sees that a blind rating is under way, never its content.
    let sam_view = sam.get(&base).await.body;
    assert!(sam_view.contains("started a blind second rating"));
    assert_eq!(
        sam.get(&format!("{base}/second-rating/domains/1"))
            .await
            .status,
        404
    );
    // Reviewing waits.
    let review = sue
        .post(
            &format!("{base}/review"),
            &[("decision", "sign-off"), ("comment", ""), ("version", "99")],
        )
        .await;
    assert_eq!(review.status, 422);
    assert!(review.body.contains("Finish or stop your blind rating"));
    assert_blind(&review.body, &fw, "refused review");

    // Each domain page: definitions, indicators, the facilitator's evidence but no rating of
    // theirs checked; her own ratings saved page by page.
    for (n, (_, factors)) in fw.domains.iter().enumerate() {
        let page = sue
            .get(&format!("{base}/second-rating/domains/{}", n + 1))
            .await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("What indicates each rating"));
        assert!(page.body.contains(EVIDENCE));
        assert!(!page.body.contains("\" checked"), "nothing pre-chosen");
        for canary in [JUDGEMENT, SUMMARY] {
            assert!(!page.body.contains(canary));
        }
        let version = version_in(&page.body);
        let mut fields: Vec<(&str, &str)> = vec![("version", version.as_str())];
        for f in factors {
            fields.push((f.as_str(), mine[f].as_str()));
        }
        let saved = sue
            .post(&format!("{base}/second-rating/domains/{}", n + 1), &fields)
            .await;
        let next = if n + 1 < fw.domains.len() {
            format!("{base}/second-rating/domains/{}", n + 2)
        } else {
            format!("{base}/second-rating/check")
        };
        assert_eq!(location(&saved), next);
        // Leaving and coming back: the rating resumes where it stopped.
        if n == 0 {
            let resumed = sue.get(&format!("{base}/second-rating")).await;
            assert_eq!(
                location(&resumed),
                format!("{base}/second-rating/domains/2")
            );
            assert_blind(&sue.get(&base).await.body, &fw, "resumed");
        }
    }
    assert!(app.audited("second-rating-saved").await);
    let check = sue.get(&format!("{base}/second-rating/check")).await;
    assert_eq!(check.status, 200);
    assert!(!check.body.contains(JUDGEMENT));
    let submitted = sue.post(&format!("{base}/second-rating/submit"), &[]).await;
    assert_eq!(
        location(&submitted),
        format!("{base}/second-rating?done=submitted")
    );
    assert!(app.audited("second-rating-submitted").await);

    // Both see both ratings side by side, the definition where they differ, and the figures,
    // per domain and overall, exactly as the statistics module gives them.
    for (who, browser) in [("Sue", &sue), ("Sam", &sam)] {
        let page = browser.get(&format!("{base}/second-rating")).await;
        assert_eq!(page.status, 200, "{who}");
        let body = &page.body;
        let all: Vec<&str> = fw
            .domains
            .iter()
            .flat_map(|(_, fs)| fs.iter().map(String::as_str))
            .collect();
        let overall = figures_under(body, "id=\"overall\"");
        for text in expected(&all, &theirs, &mine) {
            assert!(
                overall.contains(&text),
                "{who} overall: {text} in {overall}"
            );
        }
        let toolkit = Toolkit::builtin().unwrap();
        let content = toolkit.content(toolkit.source_language);
        let domain_names: Vec<String> = dialogues::calibration::domains(content)
            .iter()
            .map(|(d, _)| d.name.clone())
            .collect();
        for (d, (_, factors)) in fw.domains.iter().enumerate() {
            let ids: Vec<&str> = factors.iter().map(String::as_str).collect();
            let section = figures_under(body, &format!(">{}</h2>", domain_names[d]));
            for text in expected(&ids, &theirs, &mine) {
                assert!(
                    section.contains(&text),
                    "{who} domain {d}: {text} in {section}"
                );
            }
            for f in factors {
                let at = body.find(&format!("data-factor=\"{f}\"")).unwrap();
                let row = &body[at..at + body[at..].find("</tr>").unwrap()];
                assert!(row.contains(&fw.labels[&theirs[f]]), "{f} theirs");
                assert!(row.contains(&fw.labels[&mine[f]]), "{f} mine");
                assert_eq!(row.contains("Differs"), theirs[f] != mine[f], "{f}");
            }
        }
        // The all-agree domain: 100% and kappa 1; the no-variation domain: cannot be calculated.
        let first = figures_under(body, &format!(">{}</h2>", domain_names[0]));
        assert!(first.contains(">100%<") && first.contains("<strong>1.00</strong>"));
        let second = figures_under(body, &format!(">{}</h2>", domain_names[1]));
        assert!(second.contains(">100%<"));
        assert!(second.contains("Cannot be calculated: every rating was the same"));
        assert!(body.contains("not a score of the person"));
    }
    // Now her version page shows the ratings, the review and the summary of the agreement.
    let after = sue.get(&base).await.body;
    assert!(after.contains(JUDGEMENT) && after.contains("Your review"));
    assert!(after.contains("rated this version blind"));
}

#[tokio::test]
async fn only_a_supervisor_who_has_not_seen_the_ratings_can_start_and_everyone_else_gets_404() {
    let app = TestApp::spawn().await;
    with_sam_sue_and_recovery(&app).await;
    let fw = framework();
    let (theirs, _) = known_ratings(&fw);
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;

    // Nobody can rate a draft blind.
    sam.post(&format!("/cases/{reference}/formulation/start"), &[])
        .await;
    let sue = signed_in(&app, SUE, 4).await;
    let draft = sue
        .post(
            &format!("/cases/{reference}/formulation/1/second-rating/start"),
            &[],
        )
        .await;
    assert_eq!(draft.status, 422);
    assert!(
        draft
            .body
            .contains("Only a version sent for review can be rated blind")
    );
    assert!(draft.body.contains("govuk-error-summary"));
    // Sue has now been shown version 1's ratings (the draft's page), so she cannot rate it
    // blind once it is submitted either.
    let base = {
        let base = format!("/cases/{reference}/formulation/1");
        for (factor, rating) in &theirs {
            let saved = rate(&sam, &base, factor, rating, "seen").await;
            assert_eq!(saved.status, 303);
        }
        for (domain, _) in &fw.domains {
            sam.post(
                &format!("{base}/domains/{domain}"),
                &[("judgement", JUDGEMENT), ("version", "1")],
            )
            .await;
        }
        sam.post(
            &format!("{base}/summary"),
            &[
                ("summary", SUMMARY),
                ("management_plan", ""),
                ("changes", ""),
                ("version", "1"),
            ],
        )
        .await;
        let submitted = sam.post(&format!("{base}/submit"), &[]).await;
        assert_eq!(submitted.status, 303, "{}", submitted.body);
        base
    };
    let seen = sue.get(&base).await.body;
    assert!(seen.contains("You cannot rate this version blind"));
    assert!(!seen.contains("Rate it blind first"));
    assert!(seen.contains(JUDGEMENT), "shown as usual");
    let refused = sue.post(&format!("{base}/second-rating/start"), &[]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("already seen its ratings"));

    // The facilitator can never start one on his own formulation.
    assert_eq!(
        sam.post(&format!("{base}/second-rating/start"), &[])
            .await
            .status,
        404
    );
    assert!(!sam.get(&base).await.body.contains("Rate it blind first"));

    // Anyone else: 404 on every second-rating address, reads and writes.
    let fay = app
        .add_person(
            "fay@example.org",
            "Fay Other",
            &["facilitator"],
            &password(5),
        )
        .await;
    app.make_trained(&fay).await;
    app.add_person(
        "sol@example.org",
        "Sol Otherteam",
        &["supervisor"],
        &password(6),
    )
    .await;
    let outsiders = [
        signed_in(&app, "fay@example.org", 5).await,
        signed_in(&app, "sol@example.org", 6).await,
    ];
    for outsider in &outsiders {
        for url in [
            format!("{base}/second-rating"),
            format!("{base}/second-rating/domains/1"),
            format!("{base}/second-rating/check"),
        ] {
            assert_eq!(outsider.get(&url).await.status, 404, "GET {url}");
        }
        for url in [
            format!("{base}/second-rating/start"),
            format!("{base}/second-rating/domains/1"),
            format!("{base}/second-rating/submit"),
            format!("{base}/second-rating/abandon"),
        ] {
            assert_eq!(outsider.post(&url, &[]).await.status, 404, "POST {url}");
        }
    }
    // Sue's pages of a rating that is not hers (there is none) are not found either.
    assert_eq!(sue.get(&format!("{base}/second-rating")).await.status, 404);
    assert_eq!(
        sue.get(&format!("{base}/second-rating/domains/1"))
            .await
            .status,
        404
    );
    // A start without the form's CSRF token changes nothing.
    let forged = sue
        .post_raw(&format!("{base}/second-rating/start"), &[])
        .await;
    assert_ne!(forged.status, 303);
    let none: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM second_ratings")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(none, 0);
    assert!(!app.audited("second-rating-started").await);
}

#[tokio::test]
async fn a_second_supervisor_who_chooses_to_see_the_ratings_cannot_then_rate_blind_and_one_per_version()
 {
    let app = TestApp::spawn().await;
    let (sam_id, sue_id, _) = with_sam_sue_and_recovery(&app).await;
    let tom_id = app
        .add_person(
            "tom@example.org",
            "Tom Second",
            &["supervisor"],
            &password(7),
        )
        .await;
    // Tom supervises Sam too (set through the accounts API as an administrator would).
    dialogues::accounts::set_supervisors(
        &app.db,
        &dialogues::accounts::ChangedBy::command_line(),
        &sam_id,
        &[sue_id, tom_id],
    )
    .await
    .unwrap();
    let fw = framework();
    let (theirs, _) = known_ratings(&fw);
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let base = submitted_formulation(&sam, &reference, &fw, &theirs).await;
    let sue = signed_in(&app, SUE, 4).await;
    let tom = signed_in(&app, "tom@example.org", 7).await;
    // Tom is offered the blind rating, then chooses to see the ratings instead.
    let offered = tom.get(&base).await;
    assert_eq!(offered.status, 200, "{}", offered.body);
    assert!(offered.body.contains("Rate it blind first"));
    let shown = tom.get(&format!("{base}?ratings=show")).await.body;
    assert!(shown.contains(JUDGEMENT));
    assert!(
        factor_row(&shown, &fw.domains[0].1[0]).contains(&fw.labels[&theirs[&fw.domains[0].1[0]]])
    );
    let refused = tom.post(&format!("{base}/second-rating/start"), &[]).await;
    assert_eq!(refused.status, 422);
    // Sue starts; a second start by anyone is refused with a message.
    let started = sue.post(&format!("{base}/second-rating/start"), &[]).await;
    assert_eq!(started.status, 303);
    let again = sue.post(&format!("{base}/second-rating/start"), &[]).await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("already started a blind second rating"));
    // Tom still sees the ratings, and that Sue is rating it; not her ratings.
    let tom_view = tom.get(&base).await.body;
    assert!(tom_view.contains("Sue Super started a blind second rating"));
    assert_eq!(
        tom.get(&format!("{base}/second-rating/domains/1"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn bad_input_keeps_what_was_chosen_and_the_record_is_kept_sealed_exported_and_destroyed_with_the_case()
 {
    use age::secrecy::ExposeSecret;
    let app = TestApp::spawn().await;
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let fw = framework();
    let (theirs, mine) = known_ratings(&fw);
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let base = submitted_formulation(&sam, &reference, &fw, &theirs).await;
    sue.post(&format!("{base}/second-rating/start"), &[]).await;

    // An unknown rating value: an error summary naming the factor; the other choices kept
    // (and saved).
    let (_, factors) = &fw.domains[0];
    let page = sue.get(&format!("{base}/second-rating/domains/1")).await;
    let version = version_in(&page.body);
    let bad = sue
        .post(
            &format!("{base}/second-rating/domains/1"),
            &[
                ("version", version.as_str()),
                (factors[0].as_str(), "very-high"),
                (factors[1].as_str(), "strongly-present"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("govuk-error-summary"));
    assert!(
        bad.body
            .contains("Choose one of the ratings on the scale for")
    );
    assert!(bad.body.contains(&format!("href=\"#{}\"", factors[0])));
    assert!(
        bad.body.contains(&format!(
            "name=\"{}\" type=\"radio\" value=\"strongly-present\" checked",
            factors[1]
        )),
        "the valid choice is kept"
    );
    // Saved: coming back shows it.
    let back = sue.get(&format!("{base}/second-rating/domains/1")).await;
    assert!(back.body.contains(&format!(
        "name=\"{}\" type=\"radio\" value=\"strongly-present\" checked",
        factors[1]
    )));
    // Two tabs: a save from the page as it was before is a conflict, not an overwrite.
    let stale = sue
        .post(
            &format!("{base}/second-rating/domains/1"),
            &[
                ("version", version.as_str()),
                (factors[1].as_str(), "not-present"),
            ],
        )
        .await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("saved in another tab or window"));
    assert!(
        stale.body.contains(&format!(
            "name=\"{}\" type=\"radio\" value=\"not-present\" checked",
            factors[1]
        )),
        "what was chosen is kept"
    );
    // Submitting with factors unrated lists each one, linked.
    let early = sue.post(&format!("{base}/second-rating/submit"), &[]).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("govuk-error-summary"));
    let last = fw.domains.last().unwrap().1.last().unwrap();
    assert!(early.body.contains(&format!("href=\"#{last}\"")));
    assert!(early.body.contains("before you submit"));

    // Rate everything, submit.
    for (n, (_, factors)) in fw.domains.iter().enumerate() {
        let page = sue
            .get(&format!("{base}/second-rating/domains/{}", n + 1))
            .await;
        let version = version_in(&page.body);
        let mut fields: Vec<(&str, &str)> = vec![("version", version.as_str())];
        for f in factors {
            fields.push((f.as_str(), mine[f].as_str()));
        }
        let saved = sue
            .post(&format!("{base}/second-rating/domains/{}", n + 1), &fields)
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let submitted = sue.post(&format!("{base}/second-rating/submit"), &[]).await;
    assert_eq!(submitted.status, 303);
    // Submitted is final: the rating pages lead to the comparison.
    let after = sue.get(&format!("{base}/second-rating/domains/1")).await;
    assert_eq!(location(&after), format!("{base}/second-rating"));

    // Sue signs off as usual; the record stays with the version for both of them.
    let seen = version_in(&sue.get(&base).await.body);
    let signed = sue
        .post(
            &format!("{base}/review"),
            &[
                ("decision", "sign-off"),
                ("comment", ""),
                ("version", &seen),
            ],
        )
        .await;
    assert_eq!(location(&signed), format!("{base}?done=signed-off"));
    for browser in [&sam, &sue] {
        let version_page = browser.get(&base).await.body;
        assert!(version_page.contains("rated this version blind"));
        assert!(version_page.contains("See both ratings side by side"));
        let comparison = browser.get(&format!("{base}/second-rating")).await;
        assert_eq!(comparison.status, 200);
    }

    // At rest: the record opens with the recovery key and holds both raters' ratings (the files
    // are searched for them once the server has stopped, below).
    let case = dialogues::cases::store::by_reference(app.db.reader(), &reference)
        .await
        .unwrap()
        .unwrap();
    let key = dialogues::cases::keys::open_with_recovery(app.db.reader(), &case.id, &recovery)
        .await
        .unwrap();
    let rows = dialogues::second_rating::store::of_case(app.db.reader(), &case.id)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let doc = dialogues::second_rating::open_doc(&rows[0], &key).unwrap();
    assert_eq!(doc.ratings, mine);
    assert_eq!(doc.facilitator, theirs);
    // A submitted second rating cannot be changed or deleted in the database.
    assert!(
        sqlx::query("DELETE FROM second_ratings")
            .execute(&mut *app.db.begin_write().await.unwrap())
            .await
            .is_err()
    );

    // The subject-access export carries it, in the JSON and the readable copy.
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("recovery.key");
    std::fs::write(&key_file, recovery.secret().expose_secret()).unwrap();
    let out = dir.path().join("robin.json");
    let data = app.data_dir();
    let done = common::run_dialogues(
        &[
            "export",
            "--data",
            data.to_str().unwrap(),
            "--recovery-key",
            key_file.to_str().unwrap(),
            "--case",
            &reference,
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(done.status.success(), "{}", common::stderr(&done));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let second = &json["cases"][0]["formulations"][0]["second_rating"];
    assert_eq!(second["status"], "submitted");
    let first = &fw.domains[0].1[0];
    assert_eq!(second["ratings"][first], mine[first].as_str());
    assert_eq!(second["facilitator_ratings"][first], theirs[first].as_str());
    let html = std::fs::read_to_string(dir.path().join("robin.html")).unwrap();
    assert!(html.contains("Blind second rating"));
    assert!(html.contains("Rated by"));

    // Retention destroys it with the case, counts it, and leaves no trace of who saw what.
    let closed = sam.post(&format!("/cases/{reference}/close"), &[]).await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    let _data_guard = app.stop().await;
    // At rest the ratings are sealed: no scale id appears in the database or its log.
    for (path, bytes) in common::live_database_files(&data.join("dialogues.db")) {
        for canary in RANKED.iter().chain([UNKNOWN].iter()) {
            assert!(
                !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
                "{canary} found in {}",
                path.display()
            );
        }
    }
    let destroyed = common::destroy_closed_cases(&data, "ada@example.org", dir.path());
    assert!(destroyed.status.success(), "{}", common::stderr(&destroyed));
    let said = common::stdout(&destroyed);
    assert!(said.contains("1 second rating(s)"), "{said}");
    let db = dialogues::db::Database::open_existing(&data).await.unwrap();
    for table in ["second_ratings", "formulation_rating_views"] {
        let left: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(db.reader())
            .await
            .unwrap();
        assert_eq!(left, 0, "{table} after the case was destroyed");
    }
    let tombstone: String =
        sqlx::query_scalar("SELECT counts FROM case_tombstones WHERE reference = ?")
            .bind(&reference)
            .fetch_one(db.reader())
            .await
            .unwrap();
    let tombstone: serde_json::Value = serde_json::from_str(&tombstone).unwrap();
    assert_eq!(tombstone["second_ratings"], 1);
}

#[tokio::test]
async fn abandoning_deletes_the_unfinished_rating_and_shows_the_ratings() {
    let app = TestApp::spawn().await;
    with_sam_sue_and_recovery(&app).await;
    let fw = framework();
    let (theirs, mine) = known_ratings(&fw);
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let base = submitted_formulation(&sam, &reference, &fw, &theirs).await;
    sue.post(&format!("{base}/second-rating/start"), &[]).await;
    let (_, factors) = &fw.domains[0];
    let page = sue.get(&format!("{base}/second-rating/domains/1")).await;
    let version = version_in(&page.body);
    sue.post(
        &format!("{base}/second-rating/domains/1"),
        &[
            ("version", version.as_str()),
            (factors[0].as_str(), mine[&factors[0]].as_str()),
        ],
    )
    .await;
    // Only the rater may stop it.
    assert_eq!(
        sam.post(&format!("{base}/second-rating/abandon"), &[])
            .await
            .status,
        404
    );
    let stopped = sue
        .post(&format!("{base}/second-rating/abandon"), &[])
        .await;
    assert_eq!(
        location(&stopped),
        format!("{base}?done=second-rating-abandoned")
    );
    assert!(app.audited("second-rating-abandoned").await);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM second_ratings")
        .fetch_one(app.db.reader())
        .await
        .unwrap();
    assert_eq!(count, 0);
    let shown = sue.get(&base).await.body;
    assert!(
        shown.contains(JUDGEMENT),
        "the ratings are shown from now on"
    );
    assert!(shown.contains("Your review"));
    // Having seen them, she cannot start again.
    let again = sue.post(&format!("{base}/second-rating/start"), &[]).await;
    assert_eq!(again.status, 422);
}
