//! Reading a response body to the end, within the attempt's deadline and a size cap.

use bytes::{Bytes, BytesMut};
use tokio::time::Instant;

/// Why a body could not be read whole.
pub(crate) enum BodyError {
    /// It is (or announced to be) larger than the cap.
    TooLarge,
    /// The deadline passed before its end arrived.
    Timeout,
    /// The connection broke off mid-body.
    Transport(reqwest::Error),
}

/// Reads `response`'s body to the end, failing past `deadline` or beyond `limit` bytes.
///
/// A body that arrives in one chunk (the common case) is kept without copying; a longer one
/// is gathered into one buffer sized from `Content-Length` when the server sent it.
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    deadline: Instant,
    limit: usize,
) -> Result<Bytes, BodyError> {
    let expected = response.content_length();
    if expected.is_some_and(|len| len > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let read = async {
        let mut first: Option<Bytes> = None;
        let mut joined: Option<BytesMut> = None;
        while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
            if let Some(buffer) = joined.as_mut() {
                buffer.extend_from_slice(&chunk);
            } else if let Some(head) = first.take() {
                // `expected` is at most `limit` here, so this never reserves more than the cap.
                let capacity = expected
                    .map_or(0, |n| n as usize)
                    .max(head.len() + chunk.len());
                let mut buffer = BytesMut::with_capacity(capacity);
                buffer.extend_from_slice(&head);
                buffer.extend_from_slice(&chunk);
                joined = Some(buffer);
            } else {
                first = Some(chunk);
            }
            let so_far =
                first.as_ref().map_or(0, Bytes::len) + joined.as_ref().map_or(0, BytesMut::len);
            if so_far > limit {
                return Err(BodyError::TooLarge);
            }
        }
        Ok(match joined {
            Some(buffer) => buffer.freeze(),
            None => first.unwrap_or_default(),
        })
    };
    match tokio::time::timeout_at(deadline, read).await {
        Ok(result) => result,
        Err(_) => Err(BodyError::Timeout),
    }
}
