//! [`RawBody`]: a request body sent as it is, with its own content type, for Truto's
//! `truto_body_passthrough=true`.

use std::fmt;
use std::path::PathBuf;

use bytes::Bytes;
use futures_core::Stream;

use super::multipart::OCTET_STREAM;
use super::source::Source;

/// A request body sent byte for byte with its content type: bytes, a file, or a stream.
///
/// Truto forwards such a body to the provider untouched when the query says
/// `truto_body_passthrough=true` (its reference notes: "pass raw request body, e.g. for
/// binary uploads", shown as `POST /proxy/files?...&truto_body_passthrough=true` with
/// `Content-Type: application/octet-stream`). A request with a raw body always carries that
/// flag: declared endpoints (`#[raw_body] body: &RawBody`) and
/// [`RequestBuilder::raw_body`](crate::RequestBuilder::raw_body) add it, replacing any value
/// the query has.
///
/// ```
/// use truto_core::RawBody;
///
/// let pdf = RawBody::file("/var/scans/0001.pdf").content_type("application/pdf");
/// let note = RawBody::bytes("<note>hi</note>").content_type("application/xml");
/// assert!(pdf.is_replayable() && note.is_replayable());
/// ```
///
/// Replays follow [`Multipart`](crate::Multipart)'s rules: bytes and files are sent again by
/// retries (a file whose length changed is an error, not a different body); a stream is sent
/// once. The content type defaults to `application/octet-stream`.
#[derive(Clone)]
pub struct RawBody {
    pub(crate) content_type: String,
    pub(crate) source: Source,
}

impl RawBody {
    /// Bytes in memory.
    pub fn bytes(bytes: impl Into<Bytes>) -> RawBody {
        RawBody::from_source(Source::Bytes(bytes.into()))
    }

    /// The file at `path`, opened when the request is sent and read in chunks, again by each
    /// retry.
    pub fn file(path: impl Into<PathBuf>) -> RawBody {
        RawBody::from_source(Source::file(path.into()))
    }

    /// A stream of chunks, sent once and chunked (see
    /// [`stream_with_length`](Self::stream_with_length)).
    pub fn stream<S, E>(stream: S) -> RawBody
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        RawBody::from_source(Source::stream(stream, None))
    }

    /// A stream of `length` bytes, sent once with that `Content-Length`; one that yields
    /// more or fewer bytes breaks the request off.
    pub fn stream_with_length<S, E>(stream: S, length: u64) -> RawBody
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        RawBody::from_source(Source::stream(stream, Some(length)))
    }

    fn from_source(source: Source) -> RawBody {
        RawBody {
            content_type: OCTET_STREAM.to_owned(),
            source,
        }
    }

    /// Sets the `Content-Type` sent with the body, e.g. `application/pdf`.
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> RawBody {
        self.content_type = content_type.into();
        self
    }

    /// The length in bytes, when known without reading (a file's once a request opened it).
    pub fn length(&self) -> Option<u64> {
        self.source.known_length()
    }

    /// Whether another attempt could send this body again (false for a stream that was read).
    pub fn is_replayable(&self) -> bool {
        self.source.is_replayable()
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.source {
            Source::Bytes(_) => "bytes",
            Source::File(_) => "file",
            Source::Stream(_) => "stream",
        };
        f.debug_struct("RawBody")
            .field("kind", &kind)
            .field("length", &self.length())
            .finish_non_exhaustive()
    }
}
