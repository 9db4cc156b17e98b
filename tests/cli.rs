//! The real binary: help, the default command, and every bad start-up input, each of which
//! exits non-zero with one clear sentence and leaves nothing half-created behind.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Command, Stdio};

use common::{run_dialogues, stderr, stdout};

#[test]
fn help_is_available_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let top = run_dialogues(&["--help"], &[], dir.path());
    assert!(top.status.success());
    assert!(stdout(&top).contains("serve"));
    assert!(stdout(&top).contains("--listen"));
    let serve = run_dialogues(&["serve", "--help"], &[], dir.path());
    assert!(serve.status.success());
    for flag in [
        "--listen",
        "--data",
        "--toolkit",
        "DIALOGUES_LISTEN",
        "DIALOGUES_DATA",
        "DIALOGUES_TOOLKIT",
    ] {
        assert!(
            stdout(&serve).contains(flag),
            "serve --help mentions {flag}"
        );
    }
}

#[test]
fn an_unknown_flag_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_dialogues(&["serve", "--colour", "blue"], &[], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unexpected argument '--colour'"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("data").exists(), "nothing created");
}

#[test]
fn an_invalid_listen_address_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_dialogues(&["--listen", "localhost-ish"], &[], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("invalid value 'localhost-ish' for '--listen"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_port_in_use_is_named_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let data = dir.path().join("fresh/data");
    let output = run_dialogues(
        &["serve", "--data", data.to_str().unwrap()],
        &[("DIALOGUES_LISTEN", &address)],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains(&format!(
            "cannot listen on {address} because another program is already using that port"
        )),
        "{message}"
    );
    assert!(message.contains("--listen"));
    assert!(
        !dir.path().join("fresh").exists(),
        "no data directory left behind"
    );
}

#[test]
fn a_data_path_that_is_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "not a directory").unwrap();
    let output = run_dialogues(
        &["--listen", "127.0.0.1:0", "--data", file.to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("is not a directory"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a directory");
}

#[test]
fn an_unwritable_data_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // /sys refuses new files even to root, so this holds however the tests are run.
    let output = run_dialogues(
        &["--listen", "127.0.0.1:0", "--data", "/sys"],
        &[],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("cannot create the database file /sys/dialogues.db"),
        "{message}"
    );
    assert!(message.contains("writable"), "{message}");
}

#[test]
fn a_database_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let db = data.join("dialogues.db");
    std::fs::write(&db, "these are somebody's notes, not a database").unwrap();
    let output = run_dialogues(
        &["--listen", "127.0.0.1:0", "--data", data.to_str().unwrap()],
        &[],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("is not an SQLite database"), "{message}");
    assert!(message.contains("move it aside"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "these are somebody's notes, not a database"
    );
    assert!(!data.join("dialogues.db-wal").exists());
}

#[test]
fn a_missing_toolkit_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_dialogues(
        &["--listen", "127.0.0.1:0", "--toolkit", "no-such-toolkit"],
        &[("DIALOGUES_DATA", "data")],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the toolkit directory no-such-toolkit does not exist"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("data").exists());
}

/// With no command, `dialogues` serves: start it, read the address it prints, ask /healthz.
#[test]
fn no_command_means_serve() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dialogues"))
        .args(["--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env_remove("DIALOGUES_DATA")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .expect("the address is printed")
        .to_owned();
    let body = reqwest::blocking_get(&format!("{url}healthz"));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(body, "ok\n");
    assert!(
        dir.path().join("data/dialogues.db").is_file(),
        "the default data directory is ./data"
    );
}

mod reqwest {
    /// A minimal blocking GET over a raw socket, so this test needs no async runtime.
    pub fn blocking_get(url: &str) -> String {
        use std::io::{Read, Write};
        let rest = url.strip_prefix("http://").unwrap();
        let (host, path) = rest.split_once('/').unwrap();
        let mut stream = std::net::TcpStream::connect(host).unwrap();
        write!(
            stream,
            "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
            .split_once("\r\n\r\n")
            .map(|(_, body)| body.to_owned())
            .unwrap_or_default()
    }
}
