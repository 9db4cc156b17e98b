//! Configuration: every setting, its documented default, and where it comes from.
//!
//! Settings come from command-line flags or environment variables (the CLI in `main.rs` maps
//! both onto this struct). The README's configuration table documents the same defaults; keep
//! them in step. Nothing secret belongs here.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where the server listens unless told otherwise: loopback only, never every interface.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// The data directory unless told otherwise, relative to the working directory.
pub const DEFAULT_DATA_DIR: &str = "data";

/// A signed-in session ends after this long without a request.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// A signed-in session ends this long after sign-in, however active.
pub const DEFAULT_ABSOLUTE_TIMEOUT: Duration = Duration::from_secs(10 * 60 * 60);
/// How long a one-time activation or reset link stays usable.
pub const DEFAULT_ACTIVATION_VALIDITY: Duration = Duration::from_secs(72 * 60 * 60);

/// Everything `serve` needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address and port to listen on (`--listen`, `DIALOGUES_LISTEN`).
    pub listen: SocketAddr,
    /// Directory holding the database; created (mode 0700) if missing (`--data`, `DIALOGUES_DATA`).
    pub data_dir: PathBuf,
    /// Where the practice content comes from (`--toolkit`, `DIALOGUES_TOOLKIT`).
    pub toolkit: ToolkitSource,
    /// Sign-in sessions end after this long idle (`--idle-timeout`, `DIALOGUES_IDLE_TIMEOUT`).
    pub idle_timeout: Duration,
    /// Sign-in sessions end this long after sign-in (`--absolute-timeout`,
    /// `DIALOGUES_ABSOLUTE_TIMEOUT`).
    pub absolute_timeout: Duration,
    /// Set when users reach the server over HTTPS (usually through a reverse proxy): cookies
    /// are then marked `Secure` and named with the `__Host-` prefix (`--secure-cookies`,
    /// `DIALOGUES_SECURE_COOKIES`). Off by default because the default address is plain
    /// http on this machine, where a browser would drop `Secure` cookies on an intranet name.
    pub secure_cookies: bool,
    /// How long activation and reset links stay usable (`--activation-valid`).
    pub activation_validity: Duration,
    /// The local route for reporting a concern, shown whenever one is raised
    /// (`--reporting-route`, `DIALOGUES_REPORTING_ROUTE`). `None` shows a general instruction
    /// in the page's language; an organisation sets its own procedure and contacts here.
    pub reporting_route: Option<String>,
}

/// The toolkit in use: the one built into the binary, or an organisation's own folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolkitSource {
    /// The default `toolkit/` folder, shipped inside the binary.
    Builtin,
    /// A folder given with `--toolkit`.
    Directory(PathBuf),
}

impl Config {
    /// The defaults, with the data directory given (tests use a fresh temporary one).
    pub fn with_data_dir(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            listen: DEFAULT_LISTEN
                .parse()
                .expect("the default address is valid"),
            data_dir: data_dir.into(),
            toolkit: ToolkitSource::Builtin,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            absolute_timeout: DEFAULT_ABSOLUTE_TIMEOUT,
            secure_cookies: false,
            activation_validity: DEFAULT_ACTIVATION_VALIDITY,
            reporting_route: None,
        }
    }
}
