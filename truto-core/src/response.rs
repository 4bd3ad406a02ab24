//! [`RawResponse`]: a successful answer as a plain value (status, headers, and the whole
//! body, or a body to stream), and the [`CallContext`] errors name a call by.

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;

use crate::request::Method;
use crate::stream::ByteStream;

/// Which call a response belongs to: enough to name it in errors without allocating up front.
#[derive(Debug, Clone, Copy)]
pub struct CallContext {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) status: u16,
}

impl CallContext {
    /// `METHOD /path/template`.
    pub fn endpoint(&self) -> String {
        format!("{} {}", self.method, self.template)
    }

    /// The HTTP method.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The declared path template, e.g. `/unified/ticketing/tickets/{id}`.
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The HTTP status of the answer (0 before one arrived).
    pub fn status(&self) -> u16 {
        self.status
    }
}

/// A successful answer, as the runtime's send function returns it and the decoders (and a
/// hand-written [`Endpoint::decode`](crate::Endpoint::decode)) consume it.
///
/// By the time you hold one, the call is over: retries are done and the whole body has been
/// read (within the timeout and the client's size cap), unless the request asked for a
/// streamed answer ([`RequestBuilder::stream_response`](crate::RequestBuilder::stream_response)),
/// whose body is then read through [`into_stream`](RawResponse::into_stream).
pub struct RawResponse {
    pub(crate) context: CallContext,
    pub(crate) headers: HeaderMap,
    pub(crate) body: ResponseBody,
}

/// The body: read whole, or still to be streamed.
pub(crate) enum ResponseBody {
    Full(Bytes),
    Streaming(StreamSource),
}

/// What a streamed body is read from, and under which limits.
pub(crate) struct StreamSource {
    pub(crate) response: reqwest::Response,
    pub(crate) idle_timeout: Duration,
    pub(crate) max_collect_bytes: usize,
    /// The call's span, kept open while the body streams.
    pub(crate) span: tracing::Span,
}

impl std::fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawResponse")
            .field("endpoint", &self.context.endpoint())
            .field("status", &self.context.status)
            .field("streamed", &self.is_streamed())
            .finish_non_exhaustive()
    }
}

impl RawResponse {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.context.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The call this answers: method, path template, status.
    pub fn context(&self) -> CallContext {
        self.context
    }

    /// The whole body, or `None` for a streamed answer.
    pub fn body(&self) -> Option<&Bytes> {
        match &self.body {
            ResponseBody::Full(bytes) => Some(bytes),
            ResponseBody::Streaming(_) => None,
        }
    }

    /// Whether the body is still to be streamed.
    pub fn is_streamed(&self) -> bool {
        matches!(self.body, ResponseBody::Streaming(_))
    }

    /// The body as a [`ByteStream`]: chunks as they arrive for a streamed answer, one chunk
    /// for a body read whole.
    pub fn into_stream(self) -> ByteStream {
        ByteStream::new(self.context, self.headers, self.body)
    }
}
