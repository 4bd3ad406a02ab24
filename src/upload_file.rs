//! [`UploadFile`]: one file to upload — its content (bytes, a path on disk, or a stream),
//! its file name and content type — as the typed upload methods take it
//! ([`AttachmentsApi::upload_attachment`](crate::ticketing::AttachmentsApi::upload_attachment),
//! [`FilesApi::upload_file`](crate::platform::FilesApi::upload_file)). It becomes one
//! `multipart/form-data` part ([`Part`]) under the field the endpoint expects.

use std::path::PathBuf;

use bytes::Bytes;
use futures_core::Stream;
use truto_core::{Multipart, Part, ToMultipart};

/// The content type of a file whose type is not given, as browsers send unknown files.
const OCTET_STREAM: &str = "application/octet-stream";

/// One file to upload, streamed: a path is opened when the request is sent and read in
/// chunks (again by each retry); a stream is passed through as it yields (and sent once:
/// see [`Multipart`] for what that means for retries).
///
/// ```
/// use truto::UploadFile;
///
/// let report = UploadFile::path("/var/reports/march.pdf").with_content_type("application/pdf");
/// let note = UploadFile::bytes("note.txt", "hello").with_content_type("text/plain");
/// assert_eq!(report.file_name(), Some("march.pdf"));
/// assert_eq!(note.content_type(), "text/plain");
/// ```
///
/// Sent on its own (as [`ToMultipart`]), it is a form with one part, `file`, which is what
/// `POST /file` takes.
///
/// `Debug` shows the content's kind and length, never the file name.
#[derive(Clone)]
pub struct UploadFile {
    content: Part,
    file_name: Option<String>,
    content_type: String,
}

impl UploadFile {
    /// The file at `path`, named after its last component.
    pub fn path(path: impl Into<PathBuf>) -> UploadFile {
        let path = path.into();
        let file_name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        UploadFile::new(Part::file("file", path), file_name)
    }

    /// Bytes in memory, under `file_name`.
    pub fn bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> UploadFile {
        UploadFile::new(Part::bytes("file", bytes), Some(file_name.into()))
    }

    /// A stream of chunks, under `file_name`, sent chunked and once.
    pub fn stream<S, E>(file_name: impl Into<String>, stream: S) -> UploadFile
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        UploadFile::new(Part::stream("file", stream), Some(file_name.into()))
    }

    /// A stream of exactly `length` bytes, under `file_name`, sent once with a
    /// `Content-Length`.
    pub fn stream_with_length<S, E>(
        file_name: impl Into<String>,
        stream: S,
        length: u64,
    ) -> UploadFile
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        UploadFile::new(
            Part::stream_with_length("file", stream, length),
            Some(file_name.into()),
        )
    }

    fn new(content: Part, file_name: Option<String>) -> UploadFile {
        UploadFile {
            content,
            file_name,
            content_type: OCTET_STREAM.to_owned(),
        }
    }

    /// Sets the file name sent with the file.
    #[must_use]
    pub fn with_file_name(mut self, file_name: impl Into<String>) -> UploadFile {
        self.file_name = Some(file_name.into());
        self
    }

    /// Sets the content type sent with the file (`application/octet-stream` otherwise).
    #[must_use]
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> UploadFile {
        self.content_type = content_type.into();
        self
    }

    /// The file name sent with the file.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The content type sent with the file.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// Whether a retry could send the file again (false for a stream that was read).
    pub fn is_replayable(&self) -> bool {
        self.content.is_replayable()
    }

    /// The file as the multipart part `field`.
    pub fn to_part(&self, field: &str) -> Part {
        let part = self
            .content
            .clone()
            .with_name(field)
            .content_type(self.content_type.clone());
        match &self.file_name {
            Some(name) => part.file_name(name.clone()),
            None => part,
        }
    }
}

impl ToMultipart for UploadFile {
    fn to_multipart(&self) -> Multipart {
        Multipart::new().part(self.to_part("file"))
    }
}

impl std::fmt::Debug for UploadFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadFile")
            .field("content", &self.content)
            .finish_non_exhaustive()
    }
}
