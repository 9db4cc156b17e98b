//! `dialogues backup` and `dialogues restore`: a consistent snapshot of the live database,
//! encrypted to the organisation's recovery key, and putting one back.
//!
//! **The backup file** is one age file (X25519, to the organisation's recovery recipient; the
//! standard `age`/`rage` tools open it with the recovery key file). Its plaintext is:
//!
//! 1. the line `dialogues-backup 1` (the format),
//! 2. one line of JSON: [`Metadata`] (when it was made, by which version, the schema version,
//!    the organisation, the audit chain's length and head, the database's size),
//! 3. the SQLite database itself, byte for byte, as `VACUUM INTO` wrote it.
//!
//! So `age -d -i recovery.key FILE | tail -n +3 > dialogues.db` gives the database without this
//! program. age authenticates every 64 KiB chunk and marks the last one, so a changed or
//! truncated file is an error when it is read, never a shorter database.
//!
//! Making one ([`make`]) never copies the database file: `VACUUM INTO` writes a consistent
//! snapshot into a private (0700) folder inside the data directory while the server keeps
//! writing; the snapshot is encrypted, streaming, into a new 0600 file under a temporary name
//! next to `--out`, which is linked to its final name only when complete (never over an
//! existing file), and the plaintext snapshot is deleted however the command ends.
//!
//! Restoring ([`restore`]) decrypts into a private folder in the target data directory, runs
//! SQLite's integrity check, checks the migrations and walks the audit chain, records the
//! restore in the restored audit chain, and only then moves the existing database aside
//! (`dialogues.db.before-restore-<UTC time>`, with its `-wal` and `-shm`; never deleted) and
//! puts the restored one in place. It refuses a data directory locked by a running server.
//!
//! Nothing here may print or log database content, keys or key file contents; messages name
//! files, sizes, times and hashes only.

pub mod make;
pub mod restore;

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::{Deserialize, Serialize};

use crate::commands::export::ExportError;
use crate::db::DbError;
use crate::db::lock::LockError;
use crate::startup::StartupError;

pub use make::{BackupArgs, backup};
pub use restore::{RestoreArgs, restore};

/// The first line of every backup's plaintext, before the format number.
const MAGIC: &str = "dialogues-backup";
/// The format this version writes and reads.
pub const FORMAT: u32 = 1;
/// The metadata line is small; anything longer is not a backup of ours.
const MAX_METADATA_BYTES: u64 = 64 * 1024;

/// What a backup says about itself (inside the encryption, so only the recovery key reads it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// When the snapshot was taken (UTC, RFC 3339).
    pub created_at: String,
    /// The version of Dialogues that made it.
    pub dialogues_version: String,
    /// The newest migration applied to the database.
    pub schema_version: i64,
    /// The organisation's name.
    pub organisation: String,
    /// The audit chain at the snapshot: its number of entries and its head hash.
    pub audit_rows: i64,
    pub audit_head: String,
    /// The size of the database that follows.
    pub database_bytes: u64,
}

/// Why a backup or a restore failed. Each message says what is wrong and what to do, and none
/// carries content or key material. Whenever one of these happens, nothing existing has been
/// changed: no half-written backup file, no database moved.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "{} already exists: a backup is written only to a new file, so choose another --out (nothing was written)",
        .0.display()
    )]
    OutExists(PathBuf),
    #[error("cannot write the backup to {} ({source}): choose an --out path in an existing, writable folder with enough free space (nothing was written)", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error(
        "{} holds no organisation yet, so there is nothing to back up: run `dialogues init` first",
        .0.display()
    )]
    NotInitialised(PathBuf),
    #[error(
        "the organisation's recovery key recorded in the database is not a valid age public key: the database may have been altered; report this to your data controller (nothing was written)"
    )]
    BadRecipient,
    #[error(
        "cannot take a snapshot of the database ({0}): check the free space in the data directory and try again (nothing was written)"
    )]
    Snapshot(sqlx::Error),
    #[error(
        "cannot make a private working folder in {} ({source}): check that the data directory is writable and has free space (nothing was changed)",
        dir.display()
    )]
    WorkFolder { dir: PathBuf, source: io::Error },
    #[error(transparent)]
    Key(#[from] ExportError),
    #[error("cannot read the backup file {} ({source}): check the path given to --from, that this user may read the file and that its disk is readable (nothing was changed)", path.display())]
    ReadBackup { path: PathBuf, source: io::Error },
    #[error(
        "{} is not a Dialogues backup (it is not an age-encrypted file): give --from a file made by `dialogues backup` (nothing was changed)",
        .0.display()
    )]
    NotAgeFile(PathBuf),
    #[error(
        "the recovery key in {} does not open the backup {}: give the recovery key file of the organisation that made the backup (nothing was changed)",
        key.display(), backup.display()
    )]
    WrongKey { backup: PathBuf, key: PathBuf },
    #[error(
        "{} opens with the recovery key but is not a Dialogues backup: give --from a file made by `dialogues backup` (nothing was changed)",
        .0.display()
    )]
    NotABackup(PathBuf),
    #[error(
        "{} is a backup in format {format}, made by a newer version of Dialogues: restore it with that version (nothing was changed)",
        path.display()
    )]
    NewerFormat { path: PathBuf, format: u32 },
    #[error(
        "the backup {} is damaged or incomplete ({detail}): it was cut short or changed after it was made, so use another copy of it (nothing was changed)",
        path.display()
    )]
    Damaged { path: PathBuf, detail: String },
    #[error(
        "the database inside the backup {} fails SQLite's integrity check ({problem}): use another backup (nothing was changed)",
        path.display()
    )]
    Integrity { path: PathBuf, problem: String },
    #[error(
        "the audit chain inside the backup {} is broken ({problem}): its data may have been altered, so use another backup and report this to your data controller (nothing was changed)",
        path.display()
    )]
    AuditBroken { path: PathBuf, problem: String },
    #[error(
        "the database inside the backup {} does not match this version of Dialogues ({detail}): restore it with the version that made it (nothing was changed)",
        path.display()
    )]
    Incompatible { path: PathBuf, detail: String },
    #[error(
        "cannot put the restored database in place in {} ({source}): {state}",
        dir.display()
    )]
    Place {
        dir: PathBuf,
        source: io::Error,
        /// What is where now, in one sentence.
        state: String,
    },
    #[error(transparent)]
    DataDir(#[from] StartupError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
}

/// Writes the plaintext header: the format line and the metadata line.
pub(crate) fn write_header(out: &mut impl Write, metadata: &Metadata) -> io::Result<()> {
    // serde_json escapes every newline inside strings, so the metadata is one line.
    let json = serde_json::to_string(metadata).map_err(io::Error::other)?;
    write!(out, "{MAGIC} {FORMAT}\n{json}\n")
}

/// Why a header could not be read.
enum HeaderProblem {
    /// Not our magic line, or metadata we cannot parse.
    NotABackup,
    /// Our magic line with a format number we do not know.
    NewerFormat(u32),
    /// Reading failed (the stream was truncated or did not authenticate).
    Io(io::Error),
}

/// Reads the format line and the metadata line.
fn read_header(input: &mut impl BufRead) -> Result<Metadata, HeaderProblem> {
    let first = read_line(input, 64)?;
    let format = first
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|n| n.parse::<u32>().ok())
        .ok_or(HeaderProblem::NotABackup)?;
    if format > FORMAT {
        return Err(HeaderProblem::NewerFormat(format));
    }
    if format != FORMAT {
        return Err(HeaderProblem::NotABackup);
    }
    let line = read_line(input, MAX_METADATA_BYTES)?;
    serde_json::from_str(&line).map_err(|_| HeaderProblem::NotABackup)
}

fn read_line(input: &mut impl BufRead, limit: u64) -> Result<String, HeaderProblem> {
    let mut line = Vec::new();
    input
        .take(limit)
        .read_until(b'\n', &mut line)
        .map_err(HeaderProblem::Io)?;
    if line.pop() != Some(b'\n') {
        return Err(HeaderProblem::NotABackup);
    }
    String::from_utf8(line).map_err(|_| HeaderProblem::NotABackup)
}

/// A progress bar on standard error when it is a terminal, hidden otherwise (tests, CI logs,
/// cron mail stay clean).
fn progress(total: u64, message: &'static str) -> ProgressBar {
    let target = if io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(total), target);
    let style = ProgressStyle::with_template(
        "{msg:<11} [{bar:36}] {bytes:>10} of {total_bytes} ({eta} left)",
    )
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(message);
    bar
}

/// The current UTC time as a file-name stamp, such as `20261122T040512Z`.
fn file_stamp() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

/// Makes a directory entry (a new or renamed file) durable.
fn sync_dir(dir: &std::path::Path) -> io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metadata() -> Metadata {
        Metadata {
            created_at: "2026-11-22T04:05:12.000Z".into(),
            dialogues_version: "0.1.0".into(),
            schema_version: 12,
            organisation: "An organisation\nwith a newline".into(),
            audit_rows: 42,
            audit_head: "ab".repeat(32),
            database_bytes: 4096,
        }
    }

    #[test]
    fn the_header_round_trips_and_leaves_the_database_bytes_next() {
        let mut bytes = Vec::new();
        write_header(&mut bytes, &metadata()).unwrap();
        assert_eq!(bytes.iter().filter(|b| **b == b'\n').count(), 2);
        bytes.extend_from_slice(b"SQLite format 3\0rest");
        let mut input = io::Cursor::new(bytes);
        let read = read_header(&mut input).ok().expect("a header");
        assert_eq!(read, metadata());
        let mut rest = Vec::new();
        input.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"SQLite format 3\0rest");
    }

    #[test]
    fn other_files_and_newer_formats_are_told_apart() {
        let cases: [(&[u8], &str); 5] = [
            (b"SQLite format 3\0", "not"),
            (b"dialogues-backup 2\n{}\n", "newer"),
            (b"dialogues-backup 0\n{}\n", "not"),
            (b"dialogues-backup 1\n{\"created_at\":1}\n", "not"),
            (b"dialogues-backup 1\n{\"created_at\":", "not"),
        ];
        for (bytes, expected) in cases {
            let got = match read_header(&mut io::Cursor::new(bytes)) {
                Ok(_) => "ok",
                Err(HeaderProblem::NotABackup) => "not",
                Err(HeaderProblem::NewerFormat(2)) => "newer",
                Err(_) => "other",
            };
            assert_eq!(got, expected, "{}", String::from_utf8_lossy(bytes));
        }
        let endless = vec![b'x'; 100_000];
        assert!(matches!(
            read_header(&mut io::Cursor::new(endless)),
            Err(HeaderProblem::NotABackup)
        ));
    }
}
