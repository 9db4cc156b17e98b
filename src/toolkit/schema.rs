//! The toolkit's file formats, as serde types: one struct per kind of file, documented for
//! authors in `toolkit/README.md` (keep the two in step).
//!
//! Every struct refuses unknown keys, so a misspelt key is reported where it stands. Ids and
//! references are `Spanned`, so that the checker can point at them. This file holds no rules
//! beyond the shape of the data: the rules live in `check.rs`.

use serde::Deserialize;
use toml::Spanned;

/// `toolkit.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub id: Spanned<String>,
    pub name: String,
    pub version: String,
    pub source_language: Spanned<String>,
    pub languages: Spanned<Vec<String>>,
    pub notice: String,
    pub coverage: Coverage,
}

/// The languages each part of the toolkit must be complete in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    pub modules: Spanned<Vec<String>>,
    pub formulation: Spanned<Vec<String>>,
    pub training: Spanned<Vec<String>>,
    pub refresher: Spanned<Vec<String>>,
    pub calibration: Spanned<Vec<String>>,
}

/// `modules/NN-<id>.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: Spanned<String>,
    pub order: Spanned<u32>,
    pub title: String,
    pub summary: String,
    pub aims: Vec<String>,
    pub preparation: Vec<String>,
    pub stages: Spanned<Vec<Stage>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: Spanned<String>,
    pub title: String,
    pub minutes: Option<u32>,
    pub guidance: String,
    pub questions: Vec<String>,
    pub listen_for: Vec<String>,
    #[serde(default)]
    pub informs: Vec<Spanned<String>>,
}

/// `formulation/framework.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub guidance: String,
    pub scale: Spanned<Vec<ScalePoint>>,
    pub domains: Spanned<Vec<Domain>>,
    pub other_factors: OtherFactors,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalePoint {
    pub id: Spanned<String>,
    pub label: String,
    /// Position on the ordinal scale; absent for "not enough information".
    pub rank: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub id: Spanned<String>,
    pub name: String,
    pub description: String,
    pub file: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherFactors {
    pub allowed: bool,
    pub name: String,
    pub guidance: String,
}

/// `formulation/<domain>.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainFactors {
    pub domain: Spanned<String>,
    pub factors: Spanned<Vec<Factor>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    pub id: Spanned<String>,
    pub name: String,
    pub definition: String,
    pub prompts: Vec<String>,
    /// What indicates each rating, keyed by scale id.
    pub indicators: Spanned<toml::Table>,
}

/// `training/requirements.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub staff_groups: Vec<StaffGroup>,
    pub requirements: Vec<Requirement>,
    pub facilitation: Facilitation,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffGroup {
    pub id: Spanned<String>,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequirementKind {
    Prerequisite,
    Elearning,
    FaceToFace,
    Refresher,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub id: Spanned<String>,
    pub kind: RequirementKind,
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub staff_groups: Vec<Spanned<String>>,
    pub pass_mark: Option<Spanned<i64>>,
    pub validity_months: Option<Spanned<i64>>,
    pub due_soon_days: Option<Spanned<i64>>,
    #[serde(default)]
    pub modules: Vec<CourseModule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseModule {
    pub id: Spanned<String>,
    pub name: String,
    pub minutes: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facilitation {
    /// Every group must be met; a group is met by any one of its requirements being valid.
    pub requires: Spanned<Vec<Vec<Spanned<String>>>>,
    pub explanation: String,
}

/// `refresher/refresher.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefresherSettings {
    pub requirement: Spanned<String>,
    pub pass_mark: Spanned<i64>,
    pub scenarios_per_attempt: Spanned<u32>,
    pub questions_per_attempt: Spanned<u32>,
    pub introduction: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    Custody,
    Community,
}

/// `refresher/scenarios/<id>.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: Spanned<String>,
    pub title: String,
    pub setting: Setting,
    pub situation: String,
    pub questions: Spanned<Vec<Question>>,
}

/// `refresher/questions/<topic>.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionBank {
    pub topic: Spanned<String>,
    pub name: String,
    pub questions: Spanned<Vec<Question>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Spanned<String>,
    pub prompt: String,
    pub explanation: String,
    pub options: Spanned<Vec<AnswerOption>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub text: String,
    #[serde(default)]
    pub correct: bool,
}

/// `calibration/<id>.toml`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vignette {
    pub id: Spanned<String>,
    pub title: String,
    pub setting: Setting,
    pub summary: String,
    pub background: String,
    pub reference: Spanned<Vec<ReferenceRating>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceRating {
    pub factor: Spanned<String>,
    pub rating: Spanned<String>,
    pub rationale: String,
}

/// Keys whose values are structure, not text: a translation may leave them out, and where it
/// gives them they must equal the source. Every other string (or list of strings) is text to
/// translate.
pub const STRUCTURAL_KEYS: &[&str] = &[
    "id",
    "order",
    "minutes",
    "informs",
    "file",
    "rank",
    "allowed",
    "domain",
    "kind",
    "staff_groups",
    "pass_mark",
    "validity_months",
    "due_soon_days",
    "requires",
    "requirement",
    "scenarios_per_attempt",
    "questions_per_attempt",
    "setting",
    "correct",
    "factor",
    "rating",
    "topic",
    "version",
    "languages",
    "source_language",
    "coverage",
];
