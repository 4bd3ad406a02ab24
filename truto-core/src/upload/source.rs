//! Where the bytes of a multipart part or a raw body come from, and how each attempt of a
//! call gets them again.
//!
//! - Bytes in memory: sent as they are, on every attempt.
//! - A file path: opened and read again by each attempt, in chunks (never read whole). The
//!   first attempt notes the file's length; a later attempt that finds another length fails
//!   before sending, since it would send a different body under the same request.
//! - A caller's stream: one-shot. It stays in a shared slot until the body is first polled,
//!   so an attempt that never sent a byte (the connection could not be made) leaves it there
//!   for the next attempt; once polled it is gone, and the call cannot be sent again.

use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;
use tokio::io::AsyncReadExt;

use crate::error::UploadProblem;

/// A body's bytes as an attempt sends them: chunks, or an I/O error that aborts the request.
pub(crate) type ChunkStream = Pin<Box<dyn Stream<Item = io::Result<Bytes>> + Send>>;

/// How much of a file one read takes: large enough to keep syscalls few, small enough that
/// memory stays flat however large the file is.
const FILE_CHUNK_BYTES: usize = 256 * 1024;

/// Where a part's or raw body's bytes come from.
#[derive(Clone)]
pub(crate) enum Source {
    /// In memory; sent again as is.
    Bytes(Bytes),
    /// A file on disk, read again by each attempt.
    File(Arc<FileSource>),
    /// A caller's stream, sent at most once.
    Stream(Arc<OneShot>),
}

/// A file path, and the length the first attempt sent.
pub(crate) struct FileSource {
    path: PathBuf,
    first_length: OnceLock<u64>,
}

/// A caller's stream, waiting in its slot until an attempt's body is first polled.
pub(crate) struct OneShot {
    slot: Mutex<Option<ChunkStream>>,
    length: Option<u64>,
    /// Tells streams apart in request fingerprints (their bytes cannot be compared).
    id: u64,
}

/// One attempt's view of a source: its length when known, and its chunks.
pub(crate) struct Opened {
    pub(crate) length: Option<u64>,
    pub(crate) chunks: ChunkStream,
}

impl Source {
    pub(crate) fn file(path: PathBuf) -> Source {
        Source::File(Arc::new(FileSource {
            path,
            first_length: OnceLock::new(),
        }))
    }

    pub(crate) fn stream<S, E>(stream: S, length: Option<u64>) -> Source
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        use futures_util::StreamExt;
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        let chunks: ChunkStream = Box::pin(stream.map(|chunk| chunk.map_err(io::Error::other)));
        Source::Stream(Arc::new(OneShot {
            slot: Mutex::new(Some(chunks)),
            length,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }))
    }

    /// The file's path, for a file source.
    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Source::File(file) => Some(&file.path),
            _ => None,
        }
    }

    /// The length, when known without opening anything.
    pub(crate) fn known_length(&self) -> Option<u64> {
        match self {
            Source::Bytes(bytes) => Some(bytes.len() as u64),
            Source::File(file) => file.first_length.get().copied(),
            Source::Stream(shot) => shot.length,
        }
    }

    /// Whether another attempt can send these bytes again: always for bytes and files; for a
    /// stream, only while no attempt has started reading it.
    pub(crate) fn is_replayable(&self) -> bool {
        match self {
            Source::Bytes(_) | Source::File(_) => true,
            Source::Stream(shot) => shot.lock().is_some(),
        }
    }

    /// What makes two sources the same content, for request fingerprints.
    pub(crate) fn identity<H: std::hash::Hasher>(&self, hasher: &mut H) {
        use std::hash::Hash;
        match self {
            Source::Bytes(bytes) => (0u8, bytes).hash(hasher),
            Source::File(file) => (1u8, &file.path).hash(hasher),
            Source::Stream(shot) => (2u8, shot.id).hash(hasher),
        }
    }

    /// The bytes for one attempt. Files are opened (and their length checked) here, before
    /// anything is sent.
    pub(crate) async fn open(&self) -> Result<Opened, UploadProblem> {
        match self {
            Source::Bytes(bytes) => {
                let one = (!bytes.is_empty()).then(|| Ok(bytes.clone()));
                Ok(Opened {
                    length: Some(bytes.len() as u64),
                    chunks: Box::pin(futures_util::stream::iter(one)),
                })
            }
            Source::File(file) => file.open().await,
            Source::Stream(shot) => {
                if shot.lock().is_none() {
                    return Err(UploadProblem::StreamAlreadySent);
                }
                Ok(Opened {
                    length: shot.length,
                    chunks: Box::pin(TakeOnPoll {
                        shot: Arc::clone(shot),
                        stream: None,
                        sent: 0,
                        done: false,
                    }),
                })
            }
        }
    }
}

impl FileSource {
    async fn open(&self) -> Result<Opened, UploadProblem> {
        let unreadable = |error: io::Error| UploadProblem::Unreadable(error.kind());
        let file = tokio::fs::File::open(&self.path)
            .await
            .map_err(unreadable)?;
        let metadata = file.metadata().await.map_err(unreadable)?;
        if !metadata.is_file() {
            return Err(UploadProblem::NotAFile);
        }
        let now = metadata.len();
        let first = *self.first_length.get_or_init(|| now);
        if first != now {
            return Err(UploadProblem::LengthChanged { first, now });
        }
        Ok(Opened {
            length: Some(now),
            chunks: Box::pin(read_exactly(file, now)),
        })
    }
}

impl OneShot {
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<ChunkStream>> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// `length` bytes of `file` in chunks; a file that ends early is an error (the request then
/// breaks off rather than sending fewer bytes than it announced).
fn read_exactly(
    file: tokio::fs::File,
    length: u64,
) -> impl Stream<Item = io::Result<Bytes>> + Send {
    futures_util::stream::unfold(Some((file, length)), |state| async move {
        let (mut file, remaining) = state?;
        if remaining == 0 {
            return None;
        }
        let want = usize::try_from(remaining).map_or(FILE_CHUNK_BYTES, |r| r.min(FILE_CHUNK_BYTES));
        let mut buffer = BytesMut::with_capacity(want);
        match (&mut file).take(want as u64).read_buf(&mut buffer).await {
            Ok(0) => Some((
                Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the file became shorter while it was being sent",
                )),
                None,
            )),
            Ok(read) => {
                let left = remaining - read as u64;
                Some((Ok(buffer.freeze()), Some((file, left))))
            }
            Err(error) => Some((Err(error), None)),
        }
    })
}

/// A caller's stream, taken out of its slot on the first poll (not before: an attempt whose
/// body is never polled leaves it for the next). Checks the declared length, if any.
struct TakeOnPoll {
    shot: Arc<OneShot>,
    stream: Option<ChunkStream>,
    sent: u64,
    done: bool,
}

impl TakeOnPoll {
    fn fail(&mut self, message: &'static str) -> Poll<Option<io::Result<Bytes>>> {
        self.done = true;
        self.stream = None;
        Poll::Ready(Some(Err(io::Error::new(
            io::ErrorKind::InvalidData,
            message,
        ))))
    }
}

impl Stream for TakeOnPoll {
    type Item = io::Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        if self.stream.is_none() {
            let taken = self.shot.lock().take();
            match taken {
                Some(stream) => self.stream = Some(stream),
                None => return self.fail("the stream was already sent by another request"),
            }
        }
        let length = self.shot.length;
        let Some(stream) = self.stream.as_mut() else {
            return Poll::Ready(None);
        };
        match stream.as_mut().poll_next(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(Ok(chunk))) => {
                self.sent = self.sent.saturating_add(chunk.len() as u64);
                if length.is_some_and(|declared| self.sent > declared) {
                    return self.fail("the stream is longer than its declared length");
                }
                Poll::Ready(Some(Ok(chunk)))
            }
            Poll::Ready(Some(Err(error))) => {
                self.done = true;
                self.stream = None;
                Poll::Ready(Some(Err(error)))
            }
            Poll::Ready(None) => {
                if length.is_some_and(|declared| self.sent != declared) {
                    return self.fail("the stream ended before its declared length");
                }
                self.done = true;
                self.stream = None;
                Poll::Ready(None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt;

    use super::*;

    async fn collect(opened: Opened) -> io::Result<Vec<u8>> {
        let mut all = Vec::new();
        let mut chunks = opened.chunks;
        while let Some(chunk) = chunks.next().await {
            all.extend_from_slice(&chunk?);
        }
        Ok(all)
    }

    fn chunks(parts: &[&'static [u8]]) -> impl Stream<Item = Result<Bytes, io::Error>> + Send {
        futures_util::stream::iter(
            parts
                .iter()
                .map(|part| Ok(Bytes::from_static(part)))
                .collect::<Vec<_>>(),
        )
    }

    #[tokio::test]
    async fn a_stream_stays_replayable_until_it_is_polled() {
        let source = Source::stream(chunks(&[b"ab", b"c"]), Some(3));
        assert!(source.is_replayable());
        // An attempt that is built but never sends anything leaves the stream in its slot.
        drop(source.open().await.ok());
        assert!(source.is_replayable());
        let sent = collect(source.open().await.expect("opens")).await;
        assert_eq!(sent.expect("reads"), b"abc");
        assert!(!source.is_replayable());
        assert!(matches!(
            source.open().await,
            Err(UploadProblem::StreamAlreadySent)
        ));
    }

    #[tokio::test]
    async fn a_stream_must_match_its_declared_length() {
        let short = Source::stream(chunks(&[b"ab"]), Some(3));
        let error = collect(short.open().await.expect("opens")).await;
        assert!(error.is_err());
        let long = Source::stream(chunks(&[b"ab", b"cd"]), Some(3));
        let error = collect(long.open().await.expect("opens")).await;
        assert!(error.is_err());
    }

    #[tokio::test]
    async fn a_file_is_read_again_and_its_length_checked() {
        let path = std::env::temp_dir().join(format!("truto-source-{}", uuid::Uuid::new_v4()));
        let content: Vec<u8> = (0..FILE_CHUNK_BYTES * 2 + 17).map(|i| i as u8).collect();
        std::fs::write(&path, &content).expect("writes");
        let source = Source::file(path.clone());
        for _ in 0..2 {
            let opened = source.open().await.expect("opens");
            assert_eq!(opened.length, Some(content.len() as u64));
            assert_eq!(collect(opened).await.expect("reads"), content);
        }
        std::fs::write(&path, b"shorter").expect("writes");
        let changed = source.open().await.err();
        assert_eq!(
            changed,
            Some(UploadProblem::LengthChanged {
                first: content.len() as u64,
                now: 7
            })
        );
        std::fs::remove_file(&path).expect("removes");
        assert_eq!(
            source.open().await.err(),
            Some(UploadProblem::Unreadable(io::ErrorKind::NotFound))
        );
    }
}
