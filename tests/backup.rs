//! `dialogues backup` and `dialogues restore`: a consistent snapshot while the server writes,
//! readable only with the recovery key, restored only after its checks, never over a running
//! server and never at the cost of the database that was there.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use age::secrecy::ExposeSecret;
use common::journeys::{SAM, open_case, plan_session, signed_in, with_sam_sue_and_recovery};
use common::{TestApp, password, run_dialogues, stderr, stdout};
use dialogues::crypto::KeyPair;
use dialogues::db::Database;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;
use tokio::sync::Mutex;

/// Every table's rows: table → primary key (quoted) → the whole row (quoted).
type Dump = BTreeMap<String, BTreeMap<String, String>>;

/// The rows of one table, keyed by their primary key (or by the whole row, numbered, for a
/// table without one).
async fn table_rows(pool: &SqlitePool, table: &str) -> BTreeMap<String, String> {
    let columns: Vec<(String, i64)> =
        sqlx::query_as("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid")
            .bind(table)
            .fetch_all(pool)
            .await
            .unwrap();
    let quoted = |names: &[&String]| {
        names
            .iter()
            .map(|n| format!("quote(\"{n}\")"))
            .collect::<Vec<_>>()
            .join(" || '|' || ")
    };
    let all: Vec<&String> = columns.iter().map(|(n, _)| n).collect();
    let mut key_columns: Vec<&(String, i64)> = columns.iter().filter(|(_, pk)| *pk > 0).collect();
    key_columns.sort_by_key(|(_, pk)| *pk);
    let keys: Vec<&String> = key_columns.iter().map(|(n, _)| n).collect();
    let key_expr = if keys.is_empty() {
        quoted(&all)
    } else {
        quoted(&keys)
    };
    let rows: Vec<(String, String)> = sqlx::query_as(&format!(
        "SELECT {key_expr}, {} FROM \"{table}\"",
        quoted(&all)
    ))
    .fetch_all(pool)
    .await
    .unwrap();
    let mut map = BTreeMap::new();
    for (key, row) in rows {
        let mut key = key;
        let mut n = 1;
        while map.contains_key(&key) {
            n += 1;
            key = format!("{key}#{n}");
        }
        map.insert(key, row);
    }
    map
}

async fn dump(pool: &SqlitePool) -> Dump {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut dump = Dump::new();
    for table in tables {
        let rows = table_rows(pool, &table).await;
        dump.insert(table, rows);
    }
    dump
}

fn key_file(dir: &Path, recovery: &KeyPair) -> PathBuf {
    let path = dir.join("recovery-key.txt");
    std::fs::write(
        &path,
        format!("# recovery key\n{}\n", recovery.secret().expose_secret()),
    )
    .unwrap();
    path
}

fn backup(data: &Path, out: &Path, cwd: &Path) -> std::process::Output {
    run_dialogues(
        &[
            "backup",
            "--data",
            data.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
        cwd,
    )
}

fn restore(from: &Path, key: &Path, data: &Path, cwd: &Path) -> std::process::Output {
    run_dialogues(
        &[
            "restore",
            "--from",
            from.to_str().unwrap(),
            "--recovery-key",
            key.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
        ],
        &[],
        cwd,
    )
}

/// Every file in a directory (not below), with a hash of its bytes.
fn fingerprint(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let hash = if p.is_file() {
                format!("{:x}", Sha256::digest(std::fs::read(&p).unwrap()))
            } else {
                "directory".to_owned()
            };
            (name, hash)
        })
        .collect()
}

/// Decrypts a backup with the age crate alone, as the standard `age` tool would.
fn age_decrypt(file: &Path, key: &KeyPair) -> Result<Vec<u8>, age::DecryptError> {
    let identity: age::x25519::Identity = key.secret().expose_secret().parse().unwrap();
    let bytes = std::fs::read(file).unwrap();
    let decryptor = age::Decryptor::new_buffered(&bytes[..])?;
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))?;
    let mut plaintext = Vec::new();
    reader.read_to_end(&mut plaintext)?;
    Ok(plaintext)
}

/// Encrypts a plaintext to a recipient as a backup file would be.
fn age_encrypt(plaintext: &[u8], recipient: &str, out: &Path) {
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut bytes = Vec::new();
    let mut writer = encryptor.wrap_output(&mut bytes).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    std::fs::write(out, bytes).unwrap();
}

/// Splits a backup's plaintext into its two header lines and the database.
fn split_plaintext(plaintext: &[u8]) -> (String, serde_json::Value, Vec<u8>) {
    let first = plaintext.iter().position(|b| *b == b'\n').unwrap();
    let second = first
        + 1
        + plaintext[first + 1..]
            .iter()
            .position(|b| *b == b'\n')
            .unwrap();
    (
        String::from_utf8(plaintext[..first].to_vec()).unwrap(),
        serde_json::from_slice(&plaintext[first + 1..second]).unwrap(),
        plaintext[second + 1..].to_vec(),
    )
}

/// The databases kept aside by restores (without their -wal and -shm).
/// What [`backed_up`] made: a folder holding the recovery key file and a backup.
struct Backed {
    dir: tempfile::TempDir,
    key: PathBuf,
    out: PathBuf,
}

/// Sam, Sue and the organisation's recovery key in `app`, then a backup of it named `name`,
/// made by the real binary, beside the recovery key file in a new folder.
async fn backed_up(app: &TestApp, name: &str) -> Backed {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, recovery) = with_sam_sue_and_recovery(app).await;
    let key = key_file(dir.path(), &recovery);
    let out = dir.path().join(name);
    assert!(backup(&app.data_dir(), &out, dir.path()).status.success());
    Backed { dir, key, out }
}

fn kept_databases(dir: &Path) -> Vec<String> {
    leftovers(dir, "dialogues.db.before-restore-")
        .into_iter()
        .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
        .collect()
}

fn leftovers(dir: &Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_writes_continue_restores_exactly_the_state_at_its_snapshot() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let key = key_file(dir.path(), &recovery);
    let sam = signed_in(&app, SAM, 2).await;
    let reference = open_case(&sam, "Robin Example").await;
    let session = plan_session(&sam, &reference, "getting-started").await;
    let session_key = format!("'{session}'");

    // A writer saves the session's notes again and again, through the real pages, and keeps
    // the session row as each save left it.
    let stop = Arc::new(AtomicBool::new(false));
    let saves = Arc::new(AtomicU64::new(0));
    let rows_by_version: Arc<Mutex<BTreeMap<i64, String>>> = Arc::default();
    let writer = {
        let (stop, saves, rows) = (stop.clone(), saves.clone(), rows_by_version.clone());
        let (pool, session, session_key) = (
            app.db.reader().clone(),
            session.clone(),
            session_key.clone(),
        );
        tokio::spawn(async move {
            let mut version = 1;
            while !stop.load(Ordering::Relaxed) {
                let text = format!("Notes written while the backup runs, save {version}");
                let saved = sam
                    .post(
                        &format!("/sessions/{session}/stages/check-in"),
                        &[
                            ("notes", text.as_str()),
                            ("version", &version.to_string()),
                            ("go", "leave"),
                        ],
                    )
                    .await;
                assert_eq!(saved.status, 303, "{}", saved.body);
                version += 1;
                let row = table_rows(&pool, "sessions").await[&session_key].clone();
                rows.lock().await.insert(version, row);
                saves.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let wait_for = |n: u64| {
        let saves = saves.clone();
        async move {
            while saves.load(Ordering::Relaxed) < n {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
    };
    wait_for(3).await;
    let before_backup = saves.load(Ordering::Relaxed);
    let out = dir.path().join("nightly.backup");
    let (data, out_path, cwd) = (app.data_dir(), out.clone(), dir.path().to_owned());
    let made = tokio::task::spawn_blocking(move || backup(&data, &out_path, &cwd))
        .await
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    let after_backup = saves.load(Ordering::Relaxed);
    wait_for(after_backup + 3).await;
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();

    assert!(
        stdout(&made).contains("Backed up Test organisation"),
        "{}",
        stdout(&made)
    );
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(leftovers(dir.path(), ".dialogues-backup-").is_empty());
    assert!(
        leftovers(&app.data_dir(), ".backup-").is_empty(),
        "the plaintext snapshot is deleted"
    );
    let source = dump(app.db.reader()).await;
    let recorded = rows_by_version.lock().await.clone();

    let restored_dir = dir.path().join("restored");
    let run = restore(&out, &key, &restored_dir, dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("There was no database there before."));
    assert!(leftovers(&restored_dir, ".restore-").is_empty());
    let pool = SqlitePool::connect(&format!(
        "sqlite://{}?mode=ro",
        restored_dir.join("dialogues.db").display()
    ))
    .await
    .unwrap();
    let restored = dump(&pool).await;

    // The audit chain is a prefix of the source's, plus the restore's own entry.
    let source_audit = &source["audit_log"];
    let restored_audit = &restored["audit_log"];
    let snapshot_rows = restored_audit.len() - 1;
    let last: String = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(last, "backup-restored");
    for (seq, row) in restored_audit {
        if seq.parse::<usize>().unwrap() <= snapshot_rows {
            assert_eq!(Some(row), source_audit.get(seq), "audit row {seq}");
        }
    }
    assert!(
        source_audit.len() > snapshot_rows + 1,
        "writes continued after the snapshot"
    );
    let made_detail: String =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'backup-made'")
            .fetch_one(app.db.reader())
            .await
            .unwrap();
    let made_detail: serde_json::Value = serde_json::from_str(&made_detail).unwrap();
    assert_eq!(made_detail["audit_rows"], snapshot_rows as i64);

    // The session row is one a save left, and it agrees with the audit rows of the snapshot:
    // a change and its audit entry are in the backup together or not at all.
    let restored_session = &restored["sessions"][&session_key];
    let version: i64 = recorded
        .iter()
        .find(|(_, row)| *row == restored_session)
        .map(|(v, _)| *v)
        .expect("the restored session row is the one a completed save left");
    let details: Vec<String> = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE subject = ? AND action IN ('session-notes-saved', 'session-started')",
    )
    .bind(&session)
    .fetch_all(&pool)
    .await
    .unwrap();
    let audited_version = details
        .iter()
        .map(|d| {
            serde_json::from_str::<serde_json::Value>(d).unwrap()["version"]
                .as_i64()
                .unwrap()
        })
        .max()
        .unwrap();
    assert_eq!(audited_version, version);
    assert!(
        version > before_backup as i64,
        "saves made before the backup are in it"
    );
    let final_version = *recorded.keys().max().unwrap();
    assert!(
        version < final_version,
        "saves made after the snapshot are not"
    );

    // Every other row of every table is exactly the source's.
    assert_eq!(
        restored.keys().collect::<Vec<_>>(),
        source.keys().collect::<Vec<_>>()
    );
    for (table, rows) in &restored {
        match table.as_str() {
            "audit_log" | "audit_head" => {}
            "sessions" => {
                let mut expected = source[table].clone();
                expected.insert(session_key.clone(), restored_session.clone());
                assert_eq!(rows, &expected, "{table}");
            }
            _ => assert_eq!(rows, &source[table], "{table}"),
        }
    }
    let (head_seq, _): (i64, String) =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(head_seq as usize, snapshot_rows + 1);
    pool.close().await;

    let verified = run_dialogues(
        &["audit", "verify", "--data", restored_dir.to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert!(verified.status.success(), "{}", stderr(&verified));
}

#[tokio::test]
async fn a_backup_opens_only_with_the_recovery_key_and_without_this_program() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let out = dir.path().join("backup.age");
    let made = backup(&app.data_dir(), &out, dir.path());
    assert!(made.status.success(), "{}", stderr(&made));
    assert!(app.audited("backup-made").await);

    let raw = std::fs::read(&out).unwrap();
    for visible in [
        &b"SQLite format 3"[..],
        b"Test organisation",
        b"sam@example.org",
        b"dialogues-backup",
    ] {
        assert!(
            !raw.windows(visible.len()).any(|w| w == visible),
            "{} is readable in the file",
            String::from_utf8_lossy(visible)
        );
    }
    let stranger = KeyPair::generate();
    assert!(matches!(
        age_decrypt(&out, &stranger),
        Err(age::DecryptError::NoMatchingKeys)
    ));

    // With the recovery key, the standard age format gives the header and the database.
    let plaintext = age_decrypt(&out, &recovery).unwrap();
    let (format, metadata, database) = split_plaintext(&plaintext);
    assert_eq!(format, "dialogues-backup 1");
    assert_eq!(metadata["organisation"], "Test organisation");
    assert_eq!(metadata["database_bytes"], database.len() as u64);
    assert!(database.starts_with(b"SQLite format 3\0"));
    let (rows, head) = dialogues::audit::head(app.db.reader()).await.unwrap();
    // The backup's own audit entry came after the snapshot.
    assert_eq!(metadata["audit_rows"], rows - 1);
    assert_ne!(metadata["audit_head"], head.as_str());

    // The restore refuses another key and creates nothing.
    let stranger_file = dir.path().join("stranger.txt");
    std::fs::write(&stranger_file, stranger.secret().expose_secret()).unwrap();
    let target = dir.path().join("target");
    let run = restore(&out, &stranger_file, &target, dir.path());
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("does not open the backup"),
        "{}",
        stderr(&run)
    );
    assert!(!target.exists(), "nothing is created");
}

#[tokio::test]
async fn a_damaged_backup_is_refused_and_the_database_that_was_there_is_untouched() {
    let app = TestApp::spawn().await;
    let Backed { dir, key, out } = backed_up(&app, "good.backup").await;
    let good = std::fs::read(&out).unwrap();
    let data = app.data_dir();
    let _kept = app.stop().await;
    let before = fingerprint(&data);

    // Where age's payload starts: after the header's MAC line, then a 16-byte nonce; each
    // chunk is 64 KiB of plaintext and a 16-byte tag.
    let header_end = good.windows(4).position(|w| w == b"\n---").unwrap() + 1;
    let header_end = header_end + good[header_end..].iter().position(|b| *b == b'\n').unwrap() + 1;
    let first_chunk_end = header_end + 16 + 65536 + 16;
    assert!(
        good.len() > first_chunk_end + 1000,
        "a backup of several chunks"
    );

    let mut cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "not age",
            b"hello, this is not a backup".to_vec(),
            "is not a Dialogues backup (it is not an age-encrypted file)",
        ),
        (
            "export json",
            br#"{"format":"dialogues-export-1","cases":[]}"#.to_vec(),
            "is not a Dialogues backup",
        ),
        (
            "cut in the header",
            good[..header_end / 2].to_vec(),
            "damaged or incomplete",
        ),
        (
            "cut at a chunk boundary",
            good[..first_chunk_end].to_vec(),
            "damaged or incomplete",
        ),
        (
            "cut in the middle",
            good[..good.len() / 2].to_vec(),
            "damaged or incomplete",
        ),
        (
            "last byte missing",
            good[..good.len() - 1].to_vec(),
            "damaged or incomplete",
        ),
        ("empty", Vec::new(), "damaged or incomplete"),
    ];
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x20;
    cases.push(("a byte changed", flipped, "damaged or incomplete"));
    let mut mac = good.clone();
    let at = header_end - 10;
    mac[at] = if mac[at] == b'A' { b'B' } else { b'A' };
    cases.push(("its header MAC changed", mac, "damaged or incomplete"));
    let mut appended = good.clone();
    appended.extend_from_slice(b"extra");
    cases.push(("bytes added", appended, "damaged or incomplete"));

    for (what, bytes, expected) in cases {
        let file = dir
            .path()
            .join(format!("{}.backup", what.replace(' ', "-")));
        std::fs::write(&file, &bytes).unwrap();
        let run = restore(&file, &key, &data, dir.path());
        assert!(!run.status.success(), "{what} was restored");
        assert!(stderr(&run).contains(expected), "{what}: {}", stderr(&run));
        assert!(
            stderr(&run).contains("nothing was changed"),
            "{what}: {}",
            stderr(&run)
        );
        assert_eq!(
            fingerprint(&data),
            before,
            "{what} changed the data directory"
        );
    }

    let not_a_key = dir.path().join("notes.txt");
    std::fs::write(&not_a_key, "hello").unwrap();
    for (key_path, expected) in [
        (
            dir.path().join("missing-key.txt"),
            "cannot read the recovery key file",
        ),
        (not_a_key, "holds no age secret key"),
    ] {
        let run = restore(&out, &key_path, &data, dir.path());
        assert!(!run.status.success());
        assert!(stderr(&run).contains(expected), "{}", stderr(&run));
        assert_eq!(fingerprint(&data), before);
    }
    let run = restore(&dir.path().join("no-such.backup"), &key, &data, dir.path());
    assert!(
        stderr(&run).contains("cannot read the backup file"),
        "{}",
        stderr(&run)
    );
    assert_eq!(fingerprint(&data), before);

    // The good one still restores, keeping the database that was there.
    let run = restore(&out, &key, &data, dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("is kept as"), "{}", stdout(&run));
}

#[tokio::test]
async fn a_restore_keeps_the_database_that_was_there_and_is_recorded_in_the_restored_chain() {
    let app = TestApp::spawn().await;
    let Backed { dir, key, out } = backed_up(&app, "monday.backup").await;
    app.add_person(
        "late@example.org",
        "Lee Late",
        &["facilitator"],
        &password(5),
    )
    .await;
    let data = app.data_dir();
    let _kept = app.stop().await;
    let live_before = fingerprint(&data);

    let run = restore(&out, &key, &data, dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("integrity check and the audit chain check passed"));
    let aside = kept_databases(&data);
    assert_eq!(aside.len(), 1, "{aside:?}");
    let after = fingerprint(&data);
    for suffix in ["", "-wal", "-shm"] {
        assert_eq!(
            after.get(&format!("{}{suffix}", aside[0])),
            live_before.get(&format!("dialogues.db{suffix}")),
            "the database that was there is kept, byte for byte, with its {suffix:?}"
        );
    }
    assert!(
        !data.join("dialogues.db-wal").exists(),
        "no WAL meets the restored database"
    );
    assert!(stdout(&run).contains(&aside[0]));

    let db = Database::open_existing(&data).await.unwrap();
    let late: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = 'late@example.org'")
            .fetch_one(db.reader())
            .await
            .unwrap();
    assert_eq!(late, 0, "the restored database is the backup's");
    let restored: (String, String) =
        sqlx::query_as("SELECT actor, detail FROM audit_log WHERE action = 'backup-restored'")
            .fetch_one(db.reader())
            .await
            .unwrap();
    assert_eq!(restored.0, "command-line");
    assert!(restored.1.contains(&aside[0]), "{}", restored.1);
    assert!(matches!(
        dialogues::audit::verify(db.reader()).await.unwrap(),
        dialogues::audit::Verdict::Intact { .. }
    ));
    db.close().await;

    // A second restore keeps the first restore's database aside too, under another name.
    let run = restore(&out, &key, &data, dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(kept_databases(&data).len(), 2);
}

#[tokio::test]
async fn a_backup_whose_audit_chain_or_database_is_broken_is_refused() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, _, recovery) = with_sam_sue_and_recovery(&app).await;
    let key = key_file(dir.path(), &recovery);
    let data = app.data_dir();
    let _kept = app.stop().await;

    // Someone altered an audit row (going round the trigger) before the backup was made.
    let altered = dir.path().join("altered");
    std::fs::create_dir(&altered).unwrap();
    for suffix in ["", "-wal"] {
        let name = format!("dialogues.db{suffix}");
        if data.join(&name).exists() {
            std::fs::copy(data.join(&name), altered.join(&name)).unwrap();
        }
    }
    let pool = SqlitePool::connect(&format!(
        "sqlite://{}",
        altered.join("dialogues.db").display()
    ))
    .await
    .unwrap();
    let triggers: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for trigger in triggers {
        sqlx::query(&format!("DROP TRIGGER \"{trigger}\""))
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::query("UPDATE audit_log SET source = 'elsewhere' WHERE seq = 2")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let out = dir.path().join("altered.backup");
    let made = backup(&altered, &out, dir.path());
    assert!(made.status.success(), "{}", stderr(&made));
    let target = dir.path().join("target");
    let run = restore(&out, &key, &target, dir.path());
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("the audit chain inside the backup"),
        "{}",
        stderr(&run)
    );
    assert!(
        stderr(&run).contains("row 2 was altered"),
        "{}",
        stderr(&run)
    );
    assert!(!target.exists(), "nothing is created");

    // A database that fails SQLite's integrity check, in an otherwise well-formed backup.
    let good = dir.path().join("good.backup");
    assert!(backup(&data, &good, dir.path()).status.success());
    let plaintext = age_decrypt(&good, &recovery).unwrap();
    let (format, metadata, mut database) = split_plaintext(&plaintext);
    let page_size = usize::from(u16::from_be_bytes([database[16], database[17]]));
    let pages = database.len() / page_size;
    for page in (pages / 2)..(pages / 2 + 3) {
        let start = page * page_size;
        database[start..start + 64].fill(0xA5);
    }
    let mut forged = format!("{format}\n{metadata}\n").into_bytes();
    forged.extend_from_slice(&database);
    let corrupt = dir.path().join("corrupt.backup");
    age_encrypt(&forged, &recovery.recipient(), &corrupt);
    let run = restore(&corrupt, &key, &target, dir.path());
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("fails SQLite's integrity check"),
        "{}",
        stderr(&run)
    );
    assert!(!target.exists());

    // A backup from a newer version (a migration this one does not know) is refused.
    let (format, mut metadata, database) = split_plaintext(&plaintext);
    metadata["schema_version"] = serde_json::json!(9999);
    let newer_dir = dir.path().join("newer");
    std::fs::create_dir(&newer_dir).unwrap();
    std::fs::write(newer_dir.join("dialogues.db"), &database).unwrap();
    let pool = SqlitePool::connect(&format!(
        "sqlite://{}",
        newer_dir.join("dialogues.db").display()
    ))
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time)
         VALUES (9999, 'from the future', '2030-01-01', 1, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    let database = std::fs::read(newer_dir.join("dialogues.db")).unwrap();
    metadata["database_bytes"] = serde_json::json!(database.len());
    let mut forged = format!("{format}\n{metadata}\n").into_bytes();
    forged.extend_from_slice(&database);
    let newer = dir.path().join("newer.backup");
    age_encrypt(&forged, &recovery.recipient(), &newer);
    let run = restore(&newer, &key, &target, dir.path());
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("migration 9999, which this version does not know"),
        "{}",
        stderr(&run)
    );
    assert!(!target.exists());
}

#[tokio::test]
async fn a_data_directory_in_use_by_a_server_is_never_restored_into_or_served_twice() {
    let app = TestApp::spawn().await;
    let Backed { dir, key, out } = backed_up(&app, "backup.age").await;

    let run = restore(&out, &key, &app.data_dir(), dir.path());
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("is in use by another Dialogues process"),
        "{}",
        stderr(&run)
    );
    assert!(leftovers(&app.data_dir(), "dialogues.db.before-restore-").is_empty());
    assert!(leftovers(&app.data_dir(), ".restore-").is_empty());
    assert_eq!(
        app.get("/healthz").await.status(),
        200,
        "the server runs on"
    );

    let mut second = app.config.clone();
    second.listen = "127.0.0.1:0".parse().unwrap();
    let refused = dialogues::startup::Application::build(second).await;
    let message = refused
        .err()
        .expect("a second server is refused")
        .to_string();
    assert!(message.contains("is in use"), "{message}");

    // Once the server has stopped, the restore goes ahead.
    let data = app.data_dir();
    let _kept = app.stop().await;
    let run = restore(&out, &key, &data, dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
}

#[tokio::test]
async fn a_backup_is_never_written_over_a_file_or_from_a_directory_without_an_organisation() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let data = app.data_dir();

    let uninitialised = backup(&data, &dir.path().join("b1"), dir.path());
    assert!(!uninitialised.status.success());
    assert!(
        stderr(&uninitialised).contains("holds no organisation yet"),
        "{}",
        stderr(&uninitialised)
    );
    assert!(!dir.path().join("b1").exists());

    with_sam_sue_and_recovery(&app).await;
    let existing = dir.path().join("precious.txt");
    std::fs::write(&existing, "keep me").unwrap();
    let run = backup(&data, &existing, dir.path());
    assert!(!run.status.success());
    assert!(stderr(&run).contains("already exists"), "{}", stderr(&run));
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");

    let run = backup(&data, &dir.path().join("no-folder/backup.age"), dir.path());
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("cannot write the backup"),
        "{}",
        stderr(&run)
    );

    let run = backup(
        &dir.path().join("empty"),
        &dir.path().join("b2"),
        dir.path(),
    );
    assert!(!run.status.success());
    assert!(
        stderr(&run).contains("there is no Dialogues database"),
        "{}",
        stderr(&run)
    );
    assert_eq!(
        leftovers(dir.path(), ".dialogues-backup-"),
        Vec::<String>::new()
    );
    assert!(leftovers(&data, ".backup-").is_empty());
    assert!(!app.audited("backup-made").await, "nothing was backed up");
}

/// What a backup or restore killed with SIGKILL leaves: its work folder with a copy of the
/// database and an `in-use` file whose lock ended with the process.
fn left_by_a_killed_command(data: &Path, name: &str) -> PathBuf {
    let folder = data.join(name);
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(data.join("dialogues.db"), folder.join("dialogues.db")).unwrap();
    std::fs::write(folder.join("in-use"), b"").unwrap();
    folder
}

#[tokio::test]
async fn copies_left_by_a_killed_backup_or_restore_are_removed_by_the_next_start_or_restore() {
    let app = TestApp::spawn().await;
    let Backed { dir, key, out } = backed_up(&app, "backup.age").await;
    let config = app.config.clone();
    let data = app.data_dir();
    let _kept = app.stop().await;

    let killed_backup = left_by_a_killed_command(&data, ".backup-killed");
    let killed_restore = left_by_a_killed_command(&data, ".restore-killed");
    // A backup still running (its lock held) keeps its folder.
    let running = left_by_a_killed_command(&data, ".backup-running");
    let held = std::fs::File::open(running.join("in-use")).unwrap();
    held.try_lock().unwrap();

    let mut restart = config.clone();
    restart.listen = "127.0.0.1:0".parse().unwrap();
    let server = dialogues::startup::Application::build(restart)
        .await
        .expect("the server starts");
    assert!(!killed_backup.exists(), "the killed backup's copy is gone");
    assert!(
        !killed_restore.exists(),
        "the killed restore's copy is gone"
    );
    assert!(
        running.join("dialogues.db").exists(),
        "a running backup's copy is kept"
    );
    drop(server);

    // A restore sweeps too, once the backup holding the folder has ended.
    drop(held);
    let run = restore(&out, &key, &data, dir.path());
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!running.exists());
    assert!(leftovers(&data, ".backup-").is_empty());
    assert!(leftovers(&data, ".restore-").is_empty());
}
