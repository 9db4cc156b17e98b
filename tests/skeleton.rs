//! The walking skeleton over HTTP: health check, layout, htmx fragments, error pages, assets,
//! security headers and the database file.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::TestApp;
use reqwest::StatusCode;

#[tokio::test]
async fn healthz_answers_without_touching_a_session() {
    let app = TestApp::spawn().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().get("set-cookie").is_none());
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.text().await.unwrap(), "ok\n");
    app.stop().await;
}

#[tokio::test]
async fn the_start_page_uses_the_layout() {
    let app = TestApp::spawn().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let vary = response.headers()["vary"].to_str().unwrap().to_owned();
    assert!(vary.contains("HX-Request"), "{vary}");
    let body = response.text().await.unwrap();
    assert!(body.starts_with("<!DOCTYPE html>"));
    assert!(body.contains(r#"<html lang="en""#));
    assert!(
        body.contains(r##"<a href="#main-content" class="govuk-skip-link""##),
        "skip link"
    );
    assert!(body.contains(r#"<main class="govuk-main-wrapper" id="main-content">"#));
    assert!(
        body.contains(r#"class="app-header__service-name">Dialogues</a>"#),
        "service header"
    );
    assert!(body.contains(r#"<link rel="stylesheet" href="/assets/app.css?v="#));
    assert!(
        body.contains(r#"src="/assets/htmx.min.js?v="#),
        "htmx is served by the app itself"
    );
    assert!(!body.contains("GOV.UK"), "no GOV.UK brand");
    assert!(!body.contains("<script>"), "no inline script");
    app.stop().await;
}

#[tokio::test]
async fn no_page_references_another_host() {
    let app = TestApp::spawn().await;
    for path in ["/", "/no-such-page"] {
        let body = app.get(path).await.text().await.unwrap();
        for attribute in ["href=\"", "src=\"", "action=\""] {
            for (at, _) in body.match_indices(attribute) {
                let value = &body[at + attribute.len()..];
                assert!(
                    value.starts_with('/') && !value.starts_with("//") || value.starts_with('#'),
                    "{path}: {attribute}{}",
                    &value[..value.find('"').unwrap_or(0)]
                );
            }
        }
    }
    app.stop().await;
}

#[tokio::test]
async fn an_htmx_request_gets_the_content_block_only() {
    let app = TestApp::spawn().await;
    let fragment = app
        .client
        .get(app.url("/"))
        .header("HX-Request", "true")
        .send()
        .await
        .unwrap();
    assert_eq!(fragment.status(), StatusCode::OK);
    let body = fragment.text().await.unwrap();
    assert!(body.contains("<h1 class=\"govuk-heading-xl\">Dialogues</h1>"));
    assert!(!body.contains("<html"), "no layout in a fragment");
    assert!(!body.contains("app-header"));

    let boosted = app
        .client
        .get(app.url("/"))
        .header("HX-Request", "true")
        .header("HX-Boosted", "true")
        .send()
        .await
        .unwrap();
    assert!(
        boosted.text().await.unwrap().contains("<html"),
        "a boosted navigation gets the whole page"
    );
    app.stop().await;
}

#[tokio::test]
async fn an_unknown_path_gets_the_404_page() {
    let app = TestApp::spawn().await;
    let response = app.get("/no-such-feature/does-not-exist").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let body = response.text().await.unwrap();
    assert!(body.contains("<h1 class=\"govuk-heading-l\">Page not found</h1>"));
    assert!(
        body.contains("govuk-skip-link"),
        "the 404 page has the layout"
    );
    app.stop().await;
}

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/", "/missing", "/assets/app.css"] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
    }
    assert_eq!(app.get("/").await.headers()["cache-control"], "no-store");
    app.stop().await;
}

#[tokio::test]
async fn assets_are_served_with_their_types_and_cache_headers() {
    let app = TestApp::spawn().await;
    let page = app.get("/").await.text().await.unwrap();
    let css_url = page
        .split('"')
        .find(|s| s.starts_with("/assets/app.css?v="))
        .expect("versioned stylesheet link")
        .to_owned();

    let css = app.get(&css_url).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers()["content-type"], "text/css; charset=utf-8");
    assert_eq!(
        css.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let etag = css.headers()["etag"].to_str().unwrap().to_owned();
    let stylesheet = css.text().await.unwrap();
    assert!(
        stylesheet.contains(".govuk-button"),
        "govuk-frontend styles compiled in"
    );
    assert!(
        !stylesheet.contains("GDS Transport"),
        "not the GOV.UK brand font"
    );
    assert!(stylesheet.contains("arial"));

    let unversioned = app.get("/assets/app.css").await;
    assert_eq!(unversioned.headers()["cache-control"], "no-cache");
    let revalidated = app
        .client
        .get(app.url("/assets/app.css"))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);

    for (path, content_type) in [
        ("/assets/htmx.min.js", "text/javascript; charset=utf-8"),
        (
            "/assets/govuk-frontend.min.js",
            "text/javascript; charset=utf-8",
        ),
        ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/assets/favicon.svg", "image/svg+xml"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(response.headers()["content-type"], content_type, "{path}");
    }
    assert_eq!(
        app.get("/assets/nothing-here.js").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/assets/../Cargo.toml").await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

#[tokio::test]
async fn the_database_is_private_to_this_user_and_durable() {
    let app = TestApp::spawn().await;
    let dir = app.data_dir();
    let db_path = dir.join(dialogues::db::DATABASE_FILE);
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::metadata(&db_path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    for companion in ["-wal", "-shm"] {
        let path = dir.join(format!("{}{companion}", dialogues::db::DATABASE_FILE));
        if let Ok(metadata) = std::fs::metadata(&path) {
            assert_eq!(metadata.permissions().mode() & 0o777, 0o600, "{companion}");
        }
    }
    let _kept = app.stop().await;

    let (db, created) = dialogues::db::Database::open(&dir).await.unwrap();
    assert!(!created, "the second open reuses the file");
    let mut tx = db.begin_write().await.unwrap();
    let pragma = |name: &'static str| format!("PRAGMA {name}");
    let journal: String = sqlx::query_scalar(&pragma("journal_mode"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let synchronous: i64 = sqlx::query_scalar(&pragma("synchronous"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let foreign_keys: i64 = sqlx::query_scalar(&pragma("foreign_keys"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let busy: i64 = sqlx::query_scalar(&pragma("busy_timeout"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(synchronous, 2, "synchronous=FULL");
    assert_eq!(foreign_keys, 1);
    assert!(busy > 0);
    let migrated: i64 = sqlx::query_scalar("SELECT count(*) FROM instance")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(migrated, 1, "migrations ran at start-up");
    tx.commit().await.unwrap();

    let read_only_write = sqlx::query("INSERT INTO instance (id) VALUES (2)")
        .execute(db.reader())
        .await;
    assert!(read_only_write.is_err(), "the read pool cannot write");
    db.close().await;
}
