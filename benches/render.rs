//! Template benchmark: rendering the two busiest pages on their own (no database, no crypto),
//! and the calibration agreement statistics. Run with `cargo bench --bench render`.
//!
//! - the caseload: one full page of 50 cases;
//! - a signed-off session: every stage, the closing with evidence, the training snapshot,
//!   comments and an amendment (the heaviest session page the demo serves);
//! - Fleiss' kappa for a group and Cohen's (weighted) kappa for a pair, at the size of a
//!   calibration exercise (the framework's factors) and of a year's dashboard.

use askama::Template;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dialogues::calibration::stats::{self, Weights};
use dialogues::i18n::Lang;
use dialogues::toolkit::Toolkit;
use dialogues::web::page::{PageContext, UserLabel};

fn context(lang: Lang) -> PageContext {
    PageContext {
        lang,
        path: "/cases".into(),
        toolkit: None,
        csrf: Some("c".repeat(43)),
        user: Some(UserLabel {
            name: "A. Facilitator".into(),
            is_administrator: false,
            is_training_manager: false,
            is_facilitator: true,
            is_supervisor: false,
        }),
    }
}

fn templates(c: &mut Criterion) {
    let toolkit = Toolkit::builtin().expect("the built-in toolkit is valid");
    let mut group = c.benchmark_group("render");
    for lang in [Lang::En, Lang::Cy] {
        let caseload = dialogues::cases::pages::sample_caseload(context(lang));
        group.bench_function(BenchmarkId::new("caseload, 50 cases", lang.code()), |b| {
            b.iter(|| caseload.render().unwrap());
        });
        let session =
            dialogues::sessions::pages::sample_session(context(lang), toolkit.content(lang));
        group.bench_function(BenchmarkId::new("session, signed off", lang.code()), |b| {
            b.iter(|| session.render().unwrap())
        });
    }
    group.finish();
}

/// Made-up ratings that agree often but not always, spread over a scale of `categories`.
fn ratings(items: usize, raters: usize, categories: usize) -> Vec<Vec<usize>> {
    (0..items)
        .map(|i| {
            (0..raters)
                .map(|r| {
                    if r % 3 == 0 {
                        (i + r) % categories
                    } else {
                        i % categories
                    }
                })
                .collect()
        })
        .collect()
}

fn agreement(c: &mut Criterion) {
    let mut group = c.benchmark_group("agreement");
    // A calibration exercise: about 30 factors, a training group of 12; a dashboard: a year of
    // exercises by 200 staff, pooled.
    for (label, items, raters) in [("exercise", 30, 12), ("year", 30 * 12, 200)] {
        let counts = stats::counts_of(&ratings(items, raters, 4), 4).unwrap();
        group.bench_function(BenchmarkId::new("fleiss kappa", label), |b| {
            b.iter(|| stats::fleiss_kappa(&counts).unwrap());
        });
        let pairs: Vec<(usize, usize)> = ratings(items, 2, 3)
            .into_iter()
            .map(|r| (r[0], r[1]))
            .collect();
        group.bench_function(BenchmarkId::new("weighted kappa", label), |b| {
            b.iter(|| stats::cohen_kappa(&pairs, 3, Weights::Quadratic).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, templates, agreement);
criterion_main!(benches);
