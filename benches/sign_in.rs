//! Sign-in benchmark: a whole sign-in over HTTP (fetch the form, post it: argon2id check plus
//! the scrypt unwrap of the user's key, session start, audit row), and how long the start page
//! takes while eight sign-ins are being worked on at once (key derivation runs on blocking
//! threads behind a limit, so other pages should barely notice). Run with
//! `cargo bench --bench sign_in`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use dialogues::accounts::{self, Email, NewOrganisation, PersonName};
use dialogues::auth::KeyWork;
use dialogues::auth::password::NewPassword;
use dialogues::config::Config;
use dialogues::crypto::KeyPair;
use dialogues::startup::Application;

const EMAIL: &str = "ada@example.org";
const PASSWORD: &str = "marble orchard kettle drift 1";

struct Running {
    base: String,
    _data: tempfile::TempDir,
}

async fn start() -> Running {
    let data = tempfile::tempdir().unwrap();
    let mut config = Config::with_data_dir(data.path().join("data"));
    config.listen = "127.0.0.1:0".parse().unwrap();
    let app = Application::build(config).await.unwrap();
    let base = format!("http://{}", app.address());
    accounts::initialise(
        &app.database(),
        &KeyWork::new(2),
        NewOrganisation {
            name: "Bench".into(),
            admin_email: Email::parse(EMAIL).unwrap(),
            admin_name: PersonName::parse("Ada").unwrap(),
            admin_password: NewPassword::parse(PASSWORD, PASSWORD, &[]).unwrap(),
        },
        &KeyPair::generate().recipient(),
    )
    .await
    .unwrap();
    tokio::spawn(app.run_until(std::future::pending()));
    Running { base, _data: data }
}

async fn sign_in(base: &str) {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(Arc::clone(&jar))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    client.get(format!("{base}/sign-in")).send().await.unwrap();
    let token = {
        use reqwest::cookie::CookieStore;
        let cookies = jar.cookies(&base.parse().unwrap()).unwrap();
        let cookies = cookies.to_str().unwrap().to_owned();
        cookies
            .split("; ")
            .find_map(|c| c.strip_prefix("dialogues-csrf="))
            .unwrap()
            .to_owned()
    };
    let response = client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", EMAIL),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
}

fn benches(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let running = runtime.block_on(start());
    let base = running.base.clone();

    let mut group = c.benchmark_group("sign-in");
    group.sample_size(20);
    group.bench_function("form + post (argon2id + key unwrap)", |b| {
        b.to_async(&runtime).iter(|| sign_in(&base));
    });
    group.bench_function("start page during 8 concurrent sign-ins", |b| {
        b.to_async(&runtime).iter_custom(|iters| {
            let base = base.clone();
            async move {
                let client = reqwest::Client::new();
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let burst: Vec<_> = (0..8)
                        .map(|_| {
                            let base = base.clone();
                            tokio::spawn(async move { sign_in(&base).await })
                        })
                        .collect();
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    let started = Instant::now();
                    let page = client.get(format!("{base}/")).send().await.unwrap();
                    assert!(page.status().is_success());
                    page.bytes().await.unwrap();
                    total += started.elapsed();
                    for task in burst {
                        task.await.unwrap();
                    }
                }
                total
            }
        });
    });
    group.finish();
}

criterion_group!(sign_in_benches, benches);
criterion_main!(sign_in_benches);
