//! Case keys: who should hold one, wrapping it to them, and opening it from a grant.
//!
//! A case key is wrapped to its facilitator, to each of the facilitator's supervisors who has a
//! key, and to the organisation's recovery key. Supervision can change after a case is opened,
//! and a reset gives a person a new key: whenever someone who holds the case key opens the case,
//! [`renew_grants`] wraps it to anyone who should hold it and does not (audited as a grant).
//! Grants to people who no longer supervise are left in place here; revocation with key
//! rotation belongs to supervision changes.
//!
//! Never return or log an unwrapped key other than to the caller that opened it.

use serde_json::json;
use sqlx::SqlitePool;

use super::OpenError;
use super::store::{self, CaseRow, Grant, RECOVERY_GRANTEE};
use crate::accounts::UserId;
use crate::audit::{self, Action, Actor, Entry};
use crate::auth::{Auth, CurrentUser};
use crate::crypto::{self, KeyPair};
use crate::db::Database;

/// Who should hold the key of a case run by `facilitator`: (grantee, public key).
pub async fn grantees_of(
    db: &Database,
    facilitator: &UserId,
) -> Result<Vec<(String, String)>, OpenError> {
    grantees_in(db.reader(), facilitator).await
}

async fn grantees_in(
    pool: &SqlitePool,
    facilitator: &UserId,
) -> Result<Vec<(String, String)>, OpenError> {
    let mut people = vec![facilitator.clone()];
    people.extend(crate::accounts::store::supervisors_of(pool, facilitator).await?);
    let mut grantees = Vec::with_capacity(people.len() + 1);
    for person in people {
        let key: Option<Option<String>> =
            sqlx::query_scalar("SELECT public_key FROM users WHERE id = ? AND disabled = 0")
                .bind(person.as_str())
                .fetch_optional(pool)
                .await?;
        if let Some(Some(public_key)) = key {
            grantees.push((person.to_string(), public_key));
        }
    }
    let recovery = crate::accounts::store::recovery_recipient(pool)
        .await?
        .ok_or(OpenError::NotFound)?;
    grantees.push((RECOVERY_GRANTEE.to_owned(), recovery));
    Ok(grantees)
}

/// Wraps `key` to each (grantee, public key).
pub fn wrap_all(key: &KeyPair, grantees: &[(String, String)]) -> Result<Vec<Grant>, OpenError> {
    grantees
        .iter()
        .map(|(grantee, recipient)| {
            Ok(Grant {
                grantee: grantee.clone(),
                recipient: recipient.clone(),
                wrapped_key: crypto::wrap_to_recipient(key, recipient)?,
            })
        })
        .collect()
}

/// Opens the case key with the signed-in person's own grant.
pub async fn open_for(
    db: &Database,
    auth: &Auth,
    user: &CurrentUser,
    case_id: &str,
) -> Result<KeyPair, OpenError> {
    let grant = store::grant_of(db.reader(), case_id, user.id.as_str())
        .await?
        .ok_or(OpenError::NoKey)?;
    let own = user.key(auth).ok_or(OpenError::NoKey)?;
    if grant.recipient != own.recipient() {
        return Err(OpenError::NoKey);
    }
    Ok(crypto::unwrap_with_key(&grant.wrapped_key, &own)?)
}

/// Opens a case key with the organisation's recovery key (export, recovery).
pub async fn open_with_recovery(
    pool: &SqlitePool,
    case_id: &str,
    recovery: &KeyPair,
) -> Result<KeyPair, OpenError> {
    let grant = store::grant_of(pool, case_id, RECOVERY_GRANTEE)
        .await?
        .ok_or(OpenError::NoKey)?;
    Ok(crypto::unwrap_with_key(&grant.wrapped_key, recovery)?)
}

/// Wraps the open case key to anyone who should hold it but has no grant for their current
/// key. Costs two reads when nothing is missing.
pub async fn renew_grants(
    db: &Database,
    by: &CurrentUser,
    case: &CaseRow,
    key: &KeyPair,
    source: &str,
) -> Result<(), OpenError> {
    let facilitator = UserId::from_db(case.facilitator_id.clone());
    let wanted = grantees_in(db.reader(), &facilitator).await?;
    let held = store::grants_of(db.reader(), &case.id).await?;
    let missing: Vec<(String, String)> = wanted
        .into_iter()
        .filter(|(grantee, recipient)| {
            !held
                .iter()
                .any(|g| &g.grantee == grantee && &g.recipient == recipient)
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let grants = wrap_all(key, &missing)?;
    let mut tx = db.begin_write().await?;
    for grant in &grants {
        store::put_grant(&mut tx, &case.id, grant).await?;
        audit::append(
            &mut tx,
            Entry::new(Actor::User(by.id.to_string()), Action::CaseGranted, source)
                .subject(&case.id)
                .detail(json!({ "grantee": grant.grantee })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
