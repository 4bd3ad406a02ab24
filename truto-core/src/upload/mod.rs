//! Request bodies other than JSON: `multipart/form-data` forms ([`Multipart`], [`Part`]) and
//! raw bodies ([`RawBody`], for `truto_body_passthrough=true`), streamed from memory, files
//! or the caller's streams, and which of them a retry may send again.
//!
//! The replay rule, in one place: bytes and file paths are *replayable* (each attempt
//! re-reads a file, and refuses one whose length changed since the first attempt); a
//! caller's stream is sent once. The retry loop only sends a call again when its body is
//! still replayable, so a stream that started going out is never sent twice: the call then
//! ends, with [`Error::WriteOutcomeUnknown`](crate::Error::WriteOutcomeUnknown) when the
//! write may have run.
//!
//! - `source`: where bytes come from (memory, a file, a one-shot stream) and how an attempt
//!   gets them again;
//! - `multipart`, `raw`: the public body types;
//! - `encode`: the multipart wire format;
//! - `body`: the body as a call keeps it across attempts.

mod body;
mod encode;
mod multipart;
mod raw;
mod source;

pub(crate) use body::{AttemptBody, RequestBody};
pub use multipart::{Multipart, Part, ToMultipart};
pub use raw::RawBody;
