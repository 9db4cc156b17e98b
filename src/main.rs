//! The `dialogues` command line. Only argument parsing and dispatch live here; the work is done
//! by the library, so tests can drive it in-process.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use dialogues::audit;
use dialogues::commands::{self, InitArgs, PasswordSource, UserAddArgs};
use dialogues::config::{Config, DEFAULT_DATA_DIR, DEFAULT_LISTEN, ToolkitSource};
use dialogues::db::Database;
use dialogues::startup::Application;

/// Case support for one-to-one Developing Dialogues work: structured sessions, formulation,
/// supervision and training, with every note encrypted at rest.
///
/// Run with no command to start the web server (the same as `dialogues serve`).
#[derive(Parser)]
#[command(name = "dialogues", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server (the default when no command is given).
    Serve(ServeArgs),
    /// Create the organisation: its recovery key and the first administrator.
    ///
    /// Run once per data directory, before the first `dialogues serve`. The recovery key's
    /// secret is written to a new file that the data controller must keep offline.
    Init(InitCommand),
    /// Create a demonstration organisation full of fictional work and serve it.
    ///
    /// The quickest way to see the product: accounts for every role (printed with their
    /// passwords), fictional cases with sessions in every state, notes, concerns and training
    /// records. Uses a data directory of its own and refuses one that already holds an
    /// organisation. Reads no DIALOGUES_* variables, so it cannot land in a real installation.
    Demo(DemoCommand),
    /// Add people, list them, or give someone a new password link.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Check the audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Import and export staff training records as CSV.
    Training {
        #[command(subcommand)]
        command: TrainingCommand,
    },
    /// Write every case (or one), decrypted, to a new JSON file for the data controller.
    ///
    /// For subject access requests and transfers. Needs the organisation's recovery key file;
    /// refuses to overwrite an existing file; recorded in the audit log.
    Export(ExportCommand),
    /// Write an encrypted backup of the database to a new file, while the server keeps running.
    ///
    /// A consistent snapshot of the live database, encrypted to the organisation's recovery
    /// key (only that key restores it). Refuses to overwrite an existing file; recorded in the
    /// audit log.
    Backup(BackupCommand),
    /// Put a backup back: decrypt it with the recovery key, check it, and only then replace the
    /// database (the one that was there is kept aside, never deleted).
    ///
    /// Refused while a server is using the data directory: stop it first.
    Restore(RestoreCommand),
    /// Give someone whose password was reset their case access again, with the recovery key.
    ///
    /// Run it after they have chosen their new password. Every case they facilitate or
    /// supervise, or only the --case references given; each grant is recorded in the audit log.
    Recover(RecoverCommand),
    /// List the closed cases whose retention period has passed; with --apply, destroy them.
    ///
    /// A case is due once it has been closed for the retention period. Destroying it deletes
    /// its key grants and every encrypted record, so nothing of it can be recovered from the
    /// database, and leaves a tombstone and an audit entry (reference, dates, counts, who).
    /// Open cases are never destroyed.
    Retention(RetentionCommand),
    /// Work with toolkit content (session modules, formulation framework, training, refresher).
    Toolkit {
        #[command(subcommand)]
        command: ToolkitCommand,
    },
}

#[derive(Args)]
struct DemoCommand {
    /// A directory for the demonstration data (created if missing). Refused if it already
    /// holds an organisation.
    #[arg(long = "data", default_value = commands::demo::DEFAULT_DATA_DIR, value_name = "DIR")]
    data_dir: PathBuf,
    /// Address and port to serve the demo on.
    #[arg(long, default_value = DEFAULT_LISTEN, value_name = "ADDR:PORT")]
    listen: SocketAddr,
    /// A new file for the demo organisation's recovery key [default: DIR/recovery-key.txt]
    /// (refused if it exists).
    #[arg(long, value_name = "FILE")]
    recovery_key_out: Option<PathBuf>,
    /// How many fictional cases to create (about ten sessions each); raise it for benchmarks.
    #[arg(long, value_name = "N", default_value_t = commands::demo::DEFAULT_CASES,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(commands::demo::MAX_CASES)))]
    cases: u32,
    /// Give every demo account the password on the first line of standard input, instead of
    /// a generated one each.
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Walk the audit chain and report the first row that was altered, removed or reordered.
    ///
    /// Exits 0 and prints the chain head (record it somewhere outside this system) when the
    /// chain is intact; exits 1 naming the first bad row otherwise.
    Verify(DataArgs),
}

#[derive(Args)]
struct ExportCommand {
    #[command(flatten)]
    data: DataArgs,
    /// The recovery key file written by `dialogues init`.
    #[arg(long, value_name = "FILE")]
    recovery_key: PathBuf,
    /// Export only this case (its reference, such as DD-7KQ3MX).
    #[arg(long, value_name = "REF")]
    case: Option<String>,
    /// A new file to write the JSON to (refused if it exists). A readable HTML copy is
    /// written beside it, with the same name ending in .html (also refused if it exists).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The language of the HTML copy: en, cy, fr or nl.
    #[arg(long, default_value = "en", value_parser = parse_language, value_name = "CODE")]
    language: dialogues::i18n::Lang,
}

/// Reads `--language`: one of the interface's languages.
fn parse_language(text: &str) -> Result<dialogues::i18n::Lang, String> {
    dialogues::i18n::Lang::from_code(text)
        .ok_or_else(|| format!("{text:?} is not one of the languages: give en, cy, fr or nl"))
}

#[derive(Args)]
struct RetentionCommand {
    #[command(flatten)]
    data: DataArgs,
    /// How long a case is kept after it is closed, in days (0 to 36525). The default is six
    /// years.
    #[arg(long, env = "DIALOGUES_RETENTION_DAYS", default_value_t = dialogues::retention::DEFAULT_RETENTION_DAYS, value_parser = dialogues::retention::parse_retention_days, value_name = "DAYS")]
    retention_days: u32,
    /// Only this case (its reference, such as DD-7KQ3MX); refused if it is open or not due.
    #[arg(long, value_name = "REF")]
    case: Option<String>,
    /// Destroy the cases listed (without it, nothing is changed). Needs --by.
    #[arg(long)]
    apply: bool,
    /// The email of the administrator who authorises the destruction (recorded as who did it).
    #[arg(long, value_name = "EMAIL")]
    by: Option<String>,
}

#[derive(Args)]
struct BackupCommand {
    #[command(flatten)]
    data: DataArgs,
    /// A new file to write the encrypted backup to (refused if it exists).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Args)]
struct RestoreCommand {
    /// The backup file written by `dialogues backup`.
    #[arg(long, value_name = "FILE")]
    from: PathBuf,
    /// The recovery key file written by `dialogues init`.
    #[arg(long, value_name = "FILE")]
    recovery_key: PathBuf,
    /// The data directory to restore into (created if missing). Its current database, if
    /// any, is renamed dialogues.db.before-restore-<time>, never deleted.
    #[arg(long = "data", env = "DIALOGUES_DATA", default_value = DEFAULT_DATA_DIR, value_name = "DIR")]
    data_dir: PathBuf,
}

#[derive(Args)]
struct RecoverCommand {
    #[command(flatten)]
    data: DataArgs,
    /// The recovery key file written by `dialogues init`.
    #[arg(long, value_name = "FILE")]
    recovery_key: PathBuf,
    /// The email address of the person to give access again.
    #[arg(long, value_name = "EMAIL")]
    user: String,
    /// Only this case (its reference, such as DD-7KQ3MX); repeat for several. Without it,
    /// every case they facilitate or supervise.
    #[arg(long = "case", value_name = "REF")]
    cases: Vec<String>,
}

#[derive(Args)]
struct InitCommand {
    #[command(flatten)]
    data: DataArgs,
    /// The first administrator's work email address (they sign in with it).
    #[arg(long, value_name = "EMAIL")]
    admin_email: String,
    /// The first administrator's name.
    #[arg(long, value_name = "NAME", default_value = "Administrator")]
    admin_name: String,
    /// The organisation's name, as pages show it.
    #[arg(long, value_name = "NAME", default_value = "Dialogues")]
    organisation: String,
    /// A new file to write the organisation's recovery key to (refused if it exists).
    #[arg(long, value_name = "FILE")]
    recovery_key_out: PathBuf,
    /// Read the administrator's password from the first line of standard input instead of
    /// asking on the terminal.
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a person. Prints a one-time link where they set their own password.
    Add(UserAddCommand),
    /// List everyone with their roles and status.
    List(DataArgs),
    /// Give someone a new one-time password link; their old password stops working at once.
    Reset {
        #[command(flatten)]
        data: DataArgs,
        /// Their email address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        #[command(flatten)]
        link: LinkArgs,
    },
}

#[derive(Args)]
struct UserAddCommand {
    #[command(flatten)]
    data: DataArgs,
    /// Their work email address (they sign in with it).
    #[arg(long, value_name = "EMAIL")]
    email: String,
    /// Their name as pages show it.
    #[arg(long, value_name = "NAME")]
    name: String,
    /// facilitator, supervisor, training-manager or administrator; repeat for several.
    #[arg(long = "role", value_name = "ROLE", required = true)]
    roles: Vec<String>,
    /// The email of someone with the supervisor role who supervises them; repeat for several.
    #[arg(long = "supervisor", value_name = "EMAIL")]
    supervisors: Vec<String>,
    /// Set their password now from the first line of standard input, instead of printing a
    /// one-time link (for automation).
    #[arg(long)]
    password_stdin: bool,
    #[command(flatten)]
    link: LinkArgs,
}

/// How one-time links are made.
#[derive(Args)]
struct LinkArgs {
    /// The address people use to reach the server, for the links this prints.
    #[arg(
        long,
        env = "DIALOGUES_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080",
        value_name = "URL"
    )]
    public_url: String,
    /// How long a link stays usable (for example 72h or 7days).
    #[arg(long, env = "DIALOGUES_ACTIVATION_VALID", default_value = "72h", value_parser = humantime::parse_duration, value_name = "DURATION")]
    activation_valid: std::time::Duration,
}

/// The data directory, for commands that work on an existing installation.
#[derive(Args, Clone)]
struct DataArgs {
    /// The data directory that `dialogues serve` uses.
    #[arg(long = "data", env = "DIALOGUES_DATA", default_value = DEFAULT_DATA_DIR, value_name = "DIR")]
    data_dir: PathBuf,
}

#[derive(Subcommand)]
enum TrainingCommand {
    /// Import training records from a CSV file with the columns
    /// email,requirement,module,completed_on,score,evidence (see the README).
    ///
    /// The whole file is checked first: if any row is wrong, nothing is imported and every
    /// problem is listed with its line number. Importing the same file twice changes nothing.
    Import {
        #[command(flatten)]
        data: DataArgs,
        /// The toolkit whose requirements the rows refer to (default: the built-in one).
        #[arg(long, env = "DIALOGUES_TOOLKIT", value_name = "DIR")]
        toolkit: Option<PathBuf>,
        /// The CSV file (UTF-8).
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
    /// Print every training record as CSV, in the import's own columns.
    Export(DataArgs),
}

#[derive(Subcommand)]
enum ToolkitCommand {
    /// Check a toolkit folder and print every problem with its file, line and column.
    ///
    /// Exits 0 when the toolkit is valid, 1 when it has problems. Without DIR, checks the
    /// built-in toolkit.
    Check {
        /// The folder that holds toolkit.toml (default: the built-in toolkit).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Args, Clone)]
struct ServeArgs {
    /// Address and port to listen on. Keep the default (this machine only) unless the server is
    /// meant to be reached from other machines.
    #[arg(long, env = "DIALOGUES_LISTEN", default_value = DEFAULT_LISTEN, value_name = "ADDR:PORT")]
    listen: SocketAddr,
    /// Directory for the database; created (readable by this user only) if missing.
    #[arg(long = "data", env = "DIALOGUES_DATA", default_value = DEFAULT_DATA_DIR, value_name = "DIR")]
    data_dir: PathBuf,
    /// Folder of practice content to use instead of the built-in toolkit.
    #[arg(long, env = "DIALOGUES_TOOLKIT", value_name = "DIR")]
    toolkit: Option<PathBuf>,
    /// A signed-in session ends after this long without activity (for example 30m).
    #[arg(long, env = "DIALOGUES_IDLE_TIMEOUT", default_value = "30m", value_parser = humantime::parse_duration, value_name = "DURATION")]
    idle_timeout: std::time::Duration,
    /// A signed-in session ends this long after sign-in, however active (for example 10h).
    #[arg(long, env = "DIALOGUES_ABSOLUTE_TIMEOUT", default_value = "10h", value_parser = humantime::parse_duration, value_name = "DURATION")]
    absolute_timeout: std::time::Duration,
    /// Mark cookies Secure and __Host- prefixed. Set this when people reach the server over
    /// HTTPS (for example through a reverse proxy).
    #[arg(long, env = "DIALOGUES_SECURE_COOKIES")]
    secure_cookies: bool,
    /// How long activation and reset links made in the web pages stay usable.
    #[arg(long, env = "DIALOGUES_ACTIVATION_VALID", default_value = "72h", value_parser = humantime::parse_duration, value_name = "DURATION")]
    activation_valid: std::time::Duration,
    /// Your organisation's route for reporting a concern (who to tell, how, by when), shown
    /// every time a facilitator raises one. Without it, a general instruction is shown.
    #[arg(long, env = "DIALOGUES_REPORTING_ROUTE", value_name = "TEXT")]
    reporting_route: Option<String>,
    /// How often each person should have supervision, in days (1 to 366): the next meeting is
    /// due this long after the last one, and flagged as overdue after that.
    #[arg(long, env = "DIALOGUES_SUPERVISION_EVERY_DAYS", default_value_t = dialogues::config::DEFAULT_SUPERVISION_EVERY_DAYS, value_parser = dialogues::config::parse_supervision_every_days, value_name = "DAYS")]
    supervision_every_days: u32,
}

impl ServeArgs {
    fn into_config(self) -> Config {
        Config {
            listen: self.listen,
            data_dir: self.data_dir,
            toolkit: self
                .toolkit
                .map_or(ToolkitSource::Builtin, ToolkitSource::Directory),
            idle_timeout: self.idle_timeout,
            absolute_timeout: self.absolute_timeout,
            secure_cookies: self.secure_cookies,
            activation_validity: self.activation_valid,
            reporting_route: self
                .reporting_route
                .map(|text| text.trim().to_owned())
                .filter(|text| !text.is_empty()),
            supervision_every_days: self.supervision_every_days,
        }
    }
}

/// mimalloc instead of glibc's malloc: the load benchmark's peak memory fell from 148 to 127 MiB
/// and every page got faster (see the README's performance section).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its position in `mi_option_e`, the same in mimalloc 2 and
/// 3; the sys crate exports no constant for it). Default in mimalloc 3, which the crate builds:
/// 1000 ms.
const MIMALLOC_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Gives freed memory back to the system at once. Each sign-in's key derivation takes 19 MiB
/// (argon2) and 64 MiB (scrypt) on a blocking thread; with the default delay each thread kept
/// its last block for up to a second, and two of them together lifted the peak to 168 MiB. Freed at
/// once, the peak is 98 MiB and no page is slower.
fn configure_allocator() {
    // SAFETY: called first thing in `main`, before any other thread exists (the option setter
    // is not thread-safe); the value is one mimalloc documents (0 = purge immediately).
    unsafe { libmimalloc_sys::mi_option_set(MIMALLOC_PURGE_DELAY, 0) };
}

fn main() -> ExitCode {
    configure_allocator();
    let cli = Cli::parse();
    init_logging();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return fail(&format!("cannot start the async runtime ({e})")),
    };
    match cli.command {
        Some(Command::Serve(args)) => runtime.block_on(serve(args.into_config())),
        None => runtime.block_on(serve(cli.serve.into_config())),
        Some(Command::Toolkit {
            command: ToolkitCommand::Check { dir },
        }) => check_toolkit(dir),
        Some(Command::Init(init)) => finish(runtime.block_on(commands::init(InitArgs {
            data_dir: init.data.data_dir,
            organisation: init.organisation,
            admin_email: init.admin_email,
            admin_name: init.admin_name,
            recovery_key_out: init.recovery_key_out,
            password: password_source(init.password_stdin),
        }))),
        Some(Command::Demo(demo)) => runtime.block_on(run_demo(demo)),
        Some(Command::User { command }) => finish(runtime.block_on(user(command))),
        Some(Command::Retention(retention)) => finish(
            runtime
                .block_on(commands::retention::run(
                    commands::retention::RetentionArgs {
                        data_dir: retention.data.data_dir,
                        days: retention.retention_days,
                        case: retention.case,
                        apply: retention.apply,
                        by: retention.by,
                    },
                ))
                .map_err(commands::CommandError::from),
        ),
        Some(Command::Export(export)) => finish(
            runtime
                .block_on(commands::export::export(commands::export::ExportArgs {
                    data_dir: export.data.data_dir,
                    recovery_key: export.recovery_key,
                    case: export.case,
                    out: export.out,
                    lang: export.language,
                }))
                .map_err(commands::CommandError::from),
        ),
        Some(Command::Training { command }) => finish(runtime.block_on(training(command))),
        Some(Command::Backup(args)) => report(runtime.block_on(dialogues::backup::backup(
            dialogues::backup::BackupArgs {
                data_dir: args.data.data_dir,
                out: args.out,
            },
        ))),
        Some(Command::Restore(args)) => report(runtime.block_on(dialogues::backup::restore(
            dialogues::backup::RestoreArgs {
                from: args.from,
                recovery_key: args.recovery_key,
                data_dir: args.data_dir,
            },
        ))),
        Some(Command::Recover(args)) => report(runtime.block_on(dialogues::recovery::recover(
            dialogues::recovery::RecoverArgs {
                data_dir: args.data.data_dir,
                recovery_key: args.recovery_key,
                user: args.user,
                cases: args.cases,
            },
        ))),
        Some(Command::Audit {
            command: AuditCommand::Verify(args),
        }) => runtime.block_on(verify_audit(args)),
    }
}

fn password_source(stdin: bool) -> PasswordSource {
    if stdin {
        PasswordSource::Stdin
    } else {
        PasswordSource::Prompt
    }
}

async fn user(command: UserCommand) -> Result<String, commands::CommandError> {
    match command {
        UserCommand::Add(add) => {
            commands::user_add(UserAddArgs {
                data_dir: add.data.data_dir,
                email: add.email,
                name: add.name,
                roles: add.roles,
                supervisors: add.supervisors,
                password: add.password_stdin.then_some(PasswordSource::Stdin),
                public_url: add.link.public_url,
                link_validity: add.link.activation_valid,
            })
            .await
        }
        UserCommand::List(data) => commands::user_list(&data.data_dir).await,
        UserCommand::Reset { data, email, link } => {
            commands::user_reset(
                &data.data_dir,
                &email,
                &link.public_url,
                link.activation_valid,
            )
            .await
        }
    }
}

/// Prints a command's output, or its error, and sets the exit code.
async fn training(command: TrainingCommand) -> Result<String, commands::CommandError> {
    match command {
        TrainingCommand::Import {
            data,
            toolkit,
            file,
        } => {
            let source = toolkit.map_or(ToolkitSource::Builtin, ToolkitSource::Directory);
            commands::training_import(&data.data_dir, &source, &file).await
        }
        TrainingCommand::Export(data) => commands::training_export(&data.data_dir).await,
    }
}

fn finish(result: Result<String, commands::CommandError>) -> ExitCode {
    match result {
        Ok(output) => {
            println!("{}", output.trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

/// Like [`finish`], for commands with an error type of their own.
fn report<E: std::fmt::Display>(result: Result<String, E>) -> ExitCode {
    match result {
        Ok(output) => {
            println!("{}", output.trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

async fn verify_audit(args: DataArgs) -> ExitCode {
    let db = match Database::open_existing(&args.data_dir).await {
        Ok(db) => db,
        Err(e) => return fail(&e.to_string()),
    };
    let verdict = audit::verify(db.reader()).await;
    db.close().await;
    match verdict {
        Ok(audit::Verdict::Intact { rows, head }) => {
            println!("The audit chain is intact: {rows} entries. Chain head: {head}");
            ExitCode::SUCCESS
        }
        Ok(audit::Verdict::Broken { problem, .. }) => fail(&format!(
            "the audit chain is broken: {problem}; restore the database from a backup and report this to your data controller"
        )),
        Err(e) => fail(&format!("cannot read the audit log ({e})")),
    }
}

fn check_toolkit(dir: Option<PathBuf>) -> ExitCode {
    let source = dir.map_or(ToolkitSource::Builtin, ToolkitSource::Directory);
    match dialogues::toolkit::load_from(&source) {
        Ok(toolkit) => {
            println!("The toolkit is valid: {}", toolkit.describe());
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

async fn serve(config: Config) -> ExitCode {
    let app = match Application::build(config).await {
        Ok(app) => app,
        Err(e) => return fail(&e.to_string()),
    };
    println!(
        "Dialogues is running at http://{}/ (press Ctrl+C to stop)",
        app.address()
    );
    match app.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("the server stopped with an error ({e})")),
    }
}

/// Creates the demo (the library binds the address first, like `serve`), prints its accounts,
/// then serves it exactly as `serve` does.
async fn run_demo(args: DemoCommand) -> ExitCode {
    let demo = match commands::demo::start(commands::demo::DemoArgs {
        data_dir: args.data_dir,
        listen: args.listen,
        recovery_key_out: args.recovery_key_out,
        cases: args.cases,
        password_stdin: args.password_stdin,
    })
    .await
    {
        Ok(demo) => demo,
        Err(e) => return fail(&e.to_string()),
    };
    println!("{}\n", demo.report.trim_end());
    println!(
        "Dialogues is running at http://{}/ (press Ctrl+C to stop)",
        demo.app.address()
    );
    match demo.app.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("the server stopped with an error ({e})")),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

/// Logs go to standard error; `RUST_LOG` changes the level (default: info).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allocator_option_set_is_the_purge_delay() {
        // mimalloc 3 sets the purge delay to 1000 ms by default (src/options.c): this position
        // holds it, so the option set is the one meant.
        // SAFETY: reading an option is safe from any thread.
        let before = unsafe { libmimalloc_sys::mi_option_get(MIMALLOC_PURGE_DELAY) };
        assert_eq!(
            before, 1000,
            "option {MIMALLOC_PURGE_DELAY} is not mimalloc's purge delay"
        );
        configure_allocator();
        let after = unsafe { libmimalloc_sys::mi_option_get(MIMALLOC_PURGE_DELAY) };
        assert_eq!(after, 0);
    }
}
