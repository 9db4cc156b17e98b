//! Agreement statistics for calibration: how far raters agree when they rate the same factors.
//!
//! Pure arithmetic on category numbers, so it can be checked against published worked examples
//! and benchmarked on its own. A rating becomes a category number before it reaches this file:
//! its position in the toolkit's scale (ranked answers first, in rank order; an unranked answer
//! such as "Not enough information" is a category of its own for the unweighted figures and is
//! left out of the weighted one, which needs an order).
//!
//! Every statistic says when it cannot be calculated (`Undefined`) instead of returning NaN or
//! a made-up number: no items, fewer than two raters, or no variation at all (everyone used one
//! category, so agreement by chance is already complete). This file must never read the
//! database or know about people: callers pass counts and get figures back.

use std::fmt;

/// Why a figure cannot be calculated from the ratings given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undefined {
    /// Nothing was rated.
    NoItems,
    /// Agreement needs at least two raters of each item.
    FewerThanTwoRaters,
    /// Every rating fell in one category, so chance alone predicts complete agreement and
    /// kappa is 0/0. Percentage agreement is still 100%.
    NoVariation,
    /// Fleiss' kappa needs the same number of raters for every item; this item has a different
    /// number (its position, from 0).
    UnequalRaters { item: usize },
    /// A rating's category number is outside the scale.
    OutOfScale { category: usize, categories: usize },
}

impl fmt::Display for Undefined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Undefined::NoItems => write!(f, "nothing was rated"),
            Undefined::FewerThanTwoRaters => write!(f, "fewer than two raters"),
            Undefined::NoVariation => write!(f, "every rating was the same"),
            Undefined::UnequalRaters { item } => {
                write!(f, "item {} has a different number of raters", item + 1)
            }
            Undefined::OutOfScale {
                category,
                categories,
            } => write!(f, "category {category} is outside a scale of {categories}"),
        }
    }
}

/// A kappa statistic with what it was calculated from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kappa {
    /// The statistic: 1 is complete agreement, 0 what chance alone would give, below 0 worse.
    pub value: f64,
    /// The agreement observed (for weighted kappa: 1 minus the mean weighted disagreement).
    pub observed: f64,
    /// The agreement expected by chance from how often each category was used.
    pub expected: f64,
    /// How many items (factors) the figure rests on.
    pub items: usize,
    /// How many raters rated each item.
    pub raters: usize,
}

impl Kappa {
    /// The plain-language band this value falls in.
    pub fn reading(&self) -> Reading {
        Reading::of(self.value)
    }
}

/// The usual plain-language bands for kappa (Landis and Koch, 1977). They are conventions, not
/// tests: the page says so beside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Below 0: less agreement than chance.
    WorseThanChance,
    /// 0 to 0.20.
    Slight,
    /// 0.21 to 0.40.
    Fair,
    /// 0.41 to 0.60.
    Moderate,
    /// 0.61 to 0.80.
    Substantial,
    /// 0.81 to 1.
    AlmostPerfect,
}

impl Reading {
    pub fn of(kappa: f64) -> Reading {
        // Bands are on the value rounded to two decimals, as the figures are shown.
        let shown = (kappa * 100.0).round() / 100.0;
        if shown < 0.0 {
            Reading::WorseThanChance
        } else if shown <= 0.20 {
            Reading::Slight
        } else if shown <= 0.40 {
            Reading::Fair
        } else if shown <= 0.60 {
            Reading::Moderate
        } else if shown <= 0.80 {
            Reading::Substantial
        } else {
            Reading::AlmostPerfect
        }
    }
}

/// The proportion of items on which two raters chose the same category (0 to 1).
pub fn percent_agreement(pairs: &[(usize, usize)]) -> Result<f64, Undefined> {
    if pairs.is_empty() {
        return Err(Undefined::NoItems);
    }
    let same = pairs.iter().filter(|(a, b)| a == b).count();
    Ok(same as f64 / pairs.len() as f64)
}

/// The agreement table of two raters: `table[i][j]` counts items the first rater put in
/// category `i` and the second in `j`.
pub fn table_of(pairs: &[(usize, usize)], categories: usize) -> Result<Vec<Vec<u64>>, Undefined> {
    let mut table = vec![vec![0u64; categories]; categories];
    for &(a, b) in pairs {
        for category in [a, b] {
            if category >= categories {
                return Err(Undefined::OutOfScale {
                    category,
                    categories,
                });
            }
        }
        table[a][b] += 1;
    }
    Ok(table)
}

/// How two raters' choices are weighed when they differ, for ordered scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    /// Every disagreement counts the same (Cohen's kappa).
    Unweighted,
    /// A disagreement counts in proportion to how many steps apart the two ratings are.
    Linear,
    /// A disagreement counts by the square of the steps apart.
    Quadratic,
}

impl Weights {
    /// The disagreement weight of categories `i` and `j` on a scale of `k`: 0 when they are the
    /// same, 1 for the furthest apart.
    fn disagreement(self, i: usize, j: usize, k: usize) -> f64 {
        if i == j {
            return 0.0;
        }
        let steps = i.abs_diff(j) as f64 / (k.max(2) - 1) as f64;
        match self {
            Weights::Unweighted => 1.0,
            Weights::Linear => steps,
            Weights::Quadratic => steps * steps,
        }
    }
}

/// Cohen's kappa between two raters, from their pairs of category numbers.
pub fn cohen_kappa(
    pairs: &[(usize, usize)],
    categories: usize,
    weights: Weights,
) -> Result<Kappa, Undefined> {
    kappa_from_table(&table_of(pairs, categories)?, weights)
}

/// Cohen's kappa (weighted or not) from an agreement table (see [`table_of`]); the table must
/// be square, one row and column per category, in scale order for weighted kappa.
pub fn kappa_from_table(table: &[Vec<u64>], weights: Weights) -> Result<Kappa, Undefined> {
    let k = table.len();
    let total: u64 = table.iter().flatten().sum();
    if total == 0 {
        return Err(Undefined::NoItems);
    }
    let n = total as f64;
    let rows: Vec<f64> = table
        .iter()
        .map(|r| r.iter().sum::<u64>() as f64 / n)
        .collect();
    let columns: Vec<f64> = (0..k)
        .map(|j| table.iter().map(|r| r[j]).sum::<u64>() as f64 / n)
        .collect();
    let mut disagreement_observed = 0.0;
    let mut disagreement_expected = 0.0;
    for i in 0..k {
        for j in 0..k {
            let w = weights.disagreement(i, j, k);
            disagreement_observed += w * table[i][j] as f64 / n;
            disagreement_expected += w * rows[i] * columns[j];
        }
    }
    if disagreement_expected <= f64::EPSILON {
        return Err(Undefined::NoVariation);
    }
    Ok(Kappa {
        value: 1.0 - disagreement_observed / disagreement_expected,
        observed: 1.0 - disagreement_observed,
        expected: 1.0 - disagreement_expected,
        items: total as usize,
        raters: 2,
    })
}

/// Each item's count of raters per category, for a group: `counts[item][category]`.
pub fn counts_of(ratings: &[Vec<usize>], categories: usize) -> Result<Vec<Vec<u64>>, Undefined> {
    ratings
        .iter()
        .map(|item| {
            let mut row = vec![0u64; categories];
            for &category in item {
                if category >= categories {
                    return Err(Undefined::OutOfScale {
                        category,
                        categories,
                    });
                }
                row[category] += 1;
            }
            Ok(row)
        })
        .collect()
}

/// The share of pairs of raters who agree on one item (Fleiss's P_i): 1 when everyone chose the
/// same, 0 when no two did. This is the per-factor percentage agreement across a group.
pub fn pairwise_agreement(item: &[u64]) -> Result<f64, Undefined> {
    let n: u64 = item.iter().sum();
    if n < 2 {
        return Err(Undefined::FewerThanTwoRaters);
    }
    let same_pairs: u64 = item.iter().map(|c| c * c.saturating_sub(1)).sum();
    Ok(same_pairs as f64 / (n * (n - 1)) as f64)
}

/// Fleiss' kappa across a group of raters: `counts[item][category]` as [`counts_of`] makes,
/// with the same number of raters (at least two) for every item.
pub fn fleiss_kappa(counts: &[Vec<u64>]) -> Result<Kappa, Undefined> {
    let Some(first) = counts.first() else {
        return Err(Undefined::NoItems);
    };
    let raters: u64 = first.iter().sum();
    if raters < 2 {
        return Err(Undefined::FewerThanTwoRaters);
    }
    let categories = first.len();
    let mut category_totals = vec![0u64; categories];
    let mut observed_sum = 0.0;
    for (index, item) in counts.iter().enumerate() {
        if item.iter().sum::<u64>() != raters || item.len() != categories {
            return Err(Undefined::UnequalRaters { item: index });
        }
        for (total, c) in category_totals.iter_mut().zip(item) {
            *total += c;
        }
        observed_sum += pairwise_agreement(item)?;
    }
    let items = counts.len() as f64;
    let all = items * raters as f64;
    let observed = observed_sum / items;
    let expected: f64 = category_totals
        .iter()
        .map(|&t| {
            let p = t as f64 / all;
            p * p
        })
        .sum();
    if 1.0 - expected <= f64::EPSILON {
        return Err(Undefined::NoVariation);
    }
    Ok(Kappa {
        value: (observed - expected) / (1.0 - expected),
        observed,
        expected,
        items: counts.len(),
        raters: raters as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Equal to the published figure at the published number of decimals.
    fn assert_published(value: f64, published: f64, decimals: i32) {
        let rounded = (value * 10f64.powi(decimals)).round() / 10f64.powi(decimals);
        assert!(
            (rounded - published).abs() < 1e-12,
            "{value} rounds to {rounded}, not the published {published}"
        );
    }

    /// Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological
    /// Bulletin 76(5): 30 patients, each diagnosed by 6 psychiatrists into 5 categories
    /// (depression, personality disorder, schizophrenia, neurosis, other), category 1 to 5.
    /// Published: kappa = 0.430 (R's irr::kappam.fleiss gives 0.4302445 on the same data).
    const FLEISS_1971: [[usize; 6]; 30] = [
        [4, 4, 4, 4, 4, 4],
        [2, 2, 2, 5, 5, 5],
        [2, 3, 3, 3, 3, 5],
        [5, 5, 5, 5, 5, 5],
        [2, 2, 2, 4, 4, 4],
        [1, 1, 3, 3, 3, 3],
        [3, 3, 3, 3, 5, 5],
        [1, 1, 3, 3, 3, 4],
        [1, 1, 4, 4, 4, 4],
        [5, 5, 5, 5, 5, 5],
        [1, 4, 4, 4, 4, 4],
        [1, 2, 4, 4, 4, 4],
        [2, 2, 2, 3, 3, 3],
        [1, 4, 4, 4, 4, 4],
        [2, 2, 4, 4, 4, 5],
        [3, 3, 3, 3, 3, 5],
        [1, 1, 1, 4, 5, 5],
        [1, 1, 1, 1, 1, 2],
        [2, 2, 4, 4, 4, 4],
        [1, 3, 3, 5, 5, 5],
        [5, 5, 5, 5, 5, 5],
        [2, 4, 4, 4, 4, 4],
        [2, 2, 4, 5, 5, 5],
        [1, 1, 4, 4, 4, 4],
        [1, 4, 4, 4, 4, 5],
        [2, 2, 2, 2, 2, 4],
        [1, 1, 1, 1, 5, 5],
        [2, 2, 4, 4, 4, 4],
        [1, 3, 3, 3, 3, 3],
        [5, 5, 5, 5, 5, 5],
    ];

    fn fleiss_1971_counts() -> Vec<Vec<u64>> {
        let ratings: Vec<Vec<usize>> = FLEISS_1971
            .iter()
            .map(|row| row.iter().map(|c| c - 1).collect())
            .collect();
        counts_of(&ratings, 5).unwrap()
    }

    #[test]
    fn fleiss_kappa_matches_fleiss_1971() {
        let kappa = fleiss_kappa(&fleiss_1971_counts()).unwrap();
        assert_published(kappa.value, 0.430, 3);
        assert_published(kappa.value, 0.4302445, 7);
        assert_eq!((kappa.items, kappa.raters), (30, 6));
        assert_eq!(kappa.reading(), Reading::Moderate);
    }

    #[test]
    fn fleiss_category_totals_match_the_published_margins() {
        // Fleiss's table: 26, 26, 30, 55 and 43 of the 180 diagnoses in each category.
        let counts = fleiss_1971_counts();
        let totals: Vec<u64> = (0..5).map(|j| counts.iter().map(|r| r[j]).sum()).collect();
        assert_eq!(totals, vec![26, 26, 30, 55, 43]);
    }

    /// The worked example on Wikipedia's "Fleiss' kappa" page: 10 items, 14 raters, 5
    /// categories. Published: P-bar = 0.378, P-bar-e = 0.213, kappa = 0.210, and P_i per item.
    #[test]
    fn fleiss_kappa_matches_the_fourteen_rater_example() {
        let counts: Vec<Vec<u64>> = vec![
            vec![0, 0, 0, 0, 14],
            vec![0, 2, 6, 4, 2],
            vec![0, 0, 3, 5, 6],
            vec![0, 3, 9, 2, 0],
            vec![2, 2, 8, 1, 1],
            vec![7, 7, 0, 0, 0],
            vec![3, 2, 6, 3, 0],
            vec![2, 5, 3, 2, 2],
            vec![6, 5, 2, 1, 0],
            vec![0, 2, 2, 3, 7],
        ];
        let kappa = fleiss_kappa(&counts).unwrap();
        assert_published(kappa.value, 0.210, 3);
        assert_published(kappa.observed, 0.378, 3);
        assert_published(kappa.expected, 0.213, 3);
        assert_eq!(kappa.reading(), Reading::Fair);
        let per_item: Vec<f64> = counts
            .iter()
            .map(|row| pairwise_agreement(row).unwrap())
            .collect();
        let published = [
            1.000, 0.253, 0.308, 0.440, 0.330, 0.462, 0.242, 0.176, 0.286, 0.286,
        ];
        for (value, expected) in per_item.into_iter().zip(published) {
            assert_published(value, expected, 3);
        }
    }

    /// The worked example on Wikipedia's "Cohen's kappa" page: 50 grant proposals read by two
    /// readers; both yes 20, both no 15, A yes B no 5, A no B yes 10. Published: p_o = 0.7,
    /// p_e = 0.5, kappa = 0.4.
    #[test]
    fn cohen_kappa_matches_the_textbook_example() {
        let kappa = kappa_from_table(&[vec![20, 5], vec![10, 15]], Weights::Unweighted).unwrap();
        assert_published(kappa.value, 0.4, 10);
        assert_published(kappa.observed, 0.7, 10);
        assert_published(kappa.expected, 0.5, 10);
        assert_eq!((kappa.items, kappa.raters), (50, 2));
    }

    /// SAS/STAT's PROC FREQ agreement example (three ordered categories, 19 items), as also
    /// used to check statsmodels: simple kappa 0.4842, weighted kappa (linear,
    /// Cicchetti-Allison) 0.4701.
    #[test]
    fn cohen_and_weighted_kappa_match_the_sas_example() {
        let table = vec![vec![0, 4, 1], vec![0, 8, 0], vec![0, 1, 5]];
        let simple = kappa_from_table(&table, Weights::Unweighted).unwrap();
        assert_published(simple.value, 0.4842, 4);
        let weighted = kappa_from_table(&table, Weights::Linear).unwrap();
        assert_published(weighted.value, 0.4701, 4);
    }

    /// The `anxiety` data of R's irr package (Gamer et al.): 20 subjects rated 1 to 6 by three
    /// raters. Raters 2 and 3, through `kappa2`: unweighted -0.006289308, "equal" (linear)
    /// 0.1459075, "squared" (quadratic) 0.2520325. irr orders the levels the two raters used
    /// (1, 2, 3, 4 and 6; nobody chose 5), so those are categories 0 to 4 here.
    #[test]
    fn weighted_kappa_matches_the_irr_anxiety_example() {
        let second = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
        let third = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
        let level = |v: usize| [1, 2, 3, 4, 6].iter().position(|&l| l == v).unwrap();
        let pairs: Vec<(usize, usize)> = second
            .iter()
            .zip(third)
            .map(|(&a, b)| (level(a), level(b)))
            .collect();
        let unweighted = cohen_kappa(&pairs, 5, Weights::Unweighted).unwrap();
        assert_published(unweighted.value, -0.006289308, 9);
        assert_eq!(unweighted.reading(), Reading::WorseThanChance);
        let linear = cohen_kappa(&pairs, 5, Weights::Linear).unwrap();
        assert_published(linear.value, 0.1459075, 7);
        let quadratic = cohen_kappa(&pairs, 5, Weights::Quadratic).unwrap();
        assert_published(quadratic.value, 0.2520325, 7);
    }

    #[test]
    fn complete_agreement_over_varied_ratings_is_one() {
        let pairs = [(0, 0), (1, 1), (2, 2), (1, 1)];
        assert_eq!(percent_agreement(&pairs), Ok(1.0));
        for weights in [Weights::Unweighted, Weights::Linear, Weights::Quadratic] {
            assert_eq!(cohen_kappa(&pairs, 3, weights).unwrap().value, 1.0);
        }
        let counts = counts_of(&[vec![0, 0, 0], vec![2, 2, 2]], 3).unwrap();
        let kappa = fleiss_kappa(&counts).unwrap();
        assert_eq!(kappa.value, 1.0);
        assert_eq!(kappa.reading(), Reading::AlmostPerfect);
    }

    #[test]
    fn no_variation_is_undefined_not_a_number() {
        // Everyone chose "partly present" for everything: complete agreement, but chance would
        // have agreed completely too, so kappa is 0/0.
        let pairs = [(1, 1), (1, 1), (1, 1)];
        assert_eq!(percent_agreement(&pairs), Ok(1.0));
        assert_eq!(
            cohen_kappa(&pairs, 3, Weights::Unweighted),
            Err(Undefined::NoVariation)
        );
        assert_eq!(
            cohen_kappa(&pairs, 3, Weights::Quadratic),
            Err(Undefined::NoVariation)
        );
        let counts = counts_of(&[vec![1, 1], vec![1, 1]], 3).unwrap();
        assert_eq!(fleiss_kappa(&counts), Err(Undefined::NoVariation));
        assert_eq!(pairwise_agreement(&counts[0]), Ok(1.0));
    }

    #[test]
    fn one_rater_or_nothing_rated_is_undefined() {
        let one_rater = counts_of(&[vec![0], vec![1]], 2).unwrap();
        assert_eq!(fleiss_kappa(&one_rater), Err(Undefined::FewerThanTwoRaters));
        assert_eq!(
            pairwise_agreement(&one_rater[0]),
            Err(Undefined::FewerThanTwoRaters)
        );
        assert_eq!(fleiss_kappa(&[]), Err(Undefined::NoItems));
        assert_eq!(percent_agreement(&[]), Err(Undefined::NoItems));
        assert_eq!(
            cohen_kappa(&[], 3, Weights::Unweighted),
            Err(Undefined::NoItems)
        );
    }

    #[test]
    fn unequal_raters_and_unknown_categories_are_refused() {
        let counts = vec![vec![2, 0], vec![1, 2]];
        assert_eq!(
            fleiss_kappa(&counts),
            Err(Undefined::UnequalRaters { item: 1 })
        );
        assert_eq!(
            cohen_kappa(&[(0, 3)], 3, Weights::Unweighted),
            Err(Undefined::OutOfScale {
                category: 3,
                categories: 3
            })
        );
        assert_eq!(
            counts_of(&[vec![5]], 3),
            Err(Undefined::OutOfScale {
                category: 5,
                categories: 3
            })
        );
    }

    #[test]
    fn total_disagreement_is_below_chance() {
        let pairs = [(0, 1), (1, 0), (0, 1), (1, 0)];
        let kappa = cohen_kappa(&pairs, 2, Weights::Unweighted).unwrap();
        assert_eq!(kappa.value, -1.0);
        assert_eq!(kappa.reading(), Reading::WorseThanChance);
        assert_eq!(percent_agreement(&pairs), Ok(0.0));
    }

    #[test]
    fn weights_count_steps_apart() {
        assert_eq!(Weights::Linear.disagreement(0, 2, 3), 1.0);
        assert_eq!(Weights::Linear.disagreement(0, 1, 3), 0.5);
        assert_eq!(Weights::Quadratic.disagreement(0, 1, 3), 0.25);
        assert_eq!(Weights::Unweighted.disagreement(0, 1, 3), 1.0);
        assert_eq!(Weights::Quadratic.disagreement(2, 2, 3), 0.0);
    }

    #[test]
    fn readings_follow_the_bands_as_shown() {
        assert_eq!(Reading::of(-0.01), Reading::WorseThanChance);
        assert_eq!(Reading::of(-0.004), Reading::Slight);
        assert_eq!(Reading::of(0.20), Reading::Slight);
        assert_eq!(Reading::of(0.204), Reading::Slight);
        assert_eq!(Reading::of(0.21), Reading::Fair);
        assert_eq!(Reading::of(0.41), Reading::Moderate);
        assert_eq!(Reading::of(0.61), Reading::Substantial);
        assert_eq!(Reading::of(0.81), Reading::AlmostPerfect);
        assert_eq!(Reading::of(1.0), Reading::AlmostPerfect);
    }
}
