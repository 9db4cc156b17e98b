//! The data directory's lock: an exclusive advisory lock (`flock`) on `dialogues.lock` in the
//! data directory, held by `dialogues serve` (and `demo`) for the server's whole life and by
//! `dialogues restore` while it works, so that a restore never replaces the database under a
//! running server and a second server never opens a directory already served.
//!
//! The lock belongs to the open file: it ends when the [`DataDirLock`] is dropped or the
//! process ends, however it ends (a crash leaves no stale lock). The file itself is empty and
//! is never deleted (deleting a lock file races with whoever opens it next). This module must
//! never remove or truncate anything but its own lock file.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// The lock file's name inside the data directory.
pub const LOCK_FILE: &str = "dialogues.lock";

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "the data directory {} is in use by another Dialogues process (a running server or a restore): stop it first, or choose another directory with --data (nothing was changed)",
        .0.display()
    )]
    InUse(PathBuf),
    #[error(
        "cannot use the data directory {} ({source}): check that it is writable by this user, or choose another with --data (or DIALOGUES_DATA)",
        dir.display()
    )]
    Io { dir: PathBuf, source: io::Error },
}

/// An exclusive lock on a data directory, released on drop.
#[derive(Debug)]
pub struct DataDirLock {
    _file: File,
}

impl DataDirLock {
    /// Takes the lock on `dir` (which must exist) without waiting.
    pub fn acquire(dir: &Path) -> Result<Self, LockError> {
        let io_error = |source| LockError::Io {
            dir: dir.to_owned(),
            source,
        };
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(dir.join(LOCK_FILE))
            .map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(LockError::InUse(dir.to_owned())),
            Err(TryLockError::Error(e)) => Err(io_error(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_directory_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = DataDirLock::acquire(dir.path()).unwrap();
        assert!(matches!(
            DataDirLock::acquire(dir.path()),
            Err(LockError::InUse(_))
        ));
        drop(first);
        let again = DataDirLock::acquire(dir.path());
        assert!(again.is_ok());
        assert!(dir.path().join(LOCK_FILE).is_file());
    }
}
