//! The "two tabs" rule shared by every document that is edited a section at a time (a
//! session's notes, a formulation version): each section remembers the document version at
//! which it last changed, and an edit made from an older version of that same section is a
//! conflict that overwrites nothing. Edits to other sections in between are not conflicts.
//!
//! Pure: no database, no keys.

use std::collections::BTreeMap;

/// The section was changed elsewhere after the editor loaded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub changed_at_version: i64,
}

/// Section key → the version at which it last changed.
pub type Changed = BTreeMap<String, i64>;

/// Refuses an edit of `key` made from `base_version` if the section changed after it;
/// otherwise records that it changes at `new_version`.
pub fn claim(
    changed: &mut Changed,
    key: String,
    base_version: i64,
    new_version: i64,
) -> Result<(), Conflict> {
    if let Some(&at) = changed.get(&key)
        && at > base_version
    {
        return Err(Conflict {
            changed_at_version: at,
        });
    }
    changed.insert(key, new_version);
    Ok(())
}
