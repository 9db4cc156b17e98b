//! The ratings chart: each factor's rating across a case's formulation versions, grouped by
//! domain, drawn as a small SVG line per factor on the server (readable without JavaScript) with
//! a text alternative per line and the whole chart as a table.
//!
//! Pure: takes the toolkit's framework and the opened versions, returns data and geometry. It
//! shows ratings as recorded and never adds them up.

use crate::toolkit::Content;

use super::document::FormulationDoc;
use super::store::Status;

/// Horizontal distance between versions, and the margins, in SVG units.
const STEP_X: f64 = 56.0;
const MARGIN_X: f64 = 14.0;
/// Vertical distance between scale points, and the top margin.
const STEP_Y: f64 = 18.0;
const MARGIN_Y: f64 = 10.0;

/// One version as the chart needs it.
pub struct VersionInput<'a> {
    pub number: i64,
    pub status: Status,
    pub doc: &'a FormulationDoc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Version numbers, left to right.
    pub versions: Vec<i64>,
    /// Where each version's column is, and its state (drafts are labelled as such).
    pub columns: Vec<Column>,
    pub groups: Vec<Group>,
    /// Labels of the ranked scale points, top (highest rank) first, with their y.
    pub levels: Vec<(String, f64)>,
    /// The y of the "not enough information" lane, and that scale point's label.
    pub unknown_y: f64,
    pub unknown_label: String,
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub number: i64,
    pub x: f64,
    pub status: Status,
}

/// A domain, or the facilitator's "other factors".
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub name: String,
    pub factors: Vec<FactorLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FactorLine {
    pub id: String,
    pub name: String,
    /// Per version: the scale point id, or `None` where it was not rated (or not yet named).
    pub ratings: Vec<Option<String>>,
    /// Per version: its number and the scale label (empty where not rated).
    pub labels: Vec<(i64, String)>,
    /// The SVG path joining consecutive ranked points (empty if fewer than two).
    pub path: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    /// "Not enough information": drawn hollow, in its own lane.
    pub unknown: bool,
    pub title: String,
}

/// Builds the chart for `versions` (oldest first) with the framework of `content`.
pub fn build(content: &Content, versions: &[VersionInput<'_>]) -> Chart {
    let scale = content.framework.scale.get_ref();
    let max_rank = scale.iter().filter_map(|p| p.rank).max().unwrap_or(0);
    let y_of_rank = |rank: u32| MARGIN_Y + f64::from(max_rank - rank) * STEP_Y;
    let unknown_y = MARGIN_Y + f64::from(max_rank + 1) * STEP_Y;
    let mut levels: Vec<(String, f64)> = scale
        .iter()
        .filter_map(|p| Some((p.label.clone(), y_of_rank(p.rank?))))
        .collect();
    levels.sort_by(|a, b| a.1.total_cmp(&b.1));

    let line = |id: &str, name: &str, rating_of: &dyn Fn(&FormulationDoc) -> Option<String>| {
        let ratings: Vec<Option<String>> = versions.iter().map(|v| rating_of(v.doc)).collect();
        let mut points = Vec::new();
        let mut labels = Vec::new();
        let mut path = String::new();
        let mut joined = 0;
        let mut previous_ranked = false;
        for (i, rating) in ratings.iter().enumerate() {
            let x = MARGIN_X + i as f64 * STEP_X;
            let point = rating
                .as_deref()
                .and_then(|id| scale.iter().find(|p| p.id.get_ref() == id));
            labels.push((
                versions[i].number,
                point.map(|p| p.label.clone()).unwrap_or_default(),
            ));
            let Some(point) = point else {
                previous_ranked = false;
                continue;
            };
            let title = format!("{} {}: {}", name, versions[i].number, point.label);
            match point.rank {
                Some(rank) => {
                    let y = y_of_rank(rank);
                    path.push_str(&format!(
                        "{}{x:.0} {y:.0} ",
                        if previous_ranked { "L" } else { "M" }
                    ));
                    joined += usize::from(previous_ranked);
                    previous_ranked = true;
                    points.push(Point {
                        x,
                        y,
                        unknown: false,
                        title,
                    });
                }
                None => {
                    previous_ranked = false;
                    points.push(Point {
                        x,
                        y: unknown_y,
                        unknown: true,
                        title,
                    });
                }
            }
        }
        FactorLine {
            id: id.to_owned(),
            name: name.to_owned(),
            ratings,
            labels,
            path: if joined > 0 {
                path.trim_end().to_owned()
            } else {
                String::new()
            },
            points,
        }
    };

    let mut groups: Vec<Group> = content
        .framework
        .domains
        .get_ref()
        .iter()
        .map(|domain| Group {
            name: domain.name.clone(),
            factors: content
                .domains
                .iter()
                .filter(|d| d.domain.get_ref() == domain.id.get_ref())
                .flat_map(|d| d.factors.get_ref().iter())
                .map(|f| {
                    let id = f.id.get_ref().clone();
                    line(&id, &f.name, &|doc: &FormulationDoc| {
                        doc.factors.get(&id).and_then(|e| e.rating.clone())
                    })
                })
                .collect(),
        })
        .collect();

    // Other factors: every id named in any version, by its latest name.
    let mut others: Vec<(String, String)> = Vec::new();
    for v in versions {
        for o in &v.doc.other {
            match others.iter_mut().find(|(id, _)| id == &o.id) {
                Some(known) => known.1 = o.name.clone(),
                None => others.push((o.id.clone(), o.name.clone())),
            }
        }
    }
    if !others.is_empty() {
        groups.push(Group {
            name: content.framework.other_factors.name.clone(),
            factors: others
                .iter()
                .map(|(id, name)| {
                    line(id, name, &|doc: &FormulationDoc| {
                        doc.other
                            .iter()
                            .find(|o| &o.id == id)
                            .and_then(|o| o.entry.rating.clone())
                    })
                })
                .collect(),
        });
    }

    Chart {
        versions: versions.iter().map(|v| v.number).collect(),
        columns: versions
            .iter()
            .enumerate()
            .map(|(i, v)| Column {
                number: v.number,
                x: MARGIN_X + i as f64 * STEP_X,
                status: v.status,
            })
            .collect(),
        groups,
        levels,
        unknown_y,
        unknown_label: scale
            .iter()
            .find(|p| p.rank.is_none())
            .map(|p| p.label.clone())
            .unwrap_or_default(),
        // At least four columns wide, so a first version still draws a readable line.
        width: MARGIN_X * 2.0 + (versions.len().max(4) - 1) as f64 * STEP_X,
        height: unknown_y + MARGIN_Y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formulations::document::{FactorEntry, OtherFactor};
    use crate::toolkit::Toolkit;

    fn rated(rating: &str) -> FactorEntry {
        FactorEntry {
            rating: Some(rating.to_owned()),
            ..FactorEntry::default()
        }
    }

    #[test]
    fn each_line_follows_the_stored_ratings_and_unknown_gets_its_own_lane() {
        let toolkit = Toolkit::builtin().unwrap();
        let content = toolkit.content(toolkit.source_language);
        let factor = content.domains[0].factors.get_ref()[0].id.get_ref().clone();
        let mut one = FormulationDoc::default();
        one.factors
            .insert(factor.clone(), rated("not-enough-information"));
        let mut two = FormulationDoc::default();
        two.factors.insert(factor.clone(), rated("partly-present"));
        two.other.push(OtherFactor {
            id: "other-1".into(),
            name: "Debt".into(),
            strength: false,
            entry: rated("strongly-present"),
        });
        let mut three = two.clone();
        three
            .factors
            .insert(factor.clone(), rated("strongly-present"));
        let chart = build(
            content,
            &[
                VersionInput {
                    number: 1,
                    status: Status::SignedOff,
                    doc: &one,
                },
                VersionInput {
                    number: 2,
                    status: Status::SignedOff,
                    doc: &two,
                },
                VersionInput {
                    number: 3,
                    status: Status::Draft,
                    doc: &three,
                },
            ],
        );
        assert_eq!(chart.versions, [1, 2, 3]);
        let line = chart
            .groups
            .iter()
            .flat_map(|g| &g.factors)
            .find(|f| f.id == factor)
            .unwrap();
        assert_eq!(
            line.ratings,
            [
                Some("not-enough-information".to_owned()),
                Some("partly-present".to_owned()),
                Some("strongly-present".to_owned())
            ]
        );
        assert_eq!(
            line.labels,
            [
                (1, "Not enough information".to_owned()),
                (2, "Partly present".to_owned()),
                (3, "Strongly present".to_owned())
            ]
        );
        assert!(line.points[0].unknown && line.points[0].y == chart.unknown_y);
        assert!(
            line.points[2].y < line.points[1].y,
            "higher rank is higher up"
        );
        assert_eq!(line.path, "M70 28 L126 10");
        assert_eq!(chart.unknown_label, "Not enough information");
        let other = chart.groups.last().unwrap();
        assert_eq!(other.name, content.framework.other_factors.name);
        assert_eq!(other.factors[0].ratings[0], None, "not named in version 1");
        // One group per domain, plus the other factors.
        assert_eq!(
            chart.groups.len(),
            content.framework.domains.get_ref().len() + 1
        );
    }
}
