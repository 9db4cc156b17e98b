//! Signing in and out, sessions, throttling, CSRF and cookies, driven over HTTP against the
//! real app.

mod common;

use std::time::Duration;

use common::{TestApp, password};

const ADMIN: &str = "ada@example.org";

#[tokio::test]
async fn signing_in_and_out_starts_and_ends_a_login_and_is_audited() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();

    let page = browser.get("/admin/accounts").await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), Some("/sign-in?next=%2Fadmin%2Faccounts"));

    let page = browser
        .post(
            "/sign-in",
            &[
                ("email", "  ADA@example.org "),
                ("password", &password(1)),
                ("next", "/admin/accounts"),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(page.location(), Some("/admin/accounts"));
    assert_eq!(app.auth.keyring.len(), 1);

    let page = browser.get("/admin/accounts").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Ada Admin"));
    assert_eq!(page.headers["cache-control"], "no-store");
    let (_, head) = dialogues::audit::head(app.db.reader()).await.unwrap();
    assert!(
        page.body.contains(&head),
        "the chain head is shown to administrators"
    );

    let page = browser.post("/sign-out", &[]).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), Some("/signed-out"));
    assert!(
        app.auth.keyring.is_empty(),
        "the key is forgotten at sign-out"
    );
    assert_eq!(browser.get("/admin/accounts").await.status, 303);

    let actions = app.audit_actions().await;
    assert!(
        actions.ends_with(&["sign-in".to_owned(), "sign-out".to_owned()]),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_new_session_id_is_issued_at_sign_in_and_a_planted_one_is_useless() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    let planted = "AAAAAAAAAAAAAAAAAAAAAA";
    browser.set_cookie("dialogues-session", planted);
    browser.sign_in(ADMIN, &password(1)).await;
    let issued = browser
        .cookie("dialogues-session")
        .expect("a session cookie");
    assert_ne!(issued, planted);

    let attacker = app.browser();
    attacker.set_cookie("dialogues-session", planted);
    assert_eq!(attacker.get("/account").await.status, 303);
}

#[tokio::test]
async fn session_and_csrf_cookies_are_http_only_and_strict() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    let token = browser.csrf_token().await;
    let page = browser
        .post_raw(
            "/sign-in",
            &[
                ("csrf_token", &token),
                ("email", ADMIN),
                ("password", &password(1)),
            ],
        )
        .await;
    let cookies = page.set_cookies();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("dialogues-session="))
        .unwrap();
    let csrf = cookies
        .iter()
        .find(|c| c.starts_with("dialogues-csrf="))
        .unwrap();
    for cookie in [session, csrf] {
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Strict"), "{cookie}");
        assert!(cookie.contains("Path=/"), "{cookie}");
    }
    assert_ne!(
        csrf,
        &format!("dialogues-csrf={token}"),
        "the CSRF token is replaced at sign-in"
    );
}

#[tokio::test]
async fn over_https_cookies_are_secure_and_host_prefixed() {
    let app = TestApp::spawn_with(|c| c.secure_cookies = true).await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    let first = browser.get("/sign-in").await;
    let csrf = first
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("__Host-dialogues-csrf="))
        .expect("a __Host- CSRF cookie");
    assert!(
        csrf.contains("Secure") && csrf.contains("HttpOnly") && csrf.contains("SameSite=Strict")
    );
    let token = csrf
        .trim_start_matches("__Host-dialogues-csrf=")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    // A plain-http client does not send Secure cookies back, so send it by hand.
    let response = browser
        .client
        .post(browser.url("/sign-in"))
        .header("cookie", format!("__Host-dialogues-csrf={token}"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", ADMIN),
            ("password", &password(1)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let session = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-dialogues-session="))
        .expect("a __Host- session cookie");
    assert!(
        session.contains("Secure")
            && session.contains("HttpOnly")
            && session.contains("SameSite=Strict")
    );
    assert!(!session.contains("Domain="));
}

#[tokio::test]
async fn wrong_password_unknown_email_unactivated_and_disabled_accounts_look_the_same() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let sam = app.add_sam().await;
    app.invite_person(
        "new@example.org",
        "New Person",
        &["facilitator"],
        Duration::from_secs(3600),
    )
    .await;
    dialogues::accounts::set_disabled(
        &app.db,
        &dialogues::accounts::ChangedBy::command_line(),
        &sam,
        true,
    )
    .await
    .unwrap();

    let attempts = [
        (ADMIN, "not the right password at all"),
        ("nobody@example.org", "not the right password at all"),
        ("new@example.org", "not the right password at all"),
        ("sam@example.org", password(2).as_str()),
    ]
    .map(|(e, p)| (e.to_owned(), p.to_owned()));
    let mut messages = Vec::new();
    for (email, pw) in &attempts {
        let page = app
            .browser()
            .post("/sign-in", &[("email", email), ("password", pw)])
            .await;
        assert_eq!(page.status, 401, "{email}");
        assert!(
            page.body
                .contains("The email address or password is not right")
        );
        assert!(
            page.body.contains(&format!("value=\"{email}\"")),
            "the email typed is kept"
        );
        assert!(
            !page.body.contains(pw.as_str()),
            "the password is never sent back"
        );
        let message = page.body.split("govuk-error-message").nth(1).unwrap();
        let message = message.split("</p>").next().unwrap().to_owned();
        messages.push(message);
    }
    assert!(
        messages.windows(2).all(|w| w[0] == w[1]),
        "every failure reads the same"
    );
    assert!(app.auth.keyring.is_empty());
    let failures = app
        .audit_actions()
        .await
        .iter()
        .filter(|a| *a == "sign-in-failed")
        .count();
    assert_eq!(failures, 4);
}

#[tokio::test]
async fn empty_fields_get_their_own_messages_and_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    let page = app
        .browser()
        .post(
            "/sign-in",
            &[("email", "sam@example.org"), ("password", "")],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("There is a problem"));
    assert!(page.body.contains("href=\"#password\""));
    assert!(page.body.contains("Enter your password"));
    assert!(page.body.contains("value=\"sam@example.org\""));
    assert!(page.body.contains("<title>Error: Sign in"));
}

#[tokio::test]
async fn ten_failures_in_five_minutes_throttle_sign_in_with_a_clear_message() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    for _ in 0..10 {
        let page = browser
            .post(
                "/sign-in",
                &[("email", ADMIN), ("password", "wrong password here")],
            )
            .await;
        assert_eq!(page.status, 401);
    }
    // Even the right password is refused now, without being checked.
    let page = browser
        .post("/sign-in", &[("email", ADMIN), ("password", &password(1))])
        .await;
    assert_eq!(page.status, 429);
    assert!(
        page.body.contains("too many attempts to sign in"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Wait 5 minutes"));
    // The same for an account that does not exist: throttling reveals nothing.
    let page = browser
        .post(
            "/sign-in",
            &[
                ("email", "nobody@example.org"),
                ("password", "whatever it is"),
            ],
        )
        .await;
    assert_eq!(page.status, 429);
    assert!(app.auth.keyring.is_empty());
    assert!(app.audited("sign-in-throttled").await);
}

#[tokio::test]
async fn a_form_without_its_csrf_token_or_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    let token = browser.csrf_token().await;

    let page = browser
        .post_raw("/sign-in", &[("email", ADMIN), ("password", &password(1))])
        .await;
    assert_eq!(page.status, 403);
    assert!(page.body.contains("This form could not be sent"));
    assert!(page.body.contains("Nothing was changed"));

    let page = browser
        .post_raw(
            "/sign-in",
            &[
                ("csrf_token", "A".repeat(43).as_str()),
                ("email", ADMIN),
                ("password", &password(1)),
            ],
        )
        .await;
    assert_eq!(page.status, 403, "a token that does not match the cookie");

    let response = browser
        .client
        .post(browser.url("/sign-in"))
        .header("sec-fetch-site", "cross-site")
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", ADMIN),
            ("password", &password(1)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        403,
        "a cross-site request, even with the token"
    );

    let response = browser
        .client
        .post(browser.url("/language"))
        .header("x-csrf-token", &token)
        .header("hx-request", "true")
        .form(&[("lang", "cy"), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        303,
        "htmx requests carry the token in a header"
    );

    assert!(app.auth.keyring.is_empty());
    assert!(!app.audit_actions().await.contains(&"sign-in".to_owned()));
}

#[tokio::test]
async fn a_tampered_session_cookie_signs_nobody_in() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    browser.sign_in(ADMIN, &password(1)).await;
    let session = browser.cookie("dialogues-session").unwrap();
    let mut tampered: Vec<char> = session.chars().collect();
    tampered[3] = if tampered[3] == 'A' { 'B' } else { 'A' };
    browser.set_cookie(
        "dialogues-session",
        &tampered.into_iter().collect::<String>(),
    );
    let page = browser.get("/account").await;
    assert_eq!(page.status, 303);
    assert!(page.location().unwrap().starts_with("/sign-in"));
}

#[tokio::test]
async fn a_session_ends_after_the_idle_timeout() {
    let app = TestApp::spawn_with(|c| c.idle_timeout = Duration::from_millis(1500)).await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    browser.sign_in(ADMIN, &password(1)).await;
    assert_eq!(browser.get("/account").await.status, 200);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(browser.get("/account").await.status, 303);
    assert!(
        app.auth.keyring.is_empty(),
        "the key is gone with the session"
    );
}

#[tokio::test]
async fn a_session_ends_at_the_absolute_timeout_however_active() {
    let absolute = Duration::from_secs(3);
    let app = TestApp::spawn_with(|c| c.absolute_timeout = absolute).await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    let signed_in = std::time::Instant::now();
    browser.sign_in(ADMIN, &password(1)).await;
    while signed_in.elapsed() < Duration::from_millis(1500) {
        assert_eq!(browser.get("/account").await.status, 200);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep((absolute + Duration::from_millis(500)).saturating_sub(signed_in.elapsed()))
        .await;
    assert_eq!(browser.get("/account").await.status, 303);
}

#[tokio::test]
async fn the_language_saved_on_the_account_beats_the_cookie() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    browser.sign_in(ADMIN, &password(1)).await;
    browser
        .post("/language", &[("lang", "cy"), ("return_to", "/")])
        .await;
    assert!(
        browser
            .get("/account")
            .await
            .body
            .contains("<html lang=\"cy\"")
    );
    let page = browser
        .post("/account/language", &[("language", "fr")])
        .await;
    assert_eq!(page.status, 303);
    assert!(
        browser
            .get("/account")
            .await
            .body
            .contains("<html lang=\"fr\"")
    );
    // Signed out, the browser's own cookie applies again.
    browser.post("/sign-out", &[]).await;
    assert!(browser.get("/").await.body.contains("<html lang=\"cy\""));
}

#[tokio::test]
async fn shutting_down_forgets_every_key() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    app.browser().sign_in(ADMIN, &password(1)).await;
    let auth = app.auth.clone();
    assert_eq!(auth.keyring.len(), 1);
    app.stop().await;
    assert!(auth.keyring.is_empty());
    assert!(auth.sessions.is_empty().await);
}

#[tokio::test]
async fn every_page_that_is_not_public_needs_sign_in() {
    let app = TestApp::spawn().await;
    let browser = app.browser();
    for path in [
        "/account",
        "/account/password",
        "/admin/accounts",
        "/admin/accounts/new",
    ] {
        let page = browser.get(path).await;
        assert_eq!(page.status, 303, "{path}");
        assert!(page.location().unwrap().starts_with("/sign-in?next="));
    }
    let page = browser
        .post("/account/language", &[("language", "cy")])
        .await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), Some("/sign-in?next=%2F"));
}

#[tokio::test]
async fn a_form_the_framework_cannot_read_gets_a_page_not_a_bare_error() {
    let app = TestApp::spawn().await;
    let browser = app.browser();
    let token = browser.csrf_token().await;
    let response = browser
        .client
        .post(browser.url("/sign-in"))
        .header("x-csrf-token", &token)
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 415, "the status is kept");
    let body = response.text().await.unwrap();
    assert!(body.contains("The form could not be read"), "{body}");
    assert!(body.contains("Nothing was changed"));
}
