//! "Returned to you": the facilitator's own queue on the start page. Their sessions and
//! formulation versions that a supervisor returned for changes, oldest first, each with the
//! supervisor's reason and a link to the record.
//!
//! The reasons are protected content (sealed to each case key), so each case with returned work
//! is opened through [`crate::cases::open_case`], which records the read (`returned-work`) in the
//! audit chain before the page is shown. A case whose key this person does not hold yet (their
//! key was reset) is listed without its reason.

use sqlx::SqlitePool;

use crate::auth::CurrentUser;
use crate::cases::pages::date_words;
use crate::cases::{self, OpenCase, OpenError, ReadReason};
use crate::i18n::Lang;
use crate::sessions::{self, store as session_store};
use crate::web::AppState;
use crate::web::error::AppError;

/// One returned record, as the start page lists it.
pub struct ReturnedItem {
    pub link: String,
    pub reference: String,
    /// The module's title, or the formulation version.
    pub what: String,
    /// When it was returned, in words.
    pub when: String,
    /// The supervisor's reason; `None` when the case cannot be opened with this person's key.
    pub reason: Option<String>,
    /// How many review comments go with it (read on the record itself).
    pub comments: usize,
    /// The stored time, for ordering.
    since: String,
}

/// A formulation version returned for changes on a case this person holds:
/// (case id, case reference, number, last changed).
async fn returned_formulations(
    pool: &SqlitePool,
    facilitator_id: &str,
) -> Result<Vec<(String, String, i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.reference, f.number, f.updated_at
         FROM formulations f
         JOIN cases c ON c.id = f.case_id
         WHERE c.facilitator_id = ? AND f.status = 'returned'
         ORDER BY f.updated_at, f.number",
    )
    .bind(facilitator_id)
    .fetch_all(pool)
    .await
}

/// Opens one of this person's own cases to read the reasons, once per case. `None` when their
/// key does not open it yet, or it is no longer theirs.
async fn open_own(
    state: &AppState,
    user: &CurrentUser,
    case_id: &str,
    source: &str,
) -> Result<Option<OpenCase>, AppError> {
    let Some(case) = cases::store::by_id(state.db.reader(), case_id).await? else {
        return Ok(None);
    };
    let Some(visible) = cases::visible_as(state, user, case)
        .await?
        .filter(|v| v.reason == ReadReason::Assignment)
    else {
        return Ok(None);
    };
    match cases::open_case(state, user, visible, "returned-work", source).await {
        Ok(open) => Ok(Some(open)),
        Err(OpenError::NoKey | OpenError::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Everything returned to `user` for changes, oldest return first. Empty for anyone with
/// nothing returned.
pub async fn returned_to(
    state: &AppState,
    lang: Lang,
    user: &CurrentUser,
    source: &str,
) -> Result<Vec<ReturnedItem>, AppError> {
    let pool = state.db.reader();
    let returned_sessions = session_store::returned_to(pool, user.id.as_str()).await?;
    let returned_formulations = returned_formulations(pool, user.id.as_str()).await?;
    if returned_sessions.is_empty() && returned_formulations.is_empty() {
        return Ok(Vec::new());
    }
    let content = state.toolkit.content(lang);
    let mut opened: Vec<(String, Option<OpenCase>)> = Vec::new();
    let mut items = Vec::new();
    for s in returned_sessions {
        if !opened.iter().any(|(id, _)| *id == s.case_id) {
            let open = open_own(state, user, &s.case_id, source).await?;
            opened.push((s.case_id.clone(), open));
        }
        let open = opened
            .iter()
            .find(|(id, _)| *id == s.case_id)
            .and_then(|(_, o)| o.as_ref());
        let reason = match open {
            Some(open) => match session_store::latest_return(pool, &s.id).await? {
                Some(row) => Some(
                    sessions::open_comment(&row, &open.key)
                        .map_err(|e| AppError::Internal(format!("returned session: {e}")))?
                        .text,
                ),
                None => None,
            },
            None => None,
        };
        items.push(ReturnedItem {
            link: format!("/sessions/{}#returned", s.id),
            reference: s.reference,
            what: content
                .modules
                .iter()
                .find(|m| m.id.get_ref() == &s.module_id)
                .map_or_else(|| s.module_id.clone(), |m| m.title.clone()),
            when: date_words(lang, Some(&s.returned_at)),
            reason,
            comments: usize::try_from(session_store::comment_count(pool, &s.id).await?)
                .unwrap_or(0),
            since: s.returned_at,
        });
    }
    for (case_id, reference, number, updated_at) in returned_formulations {
        if !opened.iter().any(|(id, _)| *id == case_id) {
            let open = open_own(state, user, &case_id, source).await?;
            opened.push((case_id.clone(), open));
        }
        let open = opened
            .iter()
            .find(|(id, _)| *id == case_id)
            .and_then(|(_, o)| o.as_ref());
        let mut since = updated_at;
        let mut reason = None;
        if let Some(open) = open
            && let Some(row) = crate::formulations::store::by_number(pool, &case_id, number).await?
        {
            let doc = crate::formulations::open_doc(&row, &open.key)
                .map_err(|e| AppError::Internal(format!("returned formulation: {e}")))?;
            if let Some(r) = doc.last_return() {
                since = r.at.clone();
                reason = Some(r.comment.clone());
            }
        }
        items.push(ReturnedItem {
            link: format!("/cases/{reference}/formulation/{number}#returned"),
            reference,
            what: lang.t1("formulation-version-title", "number", &number.to_string()),
            when: date_words(lang, Some(&since)),
            reason,
            comments: 0,
            since,
        });
    }
    items.sort_by(|a, b| a.since.cmp(&b.since));
    Ok(items)
}
