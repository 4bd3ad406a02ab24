//! The one runtime entry point every declared endpoint calls, and the retry loop: the call
//! owns "send and read to the end", so what comes back is a plain [`RawResponse`] with the
//! whole body (or, for a streamed answer, the body to stream) and nothing left to retry.
//!
//! One attempt: wait for a rate-limit slot, open the request body (a form's files, a raw
//! body), send, read the headers and then the whole body, all within the attempt's deadline.
//! A failed attempt is classified by where it failed ([`FailureKind`]), and [`crate::retry`]
//! decides from that and the call's idempotency whether it is tried again; a body that
//! cannot be sent again (a caller's stream that went out) ends the call instead.
//!
//! The whole call runs inside its `tracing` span ([`crate::trace`]): the retry, rate-limit
//! and account-token events of its attempts are emitted within it, and how it ended is
//! recorded on it.
//!
//! A call through an integrated-account-token client takes its token before each attempt
//! (from the cache, or from the one mint in flight). A 401 to such a call drops that token;
//! a repeatable call is then sent once more with a new one, outside the retry budget.

use std::future::Future;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use tokio::time::Instant;
use tracing::Instrument;

use crate::account_token::AccountCredential;
use crate::body::{read_body, BodyError};
use crate::call::Call;
use crate::client::Client;
use crate::envelope::error_from_status;
use crate::error::Error;
use crate::rate_limited::{RateLimitHeaders, RateLimitSource};
use crate::request::RequestBuilder;
use crate::response::{RawResponse, ResponseBody, StreamSource};
use crate::retry::{Failure, FailureKind, RetryEvent};
use crate::transport_error::TransportError;
use crate::upload::AttemptBody;

/// Sends `request` through `client`, retrying per the client's (or the call's) policy, and
/// reads the answer's body (unless the request streams it).
///
/// Not generic, so its code exists once however many endpoints are declared. The returned
/// future owns everything it needs (`'static`), which is what makes the futures of declared
/// endpoints `Send` whatever their argument types are.
pub fn send(
    client: &Client,
    request: RequestBuilder,
) -> impl Future<Output = Result<RawResponse, Error>> + Send + 'static {
    send_page(client, request, None)
}

/// [`send`], for page `page` of a paginator when it is one (its span says which).
///
/// The span is made here, not in the future, so that its parent is the span current when
/// the call is made (a paginator's, for a page fetched ahead in a task of its own).
pub(crate) fn send_page(
    client: &Client,
    request: RequestBuilder,
    page: Option<u64>,
) -> impl Future<Output = Result<RawResponse, Error>> + Send + 'static {
    let span = crate::trace::call_span(
        request.method,
        request.template,
        &client.shared.server,
        page,
    );
    let client = client.clone();
    let recorded = span.clone();
    async move {
        let (attempts, result) = match Call::prepare(client, request, recorded.clone()) {
            Ok(mut call) => {
                let result = call.run().await;
                (call.attempts, result)
            }
            Err(error) => (0, Err(error)),
        };
        let status = match &result {
            Ok(response) => Some(response.context.status),
            Err(error) => error.status(),
        };
        crate::trace::record_outcome(&recorded, attempts, status, result.as_ref().err());
        result
    }
    .instrument(span)
}

impl Call {
    /// Attempts until one succeeds, the failure is final, or the policy says stop.
    async fn run(&mut self) -> Result<RawResponse, Error> {
        loop {
            let credential = self.account_credential().await?;
            self.attempts += 1;
            let failure = match self.attempt(credential.as_ref()).await {
                Ok(response) => return Ok(response),
                Err(failure) => failure,
            };
            if self.resend_after_refusal(&failure, credential.as_ref()) {
                continue;
            }
            self.hold_back_after_trutos_429(&failure);
            match self.retry_delay(&failure) {
                Some(delay) if self.body_replayable() => {
                    self.report_and_wait(&failure, delay).await;
                }
                Some(_) => return Err(self.not_replayable(failure)),
                None => return Err(self.final_error(failure)),
            }
        }
    }

    /// The wait before the next attempt, or `None` when `failure` ends the call.
    fn retry_delay(&self, failure: &Failure) -> Option<Duration> {
        // The resend after a renewed token is not a retry: it does not use up an attempt.
        let retries_used = self.attempts - u32::from(self.reauthorized);
        if retries_used >= self.policy.max_attempts
            || !self.policy.is_transient(failure, self.repeatable)
        {
            return None;
        }
        let delay = self.policy.delay(self.attempts + 1, failure);
        let ends_at = self.started.elapsed().saturating_add(delay);
        (ends_at <= self.policy.max_elapsed).then_some(delay)
    }

    /// The integrated-account token for the next attempt (`None` for an API-token client).
    async fn account_credential(&self) -> Result<Option<AccountCredential>, Error> {
        let Some(tokens) = &self.client.account_token else {
            return Ok(None);
        };
        match tokens.credential().await {
            Ok(credential) => Ok(Some(credential)),
            Err(source) => Err(Error::AccountToken {
                endpoint: self.context.endpoint(),
                source,
            }),
        }
    }

    /// After a 401 to a call made with an integrated-account token: drops the token, and
    /// says whether to send the call once more (with a new one). Only a repeatable call is
    /// sent again, and only once; any other write gets the 401.
    fn resend_after_refusal(
        &mut self,
        failure: &Failure,
        credential: Option<&AccountCredential>,
    ) -> bool {
        let (Some(tokens), Some(used)) = (&self.client.account_token, credential) else {
            return false;
        };
        if failure.status() != Some(401) {
            return false;
        }
        tokens.refused(used);
        if self.reauthorized || !self.repeatable {
            return false;
        }
        self.reauthorized = true;
        tracing::info!(
            target: "truto::account_token",
            endpoint = %self.context.endpoint(),
            "the integrated-account token was refused (401): sending the call again with a new one"
        );
        true
    }

    /// Truto's own 429 means its count of this token (or account) is ahead of the client's:
    /// the client-side limiter, when there is one, holds back new starts for the account
    /// (the token, without one) for the wait the 429 asks for, retry or not.
    fn hold_back_after_trutos_429(&self, failure: &Failure) {
        let (Some(RateLimitSource::Truto), Some(limiter)) =
            (failure.limited_by, &self.client.shared.limiter)
        else {
            return;
        };
        let wait = self
            .policy
            .rate_limit_wait(RateLimitSource::Truto, failure.rate_limit.as_ref());
        limiter.hold_until(self.account.as_deref(), crate::time::deadline_in(wait));
    }

    /// The error the caller gets: a write whose answer was lost says it may have run.
    fn final_error(&self, failure: Failure) -> Error {
        if failure.kind == FailureKind::Lost && self.writes {
            return Error::WriteOutcomeUnknown {
                endpoint: self.context.endpoint(),
                attempts: self.attempts,
                source: Box::new(failure.error),
            };
        }
        failure.error
    }

    /// Whether the body (if any) can be sent again: not once a caller's stream was read.
    fn body_replayable(&self) -> bool {
        self.body.as_ref().map_or(true, |body| body.is_replayable())
    }

    /// The error of a call that would be retried but whose body cannot be sent again. Its
    /// bytes went out, so a write may have run.
    fn not_replayable(&self, failure: Failure) -> Error {
        tracing::warn!(
            target: "truto::retry",
            endpoint = %self.context.endpoint(),
            attempt = self.attempts,
            status = failure.status(),
            "not retrying a Truto call: its body was a stream that cannot be sent again"
        );
        if self.writes {
            return Error::WriteOutcomeUnknown {
                endpoint: self.context.endpoint(),
                attempts: self.attempts,
                source: Box::new(failure.error),
            };
        }
        failure.error
    }

    /// One attempt's body, opened within the attempt's time. A body that cannot be opened
    /// again on a retry (a file that changed) leaves an earlier attempt's write unsettled.
    async fn open_body(&self, deadline: Instant) -> Result<Option<AttemptBody>, Failure> {
        let Some(body) = &self.body else {
            return Ok(None);
        };
        let opened = match tokio::time::timeout_at(deadline, body.open()).await {
            Ok(opened) => opened,
            Err(_) => return Err(Failure::new(self.timed_out(), FailureKind::Final)),
        };
        match opened {
            Ok(opened) => Ok(Some(opened)),
            Err(problem) => {
                let error = Error::InvalidRequest {
                    endpoint: self.context.endpoint(),
                    source: problem,
                };
                let error = if self.attempts > 1 && self.writes {
                    Error::WriteOutcomeUnknown {
                        endpoint: self.context.endpoint(),
                        attempts: self.attempts,
                        source: Box::new(error),
                    }
                } else {
                    error
                };
                Err(Failure::new(error, FailureKind::Final))
            }
        }
    }

    /// Tells hooks and `tracing` about the retry, then waits.
    async fn report_and_wait(&self, failure: &Failure, delay: Duration) {
        let status = failure.status();
        let event = RetryEvent {
            endpoint: self.context.endpoint(),
            attempt: self.attempts + 1,
            status,
            delay,
            rate_limited: status == Some(429),
            rate_limit_source: failure.limited_by,
            // Error texts name the path template, never the URL, query or header values.
            error: failure.error.to_string(),
        };
        tracing::warn!(
            target: "truto::retry",
            endpoint = %event.endpoint,
            attempt = event.attempt,
            status = event.status,
            delay_ms = u64::try_from(event.delay.as_millis()).unwrap_or(u64::MAX),
            rate_limited = event.rate_limited,
            limited_by = event.rate_limit_source.map(RateLimitSource::as_str),
            error = %event.error,
            "retrying a Truto call"
        );
        for hook in &self.client.shared.retry_hooks {
            hook(&event);
        }
        tokio::time::sleep_until(crate::time::deadline_in(delay)).await;
    }

    /// One attempt, from the rate-limit slot to the last byte of the body.
    async fn attempt(
        &self,
        credential: Option<&AccountCredential>,
    ) -> Result<RawResponse, Failure> {
        // The slot is waited for inside the attempt's time: a call that cannot even start
        // within its timeout fails with `Timeout` (and is not retried, which would only wait
        // again) instead of waiting without bound.
        let deadline = crate::time::deadline_in(self.timeout);
        let permit = match &self.client.shared.limiter {
            Some(limiter) => {
                let acquire = limiter.acquire(self.account.as_deref());
                match tokio::time::timeout_at(deadline, acquire).await {
                    Ok(permit) => Some(permit),
                    Err(_) => return Err(Failure::new(self.timed_out(), FailureKind::Final)),
                }
            }
            None => None,
        };
        let body = self.open_body(deadline).await?;
        let mut builder = self.http.request(self.method.clone(), &self.url);
        if let Some(credential) = credential {
            builder = builder.header(AUTHORIZATION, credential.bearer());
        }
        for (name, value) in &self.headers {
            builder = builder.header(name, value);
        }
        if let Some(AttemptBody { body, length }) = body {
            // With a known length a streamed body goes out with `Content-Length` (hyper
            // honours the header), not chunked.
            if let Some(length) = length {
                builder = builder.header(CONTENT_LENGTH, length);
            }
            builder = builder.body(body);
        }
        let response = match tokio::time::timeout_at(deadline, builder.send()).await {
            // The request may have gone out before time ran out.
            Err(_) => return Err(Failure::new(self.timed_out(), FailureKind::Lost)),
            // A connect timeout is a connection that could not be made (nothing was sent), not
            // a call that ran out of time: reqwest flags it as both, so check this first.
            Ok(Err(error)) if error.is_connect() => {
                let error = Error::Connect {
                    endpoint: self.context.endpoint(),
                    source: TransportError::new(error),
                };
                return Err(Failure::new(error, FailureKind::NothingSent));
            }
            Ok(Err(error)) if error.is_timeout() => {
                return Err(Failure::new(self.timed_out(), FailureKind::Lost))
            }
            Ok(Err(error)) => return Err(Failure::new(self.transport(error), FailureKind::Lost)),
            Ok(Ok(response)) => response,
        };
        let mut context = self.context;
        context.status = response.status().as_u16();
        let limit = self.client.shared.max_body_bytes;
        if response.status().is_success() {
            let mut response = response;
            // Taken, not cloned: the body is read from the connection, not the headers.
            let headers = std::mem::take(response.headers_mut());
            let body = if self.streamed {
                // The slot is freed once the stream is handed over (it may run for hours).
                ResponseBody::Streaming(StreamSource {
                    response,
                    span: self.span.clone(),
                    idle_timeout: self.timeout,
                    max_collect_bytes: limit,
                })
            } else {
                ResponseBody::Full(self.read_success_body(response, deadline, limit).await?)
            };
            drop(permit);
            return Ok(RawResponse {
                context,
                headers,
                body,
            });
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(CONTENT_TYPE);
        let rate_limit = RateLimitHeaders::parse_at(response.headers(), SystemTime::now());
        // The status is the answer; a broken or oversized error body only loses its detail.
        let body = read_body(response, deadline, limit)
            .await
            .unwrap_or_default();
        drop(permit);
        let error = error_from_status(context, content_type, rate_limit.clone(), &body);
        let api = error.api_error();
        let remote = api.is_some_and(|api| api.remote_error);
        // A 429 without Truto's envelope (an edge proxy's) counts as Truto's side.
        let limited_by = (context.status == 429).then(|| {
            api.and_then(|api| api.rate_limit_source())
                .unwrap_or(RateLimitSource::Truto)
        });
        Err(Failure {
            error,
            kind: FailureKind::Status {
                status: context.status,
                remote,
            },
            rate_limit,
            limited_by,
        })
    }

    /// Reads a success body; one that breaks off leaves the call's outcome unknown.
    async fn read_success_body(
        &self,
        response: reqwest::Response,
        deadline: Instant,
        limit: usize,
    ) -> Result<bytes::Bytes, Failure> {
        read_body(response, deadline, limit)
            .await
            .map_err(|error| match error {
                BodyError::TooLarge => Failure::new(
                    Error::BodyTooLarge {
                        endpoint: self.context.endpoint(),
                        limit,
                    },
                    FailureKind::Final,
                ),
                BodyError::Timeout => Failure::new(self.timed_out(), FailureKind::Lost),
                BodyError::Transport(error) => {
                    Failure::new(self.transport(error), FailureKind::Lost)
                }
            })
    }

    fn transport(&self, error: reqwest::Error) -> Error {
        Error::Transport {
            endpoint: self.context.endpoint(),
            source: TransportError::new(error),
        }
    }
}
