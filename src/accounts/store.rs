//! Account queries: the only SQL about users, roles, supervision links and activation links.
//!
//! Writes take the caller's `BEGIN IMMEDIATE` transaction so that a change and its audit row
//! commit together. Reads take the read pool. Never log a row: it holds password hashes and
//! wrapped keys.

use chrono::{DateTime, SecondsFormat, Utc};
use sha2::{Digest, Sha256};
use sqlx::{SqliteConnection, SqlitePool};

use super::model::{Email, PersonName, Role, Roles, UserId};
use crate::i18n::Lang;

/// Whether someone can sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountStatus {
    /// Has a password and is not disabled.
    Active,
    /// Created, but the person has not yet set a password (or was reset).
    AwaitingActivation,
    /// Disabled by an administrator: cannot sign in.
    Disabled,
}

impl AccountStatus {
    pub fn label_key(self) -> &'static str {
        match self {
            AccountStatus::Active => "account-status-active",
            AccountStatus::AwaitingActivation => "account-status-awaiting",
            AccountStatus::Disabled => "account-status-disabled",
        }
    }
}

/// An account as pages show it (nothing secret).
#[derive(Debug, Clone)]
pub struct Account {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub roles: Roles,
    pub status: AccountStatus,
    pub language: Option<Lang>,
    pub session_epoch: i64,
    pub public_key: Option<String>,
}

/// What sign-in needs to check a password and open the user's key.
pub struct Credentials {
    pub id: UserId,
    pub password_hash: Option<String>,
    pub wrapped_key: Option<Vec<u8>>,
    pub disabled: bool,
    pub session_epoch: i64,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("an account with this email address already exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A new user's key material, made at activation.
pub struct NewCredentials {
    pub password_hash: String,
    pub wrapped_key: Vec<u8>,
    pub public_key: String,
}

pub fn now_text() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: String,
    email: String,
    name: String,
    activated: bool,
    disabled: bool,
    language: Option<String>,
    session_epoch: i64,
    public_key: Option<String>,
    roles: Option<String>,
}

const ACCOUNT_SELECT: &str =
    "SELECT u.id, u.email, u.name, u.password_hash IS NOT NULL AS activated,
        u.disabled, u.language, u.session_epoch, u.public_key,
        (SELECT group_concat(role, ',') FROM user_roles r WHERE r.user_id = u.id) AS roles
     FROM users u";

impl From<AccountRow> for Account {
    fn from(row: AccountRow) -> Self {
        let status = if row.disabled {
            AccountStatus::Disabled
        } else if row.activated {
            AccountStatus::Active
        } else {
            AccountStatus::AwaitingActivation
        };
        let roles = row
            .roles
            .unwrap_or_default()
            .split(',')
            .filter_map(|r| r.parse::<Role>().ok())
            .collect();
        Account {
            id: UserId::from_db(row.id),
            email: row.email,
            name: row.name,
            roles,
            status,
            language: row.language.as_deref().and_then(Lang::from_code),
            session_epoch: row.session_epoch,
            public_key: row.public_key,
        }
    }
}

pub async fn find(pool: &SqlitePool, id: &UserId) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> = sqlx::query_as(&format!("{ACCOUNT_SELECT} WHERE u.id = ?"))
        .bind(id.as_str())
        .fetch_optional(pool)
        .await?;
    Ok(row.map(Account::from))
}

pub async fn find_by_email(
    pool: &SqlitePool,
    email: &Email,
) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> = sqlx::query_as(&format!("{ACCOUNT_SELECT} WHERE u.email = ?"))
        .bind(email.as_str())
        .fetch_optional(pool)
        .await?;
    Ok(row.map(Account::from))
}

/// Every account, by name.
pub async fn list(pool: &SqlitePool) -> Result<Vec<Account>, sqlx::Error> {
    let rows: Vec<AccountRow> = sqlx::query_as(&format!(
        "{ACCOUNT_SELECT} ORDER BY u.name COLLATE NOCASE, u.email"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Account::from).collect())
}

#[derive(sqlx::FromRow)]
struct CredentialsRow {
    id: String,
    password_hash: Option<String>,
    wrapped_key: Option<Vec<u8>>,
    disabled: bool,
    session_epoch: i64,
}

async fn credentials_where(
    pool: &SqlitePool,
    column: &str,
    value: &str,
) -> Result<Option<Credentials>, sqlx::Error> {
    let row: Option<CredentialsRow> = sqlx::query_as(&format!(
        "SELECT id, password_hash, wrapped_key, disabled, session_epoch FROM users WHERE {column} = ?"
    ))
    .bind(value)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|row| Credentials {
        id: UserId::from_db(row.id),
        password_hash: row.password_hash,
        wrapped_key: row.wrapped_key,
        disabled: row.disabled,
        session_epoch: row.session_epoch,
    }))
}

/// What sign-in checks, by email.
pub async fn credentials(
    pool: &SqlitePool,
    email: &Email,
) -> Result<Option<Credentials>, sqlx::Error> {
    credentials_where(pool, "email", email.as_str()).await
}

/// What a password change checks, by id.
pub async fn credentials_by_id(
    pool: &SqlitePool,
    id: &UserId,
) -> Result<Option<Credentials>, sqlx::Error> {
    credentials_where(pool, "id", id.as_str()).await
}

/// The people who supervise `id` today: standing links and any cover running today.
pub async fn supervisors_of(pool: &SqlitePool, id: &UserId) -> Result<Vec<UserId>, sqlx::Error> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT supervisor_id FROM effective_supervision WHERE supervisee_id = ?")
            .bind(id.as_str())
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|(id,)| UserId::from_db(id)).collect())
}

/// Every supervision link as (supervisor, supervisee), for the accounts list.
pub async fn supervision_links(pool: &SqlitePool) -> Result<Vec<(UserId, UserId)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT supervisor_id, supervisee_id FROM supervision")
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(a, b)| (UserId::from_db(a), UserId::from_db(b)))
        .collect())
}

/// Whether `supervisor` supervises `supervisee` today (a standing link, or cover running today).
pub async fn supervises(
    pool: &SqlitePool,
    supervisor: &UserId,
    supervisee: &UserId,
) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM effective_supervision WHERE supervisor_id = ? AND supervisee_id = ?",
    )
    .bind(supervisor.as_str())
    .bind(supervisee.as_str())
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}

/// Creates an account awaiting activation (or active, when credentials are given).
pub async fn create(
    conn: &mut SqliteConnection,
    email: &Email,
    name: &PersonName,
    roles: &Roles,
    supervisors: &[UserId],
    credentials: Option<&NewCredentials>,
) -> Result<UserId, CreateError> {
    let taken: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM users WHERE email = ?")
        .bind(email.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    if taken.is_some() {
        return Err(CreateError::EmailTaken);
    }
    let id = UserId::new_random();
    sqlx::query(
        "INSERT INTO users (id, email, name, password_hash, wrapped_key, public_key, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id.as_str())
    .bind(email.as_str())
    .bind(name.as_str())
    .bind(credentials.map(|c| c.password_hash.as_str()))
    .bind(credentials.map(|c| c.wrapped_key.as_slice()))
    .bind(credentials.map(|c| c.public_key.as_str()))
    .bind(now_text())
    .execute(&mut *conn)
    .await?;
    set_roles(conn, &id, roles).await?;
    set_supervisors(conn, &id, supervisors).await?;
    Ok(id)
}

pub async fn set_roles(
    conn: &mut SqliteConnection,
    id: &UserId,
    roles: &Roles,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM user_roles WHERE user_id = ?")
        .bind(id.as_str())
        .execute(&mut *conn)
        .await?;
    for role in roles.iter() {
        sqlx::query("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")
            .bind(id.as_str())
            .bind(role.as_str())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Replaces who supervises `id`. A person never supervises themselves.
pub async fn set_supervisors(
    conn: &mut SqliteConnection,
    id: &UserId,
    supervisors: &[UserId],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM supervision WHERE supervisee_id = ?")
        .bind(id.as_str())
        .execute(&mut *conn)
        .await?;
    for supervisor in supervisors.iter().filter(|s| *s != id) {
        sqlx::query(
            "INSERT OR IGNORE INTO supervision (supervisor_id, supervisee_id) VALUES (?, ?)",
        )
        .bind(supervisor.as_str())
        .bind(id.as_str())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Disables or re-enables an account. Disabling ends every session of the account.
pub async fn set_disabled(
    conn: &mut SqliteConnection,
    id: &UserId,
    disabled: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET disabled = ?, session_epoch = session_epoch + 1 WHERE id = ?")
        .bind(disabled)
        .bind(id.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Stores a password hash and wrapped key (activation, password change), ending every other
/// session of the account. Returns the new session epoch.
pub async fn set_credentials(
    conn: &mut SqliteConnection,
    id: &UserId,
    credentials: &NewCredentials,
) -> Result<i64, sqlx::Error> {
    let (epoch,): (i64,) = sqlx::query_as(
        "UPDATE users SET password_hash = ?, wrapped_key = ?, public_key = ?,
                session_epoch = session_epoch + 1
         WHERE id = ? RETURNING session_epoch",
    )
    .bind(&credentials.password_hash)
    .bind(&credentials.wrapped_key)
    .bind(&credentials.public_key)
    .bind(id.as_str())
    .fetch_one(&mut *conn)
    .await?;
    Ok(epoch)
}

/// An administrator's reset: the password and key are removed (the person gets a new identity
/// when they follow their new link) and every session ends.
pub async fn clear_credentials(
    conn: &mut SqliteConnection,
    id: &UserId,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET password_hash = NULL, wrapped_key = NULL, public_key = NULL,
                session_epoch = session_epoch + 1
         WHERE id = ?",
    )
    .bind(id.as_str())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_language(
    conn: &mut SqliteConnection,
    id: &UserId,
    lang: Option<Lang>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = ? WHERE id = ?")
        .bind(lang.map(Lang::code))
        .bind(id.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Administrators who can sign in (or could, once activated), other than `except`.
pub async fn other_enabled_administrators(
    conn: &mut SqliteConnection,
    except: &UserId,
) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id
         WHERE r.role = 'administrator' AND u.disabled = 0 AND u.id <> ?",
    )
    .bind(except.as_str())
    .fetch_one(&mut *conn)
    .await?;
    Ok(count)
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Issues a one-time link token for `id`, replacing any earlier unused one.
pub async fn issue_link(
    conn: &mut SqliteConnection,
    id: &UserId,
    expires_at: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    sqlx::query("DELETE FROM activation_links WHERE user_id = ? AND used_at IS NULL")
        .bind(id.as_str())
        .execute(&mut *conn)
        .await?;
    let token = crate::auth::random_token();
    sqlx::query("INSERT INTO activation_links (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
        .bind(token_hash(&token))
        .bind(id.as_str())
        .bind(expires_at.to_rfc3339_opts(SecondsFormat::Millis, true))
        .execute(&mut *conn)
        .await?;
    Ok(token)
}

/// The account a link token opens, if the token is known, unused, unexpired and its account not
/// disabled. Every other case is `None`, and callers must not tell the cases apart.
pub async fn link_account(
    conn: &mut SqliteConnection,
    token: &str,
) -> Result<Option<UserId>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT l.user_id FROM activation_links l JOIN users u ON u.id = l.user_id
         WHERE l.token_hash = ? AND l.used_at IS NULL AND l.expires_at > ? AND u.disabled = 0",
    )
    .bind(token_hash(token))
    .bind(now_text())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|(id,)| UserId::from_db(id)))
}

/// Marks a link token used (inside the transaction that sets the password).
pub async fn use_link(conn: &mut SqliteConnection, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE activation_links SET used_at = ? WHERE token_hash = ?")
        .bind(now_text())
        .bind(token_hash(token))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether the organisation has been created (`dialogues init` ran).
pub async fn organisation_exists(conn: &mut SqliteConnection) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM organisation WHERE id = 1")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.is_some())
}

pub async fn create_organisation(
    conn: &mut SqliteConnection,
    name: &str,
    recovery_recipient: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO organisation (id, name, recovery_recipient, created_at) VALUES (1, ?, ?, ?)",
    )
    .bind(name)
    .bind(recovery_recipient)
    .bind(now_text())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The organisation's recovery recipient (`age1…`), to which every case key is also wrapped.
pub async fn recovery_recipient(pool: &SqlitePool) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT recovery_recipient FROM organisation WHERE id = 1")
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(r,)| r))
}
