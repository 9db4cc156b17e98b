//! Session queries. Notes arrive here already sealed; only metadata is plaintext.

use sqlx::{FromRow, SqliteConnection, SqlitePool};

use crate::accounts::store::now_text;

/// The states a session moves through, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Planned,
    InProgress,
    Closed,
    Submitted,
    SignedOff,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::InProgress,
        Status::Closed,
        Status::Submitted,
        Status::SignedOff,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in-progress",
            Status::Closed => "closed",
            Status::Submitted => "submitted",
            Status::SignedOff => "signed-off",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Status::Planned => "session-status-planned",
            Status::InProgress => "session-status-in-progress",
            Status::Closed => "session-status-closed",
            Status::Submitted => "session-status-submitted",
            Status::SignedOff => "session-status-signed-off",
        }
    }

    pub fn tag_class(self) -> &'static str {
        match self {
            Status::Planned => "govuk-tag--grey",
            Status::InProgress => "govuk-tag--light-blue",
            Status::Closed => "govuk-tag--yellow",
            Status::Submitted => "govuk-tag--purple",
            Status::SignedOff => "govuk-tag--green",
        }
    }

    /// Whether the facilitator may still change the notes directly.
    pub fn is_editable(self) -> bool {
        matches!(self, Status::Planned | Status::InProgress | Status::Closed)
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct SessionRow {
    pub id: String,
    pub case_id: String,
    pub facilitator_id: String,
    pub module_id: String,
    pub status: String,
    pub planned_on: Option<String>,
    pub current_stage: Option<String>,
    pub toolkit_version: String,
    pub toolkit_hash: String,
    pub training_snapshot: String,
    pub override_id: Option<String>,
    pub notes: Vec<u8>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub started_at: Option<String>,
    pub closed_at: Option<String>,
    pub submitted_at: Option<String>,
    pub signed_off_at: Option<String>,
    pub signed_off_by: Option<String>,
}

impl SessionRow {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Planned)
    }
}

const COLUMNS: &str = "id, case_id, facilitator_id, module_id, status, planned_on, current_stage, toolkit_version, toolkit_hash, training_snapshot, override_id, notes, version, created_at, updated_at, started_at, closed_at, submitted_at, signed_off_at, signed_off_by";

pub async fn by_id(pool: &SqlitePool, id: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM sessions WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// A session and its case, in one query: every page and save of a session needs both, and
/// each query is a round trip to a database thread.
pub async fn with_case(
    pool: &SqlitePool,
    id: &str,
) -> Result<Option<(SessionRow, crate::cases::store::CaseRow)>, sqlx::Error> {
    static QUERY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let session: Vec<String> = COLUMNS.split(", ").map(|c| format!("s.{c}")).collect();
        format!(
            "SELECT {}, {} FROM sessions s JOIN cases c ON c.id = s.case_id WHERE s.id = ?",
            session.join(", "),
            crate::cases::store::prefixed_columns()
        )
    });
    let Some(row) = sqlx::query(&QUERY).bind(id).fetch_optional(pool).await? else {
        return Ok(None);
    };
    Ok(Some((
        SessionRow::from_row(&row)?,
        crate::cases::store::case_from_prefixed(&row)?,
    )))
}

/// A case's sessions, oldest first.
pub async fn of_case(pool: &SqlitePool, case_id: &str) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sessions WHERE case_id = ? ORDER BY created_at, id"
    ))
    .bind(case_id)
    .fetch_all(pool)
    .await
}

pub async fn insert(conn: &mut SqliteConnection, row: &SessionRow) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "INSERT INTO sessions ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    ))
    .bind(&row.id)
    .bind(&row.case_id)
    .bind(&row.facilitator_id)
    .bind(&row.module_id)
    .bind(&row.status)
    .bind(&row.planned_on)
    .bind(&row.current_stage)
    .bind(&row.toolkit_version)
    .bind(&row.toolkit_hash)
    .bind(&row.training_snapshot)
    .bind(&row.override_id)
    .bind(&row.notes)
    .bind(row.version)
    .bind(&row.created_at)
    .bind(&row.updated_at)
    .bind(&row.started_at)
    .bind(&row.closed_at)
    .bind(&row.submitted_at)
    .bind(&row.signed_off_at)
    .bind(&row.signed_off_by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes a new version of the notes, with the metadata that goes with it, if the row is still
/// at `from_version`; false if another write came first (the caller reads again and retries).
pub async fn write_notes(
    conn: &mut SqliteConnection,
    row: &SessionRow,
    from_version: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE sessions SET notes = ?, version = ?, status = ?, planned_on = ?, current_stage = ?,
                started_at = ?, closed_at = ?, training_snapshot = ?, updated_at = ?
         WHERE id = ? AND version = ?",
    )
    .bind(&row.notes)
    .bind(row.version)
    .bind(&row.status)
    .bind(&row.planned_on)
    .bind(&row.current_stage)
    .bind(&row.started_at)
    .bind(&row.closed_at)
    .bind(&row.training_snapshot)
    .bind(now_text())
    .bind(&row.id)
    .bind(from_version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone, FromRow)]
pub struct AmendmentRow {
    pub id: String,
    pub session_id: String,
    pub author_id: String,
    pub created_at: String,
    pub body: Vec<u8>,
}

pub async fn amendments_of(
    pool: &SqlitePool,
    session_id: &str,
) -> Result<Vec<AmendmentRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, session_id, author_id, created_at, body FROM session_amendments WHERE session_id = ? ORDER BY created_at, id",
    )
    .bind(session_id)
    .fetch_all(pool)
    .await
}

pub async fn insert_amendment(
    conn: &mut SqliteConnection,
    row: &AmendmentRow,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO session_amendments (id, session_id, author_id, created_at, body) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(&row.id)
    .bind(&row.session_id)
    .bind(&row.author_id)
    .bind(&row.created_at)
    .bind(&row.body)
    .execute(conn)
    .await?;
    Ok(())
}

/// An unused override for this facilitator on this case, if a supervisor gave one.
pub async fn unused_override(
    pool: &SqlitePool,
    case_id: &str,
    facilitator_id: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, reason FROM gate_overrides WHERE case_id = ? AND facilitator_id = ? AND used_by_session IS NULL ORDER BY granted_at LIMIT 1",
    )
    .bind(case_id)
    .bind(facilitator_id)
    .fetch_optional(pool)
    .await
}

pub async fn insert_override(
    conn: &mut SqliteConnection,
    id: &str,
    case_id: &str,
    facilitator_id: &str,
    granted_by: &str,
    reason: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO gate_overrides (id, case_id, facilitator_id, granted_by, reason, granted_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(case_id)
    .bind(facilitator_id)
    .bind(granted_by)
    .bind(reason)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks an override used by a session; false if another session used it first.
pub async fn use_override(
    conn: &mut SqliteConnection,
    id: &str,
    session_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE gate_overrides SET used_by_session = ? WHERE id = ? AND used_by_session IS NULL",
    )
    .bind(session_id)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The reason and author of an override, for the session page.
pub async fn override_by_id(
    pool: &SqlitePool,
    id: &str,
) -> Result<Option<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.reason, u.name, o.granted_at FROM gate_overrides o JOIN users u ON u.id = o.granted_by WHERE o.id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// Sessions awaiting review and their cases, for a supervisor's queue: (session id, case
/// reference, facilitator name, module id, submitted at).
pub async fn awaiting_review(
    pool: &SqlitePool,
    supervisor_id: &str,
) -> Result<Vec<(String, String, String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, c.reference, u.name, s.module_id, COALESCE(s.submitted_at, '')
         FROM sessions s
         JOIN cases c ON c.id = s.case_id
         JOIN users u ON u.id = s.facilitator_id
         JOIN effective_supervision v ON v.supervisee_id = s.facilitator_id AND v.supervisor_id = ?
         WHERE s.status = 'submitted'
         ORDER BY s.submitted_at",
    )
    .bind(supervisor_id)
    .fetch_all(pool)
    .await
}

// ---------------------------------------------------------------------------------------------
// Review: returns, comments, the facilitator's queue and the supervisor's dashboard

/// When a session was last returned for changes, if it is still waiting for its facilitator
/// (cleared on resubmission).
pub async fn returned_at(pool: &SqlitePool, id: &str) -> Result<Option<String>, sqlx::Error> {
    let found: Option<Option<String>> =
        sqlx::query_scalar("SELECT returned_at FROM sessions WHERE id = ?")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(found.flatten())
}

/// Writes a review step (submitted, returned, signed off): the notes sealed again at the new
/// version, the status and its dates, if the row is still at `from_version` in `from`. False
/// when someone else changed it first (nothing written).
pub async fn write_review_step(
    conn: &mut SqliteConnection,
    row: &SessionRow,
    returned_at: Option<&str>,
    from_version: i64,
    from: Status,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE sessions SET notes = ?, version = ?, status = ?, submitted_at = ?, signed_off_at = ?,
                signed_off_by = ?, returned_at = ?, updated_at = ?
         WHERE id = ? AND version = ? AND status = ?",
    )
    .bind(&row.notes)
    .bind(row.version)
    .bind(&row.status)
    .bind(&row.submitted_at)
    .bind(&row.signed_off_at)
    .bind(&row.signed_off_by)
    .bind(returned_at)
    .bind(&row.updated_at)
    .bind(&row.id)
    .bind(from_version)
    .bind(from.id())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What a review comment is: a comment, or the reason a session was returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    Comment,
    Return,
}

impl CommentKind {
    pub fn id(self) -> &'static str {
        match self {
            CommentKind::Comment => "comment",
            CommentKind::Return => "return",
        }
    }
}

/// Whether a session is in `status` now (inside the caller's write transaction).
pub async fn is_in(
    conn: &mut SqliteConnection,
    id: &str,
    status: Status,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM sessions WHERE id = ? AND status = ?")
            .bind(id)
            .bind(status.id())
            .fetch_optional(conn)
            .await?;
    Ok(found.is_some())
}

/// A supervisor's comment on a session or one of its stages; `body` is sealed.
#[derive(Debug, Clone, FromRow)]
pub struct CommentRow {
    pub id: String,
    pub case_id: String,
    pub session_id: String,
    pub stage_id: Option<String>,
    pub author_id: String,
    pub created_at: String,
    pub kind: String,
    pub body: Vec<u8>,
}

impl CommentRow {
    pub fn kind(&self) -> CommentKind {
        if self.kind == CommentKind::Return.id() {
            CommentKind::Return
        } else {
            CommentKind::Comment
        }
    }
}

pub async fn insert_comment(
    conn: &mut SqliteConnection,
    row: &CommentRow,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO review_comments (id, case_id, session_id, stage_id, author_id, created_at, kind, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&row.id)
    .bind(&row.case_id)
    .bind(&row.session_id)
    .bind(&row.stage_id)
    .bind(&row.author_id)
    .bind(&row.created_at)
    .bind(&row.kind)
    .bind(&row.body)
    .execute(conn)
    .await?;
    Ok(())
}

/// A session's review comments and return reasons, oldest first.
pub async fn comments_of(
    pool: &SqlitePool,
    session_id: &str,
) -> Result<Vec<CommentRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, case_id, session_id, stage_id, author_id, created_at, kind, body
         FROM review_comments WHERE session_id = ? ORDER BY created_at, id",
    )
    .bind(session_id)
    .fetch_all(pool)
    .await
}

/// How many review comments (not returns) a session has.
pub async fn comment_count(pool: &SqlitePool, session_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM review_comments WHERE session_id = ? AND kind = 'comment'",
    )
    .bind(session_id)
    .fetch_one(pool)
    .await
}

/// The latest return of a session (its reason is in the sealed body).
pub async fn latest_return(
    pool: &SqlitePool,
    session_id: &str,
) -> Result<Option<CommentRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, case_id, session_id, stage_id, author_id, created_at, kind, body
         FROM review_comments WHERE session_id = ? AND kind = 'return'
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(session_id)
    .fetch_optional(pool)
    .await
}

/// A session returned to its facilitator, for their start page.
#[derive(Debug, Clone, FromRow)]
pub struct ReturnedSession {
    pub id: String,
    pub case_id: String,
    pub reference: String,
    pub module_id: String,
    pub returned_at: String,
}

/// The sessions returned for changes on the cases `facilitator_id` holds, oldest return first.
pub async fn returned_to(
    pool: &SqlitePool,
    facilitator_id: &str,
) -> Result<Vec<ReturnedSession>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.case_id, c.reference, s.module_id, s.returned_at
         FROM sessions s
         JOIN cases c ON c.id = s.case_id
         WHERE c.facilitator_id = ? AND s.status = 'closed' AND s.returned_at IS NOT NULL
         ORDER BY s.returned_at, s.id",
    )
    .bind(facilitator_id)
    .fetch_all(pool)
    .await
}

/// One person a supervisor supervises (standing link or cover running today), for the
/// dashboard: counts only.
#[derive(Debug, Clone, FromRow)]
pub struct SuperviseeLine {
    pub id: String,
    pub name: String,
    pub open_cases: i64,
    pub sessions_awaiting: i64,
}

/// Everyone `supervisor_id` supervises today, by name, with their open cases and the sessions
/// they have waiting for review.
pub async fn supervisees_of(
    pool: &SqlitePool,
    supervisor_id: &str,
) -> Result<Vec<SuperviseeLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.name,
                (SELECT COUNT(*) FROM cases c WHERE c.facilitator_id = u.id AND c.status = 'open') AS open_cases,
                (SELECT COUNT(*) FROM sessions s WHERE s.facilitator_id = u.id AND s.status = 'submitted') AS sessions_awaiting
         FROM effective_supervision v
         JOIN users u ON u.id = v.supervisee_id
         WHERE v.supervisor_id = ?
         ORDER BY u.name, u.id",
    )
    .bind(supervisor_id)
    .fetch_all(pool)
    .await
}

/// One line of a session's review trail: a review comment, a return's reason or an amendment
/// (`kind` `comment`, `return` or `amendment`), with its author's name; or, with an empty body,
/// who signed the session off (`signed-off`), when it was last returned (`returned`), or who
/// its facilitator is (`facilitator`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TrailRow {
    pub kind: String,
    pub id: String,
    pub case_id: String,
    pub stage_id: Option<String>,
    pub author_id: String,
    pub author_name: String,
    pub created_at: String,
    pub body: Vec<u8>,
}

impl TrailRow {
    pub fn as_comment(&self, session_id: &str) -> CommentRow {
        CommentRow {
            id: self.id.clone(),
            case_id: self.case_id.clone(),
            session_id: session_id.to_owned(),
            stage_id: self.stage_id.clone(),
            author_id: self.author_id.clone(),
            created_at: self.created_at.clone(),
            kind: self.kind.clone(),
            body: self.body.clone(),
        }
    }

    pub fn as_amendment(&self, session_id: &str) -> AmendmentRow {
        AmendmentRow {
            id: self.id.clone(),
            session_id: session_id.to_owned(),
            author_id: self.author_id.clone(),
            created_at: self.created_at.clone(),
            body: self.body.clone(),
        }
    }
}

/// Everything the session page shows around the notes, in one query (each query is a round
/// trip to a database thread, and this page is the busiest there is): review comments, return
/// reasons and amendments with their authors' names, oldest first, then who signed it off and
/// whether it was returned, and its facilitator's name.
pub async fn trail_of(pool: &SqlitePool, session_id: &str) -> Result<Vec<TrailRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.kind AS kind, c.id AS id, c.case_id AS case_id, c.stage_id AS stage_id,
                c.author_id AS author_id, u.name AS author_name, c.created_at AS created_at,
                c.body AS body, 0 AS rank
         FROM review_comments c JOIN users u ON u.id = c.author_id
         WHERE c.session_id = ?1
         UNION ALL
         SELECT 'amendment', a.id, '', NULL, a.author_id, u.name, a.created_at, a.body, 0
         FROM session_amendments a JOIN users u ON u.id = a.author_id
         WHERE a.session_id = ?1
         UNION ALL
         SELECT 'signed-off', s.id, s.case_id, NULL, u.id, u.name, s.signed_off_at, X'', 1
         FROM sessions s JOIN users u ON u.id = s.signed_off_by
         WHERE s.id = ?1
         UNION ALL
         SELECT 'returned', s.id, s.case_id, NULL, '', '', s.returned_at, X'', 1
         FROM sessions s
         WHERE s.id = ?1 AND s.returned_at IS NOT NULL
         UNION ALL
         SELECT 'facilitator', s.id, s.case_id, NULL, u.id, u.name, '', X'', 1
         FROM sessions s JOIN users u ON u.id = s.facilitator_id
         WHERE s.id = ?1
         ORDER BY rank, created_at, id",
    )
    .bind(session_id)
    .fetch_all(pool)
    .await
}
