//! Accounts through the web pages: activation links, administrators' changes, password change
//! and reset (with what they do to the user's key), and access control.

mod common;

use std::time::Duration;

use common::{TestApp, open_wrapped, password};
use dialogues::crypto::{self, KeyPair};

const ADMIN: &str = "ada@example.org";

async fn stored_key(app: &TestApp, email: &str) -> (Option<Vec<u8>>, Option<String>) {
    sqlx::query_as("SELECT wrapped_key, public_key FROM users WHERE email = ?")
        .bind(email)
        .fetch_one(app.db.reader())
        .await
        .unwrap()
}

fn link_token(body: &str) -> String {
    let start = body.find("/activate/").expect("a link on the page") + "/activate/".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

#[tokio::test]
async fn an_administrator_adds_a_person_who_sets_their_own_password_once() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    app.add_person(
        "sue@example.org",
        "Sue Supervisor",
        &["supervisor"],
        &password(5),
    )
    .await;
    let admin = app.browser();
    admin.sign_in(ADMIN, &password(1)).await;

    let form = admin.get("/admin/accounts/new").await;
    assert!(
        form.body.contains("Sue Supervisor"),
        "supervisors are offered"
    );
    let sue_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = 'sue@example.org'")
        .fetch_one(app.db.reader())
        .await
        .unwrap();

    // Bad input comes back with messages and everything typed kept.
    let page = admin
        .post(
            "/admin/accounts/new",
            &[
                ("name", "Sam Jones"),
                ("email", "not-an-email"),
                ("supervisor", &sue_id),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(
        page.body
            .contains("Enter an email address in the right format")
    );
    assert!(page.body.contains("Select at least one role"));
    assert!(page.body.contains("value=\"Sam Jones\""));
    assert!(page.body.contains("value=\"not-an-email\""));
    assert!(page.body.contains(&format!("value=\"{sue_id}\" checked")));

    let page = admin
        .post(
            "/admin/accounts/new",
            &[
                ("name", "Sam Jones"),
                ("email", "Sam@Example.org"),
                ("role", "facilitator"),
                ("supervisor", &sue_id),
            ],
        )
        .await;
    assert_eq!(page.status, 201, "{}", page.body);
    let token = link_token(&page.body);
    assert_eq!(token.len(), 43);

    let again = admin
        .post(
            "/admin/accounts/new",
            &[
                ("name", "Sam Two"),
                ("email", "sam@example.org"),
                ("role", "facilitator"),
            ],
        )
        .await;
    assert_eq!(again.status, 400);
    assert!(again.body.contains("already has an account"));

    let list = admin.get("/admin/accounts").await;
    assert!(list.body.contains("Waiting to set a password"));
    assert!(
        list.body.contains("Sue Supervisor"),
        "Sam's supervisor is listed"
    );

    let sam = app.browser();
    let page = sam.get(&format!("/activate/{token}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Set your password") && page.body.contains("sam@example.org"));

    let page = sam
        .post(
            &format!("/activate/{token}"),
            &[
                ("password", "password1234"),
                ("confirm_password", "password1234"),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("too common or too easy to guess"));
    let page = sam
        .post(
            &format!("/activate/{token}"),
            &[("password", "too short"), ("confirm_password", "too short")],
        )
        .await;
    assert!(page.body.contains("at least 12 characters"));
    let page = sam
        .post(
            &format!("/activate/{token}"),
            &[
                ("password", &password(3)),
                ("confirm_password", &password(4)),
            ],
        )
        .await;
    assert!(page.body.contains("do not match"));

    let page = sam
        .post(
            &format!("/activate/{token}"),
            &[
                ("password", &password(3)),
                ("confirm_password", &password(3)),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), Some("/sign-in?activated=1"));
    let (wrapped, public) = stored_key(&app, "sam@example.org").await;
    let key =
        open_wrapped(&wrapped.unwrap(), &password(3)).expect("the key opens with the password");
    assert_eq!(Some(key.recipient()), public);

    // The link works once.
    let reused = app.browser().get(&format!("/activate/{token}")).await;
    assert_eq!(reused.status, 410);
    assert!(reused.body.contains("This link cannot be used"));
    let reused = app
        .browser()
        .post(
            &format!("/activate/{token}"),
            &[
                ("password", &password(9)),
                ("confirm_password", &password(9)),
            ],
        )
        .await;
    assert_eq!(reused.status, 410);

    sam.sign_in("sam@example.org", &password(3)).await;
    assert!(sam.get("/account").await.body.contains("Facilitator"));
    let actions = app.audit_actions().await;
    for action in [
        "account-created",
        "activation-issued",
        "account-activated",
        "sign-in",
    ] {
        assert!(actions.contains(&action.to_owned()), "{action} is audited");
    }
}

#[tokio::test]
async fn an_expired_or_unknown_link_cannot_be_used() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let token = app
        .invite_person(
            "sam@example.org",
            "Sam Jones",
            &["facilitator"],
            Duration::ZERO,
        )
        .await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    for path in [
        format!("/activate/{token}"),
        "/activate/made-up-token".to_owned(),
    ] {
        let page = app.browser().get(&path).await;
        assert_eq!(page.status, 410, "{path}");
        assert!(
            page.body
                .contains("Ask an administrator in your organisation for a new link")
        );
    }
}

#[tokio::test]
async fn changing_a_password_needs_the_current_one_and_keeps_the_same_key() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    app.add_sam().await;
    let (old_wrapped, public) = stored_key(&app, "sam@example.org").await;
    // A case key granted to Sam before the change.
    let case = KeyPair::generate();
    let grant = crypto::wrap_to_recipient(&case, public.as_deref().unwrap()).unwrap();

    let sam = app.browser();
    sam.sign_in("sam@example.org", &password(2)).await;
    let elsewhere = app.browser();
    elsewhere.sign_in("sam@example.org", &password(2)).await;

    let page = sam
        .post(
            "/account/password",
            &[
                ("current_password", "not my password"),
                ("password", &password(3)),
                ("confirm_password", &password(3)),
            ],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("Your current password is not right"));

    let page = sam
        .post(
            "/account/password",
            &[
                ("current_password", &password(2)),
                ("password", &password(3)),
                ("confirm_password", &password(3)),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    assert_eq!(
        sam.get("/account").await.status,
        200,
        "this session carries on"
    );
    assert_eq!(
        elsewhere.get("/account").await.status,
        303,
        "other sessions end"
    );

    let (new_wrapped, new_public) = stored_key(&app, "sam@example.org").await;
    let new_wrapped = new_wrapped.unwrap();
    assert_ne!(
        old_wrapped.as_deref(),
        Some(new_wrapped.as_slice()),
        "re-wrapped"
    );
    assert_eq!(new_public, public, "the same identity");
    assert!(open_wrapped(&new_wrapped, &password(2)).is_none());
    let key = open_wrapped(&new_wrapped, &password(3)).unwrap();
    let opened = crypto::unwrap_with_key(&grant, &key).expect("old grants still open");
    assert_eq!(opened.recipient(), case.recipient());

    let old = app.browser();
    let page = old
        .post(
            "/sign-in",
            &[("email", "sam@example.org"), ("password", &password(2))],
        )
        .await;
    assert_eq!(page.status, 401);
    old.sign_in("sam@example.org", &password(3)).await;
    assert!(app.audited("password-changed").await);
}

#[tokio::test]
async fn a_reset_ends_sessions_and_gives_a_new_identity_through_a_new_link() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let sam_id = app.add_sam().await;
    let (_, old_public) = stored_key(&app, "sam@example.org").await;
    let sam = app.browser();
    sam.sign_in("sam@example.org", &password(2)).await;

    let admin = app.browser();
    admin.sign_in(ADMIN, &password(1)).await;
    let page = admin
        .post(&format!("/admin/accounts/{sam_id}/reset"), &[])
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Password reset"));
    let token = link_token(&page.body);

    assert_eq!(
        sam.get("/account").await.status,
        303,
        "Sam's session ended at once"
    );
    let page = app
        .browser()
        .post(
            "/sign-in",
            &[("email", "sam@example.org"), ("password", &password(2))],
        )
        .await;
    assert_eq!(page.status, 401, "the old password no longer works");

    let page = app
        .browser()
        .post(
            &format!("/activate/{token}"),
            &[
                ("password", &password(7)),
                ("confirm_password", &password(7)),
            ],
        )
        .await;
    assert_eq!(page.status, 303);
    let (_, new_public) = stored_key(&app, "sam@example.org").await;
    assert_ne!(new_public, old_public, "a new identity after a reset");
    app.browser().sign_in("sam@example.org", &password(7)).await;
    assert!(app.audited("password-reset").await);
}

#[tokio::test]
async fn disabling_ends_a_persons_sessions_at_once_and_enabling_lets_them_back() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let sam_id = app.add_sam().await;
    let sam = app.browser();
    sam.sign_in("sam@example.org", &password(2)).await;
    let admin = app.browser();
    admin.sign_in(ADMIN, &password(1)).await;
    assert_eq!(app.auth.keyring.len(), 2);

    let page = admin
        .post(
            &format!("/admin/accounts/{sam_id}/status"),
            &[("action", "disable")],
        )
        .await;
    assert_eq!(page.status, 303);
    assert_eq!(
        app.auth.keyring.len(),
        1,
        "Sam's key is gone before any further request"
    );
    assert_eq!(sam.get("/account").await.status, 303);
    let refused = app
        .browser()
        .post(
            "/sign-in",
            &[("email", "sam@example.org"), ("password", &password(2))],
        )
        .await;
    assert_eq!(refused.status, 401);

    admin
        .post(
            &format!("/admin/accounts/{sam_id}/status"),
            &[("action", "enable")],
        )
        .await;
    app.browser().sign_in("sam@example.org", &password(2)).await;
    let actions = app.audit_actions().await;
    assert!(
        actions.contains(&"account-disabled".to_owned())
            && actions.contains(&"account-enabled".to_owned())
    );
}

#[tokio::test]
async fn roles_and_supervisors_are_changed_and_the_last_administrator_is_kept() {
    let app = TestApp::spawn().await;
    let (admin_id, _) = app.init_organisation(ADMIN, &password(1)).await;
    let sam_id = app.add_sam().await;
    let sue_id = app
        .add_person(
            "sue@example.org",
            "Sue Supervisor",
            &["supervisor"],
            &password(3),
        )
        .await;
    let admin = app.browser();
    admin.sign_in(ADMIN, &password(1)).await;

    let page = admin
        .post(
            &format!("/admin/accounts/{sam_id}/roles"),
            &[("role", "facilitator"), ("role", "training-manager")],
        )
        .await;
    assert_eq!(page.status, 303);
    let page = admin
        .post(
            &format!("/admin/accounts/{sam_id}/supervisors"),
            &[("supervisor", sue_id.as_str())],
        )
        .await;
    assert_eq!(page.status, 303);
    let page = admin
        .get(&format!("/admin/accounts/{sam_id}?saved=supervisors"))
        .await;
    assert!(page.body.contains("Supervisors saved"));
    assert!(page.body.contains(&format!("value=\"{sue_id}\" checked")));
    assert!(page.body.contains("value=\"training-manager\" checked"));
    assert!(
        dialogues::accounts::store::supervises(app.db.reader(), &sue_id, &sam_id)
            .await
            .unwrap()
    );

    let page = admin
        .post(
            &format!("/admin/accounts/{admin_id}/roles"),
            &[("role", "facilitator")],
        )
        .await;
    assert_eq!(page.status, 400);
    assert!(
        page.body
            .contains("This would leave nobody who can manage accounts")
    );
    let page = admin
        .post(
            &format!("/admin/accounts/{admin_id}/status"),
            &[("action", "disable")],
        )
        .await;
    assert_eq!(page.status, 400);
    let page = admin
        .post(&format!("/admin/accounts/{sam_id}/roles"), &[])
        .await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("Select at least one role"));
    let actions = app.audit_actions().await;
    assert!(
        actions.contains(&"roles-changed".to_owned())
            && actions.contains(&"supervision-changed".to_owned())
    );
}

#[tokio::test]
async fn people_without_the_role_and_unknown_ids_get_not_found() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let sam_id = app
        .add_person(
            "sam@example.org",
            "Sam Jones",
            &["facilitator", "supervisor"],
            &password(2),
        )
        .await;
    let sam = app.browser();
    sam.sign_in("sam@example.org", &password(2)).await;
    for path in [
        "/admin/accounts".to_owned(),
        "/admin/accounts/new".to_owned(),
        format!("/admin/accounts/{sam_id}"),
    ] {
        let page = sam.get(&path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Page not found"));
    }
    let page = sam
        .post(
            &format!("/admin/accounts/{sam_id}/roles"),
            &[("role", "administrator")],
        )
        .await;
    assert_eq!(page.status, 404, "no self-promotion");

    let admin = app.browser();
    admin.sign_in(ADMIN, &password(1)).await;
    for path in [
        "/admin/accounts/0b8f2f9e-0000-4000-8000-000000000000",
        "/admin/accounts/not-an-id",
    ] {
        assert_eq!(admin.get(path).await.status, 404, "{path}");
    }
}

#[tokio::test]
async fn the_audit_chain_stays_intact_and_holds_no_passwords() {
    let app = TestApp::spawn().await;
    app.init_organisation(ADMIN, &password(1)).await;
    let browser = app.browser();
    browser
        .post(
            "/sign-in",
            &[("email", ADMIN), ("password", "my secret typo password")],
        )
        .await;
    browser
        .post(
            "/sign-in",
            &[("email", "my secret in the email box"), ("password", "x")],
        )
        .await;
    browser.sign_in(ADMIN, &password(1)).await;
    browser.post("/sign-out", &[]).await;
    let rows: Vec<(String, String, Option<String>, String)> =
        sqlx::query_as("SELECT actor, action, subject, detail || source FROM audit_log")
            .fetch_all(app.db.reader())
            .await
            .unwrap();
    let all = format!("{rows:?}");
    for secret in ["my secret", &password(1)] {
        assert!(!all.contains(secret), "{secret} leaked into the audit log");
    }
    assert!(all.contains("127.0.0.1"), "where is recorded");
    let verdict = dialogues::audit::verify(app.db.reader()).await.unwrap();
    assert!(matches!(verdict, dialogues::audit::Verdict::Intact { .. }));
}
