//! [`Call`]: one logical call, prepared once from the client and a [`RequestBuilder`] —
//! URL, headers (idempotency key included) and the body every attempt sends (the same JSON
//! bytes, or a form or raw body each attempt opens again) — with everything the retry loop
//! needs to decide whether it may be sent again.

use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use tokio::time::Instant;

use crate::account_token::check_scope;
use crate::client::Client;
use crate::error::{Error, RequestError};
use crate::idempotency::{fingerprint, Idempotency};
use crate::request::{reserved_header, RequestBuilder};
use crate::response::CallContext;
use crate::retry::RetryPolicy;
use crate::upload::RequestBody;

/// `Idempotency-Key`, the header Truto deduplicates writes by.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// One logical call: everything needed to send it again, built once.
pub(crate) struct Call {
    pub(crate) client: Client,
    pub(crate) http: reqwest::Client,
    pub(crate) context: CallContext,
    pub(crate) method: reqwest::Method,
    pub(crate) url: String,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) body: Option<RequestBody>,
    pub(crate) policy: RetryPolicy,
    pub(crate) timeout: Duration,
    /// The integrated account the query names, as sent: the key of per-account limits.
    pub(crate) account: Option<String>,
    /// Whether the server may see this call more than once without running it twice.
    pub(crate) repeatable: bool,
    /// Whether the call changes data (so a lost answer leaves its outcome unknown).
    pub(crate) writes: bool,
    /// Whether to hand the body over as a stream once the headers are in.
    pub(crate) streamed: bool,
    pub(crate) started: Instant,
    pub(crate) attempts: u32,
    /// Whether the call was already sent again after a 401 with a renewed
    /// integrated-account token (which happens at most once).
    pub(crate) reauthorized: bool,
    /// The call's `tracing` span (disabled when no subscriber listens); a streamed answer
    /// keeps it open until its body is dropped.
    pub(crate) span: tracing::Span,
}

impl Call {
    /// Builds the call, or fails before anything is sent.
    pub(crate) fn prepare(
        client: Client,
        mut request: RequestBuilder,
        span: tracing::Span,
    ) -> Result<Call, Error> {
        if let Some(problem) = request.take_problem() {
            return Err(invalid(&request, problem));
        }
        let shared = &client.shared;
        let call = client.call.as_deref();
        let policy = call
            .and_then(|c| c.retry.clone())
            .unwrap_or_else(|| shared.retry.clone());
        let timeout = call.and_then(|c| c.timeout).unwrap_or(shared.timeout);
        let idempotency = call
            .and_then(|c| c.idempotency)
            .unwrap_or(request.idempotency);
        let http = shared
            .transports
            .with_connect_timeout(call.and_then(|c| c.connect_timeout))?;

        let url = build_url(&client, &request);
        if client.account_token.is_some() {
            check_scope(request.method, request.template, &shared.base_url, &url)
                .map_err(|problem| invalid(&request, problem))?;
        }
        // An integrated-account token names its account when the query does not.
        let account = url
            .split_once('?')
            .and_then(|(_, query)| {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("integrated_account_id="))
            })
            .map(str::to_owned)
            .or_else(|| {
                let tokens = client.account_token.as_deref()?;
                let mut account = String::new();
                crate::path::percent_encode_into(&mut account, tokens.integrated_account_id());
                Some(account)
            });
        let mut headers = Vec::with_capacity(4 + request.headers.len());
        // An integrated-account token is added per attempt (it may be renewed in between).
        if client.account_token.is_none() {
            headers.push((AUTHORIZATION, shared.token.bearer().clone()));
        }
        if let Some(body) = &request.body {
            headers.push((CONTENT_TYPE, body.content_type()));
        }
        let call_headers = call.map(|c| c.headers.as_slice()).unwrap_or_default();
        for (name, value) in call_headers {
            if let Some(hint) = reserved_header(name) {
                let name = name.clone();
                return Err(invalid(
                    &request,
                    RequestError::ReservedHeader { name, hint },
                ));
            }
            headers.push(checked_header(name, value).map_err(|p| invalid(&request, p))?);
        }
        for (name, value) in &request.headers {
            headers.push(checked_header(name, value).map_err(|p| invalid(&request, p))?);
        }

        // The caller's key belongs to one request; otherwise a fresh one where Truto
        // deduplicates by key. Reads never carry one.
        let writes = request.method.is_write();
        let mut has_key = false;
        if writes {
            let key = match call.and_then(|c| c.idempotency_key.as_ref()) {
                Some(key) => {
                    let request_id = fingerprint(request.method, &url, request.body.as_ref());
                    if !key.claim(request_id) {
                        return Err(invalid(&request, RequestError::IdempotencyKeyReused));
                    }
                    Some(key.value().to_owned())
                }
                None => (idempotency == Idempotency::ByKey && policy.auto_idempotency_key)
                    .then(|| uuid::Uuid::new_v4().to_string()),
            };
            if let Some(key) = key {
                let mut value = HeaderValue::from_str(&key).map_err(|_| {
                    invalid(
                        &request,
                        RequestError::Header {
                            name: IDEMPOTENCY_KEY.to_owned(),
                            what: "value",
                        },
                    )
                })?;
                value.set_sensitive(true);
                headers.push((HeaderName::from_static(IDEMPOTENCY_KEY), value));
                has_key = true;
            }
        }
        if !span.is_disabled() {
            span.record("truto.idempotency_key", has_key);
            // The account id is a query value: on the span only when the client opted in.
            if shared.trace_account_ids {
                span.record("truto.integrated_account_id", account.as_deref());
            }
        }
        // As declared: only a key the server honours makes a `ByKey` call safe to repeat.
        let repeatable = match idempotency {
            Idempotency::Idempotent => true,
            Idempotency::ByKey => has_key,
            Idempotency::NotIdempotent => false,
        };

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
            repeatable,
            writes,
            streamed: request.streamed,
            started: Instant::now(),
            attempts: 0,
            reauthorized: false,
            span,
            http,
            client,
        })
    }

    /// The call ran out of time on the current attempt.
    pub(crate) fn timed_out(&self) -> Error {
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
    let mut header_value = HeaderValue::from_str(value).map_err(|_| header_error("value"))?;
    // Values are the caller's (tokens of their own, trace ids): kept out of HTTP-level logs.
    header_value.set_sensitive(true);
    Ok((header_name, header_value))
}

fn invalid(request: &RequestBuilder, source: RequestError) -> Error {
    Error::InvalidRequest {
        endpoint: request.endpoint(),
        source,
    }
}
