//! Sign-in throttling: at most [`MAX_FAILURES`] failed sign-ins in [`WINDOW`] per account (by the
//! email typed, whether or not such an account exists, so throttling reveals nothing) and per
//! client address. While either limit is reached, sign-in is refused before any password is
//! checked, with a message saying how long to wait.
//!
//! Governor-style rate limiters (GCRA) limit requests, not failures, and do not give an exact
//! "N in a window" count; the sliding window here is a few lines and exactly what the rule says.
//! Counts live in memory: a restart forgets them, which is acceptable because a restart also
//! ends every session. Stale entries are swept with the keyring.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Failures allowed per account and per address in [`WINDOW`].
pub const MAX_FAILURES: usize = 10;
/// The sliding window.
pub const WINDOW: Duration = Duration::from_secs(5 * 60);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Address(IpAddr),
}

/// Recent failures per account and per address.
#[derive(Clone, Default)]
pub struct Throttle {
    failures: Arc<Mutex<HashMap<Key, VecDeque<Instant>>>>,
}

impl Throttle {
    /// `Some(wait)` when sign-in must be refused for this account or address.
    pub fn blocked(&self, account: &str, address: IpAddr) -> Option<Duration> {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        [Key::Account(account.to_owned()), Key::Address(address)]
            .into_iter()
            .filter_map(|key| {
                let times = failures.get_mut(&key)?;
                while times
                    .front()
                    .is_some_and(|t| now.duration_since(*t) > WINDOW)
                {
                    times.pop_front();
                }
                let oldest = times.front()?;
                (times.len() >= MAX_FAILURES)
                    .then(|| WINDOW.saturating_sub(now.duration_since(*oldest)))
            })
            .max()
    }

    /// Records one failed sign-in.
    pub fn record_failure(&self, account: &str, address: IpAddr) {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for key in [Key::Account(account.to_owned()), Key::Address(address)] {
            let times = failures.entry(key).or_default();
            times.push_back(now);
            while times.len() > MAX_FAILURES {
                times.pop_front();
            }
        }
    }

    /// A successful sign-in clears the account's count (not the address's).
    pub fn record_success(&self, account: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.remove(&Key::Account(account.to_owned()));
    }

    /// Forgets failures older than the window.
    pub fn sweep(&self) {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.retain(|_, times| {
            times
                .back()
                .is_some_and(|t| now.duration_since(*t) <= WINDOW)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(last: u8) -> IpAddr {
        IpAddr::from([10, 0, 0, last])
    }

    #[test]
    fn ten_failures_block_the_account_from_any_address() {
        let throttle = Throttle::default();
        for i in 0..MAX_FAILURES {
            assert!(throttle.blocked("sam@x.org", address(i as u8)).is_none());
            throttle.record_failure("sam@x.org", address(i as u8));
        }
        let wait = throttle.blocked("sam@x.org", address(200)).unwrap();
        assert!(wait <= WINDOW && wait > WINDOW - Duration::from_secs(5));
        assert!(throttle.blocked("alex@x.org", address(201)).is_none());
    }

    #[test]
    fn ten_failures_block_the_address_for_any_account() {
        let throttle = Throttle::default();
        for i in 0..MAX_FAILURES {
            throttle.record_failure(&format!("user{i}@x.org"), address(1));
        }
        assert!(throttle.blocked("someone.new@x.org", address(1)).is_some());
        assert!(throttle.blocked("someone.new@x.org", address(2)).is_none());
    }

    #[test]
    fn success_clears_the_account_count() {
        let throttle = Throttle::default();
        for _ in 0..MAX_FAILURES - 1 {
            throttle.record_failure("sam@x.org", address(1));
        }
        throttle.record_success("sam@x.org");
        throttle.record_failure("sam@x.org", address(2));
        assert!(throttle.blocked("sam@x.org", address(3)).is_none());
    }
}
