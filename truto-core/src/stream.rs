//! [`ByteStream`]: a response body delivered chunk by chunk as it arrives.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use reqwest::header::HeaderMap;

use crate::error::Error;
use crate::response::{transport, CallContext, RawResponse};

/// A response body as a [`Stream`] of byte chunks, for `truto_response_format=stream`,
/// files and large data: memory stays at one chunk however large the body is.
///
/// ```no_run
/// # async fn demo(mut body: truto_core::ByteStream) -> truto_core::Result<()> {
/// use futures_util::StreamExt;
/// let mut total = 0;
/// while let Some(chunk) = body.next().await {
///     total += chunk?.len();
/// }
/// # let _ = total; Ok(()) }
/// ```
///
/// The call's timeout applies between chunks (an idle timeout), not to the whole stream: a
/// stream may run for hours as long as data keeps coming. When no chunk arrives for that
/// long, the stream yields [`Error::Timeout`] and ends.
pub struct ByteStream {
    status: u16,
    headers: HeaderMap,
    chunks: Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>,
    context: CallContext,
    idle_timeout: std::time::Duration,
    idle: Pin<Box<tokio::time::Sleep>>,
    finished: bool,
}

impl ByteStream {
    pub(crate) fn from_response(response: RawResponse) -> ByteStream {
        let context = response.context;
        let headers = response.response.headers().clone();
        let chunks = response
            .response
            .bytes_stream()
            .map(move |chunk| chunk.map_err(|error| transport(context, error)));
        let idle_timeout = response.timeout;
        ByteStream {
            status: context.status,
            headers,
            chunks: Box::pin(chunks),
            context,
            idle_timeout,
            idle: Box::pin(tokio::time::sleep(idle_timeout)),
            finished: false,
        }
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The `Content-Type` header, if any.
    pub fn content_type(&self) -> Option<&str> {
        self.headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }

    /// Collects the whole body into memory. Only for bodies known to be small: the point of
    /// a stream is not to do this.
    pub async fn collect_bytes(mut self) -> Result<Bytes, Error> {
        let mut all = bytes::BytesMut::new();
        while let Some(chunk) = self.next().await {
            all.extend_from_slice(&chunk?);
        }
        Ok(all.freeze())
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.finished {
            return Poll::Ready(None);
        }
        match self.chunks.as_mut().poll_next(cx) {
            Poll::Ready(item) => {
                // Data (or the end) arrived: the idle clock starts again.
                let next_deadline = tokio::time::Instant::now() + self.idle_timeout;
                self.idle.as_mut().reset(next_deadline);
                self.finished = item.is_none();
                Poll::Ready(item)
            }
            Poll::Pending => match self.idle.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    self.finished = true;
                    Poll::Ready(Some(Err(Error::Timeout {
                        endpoint: self.context.endpoint(),
                        timeout: self.idle_timeout,
                        attempts: 1,
                    })))
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ByteStream")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}
