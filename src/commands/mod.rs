//! The account commands behind `dialogues init` and `dialogues user …`: everything except
//! argument parsing, which stays in `main.rs`. Each returns the text to print, or an error whose
//! message names the problem and what to do.
//!
//! Passwords come from the terminal (never echoed) or, for automation, from standard input with
//! `--password-stdin`. They are never printed, logged or put in an error.

pub mod demo;
pub mod export;
pub mod retention;

use std::fs::OpenOptions;
use std::io::{self, BufRead, IsTerminal, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use age::secrecy::ExposeSecret;

use crate::accounts::{
    self, AccountStatus, AccountsError, ChangedBy, Email, FieldProblem, NewAccount,
    NewOrganisation, PersonName, Roles,
};
use crate::auth::KeyWork;
use crate::auth::password::NewPassword;
use crate::crypto::KeyPair;
use crate::db::{Database, DbError};
use crate::startup::{self, StartupError};

/// Why a command failed. Each message is one sentence that says what to do.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("{field}: {problem}")]
    Field {
        field: &'static str,
        problem: FieldProblem,
    },
    #[error("the password was refused: {0}")]
    Password(#[from] crate::auth::password::PasswordProblem),
    #[error(
        "cannot ask for a password because there is no terminal: pipe it in and add --password-stdin"
    )]
    NoTerminal,
    #[error("no password was given on standard input: pipe one in, followed by a newline")]
    EmptyStdin,
    #[error("cannot read the password ({0})")]
    ReadPassword(io::Error),
    #[error(
        "{} already exists: the recovery key is written only to a new file, so choose a path that does not exist yet (nothing was changed)",
        .0.display()
    )]
    RecoveryFileExists(PathBuf),
    #[error("cannot write the recovery key to {} ({source}): choose a writable path (nothing was changed)", path.display())]
    RecoveryFile { path: PathBuf, source: io::Error },
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("{0}")]
    Accounts(#[from] AccountsError),
    #[error("database: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("cannot read {} ({source}): check the path (nothing was imported)", path.display())]
    ReadFile { path: PathBuf, source: io::Error },
    #[error("{0}")]
    Toolkit(#[from] crate::toolkit::ToolkitError),
    #[error("{0}")]
    ImportRefused(String),
    #[error(transparent)]
    Export(#[from] export::ExportError),
    #[error(transparent)]
    Retention(#[from] retention::RetentionError),
    #[error(
        "{} already holds an organisation: `dialogues demo` only creates a new one, so choose another directory with --data, or delete that directory first (nothing was changed)",
        .0.display()
    )]
    DemoDataExists(PathBuf),
    #[error("the demonstration data could not be encrypted ({0})")]
    Crypto(#[from] crate::crypto::CryptoError),
    #[error("cannot create the demonstration data ({0}); delete the data directory and try again")]
    Demo(String),
}

/// Where the new password comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordSource {
    /// Asked twice on the terminal, not echoed.
    Prompt,
    /// The first line of standard input (for automation).
    Stdin,
}

fn read_new_password(
    source: PasswordSource,
    personal: &[&str],
) -> Result<NewPassword, CommandError> {
    match source {
        PasswordSource::Stdin => {
            let mut line = String::new();
            io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(CommandError::ReadPassword)?;
            let password = line.trim_end_matches(['\r', '\n']);
            if password.is_empty() {
                return Err(CommandError::EmptyStdin);
            }
            Ok(NewPassword::parse(password, password, personal)?)
        }
        PasswordSource::Prompt => {
            if !io::stdin().is_terminal() {
                return Err(CommandError::NoTerminal);
            }
            let password = rpassword::prompt_password(
                "Choose a password (at least 12 characters; three or four random words work well): ",
            )
            .map_err(CommandError::ReadPassword)?;
            let confirmation = rpassword::prompt_password("Type it again: ")
                .map_err(CommandError::ReadPassword)?;
            Ok(NewPassword::parse(&password, &confirmation, personal)?)
        }
    }
}

fn field<T>(field: &'static str, parsed: Result<T, FieldProblem>) -> Result<T, CommandError> {
    parsed.map_err(|problem| CommandError::Field { field, problem })
}

/// What `dialogues init` is given.
pub struct InitArgs {
    pub data_dir: PathBuf,
    pub organisation: String,
    pub admin_email: String,
    pub admin_name: String,
    pub recovery_key_out: PathBuf,
    pub password: PasswordSource,
}

/// `dialogues init`: the organisation, its recovery key (written once to a new 0600 file) and
/// the first administrator. Refused, with nothing changed, if the data directory already holds
/// an organisation or the recovery file already exists.
pub async fn init(args: InitArgs) -> Result<String, CommandError> {
    let email = field("--admin-email", Email::parse(&args.admin_email))?;
    let name = field("--admin-name", PersonName::parse(&args.admin_name))?;
    if args.recovery_key_out.exists() {
        return Err(CommandError::RecoveryFileExists(args.recovery_key_out));
    }
    startup::prepare_data_dir(&args.data_dir)?;
    let (db, _) = Database::open(&args.data_dir).await?;
    let result = init_in(&db, args, email, name).await;
    db.close().await;
    result
}

async fn init_in(
    db: &Database,
    args: InitArgs,
    email: Email,
    name: PersonName,
) -> Result<String, CommandError> {
    if accounts::is_initialised(db).await? {
        return Err(AccountsError::AlreadyInitialised.into());
    }
    let password = read_new_password(args.password, &[name.as_str(), email.as_str()])?;

    let recovery = KeyPair::generate();
    write_recovery_file(&args.recovery_key_out, &recovery)?;
    let new = NewOrganisation {
        name: args.organisation.trim().to_owned(),
        admin_email: email.clone(),
        admin_name: name,
        admin_password: password,
    };
    if let Err(e) = accounts::initialise(db, &KeyWork::per_core(), new, &recovery.recipient()).await
    {
        // The organisation was not created, so its recovery file must not survive either.
        let _ = std::fs::remove_file(&args.recovery_key_out);
        return Err(e.into());
    }
    Ok(format!(
        "The organisation is ready. Sign in as {email} once the server is running (`dialogues serve`).

The organisation's recovery key was written to {path}.
It can open every case in this installation, with this program or the standard `age` tool.
 - Move it off this computer now: keep it offline (for example on two encrypted USB sticks, or
   printed), in a locked place the data controller controls, and delete it here.
 - Anyone who holds it can read every note. Never email it or store it beside the data.
 - It is needed to recover cases when people lose access (`dialogues recover`).
The server keeps only its public part: {recipient}",
        path = args.recovery_key_out.display(),
        recipient = recovery.recipient(),
    ))
}

/// Writes the recovery identity in the standard age format to a new file, readable by this user
/// only, flushed to disk before returning.
fn write_recovery_file(path: &Path, recovery: &KeyPair) -> Result<(), CommandError> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|source| match source.kind() {
            io::ErrorKind::AlreadyExists => CommandError::RecoveryFileExists(path.to_owned()),
            _ => CommandError::RecoveryFile {
                path: path.to_owned(),
                source,
            },
        })?;
    let created = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let secret = recovery.secret();
    let written = writeln!(
        file,
        "# Dialogues organisation recovery key. Keep offline; anyone with this file can read every case.\n# created: {created}\n# public key: {}\n{}",
        recovery.recipient(),
        secret.expose_secret()
    )
    .and_then(|()| file.sync_all());
    written.map_err(|source| {
        let _ = std::fs::remove_file(path);
        CommandError::RecoveryFile {
            path: path.to_owned(),
            source,
        }
    })
}

/// What `dialogues user add` is given.
pub struct UserAddArgs {
    pub data_dir: PathBuf,
    pub email: String,
    pub name: String,
    pub roles: Vec<String>,
    pub supervisors: Vec<String>,
    /// `None`: issue a one-time activation link.
    pub password: Option<PasswordSource>,
    pub public_url: String,
    pub link_validity: Duration,
}

/// `dialogues user add`
pub async fn user_add(args: UserAddArgs) -> Result<String, CommandError> {
    let email = field("--email", Email::parse(&args.email))?;
    let name = field("--name", PersonName::parse(&args.name))?;
    let roles = field(
        "--role",
        Roles::parse(args.roles.iter().map(String::as_str)),
    )?;
    let supervisors = args
        .supervisors
        .iter()
        .map(|s| field("--supervisor", Email::parse(s)))
        .collect::<Result<Vec<_>, _>>()?;
    let db = Database::open_existing(&args.data_dir).await?;
    let result = async {
        if !accounts::is_initialised(&db).await? {
            return Err(AccountsError::NotInitialised.into());
        }
        let password = match args.password {
            Some(source) => Some(read_new_password(source, &[name.as_str(), email.as_str()])?),
            None => None,
        };
        let new = NewAccount {
            email: email.clone(),
            name: name.clone(),
            roles: roles.clone(),
            supervisors,
        };
        let added = accounts::add(
            &db,
            &KeyWork::per_core(),
            &ChangedBy::command_line(),
            new,
            password,
            args.link_validity,
        )
        .await?;
        let roles = roles.names().join(", ");
        Ok(match added.activation_token {
            Some(token) => format!(
                "Added {name} <{email}> ({roles}).\nGive them this one-time link to set their password. It works once and expires in {hours} hours:\n{url}",
                hours = args.link_validity.as_secs() / 3600,
                url = link(&args.public_url, &token),
            ),
            None => format!("Added {name} <{email}> ({roles}). They can sign in now."),
        })
    }
    .await;
    db.close().await;
    result
}

fn link(public_url: &str, token: &str) -> String {
    format!("{}/activate/{token}", public_url.trim_end_matches('/'))
}

/// `dialogues user list`: everyone, with roles and status (no secrets).
pub async fn user_list(data_dir: &Path) -> Result<String, CommandError> {
    let db = Database::open_existing(data_dir).await?;
    let list = accounts::store::list(db.reader()).await;
    db.close().await;
    let mut out = String::from("email\tname\troles\tstatus\n");
    for account in list? {
        let status = match account.status {
            AccountStatus::Active => "active",
            AccountStatus::AwaitingActivation => "awaiting activation",
            AccountStatus::Disabled => "disabled",
        };
        out.push_str(&format!(
            "{}\t{}\t{}\t{status}\n",
            account.email,
            account.name,
            account.roles.names().join(",")
        ));
    }
    Ok(out)
}

/// `dialogues user reset`: a new one-time link for someone locked out (including the last
/// administrator). Their old password and key stop working.
pub async fn user_reset(
    data_dir: &Path,
    email: &str,
    public_url: &str,
    link_validity: Duration,
) -> Result<String, CommandError> {
    let email = field("--email", Email::parse(email))?;
    let db = Database::open_existing(data_dir).await?;
    let result = async {
        let account = accounts::store::find_by_email(db.reader(), &email)
            .await?
            .ok_or(AccountsError::UnknownAccount)?;
        let token =
            accounts::reset(&db, &ChangedBy::command_line(), &account.id, link_validity).await?;
        Ok(format!(
            "The password of {} <{email}> was reset and their sessions end now.\nGive them this one-time link to choose a new password. It works once and expires in {hours} hours:\n{url}\nTheir case access must be granted again by a colleague who holds each case, or with `dialogues recover`.",
            account.name,
            hours = link_validity.as_secs() / 3600,
            url = link(public_url, &token),
        ))
    }
    .await;
    db.close().await;
    result
}

/// `dialogues training import`: checks the whole file, then imports every row or none.
pub async fn training_import(
    data_dir: &Path,
    toolkit: &crate::config::ToolkitSource,
    file: &Path,
) -> Result<String, CommandError> {
    use crate::i18n::Lang;
    use crate::training::{import, store};
    let toolkit = crate::toolkit::load_from(toolkit)?;
    let bytes = std::fs::read(file).map_err(|source| CommandError::ReadFile {
        path: file.to_owned(),
        source,
    })?;
    let db = Database::open_existing(data_dir).await?;
    let result = async {
        let staff = store::staff(db.reader()).await?;
        let training = &toolkit.content(toolkit.source_language).training;
        let context = import::Context {
            training,
            staff: &staff,
            today: crate::training::today(),
        };
        match import::check(&bytes, &context) {
            Ok(rows) => {
                let summary =
                    import::apply(&db, &rows, &ChangedBy::command_line())
                        .await?;
                Ok(format!(
                    "Imported {} rows from {}: {} added, {} changed, {} already recorded.",
                    rows.len(),
                    file.display(),
                    summary.added,
                    summary.changed,
                    summary.unchanged
                ))
            }
            Err(report) => {
                let count: usize = report.iter().map(|l| l.problems.len()).sum();
                let mut out = format!(
                    "{} has {count} problem(s); nothing was imported. Correct these and import the whole file again:",
                    file.display()
                );
                for line in &report {
                    for problem in &line.problems {
                        let place = line
                            .line
                            .map_or_else(|| "the file".to_owned(), |n| format!("line {n}"));
                        out.push_str(&format!("\n  {place}: {}", problem.message(Lang::En)));
                    }
                }
                Err(CommandError::ImportRefused(out))
            }
        }
    }
    .await;
    db.close().await;
    result
}

/// `dialogues training export`: every training record as CSV in the import's columns.
pub async fn training_export(data_dir: &Path) -> Result<String, CommandError> {
    let db = Database::open_existing(data_dir).await?;
    let csv = crate::training::import::export(&db).await;
    db.close().await;
    Ok(csv?)
}
