//! Passwords: the policy a new password must meet, and argon2id hashing.
//!
//! Policy (NCSC and NIST SP 800-63B style): at least 12 characters, up to 256, no composition
//! rules, refused when it is a common password or close to one. "Common" is judged by zxcvbn's
//! dictionaries of leaked and frequent passwords, names and words (with the person's own name
//! and email as extra words); a password it scores below 3 of 4 is refused.
//!
//! Hashing: argon2id at the OWASP parameters (19 MiB, 2 passes, 1 lane). Hashing and
//! verification are slow on purpose and run on blocking threads behind [`KeyWork`], never on
//! the async workers. This module never logs and never puts a password in an error.

use std::sync::{Arc, OnceLock};

use age::secrecy::{ExposeSecret, SecretString};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password accepted, in characters (well above the 128 the issue asks for, so a
/// long passphrase from a password manager fits).
pub const MAX_PASSWORD_CHARS: usize = 256;
/// argon2id memory in KiB (OWASP minimum: 19 MiB).
const ARGON2_MEMORY_KIB: u32 = 19 * 1024;
/// argon2id passes.
const ARGON2_PASSES: u32 = 2;
/// A stored hash asking for more memory than this is refused rather than run (a tampered row
/// must not be able to exhaust memory at sign-in).
const ARGON2_MAX_MEMORY_KIB: u32 = 256 * 1024;

/// Why a new password was refused. Each has a message in the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("enter a password")]
    Missing,
    #[error("the password must be at least 12 characters")]
    TooShort,
    #[error("the password must be 256 characters or fewer")]
    TooLong,
    #[error("the password is too common or too easy to guess: try three or four random words")]
    Common,
    #[error("the two passwords do not match")]
    Mismatch,
}

impl PasswordProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::Missing => "password-problem-missing",
            PasswordProblem::TooShort => "password-problem-too-short",
            PasswordProblem::TooLong => "password-problem-too-long",
            PasswordProblem::Common => "password-problem-common",
            PasswordProblem::Mismatch => "password-problem-mismatch",
        }
    }
}

/// A new password that meets the policy.
pub struct NewPassword(SecretString);

impl NewPassword {
    /// Checks a new password and its confirmation. `personal` holds words the password must not
    /// be built on (the person's name and email).
    pub fn parse(
        password: &str,
        confirmation: &str,
        personal: &[&str],
    ) -> Result<Self, PasswordProblem> {
        let length = password.chars().count();
        if length == 0 {
            return Err(PasswordProblem::Missing);
        }
        if length < MIN_PASSWORD_CHARS {
            return Err(PasswordProblem::TooShort);
        }
        if length > MAX_PASSWORD_CHARS {
            return Err(PasswordProblem::TooLong);
        }
        if password != confirmation {
            return Err(PasswordProblem::Mismatch);
        }
        if zxcvbn::zxcvbn(password, personal).score() < zxcvbn::Score::Three {
            return Err(PasswordProblem::Common);
        }
        Ok(Self(SecretString::from(password.to_owned())))
    }

    pub fn secret(&self) -> &SecretString {
        &self.0
    }
}

/// Hashes a password with argon2id (slow: call through [`KeyWork::run`]).
pub fn hash(password: &SecretString) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.expose_secret().as_bytes(), &salt)
        .expect("argon2 with fixed, valid parameters cannot fail")
        .to_string()
}

/// Checks a password against a stored hash (slow: call through [`KeyWork::run`]). `None` as the
/// stored hash (an unknown account or one not yet activated) checks against a dummy hash, so the
/// time taken does not tell whether an account exists; the answer is then always `false`.
pub fn verify(password: &SecretString, stored: Option<&str>) -> bool {
    let (phc, real) = match stored {
        Some(phc) => (phc, true),
        None => (dummy_hash(), false),
    };
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let affordable = Params::try_from(&parsed).is_ok_and(|p| p.m_cost() <= ARGON2_MAX_MEMORY_KIB);
    if !affordable {
        return false;
    }
    let matches = Argon2::default()
        .verify_password(password.expose_secret().as_bytes(), &parsed)
        .is_ok();
    matches && real
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, 1, None)
        .expect("the argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let random = uuid::Uuid::new_v4().to_string();
        hash(&SecretString::from(random))
    })
}

/// Runs key derivations (argon2, scrypt) on blocking threads, at most a few at once, so that a
/// burst of sign-ins queues here instead of stalling every other page or exhausting memory
/// (each scrypt unwrap uses 64 MiB, each argon2 hash 19 MiB).
#[derive(Clone, Debug)]
pub struct KeyWork {
    permits: Arc<Semaphore>,
}

impl KeyWork {
    /// Allows `concurrent` derivations at once (at least one).
    pub fn new(concurrent: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(concurrent.max(1))),
        }
    }

    /// One derivation per CPU core.
    pub fn per_core() -> Self {
        Self::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    }

    /// Runs `work` on a blocking thread once a permit is free.
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> T {
        let _permit = self
            .permits
            .acquire()
            .await
            .expect("the key-work semaphore is never closed");
        tokio::task::spawn_blocking(work)
            .await
            .expect("key derivation does not panic")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_has_length_limits_and_no_composition_rules() {
        assert_eq!(
            NewPassword::parse("", "", &[]).err(),
            Some(PasswordProblem::Missing)
        );
        assert_eq!(
            NewPassword::parse("short one", "short one", &[]).err(),
            Some(PasswordProblem::TooShort)
        );
        let long = "x".repeat(MAX_PASSWORD_CHARS + 1);
        assert_eq!(
            NewPassword::parse(&long, &long, &[]).err(),
            Some(PasswordProblem::TooLong)
        );
        // All lower case, no digits or symbols: fine when it is not guessable.
        let fine = "marble orchard kettle drift";
        assert!(NewPassword::parse(fine, fine, &[]).is_ok());
        // 128 characters is accepted.
        let passphrase = "quietly orange tractors hum beneath velvet lanterns ".repeat(3);
        let passphrase = &passphrase[..128];
        assert!(NewPassword::parse(passphrase, passphrase, &[]).is_ok());
        assert_eq!(
            NewPassword::parse(fine, "marble orchard kettle", &[]).err(),
            Some(PasswordProblem::Mismatch)
        );
    }

    #[test]
    fn common_passwords_and_ones_built_on_the_persons_name_are_refused() {
        for common in [
            "password1234",
            "123456789012",
            "qwertyuiopas",
            "iloveyou1234",
        ] {
            assert_eq!(
                NewPassword::parse(common, common, &[]).err(),
                Some(PasswordProblem::Common),
                "{common}"
            );
        }
        let own = "samjones1984!";
        assert_eq!(
            NewPassword::parse(
                own,
                own,
                &["Sam Jones", "sam.jones@example.org", "samjones"]
            )
            .err(),
            Some(PasswordProblem::Common)
        );
    }

    #[test]
    fn hashes_are_argon2id_and_verify_only_the_right_password() {
        let right = SecretString::from("marble orchard kettle drift".to_owned());
        let stored = hash(&right);
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify(&right, Some(&stored)));
        assert!(!verify(
            &SecretString::from("marble orchard kettle".to_owned()),
            Some(&stored)
        ));
        assert!(!verify(&right, None));
        assert!(!verify(&right, Some("not a hash")));
    }
}
