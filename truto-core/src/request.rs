//! [`RequestBuilder`]: the non-generic description of one call that expanded endpoints fill
//! in (and that a hand-written [`Endpoint`](crate::Endpoint) returns), and the small traits
//! they fill it with.

use std::fmt;

use bytes::Bytes;
use serde::Serialize;

use crate::error::RequestError;
use crate::format::ResponseFormat;
use crate::idempotency::Idempotency;
use crate::upload::{RawBody, RequestBody, ToMultipart};

/// The HTTP methods Truto's API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name, e.g. `"POST"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether a call with this method changes data on the server.
    pub const fn is_write(self) -> bool {
        !matches!(self, Method::Get)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One call, described: method, encoded path and query, body (JSON, multipart or raw),
/// headers, whether it may be repeated, and whether its answer is streamed.
///
/// Declared endpoints (`#[truto_endpoint]`, `#[derive(Endpoint)]`) fill one in and hand it to
/// the runtime's single send function; a hand-written [`Endpoint`](crate::Endpoint) builds
/// one the same way:
///
/// ```
/// use truto_core::{Method, RequestBuilder};
///
/// let mut request = RequestBuilder::new(Method::Get, "/unified/ticketing/tickets/{id}");
/// request.push_literal("/unified/ticketing/tickets/");
/// request.push_segment("id", &"4711");
/// request.query_param("integrated_account_id", &"62f44730-dd91-461e-bd6a-aedd9e0ad79d");
/// # let _ = request;
/// ```
///
/// Building never fails on the spot: the first problem (a query value that cannot be encoded,
/// a path value that cannot be a segment, a header the SDK owns) is kept and returned when the
/// call is awaited, before anything is sent. `Debug` shows the method and template only: the
/// query, body and header values stay out of logs.
pub struct RequestBuilder {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) path: String,
    pub(crate) query: String,
    pub(crate) body: Option<RequestBody>,
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) format: Option<ResponseFormat>,
    /// Forces `truto_body_passthrough=true` (a raw body).
    pub(crate) body_passthrough: bool,
    pub(crate) idempotency: Idempotency,
    pub(crate) streamed: bool,
    pub(crate) problem: Option<RequestError>,
}

impl fmt::Debug for RequestBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestBuilder")
            .field("method", &self.method)
            .field("template", &self.template)
            .field("idempotency", &self.idempotency)
            .field("streamed", &self.streamed)
            .finish_non_exhaustive()
    }
}

/// The headers the SDK sets itself, and where to set them instead: a declaration or a
/// per-call option giving one is refused, so no request carries two.
pub(crate) fn reserved_header(name: &str) -> Option<&'static str> {
    const RESERVED: [(&str, &str); 9] = [
        ("authorization", " (it carries the client's token)"),
        ("proxy-authorization", ""),
        (
            "idempotency-key",
            ": use CallOptions::idempotency_key, which binds the key to one request",
        ),
        (
            "content-type",
            " (JSON bodies are sent as application/json)",
        ),
        ("content-length", ""),
        ("transfer-encoding", ""),
        ("host", ""),
        ("connection", ""),
        ("user-agent", ": use ClientBuilder::user_agent"),
    ];
    RESERVED
        .iter()
        .find(|(reserved, _)| reserved.eq_ignore_ascii_case(name))
        .map(|(_, hint)| *hint)
}

impl RequestBuilder {
    /// A request for `method` on the path `template` (kept for errors and tracing), with
    /// the idempotency [`Idempotency::default_for`] gives them.
    pub fn new(method: Method, template: &'static str) -> Self {
        RequestBuilder {
            method,
            template,
            path: String::with_capacity(template.len() + 16),
            query: String::new(),
            body: None,
            headers: Vec::new(),
            format: None,
            body_passthrough: false,
            idempotency: Idempotency::default_for(method, template),
            streamed: false,
            problem: None,
        }
    }

    /// Declares how safely this request can be repeated (see [`Idempotency`]), replacing the
    /// default for its method and path.
    pub fn idempotency(&mut self, idempotency: Idempotency) {
        self.idempotency = idempotency;
    }

    /// Hands the answer over as a stream ([`ByteStream`](crate::ByteStream)) once its headers
    /// arrive, instead of reading the whole body first.
    pub fn stream_response(&mut self) {
        self.streamed = true;
    }

    /// Appends a literal piece of the path (already valid: it comes from the template).
    pub fn push_literal(&mut self, piece: &'static str) {
        self.path.push_str(piece);
    }

    /// Appends `value` as one percent-encoded path segment.
    pub fn push_segment(&mut self, name: &'static str, value: &dyn fmt::Display) {
        if let Err(problem) = crate::path::push_segment(&mut self.path, name, value) {
            self.keep_first(problem);
        }
    }

    /// Appends `value` as a path of one or more segments: its own `/` are kept as
    /// separators and each segment between them is percent-encoded (for `/custom/{*path}`).
    pub fn push_segments(&mut self, name: &'static str, value: &dyn fmt::Display) {
        if let Err(problem) = crate::path::push_segments(&mut self.path, name, value) {
            self.keep_first(problem);
        }
    }

    /// Adds the fields of a struct or map to the query string.
    pub fn query<T: Serialize + ?Sized>(&mut self, value: &T) {
        if let Err(problem) = crate::query::append_query(&mut self.query, value) {
            self.keep_first(problem.into());
        }
    }

    /// Adds one query parameter; `None`, empty arrays and empty objects are left out.
    pub fn query_param<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Err(problem) = crate::query::append_query_pair(&mut self.query, name, value) {
            self.keep_first(problem.into());
        }
    }

    /// Sets the JSON body (serialized now, once, and re-sent as these exact bytes).
    pub fn json_body<T: Serialize + ?Sized>(&mut self, value: &T) {
        match serde_json::to_vec(value) {
            Ok(bytes) => self.body = Some(RequestBody::Json(Bytes::from(bytes))),
            Err(error) => self.keep_first(RequestError::Body(error)),
        }
    }

    /// Sets a `multipart/form-data` body: a [`Multipart`](crate::Multipart) or anything that
    /// builds one ([`ToMultipart`]). Its files are opened when the call is sent; see
    /// [`Multipart`](crate::Multipart) for streaming and which forms retries may resend.
    pub fn multipart_body<F: ToMultipart + ?Sized>(&mut self, form: &F) {
        self.set_body(RequestBody::Multipart(form.to_multipart()));
    }

    /// Sets a raw body, sent as is with its content type, and forces
    /// `truto_body_passthrough=true` (replacing any value the query has) so Truto forwards it
    /// untouched. See [`RawBody`].
    pub fn raw_body(&mut self, body: &RawBody) {
        self.set_body(RequestBody::Raw(body.clone()));
        self.body_passthrough = true;
    }

    fn set_body(&mut self, body: RequestBody) {
        match body.check() {
            Ok(()) => self.body = Some(body),
            Err(problem) => self.keep_first(problem),
        }
    }

    /// Adds a header; a value of `None` leaves it out. A header the SDK sets itself
    /// (`Authorization`, `Idempotency-Key`, `Content-Type`, ...) is refused.
    pub fn header<V: HeaderArg>(&mut self, name: &'static str, value: V) {
        if let Some(hint) = reserved_header(name) {
            self.keep_first(RequestError::ReservedHeader {
                name: name.to_owned(),
                hint,
            });
            return;
        }
        if let Some(value) = value.into_header_value() {
            self.headers.push((name, value));
        }
    }

    /// Forces `truto_response_format`, replacing any value the query already has.
    pub fn response_format(&mut self, format: ResponseFormat) {
        self.format = Some(format);
    }

    /// `METHOD /path/template`, as errors name the call.
    pub fn endpoint(&self) -> String {
        format!("{} {}", self.method, self.template)
    }

    /// The first problem met while building, taken out (the rest of the request stays).
    pub(crate) fn take_problem(&mut self) -> Option<RequestError> {
        self.problem.take()
    }

    /// A copy of this request (without its problem, which cannot be cloned): pagination
    /// sends one per page.
    pub(crate) fn duplicate(&self) -> RequestBuilder {
        RequestBuilder {
            method: self.method,
            template: self.template,
            path: self.path.clone(),
            query: self.query.clone(),
            body: self.body.clone(),
            headers: self.headers.clone(),
            format: self.format,
            body_passthrough: self.body_passthrough,
            idempotency: self.idempotency,
            streamed: self.streamed,
            problem: None,
        }
    }

    /// Sets query parameter `name` to `value`, replacing any value it already has.
    pub(crate) fn replace_query_param(&mut self, name: &str, value: &str) {
        let mut query: Vec<&str> = self
            .query
            .split('&')
            .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
            .collect();
        let mut pair = String::with_capacity(name.len() + value.len() + 1);
        pair.push_str(name);
        pair.push('=');
        crate::path::percent_encode_into(&mut pair, value);
        query.push(&pair);
        self.query = query.join("&");
    }

    fn keep_first(&mut self, problem: RequestError) {
        self.problem.get_or_insert(problem);
    }

    /// The query string as sent: the encoded parameters, with a forced response format (and
    /// `truto_body_passthrough` for a raw body) replacing any the caller set.
    pub(crate) fn final_query(&self) -> std::borrow::Cow<'_, str> {
        const FORMAT: &str = "truto_response_format";
        const PASSTHROUGH: &str = "truto_body_passthrough";
        let mut forced: Vec<(&str, &str)> = Vec::with_capacity(2);
        if let Some(format) = self.format {
            forced.push((FORMAT, format.as_str()));
        }
        if self.body_passthrough {
            forced.push((PASSTHROUGH, "true"));
        }
        if forced.is_empty() {
            return std::borrow::Cow::Borrowed(&self.query);
        }
        let replaced = |pair: &str| {
            let key = pair.split('=').next().unwrap_or_default();
            forced.iter().any(|(name, _)| *name == key)
        };
        let mut query: String = self
            .query
            .split('&')
            .filter(|pair| !pair.is_empty() && !replaced(pair))
            .collect::<Vec<_>>()
            .join("&");
        for (name, value) in forced {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(name);
            query.push('=');
            query.push_str(value);
        }
        std::borrow::Cow::Owned(query)
    }
}

/// A value a `#[header("Name")]` parameter accepts: text, or an `Option` of text where
/// `None` leaves the header out.
pub trait HeaderArg {
    /// The header's value, or `None` to leave it out.
    fn into_header_value(self) -> Option<String>;
}

impl HeaderArg for &str {
    fn into_header_value(self) -> Option<String> {
        Some(self.to_owned())
    }
}

impl HeaderArg for &&str {
    fn into_header_value(self) -> Option<String> {
        Some((*self).to_owned())
    }
}

impl HeaderArg for String {
    fn into_header_value(self) -> Option<String> {
        Some(self)
    }
}

impl HeaderArg for &String {
    fn into_header_value(self) -> Option<String> {
        Some(self.clone())
    }
}

impl<T: HeaderArg> HeaderArg for Option<T> {
    fn into_header_value(self) -> Option<String> {
        self.and_then(HeaderArg::into_header_value)
    }
}

impl<T: HeaderArg + Clone> HeaderArg for &Option<T> {
    fn into_header_value(self) -> Option<String> {
        self.clone().and_then(HeaderArg::into_header_value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forced_format_replaces_the_callers() {
        let mut request = RequestBuilder::new(Method::Post, "/x");
        request.query = "a=1&truto_response_format=unified&b=2".into();
        request.response_format(ResponseFormat::Raw);
        assert_eq!(request.final_query(), "a=1&b=2&truto_response_format=raw");
        let mut empty = RequestBuilder::new(Method::Get, "/x");
        empty.response_format(ResponseFormat::Stream);
        assert_eq!(empty.final_query(), "truto_response_format=stream");
    }

    #[test]
    fn a_raw_body_forces_passthrough() {
        let mut request = RequestBuilder::new(Method::Post, "/proxy/files");
        request.query = "truto_body_passthrough=false&a=1".into();
        request.raw_body(&RawBody::bytes("x").content_type("text/plain"));
        assert_eq!(request.final_query(), "a=1&truto_body_passthrough=true");
        let mut bad = RequestBuilder::new(Method::Post, "/proxy/files");
        bad.raw_body(&RawBody::bytes("x").content_type("text/plain\r\nX-Evil: 1"));
        assert!(matches!(
            bad.problem,
            Some(RequestError::ContentType { .. })
        ));
    }

    #[test]
    fn the_first_problem_is_kept() {
        let mut request = RequestBuilder::new(Method::Get, "/a/{id}/{b}");
        request.push_segment("id", &"");
        request.push_segment("b", &"..");
        assert!(matches!(
            request.problem,
            Some(RequestError::PathSegment { name: "id", .. })
        ));
    }

    #[test]
    fn header_args_follow_option() {
        assert_eq!("x".into_header_value(), Some("x".to_owned()));
        assert_eq!(None::<&str>.into_header_value(), None);
        assert_eq!(
            Some(String::from("y")).into_header_value(),
            Some("y".into())
        );
        assert_eq!(
            (&Some(String::from("z"))).into_header_value(),
            Some("z".into())
        );
    }
}
