//! Crypto benchmark: the costs behind sign-in and every page that shows notes. Run with
//! `cargo bench --bench crypto`.
//!
//! - unwrapping a user key with the password (scrypt at the fixed work factor): sign-in;
//! - opening a case key from a grant (X25519): once per case per page;
//! - sealing and opening a 2 KB and a 64 KB session document.

use age::secrecy::SecretString;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use dialogues::crypto::{self, Binding, KeyPair};

fn binding() -> Binding {
    Binding {
        kind: "session-notes".into(),
        record_id: "record-1".into(),
        case_id: "case-1".into(),
        author_id: "user-1".into(),
        version: 1,
    }
}

fn keys(c: &mut Criterion) {
    let password = SecretString::from("a long enough pass phrase");
    let user = KeyPair::generate();
    let wrapped = crypto::wrap_with_password(&user, &password).unwrap();
    let mut group = c.benchmark_group("crypto");
    group.sample_size(20);
    group.bench_function("unwrap user key with password (scrypt 2^16)", |b| {
        b.iter(|| crypto::unwrap_with_password(&wrapped, &password).unwrap());
    });
    let case = KeyPair::generate();
    let ring = crypto::Keyring::one(case.clone());
    let grant = crypto::wrap_keyring(&ring, &user.recipient()).unwrap();
    group.bench_function("open case key from a grant", |b| {
        b.iter(|| crypto::unwrap_keyring(&grant, &user).unwrap());
    });
    group.finish();

    let mut group = c.benchmark_group("crypto/session document");
    for size in [2 * 1024, 64 * 1024] {
        let notes = "n".repeat(size);
        group.throughput(Throughput::Bytes(size as u64));
        group.bench_with_input(BenchmarkId::new("seal", size), &notes, |b, notes| {
            b.iter(|| crypto::seal(&binding(), notes, &case.recipient()).unwrap());
        });
        let sealed = crypto::seal(&binding(), &notes, &case.recipient()).unwrap();
        group.bench_with_input(BenchmarkId::new("open", size), &sealed, |b, sealed| {
            b.iter(|| crypto::open::<String>(&binding(), sealed, &ring).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, keys);
criterion_main!(benches);
