//! The keyring: each signed-in login's unwrapped private key, in memory only.
//!
//! A login is found by a random login id kept in the (server-side, in-memory) session record,
//! never by anything the browser could guess. The keyring is also the authority on whether a
//! login is still alive: an entry idle for longer than the idle timeout, or older than the
//! absolute timeout, is removed (and its key zeroized, which the age identity does on drop)
//! when next touched or by the sweeper every few seconds; sign-out, disabling the account, a
//! reset and shutdown remove entries at once.
//!
//! Never copy a key out of here into a session record, the database, a log or an error.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::accounts::UserId;
use crate::crypto::KeyPair;

/// A random id for one login, kept in the session record.
pub type LoginId = String;

struct Login {
    user_id: UserId,
    session_epoch: i64,
    key: Arc<KeyPair>,
    started: Instant,
    last_seen: Instant,
}

/// Who a live login belongs to, as [`Keyring::touch`] reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveLogin {
    pub user_id: UserId,
    pub session_epoch: i64,
}

/// The unwrapped keys of everyone signed in, with the timeouts that end their logins.
#[derive(Clone)]
pub struct Keyring {
    logins: Arc<Mutex<HashMap<LoginId, Login>>>,
    idle: Duration,
    absolute: Duration,
}

impl Keyring {
    pub fn new(idle: Duration, absolute: Duration) -> Self {
        Self {
            logins: Arc::default(),
            idle,
            absolute,
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<LoginId, Login>> {
        // A poisoned lock only means another request panicked while holding it; the map itself
        // is always consistent (every change is a single insert or remove).
        self.logins.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts a login and returns its new random id.
    pub fn insert(&self, user_id: UserId, session_epoch: i64, key: KeyPair) -> LoginId {
        let login_id = crate::auth::random_token();
        let now = Instant::now();
        self.lock().insert(
            login_id.clone(),
            Login {
                user_id,
                session_epoch,
                key: Arc::new(key),
                started: now,
                last_seen: now,
            },
        );
        login_id
    }

    /// Marks a login as active now and says whose it is; `None` (and the entry removed) when it
    /// is unknown or has timed out.
    pub fn touch(&self, login_id: &str) -> Option<LiveLogin> {
        let now = Instant::now();
        let mut logins = self.lock();
        let login = logins.get_mut(login_id)?;
        if self.expired(login, now) {
            logins.remove(login_id);
            return None;
        }
        login.last_seen = now;
        Some(LiveLogin {
            user_id: login.user_id.clone(),
            session_epoch: login.session_epoch,
        })
    }

    /// The private key of a live login, for opening case keys.
    pub fn key(&self, login_id: &str) -> Option<Arc<KeyPair>> {
        self.lock().get(login_id).map(|l| Arc::clone(&l.key))
    }

    /// After a password change: this login carries on under the new epoch; every other login of
    /// the same user ends.
    pub fn renew(&self, login_id: &str, session_epoch: i64) {
        let mut logins = self.lock();
        let Some(user_id) = logins.get(login_id).map(|l| l.user_id.clone()) else {
            return;
        };
        logins.retain(|id, login| login.user_id != user_id || id == login_id);
        if let Some(login) = logins.get_mut(login_id) {
            login.session_epoch = session_epoch;
        }
    }

    /// Ends one login (sign-out).
    pub fn remove(&self, login_id: &str) {
        self.lock().remove(login_id);
    }

    /// Ends every login of one user (disabled, reset, password changed elsewhere).
    pub fn remove_user(&self, user_id: &UserId) {
        self.lock().retain(|_, login| login.user_id != *user_id);
    }

    /// Removes every login past a timeout; returns how many were removed.
    pub fn sweep(&self) -> usize {
        let now = Instant::now();
        let mut logins = self.lock();
        let before = logins.len();
        logins.retain(|_, login| !self.expired(login, now));
        before - logins.len()
    }

    /// Forgets every key (shutdown).
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// How many logins are live.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn expired(&self, login: &Login, now: Instant) -> bool {
        now.duration_since(login.last_seen) > self.idle
            || now.duration_since(login.started) > self.absolute
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_ends_when_idle_too_long() {
        let keyring = Keyring::new(Duration::from_millis(300), Duration::from_secs(60));
        let user = UserId::new_random();
        let login = keyring.insert(user.clone(), 0, KeyPair::generate());
        assert_eq!(keyring.touch(&login).map(|l| l.user_id), Some(user));
        std::thread::sleep(Duration::from_millis(500));
        assert_eq!(keyring.touch(&login), None);
        assert!(keyring.key(&login).is_none());
    }

    #[test]
    fn a_login_ends_at_the_absolute_timeout_however_active() {
        let keyring = Keyring::new(Duration::from_secs(60), Duration::from_millis(300));
        let login = keyring.insert(UserId::new_random(), 0, KeyPair::generate());
        for _ in 0..3 {
            assert!(keyring.touch(&login).is_some());
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(keyring.sweep(), 1);
        assert!(keyring.is_empty());
    }

    #[test]
    fn removing_a_user_ends_all_their_logins_only() {
        let keyring = Keyring::new(Duration::from_secs(60), Duration::from_secs(60));
        let (a, b) = (UserId::new_random(), UserId::new_random());
        let a1 = keyring.insert(a.clone(), 0, KeyPair::generate());
        let a2 = keyring.insert(a.clone(), 0, KeyPair::generate());
        let b1 = keyring.insert(b, 0, KeyPair::generate());
        keyring.remove_user(&a);
        assert!(keyring.touch(&a1).is_none() && keyring.touch(&a2).is_none());
        assert!(keyring.touch(&b1).is_some());
        keyring.clear();
        assert!(keyring.is_empty());
    }
}
