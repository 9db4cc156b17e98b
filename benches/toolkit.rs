//! Toolkit benchmark: reading and checking the built-in toolkit (every file, every translation,
//! every rule), which `serve` does once at start-up. Run with `cargo bench --bench toolkit`.

use criterion::{Criterion, criterion_group, criterion_main};
use dialogues::toolkit::Toolkit;

fn load_builtin(c: &mut Criterion) {
    c.bench_function("toolkit/load and check the built-in toolkit", |b| {
        b.iter(|| Toolkit::builtin().expect("the built-in toolkit is valid"));
    });
}

criterion_group!(benches, load_builtin);
criterion_main!(benches);
