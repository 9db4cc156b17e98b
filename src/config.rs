//! Configuration: every setting, its documented default, and where it comes from.
//!
//! Settings come from command-line flags or environment variables (the CLI in `main.rs` maps
//! both onto this struct). The README's configuration table documents the same defaults; keep
//! them in step. Nothing secret belongs here.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Where the server listens unless told otherwise: loopback only, never every interface.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// The data directory unless told otherwise, relative to the working directory.
pub const DEFAULT_DATA_DIR: &str = "data";

/// Everything `serve` needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address and port to listen on (`--listen`, `DIALOGUES_LISTEN`).
    pub listen: SocketAddr,
    /// Directory holding the database; created (mode 0700) if missing (`--data`, `DIALOGUES_DATA`).
    pub data_dir: PathBuf,
    /// Where the practice content comes from (`--toolkit`, `DIALOGUES_TOOLKIT`).
    pub toolkit: ToolkitSource,
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
        }
    }
}
