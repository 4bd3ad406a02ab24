//! Shared by the integration tests: the account id the mock accepts, and fixtures.

#![allow(dead_code)] // each test file uses its own part of this

pub mod spans;

/// A UUID, as the mock requires of `integrated_account_id`.
pub const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

pub const TICKET_FULL: &str = include_str!("../fixtures/ticket_full.json");
pub const TICKET_ONLY_ID: &str = include_str!("../fixtures/ticket_only_id.json");
pub const TICKET_NULLS: &str = include_str!("../fixtures/ticket_nulls.json");
pub const TICKET_UNKNOWN: &str = include_str!("../fixtures/ticket_unknown.json");

pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

/// Everything `tracing` writes while the returned guard lives on this thread, kept as text.
pub struct CapturedLogs {
    buffer: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    _guard: tracing::subscriber::DefaultGuard,
}

impl CapturedLogs {
    /// Starts capturing every level.
    pub fn start() -> Self {
        let buffer = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let writer = Writer(std::sync::Arc::clone(&buffer));
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || writer.clone())
            .finish();
        CapturedLogs {
            buffer,
            _guard: tracing::subscriber::set_default(subscriber),
        }
    }

    /// What was written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.buffer.lock().unwrap()).into_owned()
    }
}

#[derive(Clone)]
struct Writer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
