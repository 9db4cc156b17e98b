//! The `dialogues` command line. Only argument parsing and dispatch live here; the work is done
//! by the library, so tests can drive it in-process.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use dialogues::audit;
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
    /// Check the audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Work with toolkit content (session modules, formulation framework, training, refresher).
    Toolkit {
        #[command(subcommand)]
        command: ToolkitCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Walk the audit chain and report the first row that was altered, removed or reordered.
    ///
    /// Exits 0 and prints the chain head (record it somewhere outside this system) when the
    /// chain is intact; exits 1 naming the first bad row otherwise.
    Verify(DataArgs),
}

/// The data directory, for commands that work on an existing installation.
#[derive(Args, Clone)]
struct DataArgs {
    /// The data directory that `dialogues serve` uses.
    #[arg(long = "data", env = "DIALOGUES_DATA", default_value = DEFAULT_DATA_DIR, value_name = "DIR")]
    data_dir: PathBuf,
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
}

impl ServeArgs {
    fn into_config(self) -> Config {
        Config {
            listen: self.listen,
            data_dir: self.data_dir,
            toolkit: self
                .toolkit
                .map_or(ToolkitSource::Builtin, ToolkitSource::Directory),
        }
    }
}

fn main() -> ExitCode {
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
        Some(Command::Audit {
            command: AuditCommand::Verify(args),
        }) => runtime.block_on(verify_audit(args)),
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
