//! Start-up benchmark: how long `dialogues serve` takes from launch to answering `/healthz` on an
//! empty data directory, and how much memory it holds when idle.
//!
//! Run with `cargo bench --bench startup`. Criterion reports the time; the idle resident set
//! size (VmRSS from /proc, after one second of idling) is printed after it. Each launch gets a
//! fresh temporary data directory, so the database is created and migrated every time.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

fn free_address() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

fn healthz_ok(address: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect(address) else {
        return false;
    };
    let request = format!("GET /healthz HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut response = String::new();
    stream.read_to_string(&mut response).is_ok() && response.starts_with("HTTP/1.1 200")
}

/// Launches the server and waits until /healthz answers; returns the child and the time taken.
/// The caller hands the child to [`stop`], which waits for it.
#[allow(clippy::zombie_processes)]
fn launch(data: &std::path::Path) -> (Child, SocketAddr, Duration) {
    let address = free_address();
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_dialogues"))
        .args(["serve", "--listen", &address.to_string(), "--data"])
        .arg(data)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("launch dialogues");
    loop {
        if healthz_ok(address) {
            return (child, address, started.elapsed());
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "dialogues did not start"
        );
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("launch to first /healthz (empty data directory)", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let dir = tempfile::tempdir().unwrap();
                let (child, _, elapsed) = launch(&dir.path().join("data"));
                total += elapsed;
                stop(child);
            }
            total
        });
    });
    group.finish();

    let dir = tempfile::tempdir().unwrap();
    let (child, address, elapsed) = launch(&dir.path().join("data"));
    for _ in 0..50 {
        healthz_ok(address);
    }
    std::thread::sleep(Duration::from_secs(1));
    let rss = resident_kib(child.id());
    println!(
        "startup: one more launch took {elapsed:?}; idle RSS after 50 requests and 1 s: {:.1} MiB",
        rss as f64 / 1024.0
    );
    stop(child);
}

criterion_group!(benches, startup);
criterion_main!(benches);
