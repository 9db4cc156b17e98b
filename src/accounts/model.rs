//! The account domain's types, each parsed once from outside input: an [`Email`], a
//! [`PersonName`], a [`Role`], a [`UserId`]. Handlers and commands receive these, never raw
//! strings, so a bad value is refused at the edge with a message saying what to do.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What is wrong with a value someone typed. Each variant has a message in the catalogues
/// (`accounts-problem-…`) and a sentence for the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FieldProblem {
    #[error("enter an email address")]
    EmailMissing,
    #[error("enter an email address in the right format, like name@example.org")]
    EmailFormat,
    #[error("enter the person's full name")]
    NameMissing,
    #[error("the name must be 100 characters or fewer")]
    NameTooLong,
    #[error("choose a role: facilitator, supervisor, training-manager or administrator")]
    RoleUnknown,
    #[error("choose at least one role")]
    RoleMissing,
}

impl FieldProblem {
    /// The catalogue key of the message shown beside the field.
    pub fn message_key(self) -> &'static str {
        match self {
            FieldProblem::EmailMissing => "accounts-problem-email-missing",
            FieldProblem::EmailFormat => "accounts-problem-email-format",
            FieldProblem::NameMissing => "accounts-problem-name-missing",
            FieldProblem::NameTooLong => "accounts-problem-name-too-long",
            FieldProblem::RoleUnknown => "accounts-problem-role-unknown",
            FieldProblem::RoleMissing => "accounts-problem-role-missing",
        }
    }
}

/// A work email address, trimmed and lower-cased, used to sign in. Deliberately loose (intranet
/// domains may have no dot) but never empty, never with spaces, exactly one `@`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, FieldProblem> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(FieldProblem::EmailMissing);
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(FieldProblem::EmailFormat);
        };
        let well_formed = !local.is_empty()
            && !domain.is_empty()
            && !domain.contains('@')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if well_formed {
            Ok(Self(email))
        } else {
            Err(FieldProblem::EmailFormat)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A member of staff's name as they want it shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(input: &str) -> Result<Self, FieldProblem> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            Err(FieldProblem::NameMissing)
        } else if name.chars().count() > Self::MAX_CHARS {
            Err(FieldProblem::NameTooLong)
        } else {
            Ok(Self(name))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a person may do. One person can hold several roles. Everyone can use the applied
/// refresher, so "learner" is not a role to grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Facilitator,
    Supervisor,
    TrainingManager,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Facilitator,
        Role::Supervisor,
        Role::TrainingManager,
        Role::Administrator,
    ];

    /// The stored and command-line spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Facilitator => "facilitator",
            Role::Supervisor => "supervisor",
            Role::TrainingManager => "training-manager",
            Role::Administrator => "administrator",
        }
    }

    /// The catalogue key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Facilitator => "role-facilitator",
            Role::Supervisor => "role-supervisor",
            Role::TrainingManager => "role-training-manager",
            Role::Administrator => "role-administrator",
        }
    }
}

impl FromStr for Role {
    type Err = FieldProblem;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or(FieldProblem::RoleUnknown)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of roles, never empty once parsed, kept in a stable order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roles(Vec<Role>);

impl Roles {
    /// Parses role names; refuses an unknown name and an empty list.
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, FieldProblem> {
        let roles = names
            .into_iter()
            .filter(|n| !n.trim().is_empty())
            .map(str::parse)
            .collect::<Result<Vec<Role>, _>>()?;
        let roles = Self::from_iter(roles);
        if roles.0.is_empty() {
            Err(FieldProblem::RoleMissing)
        } else {
            Ok(roles)
        }
    }

    pub fn contains(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Role names for the audit log.
    pub fn names(&self) -> Vec<&'static str> {
        self.0.iter().map(|r| r.as_str()).collect()
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<I: IntoIterator<Item = Role>>(iter: I) -> Self {
        let mut roles: Vec<Role> = iter.into_iter().collect();
        roles.sort();
        roles.dedup();
        Self(roles)
    }
}

/// A user's id: a random UUID, so ids in URLs reveal nothing about order or count.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UserId(String);

impl UserId {
    pub fn new_random() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }

    /// Parses an id from a URL; anything not shaped like one of ours is `None` (a 404).
    pub fn parse(input: &str) -> Option<Self> {
        uuid::Uuid::parse_str(input)
            .ok()
            .map(|u| Self(u.hyphenated().to_string()))
    }

    /// Wraps an id read back from the database.
    pub(crate) fn from_db(id: String) -> Self {
        Self(id)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Sam.Jones@Probation.Example ")
                .unwrap()
                .as_str(),
            "sam.jones@probation.example"
        );
        assert_eq!(Email::parse("a@intranet").unwrap().as_str(), "a@intranet");
        assert_eq!(Email::parse("  "), Err(FieldProblem::EmailMissing));
        for bad in [
            "sam",
            "@x.org",
            "sam@",
            "a@b@c",
            "sam jones@x.org",
            "a@.x",
            "a@x.",
        ] {
            assert_eq!(Email::parse(bad), Err(FieldProblem::EmailFormat), "{bad}");
        }
    }

    #[test]
    fn names_are_tidied_and_limited() {
        assert_eq!(
            PersonName::parse("  Sam   Jones ").unwrap().as_str(),
            "Sam Jones"
        );
        assert_eq!(PersonName::parse(""), Err(FieldProblem::NameMissing));
        assert_eq!(
            PersonName::parse(&"a".repeat(101)),
            Err(FieldProblem::NameTooLong)
        );
    }

    #[test]
    fn roles_parse_dedupe_and_refuse_unknown_or_none() {
        let roles = Roles::parse(["supervisor", "facilitator", "supervisor"]).unwrap();
        assert_eq!(roles.names(), vec!["facilitator", "supervisor"]);
        assert_eq!(Roles::parse(["boss"]), Err(FieldProblem::RoleUnknown));
        assert_eq!(
            Roles::parse(Vec::<&str>::new()),
            Err(FieldProblem::RoleMissing)
        );
    }

    #[test]
    fn user_ids_from_urls_must_look_like_ours() {
        let id = UserId::new_random();
        assert_eq!(UserId::parse(id.as_str()), Some(id));
        assert_eq!(UserId::parse("1"), None);
        assert_eq!(UserId::parse("../etc"), None);
    }
}
