//! The real `dialogues serve` binary run as a child process on a free port, with its standard
//! output and error written to files (the server's real logs), for tests that must kill it or
//! read what it logged. It must never write outside the directories the test gives it.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `dialogues serve`.
pub struct Served {
    pub child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    pub stdout: PathBuf,
    pub stderr: PathBuf,
}

impl Served {
    /// Starts `dialogues serve --data DATA --listen 127.0.0.1:0` with `RUST_LOG=rust_log`, its
    /// output in `logs/NAME.out` and `logs/NAME.err`, and waits until it says where it runs.
    pub fn start(data: &Path, logs: &Path, name: &str, rust_log: &str) -> Self {
        let stdout = logs.join(format!("{name}.out"));
        let stderr = logs.join(format!("{name}.err"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_dialogues"));
        command
            .args([
                "serve",
                "--data",
                data.to_str().unwrap(),
                "--listen",
                "127.0.0.1:0",
            ])
            .current_dir(logs)
            .stdin(Stdio::null())
            .stdout(File::create(&stdout).unwrap())
            .stderr(File::create(&stderr).unwrap())
            .env("RUST_LOG", rust_log);
        for variable in ["DIALOGUES_LISTEN", "DIALOGUES_DATA", "DIALOGUES_TOOLKIT"] {
            command.env_remove(variable);
        }
        let mut child = command.spawn().expect("the binary starts");
        let started = Instant::now();
        loop {
            // "Dialogues is running at http://127.0.0.1:PORT/ (press Ctrl+C to stop)"
            let out = std::fs::read_to_string(&stdout).unwrap_or_default();
            if let Some(line) = out
                .lines()
                .find(|l| l.contains("running at http://") && l.contains("/ "))
            {
                let rest = &line[line.find("http://").unwrap()..];
                let base = rest[..rest.find("/ ").unwrap()].to_owned();
                return Self {
                    child,
                    base,
                    stdout,
                    stderr,
                };
            }
            if let Some(status) = child.try_wait().unwrap() {
                panic!(
                    "the server ({name}) exited with {status} before serving: {}",
                    std::fs::read_to_string(&stderr).unwrap_or_default()
                );
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server ({name}) did not start within a minute: {}",
                std::fs::read_to_string(&stderr).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// What the server wrote to standard error so far (its log).
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Kills the server with SIGKILL and waits for it to end.
    pub fn kill(&mut self) {
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().expect("the server ends");
    }

    /// Stops the server as Ctrl+C would (SIGINT: in-flight requests finish, the database is
    /// closed) and waits for it to end.
    pub fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let started = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(30) {
                self.kill();
                panic!("the server did not stop within 30 s of SIGINT");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
