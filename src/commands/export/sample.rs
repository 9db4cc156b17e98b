//! An export filled with given text in every free-text place, rendered as the readable HTML
//! copy: the fuzz targets and property tests use it (through [`crate::fuzzing`]) to show that
//! no text a practitioner or a person types can break out of its element or attribute.
//!
//! It renders with the real template and the real view code ([`super::html::render_with`]); only
//! the data is made up. It must never be used to write a real export, and it reads no
//! database and no key.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::{
    AmendmentExport, CaseExport, CommentExport, ConcernExport, Export, FormulationExport, Person,
    SecondRatingExport, SessionExport, SharingExport,
};
use crate::cases::{Details, Setting};
use crate::formulations::document::{FactorEntry, FormulationDoc, OtherFactor, Review};
use crate::i18n::Lang;
use crate::sessions::gate::{Snapshot, SnapshotLine};
use crate::sessions::notes::{Closing, Engagement, Evidence, Plan, SessionNotes};
use crate::sharing::{Disclosure, LegalBasis, RecordKind};
use crate::toolkit::Toolkit;

/// Renders one case whose every free-text field (names, notes, comments, evidence, ids,
/// statuses, stored dates, the organisation, staff names) takes the next of `texts` in turn
/// (cycling; a single empty text when `texts` is empty).
pub(crate) fn render(texts: &[String], lang: Lang) -> Result<String, askama::Error> {
    let fallback = [String::new()];
    let texts = if texts.is_empty() {
        &fallback[..]
    } else {
        texts
    };
    let mut next = texts.iter().cycle().cloned();
    let mut t = move || next.next().unwrap_or_default();
    let day = NaiveDate::from_ymd_opt(2026, 3, 14).unwrap_or_default();
    let entry = |t: &mut dyn FnMut() -> String| FactorEntry {
        rating: Some(t()),
        evidence: t(),
        sources: t(),
        sessions: vec![t()],
    };
    let notes = SessionNotes {
        plan: Plan {
            place: t(),
            checklist: vec![t()],
            safety: t(),
        },
        stages: [(t(), t()), ("check-in".to_owned(), t())].into(),
        closing: Some(Closing {
            summary: t(),
            engagement: Engagement::ALL[0],
            actions: t(),
            next_session_on: Some(day),
            evidence: vec![Evidence {
                factor: t(),
                note: t(),
            }],
        }),
        changed: Default::default(),
    };
    let session = SessionExport {
        id: t(),
        module: t(),
        status: t(),
        planned_on: Some(t()),
        started_at: Some(t()),
        closed_at: Some(t()),
        submitted_at: Some(t()),
        signed_off_at: Some(t()),
        signed_off_by: Some(t()),
        toolkit_version: t(),
        toolkit_hash: t(),
        training_snapshot: Some(Snapshot {
            checked_on: day,
            allowed: true,
            overridden: false,
            requirements: vec![SnapshotLine {
                requirement: t(),
                status: t(),
                valid_until: Some(day),
            }],
        }),
        notes,
        amendments: vec![AmendmentExport {
            author: t(),
            created_at: t(),
            text: t(),
        }],
        review_comments: ["comment", "return"]
            .into_iter()
            .map(|kind| CommentExport {
                id: t(),
                author: t(),
                created_at: t(),
                stage: Some(t()),
                kind: kind.to_owned(),
                text: t(),
            })
            .collect(),
    };
    let document = FormulationDoc {
        factors: [(t(), entry(&mut t)), ("e-status".to_owned(), entry(&mut t))].into(),
        other: vec![OtherFactor {
            id: t(),
            name: t(),
            strength: false,
            entry: entry(&mut t),
        }],
        domains: [(t(), t())].into(),
        summary: t(),
        management_plan: t(),
        changes: t(),
        reviews: [true, false]
            .into_iter()
            .map(|signed_off| Review {
                by: t(),
                at: t(),
                signed_off,
                comment: t(),
            })
            .collect(),
        changed: Default::default(),
    };
    let formulation = FormulationExport {
        id: t(),
        number: 1,
        status: t(),
        based_on: Some(t()),
        based_on_number: Some(1),
        created_at: t(),
        updated_at: t(),
        submitted_at: Some(t()),
        signed_off_at: Some(t()),
        signed_off_by: Some(t()),
        toolkit_version: t(),
        toolkit_hash: t(),
        document,
        second_rating: Some({
            // One factor, rated by both, so the page shows the comparison.
            let factor = t();
            SecondRatingExport {
                id: t(),
                rater: t(),
                status: t(),
                started_at: t(),
                submitted_at: Some(t()),
                ratings: [(factor.clone(), t())].into(),
                facilitator_ratings: [(factor, t())].into(),
            }
        }),
    };
    let sharing = SharingExport {
        id: t(),
        kind: t(),
        shared_on: t(),
        recorded_by: t(),
        recorded_at: t(),
        record: Disclosure {
            kind: RecordKind::Disclosure,
            shared_on: day,
            recipient: t(),
            agency: t(),
            basis: LegalBasis::Other,
            basis_other: t(),
            what: t(),
            decided_by: t(),
            summary: None,
        },
    };
    let concern = ConcernExport {
        raised_by: t(),
        raised_at: t(),
        session: Some(t()),
        stage: Some(t()),
        status: t(),
        acknowledged_by: Some(t()),
        acknowledged_at: Some(t()),
        what: t(),
        action_taken: t(),
    };
    let case = CaseExport {
        reference: t(),
        status: t(),
        opened_at: t(),
        closed_at: Some(t()),
        facilitator: Person {
            id: t(),
            name: t(),
            email: t(),
        },
        details: Details {
            name: t(),
            date_of_birth: day,
            number: t(),
            setting: Setting::Custody,
        },
        sessions: vec![session],
        concerns: vec![concern],
        formulations: vec![formulation],
        sharing: vec![sharing],
    };
    let export = Export {
        format: "dialogues-export-1",
        exported_at: t(),
        organisation: t(),
        cases: vec![case],
    };
    // Staff names are typed by administrators: they are text like any other.
    let names: HashMap<String, String> = (0..texts.len()).map(|_| (t(), t())).collect();
    static TOOLKIT: OnceLock<Option<Toolkit>> = OnceLock::new();
    let toolkit = TOOLKIT.get_or_init(|| Toolkit::builtin().ok());
    super::html::render_with(
        &export,
        &names,
        lang,
        toolkit.as_ref().map(|t| t.content(lang)),
    )
}
