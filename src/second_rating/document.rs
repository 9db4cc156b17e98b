//! A blind second rating as it is sealed: the supervisor's rating of each framework factor and,
//! once submitted, a copy of the facilitator's ratings they were compared with (so the figures
//! stay as they were when both first saw them, whatever happens to the version afterwards).
//!
//! Pure data and rules: no database, no keys. It must never add ratings up into a score for
//! the person: the only arithmetic on it is agreement between the two raters, in
//! `calibration::results`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The record kind sealed inside a second rating's ciphertext.
pub const KIND: &str = "second-rating";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondRatingDoc {
    /// The formulation version rated (its row id and number), checked after every open so a
    /// ciphertext moved to another version's row is refused.
    pub formulation_id: String,
    pub formulation_number: i64,
    /// Framework factor id → the supervisor's scale point id.
    pub ratings: BTreeMap<String, String>,
    /// Framework factor id → the facilitator's scale point id, copied at submission; empty
    /// until then.
    pub facilitator: BTreeMap<String, String>,
    /// Section key (`domain:<id>`) → the version at which it last changed (two tabs).
    pub changed: BTreeMap<String, i64>,
}

/// The section key of one domain's page.
pub fn domain_section(domain_id: &str) -> String {
    format!("domain:{domain_id}")
}

impl SecondRatingDoc {
    pub fn new(formulation_id: &str, formulation_number: i64) -> Self {
        SecondRatingDoc {
            formulation_id: formulation_id.to_owned(),
            formulation_number,
            ..SecondRatingDoc::default()
        }
    }

    /// Sets the ratings given on one domain's page, made from `base_version`, as
    /// `new_version`; refused (nothing changed) if that page was saved elsewhere since.
    /// `given` holds only valid scale ids; a factor not in it keeps its earlier rating.
    pub fn rate_domain(
        &mut self,
        domain_id: &str,
        base_version: i64,
        new_version: i64,
        given: &[(String, String)],
    ) -> Result<(), crate::sections::Conflict> {
        crate::sections::claim(
            &mut self.changed,
            domain_section(domain_id),
            base_version,
            new_version,
        )?;
        for (factor, rating) in given {
            self.ratings.insert(factor.clone(), rating.clone());
        }
        Ok(())
    }

    /// The factors of `factors` not yet rated, in the order given.
    pub fn missing<'a>(&self, factors: &[&'a str]) -> Vec<&'a str> {
        factors
            .iter()
            .copied()
            .filter(|f| !self.ratings.contains_key(*f))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(f, r)| (f.to_string(), r.to_string()))
            .collect()
    }

    #[test]
    fn a_domain_saved_from_an_older_page_is_a_conflict_and_changes_nothing() {
        let mut doc = SecondRatingDoc::new("f1", 1);
        doc.rate_domain("intent", 1, 2, &given(&[("i-us-them", "partly-present")]))
            .unwrap();
        let refused = doc.rate_domain("intent", 1, 3, &given(&[("i-us-them", "not-present")]));
        assert!(refused.is_err());
        assert_eq!(doc.ratings["i-us-them"], "partly-present");
        // Another domain from the same old page is not a conflict.
        doc.rate_domain(
            "engagement",
            1,
            3,
            &given(&[("e-grievance", "not-present")]),
        )
        .unwrap();
        assert_eq!(doc.ratings.len(), 2);
    }

    #[test]
    fn missing_lists_unrated_factors_in_order_and_a_partial_page_keeps_earlier_ratings() {
        let mut doc = SecondRatingDoc::new("f1", 1);
        doc.rate_domain("d", 1, 2, &given(&[("a", "x"), ("b", "y")]))
            .unwrap();
        doc.rate_domain("d", 2, 3, &given(&[("b", "z")])).unwrap();
        assert_eq!(doc.ratings["a"], "x");
        assert_eq!(doc.ratings["b"], "z");
        assert_eq!(doc.missing(&["c", "a", "d"]), ["c", "d"]);
    }
}
