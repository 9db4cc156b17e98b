//! Private work folders inside the data directory, and the sweep that removes the ones a killed
//! process left behind.
//!
//! `dialogues backup` puts its database snapshot in a `.backup-*` folder and `dialogues restore`
//! decrypts into a `.restore-*` folder. Each is removed when the command ends, however it fails;
//! but a process killed with SIGKILL, or a machine that loses power, cannot clean up, and the
//! copy left behind would keep data that retention has since destroyed. So each folder holds an
//! `in-use` file locked (`flock`) for the folder's whole life; the lock ends with the process,
//! however it ends. [`sweep_abandoned`] (run when the server starts, and by backup and restore)
//! removes every such folder whose lock nobody holds.
//!
//! This module must never remove anything outside a folder whose name starts with one of
//! [`WORK_PREFIXES`], and never a folder whose lock is held.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tempfile::TempDir;

/// The name prefixes of work folders, one per command that makes them.
pub const WORK_PREFIXES: [&str; 2] = [BACKUP_PREFIX, RESTORE_PREFIX];
/// `dialogues backup`'s snapshot folder.
pub const BACKUP_PREFIX: &str = ".backup-";
/// `dialogues restore`'s decryption folder.
pub const RESTORE_PREFIX: &str = ".restore-";
/// The file inside each work folder whose lock says the folder is in use.
const IN_USE_FILE: &str = "in-use";
/// A work folder with no `in-use` file is taken as abandoned once it is this old. (It was made
/// by an older version, or its process died between making the folder and locking the file; a
/// live process locks the file within microseconds.)
const UNLOCKED_GRACE: Duration = Duration::from_secs(10 * 60);

/// A private (0700) folder in the data directory, removed on drop, and marked in use for as
/// long as it lives.
#[derive(Debug)]
pub struct WorkFolder {
    // Field order matters: the lock is released only after the folder is gone.
    dir: TempDir,
    _in_use: File,
}

impl WorkFolder {
    /// Makes a new work folder named `<prefix><random>` in `data_dir` and locks it.
    pub fn create(data_dir: &Path, prefix: &str) -> io::Result<Self> {
        debug_assert!(WORK_PREFIXES.contains(&prefix));
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in(data_dir)?;
        let in_use = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(dir.path().join(IN_USE_FILE))?;
        in_use.try_lock().map_err(|e| match e {
            TryLockError::WouldBlock => io::Error::other("a new work folder was already locked"),
            TryLockError::Error(e) => e,
        })?;
        Ok(Self {
            dir,
            _in_use: in_use,
        })
    }

    /// Where the folder is.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// Removes every work folder in `data_dir` that no live process holds; returns the folders
/// removed. A folder that cannot be checked or removed is left alone and reported in the log by
/// name only (its content is never read).
pub fn sweep_abandoned(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(data_dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !WORK_PREFIXES.iter().any(|prefix| name.starts_with(prefix)) {
            continue;
        }
        // Never follow a symbolic link out of the data directory.
        if !entry.file_type().is_ok_and(|kind| kind.is_dir()) {
            continue;
        }
        let path = entry.path();
        if !is_abandoned(&path) {
            continue;
        }
        match fs::remove_dir_all(&path) {
            Ok(()) => removed.push(path),
            Err(e) => tracing::warn!(
                folder = name,
                error = %e,
                "an abandoned work folder could not be removed; remove it by hand"
            ),
        }
    }
    if !removed.is_empty() {
        tracing::info!(
            count = removed.len(),
            "removed work folders left by a backup or restore that was stopped before it finished"
        );
    }
    removed
}

/// Whether nobody holds the folder's lock (or, with no lock file, it is old enough).
fn is_abandoned(folder: &Path) -> bool {
    match File::open(folder.join(IN_USE_FILE)) {
        // The lock taken here is dropped with `file` at once: this is only a test.
        Ok(file) => match file.try_lock() {
            Ok(()) => true,
            Err(TryLockError::WouldBlock) => false,
            Err(TryLockError::Error(_)) => false,
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => fs::metadata(folder)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|made| SystemTime::now().duration_since(made).ok())
            .is_some_and(|age| age >= UNLOCKED_GRACE),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// What SIGKILL leaves: the folder, its content and its `in-use` file, with no lock held.
    fn left_by_a_killed_process(data: &Path, name: &str) -> PathBuf {
        let folder = data.join(name);
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("dialogues.db"), b"a copy of the database").unwrap();
        fs::write(folder.join(IN_USE_FILE), b"").unwrap();
        folder
    }

    #[test]
    fn a_folder_in_use_is_kept_and_removed_when_dropped() {
        let data = tempfile::tempdir().unwrap();
        let work = WorkFolder::create(data.path(), BACKUP_PREFIX).unwrap();
        fs::write(work.path().join("dialogues.db"), b"snapshot").unwrap();
        assert!(sweep_abandoned(data.path()).is_empty());
        assert!(work.path().join("dialogues.db").exists());
        let path = work.path().to_owned();
        drop(work);
        assert!(!path.exists());
    }

    #[test]
    fn folders_left_by_killed_processes_are_removed_and_nothing_else() {
        let data = tempfile::tempdir().unwrap();
        let backup = left_by_a_killed_process(data.path(), ".backup-abc123");
        let restore = left_by_a_killed_process(data.path(), ".restore-def456");
        let live = WorkFolder::create(data.path(), RESTORE_PREFIX).unwrap();
        fs::write(data.path().join("dialogues.db"), b"the database").unwrap();
        fs::write(data.path().join(".backup-not-a-folder"), b"a file").unwrap();
        fs::create_dir(data.path().join("backups")).unwrap();
        fs::create_dir(data.path().join("dialogues.db.before-restore-x")).unwrap();

        let mut removed = sweep_abandoned(data.path());
        removed.sort();
        assert_eq!(removed, vec![backup, restore]);
        let live_name = live
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut expected = vec![
            ".backup-not-a-folder".to_owned(),
            "backups".to_owned(),
            "dialogues.db".to_owned(),
            "dialogues.db.before-restore-x".to_owned(),
            live_name,
        ];
        expected.sort();
        assert_eq!(names(data.path()), expected);
    }

    #[test]
    fn a_folder_without_a_lock_file_is_removed_only_once_it_is_old() {
        let data = tempfile::tempdir().unwrap();
        let fresh = data.path().join(".backup-fresh");
        let old = data.path().join(".backup-old");
        fs::create_dir(&fresh).unwrap();
        fs::create_dir(&old).unwrap();
        let long_ago = SystemTime::now() - UNLOCKED_GRACE - Duration::from_secs(1);
        File::open(&old).unwrap().set_modified(long_ago).unwrap();

        assert_eq!(sweep_abandoned(data.path()), vec![old.clone()]);
        assert!(fresh.exists());
        assert!(!old.exists());
    }

    #[test]
    fn a_symbolic_link_named_like_a_work_folder_is_never_followed() {
        let data = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        left_by_a_killed_process(elsewhere.path(), "precious");
        std::os::unix::fs::symlink(
            elsewhere.path().join("precious"),
            data.path().join(".restore-link"),
        )
        .unwrap();
        assert!(sweep_abandoned(data.path()).is_empty());
        assert!(elsewhere.path().join("precious/dialogues.db").exists());
    }

    #[test]
    fn a_missing_data_directory_is_not_an_error() {
        let data = tempfile::tempdir().unwrap();
        assert!(sweep_abandoned(&data.path().join("not-made-yet")).is_empty());
    }
}
