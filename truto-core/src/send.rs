//! The one runtime entry point every declared endpoint calls: build the HTTP request from a
//! [`RequestBuilder`], send it under the call's deadline, and turn error statuses into
//! [`Error`]s.

use std::future::Future;

use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use tokio::time::Instant;

use crate::client::Client;
use crate::error::{Error, RequestError};
use crate::request::RequestBuilder;
use crate::response::{error_from_status, read_body, transport, CallContext, RawResponse};

/// `Idempotency-Key`, the header Truto deduplicates writes by.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// Sends `request` through `client`.
///
/// Not generic, so its code exists once however many endpoints are declared. The returned
/// future owns everything it needs (`'static`), which is what makes the futures of declared
/// endpoints `Send` whatever their argument types are.
pub fn send(
    client: &Client,
    request: RequestBuilder,
) -> impl Future<Output = Result<RawResponse, Error>> + Send + 'static {
    let client = client.clone();
    async move { execute(&client, request).await }
}

async fn execute(client: &Client, mut request: RequestBuilder) -> Result<RawResponse, Error> {
    if let Some(problem) = request.problem.take() {
        return Err(invalid(&request, problem));
    }
    let shared = &client.shared;
    let call = client.call.as_deref();
    let timeout = call.and_then(|c| c.timeout).unwrap_or(shared.timeout);
    let deadline = Instant::now() + timeout;

    let mut query = request.final_query();
    if let Some(account) = call.and_then(|c| c.integrated_account_id.as_deref()) {
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
    let mut url =
        String::with_capacity(shared.base_url.len() + request.path.len() + query.len() + 1);
    url.push_str(&shared.base_url);
    url.push_str(&request.path);
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }

    let mut builder = shared
        .http
        .request(request.method.to_reqwest(), url)
        .header(AUTHORIZATION, shared.token.bearer().clone());
    if let Some(body) = &request.body {
        builder = builder
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(body.clone());
    }
    let call_headers = call.map(|c| c.headers.as_slice()).unwrap_or_default();
    let declared = request.headers.iter().map(|(n, v)| (*n, v.as_str()));
    let per_call = call_headers.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    let idempotency = call
        .and_then(|c| c.idempotency_key.as_deref())
        .map(|key| (IDEMPOTENCY_KEY, key));
    for (name, value) in declared.chain(per_call).chain(idempotency) {
        let (name, value) = match checked_header(name, value) {
            Ok(header) => header,
            Err(problem) => return Err(invalid(&request, problem)),
        };
        builder = builder.header(name, value);
    }

    let mut context = CallContext {
        method: request.method,
        template: request.template,
        status: 0,
    };
    let response = match tokio::time::timeout_at(deadline, builder.send()).await {
        Err(_) => return Err(timed_out(context, timeout)),
        Ok(Err(error)) if error.is_timeout() => return Err(timed_out(context, timeout)),
        Ok(Err(error)) => return Err(transport(context, error)),
        Ok(Ok(response)) => response,
    };
    context.status = response.status().as_u16();
    if !response.status().is_success() {
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_body(response, context, deadline, timeout, shared.max_body_bytes).await?;
        return Err(error_from_status(context, content_type, &body));
    }
    Ok(RawResponse {
        response,
        context,
        deadline,
        timeout,
        max_body_bytes: shared.max_body_bytes,
    })
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

fn timed_out(context: CallContext, timeout: std::time::Duration) -> Error {
    Error::Timeout {
        endpoint: context.endpoint(),
        timeout,
        attempts: 1,
    }
}
