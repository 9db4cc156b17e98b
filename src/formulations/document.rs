//! One version of a formulation as the facilitator writes it: a rating, evidence and sources
//! for each factor, the "other factors" they name, a judgement per domain in their own words,
//! the summary formulation, the management plan, the significant changes since the last
//! version, and the reviewers' comments. Sealed as one age ciphertext.
//!
//! There is deliberately nothing here that adds ratings up: no score, no total, no level.
//!
//! Sections follow the shared "two tabs" rule of [`crate::sections`]. Pure data and rules: no
//! database, no keys.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The record kind sealed inside a formulation's ciphertext.
pub const KIND: &str = "formulation";

/// Longest text one box accepts, in characters (as for session notes).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Longest name of an "other factor".
pub const MAX_NAME_CHARS: usize = 120;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormulationDoc {
    /// Framework factor id → what the facilitator recorded.
    pub factors: BTreeMap<String, FactorEntry>,
    /// The facilitator's own factors, in the order they were added.
    pub other: Vec<OtherFactor>,
    /// Domain id → the overall judgement for that domain.
    pub domains: BTreeMap<String, String>,
    pub summary: String,
    pub management_plan: String,
    pub changes: String,
    /// Returns and sign-offs, oldest first.
    pub reviews: Vec<Review>,
    /// Section key → the version at which it last changed.
    pub changed: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorEntry {
    /// A scale point id from the toolkit; `None` until the facilitator rates it.
    pub rating: Option<String>,
    pub evidence: String,
    pub sources: String,
    /// Sessions whose closing tagged evidence for this factor and that the facilitator cites.
    pub sessions: Vec<String>,
}

impl FactorEntry {
    pub fn is_empty(&self) -> bool {
        self.rating.is_none()
            && self.evidence.trim().is_empty()
            && self.sources.trim().is_empty()
            && self.sessions.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherFactor {
    /// `other-1`, `other-2`…: stable across revisions, so versions can be compared.
    pub id: String,
    pub name: String,
    /// Whether it adds to the concern or is a strength.
    pub strength: bool,
    pub entry: FactorEntry,
}

/// What a supervisor decided, with their comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub by: String,
    pub at: String,
    pub signed_off: bool,
    pub comment: String,
}

/// A part of the document that is edited on its own page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    Factor(String),
    Domain(String),
    Summary,
    Review,
}

impl Section {
    pub fn key(&self) -> String {
        match self {
            Section::Factor(id) => format!("factor:{id}"),
            Section::Domain(id) => format!("domain:{id}"),
            Section::Summary => "summary".to_owned(),
            Section::Review => "review".to_owned(),
        }
    }
}

pub use crate::sections::Conflict;

impl FormulationDoc {
    /// Applies an edit made from `base_version` as version `new_version`, unless the section
    /// changed after `base_version`.
    pub fn edit(
        &mut self,
        section: &Section,
        base_version: i64,
        new_version: i64,
        apply: impl FnOnce(&mut FormulationDoc),
    ) -> Result<(), Conflict> {
        crate::sections::claim(&mut self.changed, section.key(), base_version, new_version)?;
        apply(self);
        Ok(())
    }

    /// The entry for a framework factor or an "other factor" id.
    pub fn entry(&self, factor_id: &str) -> Option<&FactorEntry> {
        self.factors.get(factor_id).or_else(|| {
            self.other
                .iter()
                .find(|o| o.id == factor_id)
                .map(|o| &o.entry)
        })
    }

    /// The id the next "other factor" gets.
    pub fn next_other_id(&self) -> String {
        let highest = self
            .other
            .iter()
            .filter_map(|o| o.id.strip_prefix("other-")?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("other-{}", highest + 1)
    }

    /// The starting point of the next revision: everything the facilitator wrote, without the
    /// previous version's reviews, its "changes" section and its edit history.
    pub fn revision(&self) -> FormulationDoc {
        FormulationDoc {
            factors: self.factors.clone(),
            other: self.other.clone(),
            domains: self.domains.clone(),
            summary: self.summary.clone(),
            management_plan: self.management_plan.clone(),
            changes: String::new(),
            reviews: Vec::new(),
            changed: BTreeMap::new(),
        }
    }

    /// The latest review that returned this version, if the last decision was a return.
    pub fn last_return(&self) -> Option<&Review> {
        self.reviews.last().filter(|r| !r.signed_off)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(rating: &str) -> FactorEntry {
        FactorEntry {
            rating: Some(rating.to_owned()),
            evidence: "seen".to_owned(),
            ..FactorEntry::default()
        }
    }

    #[test]
    fn an_edit_from_an_older_version_of_the_same_section_is_refused() {
        let mut doc = FormulationDoc::default();
        let factor = Section::Factor("i-us-them".into());
        doc.edit(&factor, 1, 2, |d| {
            d.factors
                .insert("i-us-them".into(), rated("partly-present"));
        })
        .unwrap();
        let refused = doc.edit(&factor, 1, 3, |d| {
            d.factors.insert("i-us-them".into(), rated("not-present"));
        });
        assert_eq!(
            refused,
            Err(Conflict {
                changed_at_version: 2
            })
        );
        assert_eq!(
            doc.factors["i-us-them"].rating.as_deref(),
            Some("partly-present")
        );
        // Another section, edited from the same old version, is not a conflict.
        doc.edit(&Section::Summary, 1, 3, |d| d.summary = "new".into())
            .unwrap();
        assert_eq!(doc.summary, "new");
    }

    #[test]
    fn a_revision_keeps_the_writing_and_drops_reviews_changes_and_history() {
        let mut doc = FormulationDoc::default();
        doc.factors
            .insert("e-grievance".into(), rated("strongly-present"));
        doc.other.push(OtherFactor {
            id: "other-2".into(),
            name: "Debt".into(),
            strength: false,
            entry: rated("partly-present"),
        });
        doc.summary = "summary".into();
        doc.changes = "what changed".into();
        doc.reviews.push(Review {
            by: "sue".into(),
            at: "2026-01-01".into(),
            signed_off: true,
            comment: "ok".into(),
        });
        doc.changed.insert("summary".into(), 4);
        let next = doc.revision();
        assert_eq!(next.factors, doc.factors);
        assert_eq!(next.other, doc.other);
        assert_eq!(next.summary, "summary");
        assert!(next.changes.is_empty() && next.reviews.is_empty() && next.changed.is_empty());
        assert_eq!(next.next_other_id(), "other-3");
        assert_eq!(
            next.entry("other-2").unwrap().rating.as_deref(),
            Some("partly-present")
        );
    }

    #[test]
    fn only_a_return_as_the_last_decision_is_shown_as_returned() {
        let mut doc = FormulationDoc::default();
        assert!(doc.last_return().is_none());
        doc.reviews.push(Review {
            by: "sue".into(),
            at: "t".into(),
            signed_off: false,
            comment: "more evidence please".into(),
        });
        assert_eq!(doc.last_return().unwrap().comment, "more evidence please");
        doc.reviews.push(Review {
            by: "sue".into(),
            at: "t2".into(),
            signed_off: true,
            comment: String::new(),
        });
        assert!(doc.last_return().is_none());
    }
}
