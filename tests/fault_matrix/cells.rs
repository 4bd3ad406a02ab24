//! One cell of the fault matrix: how a call ended ([`Outcome`]), what the mock saw
//! ([`Cell`]), and how an SDK error maps to an outcome.

use std::fmt;

use truto::Error;

/// How a call ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// `Ok`, with the value the server holds (the fetched or the created record).
    Ok,
    /// `Ok`, but not with the server's record.
    OkWrongValue(String),
    /// `Error::Api` with this status and `remote_error`.
    Api(u16, bool),
    /// `Error::UnexpectedResponse` with this status.
    Unexpected(u16),
    /// `Error::Transport`.
    Transport,
    /// `Error::Connect`.
    Connect,
    /// `Error::Timeout` reporting this many attempts.
    Timeout(u32),
    /// `Error::WriteOutcomeUnknown` (the write may have run) caused by this.
    MayHaveRun(Box<Outcome>),
    /// Any other error, as `Debug`.
    Other(String),
    /// The call panicked.
    Panicked(String),
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Ok => write!(f, "Ok"),
            Outcome::OkWrongValue(v) => write!(f, "Ok (wrong value: {v})"),
            Outcome::Api(status, false) => write!(f, "Api {status}"),
            Outcome::Api(status, true) => write!(f, "Api {status} remote"),
            Outcome::Unexpected(status) => write!(f, "UnexpectedResponse {status}"),
            Outcome::Transport => write!(f, "Transport"),
            Outcome::Connect => write!(f, "Connect"),
            Outcome::Timeout(attempts) => write!(f, "Timeout (attempt {attempts})"),
            Outcome::MayHaveRun(cause) => write!(f, "MayHaveRun({cause})"),
            Outcome::Other(e) => write!(f, "other: {e}"),
            Outcome::Panicked(p) => write!(f, "PANIC: {p}"),
        }
    }
}

/// One cell of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cell {
    /// Requests the mock received for the call's route (or, without a server, attempts
    /// counted as retry events + 1).
    pub(crate) attempts: usize,
    pub(crate) outcome: Outcome,
    /// Writes that really ran on the server (`write_count`).
    pub(crate) writes: usize,
    /// Broken invariants: a write run twice, keys that differ between attempts, a keyless
    /// write that carried a key, bookkeeping that disagrees with the store.
    pub(crate) problems: Vec<String>,
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} → {}", self.attempts, self.outcome)?;
        if self.writes > 0 {
            write!(
                f,
                " · {} write{}",
                self.writes,
                if self.writes == 1 { "" } else { "s" }
            )?;
        }
        for problem in &self.problems {
            write!(f, " · ⚠ {problem}")?;
        }
        Ok(())
    }
}

pub(crate) fn cell(attempts: usize, outcome: Outcome, writes: usize) -> Cell {
    Cell {
        attempts,
        outcome,
        writes,
        problems: Vec::new(),
    }
}

pub(crate) fn classify(error: &Error) -> Outcome {
    match error {
        Error::Api(api) => Outcome::Api(api.status, api.remote_error),
        Error::UnexpectedResponse(unexpected) => Outcome::Unexpected(unexpected.status),
        Error::Transport { .. } => Outcome::Transport,
        Error::Connect { .. } => Outcome::Connect,
        Error::Timeout { attempts, .. } => Outcome::Timeout(*attempts),
        Error::WriteOutcomeUnknown { source, .. } => {
            Outcome::MayHaveRun(Box::new(classify(source)))
        }
        other => Outcome::Other(format!("{other:?}")),
    }
}
