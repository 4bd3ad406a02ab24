//! The response formats Truto's unified API can answer in (`truto_response_format`).

use serde::{Deserialize, Serialize};

/// The shape Truto gives a unified API response in, sent as `truto_response_format`.
///
/// Which Rust type a call decodes into follows from the format: `Unified` and `Normalized`
/// decode into the typed unified model, `Raw` into the provider's own JSON
/// (`serde_json::Value` or a type the caller names), and `Stream` into a
/// [`ByteStream`](crate::ByteStream) that is never buffered whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ResponseFormat {
    /// Unified mappings applied (Truto's default).
    #[default]
    Unified,
    /// The provider's response, untouched.
    Raw,
    /// Unified mappings applied, in the normalized layout.
    Normalized,
    /// The body streamed as it arrives: for large data sets, files and binary data.
    Stream,
}

impl ResponseFormat {
    /// The value sent on the wire, e.g. `"raw"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ResponseFormat::Unified => "unified",
            ResponseFormat::Raw => "raw",
            ResponseFormat::Normalized => "normalized",
            ResponseFormat::Stream => "stream",
        }
    }
}

impl std::fmt::Display for ResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
