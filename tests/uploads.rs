//! Uploads and downloads end to end over loopback HTTP against the mock, which parses every
//! `multipart/form-data` body with a real parser (`multer`) and stores the parts on disk:
//!
//! - `uploads/wire.rs`: the multipart wire format (names, file names, content types, bytes
//!   round-trip exactly; hostile names cannot inject headers), file-path and stream parts,
//!   `Content-Length` vs chunked, raw passthrough bodies, `POST /file`;
//! - `uploads/downloads.rs`: streamed downloads to a file and to an `AsyncWrite`, with the
//!   content type, length and file name exposed, and hostile `Content-Disposition` values;
//! - `uploads/drive_items.rs`: the file-storage upload through the unified API and its
//!   streamed download;
//! - `uploads/replays.rs`: which bodies a retry sends again — bytes and files with the same
//!   `Idempotency-Key`, never a stream that went out, never a file whose length changed.

#[path = "uploads/downloads.rs"]
mod downloads;
#[path = "uploads/drive_items.rs"]
mod drive_items;
#[path = "uploads/replays.rs"]
mod replays;
#[path = "uploads/wire.rs"]
mod wire;

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;
use truto::{Client, Multipart, QueryParams, RawBody, RetryPolicy};
use truto_mock::{MockServer, RecordedRequest};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const ATTACHMENTS: &str = "/unified/ticketing/attachments";

/// Endpoints declared the way a user declares their own, with the new body roles.
pub trait Uploads: truto::Api {
    /// Any form, to the attachments create.
    #[truto::truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn upload_form(
        &self,
        #[query] query: &QueryParams,
        #[multipart] form: &Multipart,
    ) -> truto::Result<Value>;

    /// A raw body (`truto_body_passthrough=true`), to the attachments create.
    #[truto::truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn upload_raw(
        &self,
        #[query] query: &QueryParams,
        #[raw_body] body: &RawBody,
    ) -> truto::Result<Value>;
}
impl Uploads for Client {}

fn query() -> QueryParams {
    QueryParams::new(ACCOUNT)
}

/// Retries without real waiting.
fn fast() -> RetryPolicy {
    RetryPolicy::default().backoff(Duration::from_millis(1), Duration::from_millis(2))
}

async fn start() -> (MockServer, Client) {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client_builder().retry(fast()).build().unwrap();
    (mock, client)
}

/// Deterministic bytes that are not a repeating pattern a framing bug could hide in.
fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as u8
        })
        .collect()
}

/// A file under the system's temp dir, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn with(name: &str, content: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("truto-uploads-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        TempFile(path)
    }

    fn dir(&self) -> PathBuf {
        self.0.parent().unwrap().to_path_buf()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.dir());
    }
}

/// The requests the mock received for `method` `path`.
fn sent(mock: &MockServer, method: &str, path: &str) -> Vec<RecordedRequest> {
    mock.requests()
        .into_iter()
        .filter(|r| r.method == method && r.path == path)
        .collect()
}

/// A stream of `chunks` chunks of `data`, as a caller would hand one over.
fn chunked(
    data: Vec<u8>,
    chunks: usize,
) -> impl futures_util::Stream<Item = Result<bytes::Bytes, std::io::Error>> + Send + 'static {
    let size = data.len().div_ceil(chunks.max(1)).max(1);
    let pieces: Vec<_> = data
        .chunks(size)
        .map(|piece| Ok(bytes::Bytes::copy_from_slice(piece)))
        .collect();
    futures_util::stream::iter(pieces)
}
