//! Case keys: who should hold one, wrapping it to them, and opening it from a grant.
//!
//! A case key is wrapped to its facilitator, to each of the facilitator's supervisors who has a
//! key, and to the organisation's recovery key. Supervision can change after a case is opened,
//! and a reset gives a person a new key: whenever someone who holds the case key opens the case,
//! [`renew_grants`] wraps it to anyone who should hold it and does not (audited as a grant).
//!
//! Revocation: a grant held by someone who should no longer hold the key (the case moved to
//! another facilitator, a cover ended, a supervision link was removed) is deleted by
//! [`revoke_lapsed`] (at start-up, every hour, and after each such change) and the case is
//! marked for rotation. The next holder to open the case puts a new key at the front of the
//! case's keyring ([`crate::crypto::Keyring`]), wraps the ring to the remaining holders only,
//! and seals new records to the new key ([`rotate_if_due`]). Older records stay readable by
//! every current holder and by nobody whose grant was revoked.
//!
//! Never return or log an unwrapped key other than to the caller that opened it.

use serde_json::json;
use sqlx::SqlitePool;

use super::OpenError;
use super::store::{self, CaseRow, Grant, RECOVERY_GRANTEE};
use crate::accounts::UserId;
use crate::audit::{self, Action, Actor, Entry};
use crate::auth::{Auth, CurrentUser};
use crate::crypto::{self, KeyPair, Keyring};
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

/// Wraps a new case's only key to each (grantee, public key).
pub fn wrap_all(key: &KeyPair, grantees: &[(String, String)]) -> Result<Vec<Grant>, OpenError> {
    wrap_ring_all(&Keyring::one(key.clone()), grantees)
}

/// Wraps a case's whole keyring to each (grantee, public key).
pub fn wrap_ring_all(
    ring: &Keyring,
    grantees: &[(String, String)],
) -> Result<Vec<Grant>, OpenError> {
    grantees
        .iter()
        .map(|(grantee, recipient)| {
            Ok(Grant {
                grantee: grantee.clone(),
                recipient: recipient.clone(),
                wrapped_key: crypto::wrap_keyring(ring, recipient)?,
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
) -> Result<Keyring, OpenError> {
    let grant = store::grant_of(db.reader(), case_id, user.id.as_str())
        .await?
        .ok_or(OpenError::NoKey)?;
    let own = user.key(auth).ok_or(OpenError::NoKey)?;
    if grant.recipient != own.recipient() {
        return Err(OpenError::NoKey);
    }
    Ok(crypto::unwrap_keyring(&grant.wrapped_key, &own)?)
}

/// Opens a case key with the organisation's recovery key (export, recovery).
pub async fn open_with_recovery(
    pool: &SqlitePool,
    case_id: &str,
    recovery: &KeyPair,
) -> Result<Keyring, OpenError> {
    let grant = store::grant_of(pool, case_id, RECOVERY_GRANTEE)
        .await?
        .ok_or(OpenError::NoKey)?;
    Ok(crypto::unwrap_keyring(&grant.wrapped_key, recovery)?)
}

/// Deletes every grant held by someone who should no longer hold the case key (not the case's
/// facilitator, not one of their supervisors today, not the recovery key), marks each such case
/// for a new key, and audits each revocation. Returns how many grants were revoked.
pub async fn revoke_lapsed(db: &Database, by: &Actor, source: &str) -> Result<usize, sqlx::Error> {
    let lapsed: Vec<(String, String)> = sqlx::query_as(
        "SELECT g.case_id, g.grantee
         FROM case_grants g JOIN cases c ON c.id = g.case_id
         WHERE g.grantee <> ? AND g.grantee <> c.facilitator_id
           AND NOT EXISTS (SELECT 1 FROM effective_supervision v
                           WHERE v.supervisor_id = g.grantee AND v.supervisee_id = c.facilitator_id)",
    )
    .bind(RECOVERY_GRANTEE)
    .fetch_all(db.reader())
    .await?;
    if lapsed.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    for (case_id, grantee) in &lapsed {
        sqlx::query("DELETE FROM case_grants WHERE case_id = ? AND grantee = ?")
            .bind(case_id)
            .bind(grantee)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE cases SET key_rotation_due = 1 WHERE id = ?")
            .bind(case_id)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            Entry::new(by.clone(), Action::CaseGrantRevoked, source)
                .subject(case_id)
                .detail(json!({ "grantee": grantee })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(lapsed.len())
}

/// If a grant of this case was revoked since its key last changed, puts a new key at the front
/// of the ring, wraps the ring to everyone who should hold it now (replacing every grant), and
/// seals new records to it from now on (`case.public_key`). Returns the ring to use.
pub async fn rotate_if_due(
    db: &Database,
    by: &Actor,
    case: &mut CaseRow,
    ring: Keyring,
    source: &str,
) -> Result<Keyring, OpenError> {
    if !case.key_rotation_due {
        return Ok(ring);
    }
    let facilitator = UserId::from_db(case.facilitator_id.clone());
    let wanted = grantees_in(db.reader(), &facilitator).await?;
    let new = KeyPair::generate();
    let public_key = new.recipient();
    let rotated = ring.rotated(new);
    let grants = wrap_ring_all(&rotated, &wanted)?;
    let mut tx = db.begin_write().await?;
    // Only one rotation wins: a second tab that read the flag too finds it cleared.
    let claimed = sqlx::query(
        "UPDATE cases SET public_key = ?, key_rotation_due = 0 WHERE id = ? AND key_rotation_due = 1",
    )
    .bind(&public_key)
    .bind(&case.id)
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() == 0 {
        drop(tx);
        let current = store::by_id(db.reader(), &case.id)
            .await?
            .ok_or(OpenError::NotFound)?;
        *case = current;
        return Ok(ring);
    }
    sqlx::query("DELETE FROM case_grants WHERE case_id = ?")
        .bind(&case.id)
        .execute(&mut *tx)
        .await?;
    for grant in &grants {
        store::put_grant(&mut tx, &case.id, grant).await?;
    }
    audit::append(
        &mut tx,
        Entry::new(by.clone(), Action::CaseKeyRotated, source)
            .subject(&case.id)
            .detail(json!({ "holders": grants.len(), "keys": rotated.all().len() })),
    )
    .await?;
    tx.commit().await?;
    case.public_key = public_key;
    case.key_rotation_due = false;
    Ok(rotated)
}

/// Moves a case to another facilitator: the new facilitator (and their supervisors) are given
/// the whole keyring, the old facilitator's grant is revoked, and the key is rotated at once, so
/// the old facilitator can read nothing of the case, old or new, and the new one reads it all.
pub async fn reassign(
    db: &Database,
    by: &Actor,
    case: &mut CaseRow,
    ring: Keyring,
    to: &UserId,
    source: &str,
) -> Result<Keyring, OpenError> {
    let from = case.facilitator_id.clone();
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE cases SET facilitator_id = ?, key_rotation_due = 1, updated_at = ? WHERE id = ?",
    )
    .bind(to.as_str())
    .bind(crate::accounts::store::now_text())
    .bind(&case.id)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        Entry::new(by.clone(), Action::CaseReassigned, source)
            .subject(&case.id)
            .detail(json!({ "from": from, "to": to.as_str() })),
    )
    .await?;
    tx.commit().await?;
    revoke_lapsed(db, by, source).await?;
    case.facilitator_id = to.to_string();
    case.key_rotation_due = true;
    rotate_if_due(db, by, case, ring, source).await
}

/// Wraps the open case key to anyone who should hold it but has no grant for their current
/// key. Costs two reads when nothing is missing.
pub async fn renew_grants(
    db: &Database,
    by: &CurrentUser,
    case: &CaseRow,
    key: &Keyring,
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
    let grants = wrap_ring_all(key, &missing)?;
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
