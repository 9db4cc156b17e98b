//! Browser tests: whole journeys in headless Chromium, with axe-core on every page.
//!
//! This test sets up two fresh organisations the way a new installation is set up (the real
//! `dialogues init` binary, run against the data directory of a server that is already
//! running, as the README says), installs the Node packages of `tests/browser/package.json`
//! with `npm ci` under `target/` (only when the lockfile changed), and runs
//! `tests/browser/journeys.mjs` once: it drives Chromium through every journey against the
//! first server with JavaScript on and the second with JavaScript off. Screenshots of failures
//! go to `target/browser-artefacts/`.
//!
//! It must never skip itself: a machine without Chromium or Node.js fails with a message that
//! says how to install them. It must never write into the source tree.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestApp, run_dialogues_with_input};

const ADMIN_EMAIL: &str = "ada@example.org";

/// The Chromium to drive: `DIALOGUES_CHROMIUM` if set, else `chromium` or `chromium-browser`
/// on the `PATH`.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("DIALOGUES_CHROMIUM") {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "DIALOGUES_CHROMIUM is set to {}, which is not a file. Point it at a Chromium binary, or unset it to use `chromium` from the PATH.",
            path.display()
        );
        return path;
    }
    find_on_path(&["chromium", "chromium-browser"]).unwrap_or_else(|| {
        panic!(
            "The browser tests need Chromium, and none was found (looked for `chromium` and `chromium-browser` on the PATH). \
             Install it (on Debian: apt-get install chromium), or set DIALOGUES_CHROMIUM to a Chromium binary, then run `cargo test --locked` again."
        )
    })
}

fn find_on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// `target/`, found from the folder Cargo gives integration tests for temporary files.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target folder")
        .to_path_buf()
}

/// Installs the browser tests' Node packages into `target/browser-tests` (the same approach as
/// `build.rs`: `npm ci --ignore-scripts`, only when the lockfile changed). Returns the folder.
fn install_packages() -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let dir = target_dir().join("browser-tests");
    std::fs::create_dir_all(&dir).expect("create target/browser-tests");
    let lock = std::fs::read(source.join("package-lock.json"))
        .expect("read tests/browser/package-lock.json");
    let stamp = dir.join(".installed-lock");
    let up_to_date = std::fs::read(&stamp).is_ok_and(|installed| installed == lock)
        && dir.join("node_modules").is_dir();
    for file in ["package.json", "package-lock.json", "journeys.mjs"] {
        std::fs::copy(source.join(file), dir.join(file))
            .unwrap_or_else(|e| panic!("copy tests/browser/{file} to {}: {e}", dir.display()));
    }
    if up_to_date {
        return dir;
    }
    let status = Command::new("npm")
        .args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(&dir)
        .status();
    match status {
        Ok(s) if s.success() => std::fs::write(&stamp, lock).expect("write the npm stamp"),
        Ok(s) => panic!(
            "`npm ci` failed ({s}) while fetching the browser tests' packages (playwright-core, axe-core). Check that the npm registry is reachable, then run the tests again."
        ),
        Err(_) => panic!(
            "npm was not found. The browser tests fetch playwright-core and axe-core with npm: install Node.js 20 or later and npm (on Debian: apt-get install nodejs npm), then run the tests again."
        ),
    }
    dir
}

/// A running server whose organisation was created by the real `dialogues init`.
async fn set_up_organisation(password: &str) -> TestApp {
    let app = TestApp::spawn().await;
    let start = app.get("/").await.text().await.unwrap();
    assert!(
        start.contains("dialogues init") || start.contains("init --admin-email"),
        "a new installation's start page shows the set-up command"
    );
    let data = app.data_dir();
    let key = app.data.path().join("recovery.key");
    let output = run_dialogues_with_input(
        &[
            "init",
            "--data",
            data.to_str().unwrap(),
            "--admin-email",
            ADMIN_EMAIL,
            "--admin-name",
            "Ada Admin",
            "--recovery-key-out",
            key.to_str().unwrap(),
            "--password-stdin",
        ],
        &format!("{password}\n"),
        app.data.path(),
    );
    assert!(
        output.status.success(),
        "dialogues init failed: {}",
        common::stderr(&output)
    );
    app
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_journey_works_in_chromium_with_and_without_javascript_and_passes_axe() {
    let chromium = chromium();
    if find_on_path(&["node"]).is_none() {
        panic!(
            "The browser tests need Node.js, and `node` is not on the PATH. Install Node.js 20 or later and npm (on Debian: apt-get install nodejs npm), then run `cargo test --locked` again."
        );
    }
    let packages = tokio::task::spawn_blocking(install_packages)
        .await
        .expect("installing the packages");
    let artefacts = target_dir().join("browser-artefacts");
    // Old screenshots would mislead: only this run's failures are kept.
    let _ = std::fs::remove_dir_all(&artefacts);

    let password = "lantern meadow copper whistle 7";
    let with_js = set_up_organisation(password).await;
    let without_js = set_up_organisation(password).await;
    let settings = serde_json::json!({
        "chromium": chromium,
        "artefacts": artefacts,
        "runs": [
            { "mode": "js", "base": format!("http://{}", with_js.address), "admin": { "email": ADMIN_EMAIL, "password": password } },
            { "mode": "no-js", "base": format!("http://{}", without_js.address), "admin": { "email": ADMIN_EMAIL, "password": password } },
        ],
    });
    let script = packages.join("journeys.mjs");
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(&script)
            .current_dir(&packages)
            .env("BROWSER_TEST_CONFIG", settings.to_string())
            .output()
    })
    .await
    .expect("the browser run")
    .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        output.status.success(),
        "The browser journeys failed (screenshots in {}):\n{stdout}\n{stderr}",
        artefacts.display()
    );
    // The run said what it checked: both modes, every journey, many pages.
    for mode in ["js", "no-js"] {
        assert!(
            stdout.contains(&format!(
                "ok   {mode} learner takes and resumes the refresher"
            )),
            "the {mode} run did not reach its last journey:\n{stdout}"
        );
    }
    assert!(!stdout.contains("FAIL"), "{stdout}");

    // The server recorded what the browser did, in both runs.
    for app in [&with_js, &without_js] {
        let actions = app.audit_actions().await;
        for action in [
            "sign-in-failed",
            "account-created",
            "account-activated",
            "training-imported",
            "concern-raised",
            "session-signed-off",
            "formulation-signed-off",
            "refresher-finished",
        ] {
            assert!(
                actions.iter().any(|a| a == action),
                "the audit log has no {action} after the journeys"
            );
        }
    }
}
