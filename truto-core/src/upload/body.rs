//! [`RequestBody`]: what a request sends, as the call keeps it across attempts — JSON bytes,
//! a [`Multipart`] form or a [`RawBody`] — and what each attempt makes of it.

use std::hash::{Hash, Hasher};

use bytes::Bytes;
use reqwest::header::HeaderValue;

use super::encode;
use super::multipart::Multipart;
use super::raw::RawBody;
use super::source::Opened;
use crate::error::RequestError;

/// The description of the raw body in errors.
const RAW_BODY: &str = "the raw body";

/// A request body.
#[derive(Clone)]
pub(crate) enum RequestBody {
    /// JSON, serialized once; every attempt sends these bytes.
    Json(Bytes),
    /// `multipart/form-data`, encoded by each attempt.
    Multipart(Multipart),
    /// Sent as is with its content type.
    Raw(RawBody),
}

/// One attempt's body: the bytes to send and, when known, their length.
pub(crate) struct AttemptBody {
    pub(crate) body: reqwest::Body,
    pub(crate) length: Option<u64>,
}

impl RequestBody {
    /// Checks what can be checked before the first attempt (content types).
    pub(crate) fn check(&self) -> Result<(), RequestError> {
        match self {
            RequestBody::Json(_) => Ok(()),
            RequestBody::Multipart(form) => encode::check(form),
            RequestBody::Raw(raw) if encode::is_valid_content_type(&raw.content_type) => Ok(()),
            RequestBody::Raw(_) => Err(RequestError::ContentType {
                what: RAW_BODY.to_owned(),
            }),
        }
    }

    /// The `Content-Type` header of the body (checked valid by [`check`](Self::check)).
    pub(crate) fn content_type(&self) -> HeaderValue {
        match self {
            RequestBody::Json(_) => HeaderValue::from_static("application/json"),
            RequestBody::Multipart(form) => header_value(&form.content_type()),
            RequestBody::Raw(raw) => header_value(&raw.content_type),
        }
    }

    /// Whether another attempt can send the same body again.
    pub(crate) fn is_replayable(&self) -> bool {
        match self {
            RequestBody::Json(_) => true,
            RequestBody::Multipart(form) => form.is_replayable(),
            RequestBody::Raw(raw) => raw.is_replayable(),
        }
    }

    /// The body for one attempt: files are opened and length-checked now, so a problem fails
    /// the attempt before anything is sent.
    pub(crate) async fn open(&self) -> Result<AttemptBody, RequestError> {
        let opened = match self {
            RequestBody::Json(bytes) => {
                return Ok(AttemptBody {
                    length: Some(bytes.len() as u64),
                    body: reqwest::Body::from(bytes.clone()),
                })
            }
            RequestBody::Multipart(form) => encode::open(form).await?,
            RequestBody::Raw(raw) => {
                raw.source
                    .open()
                    .await
                    .map_err(|problem| RequestError::Upload {
                        what: RAW_BODY.to_owned(),
                        problem,
                    })?
            }
        };
        let Opened { length, chunks } = opened;
        Ok(AttemptBody {
            length,
            body: reqwest::Body::wrap_stream(chunks),
        })
    }

    /// Feeds what makes two bodies the same into `hasher` (request fingerprints). A
    /// multipart form is its parts, not its random boundary; a stream is itself (its bytes
    /// cannot be compared), so a caller's key binds to that one stream.
    pub(crate) fn identity<H: Hasher>(&self, hasher: &mut H) {
        match self {
            RequestBody::Json(bytes) => (0u8, bytes).hash(hasher),
            RequestBody::Multipart(form) => {
                1u8.hash(hasher);
                for part in &form.parts {
                    (&part.name, &part.file_name, &part.content_type).hash(hasher);
                    part.source.identity(hasher);
                }
            }
            RequestBody::Raw(raw) => {
                (2u8, &raw.content_type).hash(hasher);
                raw.source.identity(hasher);
            }
        }
    }
}

fn header_value(value: &str) -> HeaderValue {
    // Checked by `check` before any attempt; a refusal here would be a bug, not input.
    HeaderValue::from_str(value)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"))
}
