//! Cases: a facilitator's caseload, the person's identifying details (encrypted), the case key
//! and who holds it, closing and reopening, and the one door to a case's protected content.
//!
//! A case is visible to its facilitator and that facilitator's supervisors; to anyone else it
//! does not exist (404). Every read of protected content goes through [`open_case`], which
//! checks access, opens the case key from the reader's own grant and writes the read to the
//! audit chain with its reason, in that order.
//!
//! This module must never write identifying details or notes anywhere but a sealed record, and
//! never put them in a log, an audit entry, an error or a URL (the reference is pseudonymous).

pub mod concerns;
pub mod keys;
pub mod pages;
pub mod reference;
pub mod store;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::accounts::{ChangedBy, Role, UserId};
use crate::audit::{self, Action, Actor, Entry};
use crate::auth::CurrentUser;
use crate::crypto::{self, Binding, CryptoError, KeyPair, Keyring};
use crate::db::Database;
use crate::web::AppState;
use crate::web::error::AppError;

pub use store::CaseRow;

/// The record kind of a case's identifying details, sealed inside the ciphertext.
pub const DETAILS_KIND: &str = "case-details";

/// Where the person is: in prison or in the community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    Custody,
    Community,
}

impl Setting {
    pub const ALL: [Setting; 2] = [Setting::Custody, Setting::Community];

    pub fn id(self) -> &'static str {
        match self {
            Setting::Custody => "custody",
            Setting::Community => "community",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Setting::Custody => "setting-custody",
            Setting::Community => "setting-community",
        }
    }
}

/// Who the case is about. Only ever stored sealed to the case key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub name: String,
    pub date_of_birth: NaiveDate,
    /// Prison number or probation (case reference) number, as the organisation writes it.
    pub number: String,
    pub setting: Setting,
}

/// Longest name or number accepted, in characters.
pub const MAX_DETAIL_CHARS: usize = 200;

/// Why someone read a case's protected content, as the audit chain records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadReason {
    /// The case is theirs.
    Assignment,
    /// They supervise its facilitator.
    Supervision,
}

impl ReadReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ReadReason::Assignment => "assignment",
            ReadReason::Supervision => "supervision",
        }
    }
}

/// A case this person may see, and why.
#[derive(Debug, Clone)]
pub struct VisibleCase {
    pub case: CaseRow,
    pub reason: ReadReason,
}

/// A case whose key is open for this request.
pub struct OpenCase {
    pub case: CaseRow,
    pub reason: ReadReason,
    /// The case's keyring: the newest key seals, every key opens.
    pub key: Keyring,
}

/// Why a visible case could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Not theirs (or no such case): the caller answers 404.
    #[error("not found")]
    NotFound,
    /// Theirs, but no grant opens with their current key yet (new supervisor, or the key was
    /// reset): someone who holds the case key renews it by opening the case.
    #[error("no grant for this reader's key")]
    NoKey,
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<OpenError> for AppError {
    fn from(e: OpenError) -> Self {
        match e {
            OpenError::NotFound => AppError::NotFound,
            OpenError::NoKey => AppError::NoCaseKey,
            OpenError::Database(e) => AppError::database("case", e),
            other => AppError::Internal(format!("case: {other}")),
        }
    }
}

/// Finds a case by reference if `user` may see it: their own, or a supervisee's. Anything else,
/// including a reference that does not exist, is `None`.
pub async fn find_visible(
    state: &AppState,
    user: &CurrentUser,
    reference: &str,
) -> Result<Option<VisibleCase>, sqlx::Error> {
    let Some(case) = store::by_reference(state.db.reader(), reference).await? else {
        return Ok(None);
    };
    visible_as(state, user, case).await
}

/// The same check for a case already loaded (by a session's case id).
pub async fn visible_as(
    state: &AppState,
    user: &CurrentUser,
    case: CaseRow,
) -> Result<Option<VisibleCase>, sqlx::Error> {
    if case.facilitator_id == user.id.as_str() {
        return Ok(Some(VisibleCase {
            case,
            reason: ReadReason::Assignment,
        }));
    }
    let facilitator = UserId::from_db(case.facilitator_id.clone());
    if user.has(Role::Supervisor)
        && crate::accounts::store::supervises(state.db.reader(), &user.id, &facilitator).await?
    {
        return Ok(Some(VisibleCase {
            case,
            reason: ReadReason::Supervision,
        }));
    }
    Ok(None)
}

/// Opens a visible case's key for this request and records the read (what was read, and why)
/// in the audit chain. On the case page (`what` = `case`), grants missing for the facilitator
/// or a current supervisor are made while the key is open, so a new supervisor gains access the
/// next time the facilitator opens the case.
pub async fn open_case(
    state: &AppState,
    user: &CurrentUser,
    visible: VisibleCase,
    what: &str,
    source: &str,
) -> Result<OpenCase, OpenError> {
    let ring = keys::open_for(&state.db, &state.auth, user, &visible.case.id).await?;
    let mut case = visible.case;
    let actor = Actor::User(user.id.to_string());
    let key = keys::rotate_if_due(&state.db, &actor, &mut case, ring, source).await?;
    if what == "case" {
        // The case page is where every visit passes: grants are renewed there, not on each
        // session page or save.
        keys::renew_grants(&state.db, user, &case, &key, source).await?;
    }
    let key = OpenCase {
        case,
        reason: visible.reason,
        key,
    };
    record_read(state, user, &key, what, source).await?;
    Ok(key)
}

/// Opens a visible case's key to change its records without showing any (an autosave answers
/// only "saved"): the change itself is audited, not a read.
pub async fn open_case_to_write(
    state: &AppState,
    user: &CurrentUser,
    visible: VisibleCase,
) -> Result<OpenCase, OpenError> {
    let ring = keys::open_for(&state.db, &state.auth, user, &visible.case.id).await?;
    let mut case = visible.case;
    let actor = Actor::User(user.id.to_string());
    // A revocation since the page was loaded: rotate before this write is sealed.
    let key = keys::rotate_if_due(&state.db, &actor, &mut case, ring, "autosave").await?;
    Ok(OpenCase {
        case,
        reason: visible.reason,
        key,
    })
}

/// Writes the read of a case's protected content to the audit chain, durably, before anything
/// is shown (group commit: many reads share one fsync).
pub async fn record_read(
    state: &AppState,
    user: &CurrentUser,
    open: &OpenCase,
    what: &str,
    source: &str,
) -> Result<(), OpenError> {
    let visible = open;
    let entry = Entry::new(Actor::User(user.id.to_string()), Action::CaseRead, source)
        .subject(&visible.case.id)
        .detail(json!({ "reason": visible.reason.as_str(), "read": what }));
    state
        .db
        .write(move |conn| Box::pin(async move { audit::append(conn, entry).await }))
        .await?;
    Ok(())
}

/// The binding of a case's details record.
pub fn details_binding(case: &CaseRow) -> Binding {
    Binding {
        kind: DETAILS_KIND.to_owned(),
        record_id: case.id.clone(),
        case_id: case.id.clone(),
        author_id: case.facilitator_id.clone(),
        version: case.details_version,
    }
}

impl OpenCase {
    /// The person's identifying details.
    pub fn details(&self) -> Result<Details, CryptoError> {
        crypto::open(&details_binding(&self.case), &self.case.details, &self.key)
    }
}

/// Opens a new case for `facilitator`: a fresh case key wrapped to them, to each of their
/// supervisors who has a key, and to the organisation's recovery key; the details sealed to it.
/// Returns the new case's reference.
pub async fn open_new(
    db: &Database,
    by: &ChangedBy,
    facilitator: &UserId,
    details: &Details,
) -> Result<String, OpenError> {
    let key = KeyPair::generate();
    let recipients = keys::grantees_of(db, facilitator).await?;
    let grants = keys::wrap_all(&key, &recipients)?;
    let id = uuid::Uuid::new_v4().to_string();
    let now = crate::accounts::store::now_text();
    let mut tx = db.begin_write().await?;
    let reference = store::unused_reference(&mut tx).await?;
    let row = CaseRow {
        id: id.clone(),
        reference: reference.clone(),
        facilitator_id: facilitator.to_string(),
        status: "open".into(),
        public_key: key.recipient(),
        details: Vec::new(),
        details_version: 1,
        next_session_on: None,
        opened_at: now.clone(),
        closed_at: None,
        updated_at: now,
        key_rotation_due: false,
    };
    let sealed = crypto::seal(&details_binding(&row), details, &row.public_key)?;
    store::insert(&mut tx, &row, &sealed).await?;
    for grant in &grants {
        store::put_grant(&mut tx, &id, grant).await?;
    }
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::CaseOpened, &by.source)
            .subject(&id)
            .detail(json!({
                "reference": reference,
                "facilitator": facilitator.as_str(),
                "grantees": grants.iter().map(|g| g.grantee.as_str()).collect::<Vec<_>>(),
            })),
    )
    .await?;
    tx.commit().await?;
    Ok(reference)
}

/// Replaces a case's identifying details (a new version, sealed again).
pub async fn change_details(
    db: &Database,
    by: &ChangedBy,
    open: &OpenCase,
    details: &Details,
) -> Result<(), OpenError> {
    let mut next = open.case.clone();
    next.details_version += 1;
    let sealed = crypto::seal(&details_binding(&next), details, &next.public_key)?;
    let mut tx = db.begin_write().await?;
    let changed = store::set_details(
        &mut tx,
        &next.id,
        open.case.details_version,
        next.details_version,
        &sealed,
    )
    .await?;
    if !changed {
        return Err(OpenError::NotFound);
    }
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::CaseDetailsChanged, &by.source).subject(&next.id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Closes or reopens a case. Returns false if it was already in that state.
pub async fn set_open(
    db: &Database,
    by: &ChangedBy,
    case: &CaseRow,
    open: bool,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let changed = store::set_status(&mut tx, &case.id, open).await?;
    if changed {
        let action = if open {
            Action::CaseReopened
        } else {
            Action::CaseClosed
        };
        audit::append(
            &mut tx,
            Entry::new(by.actor.clone(), action, &by.source).subject(&case.id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Checks typed identifying details; each problem is (field, message key).
pub fn parse_details(
    name: &str,
    date_of_birth: Result<Option<NaiveDate>, &'static str>,
    number: &str,
    setting: &str,
    today: NaiveDate,
) -> Result<Details, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        problems.push(("name", "case-problem-name-missing"));
    } else if name.chars().count() > MAX_DETAIL_CHARS {
        problems.push(("name", "case-problem-name-long"));
    }
    let date_of_birth = match date_of_birth {
        Ok(Some(date)) if date > today => {
            problems.push(("date_of_birth-day", "case-problem-dob-future"));
            None
        }
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            problems.push(("date_of_birth-day", "case-problem-dob-missing"));
            None
        }
        Err(key) => {
            problems.push(("date_of_birth-day", key));
            None
        }
    };
    let number = number.trim();
    if number.is_empty() {
        problems.push(("number", "case-problem-number-missing"));
    } else if number.chars().count() > MAX_DETAIL_CHARS {
        problems.push(("number", "case-problem-number-long"));
    }
    let setting = Setting::parse(setting);
    if setting.is_none() {
        problems.push(("setting", "case-problem-setting-missing"));
    }
    match (date_of_birth, setting) {
        (Some(date_of_birth), Some(setting)) if problems.is_empty() => Ok(Details {
            name: name.to_owned(),
            date_of_birth,
            number: number.to_owned(),
            setting,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    #[test]
    fn details_parse_once_or_say_every_problem() {
        let ok = parse_details(
            " Alex Doe ",
            Ok(NaiveDate::from_ymd_opt(1990, 2, 3)),
            "A1234BC",
            "custody",
            today(),
        )
        .unwrap();
        assert_eq!(ok.name, "Alex Doe");
        assert_eq!(ok.setting, Setting::Custody);
        let problems = parse_details("", Ok(None), " ", "elsewhere", today()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                ("name", "case-problem-name-missing"),
                ("date_of_birth-day", "case-problem-dob-missing"),
                ("number", "case-problem-number-missing"),
                ("setting", "case-problem-setting-missing"),
            ]
        );
        let future = parse_details(
            "A",
            Ok(NaiveDate::from_ymd_opt(2030, 1, 1)),
            &"9".repeat(201),
            "community",
            today(),
        )
        .unwrap_err();
        assert_eq!(
            future,
            vec![
                ("date_of_birth-day", "case-problem-dob-future"),
                ("number", "case-problem-number-long"),
            ]
        );
    }
}
