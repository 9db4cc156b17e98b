//! The figures of a calibration results page, from ratings as scale ids: turns ratings into the
//! category numbers `stats` needs (as its module doc describes) and asks `stats` for each figure.
//!
//! Pure: no database, no HTTP, no language. It must never invent a figure: every one that
//! `stats` cannot calculate stays an `Err(Undefined)` for the page to explain.

use std::collections::BTreeMap;

use super::stats::{self, Kappa, Undefined, Weights};
use crate::toolkit::schema::ScalePoint;

/// Ratings (scale ids) by factor id.
pub type Ratings = BTreeMap<String, String>;

/// How scale ids become category numbers.
#[derive(Debug, Clone)]
pub struct Categories {
    /// Every scale point: ranked ones in rank order, then each unranked one ("not enough
    /// information") as a category of its own. For the unweighted figures.
    all: BTreeMap<String, usize>,
    /// Only the ranked points, in rank order. For the weighted figure, which needs an order.
    ranked: BTreeMap<String, usize>,
}

impl Categories {
    pub fn of(scale: &[ScalePoint]) -> Self {
        let mut ranked_points: Vec<&ScalePoint> =
            scale.iter().filter(|p| p.rank.is_some()).collect();
        ranked_points.sort_by_key(|p| p.rank);
        let ranked: BTreeMap<String, usize> = ranked_points
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.get_ref().clone(), i))
            .collect();
        let mut all = ranked.clone();
        for point in scale.iter().filter(|p| p.rank.is_none()) {
            let next = all.len();
            all.insert(point.id.get_ref().clone(), next);
        }
        Categories { all, ranked }
    }

    fn all_count(&self) -> usize {
        self.all.len()
    }

    fn ranked_count(&self) -> usize {
        self.ranked.len()
    }
}

/// One rater compared with the reference, and the group, over a set of factors.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// The share of factors where the participant chose the reference rating.
    pub percent: Result<f64, Undefined>,
    /// Cohen's kappa with the reference.
    pub cohen: Result<Kappa, Undefined>,
    /// Quadratic-weighted kappa with the reference, on the ranked answers only.
    pub weighted: Result<Kappa, Undefined>,
    /// Fleiss' kappa across everyone who has submitted.
    pub fleiss: Result<Kappa, Undefined>,
    /// How many people's ratings the group figure rests on.
    pub raters: usize,
}

/// Compares `own` with `reference` over `factors`, and the group's agreement.
pub fn figures(
    categories: &Categories,
    factors: &[&str],
    reference: &Ratings,
    own: &Ratings,
    group: &[Ratings],
) -> Figures {
    let pairs_in = |map: &BTreeMap<String, usize>| -> Vec<(usize, usize)> {
        factors
            .iter()
            .filter_map(|f| {
                let mine = map.get(own.get(*f)?)?;
                let theirs = map.get(reference.get(*f)?)?;
                Some((*mine, *theirs))
            })
            .collect()
    };
    let pairs = pairs_in(&categories.all);
    let ranked_pairs = pairs_in(&categories.ranked);
    let complete: Vec<&Ratings> = group
        .iter()
        .filter(|r| {
            factors
                .iter()
                .all(|f| r.get(*f).is_some_and(|v| categories.all.contains_key(v)))
        })
        .collect();
    let item_ratings: Vec<Vec<usize>> = factors
        .iter()
        .map(|f| complete.iter().map(|r| categories.all[&r[*f]]).collect())
        .collect();
    let fleiss = stats::counts_of(&item_ratings, categories.all_count())
        .and_then(|counts| stats::fleiss_kappa(&counts));
    Figures {
        percent: stats::percent_agreement(&pairs),
        cohen: stats::cohen_kappa(&pairs, categories.all_count(), Weights::Unweighted),
        weighted: stats::cohen_kappa(&ranked_pairs, categories.ranked_count(), Weights::Quadratic),
        fleiss,
        raters: complete.len(),
    }
}

/// The group's answers to one factor: how many chose each scale point (in `scale` order) and
/// the share of pairs of raters who agree.
pub fn distribution(
    scale: &[ScalePoint],
    factor: &str,
    group: &[Ratings],
) -> (Vec<u64>, Result<f64, Undefined>) {
    let counts: Vec<u64> = scale
        .iter()
        .map(|p| {
            group
                .iter()
                .filter(|r| r.get(factor) == Some(p.id.get_ref()))
                .count() as u64
        })
        .collect();
    let agreement = stats::pairwise_agreement(&counts);
    (counts, agreement)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale() -> Vec<ScalePoint> {
        let text = r#"
            [[scale]]
            id = "not-enough-information"
            label = "Not enough information"
            [[scale]]
            id = "strongly-present"
            label = "Strongly"
            rank = 2
            [[scale]]
            id = "not-present"
            label = "Not"
            rank = 0
            [[scale]]
            id = "partly-present"
            label = "Partly"
            rank = 1
        "#;
        #[derive(serde::Deserialize)]
        struct Wrapper {
            scale: Vec<ScalePoint>,
        }
        toml::from_str::<Wrapper>(text).unwrap().scale
    }

    fn ratings(pairs: &[(&str, &str)]) -> Ratings {
        pairs
            .iter()
            .map(|(f, r)| (f.to_string(), r.to_string()))
            .collect()
    }

    #[test]
    fn ranked_points_come_first_in_rank_order_then_unranked() {
        let categories = Categories::of(&scale());
        assert_eq!(categories.all["not-present"], 0);
        assert_eq!(categories.all["partly-present"], 1);
        assert_eq!(categories.all["strongly-present"], 2);
        assert_eq!(categories.all["not-enough-information"], 3);
        assert!(!categories.ranked.contains_key("not-enough-information"));
    }

    #[test]
    fn not_enough_information_is_left_out_of_the_weighted_figure_only() {
        let categories = Categories::of(&scale());
        let reference = ratings(&[
            ("a", "not-present"),
            ("b", "strongly-present"),
            ("c", "partly-present"),
        ]);
        let own = ratings(&[
            ("a", "not-present"),
            ("b", "strongly-present"),
            ("c", "not-enough-information"),
        ]);
        let figures = figures(
            &categories,
            &["a", "b", "c"],
            &reference,
            &own,
            std::slice::from_ref(&own),
        );
        assert_eq!(figures.percent, Ok(2.0 / 3.0));
        assert_eq!(figures.weighted.unwrap().items, 2);
        assert_eq!(figures.cohen.unwrap().items, 3);
        assert_eq!(figures.fleiss, Err(Undefined::FewerThanTwoRaters));
        assert_eq!(figures.raters, 1);
    }

    #[test]
    fn the_group_figure_uses_everyone_who_rated_every_factor() {
        let categories = Categories::of(&scale());
        let one = ratings(&[("a", "not-present"), ("b", "strongly-present")]);
        let partial = ratings(&[("a", "not-present")]);
        let figures = figures(
            &categories,
            &["a", "b"],
            &one,
            &one,
            &[one.clone(), one.clone(), partial],
        );
        assert_eq!(figures.raters, 2);
        assert_eq!(figures.fleiss.unwrap().value, 1.0);
        let (counts, agreement) = distribution(&scale(), "a", &[one.clone(), one]);
        // Scale order: not-enough-information, strongly, not, partly.
        assert_eq!(counts, vec![0, 0, 2, 0]);
        assert_eq!(agreement, Ok(1.0));
    }
}
