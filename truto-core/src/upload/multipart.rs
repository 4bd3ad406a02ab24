//! [`Multipart`] and [`Part`]: a `multipart/form-data` body described as data, encoded on
//! the wire by each attempt (see [`super::encode`]).

use std::fmt;
use std::path::PathBuf;

use bytes::Bytes;
use futures_core::Stream;

use super::source::Source;

/// The content type of file parts that do not name one, as browsers send unknown files.
pub(crate) const OCTET_STREAM: &str = "application/octet-stream";

/// A `multipart/form-data` request body: text fields and files, in order.
///
/// Truto takes uploads as `multipart/form-data` on unified and proxy creates (and
/// `POST /file`); declare a parameter `#[multipart] form: &Multipart` on an endpoint, or use
/// the typed upload methods (`upload_attachment`, `upload_file`, ...).
///
/// ```
/// use truto_core::{Multipart, Part};
///
/// let form = Multipart::new()
///     .text("ticket_id", "35436")
///     .part(
///         Part::bytes("file", &b"hello"[..])
///             .file_name("hello.txt")
///             .content_type("text/plain"),
///     )
///     .part(Part::file("scan", "/var/scans/0001.pdf").content_type("application/pdf"));
/// assert!(form.is_replayable());
/// ```
///
/// # Streaming and retries
///
/// Nothing is read into memory whole: a [`Part::file`] is opened when the request is sent
/// and read in chunks; a [`Part::stream`] is passed through as it yields. When every part's
/// length is known (bytes, files, streams with a declared length) the request carries a
/// `Content-Length`; otherwise it is sent chunked.
///
/// Whether the call may be sent again (a retry after a 502 or a lost answer, where the
/// endpoint's idempotency allows one) depends on the body being *replayable*:
///
/// - text, [`Part::bytes`] and [`Part::file`] parts are: a file is opened and read again by
///   each attempt, and an attempt that finds a different length than the first fails with
///   [`UploadProblem::LengthChanged`](crate::UploadProblem::LengthChanged) instead of
///   sending a different body;
/// - a [`Part::stream`] is not: it is sent once. A call whose stream was already (partly)
///   sent is never retried; a write whose answer then goes missing or is a retryable error
///   fails with [`Error::WriteOutcomeUnknown`](crate::Error::WriteOutcomeUnknown). Only an
///   attempt that sent nothing (the connection could not be made) leaves the stream for the
///   next attempt.
///
/// The per-attempt timeout covers sending the body: raise it
/// ([`CallOptions::timeout`](crate::CallOptions::timeout)) for large uploads over slow links.
///
/// # Wire format
///
/// A random boundary per form; each part has `Content-Disposition: form-data; name="..."`
/// with `; filename="..."` for files, and a `Content-Type` (file parts default to
/// `application/octet-stream`; text fields have none unless set). In names and file names,
/// `"` and control characters (CR and LF among them) are percent-encoded (`%22`, `%0D`,
/// `%0A`), as browsers encode them, so no value can break out of its header; everything
/// else, UTF-8 included, is sent as is.
///
/// `Clone` is cheap (files are paths, bytes are shared); clones share a stream part's one
/// stream. `Debug` shows part names and kinds, never a value or a file name.
#[derive(Clone)]
pub struct Multipart {
    pub(crate) boundary: String,
    pub(crate) parts: Vec<Part>,
}

/// One part of a [`Multipart`] form: a name, its content, and optionally a file name and a
/// content type.
#[derive(Clone)]
pub struct Part {
    pub(crate) name: String,
    pub(crate) file_name: Option<String>,
    pub(crate) content_type: Option<String>,
    pub(crate) source: Source,
}

impl Default for Multipart {
    fn default() -> Self {
        Multipart::new()
    }
}

impl Multipart {
    /// An empty form with a fresh random boundary.
    pub fn new() -> Self {
        Multipart {
            boundary: format!("truto-rs-{}", uuid::Uuid::new_v4().simple()),
            parts: Vec::new(),
        }
    }

    /// Adds a text field.
    #[must_use]
    pub fn text(self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.part(Part::text(name, value))
    }

    /// Adds a part.
    #[must_use]
    pub fn part(mut self, part: Part) -> Self {
        self.parts.push(part);
        self
    }

    /// The parts, in order.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// Whether every part can be sent again by another attempt: true unless a
    /// [`Part::stream`] has already been read.
    pub fn is_replayable(&self) -> bool {
        self.parts.iter().all(Part::is_replayable)
    }

    /// `multipart/form-data; boundary=...`, the body's content type.
    pub fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }
}

/// Something that is sent as a `multipart/form-data` body: a [`Multipart`], or a typed
/// upload (e.g. the facade's attachment upload) that builds one. What a `#[multipart]`
/// parameter accepts.
pub trait ToMultipart {
    /// The form to send (a cheap clone: files are paths, bytes are shared).
    fn to_multipart(&self) -> Multipart;
}

impl ToMultipart for Multipart {
    fn to_multipart(&self) -> Multipart {
        self.clone()
    }
}

impl<T: ToMultipart + ?Sized> ToMultipart for &T {
    fn to_multipart(&self) -> Multipart {
        (**self).to_multipart()
    }
}

impl Part {
    /// A text field: its value is the part's content (no file name, no content type).
    pub fn text(name: impl Into<String>, value: impl Into<String>) -> Part {
        Part {
            name: name.into(),
            file_name: None,
            content_type: None,
            source: Source::Bytes(Bytes::from(value.into())),
        }
    }

    /// A file part from bytes in memory (`application/octet-stream` unless
    /// [`content_type`](Self::content_type) says otherwise; no file name unless
    /// [`file_name`](Self::file_name) sets one).
    pub fn bytes(name: impl Into<String>, bytes: impl Into<Bytes>) -> Part {
        Part {
            name: name.into(),
            file_name: None,
            content_type: Some(OCTET_STREAM.to_owned()),
            source: Source::Bytes(bytes.into()),
        }
    }

    /// A file part read from `path` when the request is sent, in chunks (never whole), and
    /// read again by each retry. Its file name is the path's last component (set another
    /// with [`file_name`](Self::file_name)); its content type `application/octet-stream`
    /// unless set. A file that cannot be opened fails the call before anything is sent.
    pub fn file(name: impl Into<String>, path: impl Into<PathBuf>) -> Part {
        let source = Source::file(path.into());
        let file_name = source
            .path()
            .and_then(|path| path.file_name())
            .map(|name| name.to_string_lossy().into_owned());
        Part {
            name: name.into(),
            file_name,
            content_type: Some(OCTET_STREAM.to_owned()),
            source,
        }
    }

    /// A file part from a stream of chunks, sent as it yields and **sent once**: a call
    /// whose stream was read is never sent again (see [`Multipart`]). Without a declared
    /// length the request is sent chunked; see [`stream_with_length`](Self::stream_with_length).
    pub fn stream<S, E>(name: impl Into<String>, stream: S) -> Part
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        Part::from_stream(name.into(), Source::stream(stream, None))
    }

    /// [`stream`](Self::stream) with its length declared, so the request can carry a
    /// `Content-Length`. A stream that yields more or fewer bytes breaks the request off.
    pub fn stream_with_length<S, E>(name: impl Into<String>, stream: S, length: u64) -> Part
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        Part::from_stream(name.into(), Source::stream(stream, Some(length)))
    }

    fn from_stream(name: String, source: Source) -> Part {
        Part {
            name,
            file_name: None,
            content_type: Some(OCTET_STREAM.to_owned()),
            source,
        }
    }

    /// Sets the part's name (the form field it fills), e.g. to put a prepared file part
    /// under the field an endpoint expects.
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Part {
        self.name = name.into();
        self
    }

    /// Sets the file name sent in `Content-Disposition` (`; filename="..."`).
    #[must_use]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Part {
        self.file_name = Some(file_name.into());
        self
    }

    /// Sets the part's `Content-Type`, e.g. `image/png`. One that is not a valid
    /// `type/subtype` header value fails the call before anything is sent.
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> Part {
        self.content_type = Some(content_type.into());
        self
    }

    /// The part's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The part's length in bytes, when known without reading it (a file's is known once a
    /// request has opened it).
    pub fn length(&self) -> Option<u64> {
        self.source.known_length()
    }

    /// Whether another attempt could send this part again (false for a stream that was read).
    pub fn is_replayable(&self) -> bool {
        self.source.is_replayable()
    }
}

impl fmt::Debug for Multipart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Multipart")
            .field("parts", &self.parts)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values, file names and paths are the caller's data: only the shape is shown.
        let kind = match (&self.source, self.file_name.is_some()) {
            (Source::Bytes(_), false) if self.content_type.is_none() => "text",
            (Source::Bytes(_), _) => "bytes",
            (Source::File(_), _) => "file",
            (Source::Stream(_), _) => "stream",
        };
        f.debug_struct("Part")
            .field("name", &self.name)
            .field("kind", &kind)
            .field("length", &self.length())
            .field("has_file_name", &self.file_name.is_some())
            .finish_non_exhaustive()
    }
}
