//! The calibration dashboard's figures: where staff agree least, by factor and by domain, and
//! how agreement with the reference ratings moves month by month.
//!
//! Pure: submitted exercises in, tallies out; no database, no HTTP, no language. Two figures:
//! - *between staff*: of all pairs of people who rated the same factor of the same vignette, the
//!   share who chose the same rating (pooled over vignettes, each weighted by its pairs);
//! - *with the reference*: the share of ratings that matched the vignette's reference rating.
//!
//! Privacy: the dashboard is for training managers, who can see who completed which exercise
//! and when. So a figure resting on fewer than [`MIN_PEOPLE`] different people is withheld
//! (`Agreement::shown` is false), or one person's ratings could be read off a month or a factor.
//! This file must never return anything per person, and never a figure from withheld tallies.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Months, NaiveDate};

use super::results::Ratings;
use super::stats::{self, Undefined};
use crate::toolkit::schema::{Domain, Factor};

/// The fewest different people a figure may rest on before the dashboard shows it.
pub const MIN_PEOPLE: usize = 3;

/// How many months the chart covers, ending with the current one.
pub const MONTHS: u32 = 12;

/// One submitted exercise, as the dashboard needs it (the person only to count people).
#[derive(Debug, Clone)]
pub struct Submission {
    pub person: String,
    pub vignette: String,
    pub submitted: NaiveDate,
    pub ratings: Ratings,
}

/// The reference ratings of each vignette, by vignette id.
pub type References = BTreeMap<String, Ratings>;

/// Counts behind one figure.
#[derive(Debug, Clone, Default, PartialEq)]
struct Tally {
    people: BTreeSet<String>,
    /// Ratings compared with a reference rating, and how many matched it.
    compared: u64,
    matched: u64,
    /// Pairs of people who rated the same item, and the pair-weighted sum of agreement shares.
    pairs: u64,
    agreeing_pairs: f64,
}

impl Tally {
    fn agreement(&self) -> Agreement {
        let shown = self.people.len() >= MIN_PEOPLE;
        let between_staff = if !shown {
            Err(Undefined::FewerThanTwoRaters)
        } else if self.pairs == 0 {
            // Enough people, but never two on the same vignette.
            Err(Undefined::FewerThanTwoRaters)
        } else {
            Ok(self.agreeing_pairs / self.pairs as f64)
        };
        let with_reference = if shown && self.compared > 0 {
            Ok(self.matched as f64 / self.compared as f64)
        } else {
            Err(Undefined::NoItems)
        };
        Agreement {
            people: self.people.len(),
            shown,
            between_staff,
            with_reference,
        }
    }
}

/// One figure pair as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// How many different people it rests on.
    pub people: usize,
    /// False when fewer than [`MIN_PEOPLE`] took part: both figures are then withheld.
    pub shown: bool,
    /// The share of pairs of staff who chose the same rating.
    pub between_staff: Result<f64, Undefined>,
    /// The share of ratings that matched the reference rating.
    pub with_reference: Result<f64, Undefined>,
}

/// A factor's or a domain's figures, with its toolkit id and domain id.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub domain: String,
    pub agreement: Agreement,
}

/// One month of the chart: its first day and, per domain in framework order, the share of
/// ratings that matched the reference (`None` where withheld or nothing was rated).
#[derive(Debug, Clone, PartialEq)]
pub struct Month {
    pub first_day: NaiveDate,
    pub by_domain: Vec<Agreement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    /// Submitted exercises and the different people who submitted them.
    pub submissions: usize,
    pub people: usize,
    /// Domains, lowest agreement between staff first; withheld ones last.
    pub domains: Vec<Row>,
    /// Factors, lowest agreement between staff first; withheld ones last.
    pub factors: Vec<Row>,
    /// The last [`MONTHS`] months, oldest first.
    pub months: Vec<Month>,
}

/// Adds one vignette's ratings of one factor to `tally`.
fn add_item(tally: &mut Tally, factor: &str, reference: Option<&Ratings>, group: &[&Submission]) {
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for submission in group {
        let Some(rating) = submission.ratings.get(factor) else {
            continue;
        };
        tally.people.insert(submission.person.clone());
        *counts.entry(rating.as_str()).or_default() += 1;
        if let Some(expected) = reference.and_then(|r| r.get(factor)) {
            tally.compared += 1;
            tally.matched += u64::from(expected == rating);
        }
    }
    let counts: Vec<u64> = counts.into_values().collect();
    if let Ok(share) = stats::pairwise_agreement(&counts) {
        let n: u64 = counts.iter().sum();
        let pairs = n * (n - 1) / 2;
        tally.pairs += pairs;
        tally.agreeing_pairs += share * pairs as f64;
    }
}

/// Lowest agreement first: between staff, then with the reference; withheld rows last.
fn sort_lowest_first(rows: &mut [Row]) {
    let key = |row: &Row| {
        let a = &row.agreement;
        (
            !a.shown,
            a.between_staff.unwrap_or(f64::INFINITY),
            a.with_reference.unwrap_or(f64::INFINITY),
        )
    };
    rows.sort_by(|x, y| {
        let (xw, xb, xr) = key(x);
        let (yw, yb, yr) = key(y);
        xw.cmp(&yw)
            .then(xb.total_cmp(&yb))
            .then(xr.total_cmp(&yr))
            .then(x.id.cmp(&y.id))
    });
}

/// The first day of the month `months_back` months before the month of `today`.
fn month_start(today: NaiveDate, months_back: u32) -> NaiveDate {
    let first = today.with_day(1).expect("every month has a first day");
    first - Months::new(months_back)
}

/// Builds the dashboard from every submitted exercise.
pub fn build(
    framework: &[(&Domain, Vec<&Factor>)],
    references: &References,
    submissions: &[Submission],
    today: NaiveDate,
) -> Dashboard {
    let mut by_vignette: BTreeMap<&str, Vec<&Submission>> = BTreeMap::new();
    for s in submissions {
        by_vignette.entry(s.vignette.as_str()).or_default().push(s);
    }
    let tally_of = |factors: &[&Factor], groups: &BTreeMap<&str, Vec<&Submission>>| {
        let mut tally = Tally::default();
        for (vignette, group) in groups {
            for factor in factors {
                add_item(
                    &mut tally,
                    factor.id.get_ref(),
                    references.get(*vignette),
                    group,
                );
            }
        }
        tally
    };

    let mut domains = Vec::new();
    let mut factors = Vec::new();
    for (domain, domain_factors) in framework {
        let domain_id = domain.id.get_ref().clone();
        domains.push(Row {
            id: domain_id.clone(),
            domain: domain_id.clone(),
            agreement: tally_of(domain_factors, &by_vignette).agreement(),
        });
        for factor in domain_factors {
            factors.push(Row {
                id: factor.id.get_ref().clone(),
                domain: domain_id.clone(),
                agreement: tally_of(std::slice::from_ref(factor), &by_vignette).agreement(),
            });
        }
    }
    sort_lowest_first(&mut domains);
    sort_lowest_first(&mut factors);

    let months = (0..MONTHS)
        .rev()
        .map(|back| {
            let first_day = month_start(today, back);
            let next = first_day + Months::new(1);
            let mut in_month: BTreeMap<&str, Vec<&Submission>> = BTreeMap::new();
            for s in submissions
                .iter()
                .filter(|s| s.submitted >= first_day && s.submitted < next)
            {
                in_month.entry(s.vignette.as_str()).or_default().push(s);
            }
            Month {
                first_day,
                by_domain: framework
                    .iter()
                    .map(|(_, fs)| tally_of(fs, &in_month).agreement())
                    .collect(),
            }
        })
        .collect();

    Dashboard {
        submissions: submissions.len(),
        people: submissions
            .iter()
            .map(|s| s.person.as_str())
            .collect::<BTreeSet<_>>()
            .len(),
        domains,
        factors,
        months,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toolkit::Toolkit;

    fn ratings(pairs: &[(&str, &str)]) -> Ratings {
        pairs
            .iter()
            .map(|(f, r)| (f.to_string(), r.to_string()))
            .collect()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn submission(person: &str, vignette: &str, on: NaiveDate, r: &[(&str, &str)]) -> Submission {
        Submission {
            person: person.into(),
            vignette: vignette.into(),
            submitted: on,
            ratings: ratings(r),
        }
    }

    /// The built-in framework's first two domains with their first two factors each.
    fn two_by_two(toolkit: &Toolkit) -> Vec<(&Domain, Vec<&Factor>)> {
        let content = toolkit.content(toolkit.source_language);
        super::super::domains(content)
            .into_iter()
            .take(2)
            .map(|(d, fs)| (d, fs.into_iter().take(2).collect()))
            .collect()
    }

    fn ids(framework: &[(&Domain, Vec<&Factor>)]) -> (String, String, String, String) {
        let f = |d: usize, i: usize| framework[d].1[i].id.get_ref().clone();
        (f(0, 0), f(0, 1), f(1, 0), f(1, 1))
    }

    #[test]
    fn the_factor_staff_agree_on_least_comes_first_with_pooled_pair_shares() {
        let toolkit = Toolkit::builtin().unwrap();
        let framework = two_by_two(&toolkit);
        let (a, b, c, d) = ids(&framework);
        let today = day(2026, 11, 22);
        let on = day(2026, 11, 2);
        // Vignette v: three people. a: all "x" (3 agreeing pairs of 3); b: x, x, y (1 of 3);
        // c: x, y, z (0 of 3); d: all "x".
        let v = |p: &str, b_r: &str, c_r: &str| {
            submission(p, "v", on, &[(&a, "x"), (&b, b_r), (&c, c_r), (&d, "x")])
        };
        // Vignette w: two more people; b: y, y (1 of 1 pair).
        let w = |p: &str| submission(p, "w", on, &[(&a, "x"), (&b, "y"), (&c, "x"), (&d, "x")]);
        let submissions = [
            v("p1", "x", "x"),
            v("p2", "x", "y"),
            v("p3", "y", "z"),
            w("p4"),
            w("p5"),
        ];
        let references: References = [
            (
                "v".to_string(),
                ratings(&[(&a, "x"), (&b, "x"), (&c, "x"), (&d, "y")]),
            ),
            (
                "w".to_string(),
                ratings(&[(&a, "x"), (&b, "x"), (&c, "x"), (&d, "y")]),
            ),
        ]
        .into_iter()
        .collect();
        let dashboard = build(&framework, &references, &submissions, today);
        assert_eq!(dashboard.submissions, 5);
        assert_eq!(dashboard.people, 5);
        let order: Vec<&str> = dashboard.factors.iter().map(|r| r.id.as_str()).collect();
        // c: (0 + 1) of (3 + 1) pairs = 0.25; b: (1 + 1) of 4 = 0.5; a and d: 1.0 (a has the
        // better reference agreement, so d, which never matched, comes first).
        assert_eq!(order, [c.as_str(), b.as_str(), d.as_str(), a.as_str()]);
        let figure = |id: &str| {
            dashboard
                .factors
                .iter()
                .find(|r| r.id == id)
                .unwrap()
                .agreement
                .clone()
        };
        assert_eq!(figure(&c).between_staff, Ok(0.25));
        assert_eq!(figure(&b).between_staff, Ok(0.5));
        // b matched the reference "x" for p1 and p2 only: 2 of 5.
        assert_eq!(figure(&b).with_reference, Ok(0.4));
        assert_eq!(figure(&d).with_reference, Ok(0.0));
        assert_eq!(figure(&a).people, 5);
        // Domain 1 (a, b): pairs 3 + 3 + 1 + 1 = 8, agreeing 3 + 1 + 1 + 1 = 6.
        let first_domain = framework[0].0.id.get_ref();
        let domain = dashboard
            .domains
            .iter()
            .find(|r| &r.id == first_domain)
            .unwrap();
        assert_eq!(domain.agreement.between_staff, Ok(0.75));
        // Domain 2 (c, d): agreeing (0 + 1) + (3 + 1) = 5 of 8; it is the lower, so first.
        assert_eq!(dashboard.domains[0].agreement.between_staff, Ok(0.625));
    }

    #[test]
    fn figures_from_fewer_than_three_people_are_withheld_everywhere() {
        let toolkit = Toolkit::builtin().unwrap();
        let framework = two_by_two(&toolkit);
        let (a, b, c, d) = ids(&framework);
        let today = day(2026, 11, 22);
        let all = |p: &str, on: NaiveDate| {
            submission(p, "v", on, &[(&a, "x"), (&b, "x"), (&c, "x"), (&d, "x")])
        };
        let references: References = [("v".to_string(), ratings(&[(&a, "x")]))]
            .into_iter()
            .collect();
        // Two people in October, one more in November: three in all, never three in a month.
        let submissions = [
            all("p1", day(2026, 10, 1)),
            all("p2", day(2026, 10, 31)),
            all("p3", day(2026, 11, 1)),
        ];
        let dashboard = build(&framework, &references, &submissions, today);
        assert!(dashboard.factors.iter().all(|r| r.agreement.shown));
        assert_eq!(dashboard.factors[0].agreement.people, 3);
        assert_eq!(dashboard.months.len(), MONTHS as usize);
        assert_eq!(dashboard.months[11].first_day, day(2026, 11, 1));
        assert_eq!(dashboard.months[10].first_day, day(2026, 10, 1));
        assert_eq!(dashboard.months[0].first_day, day(2025, 12, 1));
        for month in &dashboard.months {
            for figure in &month.by_domain {
                assert!(!figure.shown);
                assert!(figure.with_reference.is_err());
                assert!(figure.between_staff.is_err());
            }
        }
        assert_eq!(dashboard.months[10].by_domain[0].people, 2);

        let two = build(&framework, &references, &submissions[..2], today);
        assert!(two.factors.iter().all(|r| !r.agreement.shown));
        assert!(
            two.domains
                .iter()
                .all(|r| r.agreement.with_reference.is_err())
        );
    }

    #[test]
    fn a_month_with_three_people_is_charted_and_everyone_agreeing_is_complete() {
        let toolkit = Toolkit::builtin().unwrap();
        let framework = two_by_two(&toolkit);
        let (a, b, c, d) = ids(&framework);
        let on = day(2026, 3, 15);
        let everyone =
            |p: &str| submission(p, "v", on, &[(&a, "x"), (&b, "x"), (&c, "x"), (&d, "x")]);
        let references: References = [(
            "v".to_string(),
            ratings(&[(&a, "x"), (&b, "x"), (&c, "y"), (&d, "y")]),
        )]
        .into_iter()
        .collect();
        let dashboard = build(
            &framework,
            &references,
            &[everyone("p1"), everyone("p2"), everyone("p3")],
            day(2026, 11, 22),
        );
        let march = dashboard
            .months
            .iter()
            .find(|m| m.first_day == day(2026, 3, 1))
            .unwrap();
        assert_eq!(march.by_domain[0].with_reference, Ok(1.0));
        assert_eq!(march.by_domain[1].with_reference, Ok(0.0));
        assert!(
            dashboard
                .factors
                .iter()
                .all(|r| r.agreement.between_staff == Ok(1.0))
        );
        // A month with nobody: withheld, not zero.
        let april = dashboard
            .months
            .iter()
            .find(|m| m.first_day == day(2026, 4, 1))
            .unwrap();
        assert_eq!(april.by_domain[0].people, 0);
        assert!(april.by_domain[0].with_reference.is_err());
    }

    #[test]
    fn three_people_on_different_vignettes_have_no_pairs_to_compare() {
        let toolkit = Toolkit::builtin().unwrap();
        let framework = two_by_two(&toolkit);
        let (a, ..) = ids(&framework);
        let on = day(2026, 11, 2);
        let submissions = [
            submission("p1", "u", on, &[(&a, "x")]),
            submission("p2", "v", on, &[(&a, "x")]),
            submission("p3", "w", on, &[(&a, "x")]),
        ];
        let dashboard = build(
            &framework,
            &References::new(),
            &submissions,
            day(2026, 11, 22),
        );
        let row = dashboard.factors.iter().find(|r| r.id == a).unwrap();
        assert!(row.agreement.shown);
        assert_eq!(
            row.agreement.between_staff,
            Err(Undefined::FewerThanTwoRaters)
        );
        assert_eq!(row.agreement.with_reference, Err(Undefined::NoItems));
    }
}
