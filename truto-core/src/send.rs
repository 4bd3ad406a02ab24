//! The one runtime entry point every declared endpoint calls: build the HTTP request from a
//! [`RequestBuilder`], send it under the call's deadline, turn error statuses into
//! [`Error`]s, and retry what is transient (see [`crate::retry`]).

use std::future::Future;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use tokio::time::Instant;

use crate::client::Client;
use crate::error::{Error, RequestError};
use crate::ratelimit::Permit;
use crate::request::RequestBuilder;
use crate::response::{error_from_status, read_body, transport, CallContext, RawResponse};
use crate::retry::{parse_retry_after, Failure, RetryEvent, RetryPolicy};

/// `Idempotency-Key`, the header Truto deduplicates writes by.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// Sends `request` through `client`, retrying per the client's (or the call's) policy.
///
/// Not generic, so its code exists once however many endpoints are declared. The returned
/// future owns everything it needs (`'static`), which is what makes the futures of declared
/// endpoints `Send` whatever their argument types are.
pub fn send(
    client: &Client,
    request: RequestBuilder,
) -> impl Future<Output = Result<RawResponse, Error>> + Send + 'static {
    let client = client.clone();
    async move { Call::prepare(client, request)?.run().await }
}

/// One logical call: everything needed to send it again, built once. The body and headers
/// are the same bytes on every attempt, idempotency key included.
pub(crate) struct Call {
    client: Client,
    http: reqwest::Client,
    context: CallContext,
    method: reqwest::Method,
    url: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Option<Bytes>,
    policy: RetryPolicy,
    timeout: Duration,
    /// The integrated account the query names, as sent: the key of per-account limits.
    account: Option<String>,
    /// Whether the server may see this call more than once: reads, and writes with a key.
    may_repeat: bool,
    started: Instant,
    attempts: u32,
}

impl Call {
    fn prepare(client: Client, mut request: RequestBuilder) -> Result<Call, Error> {
        if let Some(problem) = request.take_problem() {
            return Err(invalid(&request, problem));
        }
        let shared = &client.shared;
        let call = client.call.as_deref();
        let policy = call
            .and_then(|c| c.retry.clone())
            .unwrap_or_else(|| shared.retry.clone());
        let timeout = call.and_then(|c| c.timeout).unwrap_or(shared.timeout);
        let http = shared
            .transports
            .with_connect_timeout(call.and_then(|c| c.connect_timeout))?;

        let url = build_url(&client, &request);
        let account = url
            .split_once('?')
            .and_then(|(_, query)| {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("integrated_account_id="))
            })
            .map(str::to_owned);
        let mut headers = Vec::with_capacity(4 + request.headers.len());
        headers.push((AUTHORIZATION, shared.token.bearer().clone()));
        if request.body.is_some() {
            headers.push((CONTENT_TYPE, HeaderValue::from_static("application/json")));
        }
        let call_headers = call.map(|c| c.headers.as_slice()).unwrap_or_default();
        let declared = request.headers.iter().map(|(n, v)| (*n, v.as_str()));
        let per_call = call_headers.iter().map(|(n, v)| (n.as_str(), v.as_str()));
        for (name, value) in declared.chain(per_call) {
            headers.push(checked_header(name, value).map_err(|p| invalid(&request, p))?);
        }
        // A key the caller put in a header wins; then the call's own; then a fresh one.
        let mut has_key = headers.iter().any(|(name, _)| name == IDEMPOTENCY_KEY);
        let write = request.method.is_write();
        if !has_key {
            let key = call.and_then(|c| c.idempotency_key.clone()).or_else(|| {
                (write && policy.auto_idempotency_key).then(|| uuid::Uuid::new_v4().to_string())
            });
            if let Some(key) = key {
                headers
                    .push(checked_header(IDEMPOTENCY_KEY, &key).map_err(|p| invalid(&request, p))?);
                has_key = true;
            }
        }
        let may_repeat = !write || has_key;

        Ok(Call {
            context: CallContext {
                method: request.method,
                template: request.template,
                status: 0,
            },
            method: request.method.to_reqwest(),
            url,
            headers,
            body: request.body.take(),
            policy,
            timeout,
            account,
            may_repeat,
            started: Instant::now(),
            attempts: 0,
            http,
            client,
        })
    }

    /// Attempts until one succeeds, the failure is final, or the policy says stop.
    pub(crate) async fn run(mut self) -> Result<RawResponse, Error> {
        loop {
            self.attempts += 1;
            match self.attempt().await {
                Ok((response, deadline, permit)) => {
                    let mut context = self.context;
                    context.status = response.status().as_u16();
                    return Ok(RawResponse {
                        response,
                        context,
                        deadline,
                        timeout: self.timeout,
                        max_body_bytes: self.client.shared.max_body_bytes,
                        permit,
                        call: Some(Box::new(self)),
                    });
                }
                Err((error, retry_after)) => self.wait_before_retry(error, retry_after).await?,
            }
        }
    }

    /// One attempt: the response once its headers are in (with the rate-limit slot it holds
    /// until its body is read), or the error and `Retry-After`.
    async fn attempt(
        &self,
    ) -> Result<(reqwest::Response, Instant, Option<Permit>), (Error, Option<Duration>)> {
        // The wait for a rate-limit slot is not part of the attempt's timeout.
        let permit = match &self.client.shared.limiter {
            Some(limiter) => Some(limiter.acquire(self.account.as_deref()).await),
            None => None,
        };
        let deadline = Instant::now() + self.timeout;
        let mut builder = self.http.request(self.method.clone(), &self.url);
        for (name, value) in &self.headers {
            builder = builder.header(name, value);
        }
        if let Some(body) = &self.body {
            builder = builder.body(body.clone());
        }
        let response = match tokio::time::timeout_at(deadline, builder.send()).await {
            Err(_) => return Err((self.timed_out(), None)),
            // A connect timeout is a connection that could not be made (nothing was sent), not
            // a call that ran out of time: reqwest flags it as both, so check this first.
            Ok(Err(error)) if error.is_connect() => {
                return Err((transport(self.context, error), None))
            }
            Ok(Err(error)) if error.is_timeout() => return Err((self.timed_out(), None)),
            Ok(Err(error)) => return Err((transport(self.context, error), None)),
            Ok(Ok(response)) => response,
        };
        if response.status().is_success() {
            return Ok((response, deadline, permit));
        }
        let mut context = self.context;
        context.status = response.status().as_u16();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(CONTENT_TYPE);
        let retry_after =
            header(RETRY_AFTER).and_then(|value| parse_retry_after(&value, SystemTime::now()));
        let limit = self.client.shared.max_body_bytes;
        let body = read_body(
            response,
            context,
            deadline,
            (self.timeout, self.attempts),
            limit,
        )
        .await
        .map_err(|error| (error, None))?;
        Err((error_from_status(context, content_type, &body), retry_after))
    }

    /// Returns the error if it is final; otherwise reports the retry and waits for it.
    pub(crate) async fn wait_before_retry(
        &mut self,
        error: Error,
        retry_after: Option<Duration>,
    ) -> Result<(), Error> {
        let failure = Failure::of(&error, retry_after);
        if self.attempts >= self.policy.max_attempts
            || !self.policy.is_transient(&failure, self.may_repeat)
        {
            return Err(error);
        }
        let delay = self.policy.delay(self.attempts + 1, &failure);
        if self.started.elapsed() + delay > self.policy.max_elapsed {
            return Err(error);
        }
        let event = RetryEvent {
            endpoint: self.context.endpoint(),
            attempt: self.attempts + 1,
            status: failure.status,
            delay,
            rate_limited: failure.status == Some(429),
            error: error.to_string(),
        };
        tracing::warn!(
            target: "truto::retry",
            endpoint = %event.endpoint,
            attempt = event.attempt,
            status = event.status,
            delay_ms = event.delay.as_millis() as u64,
            rate_limited = event.rate_limited,
            error = %event.error,
            "retrying a Truto call"
        );
        for hook in &self.client.shared.retry_hooks {
            hook(&event);
        }
        tokio::time::sleep(delay).await;
        Ok(())
    }

    /// Attempts made so far, the current one included.
    pub(crate) fn attempts(&self) -> u32 {
        self.attempts
    }

    fn timed_out(&self) -> Error {
        Error::Timeout {
            endpoint: self.context.endpoint(),
            timeout: self.timeout,
            attempts: self.attempts,
        }
    }
}

/// `base_url + path + ?query`, with the scoped account added when the query names none.
fn build_url(client: &Client, request: &RequestBuilder) -> String {
    let mut query = request.final_query();
    let account = client
        .call
        .as_deref()
        .and_then(|c| c.integrated_account_id.as_deref());
    if let Some(account) = account {
        let named = query
            .split('&')
            .any(|pair| pair.starts_with("integrated_account_id="));
        if !named {
            let query = query.to_mut();
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("integrated_account_id=");
            crate::path::percent_encode_into(query, account);
        }
    }
    let base = &client.shared.base_url;
    let mut url = String::with_capacity(base.len() + request.path.len() + query.len() + 1);
    url.push_str(base);
    url.push_str(&request.path);
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    url
}

fn checked_header(name: &str, value: &str) -> Result<(HeaderName, HeaderValue), RequestError> {
    let header_error = |what| RequestError::Header {
        name: name.to_owned(),
        what,
    };
    let header_name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| header_error("name"))?;
    // from_str refuses CR, LF and other control characters: no header injection.
    let header_value = HeaderValue::from_str(value).map_err(|_| header_error("value"))?;
    Ok((header_name, header_value))
}

fn invalid(request: &RequestBuilder, source: RequestError) -> Error {
    Error::InvalidRequest {
        endpoint: request.endpoint(),
        source,
    }
}
