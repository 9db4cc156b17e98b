//! Test helpers: start the real application on a random port with a fresh data directory, and
//! run the real binary. Every test gets its own app and directory; nothing is shared.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dialogues::config::Config;
use dialogues::startup::Application;
use tempfile::TempDir;
use tokio::sync::oneshot;

/// A running application and what a test needs to talk to it.
pub struct TestApp {
    pub address: SocketAddr,
    pub client: reqwest::Client,
    pub data: TempDir,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestApp {
    /// Starts the app on 127.0.0.1 with a random port and a fresh temporary data directory.
    pub async fn spawn() -> Self {
        let data = tempfile::tempdir().expect("temporary directory");
        let mut config = Config::with_data_dir(data.path().join("data"));
        config.listen = "127.0.0.1:0".parse().unwrap();
        let app = Application::build(config).await.expect("the app starts");
        let address = app.address();
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async {
            let _ = stopped.await;
        }));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self {
            address,
            client,
            data,
            stop: Some(stop),
            server: Some(server),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data.path().join("data")
    }

    /// Stops the server gracefully and waits for it (closing the database). Returns the
    /// temporary directory, which lives as long as the caller keeps it.
    pub async fn stop(mut self) -> TempDir {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server
                .await
                .expect("server task")
                .expect("server ran cleanly");
        }
        self.data
    }
}

/// Runs the `dialogues` binary with `args` and the given extra environment, with standard
/// input closed, and returns its output.
pub fn run_dialogues(args: &[&str], env: &[(&str, &str)], cwd: &Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dialogues"));
    command
        .args(args)
        .current_dir(cwd)
        .stdin(std::process::Stdio::null());
    for name in ["DIALOGUES_LISTEN", "DIALOGUES_DATA", "DIALOGUES_TOOLKIT"] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the binary runs")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Every file below `dir` (relative to the crate) whose name ends in `.extension`, sorted.
pub fn files_under(dir: &str, extension: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, extension, found);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
        extension,
        &mut found,
    );
    found.sort();
    found
}
