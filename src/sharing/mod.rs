//! The information-sharing log: each disclosure of a case's information to another agency
//! (recipient, agency, legal basis, what was shared, the date, who decided), and each
//! multi-agency summary produced for a meeting, with the sections exactly as they were shared.
//!
//! Each record is one age document sealed to the case key. Its binding (kind, record id, case
//! id, author) is checked by [`crate::crypto::open`], and the record's own kind and date, which
//! also sit in plaintext columns for listing, are sealed inside and checked after opening, so a
//! ciphertext moved to another row or case is refused. Records are never changed (a trigger
//! refuses it): a correction is a new record. Only the case's holders (its facilitator and
//! their supervisors) record or read them; every read goes through [`crate::cases::open_case`]
//! and is audited, and every record is audited when it is written.
//!
//! This module must never put what was shared, the recipient or the legal basis anywhere but
//! the sealed record: not in a log, an audit entry, an error or a URL.

pub mod pages;
pub mod store;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::accounts::ChangedBy;
use crate::audit::{self, Action, Entry};
use crate::cases::{OpenCase, OpenError, concerns};
use crate::crypto::{self, Binding, CryptoError, Keyring};
use crate::db::Database;
use crate::web::error::AppError;
use store::SharingRow;

/// The record kind sealed inside every sharing record.
pub const KIND: &str = "sharing-record";

/// Longest recipient, agency or decision-maker, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest description of what was shared, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest description of an "other" legal basis, in characters.
pub const MAX_BASIS_CHARS: usize = 2_000;
/// How many of the latest sessions' closing summaries a multi-agency summary can include.
pub const RECENT_SESSIONS: usize = 5;

/// Why something in the sharing log failed. Becomes a page in one place (`From` below).
#[derive(Debug, thiserror::Error)]
pub enum SharingError {
    #[error("{0}")]
    Open(#[from] OpenError),
    #[error("{0}")]
    Crypto(#[from] CryptoError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

impl From<SharingError> for AppError {
    fn from(e: SharingError) -> Self {
        match e {
            SharingError::Open(open) => open.into(),
            SharingError::Crypto(c) => AppError::Internal(format!("sharing record: {c}")),
            SharingError::Database(d) => AppError::database("sharing", d),
        }
    }
}

/// A record of a disclosure typed by hand, or of a multi-agency summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    Disclosure,
    Summary,
}

impl RecordKind {
    pub fn id(self) -> &'static str {
        match self {
            RecordKind::Disclosure => "disclosure",
            RecordKind::Summary => "summary",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            RecordKind::Disclosure => "sharing-kind-disclosure",
            RecordKind::Summary => "sharing-kind-summary",
        }
    }
}

/// The lawful basis for sharing, in plain words; `Other` is described in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegalBasis {
    Consent,
    PublicTask,
    Crime,
    Safeguarding,
    CourtOrder,
    Other,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::PublicTask,
        LegalBasis::Crime,
        LegalBasis::Safeguarding,
        LegalBasis::CourtOrder,
        LegalBasis::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::PublicTask => "public-task",
            LegalBasis::Crime => "crime",
            LegalBasis::Safeguarding => "safeguarding",
            LegalBasis::CourtOrder => "court-order",
            LegalBasis::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.id() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            LegalBasis::Consent => "sharing-basis-consent",
            LegalBasis::PublicTask => "sharing-basis-public-task",
            LegalBasis::Crime => "sharing-basis-crime",
            LegalBasis::Safeguarding => "sharing-basis-safeguarding",
            LegalBasis::CourtOrder => "sharing-basis-court-order",
            LegalBasis::Other => "sharing-basis-other",
        }
    }
}

/// A part of a case a multi-agency summary may include.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Formulation,
    ManagementPlan,
    Sessions,
    Concerns,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Formulation,
        Section::ManagementPlan,
        Section::Sessions,
        Section::Concerns,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Formulation => "formulation",
            Section::ManagementPlan => "management-plan",
            Section::Sessions => "sessions",
            Section::Concerns => "concerns",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Section::Formulation => "summary-section-formulation",
            Section::ManagementPlan => "summary-section-management-plan",
            Section::Sessions => "summary-section-sessions",
            Section::Concerns => "summary-section-concerns",
        }
    }

    pub fn hint_key(self) -> &'static str {
        match self {
            Section::Formulation => "summary-section-formulation-hint",
            Section::ManagementPlan => "summary-section-management-plan-hint",
            Section::Sessions => "summary-section-sessions-hint",
            Section::Concerns => "summary-section-concerns-hint",
        }
    }
}

/// What is sealed: who received what, why it was lawful, who decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disclosure {
    /// Repeats the row's kind and date, checked after opening.
    pub kind: RecordKind,
    pub shared_on: NaiveDate,
    /// The person the information went to.
    pub recipient: String,
    /// Their agency or organisation.
    pub agency: String,
    pub basis: LegalBasis,
    /// The basis in the recorder's words, when `basis` is `Other` (empty otherwise).
    pub basis_other: String,
    /// What was shared, in the recorder's words (for a summary: which sections).
    pub what: String,
    /// Who decided that it should be shared.
    pub decided_by: String,
    /// For a multi-agency summary: the sections exactly as they were shared.
    pub summary: Option<Summary>,
}

/// A multi-agency summary as it was produced. A section the facilitator did not choose is
/// `None`; a chosen section with nothing recorded yet is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub sections: Vec<Section>,
    /// Who the summary is about: every summary names the person, so the meeting knows whom
    /// it concerns.
    pub person: Option<crate::cases::Details>,
    /// The formulation version the summary and plan were taken from.
    pub formulation: Option<FormulationPart>,
    pub formulation_summary: Option<String>,
    pub management_plan: Option<String>,
    pub sessions: Option<Vec<SessionPart>>,
    pub concerns: Option<Vec<ConcernPart>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormulationPart {
    pub number: i64,
    /// The version's state when the summary was produced (`signed-off`, `draft`, …).
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionPart {
    /// The day it took place (or was planned for), `YYYY-MM-DD` or empty.
    pub date: String,
    pub module_title: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernPart {
    pub raised_at: String,
    pub open: bool,
    pub what: String,
    pub action_taken: String,
}

/// The binding a sharing record is sealed with.
pub fn binding(row: &SharingRow) -> Binding {
    Binding {
        kind: KIND.to_owned(),
        record_id: row.id.clone(),
        case_id: row.case_id.clone(),
        author_id: row.recorded_by.clone(),
        version: 1,
    }
}

/// Opens a sharing record and checks that it belongs where its row says.
pub fn open_record(row: &SharingRow, key: &Keyring) -> Result<Disclosure, CryptoError> {
    let record: Disclosure = crypto::open(&binding(row), &row.body, key)?;
    if record.kind.id() != row.kind
        || record.shared_on.format("%Y-%m-%d").to_string() != row.shared_on
    {
        return Err(CryptoError::Misplaced);
    }
    Ok(record)
}

/// Seals and saves a sharing record, with its audit entry (and, for a summary, the audit entry
/// of producing it) in the same transaction. Returns the record's id.
pub async fn record(
    db: &Database,
    by: &ChangedBy,
    recorded_by: &str,
    open: &OpenCase,
    disclosure: &Disclosure,
) -> Result<String, SharingError> {
    let mut row = SharingRow {
        id: uuid::Uuid::new_v4().to_string(),
        case_id: open.case.id.clone(),
        kind: disclosure.kind.id().to_owned(),
        shared_on: disclosure.shared_on.format("%Y-%m-%d").to_string(),
        recorded_by: recorded_by.to_owned(),
        recorded_at: crate::accounts::store::now_text(),
        body: Vec::new(),
    };
    row.body = crypto::seal(&binding(&row), disclosure, &open.case.public_key)?;
    let mut tx = db.begin_write().await?;
    store::insert(&mut tx, &row).await?;
    audit::append(
        &mut tx,
        Entry::new(by.actor.clone(), Action::SharingRecorded, &by.source)
            .subject(&row.id)
            .detail(json!({ "case": row.case_id, "kind": row.kind, "shared_on": row.shared_on })),
    )
    .await?;
    if let Some(summary) = &disclosure.summary {
        audit::append(
            &mut tx,
            Entry::new(
                by.actor.clone(),
                Action::MultiAgencySummaryProduced,
                &by.source,
            )
            .subject(&open.case.id)
            .detail(json!({
                "sharing_record": row.id,
                "sections": summary.sections.iter().map(|s| s.id()).collect::<Vec<_>>(),
            })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(row.id)
}

/// Every sharing record of a case, opened, newest first.
pub async fn of_case(
    db: &Database,
    case_id: &str,
    key: &Keyring,
) -> Result<Vec<(SharingRow, Disclosure)>, SharingError> {
    let rows = store::of_case(db.reader(), case_id).await?;
    rows.into_iter()
        .map(|row| {
            let record = open_record(&row, key)?;
            Ok((row, record))
        })
        .collect()
}

/// Takes the chosen sections of a case as they stand now, for a multi-agency summary: the
/// summary formulation and management plan of the latest signed-off formulation (else the
/// latest version, whatever its state), the closing summaries of the latest
/// [`RECENT_SESSIONS`] closed sessions, and every concern.
pub async fn snapshot(
    db: &Database,
    content: &crate::toolkit::Content,
    open: &OpenCase,
    sections: &[Section],
) -> Result<Summary, SharingError> {
    let pool = db.reader();
    let mut summary = Summary {
        sections: sections.to_vec(),
        person: Some(open.details()?),
        ..Summary::default()
    };
    let wants_formulation =
        sections.contains(&Section::Formulation) || sections.contains(&Section::ManagementPlan);
    if wants_formulation {
        let versions = crate::formulations::store::of_case(pool, &open.case.id).await?;
        let chosen = versions
            .iter()
            .rev()
            .find(|v| v.status() == crate::formulations::store::Status::SignedOff)
            .or_else(|| versions.last());
        let doc = match chosen {
            Some(row) => {
                summary.formulation = Some(FormulationPart {
                    number: row.number,
                    status: row.status.clone(),
                });
                Some(crate::formulations::open_doc(row, &open.key)?)
            }
            None => None,
        };
        if sections.contains(&Section::Formulation) {
            summary.formulation_summary =
                Some(doc.as_ref().map(|d| d.summary.clone()).unwrap_or_default());
        }
        if sections.contains(&Section::ManagementPlan) {
            summary.management_plan = Some(
                doc.as_ref()
                    .map(|d| d.management_plan.clone())
                    .unwrap_or_default(),
            );
        }
    }
    if sections.contains(&Section::Sessions) {
        let rows = crate::sessions::store::of_case(pool, &open.case.id).await?;
        let mut parts = Vec::new();
        for row in rows.iter().rev() {
            if parts.len() == RECENT_SESSIONS {
                break;
            }
            if row.status() < crate::sessions::store::Status::Closed {
                continue;
            }
            let notes = crate::sessions::open_notes(row, &open.key)?;
            let Some(closing) = notes.closing else {
                continue;
            };
            parts.push(SessionPart {
                date: row
                    .planned_on
                    .clone()
                    .or_else(|| {
                        row.started_at
                            .as_ref()
                            .map(|s| s.chars().take(10).collect())
                    })
                    .unwrap_or_default(),
                module_title: content
                    .modules
                    .iter()
                    .find(|m| m.id.get_ref() == &row.module_id)
                    .map(|m| m.title.clone())
                    .unwrap_or_else(|| row.module_id.clone()),
                summary: closing.summary,
            });
        }
        summary.sessions = Some(parts);
    }
    if sections.contains(&Section::Concerns) {
        let mut parts = Vec::new();
        for row in concerns::of_case(pool, &open.case.id).await? {
            let account = concerns::open_account(&row, &open.key)?;
            parts.push(ConcernPart {
                open: row.is_open(),
                raised_at: row.raised_at,
                what: account.what,
                action_taken: account.action_taken,
            });
        }
        summary.concerns = Some(parts);
    }
    Ok(summary)
}
