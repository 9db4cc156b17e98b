//! The applied refresher through the web: a pass at exactly 80% updates the training record, a
//! lower score does not, progress survives signing out, attempts are kept and private.

mod common;

use std::path::{Path, PathBuf};

use common::{Browser, TestApp, password};
use dialogues::accounts::UserId;
use dialogues::config::ToolkitSource;
use dialogues::refresher::{self, attempt};
use dialogues::toolkit::{Toolkit, ToolkitFiles, load};

/// A copy of the built-in toolkit whose attempts have one scenario (4 questions) and 6 bank
/// questions: 10 in all, so that 8 right is exactly 80%.
fn ten_question_toolkit(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("toolkit");
    let target = dir.join("toolkit");
    for path in common::files_under("toolkit", "toml") {
        let relative = path.strip_prefix(&source).unwrap();
        let destination = target.join(relative);
        std::fs::create_dir_all(destination.parent().unwrap()).unwrap();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if relative
            .to_string_lossy()
            .starts_with("refresher/refresher.")
        {
            text = text
                .replace("scenarios_per_attempt = 2", "scenarios_per_attempt = 1")
                .replace("questions_per_attempt = 10", "questions_per_attempt = 6");
        }
        std::fs::write(destination, text).unwrap();
    }
    target
}

struct Learner {
    app: TestApp,
    toolkit: Toolkit,
    sam: UserId,
    _dir: tempfile::TempDir,
}

async fn learner() -> Learner {
    let dir = tempfile::tempdir().unwrap();
    let toolkit_dir = ten_question_toolkit(dir.path());
    let toolkit = load(&ToolkitFiles::from_dir(&toolkit_dir).unwrap()).expect("valid toolkit");
    let app = TestApp::spawn_with(|c| c.toolkit = ToolkitSource::Directory(toolkit_dir)).await;
    app.init_organisation("ada@example.org", &password(1)).await;
    let sam = app.add_sam().await;
    Learner {
        app,
        toolkit,
        sam,
        _dir: dir,
    }
}

async fn start(browser: &Browser) -> String {
    let started = browser.post("/refresher/start", &[]).await;
    assert_eq!(started.status, 303, "{}", started.body);
    started
        .location()
        .unwrap()
        .strip_prefix("/refresher/attempts/")
        .unwrap()
        .to_owned()
}

/// Answers question `n` (1-based), rightly or not, as a browser would: by the position the
/// option was shown at.
async fn answer(learner: &Learner, browser: &Browser, id: &str, n: usize, right: bool) {
    let attempt = refresher::find(learner.app.db.reader(), &learner.sam, id)
        .await
        .unwrap()
        .unwrap();
    let item = &attempt.plan.items[n - 1];
    let content = learner.toolkit.content(learner.toolkit.source_language);
    let question = attempt::resolve(content, item).unwrap().question;
    let wanted = item
        .order
        .iter()
        .position(|&index| attempt::is_correct(question, index) == right)
        .unwrap();
    let path = format!("/refresher/attempts/{id}/questions/{n}");
    let page = browser.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(&format!("Question {n} of 10")),
        "{}",
        page.body
    );
    let shown = wanted.to_string();
    let posted = browser.post(&path, &[("answer", shown.as_str())]).await;
    assert_eq!(posted.status, 303, "{}", posted.body);
    // Immediate feedback with the explanation.
    let feedback = browser.get(&path).await;
    assert!(
        feedback
            .body
            .contains(if right { "Right" } else { "Not quite" })
    );
    assert!(feedback.body.contains("Best answer:"));
}

async fn refresher_records(learner: &Learner) -> Vec<(String, Option<i64>)> {
    sqlx::query_as("SELECT requirement, score FROM training_records WHERE user_id = ?")
        .bind(learner.sam.as_str())
        .fetch_all(learner.app.db.reader())
        .await
        .unwrap()
}

#[tokio::test]
async fn exactly_80_percent_passes_and_progress_survives_signing_out() {
    let learner = learner().await;
    let browser = learner.app.browser();
    browser.sign_in("sam@example.org", &password(2)).await;
    let intro = browser.get("/refresher").await;
    assert!(
        intro.body.contains("An attempt has 10 questions"),
        "{}",
        intro.body
    );
    assert!(intro.body.contains("You need 80% to pass"));

    let id = start(&browser).await;
    for n in 1..=3 {
        answer(&learner, &browser, &id, n, true).await;
    }
    // Questions come in order: asking for a later one goes to the next unanswered.
    let skip = browser
        .get(&format!("/refresher/attempts/{id}/questions/9"))
        .await;
    assert_eq!(
        skip.location(),
        Some(format!("/refresher/attempts/{id}/questions/4").as_str())
    );

    // Sign out, sign in again: the attempt resumes at question 4.
    browser.post("/sign-out", &[]).await;
    let again = learner.app.browser();
    again.sign_in("sam@example.org", &password(2)).await;
    let intro = again.get("/refresher").await;
    assert!(
        intro.body.contains("3 of 10 questions answered"),
        "{}",
        intro.body
    );
    assert_eq!(start(&again).await, id, "start resumes the open attempt");
    let resume = again.get(&format!("/refresher/attempts/{id}")).await;
    assert_eq!(
        resume.location(),
        Some(format!("/refresher/attempts/{id}/questions/4").as_str())
    );

    // 8 right of 10: two wrong, the rest right.
    for n in 4..=10 {
        answer(&learner, &again, &id, n, !(n == 5 || n == 9)).await;
    }
    let result = again.get(&format!("/refresher/attempts/{id}")).await;
    assert_eq!(result.status, 200);
    assert!(
        result.body.contains("You passed the refresher"),
        "{}",
        result.body
    );
    assert!(result.body.contains("8 of 10 right (80%)"));
    assert_eq!(
        refresher_records(&learner).await,
        vec![("applied-refresher".to_owned(), Some(80))]
    );
    assert!(learner.app.audited("refresher-finished").await);
    let own = again.get("/training").await;
    assert!(own.body.contains("Applied refresher"));
    assert!(own.body.contains("(80%)"));

    // A finished attempt takes no more answers.
    let late = again
        .post(
            &format!("/refresher/attempts/{id}/questions/10"),
            &[("answer", "0")],
        )
        .await;
    assert_eq!(late.status, 303);
    assert_eq!(refresher_records(&learner).await.len(), 1);
}

#[tokio::test]
async fn below_80_percent_fails_keeps_the_attempt_and_allows_another() {
    let learner = learner().await;
    let browser = learner.app.browser();
    browser.sign_in("sam@example.org", &password(2)).await;
    let id = start(&browser).await;
    for n in 1..=10 {
        answer(&learner, &browser, &id, n, n > 3).await;
    }
    let result = browser.get(&format!("/refresher/attempts/{id}")).await;
    assert!(result.body.contains("You did not pass this time"));
    assert!(result.body.contains("7 of 10 right (70%)"));
    assert!(refresher_records(&learner).await.is_empty());

    let intro = browser.get("/refresher").await;
    assert!(intro.body.contains("Not passed"));
    let second = start(&browser).await;
    assert_ne!(second, id, "a new attempt after a finished one");
    let attempts = refresher::attempts_of(learner.app.db.reader(), &learner.sam)
        .await
        .unwrap();
    assert_eq!(attempts.len(), 2, "attempts are kept");
}

#[tokio::test]
async fn no_answer_is_an_error_and_nobody_else_can_see_an_attempt() {
    let learner = learner().await;
    let browser = learner.app.browser();
    browser.sign_in("sam@example.org", &password(2)).await;
    let id = start(&browser).await;
    let path = format!("/refresher/attempts/{id}/questions/1");
    let empty = browser.post(&path, &[]).await;
    assert_eq!(empty.status, 400);
    assert!(empty.body.contains("govuk-error-summary"));
    assert!(empty.body.contains("Choose an answer"));
    let nonsense = browser.post(&path, &[("answer", "99")]).await;
    assert_eq!(nonsense.status, 400);
    assert_eq!(
        browser
            .get(&format!("/refresher/attempts/{id}/questions/11"))
            .await
            .status,
        404
    );

    learner
        .app
        .add_person(
            "oli@example.org",
            "Oli Other",
            &["facilitator"],
            &password(5),
        )
        .await;
    let other = learner.app.browser();
    other.sign_in("oli@example.org", &password(5)).await;
    assert_eq!(
        other.get(&format!("/refresher/attempts/{id}")).await.status,
        404
    );
    assert_eq!(other.get(&path).await.status, 404);
    assert_eq!(other.post(&path, &[("answer", "0")]).await.status, 404);
}
