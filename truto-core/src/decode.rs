//! Turning a successful response into what the declared endpoint returns: a typed value
//! (JSON), nothing (`()`), or a [`ByteStream`]. The body has been read already (the call
//! owns sending and reading), so decoding is plain synchronous work.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::envelope::excerpt;
use crate::error::{DecodeError, Error, RequestError};
use crate::response::{CallContext, RawResponse, ResponseBody};
use crate::stream::ByteStream;

/// Decodes the body as JSON into `T`.
///
/// A body that is exactly `{"result": X}` decodes as `X`: Truto's reference notes say custom
/// methods wrap their answer that way while the seed's docs show it bare, so both work.
pub fn decode_json<T: DeserializeOwned>(response: RawResponse) -> Result<T, Error> {
    match &response.body {
        ResponseBody::Full(body) => decode_slice(response.context, body),
        ResponseBody::Streaming(_) => Err(streamed(&response)),
    }
}

/// Ignores the body (it was read to the end, so the connection is reused).
pub fn decode_unit(response: RawResponse) -> Result<(), Error> {
    match response.body {
        ResponseBody::Full(_) => Ok(()),
        ResponseBody::Streaming(_) => Err(streamed(&response)),
    }
}

/// Hands the body over as a stream of chunks, never buffered whole.
pub fn decode_stream(response: RawResponse) -> Result<ByteStream, Error> {
    Ok(response.into_stream())
}

/// A decoder that needs the whole body was given a streamed answer (a hand-written
/// `Endpoint` that asked for `stream_response` but decodes JSON).
#[cold]
fn streamed(response: &RawResponse) -> Error {
    Error::InvalidRequest {
        endpoint: response.context.endpoint(),
        source: RequestError::StreamedBody,
    }
}

/// Decodes a JSON body that has been read already.
pub fn decode_slice<T: DeserializeOwned>(context: CallContext, body: &[u8]) -> Result<T, Error> {
    decode_exact(context, unwrap_result(body))
}

/// Decodes a JSON body as it is, without unwrapping `{"result": X}` (list envelopes have a
/// `result` field of their own).
pub(crate) fn decode_exact<T: DeserializeOwned>(
    context: CallContext,
    body: &[u8],
) -> Result<T, Error> {
    match serde_json::from_slice(body) {
        Ok(value) => Ok(value),
        Err(error) => Err(decode_error::<T>(context, body, error)),
    }
}

/// `X` when `body` is exactly `{"result": X}`, otherwise `body`.
fn unwrap_result(body: &[u8]) -> &[u8] {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ResultOnly<'a> {
        #[serde(borrow)]
        result: &'a RawValue,
    }
    // Only an object can be the wrapper (serde would also read `[x]` as this struct). For
    // any other object the first key is not `result`, and the parse stops right there.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return body;
    }
    match serde_json::from_slice::<ResultOnly<'_>>(body) {
        Ok(wrapper) => wrapper.result.get().as_bytes(),
        Err(_) => body,
    }
}

/// Decodes again, tracking the path, to say exactly where and why it failed. Only runs on
/// failure, so successful decodes pay nothing for the path tracking.
#[cold]
fn decode_error<T: DeserializeOwned>(
    context: CallContext,
    json: &[u8],
    first_error: serde_json::Error,
) -> Error {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let (path, source) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(error) => (error.path().to_string(), error.into_inner()),
        // The value itself decoded, so the fault lies after it (trailing characters).
        Ok(_) => (".".to_owned(), first_error),
    };
    let (excerpt, source) = if carries_credential(context.template) {
        withheld(source)
    } else {
        let offset = byte_offset(json, source.line(), source.column());
        (excerpt(json, offset.saturating_sub(40)), source)
    };
    Error::Decode(Box::new(DecodeError {
        endpoint: context.endpoint(),
        status: context.status,
        target_type: std::any::type_name::<T>(),
        path,
        excerpt,
        source,
    }))
}

/// Endpoints whose successful answer is a credential (a token minted for someone).
const CREDENTIAL_TEMPLATES: [&str; 2] = ["/integrated-account/token", "/link-token"];

/// Whether a success body of `template` holds a credential, so that a decode error must
/// not quote it.
fn carries_credential(template: &str) -> bool {
    CREDENTIAL_TEMPLATES.contains(&template)
}

/// No excerpt, and serde's error without its text (which may quote the value it met):
/// only the kind of error and where it happened.
fn withheld(source: serde_json::Error) -> (String, serde_json::Error) {
    let kind = match source.classify() {
        serde_json::error::Category::Io => "an I/O",
        serde_json::error::Category::Syntax => "a syntax",
        serde_json::error::Category::Data => "a type",
        serde_json::error::Category::Eof => "an end-of-input",
    };
    let message = format!(
        "{kind} error at line {} column {} (the text is withheld: the answer carries a credential)",
        source.line(),
        source.column()
    );
    (
        String::new(),
        <serde_json::Error as serde::de::Error>::custom(message),
    )
}

/// The byte offset of serde_json's 1-based `line` and `column` in `json`.
fn byte_offset(json: &[u8], line: usize, column: usize) -> usize {
    let line_start: usize = json
        .split(|&b| b == b'\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    (line_start + column.saturating_sub(1)).min(json.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Method;

    fn context() -> CallContext {
        CallContext {
            method: Method::Get,
            template: "/t",
            status: 200,
        }
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        id: String,
        emails: Option<Vec<Email>>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Email {
        email: String,
    }

    #[test]
    fn the_result_wrapper_is_optional() {
        let bare: Item = decode_slice(context(), br#"{"id":"1"}"#).unwrap();
        let wrapped: Item = decode_slice(context(), br#" {"result": {"id":"1"}} "#).unwrap();
        assert_eq!(bare, wrapped);
        // An envelope with more keys is not the wrapper.
        let value: serde_json::Value =
            decode_slice(context(), br#"{"result":[1],"next_cursor":null}"#).unwrap();
        assert_eq!(value["next_cursor"], serde_json::Value::Null);
        // A one-element array is not the wrapper either.
        let list: Vec<u8> = decode_slice(context(), b"[7]").unwrap();
        assert_eq!(list, vec![7]);
    }

    #[test]
    fn decode_errors_name_the_path_and_the_type() {
        let body = br#"{"id":"1","emails":[{"email":"a@b.c"},{"email":5}]}"#;
        let error = decode_slice::<Item>(context(), body).unwrap_err();
        let Error::Decode(decode) = &error else {
            panic!("{error:?}")
        };
        assert_eq!(decode.path, "emails[1].email");
        assert!(decode.target_type.ends_with("Item"));
        assert!(decode.source.to_string().contains("expected a string"));
        assert!(
            decode.excerpt.contains(r#"{"email":5}"#),
            "{}",
            decode.excerpt
        );
    }

    #[test]
    fn truncated_json_is_an_error() {
        let error = decode_slice::<Item>(context(), br#"{"id":"1","emails":[{"em"#).unwrap_err();
        assert!(matches!(error, Error::Decode(_)));
        let trailing = decode_slice::<Item>(context(), br#"{"id":"1"} x"#).unwrap_err();
        assert!(matches!(trailing, Error::Decode(_)));
    }

    #[test]
    fn decode_errors_of_credentials_quote_nothing() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Minted {
            integrated_account_token: u64,
        }
        let minting = CallContext {
            method: Method::Post,
            template: "/integrated-account/token",
            status: 201,
        };
        for body in [
            &br#"{"integrated_account_token":"secret-7f3e"}"#[..],
            br#"{"integrated_account_token":"secret-7f3e"#,
        ] {
            let error = decode_slice::<Minted>(minting, body).unwrap_err();
            let shown = format!("{error} {error:?}");
            assert!(!shown.contains("secret-7f3e"), "{shown}");
            assert!(shown.contains("line 1 column"), "{shown}");
        }
    }

    #[test]
    fn offsets_follow_lines() {
        assert_eq!(byte_offset(b"ab\ncd", 2, 2), 4);
        assert_eq!(byte_offset(b"ab", 1, 1), 0);
        assert_eq!(byte_offset(b"ab", 9, 9), 2);
    }
}
