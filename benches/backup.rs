//! `dialogues backup` on a database of about 1 GB (target: under 30 s), and, for information,
//! `dialogues restore` of the same backup.
//!
//! Makes its own database in a new folder under `target/` (an organisation from the real
//! migrations and accounts code, then 48,000 cases and 480,000 sessions whose notes are
//! 1,400 random bytes each, as sealed notes are), runs the backup three times and the restore
//! once, prints each time, and deletes the folder however it ends. Run with
//! `cargo bench --bench backup`; `-- --sessions N` changes the size.

use std::path::{Path, PathBuf};
use std::time::Instant;

use age::secrecy::ExposeSecret;
use dialogues::accounts::{self, Email, NewOrganisation, PersonName};
use dialogues::auth::KeyWork;
use dialogues::auth::password::NewPassword;
use dialogues::crypto::KeyPair;
use dialogues::db::Database;

const SESSIONS_PER_CASE: i64 = 10;
const NOTES_BYTES: i64 = 1400;

/// Removes the bench's folder when dropped, panic or not.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn main() {
    let mut sessions: i64 = 480_000;
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--sessions") {
        sessions = args[i + 1].parse().expect("--sessions takes a number");
    }
    let scratch = Scratch(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join(format!("backup-bench-{}", std::process::id())),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run(&scratch.0, sessions));
}

async fn run(root: &Path, sessions: i64) {
    let data = root.join("data");
    dialogues::startup::prepare_data_dir(&data).unwrap();
    let recovery = KeyPair::generate();
    let key_file = root.join("recovery.key");
    std::fs::write(&key_file, recovery.secret().expose_secret()).unwrap();

    let started = Instant::now();
    let size = fill(&data, &recovery, sessions).await;
    println!(
        "made a database of {} ({} sessions) in {:.1} s",
        indicatif::HumanBytes(size),
        sessions,
        started.elapsed().as_secs_f64()
    );

    let mut times = Vec::new();
    for run in 1..=3 {
        let out = root.join(format!("backup-{run}.age"));
        let started = Instant::now();
        dialogues::backup::backup(dialogues::backup::BackupArgs {
            data_dir: data.clone(),
            out: out.clone(),
        })
        .await
        .expect("the backup is made");
        let took = started.elapsed().as_secs_f64();
        let written = std::fs::metadata(&out).unwrap().len();
        println!(
            "backup {run}: {took:.2} s for {} ({:.0} MB/s of database)",
            indicatif::HumanBytes(written),
            size as f64 / took / 1e6
        );
        times.push(took);
        if run < 3 {
            std::fs::remove_file(&out).unwrap();
        }
    }
    times.sort_by(f64::total_cmp);
    println!("backup median: {:.2} s (target: under 30 s)", times[1]);

    let started = Instant::now();
    dialogues::backup::restore(dialogues::backup::RestoreArgs {
        from: root.join("backup-3.age"),
        recovery_key: key_file,
        data_dir: root.join("restored"),
    })
    .await
    .expect("the backup restores");
    println!(
        "restore (decrypt, integrity check, audit chain, put in place): {:.2} s",
        started.elapsed().as_secs_f64()
    );
}

/// An organisation made by the real code, then cases and sessions of random bytes.
async fn fill(data: &Path, recovery: &KeyPair, sessions: i64) -> u64 {
    let (db, _) = Database::open(data).await.unwrap();
    let admin = accounts::initialise(
        &db,
        &KeyWork::new(2),
        NewOrganisation {
            name: "Benchmark organisation".into(),
            admin_email: Email::parse("bench@example.org").unwrap(),
            admin_name: PersonName::parse("Bench Admin").unwrap(),
            admin_password: NewPassword::parse(
                "marble orchard kettle drift 1",
                "marble orchard kettle drift 1",
                &[],
            )
            .unwrap(),
        },
        &recovery.recipient(),
    )
    .await
    .unwrap();
    let cases = (sessions / SESSIONS_PER_CASE).max(1);
    let mut tx = db.begin_write().await.unwrap();
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO cases (id, reference, facilitator_id, status, public_key, details,
                            details_version, opened_at, updated_at)
         SELECT 'case-' || i, 'DD-' || printf('%06d', i), ?2, 'open', 'age1bench',
                randomblob(300), 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
         FROM n",
    )
    .bind(cases)
    .bind(admin.as_str())
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let batch = 50_000;
    let mut done = 0;
    while done < sessions {
        let upto = (done + batch).min(sessions);
        let mut tx = db.begin_write().await.unwrap();
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT ?1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
             INSERT INTO sessions (id, case_id, facilitator_id, module_id, status, planned_on,
                                   toolkit_version, toolkit_hash, training_snapshot, notes,
                                   version, created_at, updated_at)
             SELECT 'session-' || i, 'case-' || (1 + i % ?3), ?4, 'getting-started', 'closed',
                    '2026-02-01', '1', 'bench', '{}', randomblob(?5), 3,
                    '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'
             FROM n",
        )
        .bind(done + 1)
        .bind(upto)
        .bind(cases)
        .bind(admin.as_str())
        .bind(NOTES_BYTES)
        .execute(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
        done = upto;
    }
    // Closing checkpoints the WAL into the file, so its size is the database's.
    db.close().await;
    std::fs::metadata(data.join(dialogues::db::DATABASE_FILE))
        .unwrap()
        .len()
}
