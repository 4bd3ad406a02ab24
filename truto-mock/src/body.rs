//! The response body type: all at once, in timed chunks (a genuinely streamed,
//! `Transfer-Encoding: chunked` response), or failing part-way on purpose.
//!
//! A body that fails makes hyper abort the connection: the client sees a cut
//! off body. [`ResetSwitch`] turns that close into a TCP reset.

use std::collections::VecDeque;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use tokio::time::Sleep;

/// Error type of [`MockBody`]; an error makes hyper abort the connection.
pub(crate) type BodyError = io::Error;

/// How long a failing body waits before failing, so that what was sent before
/// (headers, first bytes) is flushed and read by the client first.
pub(crate) const PAUSE_BEFORE_FAILING: Duration = Duration::from_millis(20);

/// Set on a connection that must end with a TCP reset (`SO_LINGER` 0) rather
/// than an orderly close; read when the connection's socket is dropped.
#[derive(Clone, Debug, Default)]
pub(crate) struct ResetSwitch(Arc<AtomicBool>);

impl ResetSwitch {
    pub(crate) fn arm(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub(crate) fn is_armed(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

pub(crate) enum MockBody {
    /// Sent with `Content-Length`.
    Whole(Option<Bytes>),
    /// Read from a file as it is sent, with `Content-Length`.
    File(super::file_body::FileBody),
    /// Sent chunked (or with a declared length), with `gap` between chunks so
    /// each one is flushed on its own; then possibly an error.
    Chunks {
        pending: VecDeque<Bytes>,
        gap: Duration,
        sleep: Option<Pin<Box<Sleep>>>,
        declared_length: Option<u64>,
        failure: Failure,
    },
}

/// Whether a [`MockBody::Chunks`] fails after its last chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    Never,
    /// Wait [`PAUSE_BEFORE_FAILING`], then fail.
    AfterPause,
    Now,
}

impl MockBody {
    pub(crate) fn whole(bytes: Bytes) -> MockBody {
        MockBody::Whole(Some(bytes).filter(|bytes| !bytes.is_empty()))
    }

    /// Splits `bytes` into `parts` nearly equal chunks (at least one byte each).
    pub(crate) fn chunked(bytes: Bytes, parts: usize, gap: Duration) -> MockBody {
        MockBody::Chunks {
            pending: split(bytes, parts),
            gap,
            sleep: None,
            declared_length: None,
            failure: Failure::Never,
        }
    }

    /// Declares `Content-Length: bytes.len()`, sends the first `keep` bytes, then fails.
    pub(crate) fn cut_off(bytes: Bytes, keep: usize) -> MockBody {
        let declared_length = Some(bytes.len() as u64);
        let mut pending = VecDeque::new();
        let kept = bytes.slice(..keep.min(bytes.len()));
        if !kept.is_empty() {
            pending.push_back(kept);
        }
        MockBody::Chunks {
            pending,
            gap: Duration::ZERO,
            sleep: None,
            declared_length,
            failure: Failure::AfterPause,
        }
    }

    /// Sends `sent` of `parts` chunks of `bytes` (chunked encoding), then fails.
    pub(crate) fn stop_after(bytes: Bytes, parts: usize, sent: usize, gap: Duration) -> MockBody {
        let mut pending = split(bytes, parts);
        pending.truncate(sent);
        MockBody::Chunks {
            pending,
            gap,
            sleep: None,
            declared_length: None,
            failure: Failure::AfterPause,
        }
    }
}

fn split(bytes: Bytes, parts: usize) -> VecDeque<Bytes> {
    let parts = parts.clamp(1, bytes.len().max(1));
    let chunk_len = bytes.len().div_ceil(parts).max(1);
    let mut pending = VecDeque::with_capacity(parts);
    let mut rest = bytes;
    while !rest.is_empty() {
        let take = chunk_len.min(rest.len());
        pending.push_back(rest.split_to(take));
    }
    pending
}

impl Body for MockBody {
    type Data = Bytes;
    type Error = BodyError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BodyError>>> {
        match self.get_mut() {
            MockBody::Whole(bytes) => Poll::Ready(bytes.take().map(|bytes| Ok(Frame::data(bytes)))),
            MockBody::File(file) => file.poll_chunk(cx),
            MockBody::Chunks {
                pending,
                gap,
                sleep,
                failure,
                ..
            } => loop {
                if let Some(timer) = sleep.as_mut() {
                    ready!(timer.as_mut().poll(cx));
                    *sleep = None;
                }
                if let Some(chunk) = pending.pop_front() {
                    if !pending.is_empty() && !gap.is_zero() {
                        *sleep = Some(Box::pin(tokio::time::sleep(*gap)));
                    }
                    return Poll::Ready(Some(Ok(Frame::data(chunk))));
                }
                match failure {
                    Failure::Never => return Poll::Ready(None),
                    Failure::AfterPause => {
                        // Let hyper flush what was sent before failing.
                        *failure = Failure::Now;
                        *sleep = Some(Box::pin(tokio::time::sleep(PAUSE_BEFORE_FAILING)));
                    }
                    Failure::Now => {
                        *failure = Failure::Never;
                        return Poll::Ready(Some(Err(io::Error::new(
                            io::ErrorKind::ConnectionAborted,
                            "mock fault: response body cut off",
                        ))));
                    }
                }
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            MockBody::Whole(bytes) => bytes.is_none(),
            MockBody::File(file) => file.remaining() == 0,
            MockBody::Chunks {
                pending, failure, ..
            } => pending.is_empty() && matches!(failure, Failure::Never),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            MockBody::Whole(bytes) => {
                SizeHint::with_exact(bytes.as_ref().map_or(0, |bytes| bytes.len() as u64))
            }
            MockBody::File(file) => SizeHint::with_exact(file.remaining()),
            MockBody::Chunks {
                declared_length: Some(length),
                ..
            } => SizeHint::with_exact(*length),
            // No exact size: hyper then uses chunked transfer encoding.
            MockBody::Chunks { .. } => SizeHint::default(),
        }
    }
}
