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
/// How often each person should have supervision, in days, unless told otherwise.
pub const DEFAULT_SUPERVISION_EVERY_DAYS: u32 = 28;
/// The longest gap between supervision meetings that may be configured: a year.
pub const MAX_SUPERVISION_EVERY_DAYS: u32 = 366;

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
    /// How often each person should have supervision, in days: the next meeting is due this
    /// many days after the last one and flagged as overdue after that
    /// (`--supervision-every-days`, `DIALOGUES_SUPERVISION_EVERY_DAYS`; 1 to 366, checked by
    /// [`parse_supervision_every_days`]).
    pub supervision_every_days: u32,
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
            supervision_every_days: DEFAULT_SUPERVISION_EVERY_DAYS,
        }
    }
}

/// Reads `--supervision-every-days`: a whole number of days from 1 to 366. The message names
/// what was given and what to give instead.
pub fn parse_supervision_every_days(text: &str) -> Result<u32, String> {
    let expected = format!(
        "give a whole number of days from 1 to {MAX_SUPERVISION_EVERY_DAYS}, such as {DEFAULT_SUPERVISION_EVERY_DAYS} for every four weeks"
    );
    match text.trim().parse::<u64>() {
        Ok(0) => Err(format!(
            "supervision cannot be due every 0 days: {expected}"
        )),
        Ok(days) if days > u64::from(MAX_SUPERVISION_EVERY_DAYS) => Err(format!(
            "{days} days is more than a year between supervision meetings: {expected}"
        )),
        Ok(days) => Ok(days as u32),
        Err(_) => Err(format!("{text:?} is not a number of days: {expected}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supervision_every_days_is_1_to_366_with_a_clear_message() {
        assert_eq!(parse_supervision_every_days("28"), Ok(28));
        assert_eq!(parse_supervision_every_days(" 1 "), Ok(1));
        assert_eq!(parse_supervision_every_days("366"), Ok(366));
        let zero = parse_supervision_every_days("0").unwrap_err();
        assert!(
            zero.contains("every 0 days") && zero.contains("from 1 to 366"),
            "{zero}"
        );
        let long = parse_supervision_every_days("367").unwrap_err();
        assert!(long.contains("more than a year"), "{long}");
        let huge = parse_supervision_every_days("99999999999999999999").unwrap_err();
        assert!(huge.contains("is not a number of days"), "{huge}");
        let word = parse_supervision_every_days("monthly").unwrap_err();
        assert!(
            word.contains("\"monthly\" is not a number of days"),
            "{word}"
        );
        assert_eq!(
            Config::with_data_dir("d").supervision_every_days,
            DEFAULT_SUPERVISION_EVERY_DAYS
        );
    }
}
