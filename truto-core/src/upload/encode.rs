//! The `multipart/form-data` wire format (RFC 7578) of a [`Multipart`], built anew by each
//! attempt: the part headers, the parts' chunks in order, the closing boundary, and the
//! total length when every part's is known.

use bytes::Bytes;
use futures_util::StreamExt;

use super::multipart::{Multipart, Part};
use super::source::{ChunkStream, Opened};
use crate::error::RequestError;

/// Checks what can be checked without opening anything: every content type.
pub(crate) fn check(form: &Multipart) -> Result<(), RequestError> {
    for part in &form.parts {
        if let Some(content_type) = &part.content_type {
            if !is_valid_content_type(content_type) {
                return Err(RequestError::ContentType {
                    what: describe(part),
                });
            }
        }
    }
    Ok(())
}

/// ``multipart part `name` ``, as errors name a part.
pub(crate) fn describe(part: &Part) -> String {
    format!("multipart part `{}`", part.name)
}

/// Opens every part (files are opened and length-checked here, before anything is sent) and
/// chains them into one body.
pub(crate) async fn open(form: &Multipart) -> Result<Opened, RequestError> {
    let mut pieces: Vec<ChunkStream> = Vec::with_capacity(form.parts.len() * 3 + 1);
    let mut total = Some(0u64);
    for part in &form.parts {
        let content = part
            .source
            .open()
            .await
            .map_err(|problem| RequestError::Upload {
                what: describe(part),
                problem,
            })?;
        add_bytes(&mut pieces, &mut total, head(&form.boundary, part));
        total = match (total, content.length) {
            (Some(sum), Some(length)) => sum.checked_add(length),
            _ => None,
        };
        pieces.push(content.chunks);
        add_bytes(&mut pieces, &mut total, Bytes::from_static(b"\r\n"));
    }
    let tail = format!("--{}--\r\n", form.boundary);
    add_bytes(&mut pieces, &mut total, Bytes::from(tail));
    Ok(Opened {
        length: total,
        chunks: Box::pin(futures_util::stream::iter(pieces).flatten()),
    })
}

/// Appends fixed bytes to the body, counting them into the total.
fn add_bytes(pieces: &mut Vec<ChunkStream>, total: &mut Option<u64>, bytes: Bytes) {
    *total = total.and_then(|sum| sum.checked_add(bytes.len() as u64));
    pieces.push(Box::pin(futures_util::stream::once(async { Ok(bytes) })));
}

/// `--boundary`, the part's headers and the blank line before its content.
fn head(boundary: &str, part: &Part) -> Bytes {
    let mut head = String::with_capacity(boundary.len() + part.name.len() + 96);
    head.push_str("--");
    head.push_str(boundary);
    head.push_str("\r\nContent-Disposition: form-data; name=\"");
    escape_into(&mut head, &part.name);
    head.push('"');
    if let Some(file_name) = &part.file_name {
        head.push_str("; filename=\"");
        escape_into(&mut head, file_name);
        head.push('"');
    }
    if let Some(content_type) = &part.content_type {
        head.push_str("\r\nContent-Type: ");
        head.push_str(content_type);
    }
    head.push_str("\r\n\r\n");
    Bytes::from(head)
}

/// A name or file name inside `"..."`: `"` and control characters percent-encoded (the
/// HTML form encoding browsers use: `%22`, `%0D`, `%0A`, ...), everything else as is.
fn escape_into(out: &mut String, value: &str) {
    for c in value.chars() {
        if c == '"' || c.is_ascii_control() {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
}

/// `type/subtype[; parameters]` in visible ASCII (spaces and tabs allowed), so it is a valid
/// header value that cannot add a header of its own.
pub(crate) fn is_valid_content_type(value: &str) -> bool {
    let visible = value
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || (0x21..0x7f).contains(&b));
    let essence = value.split(';').next().unwrap_or_default().trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    };
    visible
        && essence
            .split_once('/')
            .is_some_and(|(kind, subtype)| token(kind) && token(subtype))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upload::Part;

    async fn wire(form: &Multipart) -> (Option<u64>, Vec<u8>) {
        let opened = open(form).await.expect("opens");
        let mut chunks = opened.chunks;
        let mut all = Vec::new();
        while let Some(chunk) = chunks.next().await {
            all.extend_from_slice(&chunk.expect("chunk"));
        }
        (opened.length, all)
    }

    #[tokio::test]
    async fn parts_are_framed_as_rfc_7578_says() {
        let mut form = Multipart::new().text("ticket_id", "42").part(
            Part::bytes("file", &b"hi\r\n"[..])
                .file_name("a.txt")
                .content_type("text/plain"),
        );
        form.boundary = "B".into();
        let (length, body) = wire(&form).await;
        let expected = "--B\r\nContent-Disposition: form-data; name=\"ticket_id\"\r\n\r\n42\r\n\
                        --B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\
                        Content-Type: text/plain\r\n\r\nhi\r\n\r\n--B--\r\n";
        assert_eq!(String::from_utf8(body).expect("utf-8"), expected);
        assert_eq!(length, Some(expected.len() as u64));
    }

    #[tokio::test]
    async fn hostile_names_cannot_break_out_of_their_header() {
        let mut form = Multipart::new().part(
            Part::bytes("a\"b", &b"x"[..])
                .file_name("evil\r\nContent-Type: text/html\"; x=\"é.txt"),
        );
        form.boundary = "B".into();
        let (_, body) = wire(&form).await;
        let text = String::from_utf8(body).expect("utf-8");
        assert!(text.starts_with(
            "--B\r\nContent-Disposition: form-data; name=\"a%22b\"; \
             filename=\"evil%0D%0AContent-Type: text/html%22; x=%22é.txt\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        ));
    }

    #[test]
    fn content_types_must_be_type_and_subtype() {
        for good in [
            "text/plain",
            "text/plain; charset=utf-8",
            "application/vnd.ms-excel",
        ] {
            assert!(is_valid_content_type(good), "{good}");
        }
        for bad in [
            "",
            "text",
            "/plain",
            "text/",
            "text/plain\r\nX: y",
            "tëxt/plain",
            "a b/c",
        ] {
            assert!(!is_valid_content_type(bad), "{bad:?}");
        }
    }

    #[tokio::test]
    async fn an_unknown_length_leaves_the_total_unknown() {
        let stream = futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from("abc"))]);
        let form = Multipart::new().part(Part::stream("file", stream));
        let (length, body) = wire(&form).await;
        assert_eq!(length, None);
        assert!(body.windows(3).any(|w| w == b"abc"));
    }
}
