//! The load benchmark: the release binary, serving a `dialogues demo` organisation of N cases
//! (1,000, 10,000 and 100,000 by default), under a fixed number of concurrent HTTP clients for
//! a fixed time. For each N it reports requests per second, p50 and p99 for:
//!
//! - `/healthz` (32 clients): the machine's own ceiling; every page is also given as a ratio
//!   to it,
//! - the caseload page (`GET /cases`, 32 clients),
//! - a session page (`GET /sessions/{id}`: access check, grant unwrap, one decryption, an
//!   audited read; 32 clients, over the facilitator's sessions),
//! - autosave (`POST …/autosave`: decrypt, edit, encrypt, durable write, audit row; 16 writers,
//!   each on its own session),
//!
//! plus sign-in time (the median of five, argon2id and the key unwrap included) and the
//! server's peak resident memory (VmHWM). It prints a table and writes it as JSON.
//!
//! ```sh
//! cargo bench --bench load                                  # N = 1000, 10000, 100000
//! cargo bench --bench load -- --cases 1000 --seconds 5      # a quick run
//! cargo bench --bench load -- --data target/load-100000 --cases 100000   # reuse a data set
//! ```
//!
//! `cargo bench` builds the binary in the bench (release) profile first. Each data directory
//! is made by this harness (`dialogues demo --cases N`) in a folder it marks as its own; given
//! `--data`, it refuses any folder without that mark, so it can never touch real data. The
//! load generator runs on the same two cores as the server.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dialogues::toolkit::Toolkit;
use serde::Serialize;

/// Every demo account takes this password (given on standard input).
const PASSWORD: &str = "marble orchard kettle drift 1";
/// The facilitator whose pages are driven.
const FACILITATOR: &str = "facilitator@demo.invalid";
/// The file that marks a folder as made by this harness.
const MARK: &str = "made-by-dialogues-load-benchmark";

struct Options {
    cases: Vec<u32>,
    seconds: u64,
    data: Option<PathBuf>,
    out: PathBuf,
}

fn options() -> Options {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let cases = value("--cases")
        .map(|list| {
            list.split(',')
                .map(|n| {
                    n.trim().parse().unwrap_or_else(|_| {
                        fail(&format!(
                            "--cases takes numbers such as 1000,10000; not {n:?}"
                        ))
                    })
                })
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let seconds = value("--seconds")
        .map(|s| {
            s.parse()
                .unwrap_or_else(|_| fail(&format!("--seconds takes a whole number; not {s:?}")))
        })
        .unwrap_or(10);
    let data = value("--data").map(PathBuf::from);
    if data.is_some() && cases.len() != 1 {
        fail("--data reuses one data set: give one --cases N with it");
    }
    let out = value("--out")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/load-report.json"));
    Options {
        cases,
        seconds,
        data,
        out,
    }
}

fn fail(message: &str) -> ! {
    eprintln!("load benchmark: {message}");
    std::process::exit(2)
}

#[derive(Serialize)]
struct Scenario {
    name: String,
    clients: usize,
    requests: usize,
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

#[derive(Serialize)]
struct Run {
    cases: u32,
    demo_seconds: Option<f64>,
    sign_in_ms: f64,
    peak_rss_mib: f64,
    scenarios: Vec<Scenario>,
}

fn main() {
    let options = options();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut runs = Vec::new();
    for &n in &options.cases {
        runs.push(runtime.block_on(run(n, &options)));
    }
    print_table(&runs);
    if let Some(parent) = options.out.parent() {
        std::fs::create_dir_all(parent).ok();
    }
    std::fs::write(&options.out, serde_json::to_vec_pretty(&runs).unwrap())
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", options.out.display())));
    println!("(also written to {})", options.out.display());
}

fn print_table(runs: &[Run]) {
    println!();
    println!("| cases | what | clients | requests/s | ratio to /healthz | p50 ms | p99 ms |");
    println!("|---:|---|---:|---:|---:|---:|---:|");
    for run in runs {
        let ceiling = run.scenarios[0].per_second;
        for s in &run.scenarios {
            println!(
                "| {} | {} | {} | {:.0} | {:.2} | {:.2} | {:.2} |",
                run.cases,
                s.name,
                s.clients,
                s.per_second,
                s.per_second / ceiling,
                s.p50_ms,
                s.p99_ms
            );
        }
        println!(
            "| {} | sign-in (median of 5) | 1 | | | {:.0} | |",
            run.cases, run.sign_in_ms
        );
        println!(
            "| {} | server peak RSS | | | | {:.1} MiB | |",
            run.cases, run.peak_rss_mib
        );
    }
}

/// The folder for N: a fresh one made (and marked) here, or one given with `--data` that this
/// harness made before.
fn data_folder(n: u32, options: &Options) -> (PathBuf, Option<tempfile::TempDir>, bool) {
    match &options.data {
        Some(folder) => {
            if !folder.join(MARK).is_file() {
                fail(&format!(
                    "{} was not made by this benchmark (no {MARK} file in it), so it is left \
                     alone. Give a new folder and it will be made, or leave out --data.",
                    folder.display()
                ));
            }
            let made = folder.join("data").join("dialogues.db").is_file();
            (folder.clone(), None, made)
        }
        None => {
            let temp = tempfile::Builder::new()
                .prefix(&format!("dialogues-load-{n}-"))
                .tempdir_in("target")
                .or_else(|_| tempfile::tempdir())
                .unwrap();
            std::fs::write(temp.path().join(MARK), b"").unwrap();
            (temp.path().to_owned(), Some(temp), false)
        }
    }
}

/// A started `dialogues`, stopped when dropped (also when the benchmark fails half-way).
struct Running(Option<Child>);

impl Running {
    fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, Child::id)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(child) = self.0.take() {
            stop(child);
        }
    }
}

/// Starts the binary and waits for it to say where it serves (`http://…`); returns it and that
/// address.
fn start(args: &[&str], input: Option<&str>) -> (Running, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dialogues"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .env("RUST_LOG", "warn")
        .spawn()
        .unwrap_or_else(|e| fail(&format!("cannot start dialogues: {e}")));
    if let Some(input) = input {
        writeln!(child.stdin.take().unwrap(), "{input}").unwrap();
    }
    // Read its output on a thread that keeps draining it, so the server never writes to a
    // closed pipe.
    let stdout = child.stdout.take().unwrap();
    let (found, address) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.strip_prefix("Dialogues is running at ") {
                let at = rest.split_whitespace().next().unwrap_or_default();
                let _ = found.send(at.trim_end_matches('/').to_owned());
            }
        }
    });
    match address.recv() {
        Ok(address) => (Running(Some(child)), address),
        Err(_) => {
            stop(child);
            fail("dialogues stopped before it served (see its messages above)")
        }
    }
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn peak_rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// The facilitator's sessions: (id, first stage of its module, status, version).
async fn sessions_of(db_file: &Path) -> Vec<(String, String, String, i64)> {
    let url = format!("sqlite://{}?mode=ro", db_file.display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT s.id, s.module_id, s.status, s.version FROM sessions s
         JOIN users u ON u.id = s.facilitator_id
         WHERE u.email = ? ORDER BY s.id LIMIT 5000",
    )
    .bind(FACILITATOR)
    .fetch_all(&pool)
    .await
    .unwrap();
    pool.close().await;
    let toolkit = Toolkit::builtin().unwrap();
    let content = toolkit.content(toolkit.source_language);
    rows.into_iter()
        .filter_map(|(id, module, status, version)| {
            let stage = content
                .modules
                .iter()
                .find(|m| m.id.get_ref() == &module)?
                .stages
                .get_ref()
                .first()?
                .id
                .get_ref()
                .clone();
            Some((id, stage, status, version))
        })
        .collect()
}

async fn run(n: u32, options: &Options) -> Run {
    eprintln!("{n} cases:");
    let (folder, _temp, made) = data_folder(n, options);
    let data = folder.join("data");
    let data_text = data.display().to_string();
    let demo_seconds = if made {
        None
    } else {
        let started = Instant::now();
        let cases = n.to_string();
        let (demo, _) = start(
            &[
                "demo",
                "--data",
                &data_text,
                "--cases",
                &cases,
                "--password-stdin",
                "--listen",
                "127.0.0.1:0",
            ],
            Some(PASSWORD),
        );
        let seconds = started.elapsed().as_secs_f64();
        drop(demo);
        eprintln!("  demo data made in {seconds:.1} s");
        Some(seconds)
    };
    let (server, address) = start(
        &["serve", "--data", &data_text, "--listen", "127.0.0.1:0"],
        None,
    );
    let base = address;
    let duration = Duration::from_secs(options.seconds);

    let mut sign_ins = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        signed_in_client(&base, FACILITATOR).await;
        sign_ins.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    sign_ins.sort_by(f64::total_cmp);
    let (client, token) = signed_in_client(&base, FACILITATOR).await;
    let sessions = sessions_of(&data.join("dialogues.db")).await;
    assert!(!sessions.is_empty(), "the demo facilitator has sessions");
    let mut scenarios = Vec::new();

    let url = format!("{base}/healthz");
    let c = client.clone();
    scenarios.push(
        drive(32, duration, move |_, _| {
            let (c, url) = (c.clone(), url.clone());
            async move {
                let r = c.get(&url).send().await.unwrap();
                assert_eq!(r.status(), 200);
                r.bytes().await.unwrap();
            }
        })
        .await
        .scenario("/healthz", 32),
    );

    let url = format!("{base}/cases");
    let c = client.clone();
    scenarios.push(
        drive(32, duration, move |_, _| {
            let (c, url) = (c.clone(), url.clone());
            async move {
                let r = c.get(&url).send().await.unwrap();
                assert_eq!(r.status(), 200);
                r.bytes().await.unwrap();
            }
        })
        .await
        .scenario("caseload page", 32),
    );

    let ids: Arc<Vec<String>> = Arc::new(sessions.iter().map(|s| s.0.clone()).collect());
    let (c, b, list) = (client.clone(), base.clone(), Arc::clone(&ids));
    scenarios.push(
        drive(32, duration, move |i, k| {
            let url = format!("{b}/sessions/{}", list[(i * 7919 + k * 31) % list.len()]);
            let c = c.clone();
            async move {
                let r = c.get(&url).send().await.unwrap();
                assert_eq!(r.status(), 200);
                r.bytes().await.unwrap();
            }
        })
        .await
        .scenario("session page", 32),
    );

    // Autosave: each writer on its own editable session, carrying the version it last saved.
    let editable: Vec<(String, String, i64)> = sessions
        .iter()
        .filter(|s| matches!(s.2.as_str(), "planned" | "in-progress" | "closed"))
        .map(|s| (s.0.clone(), s.1.clone(), s.3))
        .take(16)
        .collect();
    let writers = editable.len();
    let targets: Arc<Vec<(String, String)>> = Arc::new(
        editable
            .iter()
            .map(|(id, stage, _)| (id.clone(), stage.clone()))
            .collect(),
    );
    let versions: Arc<Vec<std::sync::Mutex<i64>>> = Arc::new(
        editable
            .iter()
            .map(|(_, _, v)| std::sync::Mutex::new(*v))
            .collect(),
    );
    let (c, b, t) = (client.clone(), base.clone(), token.clone());
    scenarios.push(
        drive(writers, duration, move |i, k| {
            let c = c.clone();
            let (session, stage) = targets[i].clone();
            let url = format!("{b}/sessions/{session}/stages/{stage}/autosave");
            let versions = Arc::clone(&versions);
            let t = t.clone();
            async move {
                let version = *versions[i].lock().unwrap();
                let text = format!("Autosaved notes, revision {k}. ").repeat(20);
                let r = c
                    .post(&url)
                    .header("hx-request", "true")
                    .header("x-csrf-token", &t)
                    .form(&[("notes", text.as_str()), ("version", &version.to_string())])
                    .send()
                    .await
                    .unwrap();
                let body = r.text().await.unwrap();
                let saved = body
                    .split("value=\"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .and_then(|v| v.parse::<i64>().ok())
                    .unwrap_or_else(|| panic!("the autosave was accepted: {body}"));
                *versions[i].lock().unwrap() = saved;
            }
        })
        .await
        .scenario("autosave", writers),
    );

    let peak = peak_rss_mib(server.id());
    drop(server);
    Run {
        cases: n,
        demo_seconds,
        sign_in_ms: sign_ins[2],
        peak_rss_mib: peak,
        scenarios,
    }
}

async fn signed_in_client(base: &str, email: &str) -> (reqwest::Client, String) {
    // (The demo accounts all take PASSWORD, given on standard input.)
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(Arc::clone(&jar))
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();
    client.get(format!("{base}/sign-in")).send().await.unwrap();
    let token = csrf_cookie(&jar, base);
    let response = client
        .post(format!("{base}/sign-in"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "sign-in works");
    // Sign-in replaces the CSRF cookie: later forms carry the new one.
    (client, csrf_cookie(&jar, base))
}

fn csrf_cookie(jar: &reqwest::cookie::Jar, base: &str) -> String {
    use reqwest::cookie::CookieStore;
    let cookies = jar.cookies(&base.parse().unwrap()).unwrap();
    cookies
        .to_str()
        .unwrap()
        .split("; ")
        .find_map(|c| c.strip_prefix("dialogues-csrf="))
        .unwrap()
        .to_owned()
}

struct Report {
    requests: usize,
    seconds: f64,
    latencies: Vec<Duration>,
}

impl Report {
    fn scenario(mut self, name: &str, clients: usize) -> Scenario {
        self.latencies.sort();
        let at = |q: f64| {
            let i = ((self.latencies.len() as f64 * q) as usize).min(self.latencies.len() - 1);
            self.latencies[i].as_secs_f64() * 1000.0
        };
        let scenario = Scenario {
            name: name.to_owned(),
            clients,
            requests: self.requests,
            per_second: self.requests as f64 / self.seconds,
            p50_ms: at(0.50),
            p99_ms: at(0.99),
            max_ms: at(1.0),
        };
        eprintln!(
            "  {name}, {clients} clients: {:.0}/s, p50 {:.2} ms, p99 {:.2} ms",
            scenario.per_second, scenario.p50_ms, scenario.p99_ms
        );
        scenario
    }
}

/// Runs `clients` loops of `request(i, n)` for `duration`, each timing its requests.
async fn drive<F, Fut>(clients: usize, duration: Duration, request: F) -> Report
where
    F: Fn(usize, usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..clients {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut n = 0;
            while started.elapsed() < duration {
                let t = Instant::now();
                request(i, n).await;
                latencies.push(t.elapsed());
                n += 1;
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    Report {
        requests: latencies.len(),
        seconds: started.elapsed().as_secs_f64(),
        latencies,
    }
}
