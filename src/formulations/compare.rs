//! Two versions of a formulation side by side: every factor's rating, evidence and sources, each
//! domain's judgement, the summary, the management plan and the changes section, with what
//! changed marked (word by word for text).
//!
//! Pure: takes the framework and two opened documents.

use similar::{ChangeTag, TextDiff};

use crate::toolkit::Content;

use super::document::{FactorEntry, FormulationDoc};

/// A run of words on one side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    /// Removed (on the left) or added (on the right).
    pub changed: bool,
}

/// One text on both sides.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextPair {
    pub left: Vec<Piece>,
    pub right: Vec<Piece>,
    pub changed: bool,
}

impl TextPair {
    pub fn of(old: &str, new: &str) -> Self {
        if old == new {
            let same = |t: &str| {
                if t.is_empty() {
                    Vec::new()
                } else {
                    vec![Piece {
                        text: t.to_owned(),
                        changed: false,
                    }]
                }
            };
            return Self {
                left: same(old),
                right: same(new),
                changed: false,
            };
        }
        let mut pair = Self {
            changed: true,
            ..Self::default()
        };
        let diff = TextDiff::from_words(old, new);
        for change in diff.iter_all_changes() {
            let text = change.value();
            let (side, changed) = match change.tag() {
                ChangeTag::Equal => {
                    push(&mut pair.left, text, false);
                    (&mut pair.right, false)
                }
                ChangeTag::Delete => (&mut pair.left, true),
                ChangeTag::Insert => (&mut pair.right, true),
            };
            push(side, text, changed);
        }
        pair.left = join_changes(pair.left);
        pair.right = join_changes(pair.right);
        pair
    }
}

/// Folds the spaces between two changed words into one changed run ("angry at", not "angry"
/// and "at" marked apart).
fn join_changes(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut iter = pieces.into_iter().peekable();
    while let Some(piece) = iter.next() {
        let between_changes = !piece.changed
            && piece.text.trim().is_empty()
            && out.last().is_some_and(|p| p.changed)
            && iter.peek().is_some_and(|p| p.changed);
        if between_changes || (piece.changed && out.last().is_some_and(|p| p.changed)) {
            if let Some(last) = out.last_mut() {
                last.text.push_str(&piece.text);
            }
        } else {
            out.push(piece);
        }
    }
    out
}

/// Appends to the last piece when it has the same mark, so the page gets few elements.
fn push(side: &mut Vec<Piece>, text: &str, changed: bool) {
    match side.last_mut() {
        Some(last) if last.changed == changed => last.text.push_str(text),
        _ => side.push(Piece {
            text: text.to_owned(),
            changed,
        }),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactorRow {
    pub name: String,
    /// Scale labels, or empty when not rated (or the factor is not in that version).
    pub left_rating: String,
    pub right_rating: String,
    pub rating_changed: bool,
    pub evidence: TextPair,
    pub sources: TextPair,
}

impl FactorRow {
    pub fn changed(&self) -> bool {
        self.rating_changed || self.evidence.changed || self.sources.changed
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRows {
    pub name: String,
    /// The domain's overall judgement (none for the other factors).
    pub judgement: Option<TextPair>,
    pub factors: Vec<FactorRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub groups: Vec<GroupRows>,
    pub summary: TextPair,
    pub management_plan: TextPair,
    pub changes: TextPair,
    /// How many factors and sections differ.
    pub changed_count: usize,
}

pub fn compare(content: &Content, left: &FormulationDoc, right: &FormulationDoc) -> Comparison {
    let scale = content.framework.scale.get_ref();
    let label = |entry: Option<&FactorEntry>| {
        entry
            .and_then(|e| e.rating.as_deref())
            .map(|id| {
                scale
                    .iter()
                    .find(|p| p.id.get_ref() == id)
                    .map_or_else(|| id.to_owned(), |p| p.label.clone())
            })
            .unwrap_or_default()
    };
    let row = |name: &str, l: Option<&FactorEntry>, r: Option<&FactorEntry>| {
        let empty = FactorEntry::default();
        let (le, re) = (l.unwrap_or(&empty), r.unwrap_or(&empty));
        FactorRow {
            name: name.to_owned(),
            left_rating: label(l),
            right_rating: label(r),
            rating_changed: le.rating != re.rating,
            evidence: TextPair::of(&le.evidence, &re.evidence),
            sources: TextPair::of(&le.sources, &re.sources),
        }
    };
    let mut groups: Vec<GroupRows> = content
        .framework
        .domains
        .get_ref()
        .iter()
        .map(|domain| {
            let id = domain.id.get_ref();
            let text = |doc: &FormulationDoc| doc.domains.get(id).cloned().unwrap_or_default();
            GroupRows {
                name: domain.name.clone(),
                judgement: Some(TextPair::of(&text(left), &text(right))),
                factors: content
                    .domains
                    .iter()
                    .filter(|d| d.domain.get_ref() == id)
                    .flat_map(|d| d.factors.get_ref().iter())
                    .map(|f| {
                        let fid = f.id.get_ref();
                        row(&f.name, left.factors.get(fid), right.factors.get(fid))
                    })
                    .collect(),
            }
        })
        .collect();
    let mut other_ids: Vec<&str> = left.other.iter().map(|o| o.id.as_str()).collect();
    for o in &right.other {
        if !other_ids.contains(&o.id.as_str()) {
            other_ids.push(&o.id);
        }
    }
    if !other_ids.is_empty() {
        let find = |doc: &'_ FormulationDoc, id: &str| -> Option<(String, FactorEntry)> {
            doc.other
                .iter()
                .find(|o| o.id == id)
                .map(|o| (o.name.clone(), o.entry.clone()))
        };
        groups.push(GroupRows {
            name: content.framework.other_factors.name.clone(),
            judgement: None,
            factors: other_ids
                .iter()
                .map(|id| {
                    let (l, r) = (find(left, id), find(right, id));
                    let name = r
                        .as_ref()
                        .or(l.as_ref())
                        .map(|(n, _)| n.clone())
                        .unwrap_or_default();
                    row(&name, l.as_ref().map(|x| &x.1), r.as_ref().map(|x| &x.1))
                })
                .collect(),
        });
    }
    let summary = TextPair::of(&left.summary, &right.summary);
    let management_plan = TextPair::of(&left.management_plan, &right.management_plan);
    let changes = TextPair::of(&left.changes, &right.changes);
    let changed_count = groups
        .iter()
        .map(|g| {
            g.factors.iter().filter(|f| f.changed()).count()
                + usize::from(g.judgement.as_ref().is_some_and(|j| j.changed))
        })
        .sum::<usize>()
        + [&summary, &management_plan, &changes]
            .iter()
            .filter(|t| t.changed)
            .count();
    Comparison {
        groups,
        summary,
        management_plan,
        changes,
        changed_count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formulations::document::OtherFactor;
    use crate::toolkit::Toolkit;

    #[test]
    fn word_changes_are_marked_on_their_own_side_only() {
        let pair = TextPair::of(
            "he was angry at the police",
            "he was calmer about the police",
        );
        assert!(pair.changed);
        let left: Vec<_> = pair.left.iter().filter(|p| p.changed).collect();
        let right: Vec<_> = pair.right.iter().filter(|p| p.changed).collect();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].text.trim(), "angry at");
        assert_eq!(right[0].text.trim(), "calmer about");
        let rebuilt: String = pair.right.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(rebuilt, "he was calmer about the police");
        assert!(!TextPair::of("same", "same").changed);
        assert!(TextPair::of("", "").left.is_empty());
    }

    #[test]
    fn ratings_judgements_and_named_factors_are_compared_and_counted() {
        let toolkit = Toolkit::builtin().unwrap();
        let content = toolkit.content(toolkit.source_language);
        let factor = content.domains[0].factors.get_ref()[0].id.get_ref().clone();
        let mut left = FormulationDoc::default();
        left.factors.insert(
            factor.clone(),
            FactorEntry {
                rating: Some("partly-present".into()),
                evidence: "said so".into(),
                ..FactorEntry::default()
            },
        );
        let mut right = left.clone();
        right.factors.get_mut(&factor).unwrap().rating = Some("not-present".into());
        right.summary = "new summary".into();
        right.other.push(OtherFactor {
            id: "other-1".into(),
            name: "Debt".into(),
            strength: false,
            entry: FactorEntry::default(),
        });
        let c = compare(content, &left, &right);
        let name = &content.domains[0].factors.get_ref()[0].name;
        let row = c
            .groups
            .iter()
            .flat_map(|g| &g.factors)
            .find(|f| &f.name == name)
            .unwrap();
        assert_eq!(
            (row.left_rating.as_str(), row.right_rating.as_str()),
            ("Partly present", "Not present")
        );
        assert!(row.rating_changed && !row.evidence.changed);
        assert_eq!(c.groups.last().unwrap().factors[0].name, "Debt");
        // The rating and the summary; a named factor with nothing in it is not a change.
        assert_eq!(c.changed_count, 2);
    }
}
