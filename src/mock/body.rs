//! The response body type: either all at once, or in timed chunks so clients
//! see a genuinely streamed (`Transfer-Encoding: chunked`) response.

use std::collections::VecDeque;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use tokio::time::Sleep;

/// Error type of [`MockBody`]; an error makes hyper abort the connection,
/// which is how cut-off bodies will be injected.
pub(crate) type BodyError = io::Error;

pub(crate) enum MockBody {
    /// Sent with `Content-Length`.
    Whole(Option<Bytes>),
    /// Sent chunked, with `gap` between chunks so each one is flushed on its own.
    Chunks {
        pending: VecDeque<Bytes>,
        gap: Duration,
        sleep: Option<Pin<Box<Sleep>>>,
    },
}

impl MockBody {
    pub(crate) fn whole(bytes: Bytes) -> MockBody {
        MockBody::Whole(Some(bytes).filter(|bytes| !bytes.is_empty()))
    }

    /// Splits `bytes` into `parts` nearly equal chunks (at least one byte each).
    pub(crate) fn chunked(bytes: Bytes, parts: usize, gap: Duration) -> MockBody {
        let parts = parts.clamp(1, bytes.len().max(1));
        let chunk_len = bytes.len().div_ceil(parts).max(1);
        let mut pending = VecDeque::with_capacity(parts);
        let mut rest = bytes;
        while !rest.is_empty() {
            let take = chunk_len.min(rest.len());
            pending.push_back(rest.split_to(take));
        }
        MockBody::Chunks {
            pending,
            gap,
            sleep: None,
        }
    }
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
            MockBody::Chunks {
                pending,
                gap,
                sleep,
            } => {
                if let Some(timer) = sleep.as_mut() {
                    ready!(timer.as_mut().poll(cx));
                    *sleep = None;
                }
                let Some(chunk) = pending.pop_front() else {
                    return Poll::Ready(None);
                };
                if !pending.is_empty() && !gap.is_zero() {
                    *sleep = Some(Box::pin(tokio::time::sleep(*gap)));
                }
                Poll::Ready(Some(Ok(Frame::data(chunk))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            MockBody::Whole(bytes) => bytes.is_none(),
            MockBody::Chunks { pending, .. } => pending.is_empty(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            MockBody::Whole(bytes) => {
                SizeHint::with_exact(bytes.as_ref().map_or(0, |bytes| bytes.len() as u64))
            }
            // No exact size: hyper then uses chunked transfer encoding.
            MockBody::Chunks { .. } => SizeHint::default(),
        }
    }
}
