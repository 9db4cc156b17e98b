//! `dialogues backup --data DIR --out FILE`: a consistent snapshot of the live database
//! (`VACUUM INTO`, never a file copy), encrypted to the organisation's recovery recipient.
//!
//! The server may keep running and writing: the snapshot is one read transaction, so it holds
//! exactly the writes committed before it began. The plaintext snapshot lives only in a
//! private (0700) folder inside the data directory and is deleted however this ends; the
//! encrypted file is written under a temporary name beside `--out` and linked to `--out` only
//! when complete and flushed, never over an existing file. The backup is recorded in the live
//! audit chain (its size and the chain head it holds, never content).
//!
//! This file must never print or log database content or key material.

use std::fs::{File, OpenOptions, Permissions};
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};

use super::{BackupError, Metadata, progress, sync_dir, write_header};
use crate::audit::{self, Action, Actor, Entry};
use crate::db::work_folder::{BACKUP_PREFIX, WorkFolder};
use crate::db::{DATABASE_FILE, Database};

/// What `dialogues backup` is given.
pub struct BackupArgs {
    pub data_dir: PathBuf,
    pub out: PathBuf,
}

/// Runs the backup; returns the text to print.
pub async fn backup(args: BackupArgs) -> Result<String, BackupError> {
    if args.out.symlink_metadata().is_ok() {
        return Err(BackupError::OutExists(args.out));
    }
    let out_dir = out_dir(&args.out);
    if !out_dir.is_dir() {
        return Err(BackupError::Write {
            path: args.out.clone(),
            source: io::Error::new(io::ErrorKind::NotFound, "its folder does not exist"),
        });
    }
    let db = Database::open_existing(&args.data_dir).await?;
    let started = Instant::now();
    let result = backup_in(&db, &args).await;
    db.close().await;
    let (metadata, bytes) = result?;
    Ok(format!(
        "Backed up {organisation} to {out} ({size}, {secs:.1} s): the database as it was at {at}, with {rows} audit entries (chain head {head}).\nThe file is encrypted to the organisation's recovery key: only that key restores it (`dialogues restore`). Keep it away from this machine.",
        organisation = metadata.organisation,
        out = args.out.display(),
        size = indicatif::HumanBytes(bytes),
        secs = started.elapsed().as_secs_f64(),
        at = metadata.created_at,
        rows = metadata.audit_rows,
        head = metadata.audit_head,
    ))
}

/// The folder `--out` goes into.
fn out_dir(out: &Path) -> PathBuf {
    match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

async fn backup_in(db: &Database, args: &BackupArgs) -> Result<(Metadata, u64), BackupError> {
    let recipient = crate::accounts::store::recovery_recipient(db.reader())
        .await?
        .ok_or_else(|| BackupError::NotInitialised(args.data_dir.clone()))?;
    let recipient: age::x25519::Recipient =
        recipient.parse().map_err(|_| BackupError::BadRecipient)?;

    // The plaintext snapshot's private folder: removed when `work` is dropped, on every path;
    // if this process is killed, by the next backup, restore or server start.
    crate::db::work_folder::sweep_abandoned(&args.data_dir);
    let work = WorkFolder::create(&args.data_dir, BACKUP_PREFIX).map_err(|source| {
        BackupError::WorkFolder {
            dir: args.data_dir.clone(),
            source,
        }
    })?;
    let snapshot = work.path().join(DATABASE_FILE);
    take_snapshot(db, &snapshot).await?;
    let metadata = describe(&snapshot).await?;

    let out = args.out.clone();
    let header = metadata.clone();
    let written = tokio::task::spawn_blocking(move || {
        encrypt_to_new_file(&snapshot, &header, &recipient, &out)
    })
    .await
    .map_err(|e| BackupError::Write {
        path: args.out.clone(),
        source: io::Error::other(e.to_string()),
    })??;
    drop(work);

    let mut tx = db.begin_write().await?;
    audit::append(
        &mut tx,
        Entry::new(Actor::CommandLine, Action::BackupMade, "command-line").detail(json!({
            "file": args.out.file_name().map(|n| n.to_string_lossy().into_owned()),
            "bytes": written,
            "snapshot_at": metadata.created_at,
            "audit_rows": metadata.audit_rows,
            "audit_head": metadata.audit_head,
        })),
    )
    .await?;
    tx.commit().await?;
    Ok((metadata, written))
}

/// `VACUUM INTO` a new 0600 file, with a progress bar fed by the snapshot's growing size.
async fn take_snapshot(db: &Database, snapshot: &Path) -> Result<(), BackupError> {
    let path = snapshot.to_str().ok_or_else(|| BackupError::WorkFolder {
        dir: snapshot.to_owned(),
        source: io::Error::other("the data directory's path is not valid UTF-8"),
    })?;
    // VACUUM INTO accepts an existing empty file; creating it first fixes its mode.
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(snapshot)
        .map_err(|source| BackupError::WorkFolder {
            dir: snapshot.to_owned(),
            source,
        })?;
    let mut conn = db.reader().acquire().await.map_err(BackupError::Snapshot)?;
    let (pages, free, page_size): (i64, i64, i64) = sqlx::query_as(
        "SELECT p.page_count, f.freelist_count, s.page_size
         FROM pragma_page_count() p, pragma_freelist_count() f, pragma_page_size() s",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(BackupError::Snapshot)?;
    let estimate = u64::try_from((pages - free).max(1) * page_size).unwrap_or(0);

    let bar = progress(estimate, "Snapshot");
    let done = Arc::new(AtomicBool::new(false));
    let watcher = {
        let (bar, done, snapshot) = (bar.clone(), Arc::clone(&done), snapshot.to_owned());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                if let Ok(m) = std::fs::metadata(&snapshot) {
                    bar.set_position(m.len().min(estimate));
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let result = sqlx::query("VACUUM INTO ?")
        .bind(path)
        .execute(&mut *conn)
        .await;
    done.store(true, Ordering::Relaxed);
    let _ = watcher.join();
    bar.finish_and_clear();
    result.map_err(BackupError::Snapshot)?;
    Ok(())
}

/// Reads what the backup will say about itself from the snapshot (not the live database, so
/// the audit head is exactly the one the snapshot holds).
async fn describe(snapshot: &Path) -> Result<Metadata, BackupError> {
    let database_bytes = std::fs::metadata(snapshot)
        .map_err(|source| BackupError::WorkFolder {
            dir: snapshot.to_owned(),
            source,
        })?
        .len();
    let mut conn = SqliteConnectOptions::new()
        .filename(snapshot)
        .read_only(true)
        .immutable(true)
        .connect()
        .await
        .map_err(BackupError::Snapshot)?;
    let read = async {
        let (audit_rows, audit_head): (i64, String) =
            sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
                .fetch_one(&mut conn)
                .await?;
        let schema_version: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success = 1",
        )
        .fetch_one(&mut conn)
        .await?;
        let organisation: Option<String> =
            sqlx::query_scalar("SELECT name FROM organisation WHERE id = 1")
                .fetch_optional(&mut conn)
                .await?;
        Ok::<_, sqlx::Error>(Metadata {
            created_at: crate::accounts::store::now_text(),
            dialogues_version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version,
            organisation: organisation.unwrap_or_default(),
            audit_rows,
            audit_head,
            database_bytes,
        })
    }
    .await;
    let _ = conn.close().await;
    read.map_err(BackupError::Snapshot)
}

/// Encrypts the header and the snapshot, streaming, into a new 0600 file beside `out`, then
/// links it to `out` (refusing an existing file). Returns the size written. On any failure the
/// temporary file is removed and `out` does not exist.
fn encrypt_to_new_file(
    snapshot: &Path,
    metadata: &Metadata,
    recipient: &age::x25519::Recipient,
    out: &Path,
) -> Result<u64, BackupError> {
    let write_error = |source: io::Error| BackupError::Write {
        path: out.to_owned(),
        source,
    };
    let dir = out_dir(out);
    let temp = tempfile::Builder::new()
        .prefix(".dialogues-backup-")
        .suffix(".partial")
        .permissions(Permissions::from_mode(0o600))
        .tempfile_in(&dir)
        .map_err(write_error)?;
    let mut input = File::open(snapshot).map_err(|source| BackupError::WorkFolder {
        dir: snapshot.to_owned(),
        source,
    })?;
    let bar = progress(metadata.database_bytes, "Encrypting");
    let written: io::Result<u64> = (|| {
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
                .map_err(io::Error::other)?;
        let mut stream =
            encryptor.wrap_output(BufWriter::with_capacity(1 << 20, temp.as_file()))?;
        write_header(&mut stream, metadata)?;
        let mut buffer = vec![0u8; 1 << 20];
        let mut copied = 0u64;
        loop {
            let n = input.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            stream.write_all(&buffer[..n])?;
            copied += n as u64;
            bar.set_position(copied);
        }
        if copied != metadata.database_bytes {
            return Err(io::Error::other(
                "the snapshot changed while it was encrypted",
            ));
        }
        // Without finish() the last chunk is never written and the file is truncated.
        stream.finish()?.flush()?;
        temp.as_file().sync_all()?;
        temp.as_file().metadata().map(|m| m.len())
    })();
    bar.finish_and_clear();
    let written = written.map_err(write_error)?;
    temp.persist_noclobber(out).map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            BackupError::OutExists(out.to_owned())
        } else {
            write_error(e.error)
        }
    })?;
    sync_dir(&dir).map_err(write_error)?;
    Ok(written)
}
