//! Upload bodies, received to disk: `multipart/form-data` requests are parsed with `multer`
//! as they arrive and each part is written to a file in a temporary directory the server
//! owns; a raw body sent with `truto_body_passthrough=true` is written the same way as one
//! part. Nothing of a file is held in memory, so a 100 MiB upload costs the mock a file,
//! not 100 MiB.
//!
//! The handlers see the parts as [`UploadedPart`]s on the request
//! ([`RecordedRequest::parts`](super::RecordedRequest::parts)); files kept for download
//! (attachments, `POST /file`) are registered in the [`FileStore`] under a key and served
//! from disk by `upload_routes`. The directory and everything in it is removed when the
//! server is dropped.

use std::collections::HashMap;
use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{HeaderMap, CONTENT_TYPE};
use tokio::io::AsyncWriteExt;

/// The largest upload body the mock accepts (413 beyond it).
pub(crate) const MAX_UPLOAD_BYTES: u64 = 1024 * 1024 * 1024;

/// Text fields up to this size are also kept as [`UploadedPart::text`].
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// One part of an upload, as the mock received it; its bytes are in a file on disk.
///
/// Two parts compare equal when their name, file name, content type, size and content
/// digest agree (where the mock stored them does not matter), so an idempotent replay with
/// the same file is recognized as the same request.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UploadedPart {
    /// The part's `name`; `None` for a raw (passthrough) body.
    pub name: Option<String>,
    /// The part's `filename`, exactly as sent (percent-encoded characters stay encoded).
    pub file_name: Option<String>,
    /// The part's `Content-Type` (for a raw body, the request's).
    pub content_type: Option<String>,
    /// The number of bytes received.
    pub size: u64,
    /// The content as text, for a part without a file name of at most 64 KiB of UTF-8.
    pub text: Option<String>,
    digest: u64,
    path: Arc<PathBuf>,
}

impl UploadedPart {
    /// Reads the part's bytes back from disk (while the server that received it is alive).
    pub fn bytes(&self) -> io::Result<Vec<u8>> {
        std::fs::read(self.path.as_path())
    }

    /// Where the mock stored the part (inside its temporary directory).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl PartialEq for UploadedPart {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.file_name == other.file_name
            && self.content_type == other.content_type
            && self.size == other.size
            && self.digest == other.digest
    }
}

impl Eq for UploadedPart {}

/// How a request's body goes to disk, if it does.
pub(crate) enum DiskBody {
    Multipart { boundary: String },
    Raw { content_type: Option<String> },
}

/// Why an upload body could not be received.
pub(crate) enum ReceiveProblem {
    /// Over [`MAX_UPLOAD_BYTES`].
    TooLarge,
    /// Not valid `multipart/form-data`, or the connection broke mid-body.
    Malformed(String),
    /// The mock could not write its temporary files.
    Storage(io::Error),
}

/// Whether the body goes to disk: a `multipart/form-data` body, or a non-JSON body sent with
/// `truto_body_passthrough=true`.
pub(crate) fn disk_body(headers: &HeaderMap, query: Option<&str>) -> Option<DiskBody> {
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    if let Some(boundary) = content_type
        .as_deref()
        .and_then(|value| multer::parse_boundary(value).ok())
    {
        return Some(DiskBody::Multipart { boundary });
    }
    let query = super::qs::parse(query.unwrap_or(""));
    let passthrough = super::common::is_true(query.get("truto_body_passthrough"));
    let json = content_type
        .as_deref()
        .is_some_and(|value| value.trim_start().starts_with("application/json"));
    (passthrough && !json).then_some(DiskBody::Raw { content_type })
}

/// The server's upload directory and the files kept for download.
#[derive(Default)]
pub(crate) struct FileStore {
    dir: OnceLock<Result<tempfile::TempDir, String>>,
    /// Numbers the files on disk.
    next_file: AtomicU64,
    /// Numbers the download keys.
    next_key: AtomicU64,
    kept: Mutex<HashMap<String, StoredFile>>,
}

/// A file kept for download.
#[derive(Clone, Debug)]
pub(crate) struct StoredFile {
    pub(crate) path: Arc<PathBuf>,
    pub(crate) file_name: Option<String>,
    pub(crate) content_type: String,
    pub(crate) size: u64,
}

impl FileStore {
    /// Keeps `part`'s file for download under a new key, and returns the key.
    pub(crate) fn keep(
        &self,
        prefix: &str,
        part: &UploadedPart,
        file_name: Option<String>,
        content_type: String,
    ) -> String {
        let key = format!(
            "{prefix}-{:06}",
            self.next_key.fetch_add(1, Ordering::Relaxed) + 1
        );
        let stored = StoredFile {
            path: Arc::clone(&part.path),
            file_name,
            content_type,
            size: part.size,
        };
        self.lock().insert(key.clone(), stored);
        key
    }

    /// The file kept under `key`.
    pub(crate) fn get(&self, key: &str) -> Option<StoredFile> {
        self.lock().get(key).cloned()
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, StoredFile>> {
        self.kept.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new empty file in the upload directory (created on first use).
    async fn create(&self) -> io::Result<(PathBuf, tokio::fs::File)> {
        let dir = self.dir.get_or_init(|| {
            tempfile::Builder::new()
                .prefix("truto-mock-uploads-")
                .tempdir()
                .map_err(|error| error.to_string())
        });
        let dir = dir
            .as_ref()
            .map_err(|error| io::Error::other(error.clone()))?;
        let sequence = self.next_file.fetch_add(1, Ordering::Relaxed);
        let path = dir.path().join(format!("part-{sequence:08}"));
        let file = tokio::fs::File::create(&path).await?;
        Ok((path, file))
    }
}

/// Receives the body to disk, part by part.
pub(crate) async fn receive(
    store: &FileStore,
    kind: DiskBody,
    body: Incoming,
) -> Result<Vec<UploadedPart>, ReceiveProblem> {
    match kind {
        DiskBody::Multipart { boundary } => {
            let chunks = body.into_data_stream();
            let limits = multer::Constraints::new()
                .size_limit(multer::SizeLimit::new().whole_stream(MAX_UPLOAD_BYTES));
            let mut multipart = multer::Multipart::with_constraints(chunks, boundary, limits);
            let mut parts = Vec::new();
            while let Some(mut field) = multipart.next_field().await.map_err(multer_problem)? {
                let name = field.name().map(str::to_owned);
                let file_name = field.file_name().map(str::to_owned);
                let content_type = field.content_type().map(|mime| mime.as_ref().to_owned());
                let mut writer = PartWriter::create(store, file_name.is_none()).await?;
                while let Some(chunk) = field.chunk().await.map_err(multer_problem)? {
                    writer.write(&chunk).await?;
                }
                parts.push(writer.finish(name, file_name, content_type).await?);
            }
            Ok(parts)
        }
        DiskBody::Raw { content_type } => {
            let mut writer = PartWriter::create(store, false).await?;
            let mut body = body;
            while let Some(frame) = body.frame().await {
                let frame = frame.map_err(|error| ReceiveProblem::Malformed(error.to_string()))?;
                let Ok(chunk) = frame.into_data() else {
                    continue; // trailers
                };
                if writer.size.saturating_add(chunk.len() as u64) > MAX_UPLOAD_BYTES {
                    return Err(ReceiveProblem::TooLarge);
                }
                writer.write(&chunk).await?;
            }
            Ok(vec![writer.finish(None, None, content_type).await?])
        }
    }
}

fn multer_problem(error: multer::Error) -> ReceiveProblem {
    match error {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            ReceiveProblem::TooLarge
        }
        other => ReceiveProblem::Malformed(other.to_string()),
    }
}

/// One part on its way to disk: the file, its size and digest, and the text of a small field.
struct PartWriter {
    path: PathBuf,
    file: tokio::fs::File,
    size: u64,
    digest: std::collections::hash_map::DefaultHasher,
    text: Option<Vec<u8>>,
}

impl PartWriter {
    async fn create(store: &FileStore, keep_text: bool) -> Result<PartWriter, ReceiveProblem> {
        let (path, file) = store.create().await.map_err(ReceiveProblem::Storage)?;
        Ok(PartWriter {
            path,
            file,
            size: 0,
            digest: Default::default(),
            text: keep_text.then(Vec::new),
        })
    }

    async fn write(&mut self, chunk: &Bytes) -> Result<(), ReceiveProblem> {
        self.digest.write(chunk);
        self.size = self.size.saturating_add(chunk.len() as u64);
        if let Some(text) = self.text.as_mut() {
            if text.len() + chunk.len() <= MAX_TEXT_BYTES {
                text.extend_from_slice(chunk);
            } else {
                self.text = None;
            }
        }
        self.file
            .write_all(chunk)
            .await
            .map_err(ReceiveProblem::Storage)
    }

    async fn finish(
        mut self,
        name: Option<String>,
        file_name: Option<String>,
        content_type: Option<String>,
    ) -> Result<UploadedPart, ReceiveProblem> {
        self.file.flush().await.map_err(ReceiveProblem::Storage)?;
        Ok(UploadedPart {
            name,
            file_name,
            content_type,
            size: self.size,
            text: self.text.and_then(|text| String::from_utf8(text).ok()),
            digest: self.digest.finish(),
            path: Arc::new(self.path),
        })
    }
}
