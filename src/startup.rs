//! Starting the server: load and check the toolkit, bind the address, prepare the data
//! directory, open the database, build the router. The order matters: nothing is written to disk
//! before the toolkit is valid and the address is bound, so a port already in use is
//! reported before anything is created on disk, and whatever this start created is removed
//! again if a later step fails: nothing half-created is left behind.

use std::fs::{self, DirBuilder};
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use tokio::net::TcpListener;

use crate::auth::Auth;
use crate::config::Config;
use crate::db::{Database, DbError};
use crate::toolkit::{self, ToolkitError};
use crate::web::{AppState, router};

/// Why the server could not start. Each message is one sentence naming the problem and what
/// to do about it.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(
        "cannot listen on {0} because another program is already using that port: stop that program, or choose another address with --listen (or DIALOGUES_LISTEN)"
    )]
    PortInUse(SocketAddr),
    #[error(
        "cannot listen on {0} ({1}): choose another address with --listen (or DIALOGUES_LISTEN)"
    )]
    Listen(SocketAddr, io::Error),
    #[error(
        "the data directory {} is not a directory: give --data (or DIALOGUES_DATA) the path of a directory, which will be created if it does not exist",
        path.display()
    )]
    DataDirNotDirectory { path: PathBuf },
    #[error(
        "cannot use the data directory {} ({source}): check that it is writable by this user, or choose another with --data (or DIALOGUES_DATA)",
        path.display()
    )]
    DataDir { path: PathBuf, source: io::Error },
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Toolkit(#[from] ToolkitError),
    #[error(transparent)]
    Lock(#[from] crate::db::lock::LockError),
}

/// A server that is bound and ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    address: SocketAddr,
    db: Database,
    auth: Auth,
    /// Held for the server's whole life, so `dialogues restore` (and a second server) can tell
    /// the data directory is in use; released when the server has stopped.
    _lock: crate::db::lock::DataDirLock,
}

impl Application {
    /// Binds the address, prepares the data directory and database, and builds the router.
    pub async fn build(config: Config) -> Result<Self, StartupError> {
        let toolkit = Arc::new(toolkit::load_from(&config.toolkit)?);
        let listener = TcpListener::bind(config.listen)
            .await
            .map_err(|e| match e.kind() {
                io::ErrorKind::AddrInUse => StartupError::PortInUse(config.listen),
                _ => StartupError::Listen(config.listen, e),
            })?;
        let address = listener
            .local_addr()
            .map_err(|e| StartupError::Listen(config.listen, e))?;

        let created_dir = prepare_data_dir(&config.data_dir)?;
        let lock = match crate::db::lock::DataDirLock::acquire(&config.data_dir) {
            Ok(lock) => lock,
            Err(e) => {
                if let Some(dir) = created_dir {
                    let _ = fs::remove_dir_all(dir);
                }
                let database = config.data_dir.join(crate::db::DATABASE_FILE);
                return Err(match e {
                    // Nothing can be created in this directory, the database included: say so
                    // in the database's own words.
                    crate::db::lock::LockError::Io { source, .. } if !database.exists() => {
                        DbError::Create {
                            path: database,
                            source,
                        }
                        .into()
                    }
                    other => other.into(),
                });
            }
        };
        // With the lock held no restore runs; a backup still running keeps its folder locked.
        crate::db::work_folder::sweep_abandoned(&config.data_dir);
        let db = match Database::open(&config.data_dir).await {
            Ok((db, _created_file)) => db,
            Err(e) => {
                if let Some(dir) = created_dir {
                    let _ = fs::remove_dir_all(dir);
                }
                return Err(e.into());
            }
        };

        let auth = Auth::new(
            config.idle_timeout,
            config.absolute_timeout,
            config.secure_cookies,
        );
        let state = AppState {
            db: db.clone(),
            config: Arc::new(config),
            toolkit,
            auth: auth.clone(),
        };
        Ok(Self {
            listener,
            router: router::build(state),
            address,
            db,
            auth,
            _lock: lock,
        })
    }

    /// The database (tests seed accounts through the same functions the commands use).
    pub fn database(&self) -> Database {
        self.db.clone()
    }

    /// The sign-in machinery (tests look at the keyring and session store).
    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    /// The address actually bound (useful with port 0).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Serves until Ctrl+C or SIGTERM, then finishes in-flight requests and closes the database.
    pub async fn run_until_stopped(self) -> io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> io::Result<()> {
        let db = self.db.clone();
        let sweeper = self.auth.spawn_sweeper();
        let revoker = spawn_grant_revoker(db.clone());
        let result = axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        // Every unwrapped key is forgotten (and zeroized) before the process exits.
        sweeper.abort();
        revoker.abort();
        self.auth.shut_down().await;
        db.close().await;
        // Only now, with the database closed, may a restore replace it.
        drop(self._lock);
        result
    }
}

/// Revokes case-key grants that have lapsed (a cover that ended overnight, a link removed
/// elsewhere) at start-up and then every hour; see `cases::keys::revoke_lapsed`. Access itself
/// ends on the stated date without waiting for this: every check reads today's supervision.
fn spawn_grant_revoker(db: Database) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            let actor = crate::audit::Actor::System;
            if let Err(e) = crate::cases::keys::revoke_lapsed(&db, &actor, "server").await {
                tracing::warn!("revoking lapsed case-key grants failed: {e}");
            }
        }
    })
}

/// Creates the data directory (mode 0700) if it is missing. Returns the topmost directory this
/// call created, so a failed start can remove it again.
pub fn prepare_data_dir(dir: &Path) -> Result<Option<PathBuf>, StartupError> {
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => return Ok(None),
        Ok(_) => {
            return Err(StartupError::DataDirNotDirectory {
                path: dir.to_owned(),
            });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(StartupError::DataDir {
                path: dir.to_owned(),
                source: e,
            });
        }
    }
    let topmost_missing = dir
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
        .last()
        .map(Path::to_path_buf);
    DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotADirectory | io::ErrorKind::AlreadyExists => {
                StartupError::DataDirNotDirectory {
                    path: dir.to_owned(),
                }
            }
            _ => StartupError::DataDir {
                path: dir.to_owned(),
                source: e,
            },
        })?;
    Ok(topmost_missing)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
