//! [`ByteStream`]: a response body delivered chunk by chunk as it arrives, with what its
//! headers say about it (content type, length, file name). Writing it out to a file or any
//! `AsyncWrite` is in [`crate::download`].

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use reqwest::header::HeaderMap;

use crate::error::Error;
use crate::response::{CallContext, ResponseBody};
use crate::transport_error::TransportError;

/// A response body as a [`Stream`] of byte chunks, for `truto_response_format=stream`,
/// files and large data: memory stays at one chunk however large the body is.
///
/// Downloads: [`save_to_file`](Self::save_to_file) and [`write_to`](Self::write_to) write it
/// out as it arrives; [`content_type`](Self::content_type),
/// [`content_length`](Self::content_length) and [`filename`](Self::filename) say what the
/// server said about it (Truto keeps the provider's content type on non-JSON answers).
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
/// long, the stream yields [`Error::Timeout`] and ends. After an error the stream always
/// ends. A streamed body is never retried: the call's retries end once its headers arrive.
pub struct ByteStream {
    status: u16,
    headers: HeaderMap,
    chunks: Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>,
    context: CallContext,
    idle_timeout: Duration,
    idle: Pin<Box<tokio::time::Sleep>>,
    max_collect_bytes: usize,
    finished: bool,
    /// The call's span, open until the body ends (disabled for a body read whole).
    span: tracing::Span,
}

impl ByteStream {
    pub(crate) fn new(context: CallContext, headers: HeaderMap, body: ResponseBody) -> ByteStream {
        let (chunks, idle_timeout, max_collect_bytes, span): (
            Pin<Box<dyn Stream<Item = _> + Send>>,
            _,
            _,
            _,
        ) = match body {
            ResponseBody::Streaming(source) => (
                Box::pin(source.response.bytes_stream().map(move |chunk| {
                    chunk.map_err(|error| Error::Transport {
                        endpoint: context.endpoint(),
                        source: TransportError::new(error),
                    })
                })),
                source.idle_timeout,
                source.max_collect_bytes,
                source.span,
            ),
            ResponseBody::Full(bytes) => {
                let len = bytes.len();
                let one = (!bytes.is_empty()).then_some(Ok(bytes));
                (
                    Box::pin(futures_util::stream::iter(one)),
                    crate::time::FAR_FUTURE,
                    len,
                    tracing::Span::none(),
                )
            }
        };
        ByteStream {
            status: context.status,
            headers,
            chunks,
            context,
            idle_timeout,
            idle: Box::pin(tokio::time::sleep_until(crate::time::deadline_in(
                idle_timeout,
            ))),
            max_collect_bytes,
            finished: false,
            span,
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

    /// The `Content-Length` header, if the server sent a valid one (a chunked answer has
    /// none).
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get(reqwest::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok())
    }

    /// The file name the server suggests in `Content-Disposition` (`filename*=UTF-8''...`
    /// preferred over `filename="..."`), made safe to use as one path component: anything
    /// before a `/` or `\` is dropped, control characters removed, `:` replaced by `_`,
    /// `.`/`..` refused, at most 255 bytes. `None` when there is no usable name. Never
    /// panics, whatever the header holds.
    ///
    /// ```no_run
    /// # async fn demo(body: truto_core::ByteStream) -> truto_core::Result<()> {
    /// let name = body.filename().unwrap_or_else(|| "download.bin".to_owned());
    /// body.save_to_file(std::path::Path::new("downloads").join(name)).await?;
    /// # Ok(()) }
    /// ```
    pub fn filename(&self) -> Option<String> {
        let header = self.headers.get(reqwest::header::CONTENT_DISPOSITION)?;
        crate::content_disposition::file_name(header.as_bytes())
    }

    /// `METHOD /path/template` of the call, for errors.
    pub(crate) fn endpoint(&self) -> String {
        self.context.endpoint()
    }

    /// Collects the whole body into memory, up to the client's decoded-body cap
    /// ([`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes)); a longer
    /// body is [`Error::BodyTooLarge`]. Only for bodies known to be small: the point of a
    /// stream is not to do this.
    pub async fn collect_bytes(self) -> Result<Bytes, Error> {
        let limit = self.max_collect_bytes;
        self.collect_bytes_up_to(limit).await
    }

    /// Collects the whole body into memory, failing with [`Error::BodyTooLarge`] as soon as
    /// it passes `limit` bytes (nothing more is read).
    pub async fn collect_bytes_up_to(mut self, limit: usize) -> Result<Bytes, Error> {
        let mut all = bytes::BytesMut::new();
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            if all.len().saturating_add(chunk.len()) > limit {
                return Err(Error::BodyTooLarge {
                    endpoint: self.context.endpoint(),
                    limit,
                });
            }
            all.extend_from_slice(&chunk);
        }
        Ok(all.freeze())
    }
}

impl ByteStream {
    /// Closes the call's span once the body is over, with the error that ended it.
    fn end_span(&mut self, error: Option<&Error>) {
        if let Some(error) = error {
            crate::trace::record_error(&self.span, error);
        }
        self.span = tracing::Span::none();
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
                let next_deadline = crate::time::deadline_in(self.idle_timeout);
                self.idle.as_mut().reset(next_deadline);
                self.finished = !matches!(item, Some(Ok(_)));
                if self.finished {
                    self.end_span(item.as_ref().and_then(|item| item.as_ref().err()));
                }
                Poll::Ready(item)
            }
            Poll::Pending => match self.idle.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    self.finished = true;
                    let error = Error::Timeout {
                        endpoint: self.context.endpoint(),
                        timeout: self.idle_timeout,
                        attempts: 1,
                    };
                    self.end_span(Some(&error));
                    Poll::Ready(Some(Err(error)))
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
