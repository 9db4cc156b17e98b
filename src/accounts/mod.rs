//! Staff accounts: the organisation, people, roles, supervision links, activation links, and the
//! operations on them that both the command line (`dialogues init`, `dialogues user …`) and the
//! administrators' pages use, so the two can never disagree.
//!
//! Every operation that changes an account writes its audit entry in the same transaction.
//! Key material is made here (a user's X25519 identity at activation, the organisation's
//! recovery key at init) and leaves only wrapped, except the recovery secret, which `init` hands
//! back once for the caller to write to the data controller's file.

pub mod model;
pub mod store;

use age::secrecy::SecretString;
use chrono::Utc;
use serde_json::json;

pub use model::{Email, FieldProblem, PersonName, Role, Roles, UserId};
pub use store::{Account, AccountStatus, NewCredentials};

use crate::audit::{self, Action, Actor, Entry};
use crate::auth::password::{self, KeyWork, NewPassword};
use crate::crypto::{self, KeyPair};
use crate::db::Database;

/// Why an account operation was refused. Messages name the problem and what to do.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error(
        "this data directory already holds an organisation: nothing was changed (use `dialogues user add` to add people)"
    )]
    AlreadyInitialised,
    #[error("this data directory has no organisation yet: run `dialogues init` first")]
    NotInitialised,
    #[error("an account with this email address already exists")]
    EmailTaken,
    #[error(
        "there is no supervisor with the email address {0}: add them first with --role supervisor, or give them that role"
    )]
    UnknownSupervisor(String),
    #[error("no account has this email address")]
    UnknownAccount,
    #[error(
        "this would leave no administrator who can sign in: give another person the administrator role first"
    )]
    LastAdministrator,
    #[error("the current password is not right")]
    WrongPassword,
    #[error("this link has expired or has already been used")]
    LinkInvalid,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the stored key could not be opened: {0}")]
    Crypto(#[from] crypto::CryptoError),
}

impl From<store::CreateError> for AccountsError {
    fn from(e: store::CreateError) -> Self {
        match e {
            store::CreateError::EmailTaken => AccountsError::EmailTaken,
            store::CreateError::Database(e) => AccountsError::Database(e),
        }
    }
}

/// Who made a change and from where, for the audit log.
#[derive(Debug, Clone)]
pub struct ChangedBy {
    pub actor: Actor,
    pub source: String,
}

impl ChangedBy {
    pub fn command_line() -> Self {
        Self {
            actor: Actor::CommandLine,
            source: "command-line".to_owned(),
        }
    }

    pub fn user(id: &UserId, source: impl Into<String>) -> Self {
        Self {
            actor: Actor::User(id.to_string()),
            source: source.into(),
        }
    }

    fn entry(&self, action: Action) -> Entry {
        Entry::new(self.actor.clone(), action, self.source.clone())
    }
}

/// A new user's key pair and password hash, made off the async workers. With `key`, re-wraps an
/// existing identity (password change); without, makes a new one (activation, reset).
pub async fn make_credentials(
    key_work: &KeyWork,
    password: &NewPassword,
    key: Option<KeyPair>,
) -> Result<(NewCredentials, KeyPair), AccountsError> {
    let secret = password.secret().clone();
    key_work
        .run(move || {
            let key = key.unwrap_or_else(KeyPair::generate);
            let wrapped_key = crypto::wrap_with_password(&key, &secret)?;
            let credentials = NewCredentials {
                password_hash: password::hash(&secret),
                wrapped_key,
                public_key: key.recipient(),
            };
            Ok((credentials, key))
        })
        .await
}

/// What `dialogues init` asks for.
pub struct NewOrganisation {
    pub name: String,
    pub admin_email: Email,
    pub admin_name: PersonName,
    pub admin_password: NewPassword,
}

/// Creates the organisation and the first administrator. The caller makes the recovery key and
/// has already written its secret to the data controller's file; only the public half
/// (`recovery_recipient`) is stored.
pub async fn initialise(
    db: &Database,
    key_work: &KeyWork,
    new: NewOrganisation,
    recovery_recipient: &str,
) -> Result<UserId, AccountsError> {
    let (credentials, _key) = make_credentials(key_work, &new.admin_password, None).await?;
    let mut tx = db.begin_write().await?;
    if store::organisation_exists(&mut tx).await? {
        return Err(AccountsError::AlreadyInitialised);
    }
    store::create_organisation(&mut tx, &new.name, recovery_recipient).await?;
    let roles = Roles::from_iter([Role::Administrator]);
    let id = store::create(
        &mut tx,
        &new.admin_email,
        &new.admin_name,
        &roles,
        &[],
        Some(&credentials),
    )
    .await?;
    let by = ChangedBy::command_line();
    audit::append(&mut tx, by.entry(Action::OrganisationCreated)).await?;
    audit::append(
        &mut tx,
        by.entry(Action::AccountCreated)
            .subject(id.as_str())
            .detail(json!({ "roles": roles.names(), "activated": true })),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Whether `dialogues init` has run on this database.
pub async fn is_initialised(db: &Database) -> Result<bool, AccountsError> {
    let mut conn = db.reader().acquire().await?;
    Ok(store::organisation_exists(&mut conn).await?)
}

/// A person to add.
pub struct NewAccount {
    pub email: Email,
    pub name: PersonName,
    pub roles: Roles,
    /// The people who supervise them, by email (each must hold the supervisor role).
    pub supervisors: Vec<Email>,
}

/// What adding a person produced: the account, and the one-time activation token unless a
/// password was set at once.
pub struct Added {
    pub id: UserId,
    pub activation_token: Option<String>,
}

/// Adds a person, either awaiting activation (the default: returns a one-time token) or, with a
/// password, active at once (for automation).
pub async fn add(
    db: &Database,
    key_work: &KeyWork,
    by: &ChangedBy,
    new: NewAccount,
    password: Option<NewPassword>,
    link_validity: std::time::Duration,
) -> Result<Added, AccountsError> {
    let supervisors = resolve_supervisors(db, &new.supervisors).await?;
    let credentials = match &password {
        Some(p) => Some(make_credentials(key_work, p, None).await?.0),
        None => None,
    };
    let mut tx = db.begin_write().await?;
    if !store::organisation_exists(&mut tx).await? {
        return Err(AccountsError::NotInitialised);
    }
    let id = store::create(
        &mut tx,
        &new.email,
        &new.name,
        &new.roles,
        &supervisors,
        credentials.as_ref(),
    )
    .await?;
    audit::append(
        &mut tx,
        by.entry(Action::AccountCreated)
            .subject(id.as_str())
            .detail(json!({
                "roles": new.roles.names(),
                "supervisors": supervisors.iter().map(UserId::as_str).collect::<Vec<_>>(),
                "activated": credentials.is_some(),
            })),
    )
    .await?;
    let activation_token = if credentials.is_none() {
        let token = store::issue_link(&mut tx, &id, expiry(link_validity)).await?;
        audit::append(
            &mut tx,
            by.entry(Action::ActivationIssued).subject(id.as_str()),
        )
        .await?;
        Some(token)
    } else {
        None
    };
    tx.commit().await?;
    Ok(Added {
        id,
        activation_token,
    })
}

fn expiry(validity: std::time::Duration) -> chrono::DateTime<Utc> {
    Utc::now() + chrono::Duration::from_std(validity).unwrap_or(chrono::Duration::hours(72))
}

/// Finds supervisors by email; each must exist and hold the supervisor role.
pub async fn resolve_supervisors(
    db: &Database,
    emails: &[Email],
) -> Result<Vec<UserId>, AccountsError> {
    let mut ids = Vec::with_capacity(emails.len());
    for email in emails {
        match store::find_by_email(db.reader(), email).await? {
            Some(account) if account.roles.contains(Role::Supervisor) => ids.push(account.id),
            _ => return Err(AccountsError::UnknownSupervisor(email.to_string())),
        }
    }
    Ok(ids)
}

/// Sets a password with a one-time link: the person gets a new key pair. The link is used up.
pub async fn activate(
    db: &Database,
    key_work: &KeyWork,
    token: &str,
    password: &NewPassword,
    source: &str,
) -> Result<UserId, AccountsError> {
    // Check the link before the slow key work, and again inside the write.
    {
        let mut conn = db.reader().acquire().await?;
        if store::link_account(&mut conn, token).await?.is_none() {
            return Err(AccountsError::LinkInvalid);
        }
    }
    let (credentials, _key) = make_credentials(key_work, password, None).await?;
    let mut tx = db.begin_write().await?;
    let Some(id) = store::link_account(&mut tx, token).await? else {
        return Err(AccountsError::LinkInvalid);
    };
    store::set_credentials(&mut tx, &id, &credentials).await?;
    store::use_link(&mut tx, token).await?;
    audit::append(
        &mut tx,
        Entry::new(
            Actor::User(id.to_string()),
            Action::AccountActivated,
            source,
        )
        .subject(id.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Which account a link token opens (for showing the set-password page), if it is still usable.
pub async fn link_account(db: &Database, token: &str) -> Result<Option<Account>, AccountsError> {
    let mut conn = db.reader().acquire().await?;
    let Some(id) = store::link_account(&mut conn, token).await? else {
        return Ok(None);
    };
    drop(conn);
    Ok(store::find(db.reader(), &id).await?)
}

/// Changes a password: the current one must open the stored key, which is then re-wrapped under
/// the new one (the identity stays the same, so every grant stays valid). Other sessions of the
/// account end; the returned epoch keeps the caller's own session alive.
pub async fn change_password(
    db: &Database,
    key_work: &KeyWork,
    id: &UserId,
    current: SecretString,
    new: &NewPassword,
    source: &str,
) -> Result<i64, AccountsError> {
    let stored = store::credentials_by_id(db.reader(), id)
        .await?
        .ok_or(AccountsError::UnknownAccount)?;
    let (Some(hash), Some(wrapped)) = (stored.password_hash, stored.wrapped_key) else {
        return Err(AccountsError::WrongPassword);
    };
    let key = key_work
        .run(move || {
            if password::verify(&current, Some(&hash)) {
                crypto::unwrap_with_password(&wrapped, &current).map(Some)
            } else {
                Ok(None)
            }
        })
        .await?
        .ok_or(AccountsError::WrongPassword)?;
    let (credentials, _key) = make_credentials(key_work, new, Some(key)).await?;
    let mut tx = db.begin_write().await?;
    let epoch = store::set_credentials(&mut tx, id, &credentials).await?;
    audit::append(
        &mut tx,
        Entry::new(Actor::User(id.to_string()), Action::PasswordChanged, source)
            .subject(id.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(epoch)
}

/// An administrator's reset: the password and key go, every session ends, and a new one-time
/// link is issued. The person gets a new identity when they use it; their case access is then
/// re-granted (see the design's "Keys").
pub async fn reset(
    db: &Database,
    by: &ChangedBy,
    id: &UserId,
    link_validity: std::time::Duration,
) -> Result<String, AccountsError> {
    let mut tx = db.begin_write().await?;
    store::clear_credentials(&mut tx, id).await?;
    let token = store::issue_link(&mut tx, id, expiry(link_validity)).await?;
    audit::append(
        &mut tx,
        by.entry(Action::PasswordReset).subject(id.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// Disables or re-enables an account. The last enabled administrator cannot be disabled.
pub async fn set_disabled(
    db: &Database,
    by: &ChangedBy,
    id: &UserId,
    disabled: bool,
) -> Result<(), AccountsError> {
    let mut tx = db.begin_write().await?;
    if disabled {
        ensure_other_administrator(&mut tx, id).await?;
    }
    store::set_disabled(&mut tx, id, disabled).await?;
    let action = if disabled {
        Action::AccountDisabled
    } else {
        Action::AccountEnabled
    };
    audit::append(&mut tx, by.entry(action).subject(id.as_str())).await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces a person's roles. The last enabled administrator keeps that role.
pub async fn set_roles(
    db: &Database,
    by: &ChangedBy,
    id: &UserId,
    roles: &Roles,
) -> Result<(), AccountsError> {
    let mut tx = db.begin_write().await?;
    if !roles.contains(Role::Administrator) {
        let current = store::find(db.reader(), id).await?;
        if current.is_some_and(|a| a.roles.contains(Role::Administrator)) {
            ensure_other_administrator(&mut tx, id).await?;
        }
    }
    store::set_roles(&mut tx, id, roles).await?;
    audit::append(
        &mut tx,
        by.entry(Action::RolesChanged)
            .subject(id.as_str())
            .detail(json!({ "roles": roles.names() })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces who supervises a person.
pub async fn set_supervisors(
    db: &Database,
    by: &ChangedBy,
    id: &UserId,
    supervisors: &[UserId],
) -> Result<(), AccountsError> {
    let mut tx = db.begin_write().await?;
    store::set_supervisors(&mut tx, id, supervisors).await?;
    audit::append(
        &mut tx,
        by.entry(Action::SupervisionChanged)
            .subject(id.as_str())
            .detail(json!({ "supervisors": supervisors.iter().map(UserId::as_str).collect::<Vec<_>>() })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn ensure_other_administrator(
    conn: &mut sqlx::SqliteConnection,
    id: &UserId,
) -> Result<(), AccountsError> {
    if store::other_enabled_administrators(conn, id).await? == 0 {
        Err(AccountsError::LastAdministrator)
    } else {
        Ok(())
    }
}
