//! Test helpers: start the real application on a random port with a fresh data directory, and
//! run the real binary. Every test gets its own app and directory; nothing is shared.

#![allow(dead_code)]

pub mod inputs;
pub mod journeys;
pub mod served;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use std::sync::Arc;

use age::secrecy::SecretString;
use dialogues::accounts::{
    self, ChangedBy, Email, NewAccount, NewOrganisation, PersonName, Roles, UserId,
};
use dialogues::auth::password::NewPassword;
use dialogues::auth::{Auth, KeyWork};
use dialogues::config::Config;
use dialogues::crypto::KeyPair;
use dialogues::db::Database;
use dialogues::startup::Application;
use tempfile::TempDir;
use tokio::sync::oneshot;

/// A running application and what a test needs to talk to it.
pub struct TestApp {
    pub address: SocketAddr,
    pub client: reqwest::Client,
    pub data: TempDir,
    pub db: Database,
    pub auth: Auth,
    pub config: Config,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestApp {
    /// Starts the app on 127.0.0.1 with a random port and a fresh temporary data directory.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Starts the app with some settings changed (short timeouts, secure cookies, …).
    pub async fn spawn_with(change: impl FnOnce(&mut Config)) -> Self {
        let data = tempfile::tempdir().expect("temporary directory");
        let mut config = Config::with_data_dir(data.path().join("data"));
        config.listen = "127.0.0.1:0".parse().unwrap();
        change(&mut config);
        let app = Application::build(config.clone())
            .await
            .expect("the app starts");
        let address = app.address();
        let db = app.database();
        let auth = app.auth().clone();
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
            db,
            auth,
            config,
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

    /// A fresh browser: its own cookie jar, no redirects followed.
    pub fn browser(&self) -> Browser {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_provider(Arc::clone(&jar))
            .build()
            .unwrap();
        Browser {
            base: format!("http://{}", self.address),
            client,
            jar,
        }
    }

    /// Runs `dialogues init`'s work in-process: the organisation and an administrator who can
    /// sign in with `password`. Returns the administrator's id and the recovery key.
    pub async fn init_organisation(&self, email: &str, password: &str) -> (UserId, KeyPair) {
        let recovery = KeyPair::generate();
        let id = accounts::initialise(
            &self.db,
            &KeyWork::new(2),
            NewOrganisation {
                name: "Test organisation".into(),
                admin_email: Email::parse(email).unwrap(),
                admin_name: PersonName::parse("Ada Admin").unwrap(),
                admin_password: NewPassword::parse(password, password, &[]).unwrap(),
            },
            &recovery.recipient(),
        )
        .await
        .expect("the organisation is created");
        (id, recovery)
    }

    async fn add(
        &self,
        email: &str,
        name: &str,
        roles: &[&str],
        password: Option<&str>,
        validity: std::time::Duration,
    ) -> accounts::Added {
        accounts::add(
            &self.db,
            &KeyWork::new(2),
            &ChangedBy::command_line(),
            NewAccount {
                email: Email::parse(email).unwrap(),
                name: PersonName::parse(name).unwrap(),
                roles: Roles::parse(roles.iter().copied()).unwrap(),
                supervisors: vec![],
            },
            password.map(|p| NewPassword::parse(p, p, &[]).unwrap()),
            validity,
        )
        .await
        .expect("the person is added")
    }

    /// Adds an active person who can sign in with `password`.
    pub async fn add_person(
        &self,
        email: &str,
        name: &str,
        roles: &[&str],
        password: &str,
    ) -> UserId {
        self.add(
            email,
            name,
            roles,
            Some(password),
            std::time::Duration::from_secs(3600),
        )
        .await
        .id
    }

    /// Adds an active person supervised by the people with these emails.
    pub async fn add_supervised(
        &self,
        email: &str,
        name: &str,
        roles: &[&str],
        password: &str,
        supervisors: &[&str],
    ) -> UserId {
        accounts::add(
            &self.db,
            &KeyWork::new(2),
            &ChangedBy::command_line(),
            NewAccount {
                email: Email::parse(email).unwrap(),
                name: PersonName::parse(name).unwrap(),
                roles: Roles::parse(roles.iter().copied()).unwrap(),
                supervisors: supervisors
                    .iter()
                    .map(|e| Email::parse(e).unwrap())
                    .collect(),
            },
            Some(NewPassword::parse(password, password, &[]).unwrap()),
            std::time::Duration::from_secs(3600),
        )
        .await
        .expect("the person is added")
        .id
    }

    /// Records everything the built-in toolkit's facilitation rule asks for, a month ago, so
    /// that `person` may run sessions.
    pub async fn make_trained(&self, person: &UserId) {
        let when = dialogues::training::today() - chrono::Duration::days(30);
        for (requirement, module, score) in [
            ("aspects", "", None),
            ("elearning-understanding", "understanding-1", Some(90)),
            ("elearning-understanding", "understanding-2", Some(85)),
            ("elearning-dd", "dd-1", Some(88)),
            ("elearning-dd", "dd-2", Some(92)),
            ("dd-face-to-face", "", None),
        ] {
            dialogues::training::record(
                &self.db,
                &ChangedBy::command_line(),
                person,
                &dialogues::training::status::Record {
                    requirement: requirement.into(),
                    module: module.into(),
                    completed_on: when,
                    score,
                    evidence: "Test record".into(),
                },
            )
            .await
            .expect("the record is written");
        }
    }

    /// Adds a person awaiting activation; returns the one-time token.
    pub async fn invite_person(
        &self,
        email: &str,
        name: &str,
        roles: &[&str],
        validity: std::time::Duration,
    ) -> String {
        self.add(email, name, roles, None, validity)
            .await
            .activation_token
            .expect("a token")
    }

    /// Whether the audit log holds an entry with this action.
    pub async fn audited(&self, action: &str) -> bool {
        self.audit_actions().await.iter().any(|a| a == action)
    }

    /// Sam Jones, an active facilitator who signs in with `password(2)`.
    pub async fn add_sam(&self) -> UserId {
        self.add_person(
            "sam@example.org",
            "Sam Jones",
            &["facilitator"],
            &password(2),
        )
        .await
    }

    /// Every audit row's action, oldest first.
    pub async fn audit_actions(&self) -> Vec<String> {
        sqlx::query_scalar("SELECT action FROM audit_log ORDER BY seq")
            .fetch_all(self.db.reader())
            .await
            .unwrap()
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

/// The bytes of a running app's database file and its write-ahead log (empty if absent), read
/// by a child process: reading the database file from this process, where SQLite has it open,
/// would drop SQLite's POSIX locks on it (closing any descriptor of a file does), and a later
/// command could then read a stale database.
pub fn live_database_files(database: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut wal = database.to_owned().into_os_string();
    wal.push("-wal");
    [database.to_owned(), PathBuf::from(wal)]
        .into_iter()
        .map(|path| {
            let read = Command::new("cat")
                .arg(&path)
                .stderr(std::process::Stdio::null())
                .output()
                .expect("cat runs");
            (path, read.stdout)
        })
        .collect()
}

/// Runs `dialogues retention --apply` on `data` as administrator `by` with a retention period
/// of 0 days, so every closed case is destroyed; returns its output.
pub fn destroy_closed_cases(data: &Path, by: &str, cwd: &Path) -> Output {
    let data = data.to_str().expect("a UTF-8 path");
    run_dialogues(
        &[
            "retention",
            "--data",
            data,
            "--retention-days",
            "0",
            "--apply",
            "--by",
            by,
        ],
        &[],
        cwd,
    )
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

/// A browser with its own cookies, for journeys through the real pages.
pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
}

/// A response read in full.
pub struct Page {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers.get("location").and_then(|v| v.to_str().ok())
    }

    /// Every `Set-Cookie` header, as sent.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_owned))
            .collect()
    }
}

impl Browser {
    /// A fresh browser for a server at `base` (`http://127.0.0.1:PORT`) that this process did
    /// not start in-process, such as the real binary run as a child.
    pub fn at(base: &str) -> Self {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_provider(Arc::clone(&jar))
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap();
        Browser {
            base: base.trim_end_matches('/').to_owned(),
            client,
            jar,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    async fn read(response: reqwest::Response) -> Page {
        Page {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::read(self.client.get(self.url(path)).send().await.unwrap()).await
    }

    /// The cookies this browser would send, as one `name=value; …` string.
    pub fn cookies(&self) -> String {
        use reqwest::cookie::CookieStore;
        self.jar
            .cookies(&self.base.parse().unwrap())
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies()
            .split("; ")
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")).map(str::to_owned))
    }

    /// Replaces a cookie's value (to tamper with it).
    pub fn set_cookie(&self, name: &str, value: &str) {
        self.jar.add_cookie_str(
            &format!("{name}={value}; Path=/"),
            &self.base.parse().unwrap(),
        );
    }

    /// The CSRF token the server gave this browser (visiting the start page first if needed).
    pub async fn csrf_token(&self) -> String {
        if self.cookie("dialogues-csrf").is_none() {
            self.get("/").await;
        }
        self.cookie("dialogues-csrf").expect("a CSRF cookie")
    }

    /// Posts a form as a browser would, with the page's CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::read(
            self.client
                .post(self.url(path))
                .form(fields)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Uploads a file from a form (multipart), with the page's CSRF token first as a browser
    /// sends it.
    pub async fn upload(&self, path: &str, field: &str, file_name: &str, bytes: Vec<u8>) -> Page {
        let token = self.csrf_token().await;
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", token)
            .part(
                field.to_owned(),
                reqwest::multipart::Part::bytes(bytes)
                    .file_name(file_name.to_owned())
                    .mime_str("text/csv")
                    .unwrap(),
            );
        Self::read(
            self.client
                .post(self.url(path))
                .multipart(form)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Signs in and checks it worked.
    pub async fn sign_in(&self, email: &str, password: &str) {
        let page = self
            .post(
                "/sign-in",
                &[("email", email), ("password", password), ("next", "/")],
            )
            .await;
        assert_eq!(page.status, 303, "sign-in failed: {}", page.body);
    }
}

/// A password that passes the policy, different for each `n`.
pub fn password(n: u32) -> String {
    format!("marble orchard kettle drift {n}")
}

/// Unwraps a stored key with a password (to check what the database holds).
pub fn open_wrapped(wrapped: &[u8], password: &str) -> Option<KeyPair> {
    dialogues::crypto::unwrap_with_password(wrapped, &SecretString::from(password.to_owned())).ok()
}

/// Runs the `dialogues` binary with `input` on standard input.
pub fn run_dialogues_with_input(args: &[&str], input: &str, cwd: &Path) -> Output {
    use std::io::Write;
    let mut command = Command::new(env!("CARGO_BIN_EXE_dialogues"));
    command
        .args(args)
        .current_dir(cwd)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    for name in [
        "DIALOGUES_LISTEN",
        "DIALOGUES_DATA",
        "DIALOGUES_TOOLKIT",
        "DIALOGUES_PUBLIC_URL",
    ] {
        command.env_remove(name);
    }
    let mut child = command.spawn().expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
