//! A session's notes: one document holding the plan, every stage's notes and the closing
//! record, sealed as one age ciphertext so a page costs one decryption.
//!
//! Each section remembers the document version at which it last changed. An edit names the
//! version the editor started from; if its section changed since, the edit is a conflict and
//! nothing is overwritten. Two tabs on different stages do not conflict; two tabs on the same
//! stage do.
//!
//! Pure data and rules: no database, no keys.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Longest text one notes box accepts, in characters (about eight pages of typing).
pub const MAX_NOTE_CHARS: usize = 20_000;

/// The record kind sealed inside a session's ciphertext.
pub const KIND: &str = "session-notes";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionNotes {
    pub plan: Plan,
    /// Stage id → notes.
    pub stages: BTreeMap<String, String>,
    pub closing: Option<Closing>,
    /// Section → the version at which it last changed.
    pub changed: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub place: String,
    /// The ids of the checklist items ticked (`prep-N` for the module's preparation, `safety-N`
    /// for the facilitator's own safety).
    pub checklist: Vec<String>,
    /// The facilitator's own safety arrangements, in their words.
    pub safety: String,
}

/// How the person took part, in the facilitator's judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Engagement {
    Engaged,
    Partly,
    Guarded,
    Declined,
}

impl Engagement {
    pub const ALL: [Engagement; 4] = [
        Engagement::Engaged,
        Engagement::Partly,
        Engagement::Guarded,
        Engagement::Declined,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Engagement::Engaged => "engaged",
            Engagement::Partly => "partly",
            Engagement::Guarded => "guarded",
            Engagement::Declined => "declined",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.id() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Engagement::Engaged => "engagement-engaged",
            Engagement::Partly => "engagement-partly",
            Engagement::Guarded => "engagement-guarded",
            Engagement::Declined => "engagement-declined",
        }
    }
}

/// What heard in the session is evidence for a formulation factor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub factor: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closing {
    pub summary: String,
    pub engagement: Engagement,
    pub actions: String,
    pub next_session_on: Option<NaiveDate>,
    pub evidence: Vec<Evidence>,
}

/// A part of the document that is edited on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    Plan,
    Stage(String),
    Closing,
}

impl Section {
    pub fn key(&self) -> String {
        match self {
            Section::Plan => "plan".to_owned(),
            Section::Stage(id) => format!("stage:{id}"),
            Section::Closing => "closing".to_owned(),
        }
    }
}

pub use crate::sections::Conflict;

impl SessionNotes {
    /// Applies an edit made from `base_version` as version `new_version`, unless the section
    /// changed after `base_version`. An edit that changes nothing is still accepted.
    pub fn edit(
        &mut self,
        section: &Section,
        base_version: i64,
        new_version: i64,
        apply: impl FnOnce(&mut SessionNotes),
    ) -> Result<(), Conflict> {
        crate::sections::claim(&mut self.changed, section.key(), base_version, new_version)?;
        apply(self);
        Ok(())
    }

    pub fn stage(&self, id: &str) -> &str {
        self.stages.get(id).map(String::as_str).unwrap_or_default()
    }
}

/// Checks one notes box: its length in characters.
pub fn check_length(text: &str) -> Result<(), &'static str> {
    if text.chars().count() > MAX_NOTE_CHARS {
        Err("notes-problem-too-long")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn different_sections_never_conflict_and_the_same_section_does() {
        let mut notes = SessionNotes::default();
        // Tabs A and B both load version 1.
        notes
            .edit(&Section::Stage("a".into()), 1, 2, |n| {
                n.stages.insert("a".into(), "from tab A".into());
            })
            .unwrap();
        notes
            .edit(&Section::Stage("b".into()), 1, 3, |n| {
                n.stages.insert("b".into(), "from tab B".into());
            })
            .unwrap();
        let conflict = notes
            .edit(&Section::Stage("a".into()), 1, 4, |n| {
                n.stages.insert("a".into(), "tab B overwrites".into());
            })
            .unwrap_err();
        assert_eq!(conflict.changed_at_version, 2);
        assert_eq!(notes.stage("a"), "from tab A");
        // Tab A carries on from its own save.
        notes
            .edit(&Section::Stage("a".into()), 2, 5, |n| {
                n.stages.insert("a".into(), "tab A again".into());
            })
            .unwrap();
        assert_eq!(notes.stage("a"), "tab A again");
    }

    #[test]
    fn notes_have_a_stated_limit_in_characters_not_bytes() {
        assert!(check_length(&"é".repeat(MAX_NOTE_CHARS)).is_ok());
        assert_eq!(
            check_length(&"a".repeat(MAX_NOTE_CHARS + 1)),
            Err("notes-problem-too-long")
        );
    }
}
