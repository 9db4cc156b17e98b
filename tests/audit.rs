//! The audit chain: intact chains verify; an altered, removed, reordered or truncated row is
//! named; the table refuses updates and deletes; `dialogues audit verify` reports both.

mod common;

use std::path::Path;

use common::{run_dialogues, stderr, stdout};
use dialogues::audit::{self, Action, Actor, Entry, Verdict};
use dialogues::db::Database;
use serde_json::json;
use sqlx::Connection;

async fn chain_of(dir: &Path, entries: usize) -> Database {
    let (db, _) = Database::open(dir).await.unwrap();
    for i in 0..entries {
        let mut tx = db.begin_write().await.unwrap();
        let entry = Entry::new(Actor::User(format!("u{i}")), Action::SignIn, "127.0.0.1")
            .subject(format!("account-{i}"))
            .detail(json!({ "attempt": i }));
        audit::append(&mut tx, entry).await.unwrap();
        tx.commit().await.unwrap();
    }
    db
}

/// Tampers with the file directly, as someone with the database file could: triggers first.
async fn tamper(dir: &Path, statements: &[&str]) {
    let url = format!(
        "sqlite://{}",
        dir.join(dialogues::db::DATABASE_FILE).display()
    );
    let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
    sqlx::query("DROP TRIGGER audit_log_no_update")
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query("DROP TRIGGER audit_log_no_delete")
        .execute(&mut conn)
        .await
        .unwrap();
    for statement in statements {
        sqlx::query(statement).execute(&mut conn).await.unwrap();
    }
    conn.close().await.unwrap();
}

#[tokio::test]
async fn an_intact_chain_verifies_and_reports_its_head() {
    let dir = tempfile::tempdir().unwrap();
    let db = chain_of(dir.path(), 5).await;
    let verdict = audit::verify(db.reader()).await.unwrap();
    let (rows, head) = audit::head(db.reader()).await.unwrap();
    assert_eq!(rows, 5);
    assert_eq!(
        verdict,
        Verdict::Intact {
            rows: 5,
            head: head.clone()
        }
    );
    db.close().await;

    let output = run_dialogues(
        &["audit", "verify", "--data", dir.path().to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(&format!(
        "The audit chain is intact: 5 entries. Chain head: {head}"
    )));
}

#[tokio::test]
async fn the_table_refuses_updates_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let db = chain_of(dir.path(), 2).await;
    let mut tx = db.begin_write().await.unwrap();
    let update = sqlx::query("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1")
        .execute(&mut *tx)
        .await;
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = sqlx::query("DELETE FROM audit_log WHERE seq = 2")
        .execute(&mut *tx)
        .await;
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    drop(tx);
    db.close().await;
}

#[tokio::test]
async fn each_kind_of_tampering_is_named() {
    let cases: [(&[&str], i64, &str); 4] = [
        (
            &["UPDATE audit_log SET detail = '{\"attempt\":99}' WHERE seq = 3"],
            3,
            "row 3 was altered",
        ),
        (
            &["DELETE FROM audit_log WHERE seq = 2"],
            2,
            "row 2 is missing",
        ),
        (
            &[
                "UPDATE audit_log SET seq = 100 WHERE seq = 2",
                "UPDATE audit_log SET seq = 2 WHERE seq = 3",
                "UPDATE audit_log SET seq = 3 WHERE seq = 100",
            ],
            2,
            "row 2 does not follow row 1",
        ),
        (
            &["DELETE FROM audit_log WHERE seq = 5"],
            5,
            "rows were removed from the end",
        ),
    ];
    for (statements, row, problem) in cases {
        let dir = tempfile::tempdir().unwrap();
        chain_of(dir.path(), 5).await.close().await;
        tamper(dir.path(), statements).await;
        let (db, _) = Database::open(dir.path()).await.unwrap();
        match audit::verify(db.reader()).await.unwrap() {
            Verdict::Broken {
                row: at,
                problem: found,
            } => {
                assert_eq!(at, row, "{statements:?}: {found}");
                assert!(found.contains(problem), "{statements:?}: {found}");
            }
            intact => panic!("{statements:?} went unnoticed: {intact:?}"),
        }
        db.close().await;
        let output = run_dialogues(
            &["audit", "verify", "--data", dir.path().to_str().unwrap()],
            &[],
            dir.path(),
        );
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains(problem), "{}", stderr(&output));
    }
}

#[test]
fn verify_needs_an_existing_database() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_dialogues(&["audit", "verify", "--data", "nowhere"], &[], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("there is no Dialogues database in nowhere"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("nowhere").exists(), "nothing created");
}
