//! The `X-Truto-Signature` header: parsing it, decoding its digests, and producing one.
//!
//! Grammar accepted (a superset of what Truto sends, `format=sha256,v=<digest>`):
//!
//! - parts separated by `,` (or `;`), each `key=value`; whitespace around parts, keys and
//!   values is ignored, as are empty parts (a trailing comma);
//! - keys are matched case-insensitively, in any order; parts with other keys, or without
//!   `=`, are ignored;
//! - at least one `format=` part, and every one says `sha256` (any case);
//! - at least one `v=` part; several are allowed (secret rotation) and the signature is
//!   valid if any one matches. Every `v=` digest must decode, or the header is malformed;
//! - a digest is 64 hex digits (either case), or base64 of exactly 32 bytes in the
//!   standard or URL-safe alphabet, with or without `=` padding.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::{DecodePaddingMode, Engine};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::WebhookError;

/// The name of the header that carries a delivery's signature, as Truto's docs spell it.
///
/// HTTP header names are case-insensitive; compare with `eq_ignore_ascii_case` (or let
/// [`WebhookVerifier::verify_headers`](super::WebhookVerifier::verify_headers) find it).
pub const SIGNATURE_HEADER: &str = "X-Truto-Signature";

/// The only signature format Truto uses (the `format=` part of the header).
pub(crate) const FORMAT_SHA256: &str = "sha256";

/// Length in bytes of an HMAC-SHA256 digest.
pub(crate) const DIGEST_LEN: usize = 32;

/// One decoded digest of the header.
pub(crate) type Digest = [u8; DIGEST_LEN];

/// HMAC-SHA256, keyed with a webhook's secret.
pub(crate) type HmacSha256 = Hmac<Sha256>;

/// Base64 with the standard alphabet, padding optional.
const BASE64_STANDARD: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Base64 with the URL-safe alphabet, padding optional.
const BASE64_URL_SAFE: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Signs a body the way Truto does, returning the `X-Truto-Signature` header value
/// `format=sha256,v=<lower-case hex HMAC-SHA256 of body keyed with secret>`.
///
/// For testing your own webhook handler: send `body` with this header and the handler's
/// [`WebhookVerifier`](super::WebhookVerifier) accepts it. Unlike the verifier, `sign`
/// does not refuse an empty secret.
///
/// ```
/// use truto::webhook::{sign, WebhookVerifier};
///
/// let secret = "6e17561c-a20c-44ce-b8b5-caff0bf786fe";
/// let body = br#"{"id":"1","event":"integrated_account:active","payload":{}}"#;
/// let header = sign(secret.as_bytes(), body);
/// assert!(header.starts_with("format=sha256,v="));
/// assert_eq!(header.len(), "format=sha256,v=".len() + 64);
///
/// let verifier = WebhookVerifier::new(secret).unwrap();
/// assert!(verifier.verify(Some(&header), body).is_ok());
/// ```
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let digest = keyed_mac(secret).chain_update(body).finalize().into_bytes();
    let mut header = String::with_capacity(16 + 2 * DIGEST_LEN);
    header.push_str("format=sha256,v=");
    for byte in digest {
        header.push(hex_digit(byte >> 4));
        header.push(hex_digit(byte & 0x0f));
    }
    header
}

/// An HMAC-SHA256 keyed with `secret`.
pub(crate) fn keyed_mac(secret: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length (longer ones are hashed first), so this cannot fail.
    <HmacSha256 as Mac>::new_from_slice(secret).expect("HMAC accepts keys of any length")
}

/// The lower-case hex digit for a value below 16.
fn hex_digit(nibble: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(nibble & 0x0f)])
}

/// Parses an `X-Truto-Signature` value into the digests it carries (at least one).
///
/// Checks run in this order, the first failure being the error: the header is not empty;
/// it has a `format=` part; every `format=` is `sha256` (else
/// [`UnsupportedFormat`](WebhookError::UnsupportedFormat), so that a digest of another
/// length is not reported as malformed); it has a `v=` part; every digest decodes.
pub(crate) fn parse_header(value: &str) -> Result<Vec<Digest>, WebhookError> {
    let malformed = |reason| WebhookError::MalformedSignature { reason };
    if value.trim().is_empty() {
        return Err(malformed("the header is empty"));
    }

    let mut formats = Vec::new();
    let mut digests = Vec::new();
    for part in value.split([',', ';']) {
        let Some((key, value)) = part.split_once('=') else {
            continue; // empty or unknown part
        };
        let key = key.trim();
        if key.eq_ignore_ascii_case("format") {
            formats.push(value.trim());
        } else if key.eq_ignore_ascii_case("v") {
            digests.push(value.trim());
        }
    }

    if formats.is_empty() {
        return Err(malformed("no `format=` part"));
    }
    for format in formats {
        if format.is_empty() {
            return Err(malformed("`format=` has no value"));
        }
        if !format.eq_ignore_ascii_case(FORMAT_SHA256) {
            return Err(WebhookError::UnsupportedFormat(format.to_owned()));
        }
    }
    if digests.is_empty() {
        return Err(malformed("no `v=` part"));
    }
    digests
        .into_iter()
        .map(|digest| {
            if digest.is_empty() {
                Err(malformed("a `v=` digest is empty"))
            } else {
                decode_digest(digest).ok_or(malformed(
                    "a `v=` digest is neither 64 hex digits nor base64 of 32 bytes",
                ))
            }
        })
        .collect()
}

/// Decodes a digest written as 64 hex digits or as base64 (standard or URL-safe alphabet,
/// padded or not) of exactly 32 bytes; `None` for anything else.
///
/// The two forms cannot be confused: 32 bytes are 64 characters in hex and 43 or 44 in
/// base64.
pub(crate) fn decode_digest(text: &str) -> Option<Digest> {
    let bytes = text.as_bytes();
    if bytes.len() == 2 * DIGEST_LEN {
        return decode_hex(bytes);
    }
    // 43 characters unpadded, 44 with the one `=` of padding.
    if bytes.len() != 43 && bytes.len() != 44 {
        return None;
    }
    [BASE64_STANDARD, BASE64_URL_SAFE]
        .iter()
        .find_map(|engine| decode_base64(engine, bytes))
}

/// Decodes 64 hex digits (either case).
fn decode_hex(bytes: &[u8]) -> Option<Digest> {
    let mut digest = [0u8; DIGEST_LEN];
    for (out, pair) in digest.iter_mut().zip(bytes.chunks_exact(2)) {
        *out = hex_value(pair[0])? << 4 | hex_value(pair[1])?;
    }
    Some(digest)
}

/// The value of one hex digit.
fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Decodes base64 that must come to exactly 32 bytes.
fn decode_base64(engine: &GeneralPurpose, bytes: &[u8]) -> Option<Digest> {
    // One spare byte, so that input decoding to more than 32 bytes is caught by the length
    // check rather than by an output-too-small error.
    let mut buffer = [0u8; DIGEST_LEN + 1];
    match engine.decode_slice(bytes, &mut buffer) {
        Ok(DIGEST_LEN) => {
            let mut digest = [0u8; DIGEST_LEN];
            digest.copy_from_slice(&buffer[..DIGEST_LEN]);
            Some(digest)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A digest with every nibble distinct enough to catch ordering mistakes.
    const DIGEST: Digest = [
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e,
        0x0f, 0xf0, 0xe1, 0xd2, 0xc3, 0xb4, 0xa5, 0x96, 0x87, 0x78, 0x69, 0x5a, 0x4b, 0x3c, 0x2d,
        0x1e, 0xff,
    ];
    const HEX: &str = "000102030405060708090a0b0c0d0e0ff0e1d2c3b4a5968778695a4b3c2d1eff";
    // python3 -c "import base64; print(base64.b64encode(bytes.fromhex(HEX)))"
    const B64: &str = "AAECAwQFBgcICQoLDA0OD/Dh0sO0pZaHeGlaSzwtHv8=";
    const B64_URL: &str = "AAECAwQFBgcICQoLDA0OD_Dh0sO0pZaHeGlaSzwtHv8=";

    fn malformed_reason(header: &str) -> &'static str {
        match parse_header(header) {
            Err(WebhookError::MalformedSignature { reason }) => reason,
            other => panic!("{header:?}: expected MalformedSignature, got {other:?}"),
        }
    }

    #[test]
    fn parses_the_documented_form() {
        assert_eq!(
            parse_header(&format!("format=sha256,v={HEX}")).unwrap(),
            vec![DIGEST]
        );
    }

    #[test]
    fn tolerates_whitespace_order_case_and_extra_parts() {
        for header in [
            format!("  format = sha256 ,  v = {HEX}  "),
            format!("v={HEX},format=sha256"),
            format!("FORMAT=SHA256,V={HEX}"),
            format!("t=1700000000,format=sha256,v={HEX},kid=abc"),
            format!("format=sha256,,v={HEX},"),
            format!("format=sha256,garbage,v={HEX}"),
            format!("format=sha256,format=sha256,v={HEX}"),
            format!("format=sha256,v={}", HEX.to_uppercase()),
            format!("format=sha256,v={B64}"),
            format!("format=sha256,v={}", B64.trim_end_matches('=')),
            format!("format=sha256,v={B64_URL}"),
            format!("format=sha256,v={}", B64_URL.trim_end_matches('=')),
            format!("format=sha256,\tv={HEX}\t"),
            format!("format=sha256;v={HEX}"),
            format!("format=sha256; v={B64};"),
        ] {
            assert_eq!(parse_header(&header).unwrap(), vec![DIGEST], "{header:?}");
        }
    }

    #[test]
    fn keeps_every_digest_in_order() {
        let other = [7u8; DIGEST_LEN];
        let other_hex = "07".repeat(DIGEST_LEN);
        let header = format!("format=sha256,v={other_hex},v={B64}");
        assert_eq!(parse_header(&header).unwrap(), vec![other, DIGEST]);
    }

    #[test]
    fn a_value_may_contain_equals_signs() {
        // Only the first `=` separates key and value: base64 padding stays in the value.
        let header = format!("format=sha256,v={B64}");
        assert!(header.ends_with('='));
        assert_eq!(parse_header(&header).unwrap(), vec![DIGEST]);
    }

    #[test]
    fn malformed_headers_say_why() {
        let short_hex = &HEX[..62];
        let cases: &[(&str, &str)] = &[
            ("", "the header is empty"),
            ("   ", "the header is empty"),
            (HEX, "no `format=` part"),
            (&format!("v={HEX}"), "no `format=` part"),
            (&format!("format=,v={HEX}"), "`format=` has no value"),
            ("format=sha256", "no `v=` part"),
            ("format=sha256,v", "no `v=` part"),
            ("format=sha256,v=", "a `v=` digest is empty"),
            ("format=sha256,v=  ", "a `v=` digest is empty"),
            (
                &format!("format=sha256,v={HEX},v="),
                "a `v=` digest is empty",
            ),
            (
                &format!("format=sha256,v={short_hex}"),
                "a `v=` digest is neither 64 hex digits nor base64 of 32 bytes",
            ),
            (
                &format!("format=sha256,v={HEX}00"),
                "a `v=` digest is neither 64 hex digits nor base64 of 32 bytes",
            ),
            (
                &format!("format=sha256,v={}", HEX.replace('a', "g")),
                "a `v=` digest is neither 64 hex digits nor base64 of 32 bytes",
            ),
            (
                &format!("format=sha256,v={HEX},v=nope"),
                "a `v=` digest is neither 64 hex digits nor base64 of 32 bytes",
            ),
        ];
        for (header, reason) in cases {
            assert_eq!(malformed_reason(header), *reason, "{header:?}");
        }
    }

    #[test]
    fn other_formats_are_unsupported() {
        for (header, format) in [
            (format!("format=sha1,v={HEX}"), "sha1"),
            (format!("format=sha512,v={HEX}{HEX}"), "sha512"),
            (format!("format=sha256,format=md5,v={HEX}"), "md5"),
            // The format is checked before the digests.
            ("format=sha1,v=".to_owned(), "sha1"),
        ] {
            match parse_header(&header) {
                Err(WebhookError::UnsupportedFormat(sent)) => assert_eq!(sent, format),
                other => panic!("{header:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn base64_must_be_exactly_32_bytes() {
        // 31 and 33 bytes, padded and not.
        for len in [31usize, 33] {
            let encoded = BASE64_STANDARD.encode(vec![0xfbu8; len]);
            assert_eq!(decode_digest(&encoded), None, "{encoded}");
            assert_eq!(
                decode_digest(encoded.trim_end_matches('=')),
                None,
                "{encoded}"
            );
        }
        // Non-canonical trailing bits (last character `9` instead of `8`) are refused.
        let noncanonical = format!("{}9", &B64[..42]);
        assert_eq!(decode_digest(&noncanonical), None);
        // Mixed alphabets are refused.
        let mixed = format!("+{}", &B64_URL[1..]).replace('/', "_");
        assert_eq!(decode_digest(&mixed), None);
        // Too much padding.
        assert_eq!(decode_digest(&format!("{}==", &B64[..43])), None);
        assert_eq!(decode_digest(&format!("{}==", &B64[..42])), None);
    }

    #[test]
    fn hex_needs_64_digits() {
        assert_eq!(decode_digest(HEX), Some(DIGEST));
        assert_eq!(decode_digest(&HEX.to_uppercase()), Some(DIGEST));
        assert_eq!(decode_digest(&HEX[..63]), None);
        assert_eq!(decode_digest(&format!("{}é", &HEX[..62])), None);
        assert_eq!(decode_digest(&format!("{} ", &HEX[..63])), None);
    }

    #[test]
    fn sign_writes_lower_case_hex() {
        let header = sign(b"key", b"The quick brown fox jumps over the lazy dog");
        // Wikipedia's HMAC-SHA256 example, computed independently.
        assert_eq!(
            header,
            "format=sha256,v=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
        assert_eq!(parse_header(&header).unwrap().len(), 1);
    }
}
