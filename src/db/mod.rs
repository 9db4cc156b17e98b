//! The database: one SQLite file in the data directory, opened the way the design asks.
//!
//! - the file is created with mode 0600 (SQLite gives its `-wal` and `-shm` files the same mode);
//! - WAL journal, `synchronous=FULL` (a write acknowledged to a user survives power loss),
//!   foreign keys on, a busy timeout, `secure_delete` so deleted content is overwritten;
//! - one single-connection pool for writes (every write starts with `BEGIN IMMEDIATE`, see
//!   [`Database::begin_write`]) and a separate read-only pool, because many writers contending
//!   in SQLite give second-long tail latencies;
//! - forward-only migrations from `migrations/`, embedded at build time and applied at start-up.
//!
//! SQL lives only here and in feature query modules. This module must never log row contents.

pub mod batch;
pub mod lock;
pub mod work_folder;

use std::fs::{self, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "dialogues.db";
/// How long a connection waits for a lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections in the read pool.
const READ_CONNECTIONS: u32 = 4;
/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The migrations in `migrations/`, embedded in the binary.
/// How much of the database file each reader maps into memory. None: with four readers the
/// mapped pages were counted four times in the server's resident memory (188-206 MiB at 10,000
/// and 100,000 demo cases with 256 MiB each) and reads were no faster (the load benchmark:
/// session page 1,687/s with 16 MiB mapped, 1,901/s with none).
const READ_MMAP_BYTES: &str = "0";

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// How many times an optimistic write (read a record, change it, write it only if nobody wrote
/// it in between) is tried before giving up. Each lost try means another write to the same
/// record succeeded, so the limit bounds unfairness, not progress; with five tries and no pause,
/// two autosaves of different stages of one session lost to each other often enough for the
/// crash test to see a save fail with a server error.
pub const OPTIMISTIC_ATTEMPTS: u32 = 50;

/// The error for "the database stayed busy": another process held its write lock for longer
/// than the busy timeout, or an optimistic write lost every one of its tries. Pages answer it
/// with "busy, try again" (503), never a fault of ours; [`is_busy`] recognises it.
pub fn busy() -> sqlx::Error {
    sqlx::Error::PoolTimedOut
}

/// Whether `error` means the database was busy rather than broken: SQLite's `SQLITE_BUSY` or
/// `SQLITE_LOCKED` (with any extended code), or [`busy`]'s error.
pub fn is_busy(error: &sqlx::Error) -> bool {
    const SQLITE_BUSY: i32 = 5;
    const SQLITE_LOCKED: i32 = 6;
    match error {
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(e) => e
            .code()
            .and_then(|code| code.parse::<i32>().ok())
            .is_some_and(|code| matches!(code & 0xff, SQLITE_BUSY | SQLITE_LOCKED)),
        _ => false,
    }
}

/// Another connection holding the database's write lock (`BEGIN IMMEDIATE`) until released, as
/// a `sqlite3` shell or a copy tool can. Tests use it to see how the app answers a busy
/// database; the app itself never takes one.
pub struct ForeignWriteLock(sqlx::SqliteConnection);

impl ForeignWriteLock {
    /// Opens its own connection to the database file at `path` and takes the write lock.
    pub async fn take(path: &Path) -> Result<Self, sqlx::Error> {
        use sqlx::ConnectOptions;
        let mut connection = SqliteConnectOptions::new().filename(path).connect().await?;
        sqlx::query("BEGIN IMMEDIATE")
            .execute(&mut connection)
            .await?;
        Ok(Self(connection))
    }

    /// Lets the lock go, changing nothing.
    pub async fn release(mut self) -> Result<(), sqlx::Error> {
        use sqlx::Connection;
        sqlx::query("ROLLBACK").execute(&mut self.0).await?;
        self.0.close().await
    }
}

/// Waits before the next try of an optimistic write that lost to a concurrent writer: a random
/// 0 to `min(attempt, 20)` milliseconds, so two writers that keep colliding stop arriving at the
/// write queue in the same order.
pub async fn pause_before_retry(attempt: u32) {
    use rand::Rng;
    let most = u64::from(attempt.min(20));
    let pause = rand::rng().random_range(0..=most);
    tokio::time::sleep(Duration::from_millis(pause)).await;
}

/// What can go wrong opening the database. Each message is one sentence that names the
/// problem and what to do.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(
        "{} is not an SQLite database: move it aside, or point --data at the directory that holds your Dialogues database",
        path.display()
    )]
    NotSqlite { path: PathBuf },
    #[error(
        "cannot create the database file {} ({source}): check that the data directory is writable, or choose another with --data",
        path.display()
    )]
    Create { path: PathBuf, source: io::Error },
    #[error(
        "cannot read the database file {} ({source}): check its permissions, or choose another data directory with --data",
        path.display()
    )]
    Read { path: PathBuf, source: io::Error },
    #[error(
        "the database {} was changed by a newer or different version of Dialogues ({source}): run the version that made it, or restore a backup",
        path.display()
    )]
    Migrate {
        path: PathBuf,
        source: sqlx::migrate::MigrateError,
    },
    #[error(
        "there is no Dialogues database in {}: give --data (or DIALOGUES_DATA) the directory that `dialogues serve` uses",
        dir.display()
    )]
    Missing { dir: PathBuf },
    #[error("cannot open the database {} ({source}): check the file and its directory", path.display())]
    Open { path: PathBuf, source: sqlx::Error },
}

/// The open database: a write pool of one connection and a read-only pool.
#[derive(Debug, Clone)]
pub struct Database {
    write: SqlitePool,
    read: SqlitePool,
    batcher: batch::Batcher,
    path: PathBuf,
}

impl Database {
    /// Opens (creating if needed) the database in `data_dir` and applies pending migrations.
    ///
    /// `data_dir` must exist. Returns whether the file was created by this call, so that a
    /// caller can remove it again if start-up fails later.
    pub async fn open(data_dir: &Path) -> Result<(Self, bool), DbError> {
        let path = data_dir.join(DATABASE_FILE);
        let created = prepare_file(&path)?;
        match Self::connect_and_migrate(&path).await {
            Ok(db) => Ok((db, created)),
            Err(e) => {
                if created {
                    remove_database_files(&path);
                }
                Err(e)
            }
        }
    }

    /// Opens the database of an existing installation, for commands that must not create one
    /// by accident (`audit verify`, `user add`, …).
    pub async fn open_existing(data_dir: &Path) -> Result<Self, DbError> {
        if !data_dir.join(DATABASE_FILE).is_file() {
            return Err(DbError::Missing {
                dir: data_dir.to_owned(),
            });
        }
        Ok(Self::open(data_dir).await?.0)
    }

    async fn connect_and_migrate(path: &Path) -> Result<Self, DbError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(false)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT)
            .pragma("secure_delete", "ON");
        let open_error = |e: sqlx::Error| classify_open_error(path, e);

        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .connect_with(options.clone())
            .await
            .map_err(open_error)?;
        MIGRATOR.run(&write).await.map_err(|e| match e {
            sqlx::migrate::MigrateError::Execute(inner) => classify_open_error(path, inner),
            other => DbError::Migrate {
                path: path.to_owned(),
                source: other,
            },
        })?;
        let read = SqlitePoolOptions::new()
            .max_connections(READ_CONNECTIONS)
            // Readers map the file instead of copying pages through read() calls: large
            // caseloads and overviews cost a third of the time. (A disk error then ends the
            // process instead of failing one query; the WAL keeps every committed write.)
            .connect_with(options.read_only(true).pragma("mmap_size", READ_MMAP_BYTES))
            .await
            .map_err(open_error)?;
        Ok(Self {
            batcher: batch::Batcher::start(write.clone()),
            write,
            read,
            path: path.to_owned(),
        })
    }

    /// The read-only pool: use it for every query that changes nothing.
    pub fn reader(&self) -> &SqlitePool {
        &self.read
    }

    /// Starts a write transaction with `BEGIN IMMEDIATE`, so that it takes the write lock at once
    /// instead of failing with `SQLITE_BUSY` half-way through when another process writes.
    pub async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
        self.write.begin_with("BEGIN IMMEDIATE").await
    }

    /// Runs a small write in the next group commit (see [`batch`]): for frequent independent
    /// writes such as autosaves and the audit rows of reads. Returns once it is durable.
    pub async fn write<T, F>(&self, work: F) -> Result<T, sqlx::Error>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(
                &'c mut sqlx::SqliteConnection,
            )
                -> futures_util::future::BoxFuture<'c, Result<T, sqlx::Error>>
            + Send
            + 'static,
    {
        self.batcher.write(work).await
    }

    /// The database file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes both pools, checkpointing the WAL.
    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// Makes sure the database file exists with mode 0600 and, if it existed, looks like SQLite.
/// Returns true when this call created it.
fn prepare_file(path: &Path) -> Result<bool, DbError> {
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => return Ok(true),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => {
            return Err(DbError::Create {
                path: path.to_owned(),
                source: e,
            });
        }
    }
    let metadata = fs::metadata(path).map_err(|e| DbError::Read {
        path: path.to_owned(),
        source: e,
    })?;
    if !metadata.is_file() {
        return Err(DbError::NotSqlite {
            path: path.to_owned(),
        });
    }
    if metadata.len() > 0 {
        let mut header = [0u8; 16];
        let mut file = fs::File::open(path).map_err(|e| DbError::Read {
            path: path.to_owned(),
            source: e,
        })?;
        let read_all = file.read_exact(&mut header).is_ok();
        if !read_all || &header != SQLITE_MAGIC {
            return Err(DbError::NotSqlite {
                path: path.to_owned(),
            });
        }
    }
    if metadata.permissions().mode() & 0o077 != 0 {
        tracing::warn!(file = %path.display(), "database file was readable by others; setting mode 0600");
        fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(|e| {
            DbError::Read {
                path: path.to_owned(),
                source: e,
            }
        })?;
    }
    Ok(false)
}

fn classify_open_error(path: &Path, e: sqlx::Error) -> DbError {
    let not_a_database = e
        .as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|code| code == "26" || code == "11");
    if not_a_database {
        DbError::NotSqlite {
            path: path.to_owned(),
        }
    } else {
        DbError::Open {
            path: path.to_owned(),
            source: e,
        }
    }
}

/// Removes a database file and its WAL companions (used only for a file this process just
/// created and could not finish setting up).
pub(crate) fn remove_database_files(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}
