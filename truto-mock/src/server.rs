//! Accepting connections and answering requests.
//!
//! Each request goes through the same pipeline: read the body (capped; an upload
//! goes to disk part by part instead, see [`uploads`]), record
//! the request, take the route's scripted [`Fault`] if one is queued (which may
//! answer at once, delay, or let the request run and spoil its response), then
//! the first of: 413 for an oversized body, 401 for a bad token (403 for an
//! integrated-account token outside its scope), 429 from the
//! rate limiter, an answer from the idempotency cache (a replay, or a 409 for
//! a reused key when the server rejects those), the route's handler (or 404).

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{HeaderMap, CONTENT_LENGTH};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

use super::account_tokens;
use super::body::{MockBody, ResetSwitch};
use super::faults::{self, Fault, Outcome, Plan};
use super::idempotency::{self, Lookup};
use super::qs;
use super::recorded::RecordedRequest;
use super::response::MockResponse;
use super::routes;
use super::state::Shared;
use super::upload_routes;
use super::uploads::{self, ReceiveProblem};

/// Bodies larger than this are answered with 413.
pub(crate) const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
/// Oversized bodies are read and discarded up to this size so the client can
/// finish sending and read the 413; past it the connection is dropped.
const MAX_DRAINED_BYTES: usize = 4 * MAX_BODY_BYTES;

/// Binds 127.0.0.1 on a free port and spawns the accept loop on the current
/// tokio runtime. Aborting the returned task closes the listener and every
/// open connection (they live in the task's `JoinSet`).
pub(crate) async fn spawn(shared: Arc<Shared>) -> io::Result<(SocketAddr, JoinHandle<()>)> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
    let addr = listener.local_addr()?;
    Ok((addr, tokio::spawn(accept_loop(listener, shared))))
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    connections.spawn(serve_connection(stream, Arc::clone(&shared)));
                }
                // e.g. out of file descriptors: back off instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            // Reap finished connections so the set does not grow forever.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve_connection(stream: TcpStream, shared: Arc<Shared>) {
    // Small responses should not wait for Nagle; failure only costs latency.
    let _ = stream.set_nodelay(true);
    let reset = ResetSwitch::default();
    let io = Connection {
        stream,
        reset: reset.clone(),
    };
    let service = service_fn(move |request| {
        let shared = Arc::clone(&shared);
        let reset = reset.clone();
        async move { handle(&shared, request, &reset).await }
    });
    // Errors here are the client's doing (malformed HTTP, hang-ups) or an
    // injected fault; hyper has already answered what it could, and the
    // connection just ends (with a reset if a fault armed the switch).
    let _ = http1::Builder::new()
        .timer(TokioTimer::new())
        .keep_alive(true)
        .serve_connection(TokioIo::new(io), service)
        .await;
}

/// The client's socket; when dropped with its [`ResetSwitch`] armed, it is
/// closed with `SO_LINGER` 0, which sends a TCP RST instead of a FIN.
struct Connection {
    stream: TcpStream,
    reset: ResetSwitch,
}

impl Drop for Connection {
    fn drop(&mut self) {
        if self.reset.is_armed() {
            // Linger 0 does not block on close; it only makes the close abortive.
            #[allow(deprecated)]
            let _ = self.stream.set_linger(Some(Duration::ZERO));
        }
    }
}

impl AsyncRead for Connection {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

enum BodyProblem {
    TooLarge,
    Unreadable,
    /// An upload that is not valid multipart, or that the mock could not store.
    Upload(ReceiveProblem),
}

/// Answers one request. An `Err` makes hyper drop the connection without a
/// response (the reset switch is armed first, so the client sees a reset).
async fn handle(
    shared: &Shared,
    request: Request<Incoming>,
    reset: &ResetSwitch,
) -> io::Result<Response<MockBody>> {
    let (parts, body) = request.into_parts();
    let (body, uploaded, problem) = match uploads::disk_body(&parts.headers, parts.uri.query()) {
        Some(kind) => match uploads::receive(&shared.files, kind, body).await {
            Ok(uploaded) => (Bytes::new(), uploaded, None),
            Err(problem) => (Bytes::new(), Vec::new(), Some(BodyProblem::Upload(problem))),
        },
        None => match read_body(&parts.headers, body).await {
            Ok(body) => (body, Vec::new(), None),
            Err(problem) => (Bytes::new(), Vec::new(), Some(problem)),
        },
    };
    let recorded = RecordedRequest {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect(),
        body,
        parts: uploaded,
    };
    let fault = take_fault(shared, &recorded);
    let outcome = match faults::plan(fault) {
        Plan::Answer(outcome) => outcome,
        Plan::Handle => Outcome::Respond(respond(shared, &recorded, problem)),
        Plan::DelayThenHandle(delay) => {
            // If the client gives up meanwhile, hyper drops this future and
            // the request is never handled.
            tokio::time::sleep(delay).await;
            Outcome::Respond(respond(shared, &recorded, problem))
        }
        Plan::HandleThen(fault) => {
            let real = respond(shared, &recorded, problem);
            faults::answer(fault, Some(real))
        }
    };
    match outcome {
        Outcome::Respond(response) => {
            let delay = response.delay_before_sending();
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            Ok(response.into_hyper(reset))
        }
        Outcome::Reset => {
            reset.arm();
            Err(io::Error::new(
                io::ErrorKind::ConnectionReset,
                "mock fault: connection reset before the response",
            ))
        }
    }
}

/// Records the request and takes the oldest fault queued for its route.
fn take_fault(shared: &Shared, request: &RecordedRequest) -> Option<Fault> {
    let mut state = shared.lock();
    if shared.record_requests {
        state.requests.push(request.clone());
    }
    state.take_canned(&request.method, &request.path)
}

/// The normal answer: checks, then the handler (through the idempotency cache).
fn respond(
    shared: &Shared,
    request: &RecordedRequest,
    problem: Option<BodyProblem>,
) -> MockResponse {
    match problem {
        Some(BodyProblem::TooLarge) => {
            return MockResponse::error(
                413,
                format!("Request body is larger than the mock's limit of {MAX_BODY_BYTES} bytes"),
            )
        }
        Some(BodyProblem::Unreadable) => {
            return MockResponse::error(400, "The request body could not be read")
        }
        Some(BodyProblem::Upload(ReceiveProblem::TooLarge)) => {
            return MockResponse::error(
                413,
                format!(
                    "Upload is larger than the mock's limit of {} bytes",
                    uploads::MAX_UPLOAD_BYTES
                ),
            )
        }
        Some(BodyProblem::Upload(ReceiveProblem::Malformed(reason))) => {
            return MockResponse::error(
                400,
                format!("The multipart/form-data body could not be parsed: {reason}"),
            )
        }
        Some(BodyProblem::Upload(ReceiveProblem::Storage(error))) => {
            return MockResponse::error(
                500,
                format!("The mock could not store the upload: {error}"),
            )
        }
        None => {}
    }
    // Public download URLs are fetched without a token, as from a CDN. Otherwise an
    // integrated-account token implies its account: `scoped` is the request with it.
    let scoped = if upload_routes::is_public(request) {
        None
    } else {
        match account_tokens::authorize(shared, request) {
            Ok(scoped) => scoped,
            Err(rejection) => return rejection,
        }
    };
    let request = scoped.as_ref().unwrap_or(request);
    {
        let mut state = shared.lock();
        if let Some(limiter) = state.rate_limiter.as_mut() {
            let query = qs::parse(request.query.as_deref().unwrap_or(""));
            let token = request.header("authorization").unwrap_or_default();
            if let Err(too_many) = limiter.check(token, &query, Instant::now()) {
                return too_many;
            }
        }
    }
    let Some(key) = idempotency::honoured_key(request) else {
        return routes::dispatch(shared, request);
    };
    // Held while the write runs, so a concurrent retry with the same key waits
    // and then replays instead of writing again.
    let mut cache = shared.lock_idempotency();
    if let Lookup::Answer(answer) = cache.lookup(request, &key, shared.reject_reused_keys) {
        return answer;
    }
    let response = routes::dispatch(shared, request);
    cache.remember(request, &key, &response);
    response
}

/// 401 unless the request carries `Authorization: Bearer <expected>`.
pub(crate) fn check_token(expected: &str, request: &RecordedRequest) -> Option<MockResponse> {
    let Some(authorization) = request.header("authorization") else {
        return Some(MockResponse::error(
            401,
            "Missing Authorization header: send `Authorization: Bearer <token>`",
        ));
    };
    let token = authorization
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim());
    match token {
        Some(token) if token == expected => None,
        Some(_) => Some(MockResponse::error(401, "Invalid API token")),
        None => Some(MockResponse::error(
            401,
            "Malformed Authorization header: expected `Bearer <token>`",
        )),
    }
}

/// Reads the whole body, or reports it as too large (after draining up to
/// [`MAX_DRAINED_BYTES`]) or unreadable (the client went away mid-body).
async fn read_body(headers: &HeaderMap, mut body: Incoming) -> Result<Bytes, BodyProblem> {
    let declared_length = headers
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared_length.is_some_and(|length| length > MAX_DRAINED_BYTES as u64) {
        return Err(BodyProblem::TooLarge);
    }
    let mut collected = BytesMut::new();
    let mut received = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return Err(BodyProblem::Unreadable);
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        received = received.saturating_add(data.len());
        if received > MAX_DRAINED_BYTES {
            return Err(BodyProblem::TooLarge);
        }
        if received <= MAX_BODY_BYTES {
            collected.extend_from_slice(&data);
        } else if !collected.is_empty() {
            collected = BytesMut::new(); // release memory while draining
        }
    }
    if received > MAX_BODY_BYTES {
        return Err(BodyProblem::TooLarge);
    }
    Ok(collected.freeze())
}
