//! Training records, the facilitation rule as people see it, the manager's overview, the CSV
//! import and export (web and command line), and reminders.

mod common;

use common::{TestApp, password, run_dialogues, stderr, stdout};
use dialogues::accounts::{self, ChangedBy, UserId};

const MANAGER: &str = "tara@example.org";

async fn count_records(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM training_records")
        .fetch_one(app.db.reader())
        .await
        .unwrap()
}

/// An organisation with a training manager (Tara) and a facilitator (Sam).
async fn with_manager_and_sam(app: &TestApp) -> (UserId, UserId) {
    app.init_organisation("ada@example.org", &password(1)).await;
    let sam = app.add_sam().await;
    let tara = app
        .add_person(MANAGER, "Tara Trainer", &["training-manager"], &password(3))
        .await;
    (tara, sam)
}

fn date_fields<'a>(name: &str, d: &'a str, m: &'a str, y: &'a str) -> Vec<(String, &'a str)> {
    vec![
        (format!("{name}-day"), d),
        (format!("{name}-month"), m),
        (format!("{name}-year"), y),
    ]
}

/// Imports `csv` with `dialogues training import`, as a manager at the machine would.
fn import_csv(app: &TestApp, csv: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.csv");
    std::fs::write(&file, csv).unwrap();
    let data = app.data_dir();
    let out = run_dialogues(
        &[
            "training",
            "import",
            "--data",
            data.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Posts a form with a GOV.UK date input named `date_name` among its fields.
async fn post_dated(
    browser: &common::Browser,
    path: &str,
    fields: &[(&str, &str)],
    date_name: &str,
    (d, m, y): (&str, &str, &str),
) -> common::Page {
    let dates = date_fields(date_name, d, m, y);
    let mut all: Vec<(&str, &str)> = fields.to_vec();
    all.extend(dates.iter().map(|(k, v)| (k.as_str(), *v)));
    browser.post(path, &all).await
}

/// Sue Visor, who supervises `person` and signs in with `password(4)`.
async fn add_supervisor_of(app: &TestApp, person: &UserId) -> UserId {
    let sue = app
        .add_person(
            "sue@example.org",
            "Sue Visor",
            &["supervisor"],
            &password(4),
        )
        .await;
    accounts::set_supervisors(
        &app.db,
        &ChangedBy::command_line(),
        person,
        std::slice::from_ref(&sue),
    )
    .await
    .unwrap();
    sue
}

async fn record(
    browser: &common::Browser,
    person: &UserId,
    requirement: &str,
    date: (&str, &str, &str),
    score: &str,
) -> common::Page {
    post_dated(
        browser,
        &format!("/training/staff/{person}/records"),
        &[
            ("requirement", requirement),
            ("score", score),
            ("evidence", "Register seen"),
        ],
        "completed",
        date,
    )
    .await
}

#[tokio::test]
async fn a_manager_records_training_and_the_person_sees_when_they_may_facilitate() {
    let app = TestApp::spawn().await;
    let (_tara, sam) = with_manager_and_sam(&app).await;
    let manager = app.browser();
    manager.sign_in(MANAGER, &password(3)).await;
    let learner = app.browser();
    learner.sign_in("sam@example.org", &password(2)).await;

    // Nothing recorded: Sam may not facilitate, and is told what is missing.
    let own = learner.get("/training").await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("You cannot facilitate"), "{}", own.body);
    assert!(
        own.body
            .contains("ASPECTS extremism awareness training or WRAP 3 workshop: Missing")
    );

    // Staff details, then each completion.
    let saved = post_dated(
        &manager,
        &format!("/training/staff/{sam}/details"),
        &[("staff_group", "prison"), ("team", "North wing")],
        "joined",
        ("1", "9", "2019"),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    for (requirement, score) in [
        ("aspects", ""),
        ("elearning-understanding/understanding-1", "90"),
        ("elearning-understanding/understanding-2", "70"),
        ("elearning-dd/dd-1", "80"),
        ("elearning-dd/dd-2", "80"),
    ] {
        let page = record(&manager, &sam, requirement, ("3", "2", "2026"), score).await;
        assert_eq!(page.status, 303, "{requirement}: {}", page.body);
    }
    // Still missing the face-to-face training.
    let own = learner.get("/training").await;
    assert!(
        own.body
            .contains("Developing Dialogues face-to-face training: Missing")
    );
    assert!(
        !own.body
            .contains("ASPECTS extremism awareness training or WRAP 3 workshop: Missing")
    );
    let page = record(&manager, &sam, "dd-face-to-face", ("10", "2", "2026"), "").await;
    assert_eq!(page.status, 303);
    let own = learner.get("/training").await;
    assert!(own.body.contains("You may facilitate"), "{}", own.body);
    // The course score is the mean of its modules: (90 + 70) / 2.
    assert!(own.body.contains("(80%)"));
    assert!(app.audited("training-recorded").await);
    assert!(app.audited("staff-details-changed").await);

    // The same rule, asked directly.
    let toolkit = dialogues::toolkit::Toolkit::builtin().unwrap();
    let training = &toolkit.content(toolkit.source_language).training;
    let (_, facilitation) = dialogues::training::standing_of(&app.db, training, &sam)
        .await
        .unwrap()
        .unwrap();
    assert!(facilitation.allowed);
}

#[tokio::test]
async fn bad_completions_are_refused_field_by_field_keeping_what_was_typed() {
    let app = TestApp::spawn().await;
    let (_tara, sam) = with_manager_and_sam(&app).await;
    let manager = app.browser();
    manager.sign_in(MANAGER, &password(3)).await;

    let future = record(
        &manager,
        &sam,
        "elearning-dd/dd-1",
        ("1", "1", "2099"),
        "101",
    )
    .await;
    assert_eq!(future.status, 400);
    assert!(future.body.contains("govuk-error-summary"));
    assert!(future.body.contains("is in the future"), "{}", future.body);
    assert!(future.body.contains("The score 101 is above 100"));
    assert!(
        future.body.contains(r#"value="2099""#),
        "the typed year is kept"
    );
    assert!(
        future.body.contains(r#"value="101""#),
        "the typed score is kept"
    );
    assert!(
        future.body.contains("Register seen"),
        "the typed evidence is kept"
    );

    let not_real = record(&manager, &sam, "aspects", ("31", "2", "2026"), "").await;
    assert_eq!(not_real.status, 400);
    assert!(not_real.body.contains("Enter a real date"));

    let no_score = record(&manager, &sam, "elearning-dd/dd-1", ("1", "1", "2026"), "").await;
    assert!(
        no_score
            .body
            .contains("has a knowledge check: give the score")
    );

    let unknown = record(&manager, &sam, "juggling", ("1", "1", "2026"), "").await;
    assert_eq!(unknown.status, 400);
    assert!(
        unknown.body.contains("juggling&#34; is not a requirement"),
        "{}",
        unknown.body
    );
    assert_eq!(count_records(&app).await, 0);
}

#[tokio::test]
async fn only_training_managers_manage_and_supervisors_only_read_their_own_people() {
    let app = TestApp::spawn().await;
    let (tara, sam) = with_manager_and_sam(&app).await;
    add_supervisor_of(&app, &sam).await;
    let other = app
        .add_person(
            "oli@example.org",
            "Oli Other",
            &["facilitator"],
            &password(5),
        )
        .await;

    let learner = app.browser();
    learner.sign_in("sam@example.org", &password(2)).await;
    for path in [
        "/training/staff".to_owned(),
        "/training/staff.csv".to_owned(),
        "/training/import".to_owned(),
        format!("/training/staff/{tara}"),
    ] {
        assert_eq!(learner.get(&path).await.status, 404, "{path}");
    }
    let post = learner
        .post(
            &format!("/training/staff/{sam}/records"),
            &[("requirement", "aspects")],
        )
        .await;
    assert_eq!(post.status, 404);

    let supervisor = app.browser();
    supervisor.sign_in("sue@example.org", &password(4)).await;
    let page = supervisor.get(&format!("/training/staff/{sam}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sam Jones"));
    assert!(
        !page.body.contains("/records\""),
        "no forms for a supervisor"
    );
    assert_eq!(
        supervisor
            .get(&format!("/training/staff/{other}"))
            .await
            .status,
        404
    );
    assert_eq!(
        supervisor.get("/training/staff/not-an-id").await.status,
        404
    );
}

const GOOD_FILE: &str = "email,requirement,module,completed_on,score,evidence
sam@example.org,aspects,,2024-05-14,,Attendance register
sam@example.org,elearning-dd,dd-1,2026-02-03,85,
sam@example.org,elearning-dd,dd-2,2026-02-10,90,\"Certificate, page 2\"
tara@example.org,wrap3,,2023-01-09,,=cmd
";

const BAD_FILE: &str = "email,requirement,module,completed_on,score,evidence
sam@example.org,aspects,,2024-05-14,,
nobody@example.org,aspects,,2024-05-14,,
sam@example.org,elearning-dd,dd-1,2099-02-03,85,
sam@example.org,elearning-dd,dd-2,2026-02-10,190,
sam@example.org,aspects,,2024-05-14,,again
sam@example.org,firefighting,,2024-05-14,,
";

#[tokio::test]
async fn the_command_line_import_is_all_or_nothing_idempotent_and_round_trips_with_export() {
    let app = TestApp::spawn().await;
    with_manager_and_sam(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let data = app.data_dir();
    let data = data.to_str().unwrap();
    let good = dir.path().join("good.csv");
    std::fs::write(&good, GOOD_FILE).unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, BAD_FILE).unwrap();

    // A bad file: every problem by line, nothing imported, a failing exit.
    let refused = run_dialogues(
        &["training", "import", "--data", data, bad.to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert!(!refused.status.success());
    let message = stderr(&refused);
    for expected in [
        "nothing was imported",
        "line 3: Nobody has an account with the email nobody@example.org",
        "line 4: The date 2099-02-03 is in the future",
        "line 5: The score 190 is above 100",
        "line 6: This row repeats line 2",
        "line 7: \"firefighting\" is not a requirement",
    ] {
        assert!(
            message.contains(expected),
            "missing {expected:?} in {message}"
        );
    }
    assert!(!message.contains("line 2:"), "line 2 is fine: {message}");
    assert_eq!(count_records(&app).await, 0);

    // A good file, twice: the second import changes nothing.
    let first = run_dialogues(
        &["training", "import", "--data", data, good.to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).contains("4 added, 0 changed, 0 already recorded"));
    let audit_rows = app.audit_actions().await.len();
    let second = run_dialogues(
        &["training", "import", "--data", data, good.to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert!(stdout(&second).contains("0 added, 0 changed, 4 already recorded"));
    assert_eq!(count_records(&app).await, 4);
    assert_eq!(
        app.audit_actions().await.len(),
        audit_rows,
        "no-op imports add no audit rows"
    );

    // The export is in the import's columns and re-imports unchanged.
    let export = run_dialogues(&["training", "export", "--data", data], &[], dir.path());
    assert!(export.status.success(), "{}", stderr(&export));
    let csv = stdout(&export);
    assert!(csv.starts_with("email,requirement,module,completed_on,score,evidence\n"));
    assert!(
        csv.contains("sam@example.org,elearning-dd,dd-2,2026-02-10,90,\"Certificate, page 2\"")
    );
    assert!(
        csv.contains("tara@example.org,wrap3,,2023-01-09,,'=cmd"),
        "{csv}"
    );
    let exported = dir.path().join("export.csv");
    std::fs::write(&exported, &csv).unwrap();
    let again = run_dialogues(
        &[
            "training",
            "import",
            "--data",
            data,
            exported.to_str().unwrap(),
        ],
        &[],
        dir.path(),
    );
    assert!(
        stdout(&again).contains("0 added, 0 changed, 4 already recorded"),
        "{}",
        stderr(&again)
    );
    let stored: String =
        sqlx::query_scalar("SELECT evidence FROM training_records WHERE requirement = 'wrap3'")
            .fetch_one(app.db.reader())
            .await
            .unwrap();
    assert_eq!(stored, "=cmd", "the spreadsheet escape is undone on import");

    // A file that is not there.
    let missing = run_dialogues(
        &["training", "import", "--data", data, "nowhere.csv"],
        &[],
        dir.path(),
    );
    assert!(stderr(&missing).contains("cannot read nowhere.csv"));
}

#[tokio::test]
async fn the_upload_page_checks_the_whole_file_and_needs_the_csrf_token() {
    let app = TestApp::spawn().await;
    with_manager_and_sam(&app).await;
    let manager = app.browser();
    manager.sign_in(MANAGER, &password(3)).await;
    assert_eq!(manager.get("/training/import").await.status, 200);

    let refused = manager
        .upload(
            "/training/import",
            "file",
            "bad.csv",
            BAD_FILE.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("The file has 5 problems, so nothing was imported")
    );
    assert!(
        refused
            .body
            .contains("Nobody has an account with the email nobody@example.org")
    );
    assert_eq!(count_records(&app).await, 0);

    let latin1 = b"email,requirement,module,completed_on,score,evidence\nsam@example.org,aspects,,2024-05-14,,Caf\xe9\n".to_vec();
    let page = manager
        .upload("/training/import", "file", "latin1.csv", latin1)
        .await;
    assert!(page.body.contains("not UTF-8 text"));

    let empty = manager
        .upload("/training/import", "file", "none.csv", Vec::new())
        .await;
    assert!(empty.body.contains("Choose a CSV file to import"));

    let done = manager
        .upload(
            "/training/import",
            "file",
            "good.csv",
            GOOD_FILE.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let notice = manager.get(done.location().unwrap()).await;
    assert!(
        notice
            .body
            .contains("4 added, 0 changed, 0 already recorded")
    );
    assert!(app.audited("training-imported").await);

    // Without the token the upload is refused, whatever the file.
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(GOOD_FILE.as_bytes().to_vec()).file_name("good.csv"),
    );
    let forged = manager
        .client
        .post(manager.url("/training/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
}

#[tokio::test]
async fn the_overview_filters_counts_charts_and_downloads() {
    let app = TestApp::spawn().await;
    let (_tara, sam) = with_manager_and_sam(&app).await;
    let oli = app
        .add_person(
            "oli@example.org",
            "Oli Other",
            &["facilitator"],
            &password(5),
        )
        .await;
    let manager = app.browser();
    manager.sign_in(MANAGER, &password(3)).await;
    for (person, team) in [(&sam, "North"), (&oli, "South")] {
        let page = post_dated(
            &manager,
            &format!("/training/staff/{person}/details"),
            &[("staff_group", "prison"), ("team", team)],
            "joined",
            ("", "", ""),
        )
        .await;
        assert_eq!(page.status, 303);
    }
    import_csv(
        &app,
        "email,requirement,module,completed_on,score,evidence
sam@example.org,aspects,,2024-05-14,,
sam@example.org,elearning-understanding,understanding-1,2025-02-03,85,
sam@example.org,elearning-understanding,understanding-2,2025-02-03,85,
sam@example.org,elearning-dd,dd-1,2025-02-03,85,
sam@example.org,elearning-dd,dd-2,2025-02-03,90,
sam@example.org,dd-face-to-face,,2025-03-01,,
",
    );

    let all = manager.get("/training/staff").await;
    assert_eq!(all.status, 200);
    assert!(all.body.contains("Sam Jones") && all.body.contains("Oli Other"));
    assert!(all.body.contains("1 may facilitate") || all.body.contains("One may facilitate"));
    assert!(
        all.body.contains("<svg"),
        "the compliance chart is drawn on the server"
    );
    assert!(all.body.contains("Show the figures as a table"));

    let north = manager.get("/training/staff?team=North").await;
    assert!(north.body.contains("Sam Jones") && !north.body.contains("Oli Other"));
    let valid = manager.get("/training/staff?status=valid").await;
    assert!(valid.body.contains("Sam Jones") && !valid.body.contains("Oli Other"));
    let managers = manager.get("/training/staff?role=training-manager").await;
    assert!(managers.body.contains("Tara Trainer") && !managers.body.contains("Sam Jones"));

    let csv = manager.get("/training/staff.csv?team=South").await;
    assert_eq!(csv.status, 200);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let mut lines = csv.body.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("name,email,team,staff_group,roles,may_facilitate,aspects:status"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].starts_with("Oli Other,oli@example.org,South,prison,facilitator,no,missing"));

    // The planned date shows in the overview.
    let planned = post_dated(
        &manager,
        &format!("/training/staff/{oli}/plans"),
        &[("requirement", "dd-face-to-face")],
        "planned",
        ("14", "1", "2027"),
    )
    .await;
    assert_eq!(planned.status, 303, "{}", planned.body);
    let all = manager.get("/training/staff").await;
    assert!(all.body.contains("14 January 2027"));
    let csv = manager.get("/training/staff.csv?team=South").await;
    assert!(csv.body.contains("2027-01-14"));
}

#[tokio::test]
async fn due_soon_and_expired_training_is_shown_to_the_person_their_supervisor_and_the_manager() {
    let app = TestApp::spawn().await;
    let (_tara, sam) = with_manager_and_sam(&app).await;
    add_supervisor_of(&app, &sam).await;
    // E-learning passed more than three years ago has expired.
    import_csv(
        &app,
        "email,requirement,module,completed_on,score,evidence
sam@example.org,elearning-dd,dd-1,2021-02-03,85,
sam@example.org,elearning-dd,dd-2,2021-02-03,90,
",
    );

    let learner = app.browser();
    learner.sign_in("sam@example.org", &password(2)).await;
    let home = learner.get("/").await;
    assert!(home.body.contains("Training reminders"));
    assert!(
        home.body
            .contains("One of your training requirements has expired.")
    );

    let supervisor = app.browser();
    supervisor.sign_in("sue@example.org", &password(4)).await;
    let home = supervisor.get("/").await;
    assert!(
        home.body
            .contains("People you supervise with training to renew")
    );
    assert!(home.body.contains("Sam Jones"));
    assert!(
        home.body
            .contains("Developing Dialogues Toolkit Training: Expired")
    );

    let manager = app.browser();
    manager.sign_in(MANAGER, &password(3)).await;
    let home = manager.get("/").await;
    assert!(
        home.body
            .contains("One member of staff has expired training.")
    );
    assert!(home.body.contains("/training/staff?status=expired"));
}

#[tokio::test]
async fn bad_staff_details_plans_and_oversized_uploads_are_refused_clearly() {
    let app = TestApp::spawn().await;
    let (_tara, sam) = with_manager_and_sam(&app).await;
    let manager = app.browser();
    manager.sign_in(MANAGER, &password(3)).await;

    let long_team = "x".repeat(101);
    let details = post_dated(
        &manager,
        &format!("/training/staff/{sam}/details"),
        &[("staff_group", "astronauts"), ("team", long_team.as_str())],
        "joined",
        ("1", "1", "2099"),
    )
    .await;
    assert_eq!(details.status, 400);
    assert!(details.body.contains("Choose a staff group from the list"));
    assert!(
        details
            .body
            .contains("Team names can be up to 100 characters")
    );
    assert!(
        details
            .body
            .contains("The joining date must be today or in the past")
    );
    assert!(details.body.contains(&long_team), "the typed team is kept");

    let plan = post_dated(
        &manager,
        &format!("/training/staff/{sam}/plans"),
        &[("requirement", "")],
        "planned",
        ("14", "", "2027"),
    )
    .await;
    assert_eq!(plan.status, 400);
    assert!(
        plan.body
            .contains("Choose the requirement you are planning")
    );
    assert!(plan.body.contains("Enter a day, a month and a year"));
    assert!(plan.body.contains(r#"value="14""#), "the typed day is kept");

    let mut big = GOOD_FILE.as_bytes().to_vec();
    big.resize(1024 * 1024 + 10, b'\n');
    let upload = manager
        .upload("/training/import", "file", "big.csv", big)
        .await;
    assert_eq!(upload.status, 400);
    assert!(upload.body.contains("The file is larger than 1024 KB"));
    assert_eq!(count_records(&app).await, 0);
}
