//! `dialogues restore --from FILE --recovery-key KEYFILE --data DIR`: decrypts a backup, checks
//! it, and only then puts it in place.
//!
//! Order, so that every failure leaves the data directory as it was:
//!
//! 1. read the recovery key; take the data directory's lock (refused while a server runs);
//! 2. decrypt, streaming, into a private (0700) folder inside the data directory; a file that
//!    is not age, opens with another key, ends too soon or was changed is refused here;
//! 3. SQLite's `integrity_check`, the migrations (none unknown to this version, none changed),
//!    and the audit chain walked end to end and matched against the head the backup recorded;
//! 4. the restore is appended to the restored audit chain (migrations newer than the backup
//!    are applied first, as `serve` would), and the file is made self-contained (no WAL);
//! 5. the existing database, if any, is renamed `dialogues.db.before-restore-<UTC time>` (with
//!    its `-wal` and `-shm`), never deleted, and the restored one is linked into place.
//!
//! This file must never print or log database content or key material, and must never delete
//! or overwrite an existing database.

use std::fs::{File, OpenOptions};
use std::io::{self, BufReader, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde_json::json;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection};

use super::{BackupError, HeaderProblem, Metadata, file_stamp, progress, read_header, sync_dir};
use crate::audit::{self, Action, Actor, Entry, Verdict};
use crate::commands::export::ExportError;
use crate::crypto::KeyPair;
use crate::db::lock::DataDirLock;
use crate::db::work_folder::{RESTORE_PREFIX, WorkFolder};
use crate::db::{DATABASE_FILE, DbError, MIGRATOR};

/// What `dialogues restore` is given.
pub struct RestoreArgs {
    pub from: PathBuf,
    pub recovery_key: PathBuf,
    pub data_dir: PathBuf,
}

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Runs the restore; returns the text to print.
pub async fn restore(args: RestoreArgs) -> Result<String, BackupError> {
    let recovery = crate::commands::export::read_recovery_key(&args.recovery_key)?;
    let file = File::open(&args.from)
        .and_then(|f| {
            if f.metadata()?.is_file() {
                Ok(f)
            } else {
                Err(io::Error::other("it is not a file"))
            }
        })
        .map_err(|source| BackupError::ReadBackup {
            path: args.from.clone(),
            source,
        })?;
    let created = crate::startup::prepare_data_dir(&args.data_dir)?;
    let result = restore_into(&args, &recovery, file).await;
    if result.is_err()
        && let Some(dir) = created
    {
        // This run made the directory; nothing else is in it.
        let _ = std::fs::remove_dir_all(dir);
    }
    result
}

async fn restore_into(
    args: &RestoreArgs,
    recovery: &KeyPair,
    file: File,
) -> Result<String, BackupError> {
    let _lock = DataDirLock::acquire(&args.data_dir)?;
    crate::db::work_folder::sweep_abandoned(&args.data_dir);
    let work = WorkFolder::create(&args.data_dir, RESTORE_PREFIX).map_err(|source| {
        BackupError::WorkFolder {
            dir: args.data_dir.clone(),
            source,
        }
    })?;
    let incoming = work.path().join(DATABASE_FILE);

    let identity =
        age_identity(recovery).ok_or_else(|| ExportError::NotAKey(args.recovery_key.clone()))?;
    let (from, key, target) = (
        args.from.clone(),
        args.recovery_key.clone(),
        incoming.clone(),
    );
    let metadata =
        tokio::task::spawn_blocking(move || decrypt_to(file, &identity, &target, &from, &key))
            .await
            .map_err(|e| BackupError::Damaged {
                path: args.from.clone(),
                detail: e.to_string(),
            })??;
    check(&incoming, &metadata, &args.from).await?;

    let kept = free_aside_name(&args.data_dir);
    record_restore(work.path(), &metadata, &args.from, kept.as_deref()).await?;
    let kept = place(&args.data_dir, &incoming, kept)?;
    drop(work);

    let before = match &kept {
        Some(name) => format!(
            "The database that was there is kept as {} (with its -wal and -shm files, if it had them): delete it once you are sure you no longer need it.",
            args.data_dir.join(name).display()
        ),
        None => "There was no database there before.".to_owned(),
    };
    Ok(format!(
        "Restored the backup of {organisation} made at {at} by Dialogues {version} into {dir}: {rows} audit entries, chain head {head}; SQLite's integrity check and the audit chain check passed.\n{before}\nStart the server again with `dialogues serve`.",
        organisation = metadata.organisation,
        at = metadata.created_at,
        version = metadata.dialogues_version,
        dir = args.data_dir.display(),
        rows = metadata.audit_rows,
        head = metadata.audit_head,
    ))
}

/// The recovery key as an age identity, for the streaming decryptor.
fn age_identity(recovery: &KeyPair) -> Option<age::x25519::Identity> {
    use age::secrecy::ExposeSecret;
    recovery.secret().expose_secret().parse().ok()
}

/// Decrypts the backup into a new 0600 file at `target`; returns its metadata.
fn decrypt_to(
    file: File,
    identity: &age::x25519::Identity,
    target: &Path,
    from: &Path,
    key: &Path,
) -> Result<Metadata, BackupError> {
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let write_problem = |source: io::Error| BackupError::WorkFolder {
        dir: target.to_owned(),
        source,
    };
    let (metadata, out) = read_backup(
        BufReader::with_capacity(1 << 20, file),
        total,
        identity,
        from,
        key,
        |_| {
            OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(target)
                .map_err(write_problem)
        },
        write_problem,
    )?;
    out.sync_all().map_err(write_problem)?;
    Ok(metadata)
}

/// Reads a backup file of `total` bytes from `input`: decrypts it with `identity`, reads its
/// header and copies the database that follows into the writer `open` gives (called once the
/// header has been read); returns the metadata and that writer. Every failure is a
/// [`BackupError`] that names `from` (and `key`) and says what to do; none carries the file's
/// content. The fuzz targets and property tests call this through [`crate::fuzzing`] with the
/// file in memory.
pub(crate) fn read_backup<W: io::Write>(
    input: impl io::BufRead,
    total: u64,
    identity: &age::x25519::Identity,
    from: &Path,
    key: &Path,
    open: impl FnOnce(&Metadata) -> Result<W, BackupError>,
    write_problem: impl Fn(io::Error) -> BackupError,
) -> Result<(Metadata, W), BackupError> {
    let damaged = |detail: String| BackupError::Damaged {
        path: from.to_owned(),
        detail,
    };
    if total == 0 {
        return Err(damaged("the file is empty".to_owned()));
    }
    let decryptor = age::Decryptor::new_buffered(input).map_err(|e| match e {
        age::DecryptError::Io(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
            damaged("the file ends inside its header".to_owned())
        }
        age::DecryptError::Io(e) => BackupError::ReadBackup {
            path: from.to_owned(),
            source: e,
        },
        _ => BackupError::NotAgeFile(from.to_owned()),
    })?;
    let reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                BackupError::WrongKey {
                    backup: from.to_owned(),
                    key: key.to_owned(),
                }
            }
            age::DecryptError::InvalidMac => damaged("its header was changed".to_owned()),
            other => damaged(other.to_string()),
        })?;
    let read_problem = |e: io::Error| match e.kind() {
        io::ErrorKind::UnexpectedEof => damaged("the file ends too soon".to_owned()),
        io::ErrorKind::InvalidData => damaged("part of it does not authenticate".to_owned()),
        _ => damaged(e.to_string()),
    };
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let metadata = read_header(&mut reader).map_err(|p| match p {
        HeaderProblem::NotABackup => BackupError::NotABackup(from.to_owned()),
        HeaderProblem::NewerFormat(format) => BackupError::NewerFormat {
            path: from.to_owned(),
            format,
        },
        HeaderProblem::Io(e) => read_problem(e),
    })?;

    let mut out = open(&metadata)?;
    let bar = progress(total.max(metadata.database_bytes), "Decrypting");
    let mut buffer = vec![0u8; 1 << 20];
    let mut copied = 0u64;
    let result = loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => break Err(read_problem(e)),
        };
        if let Err(e) = out.write_all(&buffer[..n]) {
            break Err(write_problem(e));
        }
        copied += n as u64;
        bar.set_position(copied);
    };
    bar.finish_and_clear();
    result?;
    if copied != metadata.database_bytes {
        return Err(damaged(format!(
            "it holds {copied} bytes of database where it says {}",
            metadata.database_bytes
        )));
    }
    Ok((metadata, out))
}

/// Checks the decrypted database: SQLite's own, the migrations, the audit chain.
async fn check(incoming: &Path, metadata: &Metadata, from: &Path) -> Result<(), BackupError> {
    let mut header = [0u8; 16];
    let is_sqlite = File::open(incoming)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok()
        && &header == SQLITE_MAGIC;
    let integrity = |problem: String| BackupError::Integrity {
        path: from.to_owned(),
        problem,
    };
    if !is_sqlite {
        return Err(integrity("it is not an SQLite database".to_owned()));
    }
    let options = SqliteConnectOptions::new()
        .filename(incoming)
        .read_only(true)
        .immutable(true);
    let mut conn = options
        .connect()
        .await
        .map_err(|e| integrity(e.to_string()))?;
    let problems: Result<Vec<String>, sqlx::Error> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await;
    let migrations: Result<Vec<(i64, Vec<u8>)>, sqlx::Error> =
        sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations WHERE success = 1")
            .fetch_all(&mut conn)
            .await;
    let _ = conn.close().await;
    match problems {
        Ok(lines) if lines.len() == 1 && lines[0] == "ok" => {}
        Ok(lines) => {
            let first = lines.first().cloned().unwrap_or_default();
            return Err(integrity(format!(
                "{} problem(s), the first: {first}",
                lines.len()
            )));
        }
        Err(e) => return Err(integrity(e.to_string())),
    }
    let incompatible = |detail: String| BackupError::Incompatible {
        path: from.to_owned(),
        detail,
    };
    let migrations = migrations
        .map_err(|_| incompatible("it has no record of Dialogues migrations".to_owned()))?;
    for (version, checksum) in &migrations {
        match MIGRATOR.iter().find(|m| m.version == *version) {
            None => {
                return Err(incompatible(format!(
                    "it has migration {version}, which this version does not know: it was made by a newer version"
                )));
            }
            Some(known) if known.checksum.as_ref() != checksum.as_slice() => {
                return Err(incompatible(format!(
                    "its migration {version} differs from this version's"
                )));
            }
            Some(_) => {}
        }
    }

    // audit::verify reads through a pool.
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .map_err(|e| integrity(e.to_string()))?;
    let verdict = audit::verify(&pool).await;
    pool.close().await;
    let broken = |problem: String| BackupError::AuditBroken {
        path: from.to_owned(),
        problem,
    };
    match verdict.map_err(|e| broken(format!("it cannot be read: {e}")))? {
        Verdict::Broken { problem, .. } => Err(broken(problem)),
        Verdict::Intact { rows, head }
            if rows != metadata.audit_rows || head != metadata.audit_head =>
        {
            Err(broken(format!(
                "it ends at entry {rows} with head {head}, but the backup recorded entry {} with head {}",
                metadata.audit_rows, metadata.audit_head
            )))
        }
        Verdict::Intact { .. } => Ok(()),
    }
}

/// A name to keep the existing database under, or None when there is no database.
fn free_aside_name(data_dir: &Path) -> Option<String> {
    let present = ["", "-wal", "-shm"]
        .iter()
        .any(|suffix| data_dir.join(format!("{DATABASE_FILE}{suffix}")).exists());
    if !present {
        return None;
    }
    let stamp = file_stamp();
    (1..)
        .map(|n| match n {
            1 => format!("{DATABASE_FILE}.before-restore-{stamp}"),
            n => format!("{DATABASE_FILE}.before-restore-{stamp}-{n}"),
        })
        .find(|name| {
            ["", "-wal", "-shm"]
                .iter()
                .all(|suffix| !data_dir.join(format!("{name}{suffix}")).exists())
        })
}

/// Applies newer migrations (as `serve` would) and appends the restore to the restored audit
/// chain, on one connection in rollback-journal mode, so the file stays self-contained (no
/// `-wal` beside it to move with it); `serve` turns WAL on again when it opens it.
async fn record_restore(
    work: &Path,
    metadata: &Metadata,
    from: &Path,
    kept: Option<&str>,
) -> Result<(), BackupError> {
    let path = work.join(DATABASE_FILE);
    let mut conn = SqliteConnectOptions::new()
        .filename(&path)
        .journal_mode(SqliteJournalMode::Delete)
        .synchronous(SqliteSynchronous::Full)
        .connect()
        .await?;
    let recorded = async {
        MIGRATOR
            .run(&mut conn)
            .await
            .map_err(|source| DbError::Migrate {
                path: path.clone(),
                source,
            })?;
        let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
        audit::append(
            &mut tx,
            Entry::new(Actor::CommandLine, Action::BackupRestored, "command-line").detail(json!({
                "file": from.file_name().map(|n| n.to_string_lossy().into_owned()),
                "backup_made_at": metadata.created_at,
                "backup_made_by": metadata.dialogues_version,
                "audit_rows": metadata.audit_rows,
                "audit_head": metadata.audit_head,
                "kept_aside": kept,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok::<_, BackupError>(())
    }
    .await;
    let closed = conn.close().await;
    recorded?;
    closed?;
    Ok(())
}

/// Moves the existing database (and its `-wal`, `-shm`) aside under `kept`, then links the
/// restored database into place. On failure, puts back whatever it moved.
fn place(
    data_dir: &Path,
    incoming: &Path,
    kept: Option<String>,
) -> Result<Option<String>, BackupError> {
    let live = |suffix: &str| data_dir.join(format!("{DATABASE_FILE}{suffix}"));
    let mut moved: Vec<(PathBuf, PathBuf)> = Vec::new();
    let put_back = |moved: &[(PathBuf, PathBuf)]| {
        moved
            .iter()
            .rev()
            .all(|(from, to)| std::fs::rename(to, from).is_ok())
    };
    if let Some(name) = &kept {
        // The WAL first: a database must never meet another database's WAL.
        for suffix in ["-wal", "-shm", ""] {
            let from = live(suffix);
            if from.symlink_metadata().is_err() {
                continue;
            }
            let to = data_dir.join(format!("{name}{suffix}"));
            if let Err(source) = std::fs::rename(&from, &to) {
                let state = if put_back(&moved) {
                    "the database that was there is unchanged".to_owned()
                } else {
                    format!(
                        "some of the database that was there is now named {name}: rename it back to {DATABASE_FILE} before starting the server"
                    )
                };
                return Err(BackupError::Place {
                    dir: data_dir.to_owned(),
                    source,
                    state,
                });
            }
            moved.push((from, to));
        }
    }
    // A hard link never replaces an existing file.
    if let Err(source) = std::fs::hard_link(incoming, live("")) {
        let state = match (&kept, put_back(&moved)) {
            (None, _) => "nothing was changed".to_owned(),
            (Some(_), true) => "the database that was there is unchanged".to_owned(),
            (Some(name), false) => format!(
                "the database that was there is now named {name}: rename it (and its -wal, -shm) back to {DATABASE_FILE} before starting the server"
            ),
        };
        return Err(BackupError::Place {
            dir: data_dir.to_owned(),
            source,
            state,
        });
    }
    let _ = sync_dir(data_dir);
    Ok(kept)
}
