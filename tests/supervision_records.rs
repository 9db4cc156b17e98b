//! Supervision records, driven over HTTP through the real pages: a supervisor records and
//! changes a meeting, the supervisee reads it, nobody else reaches any of it (404), cover and
//! the end of a supervision link follow the `effective_supervision` view, overdue supervision
//! is flagged against the configured frequency, the texts are encrypted at rest, and every bad
//! input gets its message with what was typed kept.

mod common;

use chrono::{Datelike, NaiveDate};
use common::journeys::{SAM, SUE, location, open_case, signed_in, version_in, with_sam_and_sue};
use common::{Browser, Page, TestApp, open_wrapped, password, run_dialogues, stderr};
use dialogues::accounts::{self, ChangedBy, UserId};
use dialogues::supervision::records::{RecordBody, binding};

fn today() -> NaiveDate {
    dialogues::training::today()
}

/// The English words the pages use for a date ("7 March 2026").
fn words(date: NaiveDate) -> String {
    dialogues::i18n::Lang::En.format_date(date)
}

/// The value of a hidden field in a page's form.
fn hidden(body: &str, name: &str) -> String {
    let at = body
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("the form carries {name}"));
    let rest = &body[at..];
    let start = rest.find("value=\"").unwrap() + 7;
    rest[start..start + rest[start..].find('"').unwrap()].to_owned()
}

/// The ids of the records a meetings list links to, in the order shown.
fn record_links(body: &str) -> Vec<String> {
    body.match_indices("href=\"/supervision/records/")
        .map(|(at, m)| {
            let rest = &body[at + m.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

/// The part of a page between `start` and the next `end`.
fn section<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let at = body
        .find(start)
        .unwrap_or_else(|| panic!("{start} in the page"));
    let rest = &body[at..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// A meeting as the form sends it.
struct Meeting<'a> {
    day: String,
    month: String,
    year: String,
    cases: Vec<&'a str>,
    notes: &'a str,
    wellbeing: &'a str,
    support: &'a str,
}

impl<'a> Meeting<'a> {
    fn on(date: NaiveDate, wellbeing: &'a str) -> Self {
        Meeting {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
            cases: Vec::new(),
            notes: "",
            wellbeing,
            support: "",
        }
    }

    fn fields<'s>(&'s self, extra: &[(&'s str, &'s str)]) -> Vec<(&'s str, &'s str)> {
        let mut fields = vec![
            ("held_on-day", self.day.as_str()),
            ("held_on-month", self.month.as_str()),
            ("held_on-year", self.year.as_str()),
            ("reflective_notes", self.notes),
            ("wellbeing", self.wellbeing),
            ("support_agreed", self.support),
        ];
        fields.extend(self.cases.iter().map(|c| ("cases", *c)));
        fields.extend_from_slice(extra);
        fields
    }
}

/// Records a meeting through the new-record form; returns the response to the post.
async fn record(browser: &Browser, supervisee: &UserId, meeting: &Meeting<'_>) -> Page {
    let form = browser.get(&format!("/supervision/{supervisee}/new")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let id = hidden(&form.body, "record");
    let version = version_in(&form.body);
    browser
        .post(
            &format!("/supervision/{supervisee}/new"),
            &meeting.fields(&[("record", &id), ("version", &version)]),
        )
        .await
}

/// Records a meeting and returns the new record's id (the link that was not there before).
async fn recorded(browser: &Browser, supervisee: &UserId, meeting: &Meeting<'_>) -> String {
    let list = format!("/supervision/{supervisee}");
    let before = record_links(&browser.get(&list).await.body);
    let saved = record(browser, supervisee, meeting).await;
    assert_eq!(
        location(&saved),
        format!("{list}?done=recorded"),
        "{}",
        saved.body
    );
    let mut new: Vec<String> = record_links(&browser.get(&list).await.body)
        .into_iter()
        .filter(|id| !before.contains(id))
        .collect();
    assert_eq!(new.len(), 1, "one new record");
    new.pop().unwrap()
}

/// Runs one SQL statement in a committed write (to set up cover, or try a delete).
async fn execute(app: &TestApp, sql: &str, binds: &[&str]) -> Result<(), sqlx::Error> {
    let mut tx = app.db.begin_write().await?;
    let mut query = sqlx::query(sql);
    for value in binds {
        query = query.bind(*value);
    }
    query.execute(&mut *tx).await?;
    tx.commit().await
}

async fn count_records(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM supervision_records")
        .fetch_one(app.db.reader())
        .await
        .unwrap()
}

fn assert_not_in_database(app: &TestApp, canaries: &[&str]) {
    for (path, bytes) in common::live_database_files(app.db.path()) {
        for canary in canaries {
            assert!(
                !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
                "{canary} found in {}",
                path.display()
            );
        }
    }
}

#[tokio::test]
async fn a_supervisor_records_and_changes_a_meeting_and_the_supervisee_reads_it() {
    let app = TestApp::spawn().await;
    let (sam_id, sue_id) = with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let first_case = open_case(&sam, "Robin Example").await;
    let second_case = open_case(&sam, "Alex Example").await;

    // Before anything is recorded: due, and said so.
    let overview = sue.get("/supervision").await;
    assert_eq!(overview.status, 200);
    assert!(
        overview
            .body
            .contains("href=\"/supervision\">Supervision</a>"),
        "the header links here"
    );
    let row = section(
        &overview.body,
        &format!("data-supervisee=\"{sam_id}\""),
        "</tr>",
    );
    assert!(row.contains("Sam Jones"));
    assert!(row.contains("No supervision recorded yet"));
    assert!(row.contains("govuk-tag--orange"), "{row}");
    assert!(
        overview
            .body
            .contains("Supervision is expected every 28 days")
    );

    let person = sue.get(&format!("/supervision/{sam_id}")).await;
    assert_eq!(person.status, 200);
    assert!(
        person
            .body
            .contains(&format!("href=\"/supervision/{sam_id}/new\""))
    );
    assert!(
        person
            .body
            .contains("No supervision meetings have been recorded yet.")
    );

    // The form offers Sam's open cases by reference.
    let form = sue.get(&format!("/supervision/{sam_id}/new")).await;
    assert!(form.body.contains(&format!("value=\"{first_case}\"")));
    assert!(form.body.contains(&format!("value=\"{second_case}\"")));
    assert!(form.body.contains("name=\"held_on-day\""));

    let held = today() - chrono::Duration::days(2);
    let meeting = Meeting {
        cases: vec![first_case.as_str()],
        notes: "Talked through the canary-notes about boundaries.",
        support: "A debrief after each canary-support session.",
        ..Meeting::on(held, "Tired; the canary-wellbeing has been a strain.")
    };
    let form_id = hidden(&form.body, "record");
    let saved = sue
        .post(
            &format!("/supervision/{sam_id}/new"),
            &meeting.fields(&[("record", &form_id), ("version", "0")]),
        )
        .await;
    assert_eq!(
        location(&saved),
        format!("/supervision/{sam_id}?done=recorded")
    );
    assert!(app.audited("supervision-record-saved").await);
    // The same form sent twice saves once.
    let again = sue
        .post(
            &format!("/supervision/{sam_id}/new"),
            &meeting.fields(&[("record", &form_id), ("version", "0")]),
        )
        .await;
    assert_eq!(
        location(&again),
        format!("/supervision/{sam_id}?done=recorded")
    );
    assert_eq!(count_records(&app).await, 1);

    let list = sue
        .get(&format!("/supervision/{sam_id}?done=recorded"))
        .await;
    assert!(
        list.body
            .contains("The supervision meeting has been recorded.")
    );
    assert!(list.body.contains(&words(held)));
    let ids = record_links(&list.body);
    assert_eq!(ids, [form_id.as_str()]);
    let record_url = format!("/supervision/records/{form_id}");

    let reads_before = app
        .audit_actions()
        .await
        .iter()
        .filter(|a| *a == "supervision-record-read")
        .count();
    let page = sue.get(&record_url).await;
    assert_eq!(page.status, 200);
    for text in [
        "Talked through the canary-notes about boundaries.",
        "Tired; the canary-wellbeing has been a strain.",
        "A debrief after each canary-support session.",
        first_case.as_str(),
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert!(!page.body.contains(&second_case), "only the chosen case");
    assert!(page.body.contains(&format!("href=\"{record_url}/edit\"")));
    let reads_after = app
        .audit_actions()
        .await
        .iter()
        .filter(|a| *a == "supervision-record-read")
        .count();
    assert_eq!(reads_after, reads_before + 1, "every read is audited");

    // The supervisor changes it.
    let edit = sue.get(&format!("{record_url}/edit")).await;
    assert_eq!(edit.status, 200);
    assert!(
        edit.body
            .contains("Tired; the canary-wellbeing has been a strain.")
    );
    assert!(
        edit.body
            .contains(&format!("value=\"{first_case}\" checked"))
    );
    let changed = Meeting {
        cases: vec![first_case.as_str(), second_case.as_str()],
        notes: meeting.notes,
        support: meeting.support,
        ..Meeting::on(held, "Better after leave; canary-changed.")
    };
    let version = version_in(&edit.body);
    let saved = sue
        .post(
            &format!("{record_url}/edit"),
            &changed.fields(&[("version", &version)]),
        )
        .await;
    assert_eq!(location(&saved), format!("{record_url}?done=saved"));
    let page = sue.get(&format!("{record_url}?done=saved")).await;
    assert!(page.body.contains("Your changes have been saved."));
    assert!(page.body.contains("Better after leave; canary-changed."));
    assert!(page.body.contains(&second_case));

    // The supervisee reads it, read-only.
    let mine = sam.get("/supervision/mine").await;
    assert_eq!(mine.status, 200);
    assert!(
        mine.body
            .contains("href=\"/supervision/mine\">Your supervision</a>"),
        "the header links here"
    );
    assert!(mine.body.contains("Sue Super"));
    assert_eq!(record_links(&mine.body), [form_id.as_str()]);
    let read = sam.get(&record_url).await;
    assert_eq!(read.status, 200);
    assert!(read.body.contains("Better after leave; canary-changed."));
    assert!(
        read.body
            .contains("Only the supervisor who wrote this record can change it.")
    );
    assert!(!read.body.contains(&format!("{record_url}/edit")));
    assert_eq!(sam.get(&format!("{record_url}/edit")).await.status, 404);
    let refused = sam
        .post(
            &format!("{record_url}/edit"),
            &changed.fields(&[("version", "2")]),
        )
        .await;
    assert_eq!(refused.status, 404);
    assert_eq!(
        sam.get("/supervision").await.status,
        404,
        "not a supervisor"
    );
    assert_eq!(sam.get(&format!("/supervision/{sam_id}")).await.status, 404);

    // Sealed to both of them, with its binding: each opens it with their own key.
    let row: (String, String, i64, Vec<u8>) = sqlx::query_as(
        "SELECT supervisor_id, held_on, version, body FROM supervision_records WHERE id = ?",
    )
    .bind(&form_id)
    .fetch_one(app.db.reader())
    .await
    .unwrap();
    assert_eq!(row.0, sue_id.as_str());
    assert_eq!(row.1, held.format("%Y-%m-%d").to_string());
    assert_eq!(row.2, 2);
    for (email, n) in [(SAM, 2), (SUE, 4)] {
        let wrapped: Vec<u8> = sqlx::query_scalar("SELECT wrapped_key FROM users WHERE email = ?")
            .bind(email)
            .fetch_one(app.db.reader())
            .await
            .unwrap();
        let key = open_wrapped(&wrapped, &password(n)).unwrap();
        let body: RecordBody =
            dialogues::crypto::open_as(&binding(&form_id, sue_id.as_str(), 2), &row.3, &key)
                .unwrap();
        assert_eq!(body.wellbeing, "Better after leave; canary-changed.");
        assert_eq!(body.cases.len(), 2);
        // An older version's binding is refused.
        assert!(
            dialogues::crypto::open_as::<RecordBody>(
                &binding(&form_id, sue_id.as_str(), 1),
                &row.3,
                &key
            )
            .is_err()
        );
    }

    // At rest: nothing typed is in the database file or its write-ahead log, audit included.
    assert_not_in_database(
        &app,
        &[
            "canary-notes",
            "canary-wellbeing",
            "canary-support",
            "canary-changed",
        ],
    );
    let details: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action LIKE 'supervision-record-%'")
            .fetch_all(app.db.reader())
            .await
            .unwrap();
    assert!(details.len() >= 4);
    assert!(
        details
            .iter()
            .all(|d| !d.contains("canary") && !d.contains("DD-"))
    );
}

#[tokio::test]
async fn nobody_else_reaches_any_supervision_record_and_cover_and_link_changes_follow_the_view() {
    let app = TestApp::spawn().await;
    let (sam_id, sue_id) = with_sam_and_sue(&app).await;
    let sid_id = app
        .add_person(
            "sid@example.org",
            "Sid Other",
            &["supervisor"],
            &password(5),
        )
        .await;
    app.add_supervised(
        "fay@example.org",
        "Fay Other",
        &["facilitator"],
        &password(6),
        &["sid@example.org"],
    )
    .await;
    let sue = signed_in(&app, SUE, 4).await;
    let sid = signed_in(&app, "sid@example.org", 5).await;
    let fay = signed_in(&app, "fay@example.org", 6).await;
    let ada = signed_in(&app, "ada@example.org", 1).await;
    let id = recorded(
        &sue,
        &sam_id,
        &Meeting::on(today(), "Coping well; canary-w."),
    )
    .await;

    let record_url = format!("/supervision/records/{id}");
    let reads = [
        format!("/supervision/{sam_id}"),
        format!("/supervision/{sam_id}/new"),
        record_url.clone(),
        format!("{record_url}/edit"),
    ];
    let meeting = Meeting::on(today(), "Written by someone else.");
    let writes = [
        format!("/supervision/{sam_id}/new"),
        format!("{record_url}/edit"),
    ];
    for (who, outsider) in [
        ("another supervisor", &sid),
        ("another facilitator", &fay),
        ("an administrator", &ada),
    ] {
        for url in &reads {
            assert_eq!(outsider.get(url).await.status, 404, "{who}: GET {url}");
        }
        for url in &writes {
            let page = outsider
                .post(
                    url,
                    &meeting.fields(&[
                        ("version", "1"),
                        ("record", &uuid::Uuid::new_v4().to_string()),
                    ]),
                )
                .await;
            assert_eq!(page.status, 404, "{who}: POST {url}");
        }
    }
    assert_eq!(fay.get("/supervision").await.status, 404);
    assert_eq!(ada.get("/supervision").await.status, 404);
    let sid_list = sid.get("/supervision").await;
    assert_eq!(sid_list.status, 200);
    assert!(sid_list.body.contains("Fay Other"));
    assert!(!sid_list.body.contains("Sam Jones"));
    // Fay sees her own (empty) supervision, never Sam's.
    let fay_mine = fay.get("/supervision/mine").await;
    assert!(fay_mine.body.contains("Sid Other"));
    assert!(record_links(&fay_mine.body).is_empty());
    assert_eq!(
        count_records(&app).await,
        1,
        "nothing was saved by anyone else"
    );
    // Ids that do not exist, or are not ids.
    for url in [
        format!("/supervision/records/{}", uuid::Uuid::new_v4()),
        "/supervision/records/not-an-id".to_owned(),
        format!("/supervision/{}", uuid::Uuid::new_v4()),
        format!("/supervision/{sue_id}"),
    ] {
        assert_eq!(sue.get(&url).await.status, 404, "GET {url}");
    }

    // Cover: Sid covers for Sue today, so he supervises Sam through the view: he sees when
    // Sam's supervision happened and can record a meeting, but cannot open Sue's record.
    execute(
        &app,
        "INSERT INTO supervision_cover (id, absent_id, covering_id, starts_on, ends_on, reason, created_by, created_at)
         VALUES ('c1', ?, ?, date('now', '-1 day'), date('now', '+1 day'), 'leave', 'test', '2026-01-01')",
        &[sue_id.as_str(), sid_id.as_str()],
    )
    .await
    .unwrap();
    let covered = sid.get("/supervision").await;
    assert!(
        covered.body.contains("Sam Jones"),
        "cover comes from effective_supervision"
    );
    let page = sid.get(&format!("/supervision/{sam_id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&words(today())));
    assert!(
        page.body
            .contains("Only Sue Super and the person it is about can read it")
    );
    assert!(record_links(&page.body).is_empty());
    assert_eq!(sid.get(&record_url).await.status, 404);
    let by_cover = recorded(&sid, &sam_id, &Meeting::on(today(), "Seen by cover.")).await;
    assert_eq!(
        sue.get(&format!("/supervision/records/{by_cover}"))
            .await
            .status,
        404
    );
    let sam = signed_in(&app, SAM, 2).await;
    assert_eq!(
        record_links(&sam.get("/supervision/mine").await.body).len(),
        2
    );
    execute(
        &app,
        "UPDATE supervision_cover SET starts_on = '2020-01-01', ends_on = '2020-01-02'",
        &[],
    )
    .await
    .unwrap();
    let after_cover = sid.get("/supervision").await;
    assert!(!section(&after_cover.body, "id=\"supervisees\"", "</table>").contains("Sam Jones"));
    assert!(section(&after_cover.body, "id=\"earlier\"", "</table>").contains("Sam Jones"));
    // Sid keeps what he wrote, read-only.
    assert_eq!(
        sid.get(&format!("/supervision/records/{by_cover}"))
            .await
            .status,
        200
    );
    assert_eq!(
        sid.get(&format!("/supervision/{sam_id}/new")).await.status,
        404
    );

    // Sue stops supervising Sam: she still reads what she wrote, and adds or changes nothing.
    accounts::set_supervisors(&app.db, &ChangedBy::command_line(), &sam_id, &[])
        .await
        .unwrap();
    let overview = sue.get("/supervision").await;
    let earlier = section(&overview.body, "id=\"earlier\"", "</table>");
    assert!(earlier.contains("Sam Jones"), "{}", overview.body);
    let former = sue.get(&format!("/supervision/{sam_id}")).await;
    assert_eq!(former.status, 200);
    assert!(former.body.contains("You no longer supervise this person."));
    assert_eq!(
        record_links(&former.body),
        [id.as_str()],
        "only her own records"
    );
    assert!(!former.body.contains(&format!("/supervision/{sam_id}/new")));
    let read = sue.get(&record_url).await;
    assert_eq!(read.status, 200);
    assert!(read.body.contains("Coping well; canary-w."));
    assert!(!read.body.contains(&format!("{record_url}/edit")));
    assert_eq!(sue.get(&format!("{record_url}/edit")).await.status, 404);
    assert_eq!(
        sue.get(&format!("/supervision/{sam_id}/new")).await.status,
        404
    );
    let late = sue
        .post(
            &format!("/supervision/{sam_id}/new"),
            &meeting.fields(&[("version", "0")]),
        )
        .await;
    assert_eq!(late.status, 404);
    assert_eq!(count_records(&app).await, 2);
    // A record is never deleted, whatever asks.
    assert!(
        execute(&app, "DELETE FROM supervision_records", &[])
            .await
            .is_err()
    );
    assert!(
        execute(
            &app,
            "UPDATE supervision_records SET supervisee_id = ?",
            &[sue_id.as_str()]
        )
        .await
        .is_err(),
        "nor moved to someone else"
    );
    assert_eq!(count_records(&app).await, 2);
}

#[tokio::test]
async fn overdue_supervision_is_flagged_against_the_configured_frequency() {
    let app = TestApp::spawn_with(|c| c.supervision_every_days = 14).await;
    let (sam_id, _) = with_sam_and_sue(&app).await;
    let pat_id = app
        .add_supervised(
            "pat@example.org",
            "Pat Recent",
            &["facilitator"],
            &password(7),
            &[SUE],
        )
        .await;
    let sue = signed_in(&app, SUE, 4).await;
    let long_ago = today() - chrono::Duration::days(20);
    let recent = today() - chrono::Duration::days(3);
    recorded(&sue, &sam_id, &Meeting::on(long_ago, "Struggling.")).await;
    recorded(&sue, &pat_id, &Meeting::on(recent, "Well.")).await;

    let overview = sue.get("/supervision").await;
    assert!(
        overview
            .body
            .contains("Supervision is expected every 14 days")
    );
    let sam_row = section(
        &overview.body,
        &format!("data-supervisee=\"{sam_id}\""),
        "</tr>",
    );
    assert!(sam_row.contains(&words(long_ago)));
    assert!(sam_row.contains(&words(long_ago + chrono::Duration::days(14))));
    assert!(sam_row.contains("govuk-tag--red"), "{sam_row}");
    assert!(sam_row.contains(">Overdue<"));
    let pat_row = section(
        &overview.body,
        &format!("data-supervisee=\"{pat_id}\""),
        "</tr>",
    );
    assert!(pat_row.contains(&words(recent + chrono::Duration::days(14))));
    assert!(!pat_row.contains("govuk-tag"), "{pat_row}");

    // The supervisee sees the same.
    let sam = signed_in(&app, SAM, 2).await;
    let mine = sam.get("/supervision/mine").await;
    assert!(section(&mine.body, "id=\"standing\"", "</dl>").contains(">Overdue<"));
    let page = sue.get(&format!("/supervision/{sam_id}")).await;
    assert!(section(&page.body, "id=\"standing\"", "</dl>").contains(">Overdue<"));

    // A meeting today clears the flag; the list is newest first.
    recorded(&sue, &sam_id, &Meeting::on(today(), "Back on track.")).await;
    let overview = sue.get("/supervision").await;
    let sam_row = section(
        &overview.body,
        &format!("data-supervisee=\"{sam_id}\""),
        "</tr>",
    );
    assert!(!sam_row.contains("govuk-tag"), "{sam_row}");
    assert!(sam_row.contains(&words(today())));
    let page = sue.get(&format!("/supervision/{sam_id}")).await;
    let meetings = section(&page.body, "id=\"meetings\"", "</table>");
    let newest = meetings.find(&words(today())).unwrap();
    let oldest = meetings.find(&words(long_ago)).unwrap();
    assert!(newest < oldest, "newest first");
}

#[tokio::test]
async fn bad_input_gets_clear_messages_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let (sam_id, _) = with_sam_and_sue(&app).await;
    let sam = signed_in(&app, SAM, 2).await;
    let sue = signed_in(&app, SUE, 4).await;
    let reference = open_case(&sam, "Robin Example").await;
    let new_url = format!("/supervision/{sam_id}/new");

    let expect_error = |page: &Page, field: &str, message: &str| {
        assert_eq!(page.status, 422, "{}", page.body);
        assert!(
            page.body.contains("govuk-error-summary"),
            "an error summary"
        );
        assert!(
            page.body.contains(&format!("href=\"#{field}\"")),
            "the summary links to {field}"
        );
        assert!(
            page.body
                .contains(&format!("id=\"{}-error\"", field.trim_end_matches("-day"))),
            "a message by {field}"
        );
        assert!(page.body.contains(message), "{message}: {}", page.body);
        assert!(page.body.contains("<title>Error:"));
    };

    // No wellbeing written.
    let no_wellbeing = Meeting {
        notes: "Kept notes about the week.",
        cases: vec![reference.as_str()],
        ..Meeting::on(today(), "   ")
    };
    let page = record(&sue, &sam_id, &no_wellbeing).await;
    expect_error(
        &page,
        "wellbeing",
        "Enter how the practitioner is: their wellbeing",
    );
    assert!(page.body.contains("Kept notes about the week."));
    assert!(
        page.body
            .contains(&format!("value=\"{reference}\" checked")),
        "the chosen case stays ticked"
    );

    // A date in the future.
    let tomorrow = today() + chrono::Duration::days(1);
    let page = record(&sue, &sam_id, &Meeting::on(tomorrow, "Kept wellbeing.")).await;
    expect_error(
        &page,
        "held_on-day",
        "The date of the meeting must be today or in the past",
    );
    assert!(page.body.contains("Kept wellbeing."));
    assert!(page.body.contains(&format!(
        "name=\"held_on-year\" type=\"text\" inputmode=\"numeric\" value=\"{}\"",
        tomorrow.year()
    )));

    // A date that does not exist, and no date at all.
    let impossible = Meeting {
        day: "31".into(),
        month: "2".into(),
        year: "2026".into(),
        ..Meeting::on(today(), "Kept again.")
    };
    let page = record(&sue, &sam_id, &impossible).await;
    expect_error(
        &page,
        "held_on-day",
        "Enter a real date, for example 27 3 2026",
    );
    assert!(page.body.contains("value=\"31\""));
    let missing = Meeting {
        day: String::new(),
        month: String::new(),
        year: String::new(),
        ..Meeting::on(today(), "Kept too.")
    };
    let page = record(&sue, &sam_id, &missing).await;
    expect_error(&page, "held_on-day", "Enter the date of the meeting");

    // Too long.
    let long = "y".repeat(20_001);
    let too_long = Meeting {
        support: &long,
        ..Meeting::on(today(), "Fine.")
    };
    let page = record(&sue, &sam_id, &too_long).await;
    expect_error(&page, "support_agreed", "You have typed 20001");
    assert!(page.body.contains(&long), "the text is kept");

    // A case that is not the supervisee's.
    let page = sue
        .post(
            &new_url,
            &Meeting {
                cases: vec!["DD-ZZZZZZ"],
                ..Meeting::on(today(), "Fine.")
            }
            .fields(&[("record", &uuid::Uuid::new_v4().to_string())]),
        )
        .await;
    expect_error(&page, "cases", "Select cases from the list");
    assert_eq!(count_records(&app).await, 0, "nothing bad was saved");

    // Two tabs on one record: the second save is a visible conflict, not an overwrite.
    let id = recorded(&sue, &sam_id, &Meeting::on(today(), "First version.")).await;
    let edit_url = format!("/supervision/records/{id}/edit");
    let tab_one = sue.get(&edit_url).await;
    let tab_two = sue.get(&edit_url).await;
    let first = sue
        .post(
            &edit_url,
            &Meeting::on(today(), "Saved from tab one.")
                .fields(&[("version", &version_in(&tab_one.body))]),
        )
        .await;
    assert_eq!(first.status, 303, "{}", first.body);
    let second = sue
        .post(
            &edit_url,
            &Meeting::on(today(), "Typed in tab two.")
                .fields(&[("version", &version_in(&tab_two.body))]),
        )
        .await;
    assert_eq!(second.status, 409);
    assert!(second.body.contains("govuk-error-summary"));
    assert!(second.body.contains("href=\"#saved\""));
    assert!(second.body.contains("changed in another tab or window"));
    assert!(
        second.body.contains("Saved from tab one."),
        "what is saved is shown"
    );
    assert!(
        second.body.contains("Typed in tab two."),
        "what was typed is kept"
    );
    let read = sue.get(&format!("/supervision/records/{id}")).await;
    assert!(read.body.contains("Saved from tab one."));
    assert!(!read.body.contains("Typed in tab two."));
    // Saving again from the conflict page replaces it on purpose.
    let again = sue
        .post(
            &edit_url,
            &Meeting::on(today(), "Typed in tab two.")
                .fields(&[("version", &version_in(&second.body))]),
        )
        .await;
    assert_eq!(again.status, 303, "{}", again.body);
    assert!(
        sue.get(&format!("/supervision/records/{id}"))
            .await
            .body
            .contains("Typed in tab two.")
    );
    // A bad change keeps the text too.
    let current = sue.get(&edit_url).await;
    let blank = Meeting {
        notes: "Notes kept on a bad change.",
        ..Meeting::on(today(), "")
    };
    let page = sue
        .post(
            &edit_url,
            &blank.fields(&[("version", &version_in(&current.body))]),
        )
        .await;
    expect_error(&page, "wellbeing", "Enter how the practitioner is");
    assert!(page.body.contains("Notes kept on a bad change."));
}

#[test]
fn the_frequency_must_be_one_to_366_days() {
    let dir = tempfile::tempdir().unwrap();
    for (value, says) in [
        ("0", "every 0 days"),
        ("367", "more than a year"),
        ("often", "not a number of days"),
    ] {
        let output = run_dialogues(
            &["serve", "--supervision-every-days", value],
            &[],
            dir.path(),
        );
        assert!(!output.status.success(), "{value} is refused");
        let message = stderr(&output);
        assert!(message.contains(says), "{value}: {message}");
        assert!(message.contains("from 1 to 366"), "{message}");
    }
    let output = run_dialogues(
        &["serve"],
        &[("DIALOGUES_SUPERVISION_EVERY_DAYS", "0")],
        dir.path(),
    );
    assert!(!output.status.success());
    assert!(stderr(&output).contains("every 0 days"));
}
