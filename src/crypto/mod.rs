//! Encryption at rest, with age: the key hierarchy of `../shared/DESIGN.md` ("Keys").
//!
//! - A **user key** is an X25519 identity per user, stored wrapped under the user's password
//!   (age passphrase encryption with an explicit scrypt work factor, never auto-calibrated).
//! - A **case key** is an X25519 identity per case, stored once per grantee: wrapped to the
//!   facilitator, each supervisor and the organisation's recovery recipient.
//! - A **record** (a whole session's notes, a formulation, …) is one age file encrypted to its
//!   case key. age binds no associated data, so the record's kind, id, case, author and version
//!   go inside the plaintext and are checked after decryption: a ciphertext moved to another
//!   row is refused.
//!
//! Secrets are `SecretString`/age identities, which zeroize on drop. Nothing here logs, and no
//! error carries a secret or any plaintext.

use std::io::{Read, Write};
use std::iter;

use age::secrecy::zeroize::Zeroize;
use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// scrypt work factor (log2 N) for wrapping user keys: 2^16 × 1 KiB = 64 MiB per derivation.
/// Fixed, so that a key wrapped on a fast machine still opens on a slower one.
pub const USER_KEY_WORK_FACTOR: u8 = 16;

/// Largest plaintext a record may hold, so that a damaged or hostile file cannot exhaust memory.
pub const MAX_RECORD_BYTES: u64 = 16 * 1024 * 1024;

/// What can go wrong. No variant carries key material or plaintext.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The password, identity or grant does not open this ciphertext.
    #[error("this key does not open the data")]
    WrongKey,
    /// The ciphertext opened, but it belongs to another record (moved or replayed).
    #[error("the encrypted data belongs to another record")]
    Misplaced,
    /// Not an age file, damaged, or not what was expected inside.
    #[error("the encrypted data is damaged or not in the expected format")]
    Damaged,
    /// Encryption itself failed (should not happen with valid recipients).
    #[error("encryption failed")]
    Encrypt,
}

/// A key pair: an age X25519 identity and its public recipient. Cloning copies the secret into
/// another zeroize-on-drop identity (for a case's keyring).
#[derive(Clone)]
pub struct KeyPair {
    identity: x25519::Identity,
}

impl KeyPair {
    /// A new random key.
    pub fn generate() -> Self {
        Self {
            identity: x25519::Identity::generate(),
        }
    }

    /// The public half, in the standard `age1…` form, safe to store in plaintext.
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// The secret half, in the standard `AGE-SECRET-KEY-1…` form (for the recovery file only).
    pub fn secret(&self) -> SecretString {
        self.identity.to_string()
    }

    /// Reads a secret key in the standard form.
    pub fn from_secret(secret: &SecretString) -> Result<Self, CryptoError> {
        secret
            .expose_secret()
            .trim()
            .parse::<x25519::Identity>()
            .map(|identity| Self { identity })
            .map_err(|_| CryptoError::Damaged)
    }

    fn identity(&self) -> &dyn age::Identity {
        &self.identity
    }
}

/// Wraps a user's key under their password (for storage in the accounts table).
pub fn wrap_with_password(key: &KeyPair, password: &SecretString) -> Result<Vec<u8>, CryptoError> {
    let mut recipient = age::scrypt::Recipient::new(password.clone());
    recipient.set_work_factor(USER_KEY_WORK_FACTOR);
    let secret = key.secret();
    encrypt(
        iter::once(&recipient as &dyn age::Recipient),
        secret.expose_secret().as_bytes(),
    )
}

/// Unwraps a user's key with their password. Refuses files demanding more work than
/// [`USER_KEY_WORK_FACTOR`], so a tampered row cannot make sign-in run for minutes.
pub fn unwrap_with_password(
    wrapped: &[u8],
    password: &SecretString,
) -> Result<KeyPair, CryptoError> {
    let mut identity = age::scrypt::Identity::new(password.clone());
    identity.set_max_work_factor(USER_KEY_WORK_FACTOR);
    let secret = decrypt(wrapped, &identity)?;
    let secret = String::from_utf8(secret).map_err(|_| CryptoError::Damaged)?;
    KeyPair::from_secret(&SecretString::from(secret))
}

/// Wraps a case key to each recipient (`age1…` strings): one ciphertext per grantee, so a grant
/// can be added or removed on its own.
pub fn wrap_to_recipient(key: &KeyPair, recipient: &str) -> Result<Vec<u8>, CryptoError> {
    let recipient: x25519::Recipient = recipient.parse().map_err(|_| CryptoError::Damaged)?;
    let secret = key.secret();
    encrypt(
        iter::once(&recipient as &dyn age::Recipient),
        secret.expose_secret().as_bytes(),
    )
}

/// Opens a case key from a grant, with the grantee's own key.
pub fn unwrap_with_key(wrapped: &[u8], grantee: &KeyPair) -> Result<KeyPair, CryptoError> {
    let secret = decrypt(wrapped, grantee.identity())?;
    let secret = String::from_utf8(secret).map_err(|_| CryptoError::Damaged)?;
    KeyPair::from_secret(&SecretString::from(secret))
}

/// A case's keys, newest first: records are sealed to the newest; older records stay sealed to
/// the keys it replaced. A grant wraps the whole ring, so whoever holds the case can read all of
/// it, and revoking someone (deleting their grant) and rotating (a new key at the front, wrapped
/// to the remaining holders) keeps them out of everything written afterwards.
#[derive(Clone)]
pub struct Keyring {
    keys: Vec<KeyPair>,
}

impl Keyring {
    pub fn one(key: KeyPair) -> Self {
        Self { keys: vec![key] }
    }

    /// The key new records are sealed to.
    pub fn current(&self) -> &KeyPair {
        &self.keys[0]
    }

    /// Every key, newest first.
    pub fn all(&self) -> &[KeyPair] {
        &self.keys
    }

    /// This ring with `new` in front of the keys it replaces.
    pub fn rotated(&self, new: KeyPair) -> Self {
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.push(new);
        keys.extend(self.keys.iter().cloned());
        Self { keys }
    }
}

/// Wraps a case's whole keyring to one recipient (`age1…`): one ciphertext per grantee, so a
/// grant can be added or removed on its own.
pub fn wrap_keyring(ring: &Keyring, recipient: &str) -> Result<Vec<u8>, CryptoError> {
    let recipient: x25519::Recipient = recipient.parse().map_err(|_| CryptoError::Damaged)?;
    let secrets: Vec<SecretString> = ring.keys.iter().map(KeyPair::secret).collect();
    let mut joined = String::new();
    for secret in &secrets {
        joined.push_str(secret.expose_secret());
        joined.push('\n');
    }
    let sealed = encrypt(
        iter::once(&recipient as &dyn age::Recipient),
        joined.as_bytes(),
    );
    joined.zeroize();
    sealed
}

/// Opens a grant (a keyring wrapped by [`wrap_keyring`], or a single key wrapped by
/// [`wrap_to_recipient`]) with the grantee's own key.
pub fn unwrap_keyring(wrapped: &[u8], grantee: &KeyPair) -> Result<Keyring, CryptoError> {
    let mut plaintext = decrypt(wrapped, grantee.identity())?;
    let keys = std::str::from_utf8(&plaintext)
        .map_err(|_| CryptoError::Damaged)
        .and_then(|text| {
            text.lines()
                .filter(|l| !l.is_empty())
                .map(|l| KeyPair::from_secret(&SecretString::from(l.to_owned())))
                .collect::<Result<Vec<_>, _>>()
        });
    plaintext.zeroize();
    let keys = keys?;
    if keys.is_empty() {
        return Err(CryptoError::Damaged);
    }
    Ok(Keyring { keys })
}

/// Where a record belongs: checked after every decryption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Binding {
    /// The kind of record, such as `session-notes`.
    pub kind: String,
    pub record_id: String,
    pub case_id: String,
    pub author_id: String,
    pub version: i64,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    binding: Binding,
    body: T,
}

/// Encrypts a record's body to its case key, with its binding inside.
pub fn seal<T: Serialize>(
    binding: &Binding,
    body: &T,
    case_recipient: &str,
) -> Result<Vec<u8>, CryptoError> {
    let recipient: x25519::Recipient = case_recipient.parse().map_err(|_| CryptoError::Damaged)?;
    let plaintext = serde_json::to_vec(&Envelope {
        binding: binding.clone(),
        body,
    })
    .map_err(|_| CryptoError::Encrypt)?;
    encrypt(iter::once(&recipient as &dyn age::Recipient), &plaintext)
}

/// Encrypts a record to several people at once (such as a supervision record, readable by the
/// supervisor and the supervisee), with its binding inside.
pub fn seal_to_each<T: Serialize>(
    binding: &Binding,
    body: &T,
    recipients: &[String],
) -> Result<Vec<u8>, CryptoError> {
    let parsed = recipients
        .iter()
        .map(|r| r.parse::<x25519::Recipient>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| CryptoError::Damaged)?;
    let plaintext = serde_json::to_vec(&Envelope {
        binding: binding.clone(),
        body,
    })
    .map_err(|_| CryptoError::Encrypt)?;
    encrypt(parsed.iter().map(|r| r as &dyn age::Recipient), &plaintext)
}

/// Decrypts a record with a case's keyring and checks that it belongs where it was found.
pub fn open<T: DeserializeOwned>(
    expected: &Binding,
    ciphertext: &[u8],
    keys: &Keyring,
) -> Result<T, CryptoError> {
    open_with_any(expected, ciphertext, keys.all())
}

/// Decrypts a record sealed to a person (with [`seal_to_each`]) with that person's own key.
pub fn open_as<T: DeserializeOwned>(
    expected: &Binding,
    ciphertext: &[u8],
    own: &KeyPair,
) -> Result<T, CryptoError> {
    open_with_any(expected, ciphertext, std::slice::from_ref(own))
}

fn open_with_any<T: DeserializeOwned>(
    expected: &Binding,
    ciphertext: &[u8],
    keys: &[KeyPair],
) -> Result<T, CryptoError> {
    let plaintext = decrypt_any(ciphertext, keys)?;
    let envelope: Envelope<T> =
        serde_json::from_slice(&plaintext).map_err(|_| CryptoError::Damaged)?;
    if envelope.binding != *expected {
        return Err(CryptoError::Misplaced);
    }
    Ok(envelope.body)
}

fn encrypt<'a>(
    recipients: impl Iterator<Item = &'a dyn age::Recipient>,
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let encryptor =
        age::Encryptor::with_recipients(recipients).map_err(|_| CryptoError::Encrypt)?;
    let mut ciphertext = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor
        .wrap_output(&mut ciphertext)
        .map_err(|_| CryptoError::Encrypt)?;
    writer
        .write_all(plaintext)
        .map_err(|_| CryptoError::Encrypt)?;
    // Without finish() the last chunk is never written and the file is truncated.
    writer.finish().map_err(|_| CryptoError::Encrypt)?;
    Ok(ciphertext)
}

fn decrypt(ciphertext: &[u8], identity: &dyn age::Identity) -> Result<Vec<u8>, CryptoError> {
    decrypt_with(ciphertext, iter::once(identity))
}

/// Decrypts with whichever of `keys` the file was sealed to.
fn decrypt_any(ciphertext: &[u8], keys: &[KeyPair]) -> Result<Vec<u8>, CryptoError> {
    decrypt_with(ciphertext, keys.iter().map(KeyPair::identity))
}

fn decrypt_with<'a>(
    ciphertext: &[u8],
    identities: impl Iterator<Item = &'a dyn age::Identity>,
) -> Result<Vec<u8>, CryptoError> {
    let decryptor = age::Decryptor::new_buffered(ciphertext).map_err(|_| CryptoError::Damaged)?;
    let reader = decryptor.decrypt(identities).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
            CryptoError::WrongKey
        }
        _ => CryptoError::Damaged,
    })?;
    let mut plaintext = Vec::new();
    reader
        .take(MAX_RECORD_BYTES + 1)
        .read_to_end(&mut plaintext)
        .map_err(|_| CryptoError::Damaged)?;
    if plaintext.len() as u64 > MAX_RECORD_BYTES {
        return Err(CryptoError::Damaged);
    }
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn binding(record: &str, version: i64) -> Binding {
        Binding {
            kind: "session-notes".into(),
            record_id: record.into(),
            case_id: "case-1".into(),
            author_id: "user-7".into(),
            version,
        }
    }

    #[test]
    fn a_user_key_opens_only_with_its_password() {
        let key = KeyPair::generate();
        let password = SecretString::from("correct horse battery staple");
        let wrapped = wrap_with_password(&key, &password).unwrap();
        let opened = unwrap_with_password(&wrapped, &password).unwrap();
        assert_eq!(opened.recipient(), key.recipient());
        let wrong = unwrap_with_password(&wrapped, &SecretString::from("incorrect horse"));
        assert!(matches!(wrong, Err(CryptoError::WrongKey)));
        assert!(!String::from_utf8_lossy(&wrapped).contains("AGE-SECRET-KEY"));
    }

    #[test]
    fn a_case_key_granted_to_several_opens_for_each_and_nobody_else() {
        let case = KeyPair::generate();
        let facilitator = KeyPair::generate();
        let supervisor = KeyPair::generate();
        let stranger = KeyPair::generate();
        for grantee in [&facilitator, &supervisor] {
            let grant = wrap_to_recipient(&case, &grantee.recipient()).unwrap();
            assert_eq!(
                unwrap_with_key(&grant, grantee).unwrap().recipient(),
                case.recipient()
            );
            assert!(matches!(
                unwrap_with_key(&grant, &stranger),
                Err(CryptoError::WrongKey)
            ));
        }
    }

    #[test]
    fn damaged_data_is_refused_cleanly() {
        let case = KeyPair::generate();
        let mut sealed = seal(&binding("r1", 1), &"notes", &case.recipient()).unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 0x01;
        assert!(open::<String>(&binding("r1", 1), &sealed, &Keyring::one(case.clone())).is_err());
        assert!(matches!(
            open::<String>(
                &binding("r1", 1),
                b"not age at all",
                &Keyring::one(case.clone())
            ),
            Err(CryptoError::Damaged)
        ));
        assert!(seal(&binding("r1", 1), &"x", "age1notarecipient").is_err());
    }

    #[test]
    fn a_rotated_keyring_opens_old_and_new_records_and_the_old_key_opens_only_old_ones() {
        let first = KeyPair::generate();
        let old = seal(&binding("r1", 1), &"before", &first.recipient()).unwrap();
        let ring = Keyring::one(first.clone()).rotated(KeyPair::generate());
        let new = seal(&binding("r2", 1), &"after", &ring.current().recipient()).unwrap();
        assert_eq!(
            open::<String>(&binding("r1", 1), &old, &ring).unwrap(),
            "before"
        );
        assert_eq!(
            open::<String>(&binding("r2", 1), &new, &ring).unwrap(),
            "after"
        );
        let only_old = Keyring::one(first);
        assert!(matches!(
            open::<String>(&binding("r2", 1), &new, &only_old),
            Err(CryptoError::WrongKey)
        ));
        // A grant carries the whole ring; a grant made before keyrings (one key) still opens.
        let holder = KeyPair::generate();
        let grant = wrap_keyring(&ring, &holder.recipient()).unwrap();
        let opened = unwrap_keyring(&grant, &holder).unwrap();
        assert_eq!(opened.all().len(), 2);
        assert_eq!(opened.current().recipient(), ring.current().recipient());
        let single = wrap_to_recipient(ring.current(), &holder.recipient()).unwrap();
        assert_eq!(unwrap_keyring(&single, &holder).unwrap().all().len(), 1);
        assert!(unwrap_keyring(&grant, &KeyPair::generate()).is_err());
    }

    #[test]
    fn a_record_sealed_to_two_people_opens_for_each_and_nobody_else() {
        let (supervisor, supervisee) = (KeyPair::generate(), KeyPair::generate());
        let sealed = seal_to_each(
            &binding("m1", 1),
            &"we met",
            &[supervisor.recipient(), supervisee.recipient()],
        )
        .unwrap();
        for person in [&supervisor, &supervisee] {
            assert_eq!(
                open_as::<String>(&binding("m1", 1), &sealed, person).unwrap(),
                "we met"
            );
        }
        assert!(open_as::<String>(&binding("m1", 1), &sealed, &KeyPair::generate()).is_err());
        assert!(matches!(
            open_as::<String>(&binding("m2", 1), &sealed, &supervisor),
            Err(CryptoError::Misplaced)
        ));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn records_round_trip(notes in "\\PC{0,2000}", version in 0i64..1000) {
            let case = KeyPair::generate();
            let b = binding("record-1", version);
            let sealed = seal(&b, &notes, &case.recipient()).unwrap();
            prop_assert!(!sealed.windows(notes.len().max(1)).any(|w| w == notes.as_bytes()) || notes.len() < 4);
            let opened: String = open(&b, &sealed, &Keyring::one(case)).unwrap();
            prop_assert_eq!(opened, notes);
        }

        #[test]
        fn a_record_moved_to_another_place_is_refused(
            notes in "\\PC{1,200}",
            field in 0usize..5,
        ) {
            let case = KeyPair::generate();
            let original = binding("record-1", 3);
            let sealed = seal(&original, &notes, &case.recipient()).unwrap();
            let mut elsewhere = original.clone();
            match field {
                0 => elsewhere.record_id = "record-2".into(),
                1 => elsewhere.case_id = "case-2".into(),
                2 => elsewhere.author_id = "user-8".into(),
                3 => elsewhere.version = 4,
                _ => elsewhere.kind = "formulation".into(),
            }
            prop_assert!(matches!(open::<String>(&elsewhere, &sealed, &Keyring::one(case)), Err(CryptoError::Misplaced)));
        }

        #[test]
        fn another_case_key_cannot_open_a_record(notes in "\\PC{1,200}") {
            let case = KeyPair::generate();
            let other = KeyPair::generate();
            let b = binding("record-1", 1);
            let sealed = seal(&b, &notes, &case.recipient()).unwrap();
            prop_assert!(matches!(open::<String>(&b, &sealed, &Keyring::one(other)), Err(CryptoError::WrongKey)));
        }
    }
}
